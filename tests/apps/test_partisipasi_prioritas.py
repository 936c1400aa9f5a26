"""Priority catalogs (who may edit which), tags on Renja rows (refused on a locked stage), the
priorities agreed for an office, the §2.J table, Forum PD agreements, the minimum share."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.partisipasi.models import KesepakatanForum, PengaturanPartisipasi
from renjana.apps.partisipasi.selectors import forum as forum_sel
from renjana.apps.partisipasi.selectors import prioritas as sel
from renjana.apps.partisipasi.selectors.usulan import persen_minimum
from renjana.apps.partisipasi.services import forum
from renjana.apps.partisipasi.services import prioritas as service
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.referensi.models import Prioritas
from renjana.core import prioritas as core
from tests.apps.conftest import Office
from tests.apps.partisipasi_setup import JT, PENDATAAN, PERMAKANAN, SANDANG, renja_with_subs

pytestmark = pytest.mark.django_db


@pytest.fixture
def root(db: None) -> Pengguna:
    return Pengguna.objects.create_superuser("root", password="x")


@pytest.fixture
def catalog(tarakan: Office, root: Pengguna) -> dict[str, Prioritas]:
    pn = service.create_prioritas(
        user=root, pemda=tarakan.pemda, jenis="nasional", kode="PN1",
        nama="Memperkuat Ketahanan Ekonomi", tahun_mulai=2020, tahun_akhir=2024,
        dasar_hukum="Perpres 18/2020",
    )  # fmt: skip
    pp = service.create_prioritas(
        user=root, pemda=None, jenis="nasional", kode="PN1.2", nama="Perlindungan sosial",
        induk_id=pn.pk,
    )  # fmt: skip
    daerah = service.create_prioritas(
        user=tarakan.admin, pemda=tarakan.pemda, jenis="daerah", kode="1.", nama="Kemiskinan"
    )
    lain = service.create_prioritas(
        user=tarakan.admin, pemda=tarakan.pemda, jenis="provinsi", nama="Pariwisata Kaltara"
    )
    return {"pn": pn, "pp": pp, "daerah": daerah, "lain": lain}


def test_catalog_permissions_and_dating(tarakan: Office, sulbar: Office, root: Pengguna) -> None:
    for user in (tarakan.admin, tarakan.operator):
        with pytest.raises(PermissionDenied):
            service.create_prioritas(user=user, pemda=tarakan.pemda, jenis="nasional", nama="PN")
    for user in (tarakan.operator, tarakan.verifikator, sulbar.admin):
        with pytest.raises(PermissionDenied):
            service.create_prioritas(user=user, pemda=tarakan.pemda, jenis="daerah", nama="D")
    with pytest.raises(Rejected):
        service.create_prioritas(
            user=tarakan.admin, pemda=tarakan.pemda, jenis="daerah", nama="D",
            tahun_mulai=2026, tahun_akhir=2025,
        )  # fmt: skip
    assert not Prioritas.objects.exists()
    entry = service.create_prioritas(
        user=tarakan.admin, pemda=tarakan.pemda, jenis="daerah", nama="Kemiskinan",
        tahun_mulai=2025, tahun_akhir=2026,
    )  # fmt: skip
    assert entry.pemda == tarakan.pemda
    national = service.create_prioritas(
        user=root, pemda=tarakan.pemda, jenis="nasional", nama="PN3"
    )
    assert national.pemda is None
    assert [p.nama for p in sel.catalog(tarakan.pemda, 2025)] == ["PN3", "Kemiskinan"]
    assert [p.nama for p in sel.catalog(tarakan.pemda, 2027)] == ["PN3"]
    assert [p.nama for p in sel.catalog(sulbar.pemda)] == ["PN3"]
    service.update_prioritas(user=tarakan.admin, prioritas=entry, nama="Penanggulangan Kemiskinan")
    entry.refresh_from_db()
    assert entry.nama == "Penanggulangan Kemiskinan"
    with pytest.raises(PermissionDenied):
        service.delete_prioritas(user=sulbar.admin, prioritas=entry)
    with pytest.raises(PermissionDenied):
        service.update_prioritas(user=tarakan.admin, prioritas=national, nama="x")
    service.delete_prioritas(user=tarakan.admin, prioritas=entry)
    assert list(Prioritas.objects.values_list("nama", flat=True)) == ["PN3"]
    assert [e.aksi for e in AuditEntry.objects.filter(objek_tipe="Prioritas").order_by("id")] == [
        "tambah_prioritas", "tambah_prioritas", "ubah_prioritas", "hapus_prioritas",
    ]  # fmt: skip


def test_tags_agreed_priorities_and_link_table(
    tarakan: Office, sulbar: Office, catalog: dict[str, Prioritas]
) -> None:
    rows = renja_with_subs(tarakan)
    program = RenjaBaris.objects.get(renja=rows[PERMAKANAN].renja, kode="1.06.04")
    service.set_tags(user=tarakan.operator, baris=program, prioritas_ids=[catalog["daerah"].pk])
    service.set_tags(
        user=tarakan.operator, baris=rows[PERMAKANAN], prioritas_ids=[catalog["pp"].pk]
    )
    service.set_tags(user=tarakan.admin, baris=rows[PENDATAAN], prioritas_ids=[catalog["pn"].pk])
    RenjaBaris.objects.filter(pk=rows[SANDANG].pk).update(pagu=None)
    service.set_disepakati(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025,
        prioritas_ids=[catalog["pn"].pk, catalog["lain"].pk],
    )  # fmt: skip
    tag_rows = sel.tag_rows(tarakan.pd, 2025)
    result = sel.keterkaitan(tarakan.pd, 2025, tag_rows)
    assert [(r.kode, r.nasional.kode if r.nasional else "", r.pagu) for r in result.rows] == [
        (PERMAKANAN, "PN1.2", 50 * JT),
        (SANDANG, "", None),
        (PENDATAAN, "PN1", 46 * JT),
    ]
    assert result.rows[0].bidang == "1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL"
    per = {
        s.prioritas.kode or s.prioritas.nama: (len(s.sub_kegiatan), s.pagu)
        for s in result.per_prioritas
    }
    # PN1 covers PENDATAAN (46) and, through PN1.2, PERMAKANAN (50); the daerah tag on the
    # program covers both sub kegiatan under it (50 + 0).
    assert per == {
        "PN1": (2, 96 * JT),
        "PN1.2": (1, 50 * JT),
        "Pariwisata Kaltara": (0, 0),
        "1.": (2, 50 * JT),
    }
    assert [(p.code, p.location.kode) for p in result.problems] == [
        (core.SUB_KEGIATAN_TANPA_PAGU, SANDANG),
        (core.TANPA_SUB_KEGIATAN, ""),
    ]
    # A priority of another pemda cannot be used; nothing changes.
    foreign = service.create_prioritas(
        user=sulbar.admin, pemda=sulbar.pemda, jenis="daerah", nama="Sulbar"
    )
    with pytest.raises(Rejected):
        service.set_tags(user=tarakan.operator, baris=rows[SANDANG], prioritas_ids=[foreign.pk])
    with pytest.raises(PermissionDenied):
        service.set_tags(user=tarakan.pimpinan, baris=rows[SANDANG], prioritas_ids=[])
    with pytest.raises(PermissionDenied):
        service.set_disepakati(
            user=tarakan.verifikator, pd=tarakan.pd, tahun=2025, prioritas_ids=[]
        )
    assert list(rows[SANDANG].prioritas.all()) == []
    assert sorted(sel.disepakati_ids(tarakan.pd, 2025)) == sorted(
        [catalog["pn"].pk, catalog["lain"].pk]
    )


def test_tags_are_refused_on_a_locked_renja(tarakan: Office, catalog: dict[str, Prioritas]) -> None:
    rows = renja_with_subs(tarakan)
    Renja.objects.filter(pk=rows[PERMAKANAN].renja_id).update(status="disetujui")
    baris = RenjaBaris.objects.select_related("renja").get(pk=rows[PERMAKANAN].pk)
    with pytest.raises(PermissionDenied):
        service.set_tags(user=tarakan.operator, baris=baris, prioritas_ids=[catalog["pn"].pk])
    assert not baris.prioritas.exists()


def test_forum_agreements_and_their_check(tarakan: Office, sulbar: Office) -> None:
    rows = renja_with_subs(tarakan)
    Indikator.objects.filter(baris=rows[PERMAKANAN]).update(target_nilai=200, satuan="Orang")
    k = forum.save_kesepakatan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025,
        data=forum.KesepakatanInput(
            "Lansia terlantar terpenuhi kebutuhan dasarnya", "3400 Orang", "60 Orang",
            "SPM sosial", rows[PERMAKANAN].pk,
        ),
    )  # fmt: skip
    assert (k.nomor, k.target_nasional_nilai, k.target_daerah_satuan) == (1, 3400, "Orang")
    forum.save_kesepakatan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025,
        data=forum.KesepakatanInput("Tenaga pelopor perdamaian", "1000 Orang", "18 Orang"),
    )  # fmt: skip
    forum.save_kesepakatan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025,
        data=forum.KesepakatanInput("Data fakir miskin", "", "100 %", baris_id=rows[PENDATAAN].pk),
    )  # fmt: skip
    results = forum_sel.kesepakatan(tarakan.pd, 2025)
    assert [(obj.nomor, h.kesesuaian) for obj, h in results] == [
        (1, core.Kesesuaian.SESUAI),
        (2, core.Kesesuaian.TANPA_BARIS),
        (3, core.Kesesuaian.TARGET_KOSONG),
    ]
    with pytest.raises(Rejected):
        forum.save_kesepakatan(
            user=tarakan.operator, pd=tarakan.pd, tahun=2026,
            data=forum.KesepakatanInput("x", baris_id=rows[PERMAKANAN].pk),
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        forum.save_kesepakatan(
            user=sulbar.operator, pd=tarakan.pd, tahun=2025, data=forum.KesepakatanInput("x")
        )
    forum.delete_kesepakatan(user=tarakan.operator, kesepakatan=k)
    assert list(KesepakatanForum.objects.values_list("nomor", flat=True)) == [2, 3]


def test_minimum_share_setting(tarakan: Office, sulbar: Office) -> None:
    for user in (tarakan.operator, tarakan.verifikator, sulbar.admin):
        with pytest.raises(PermissionDenied):
            service.set_persen_minimum(user=user, pemda=tarakan.pemda, persen=Decimal(30))
    with pytest.raises(Rejected):
        service.set_persen_minimum(user=tarakan.admin, pemda=tarakan.pemda, persen=Decimal(101))
    assert not PengaturanPartisipasi.objects.exists()
    service.set_persen_minimum(
        user=tarakan.admin, pemda=tarakan.pemda, persen=Decimal(30), dasar_hukum="Perwali 1/2024"
    )
    assert persen_minimum(tarakan.pemda) == Decimal(30)
    assert persen_minimum(sulbar.pemda) is None
