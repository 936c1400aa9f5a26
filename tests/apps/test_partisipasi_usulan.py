"""Proposal services: registration, screening, decisions with their links, forwarding, files,
imports — with permissions, and refusals that leave the database unchanged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.partisipasi.models import LampiranUsulan, Usulan, UsulanBaris
from renjana.apps.partisipasi.services import usulan as service
from renjana.core import partisipasi as core
from renjana.core.problems import Location
from tests.apps.conftest import Office
from tests.apps.partisipasi_setup import (
    JT,
    PENDATAAN,
    PERMAKANAN,
    SANDANG,
    renja_with_subs,
    second_office,
    usulan_input,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path


def codes(exc: Rejected) -> list[str]:
    return [p.code for p in exc.problems]


def screened(office: Office, **fields: object) -> Usulan:
    usulan = service.create_usulan(user=office.operator, pd=office.pd, data=usulan_input(**fields))
    return service.screen_usulan(
        user=office.operator, usulan=usulan, sesuai_tugas=True, sesuai_kewenangan=True,
        dapat_didanai=True,
    )  # fmt: skip


def test_register_numbers_per_office_and_year_and_audits(tarakan: Office) -> None:
    a = service.create_usulan(
        user=tarakan.operator, pd=tarakan.pd,
        data=usulan_input(kode_wilayah="65.71.01.1001", rincian_lokasi="RT. 43"),
    )  # fmt: skip
    b = service.create_usulan(user=tarakan.admin, pd=tarakan.pd, data=usulan_input(tahun=2026))
    c = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    assert [(u.nomor, u.tahun) for u in (a, b, c)] == [(1, 2025), (1, 2026), (2, 2025)]
    assert (a.pemda_id, a.status, a.keputusan) == (tarakan.pemda.pk, "baru", "")
    assert a.lokasi_teks == "RT. 43, Karang Anyar"
    assert a.wilayah.kode == "65.71.01.1001"
    entry = AuditEntry.objects.get(aksi="tambah_usulan", objek_id=str(a.pk))
    assert (entry.pengguna, entry.sesudah["uraian"]) == (tarakan.operator, a.uraian)


def test_invalid_or_unauthorised_registration_writes_nothing(
    tarakan: Office, sulbar: Office
) -> None:
    with pytest.raises(Rejected) as exc:
        service.create_usulan(
            user=tarakan.operator, pd=tarakan.pd,
            data=usulan_input(core.Sumber.POKIR, anggota_dprd="", uraian=""),
        )  # fmt: skip
    assert codes(exc.value) == [core.URAIAN_KOSONG, core.POKIR_TANPA_ANGGOTA]
    with pytest.raises(Rejected) as exc:
        service.create_usulan(
            user=tarakan.operator, pd=tarakan.pd, data=usulan_input(kode_wilayah="76.02")
        )
    assert codes(exc.value) == [service.WILAYAH_LUAR]
    for user in (tarakan.pimpinan, tarakan.verifikator, sulbar.operator, sulbar.admin):
        with pytest.raises(PermissionDenied):
            service.create_usulan(user=user, pd=tarakan.pd, data=usulan_input())
    assert Usulan.objects.count() == 0
    assert not AuditEntry.objects.filter(aksi="tambah_usulan").exists()


def test_decide_accommodated_split_over_two_sub_kegiatan(tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    usulan = screened(tarakan, biaya=40)
    service.decide_usulan(
        user=tarakan.operator, usulan=usulan, keputusan="diakomodir_sebagian",
        alasan="Pagu terbatas; dibagi dua sub kegiatan",
        akomodasi=[(rows[PERMAKANAN].pk, 20 * JT), (rows[SANDANG].pk, Decimal("5000000.50"))],
    )  # fmt: skip
    usulan.refresh_from_db()
    assert (usulan.status, usulan.keputusan, usulan.diputuskan_oleh) == (
        "diputuskan",
        "diakomodir_sebagian",
        tarakan.operator,
    )
    links = sorted((b.baris.kode, b.jumlah) for b in UsulanBaris.objects.filter(usulan=usulan))
    assert links == [(PERMAKANAN, 20 * JT), (SANDANG, Decimal("5000000.50"))]
    assert all(b.pemda_id == tarakan.pemda.pk for b in UsulanBaris.objects.all())
    entry = AuditEntry.objects.get(aksi="putuskan_usulan")
    assert entry.sesudah["akomodasi"] == [
        [PERMAKANAN, "20000000"],
        [SANDANG, "5000000.50"],
    ]
    # Re-deciding replaces the links.
    service.decide_usulan(
        user=tarakan.admin, usulan=usulan, keputusan="diakomodir",
        akomodasi=[(rows[PENDATAAN].pk, 40 * JT)],
    )  # fmt: skip
    assert [b.baris.kode for b in UsulanBaris.objects.filter(usulan=usulan)] == [PENDATAAN]


def test_refused_decisions_leave_everything_unchanged(tarakan: Office, sulbar: Office) -> None:
    rows = renja_with_subs(tarakan)
    _, other_operator = second_office(tarakan)
    usulan = screened(tarakan, biaya=30)
    good = {"keputusan": "diakomodir", "akomodasi": [(rows[PERMAKANAN].pk, 30 * JT)]}
    for user in (tarakan.verifikator, tarakan.pimpinan, other_operator):
        with pytest.raises(PermissionDenied):
            service.decide_usulan(user=user, usulan=usulan, **good)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        service.decide_usulan(user=sulbar.admin, usulan=usulan, **good)  # type: ignore[arg-type]
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(
            user=tarakan.operator, usulan=usulan, keputusan="diakomodir_sebagian", alasan="x",
            akomodasi=[(rows[PERMAKANAN].pk, 20 * JT), (rows[SANDANG].pk, 10 * JT)],
        )  # fmt: skip
    assert codes(exc.value) == [core.SEBAGIAN_PENUH]
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(user=tarakan.operator, usulan=usulan, keputusan="tidak_diakomodir")
    assert codes(exc.value) == [core.TANPA_ALASAN]
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(
            user=tarakan.operator, usulan=usulan, keputusan="diakomodir",
            akomodasi=[(999999, 30 * JT)],
        )  # fmt: skip
    assert codes(exc.value) == [service.SUB_KEGIATAN_TIDAK_ADA]
    usulan.refresh_from_db()
    assert (usulan.keputusan, usulan.status) == ("", "ditelaah")
    assert not UsulanBaris.objects.exists()
    assert not AuditEntry.objects.filter(aksi="putuskan_usulan").exists()


def test_screening_must_be_complete_and_agree_with_the_decision(tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    usulan = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(
            user=tarakan.operator, usulan=usulan, keputusan="diakomodir",
            akomodasi=[(rows[PERMAKANAN].pk, 30 * JT)],
        )  # fmt: skip
    assert codes(exc.value) == [core.BELUM_DITELAAH]
    service.screen_usulan(
        user=tarakan.operator, usulan=usulan, sesuai_tugas=True, sesuai_kewenangan=None,
        dapat_didanai=True,
    )  # fmt: skip
    usulan.refresh_from_db()
    assert usulan.status == "baru"  # incomplete screening
    screened_usulan = service.screen_usulan(
        user=tarakan.operator, usulan=usulan, sesuai_tugas=True, sesuai_kewenangan=True,
        dapat_didanai=True, catatan="Sesuai SPM",
    )  # fmt: skip
    service.decide_usulan(
        user=tarakan.operator, usulan=screened_usulan, keputusan="diakomodir",
        akomodasi=[(rows[PERMAKANAN].pk, 30 * JT)],
    )  # fmt: skip
    # A new screening that contradicts the decision is refused.
    with pytest.raises(Rejected) as exc:
        service.screen_usulan(
            user=tarakan.operator, usulan=screened_usulan, sesuai_tugas=True,
            sesuai_kewenangan=True, dapat_didanai=False,
        )  # fmt: skip
    assert codes(exc.value) == [core.TIDAK_SESUAI_TELAAH]
    usulan.refresh_from_db()
    assert (usulan.dapat_didanai, usulan.catatan_telaah) == (True, "Sesuai SPM")
    # An edit is checked like a registration; a valid one keeps the decision.
    with pytest.raises(Rejected) as exc:
        service.update_usulan(user=tarakan.operator, usulan=usulan, data=usulan_input(uraian=""))
    assert codes(exc.value) == [core.URAIAN_KOSONG]
    usulan.refresh_from_db()
    assert usulan.uraian == "Permakanan lansia terlantar"
    service.update_usulan(user=tarakan.operator, usulan=usulan, data=usulan_input(biaya=35))
    usulan.refresh_from_db()
    assert (usulan.biaya, usulan.keputusan) == (35 * JT, "diakomodir")
    assert AuditEntry.objects.get(aksi="ubah_usulan").sebelum["biaya"] == "30000000.00"


def test_dialihkan_moves_the_proposal_to_the_receiving_office(tarakan: Office) -> None:
    renja_with_subs(tarakan)
    dinkes, dinkes_operator = second_office(tarakan)
    usulan = screened(tarakan, uraian="Posyandu lansia", biaya=25)
    service.add_lampiran(
        user=tarakan.operator, usulan=usulan,
        berkas=SimpleUploadedFile("usulan.pdf", b"%PDF-1.4 usulan", "application/pdf"),
    )  # fmt: skip
    service.decide_usulan(
        user=tarakan.operator, usulan=usulan, keputusan="dialihkan",
        alasan="Kewenangan Dinas Kesehatan", dialihkan_ke=dinkes.pk,
    )  # fmt: skip
    copy = Usulan.objects.get(perangkat_daerah=dinkes)
    assert (copy.asal_id, copy.nomor, copy.uraian, copy.biaya, copy.status, copy.keputusan) == (
        usulan.pk, 1, "Posyandu lansia", 25 * JT, "baru", "",
    )  # fmt: skip
    assert copy.lampiran.get().berkas.name == usulan.lampiran.get().berkas.name
    # Only the receiving office decides the copy; the sending office cannot.
    with pytest.raises(PermissionDenied):
        service.screen_usulan(
            user=tarakan.operator, usulan=copy, sesuai_tugas=True, sesuai_kewenangan=True,
            dapat_didanai=True,
        )  # fmt: skip
    with pytest.raises(Rejected) as exc:
        service.delete_usulan(user=dinkes_operator, usulan=copy)
    assert codes(exc.value) == [service.TERUSAN_TIDAK_DIHAPUS]
    # Changing the decision while the copy is undecided withdraws it.
    service.decide_usulan(
        user=tarakan.operator, usulan=usulan, keputusan="tidak_diakomodir", alasan="Ditunda"
    )
    assert not Usulan.objects.filter(perangkat_daerah=dinkes).exists()
    assert AuditEntry.objects.filter(aksi="tarik_usulan_dialihkan").count() == 1
    service.decide_usulan(
        user=tarakan.operator, usulan=usulan, keputusan="dialihkan", alasan="Dinkes",
        dialihkan_ke=dinkes.pk,
    )  # fmt: skip
    copy = Usulan.objects.get(perangkat_daerah=dinkes)
    service.screen_usulan(
        user=dinkes_operator, usulan=copy, sesuai_tugas=True, sesuai_kewenangan=True,
        dapat_didanai=False,
    )  # fmt: skip
    service.decide_usulan(
        user=dinkes_operator, usulan=copy, keputusan="tidak_diakomodir", alasan="Tidak ada pagu"
    )
    # Once decided there, the forwarding can no longer be undone.
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(
            user=tarakan.operator, usulan=usulan, keputusan="tidak_diakomodir", alasan="x"
        )
    assert codes(exc.value) == [service.SUDAH_DIPUTUSKAN_PENERIMA]
    usulan.refresh_from_db()
    assert (usulan.keputusan, usulan.dialihkan_ke) == ("dialihkan", dinkes)
    with pytest.raises(Rejected) as exc:
        service.decide_usulan(
            user=tarakan.operator, usulan=usulan, keputusan="dialihkan", alasan="x",
            dialihkan_ke=tarakan.pd.pk,
        )  # fmt: skip
    assert codes(exc.value) == [service.TUJUAN_TIDAK_SAH]


def test_attachments_are_checked(tarakan: Office) -> None:
    usulan = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    with pytest.raises(Rejected) as exc:
        service.add_lampiran(
            user=tarakan.operator, usulan=usulan,
            berkas=SimpleUploadedFile("skrip.exe", b"MZ", "application/octet-stream"),
        )  # fmt: skip
    assert codes(exc.value) == [service.LAMPIRAN_TIDAK_SAH]
    with pytest.raises(PermissionDenied):
        service.add_lampiran(
            user=tarakan.pimpinan, usulan=usulan,
            berkas=SimpleUploadedFile("foto.jpg", b"\xff\xd8", "image/jpeg"),
        )  # fmt: skip
    assert not LampiranUsulan.objects.exists()
    lampiran = service.add_lampiran(
        user=tarakan.operator, usulan=usulan,
        berkas=SimpleUploadedFile("foto.jpg", b"\xff\xd8", "image/jpeg"),
    )  # fmt: skip
    assert (lampiran.nama, lampiran.ukuran, lampiran.pemda_id) == ("foto.jpg", 2, tarakan.pemda.pk)
    service.delete_lampiran(user=tarakan.operator, lampiran=lampiran)
    assert not LampiranUsulan.objects.exists()


def test_import_is_all_or_nothing(tarakan: Office) -> None:
    good = usulan_input(uraian="Rehab Posyandu")
    bad = usulan_input(core.Sumber.POKIR, anggota_dprd="", uraian="Jalan lingkungan")
    where = [Location(sheet="Usulan", row=2), Location(sheet="Usulan", row=3)]
    with pytest.raises(Rejected) as exc:
        service.import_usulan(
            user=tarakan.operator, pd=tarakan.pd, tahun=2025, items=[good, bad], locations=where
        )
    assert [(p.code, p.location.row) for p in exc.value.problems] == [(core.POKIR_TANPA_ANGGOTA, 3)]
    assert Usulan.objects.count() == 0
    with pytest.raises(Rejected) as exc:
        service.import_usulan(user=tarakan.operator, pd=tarakan.pd, tahun=2024, items=[good])
    assert codes(exc.value) == [service.TAHUN_BERBEDA]
    created = service.import_usulan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025, items=[good, good]
    )
    assert [u.nomor for u in created] == [1, 2]
    assert AuditEntry.objects.filter(aksi="impor_usulan").count() == 1


def test_delete_only_undecided(tarakan: Office) -> None:
    renja_with_subs(tarakan)
    usulan = screened(tarakan)
    service.decide_usulan(
        user=tarakan.operator, usulan=usulan, keputusan="tidak_diakomodir", alasan="x"
    )
    with pytest.raises(Rejected):
        service.delete_usulan(user=tarakan.operator, usulan=usulan)
    fresh = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    service.delete_usulan(user=tarakan.operator, usulan=fresh)
    assert list(Usulan.objects.values_list("pk", flat=True)) == [usulan.pk]
