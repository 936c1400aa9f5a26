"""Renstra services: good paths, and every refusal leaves the data exactly as it was.

Sulawesi Barat is a provinsi (kegiatan digit 1), Tarakan a kota (digit 2). Counts and
values are taken before and after each refused call.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import (
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraPagu,
    RenstraSasaran,
    RenstraTahunan,
    RenstraTujuan,
)
from renjana.apps.perencanaan.selectors import renstra as selectors
from renjana.apps.perencanaan.services import renstra as services
from renjana.apps.perencanaan.services.renstra_baris import (
    add_baris,
    delete_baris,
    link_sasaran,
    set_pagu,
)
from renjana.apps.perencanaan.services.renstra_indikator import (
    IndikatorData,
    add_indikator,
    delete_indikator,
    update_indikator,
)
from renjana.core.renja import RenstraTahunInput, TargetValue
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db

SANDANG = "1.06.04.1.01.0002"  # provinsi; the nomenclature gives it an indicator in Orang
PERMAKANAN = "1.06.04.1.01.0001"  # provinsi; no nomenclature indicator
BENCANA = "1.06.06.1.01.0001"


def codes(error: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.code for p in error.value.problems]


def fields(error: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.location.field for p in error.value.problems]


def counts() -> tuple[int, ...]:
    return tuple(
        m.objects.count()
        for m in (
            Renstra, RenstraTujuan, RenstraSasaran, RenstraBaris, RenstraIndikator,
            RenstraTahunan, RenstraPagu, AuditEntry,
        )
    )  # fmt: skip


def targets(*pairs: tuple[int, TargetValue]) -> tuple[RenstraTahunInput, ...]:
    return tuple(RenstraTahunInput(tahun=t, target=v) for t, v in pairs)


@pytest.fixture
def renstra(sulbar: Office) -> Renstra:
    return services.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2025, tahun_akhir=2029
    )


# --- Period -------------------------------------------------------------------------------


def test_create_renstra_stores_period_and_audits(sulbar: Office) -> None:
    renstra = services.create_renstra(
        user=sulbar.admin, pd=sulbar.pd, tahun_awal=2025, tahun_akhir=2029, dasar_hukum=" Pergub "
    )
    assert (renstra.tahun_awal, renstra.tahun_akhir, renstra.dasar_hukum) == (2025, 2029, "Pergub")
    assert renstra.pemda_id == sulbar.pemda.pk
    entry = AuditEntry.objects.get(aksi="buat_renstra")
    assert entry.pengguna == sulbar.admin
    assert entry.sesudah == {"tahun_awal": 2025, "tahun_akhir": 2029}


@pytest.mark.parametrize(
    ("awal", "akhir", "code", "field"),
    [
        (2027, 2031, "RENSTRA_TUMPANG_TINDIH", "tahun_awal"),
        (2021, 2025, "RENSTRA_TUMPANG_TINDIH", "tahun_awal"),
        (2026, 2027, "RENSTRA_TUMPANG_TINDIH", "tahun_awal"),
        (2034, 2030, "PERIODE_TERBALIK", "tahun_akhir"),
        (2030, 2040, "PERIODE_TERLALU_PANJANG", "tahun_akhir"),
        (1999, 2003, "TAHUN_TIDAK_SAH", "tahun_awal"),
    ],
)
def test_create_renstra_refusals_write_nothing(
    sulbar: Office, renstra: Renstra, awal: int, akhir: int, code: str, field: str
) -> None:
    before = counts()
    with pytest.raises(Rejected) as error:
        services.create_renstra(
            user=sulbar.operator, pd=sulbar.pd, tahun_awal=awal, tahun_akhir=akhir
        )
    assert codes(error) == [code]
    assert fields(error) == [field]
    assert counts() == before


def test_overlap_message_names_the_existing_period(sulbar: Office, renstra: Renstra) -> None:
    with pytest.raises(Rejected) as error:
        services.create_renstra(
            user=sulbar.operator, pd=sulbar.pd, tahun_awal=2029, tahun_akhir=2033
        )
    assert "Renstra 2025–2029" in error.value.problems[0].message


def test_next_period_and_other_office_may_use_the_same_years(
    sulbar: Office, tarakan: Office, renstra: Renstra
) -> None:
    services.create_renstra(user=sulbar.operator, pd=sulbar.pd, tahun_awal=2030, tahun_akhir=2034)
    services.create_renstra(user=tarakan.operator, pd=tarakan.pd, tahun_awal=2025, tahun_akhir=2029)
    assert Renstra.objects.count() == 3


def test_read_only_roles_and_other_offices_cannot_create(sulbar: Office, tarakan: Office) -> None:
    before = counts()
    for user in (sulbar.verifikator, sulbar.pimpinan, tarakan.operator, tarakan.admin):
        with pytest.raises(PermissionDenied):
            services.create_renstra(user=user, pd=sulbar.pd, tahun_awal=2025, tahun_akhir=2029)
    assert counts() == before


# --- Tujuan and sasaran ---------------------------------------------------------------------


def test_tujuan_and_sasaran_are_numbered_in_order(sulbar: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    t1 = services.add_tujuan(user=op, renstra=renstra, uraian="Meningkatnya kesejahteraan sosial")
    t2 = services.add_tujuan(user=op, renstra=renstra, uraian="Tata kelola", nomor=5)
    t3 = services.add_tujuan(user=op, renstra=renstra, uraian="Berikutnya")
    assert (t1.nomor, t2.nomor, t3.nomor) == (1, 5, 6)
    s1 = services.add_sasaran(user=op, tujuan=t1, uraian="Terpenuhinya kebutuhan dasar PPKS")
    s2 = services.add_sasaran(user=op, tujuan=t1, uraian="Sasaran kedua")
    s_other = services.add_sasaran(user=op, tujuan=t2, uraian="Sasaran tujuan lain")
    assert (s1.nomor, s2.nomor, s_other.nomor) == (1, 2, 1)
    services.update_tujuan(user=op, tujuan=t3, uraian="Diubah", nomor=2)
    t3.refresh_from_db()
    assert (t3.nomor, t3.uraian) == (2, "Diubah")
    assert AuditEntry.objects.filter(aksi="ubah_tujuan_renstra").get().sebelum == {
        "nomor": 6,
        "uraian": "Berikutnya",
    }


def test_duplicate_number_and_empty_text_are_refused(sulbar: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    t1 = services.add_tujuan(user=op, renstra=renstra, uraian="Satu")
    t2 = services.add_tujuan(user=op, renstra=renstra, uraian="Dua")
    services.add_sasaran(user=op, tujuan=t1, uraian="S1")
    before = counts()
    with pytest.raises(Rejected) as error:
        services.add_tujuan(user=op, renstra=renstra, uraian="  ", nomor=1)
    assert codes(error) == ["URAIAN_KOSONG", "NOMOR_GANDA"]
    assert fields(error) == ["uraian", "nomor"]
    with pytest.raises(Rejected) as error:
        services.update_tujuan(user=op, tujuan=t2, uraian="Dua diubah", nomor=1)
    assert codes(error) == ["NOMOR_GANDA"]
    with pytest.raises(Rejected):
        services.add_sasaran(user=op, tujuan=t1, uraian="S lagi", nomor=1)
    with pytest.raises(Rejected) as error:
        services.add_sasaran(user=op, tujuan=t1, uraian="S nol", nomor=0)
    assert codes(error) == ["NOMOR_TIDAK_SAH"]
    assert counts() == before
    t2.refresh_from_db()
    assert (t2.nomor, t2.uraian) == (2, "Dua")


def test_deleting_a_tujuan_keeps_its_programs_unlinked(sulbar: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    tujuan = services.add_tujuan(user=op, renstra=renstra, uraian="T")
    sasaran = services.add_sasaran(user=op, tujuan=tujuan, uraian="S")
    add_indikator(user=op, induk=sasaran, data=IndikatorData("Persentase PPKS", "%"))
    add_baris(user=op, renstra=renstra, kode=SANDANG, sasaran=sasaran)
    services.delete_tujuan(user=op, tujuan=tujuan)
    assert RenstraSasaran.objects.count() == 0
    assert list(RenstraIndikator.objects.values_list("uraian", flat=True)) == [
        "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun "
        "Kewenangan Provinsi"
    ]
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran is None
    assert AuditEntry.objects.filter(aksi="hapus_tujuan_renstra").count() == 1


def test_read_only_roles_cannot_touch_tujuan(sulbar: Office, renstra: Renstra) -> None:
    tujuan = services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T")
    before = counts()
    for user in (sulbar.verifikator, sulbar.pimpinan):
        with pytest.raises(PermissionDenied):
            services.add_tujuan(user=user, renstra=renstra, uraian="X")
        with pytest.raises(PermissionDenied):
            services.update_tujuan(user=user, tujuan=tujuan, uraian="X", nomor=1)
        with pytest.raises(PermissionDenied):
            services.delete_tujuan(user=user, tujuan=tujuan)
    assert counts() == before
    tujuan.refresh_from_db()
    assert tujuan.uraian == "T"


# --- Indicators -----------------------------------------------------------------------------


def test_indicator_with_baseline_and_yearly_targets(sulbar: Office, renstra: Renstra) -> None:
    tujuan = services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T")
    data = IndikatorData(
        uraian="Indeks Desa Membangun",
        satuan="",
        polaritas="naik",
        baseline=TargetValue(teks="Berkembang"),
        target=targets(
            (2025, TargetValue(teks="Cepat Berkembang")),
            (2026, TargetValue(Decimal("62.5"))),
            (2027, TargetValue()),
        ),
    )
    indikator = add_indikator(user=sulbar.operator, induk=tujuan, data=data)
    assert (indikator.tujuan_id, indikator.baseline_teks, indikator.urutan) == (
        tujuan.pk,
        "Berkembang",
        1,
    )
    rows = RenstraTahunan.objects.filter(indikator=indikator).order_by("tahun")
    assert [(r.tahun, r.target_nilai, r.target_teks) for r in rows] == [
        (2025, None, "Cepat Berkembang"),
        (2026, Decimal("62.5000"), ""),
    ]
    assert AuditEntry.objects.get(aksi="tambah_indikator_renstra").sesudah["target"] == {
        "2025": "Cepat Berkembang",
        "2026": "62.5",
    }


def test_year_outside_the_period_is_refused_and_nothing_written(
    sulbar: Office, renstra: Renstra
) -> None:
    tujuan = services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T")
    before = counts()
    data = IndikatorData(
        "Persentase",
        "%",
        target=targets((2025, TargetValue(Decimal(80))), (2030, TargetValue(Decimal(90)))),
    )
    with pytest.raises(Rejected) as error:
        add_indikator(user=sulbar.operator, induk=tujuan, data=data)
    assert codes(error) == ["TAHUN_DI_LUAR_PERIODE"]
    assert fields(error) == ["target_2030"]
    assert "2025–2029" in error.value.problems[0].message
    assert counts() == before


def _two_2026() -> tuple[RenstraTahunInput, ...]:
    return targets((2026, TargetValue(Decimal(1))), (2026, TargetValue(Decimal(2))))


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        (IndikatorData(""), "URAIAN_KOSONG", "uraian"),
        (IndikatorData("X", polaritas="datar"), "POLARITAS_TIDAK_DIKENAL", "polaritas"),
        (
            IndikatorData("X", baseline=TargetValue(Decimal("1.23456"))),
            "ANGKA_TERLALU_PRESISI",
            "baseline",
        ),
        (
            IndikatorData("X", baseline=TargetValue(Decimal("1E+17"))),
            "ANGKA_TERLALU_BESAR",
            "baseline",
        ),
        (
            IndikatorData("X", target=targets((2026, TargetValue(teks="x" * 201)))),
            "TEKS_TERLALU_PANJANG",
            "target_2026",
        ),
        (IndikatorData("X", target=_two_2026()), "TAHUN_GANDA", "target_2026"),
    ],
)
def test_indicator_refusals(
    sulbar: Office, renstra: Renstra, data: IndikatorData, code: str, field: str
) -> None:
    sasaran = services.add_sasaran(
        user=sulbar.operator,
        tujuan=services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T"),
        uraian="S",
    )
    before = counts()
    with pytest.raises(Rejected) as error:
        add_indikator(user=sulbar.operator, induk=sasaran, data=data)
    assert (codes(error), fields(error)) == ([code], [field])
    assert counts() == before


def test_update_replaces_targets_but_keeps_recorded_realisasi(
    sulbar: Office, renstra: Renstra
) -> None:
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=PERMAKANAN)
    indikator = add_indikator(
        user=sulbar.operator,
        induk=baris,
        data=IndikatorData(
            "Jumlah orang",
            "Orang",
            target=targets((2025, TargetValue(Decimal(60))), (2026, TargetValue(Decimal(70)))),
        ),
    )
    RenstraTahunan.objects.filter(indikator=indikator, tahun=2025).update(realisasi_nilai=58)
    update_indikator(
        user=sulbar.operator,
        indikator=indikator,
        data=IndikatorData(
            "Jumlah orang terlayani",
            "Orang",
            polaritas="turun",
            baseline=TargetValue(Decimal(40)),
            target=targets((2027, TargetValue(Decimal(80)))),
        ),
    )
    indikator.refresh_from_db()
    assert (indikator.uraian, indikator.polaritas, indikator.baseline_nilai) == (
        "Jumlah orang terlayani",
        "turun",
        Decimal(40),
    )
    rows = RenstraTahunan.objects.filter(indikator=indikator).order_by("tahun")
    assert [(r.tahun, r.target_nilai, r.realisasi_nilai) for r in rows] == [
        (2025, None, Decimal(58)),
        (2027, Decimal(80), None),
    ]
    entry = AuditEntry.objects.get(aksi="ubah_indikator_renstra")
    assert entry.sebelum["target"] == {"2025": "60.0000", "2026": "70.0000"}
    assert entry.sesudah["target"] == {"2027": "80"}


def test_refused_update_leaves_indicator_unchanged(sulbar: Office, renstra: Renstra) -> None:
    tujuan = services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T")
    data = IndikatorData("Persentase", "%", target=targets((2025, TargetValue(Decimal(80)))))
    indikator = add_indikator(user=sulbar.operator, induk=tujuan, data=data)
    before = counts()
    bad = IndikatorData("Baru", "%", target=targets((2024, TargetValue(Decimal(1)))))
    with pytest.raises(Rejected):
        update_indikator(user=sulbar.operator, indikator=indikator, data=bad)
    with pytest.raises(PermissionDenied):
        update_indikator(user=sulbar.pimpinan, indikator=indikator, data=data)
    with pytest.raises(PermissionDenied):
        delete_indikator(user=sulbar.verifikator, indikator=indikator)
    assert counts() == before
    indikator.refresh_from_db()
    assert indikator.uraian == "Persentase"
    assert RenstraTahunan.objects.get(indikator=indikator).target_nilai == Decimal(80)
    delete_indikator(user=sulbar.operator, indikator=indikator)
    assert (RenstraIndikator.objects.count(), RenstraTahunan.objects.count()) == (0, 0)


# --- Rows and pagu --------------------------------------------------------------------------


def test_sub_kegiatan_brings_its_parents_from_the_nomenclature(
    sulbar: Office, renstra: Renstra
) -> None:
    tujuan = services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="T")
    sasaran = services.add_sasaran(user=sulbar.operator, tujuan=tujuan, uraian="S")
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG, sasaran=sasaran)
    rows = {b.kode: b for b in RenstraBaris.objects.all()}
    assert sorted(rows) == ["1.06.04", "1.06.04.1.01", SANDANG]
    assert rows["1.06.04"].nama == "PROGRAM REHABILITASI SOSIAL"
    assert rows["1.06.04"].sasaran == sasaran
    assert rows["1.06.04.1.01"].induk == rows["1.06.04"]
    assert rows[SANDANG].induk == rows["1.06.04.1.01"]
    assert baris == rows[SANDANG]
    assert (rows[SANDANG].level, rows[SANDANG].nama) == ("subkegiatan", "Penyediaan Sandang")
    indikator = RenstraIndikator.objects.get(baris=baris)
    assert indikator.satuan == "Orang"
    assert indikator.uraian.startswith("Jumlah Orang yang Menerima Pakaian")
    assert AuditEntry.objects.get(aksi="tambah_baris_renstra").sesudah == {
        "kode": ["1.06.04", "1.06.04.1.01", SANDANG]
    }
    # A sibling reuses the parents; a sasaran given then does not move the existing program.
    add_baris(user=sulbar.operator, renstra=renstra, kode=PERMAKANAN, sasaran=None)
    assert RenstraBaris.objects.count() == 4
    assert RenstraBaris.objects.get(kode=PERMAKANAN).induk == rows["1.06.04.1.01"]
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran == sasaran


@pytest.mark.parametrize(
    ("kode", "code"),
    [
        ("1.06.04.2.01.0001", "KODE_TINGKAT_LAIN"),  # kab/kota sub kegiatan in a provinsi
        ("1.06.04.2.01", "KODE_TINGKAT_LAIN"),
        ("1.06.04.1.01.0099", "KODE_TIDAK_ADA_DI_NOMENKLATUR"),
        ("1.06", "KODE_TIDAK_VALID"),  # a bidang, not a plan row
        ("Penyediaan Sandang", "KODE_TIDAK_VALID"),
        ("1.06.04.1.01.0002", "BARIS_SUDAH_ADA"),
    ],
)
def test_row_refusals_write_nothing(sulbar: Office, renstra: Renstra, kode: str, code: str) -> None:
    add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    before = counts()
    with pytest.raises(Rejected) as error:
        add_baris(user=sulbar.operator, renstra=renstra, kode=kode)
    assert codes(error) == [code]
    assert fields(error) == ["kode"]
    assert counts() == before


def test_provinsi_code_is_refused_in_a_kota(tarakan: Office) -> None:
    renstra = services.create_renstra(
        user=tarakan.operator, pd=tarakan.pd, tahun_awal=2025, tahun_akhir=2029
    )
    with pytest.raises(Rejected) as error:
        add_baris(user=tarakan.operator, renstra=renstra, kode=SANDANG)
    assert codes(error) == ["KODE_TINGKAT_LAIN"]
    assert "digit tingkat 2" in error.value.problems[0].message
    assert RenstraBaris.objects.count() == 0
    add_baris(user=tarakan.operator, renstra=renstra, kode="1.06.04.2.01.0002")
    assert RenstraBaris.objects.count() == 3


def test_pagu_per_year_on_sub_kegiatan_only(sulbar: Office, renstra: Renstra) -> None:
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    set_pagu(
        user=sulbar.operator,
        baris=baris,
        pagu={2025: Decimal("1250000.50"), 2026: Decimal(2000000), 2027: None},
    )
    assert dict(RenstraPagu.objects.values_list("tahun", "pagu")) == {
        2025: Decimal("1250000.50"),
        2026: Decimal("2000000.00"),
    }
    set_pagu(user=sulbar.operator, baris=baris, pagu={2025: None, 2026: Decimal(3000000)})
    assert dict(RenstraPagu.objects.values_list("tahun", "pagu")) == {2026: Decimal("3000000.00")}
    entry = AuditEntry.objects.filter(aksi="ubah_pagu_renstra").latest("pk")
    assert (entry.sebelum, entry.sesudah) == (
        {"2025": "1250000.50", "2026": "2000000.00"},
        {"2026": "3000000.00"},
    )


@pytest.mark.parametrize(
    ("pagu", "code"),
    [
        ({2030: Decimal(1)}, "TAHUN_DI_LUAR_PERIODE"),
        ({2026: Decimal(-5)}, "PAGU_NEGATIF"),
        ({2026: Decimal("1.005")}, "PAGU_LEBIH_DARI_SEN"),
        ({2026: Decimal("1E+16")}, "PAGU_TERLALU_BESAR"),
    ],
)
def test_pagu_refusals_write_nothing(
    sulbar: Office, renstra: Renstra, pagu: dict[int, Decimal], code: str
) -> None:
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    set_pagu(user=sulbar.operator, baris=baris, pagu={2026: Decimal(7)})
    before = counts()
    with pytest.raises(Rejected) as error:
        set_pagu(user=sulbar.operator, baris=baris, pagu={2025: Decimal(9), **pagu})
    assert codes(error) == [code]
    assert counts() == before
    assert dict(RenstraPagu.objects.values_list("tahun", "pagu")) == {2026: Decimal(7)}


def test_pagu_on_a_parent_is_refused(sulbar: Office, renstra: Renstra) -> None:
    add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    kegiatan = RenstraBaris.objects.get(kode="1.06.04.1.01")
    with pytest.raises(Rejected) as error:
        set_pagu(user=sulbar.operator, baris=kegiatan, pagu={2025: Decimal(1)})
    assert codes(error) == ["PAGU_PADA_INDUK"]
    assert RenstraPagu.objects.count() == 0
    for user in (sulbar.pimpinan, sulbar.verifikator):
        with pytest.raises(PermissionDenied):
            set_pagu(
                user=user, baris=RenstraBaris.objects.get(kode=SANDANG), pagu={2025: Decimal(1)}
            )
    assert RenstraPagu.objects.count() == 0


def test_link_program_to_sasaran(sulbar: Office, tarakan: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    sasaran = services.add_sasaran(
        user=op, tujuan=services.add_tujuan(user=op, renstra=renstra, uraian="T"), uraian="S"
    )
    add_baris(user=op, renstra=renstra, kode=SANDANG)
    program = RenstraBaris.objects.get(kode="1.06.04")
    link_sasaran(user=op, baris=program, sasaran=sasaran)
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran == sasaran
    kegiatan = RenstraBaris.objects.get(kode="1.06.04.1.01")
    with pytest.raises(Rejected) as error:
        link_sasaran(user=op, baris=kegiatan, sasaran=sasaran)
    assert codes(error) == ["BUKAN_PROGRAM"]
    other = services.create_renstra(
        user=tarakan.operator, pd=tarakan.pd, tahun_awal=2025, tahun_akhir=2029
    )
    foreign = services.add_sasaran(
        user=tarakan.operator,
        tujuan=services.add_tujuan(user=tarakan.operator, renstra=other, uraian="T"),
        uraian="S",
    )
    with pytest.raises(Rejected) as error:
        link_sasaran(user=op, baris=program, sasaran=foreign)
    assert codes(error) == ["SASARAN_LAIN"]
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran == sasaran
    link_sasaran(user=op, baris=program, sasaran=None)
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran is None


def test_delete_row_removes_everything_below(sulbar: Office, renstra: Renstra) -> None:
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    add_baris(user=sulbar.operator, renstra=renstra, kode=BENCANA)
    set_pagu(user=sulbar.operator, baris=baris, pagu={2025: Decimal(1)})
    with pytest.raises(PermissionDenied):
        delete_baris(user=sulbar.pimpinan, baris=RenstraBaris.objects.get(kode="1.06.04"))
    assert RenstraBaris.objects.count() == 6
    delete_baris(user=sulbar.operator, baris=RenstraBaris.objects.get(kode="1.06.04"))
    assert sorted(RenstraBaris.objects.values_list("kode", flat=True)) == [
        "1.06.06", "1.06.06.1.01", BENCANA,
    ]  # fmt: skip
    assert RenstraPagu.objects.count() == 0
    assert AuditEntry.objects.get(aksi="hapus_baris_renstra").sebelum == {
        "kode": ["1.06.04", "1.06.04.1.01", SANDANG]
    }


# --- Reads ----------------------------------------------------------------------------------


def test_cascade_rolls_pagu_up_to_sasaran_and_tujuan(sulbar: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    tujuan = services.add_tujuan(user=op, renstra=renstra, uraian="T")
    sasaran = services.add_sasaran(user=op, tujuan=tujuan, uraian="S")
    sandang = add_baris(user=op, renstra=renstra, kode=SANDANG, sasaran=sasaran)
    makan = add_baris(user=op, renstra=renstra, kode=PERMAKANAN)
    bencana = add_baris(user=op, renstra=renstra, kode=BENCANA)
    set_pagu(user=op, baris=sandang, pagu={2025: Decimal("100.50"), 2026: Decimal(200)})
    set_pagu(user=op, baris=makan, pagu={2025: Decimal("0.50")})
    set_pagu(user=op, baris=bencana, pagu={2026: Decimal(1000)})
    kaskade = selectors.renstra_cascade(renstra)
    col = kaskade.column
    by_key = {node.row.key: node for node in kaskade.tree.walk()}
    # 1.06.04.1.01 = 100,50 + 0,50 (2025) and 200 (2026); its program, sasaran and tujuan too
    for key in ("1.06.04.1.01", "1.06.04", f"S{sasaran.pk}", f"T{tujuan.pk}"):
        assert by_key[key].totals[col(2025)] == Decimal("101.00"), key
        assert by_key[key].totals[col(2026)] == Decimal(200), key
    assert by_key["1.06.06"].totals[col(2026)] == Decimal(1000)
    assert kaskade.tree.totals[col(2025)] == Decimal("101.00")
    assert kaskade.tree.totals[col(2026)] == Decimal(1200)
    assert kaskade.tree.totals[col(2029)] == Decimal(0)
    assert kaskade.first_unlinked == "1.06.06"
    assert [n.row.key for n in kaskade.tree.roots] == [f"T{tujuan.pk}", "1.06.06"]
    assert kaskade.nomor[f"S{sasaran.pk}"] == "1.1"


def test_renstra_for_year_gives_core_rows_with_targets(sulbar: Office, renstra: Renstra) -> None:
    baris = add_baris(user=sulbar.operator, renstra=renstra, kode=SANDANG)
    indikator = RenstraIndikator.objects.get(baris=baris)
    update_indikator(
        user=sulbar.operator,
        indikator=indikator,
        data=IndikatorData(
            indikator.uraian,
            "Orang",
            target=targets((2026, TargetValue(Decimal(60))), (2027, TargetValue(teks="Tercapai"))),
        ),
    )
    set_pagu(user=sulbar.operator, baris=baris, pagu={2026: Decimal(500)})
    rows = selectors.renstra_for_year(sulbar.pd, 2026)
    assert rows is not None
    assert [r.kode for r in rows] == ["1.06.04", "1.06.04.1.01", SANDANG]
    assert rows[0].indikator == ()
    (ind,) = rows[2].indikator
    assert ind.satuan == "Orang"
    assert [(t.tahun, t.target) for t in ind.tahunan] == [
        (2026, TargetValue(nilai=Decimal(60), satuan="Orang")),
        (2027, TargetValue(teks="Tercapai", satuan="Orang")),
    ]
    assert str(ind.tahunan[0].target.nilai) == "60"
    assert selectors.renstra_for_year(sulbar.pd, 2024) is None
    assert selectors.renstra_for_year(sulbar.pd, 2030) is None
    assert selectors.renstra_pagu_for_year(sulbar.pd, 2026) == {
        "1.06.04": Decimal(500), "1.06.04.1.01": Decimal(500), SANDANG: Decimal(500),
    }  # fmt: skip
    assert selectors.renstra_pagu_for_year(sulbar.pd, 2031) is None


def test_update_and_delete_sasaran(sulbar: Office, renstra: Renstra) -> None:
    op = sulbar.operator
    tujuan = services.add_tujuan(user=op, renstra=renstra, uraian="T")
    s1 = services.add_sasaran(user=op, tujuan=tujuan, uraian="S1")
    s2 = services.add_sasaran(user=op, tujuan=tujuan, uraian="S2")
    add_baris(user=op, renstra=renstra, kode=SANDANG, sasaran=s2)
    before = counts()
    with pytest.raises(Rejected) as error:
        services.update_sasaran(user=op, sasaran=s2, uraian="S2 baru", nomor=1)
    assert codes(error) == ["NOMOR_GANDA"]
    with pytest.raises(PermissionDenied):
        services.delete_sasaran(user=sulbar.pimpinan, sasaran=s2)
    assert counts() == before
    services.update_sasaran(user=op, sasaran=s2, uraian="S2 baru", nomor=3)
    assert list(RenstraSasaran.objects.order_by("nomor").values_list("nomor", "uraian")) == [
        (1, "S1"),
        (3, "S2 baru"),
    ]
    services.delete_sasaran(user=op, sasaran=s2)
    assert list(RenstraSasaran.objects.values_list("pk", flat=True)) == [s1.pk]
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran_id is None
    assert AuditEntry.objects.get(aksi="hapus_sasaran_renstra").sebelum == {
        "nomor": 3,
        "uraian": "S2 baru",
    }
