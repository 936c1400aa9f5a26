"""Role and office scope: who may read and edit which office's plan."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.organisasi import services as organisasi
from renjana.apps.organisasi.models import Pengguna, Peran
from renjana.apps.organisasi.scope import (
    can_edit_plan,
    require_edit_plan,
    visible_perangkat_daerah,
)
from tests.apps.conftest import Office


def visible(user: Pengguna) -> list[str]:
    return [pd.kode for pd in visible_perangkat_daerah(user)]


def test_each_role_sees_only_its_pemda_and_operators_only_their_office(
    sulbar: Office, tarakan: Office
) -> None:
    organisasi.create_perangkat_daerah(
        user=sulbar.admin, pemda=sulbar.pemda, kode="sulbar-bappeda", nama="Bappeda"
    )
    assert set(visible(sulbar.admin)) == {"sulbar-bappeda", "sulbar-dinsos"}
    assert set(visible(sulbar.verifikator)) == {"sulbar-bappeda", "sulbar-dinsos"}
    assert visible(sulbar.operator) == ["sulbar-dinsos"]
    assert visible(sulbar.pimpinan) == ["sulbar-dinsos"]
    assert visible(tarakan.operator) == ["tarakan-dinsos"]


def test_edit_rights(sulbar: Office, tarakan: Office) -> None:
    assert can_edit_plan(sulbar.operator, sulbar.pd)
    assert can_edit_plan(sulbar.admin, sulbar.pd)
    assert not can_edit_plan(sulbar.verifikator, sulbar.pd)
    assert not can_edit_plan(sulbar.pimpinan, sulbar.pd)
    assert not can_edit_plan(sulbar.operator, tarakan.pd)
    assert not can_edit_plan(sulbar.admin, tarakan.pd)
    with pytest.raises(PermissionDenied):
        require_edit_plan(tarakan.operator, sulbar.pd)


def test_inactive_or_unscoped_users_see_nothing(sulbar: Office) -> None:
    sulbar.operator.is_active = False
    assert visible(sulbar.operator) == []
    loose = Pengguna.objects.create_user("tanpa-lingkup", password="x", peran=Peran.ADMIN)
    assert visible(loose) == []
    assert not can_edit_plan(loose, sulbar.pd)


def test_only_admins_add_offices_and_users_and_refusal_writes_nothing(
    sulbar: Office, tarakan: Office
) -> None:
    before = Pengguna.objects.count()
    with pytest.raises(PermissionDenied):
        organisasi.create_pengguna(
            user=sulbar.operator, username="baru", password="x", nama="Baru",
            peran=Peran.PIMPINAN, pemda=sulbar.pemda,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        organisasi.create_pengguna(
            user=tarakan.admin, username="baru", password="x", nama="Baru",
            peran=Peran.PIMPINAN, pemda=sulbar.pemda,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        organisasi.create_perangkat_daerah(
            user=sulbar.verifikator, pemda=sulbar.pemda, kode="x", nama="X"
        )
    assert Pengguna.objects.count() == before
