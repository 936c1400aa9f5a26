"""SPM and population services: permission, whole-number and terlayani ≤ harus rules, audit,
"harus dilayani" from the population, and the index computed by hand.

Hand computation used below (Kota Tarakan, kab/kota, 2025):

* jenis 1 disabilitas: 30 of 40 served → 30/40 × 80 = 60; mutu 40/40 + 20/40 (other items
  0/0) → 60/80 × 20 = 15; capaian 75.
* jenis 2 anak: 10 of 10 → 80; every mutu item 10/10 → 20; capaian 100.
* jenis 3 lansia and 5 bencana: 0 of 0, nobody to serve → left out of the index.
* jenis 4 gepeng: 1 of 3 → 26,67; mutu 2/3 (others 0/0) → 13,33; capaian 40.
* index = (75 + 100 + 40) / 3 = 71,666… → 71,67 % → Tuntas Madya (60 ≤ x < 80).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.referensi.models import JenisPpks, SkalaBand
from renjana.apps.spm.models import CapaianSpm, CapaianSpmMutu, PopulasiPpks, PopulasiPsks
from renjana.apps.spm.pemetaan import PEMETAAN_SPM_PPKS
from renjana.apps.spm.selectors.capaian import laporan_spm
from renjana.apps.spm.selectors.populasi import tabel_populasi
from renjana.apps.spm.selectors.referensi import jenis_layanan
from renjana.apps.spm.services.capaian import IsianMutu, set_capaian_spm
from renjana.apps.spm.services.populasi import IsianPopulasi, set_populasi
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db

D = Decimal


def snapshot() -> tuple[object, ...]:
    """Everything an SPM or population write could change."""
    return (
        list(PopulasiPpks.objects.order_by("pk").values_list("tahun", "jenis_id", "jumlah")),
        list(PopulasiPsks.objects.order_by("pk").values_list("tahun", "jenis_id", "jumlah")),
        list(CapaianSpm.objects.order_by("pk").values_list("harus_dilayani", "terlayani")),
        list(CapaianSpmMutu.objects.order_by("pk").values_list("harus_dilayani", "terlayani")),
        AuditEntry.objects.count(),
    )


def ppks(nomor: int, jumlah: str | None = None, na: bool = False) -> IsianPopulasi:
    return IsianPopulasi("ppks", str(nomor), None if jumlah is None else D(jumlah), na)


def mutu_all(office: Office, tahun: int, nomor: int, **items: tuple[str, str]) -> list[IsianMutu]:
    """Every mutu item of jenis ``nomor``: ``n3=("40", "20")`` for item 3, 0/0 for the rest."""
    jenis = next(j for j in jenis_layanan(office.pemda.tingkat, tahun) if j.nomor == nomor)
    return [
        IsianMutu(m.nomor, *(D(v) for v in items.get(f"n{m.nomor}", ("0", "0"))))
        for m in jenis.mutu
    ]


def save(office: Office, nomor: int, harus: str | None, terlayani: str | None, **kw: Any) -> Any:
    mutu = kw.pop("mutu", None)
    return set_capaian_spm(
        user=kw.pop("user", office.operator), pd=office.pd, tahun=kw.pop("tahun", 2025),
        nomor=nomor, harus_dilayani=None if harus is None else D(harus),
        terlayani=None if terlayani is None else D(terlayani),
        mutu=mutu if mutu is not None else mutu_all(office, 2025, nomor), **kw,
    )  # fmt: skip


def fill_tarakan(office: Office) -> None:
    save(office, 1, "40", "30", mutu=mutu_all(office, 2025, 1, n1=("40", "40"), n3=("40", "20")))
    n = len(next(j for j in jenis_layanan("kabkota", 2025) if j.nomor == 2).mutu)
    save(office, 2, "10", "10", mutu=[IsianMutu(i, D(10), D(10)) for i in range(1, n + 1)])
    save(office, 3, "0", "0", mutu=[])
    save(office, 4, "3", "1", mutu=mutu_all(office, 2025, 4, n1=("3", "2")))
    save(office, 5, "0", "0", mutu=[])


# --- population -----------------------------------------------------------------------------


def test_operator_enters_population_with_units_na_and_audit(sulbar: Office) -> None:
    changed = set_populasi(
        user=sulbar.operator, pd=sulbar.pd, tahun=2023,
        isian=[ppks(2, "2031"), ppks(24, "165990"), ppks(4, na=True),
               IsianPopulasi("psks", "4.2", D(34))],
    )  # fmt: skip
    assert changed == 4
    rows = {
        r.jenis.nomor: (r.jumlah, r.satuan, r.pemda_id)
        for r in PopulasiPpks.objects.select_related("jenis")
    }
    assert rows == {
        2: (2031, "jiwa", sulbar.pemda.pk),
        24: (165990, "KK", sulbar.pemda.pk),
        4: (None, "jiwa", sulbar.pemda.pk),
    }
    assert PopulasiPsks.objects.get().jenis.nama == "LKS Anak (LKSA)"
    entry = AuditEntry.objects.get(aksi="ubah_populasi")
    assert entry.pengguna == sulbar.operator
    assert entry.sesudah is not None
    assert entry.sebelum is not None
    assert entry.sesudah["isian"]["PPKS Anak Jalanan"] == "N/A"
    assert entry.sebelum["isian"]["PPKS Anak Terlantar"] is None
    # a blank cell clears the count; an unchanged one is not audited again
    assert (
        set_populasi(user=sulbar.admin, pd=sulbar.pd, tahun=2023, isian=[ppks(4), ppks(2, "2031")])
        == 1
    )
    assert not PopulasiPpks.objects.filter(jenis__nomor=4).exists()
    assert AuditEntry.objects.filter(aksi="ubah_populasi").count() == 2


@pytest.mark.parametrize(
    ("jumlah", "fragment"),
    [("12.5", "bukan bilangan bulat"), ("-3", "negatif"), ("1000000000001", "terlalu besar")],
)
def test_bad_population_counts_are_refused_naming_the_kind(
    sulbar: Office, jumlah: str, fragment: str
) -> None:
    set_populasi(user=sulbar.operator, pd=sulbar.pd, tahun=2023, isian=[ppks(8, "290")])
    before = snapshot()
    with pytest.raises(Rejected) as refused:
        set_populasi(
            user=sulbar.operator, pd=sulbar.pd, tahun=2023, isian=[ppks(8, "300"), ppks(9, jumlah)]
        )
    [problem] = refused.value.problems
    assert problem.message.startswith("Populasi Penyandang Disabilitas tahun 2023: ")
    assert fragment in problem.message
    assert snapshot() == before  # the valid cell of the same request was not written either


def test_unknown_kind_duplicate_kind_bad_year_and_foreign_kecamatan_are_refused(
    sulbar: Office,
) -> None:
    before = snapshot()
    with pytest.raises(Rejected) as refused:
        set_populasi(
            user=sulbar.operator, pd=sulbar.pd, tahun=1999, kecamatan="65.71.01",
            isian=[ppks(27, "1"), ppks(2, "1"), ppks(2, "2"), IsianPopulasi("pmks", "1", D(1))],
        )  # fmt: skip
    codes = [p.code for p in refused.value.problems]
    assert codes == [
        "TAHUN_TIDAK_SAH", "KECAMATAN_TIDAK_DIKENAL", "JENIS_TIDAK_DIKENAL", "JENIS_GANDA",
        "JENIS_TIDAK_DIKENAL",
    ]  # fmt: skip
    assert snapshot() == before


def test_kecamatan_counts_add_up_when_the_area_row_is_missing(sulbar: Office) -> None:
    for kecamatan, jumlah in (("76.02.01", "120"), ("76.02.02", "45")):
        set_populasi(
            user=sulbar.operator, pd=sulbar.pd, tahun=2024, kecamatan=kecamatan,
            isian=[ppks(8, jumlah)],
        )  # fmt: skip
    tabel = tabel_populasi(sulbar.pd, 2024)
    lansia = next(r for r in tabel.ppks if r.jenis.kode == "8")
    assert not lansia.diisi  # no area row was entered ...
    assert lansia.jumlah is not None
    assert lansia.jumlah.jumlah == D(165)  # ... so the core adds the kecamatan rows
    one = tabel_populasi(sulbar.pd, 2024, kecamatan="76.02.02")
    assert next(r for r in one.ppks if r.jenis.kode == "8").isian == D(45)
    # an area row that disagrees wins, and the difference is reported
    set_populasi(user=sulbar.operator, pd=sulbar.pd, tahun=2024, isian=[ppks(8, "170")])
    tabel = tabel_populasi(sulbar.pd, 2024)
    lansia = next(r for r in tabel.ppks if r.jenis.kode == "8")
    assert lansia.jumlah is not None
    assert lansia.jumlah.jumlah == D(170)
    assert [p.code for p in tabel.problems] == ["POPULASI_KECAMATAN_TIDAK_SAMA"]


def test_population_is_written_only_by_the_office_operator_and_admins(
    sulbar: Office, tarakan: Office
) -> None:
    before = snapshot()
    for user in (sulbar.verifikator, sulbar.pimpinan, tarakan.operator, tarakan.admin):
        with pytest.raises(PermissionDenied, match="tidak berwenang"):
            set_populasi(user=user, pd=sulbar.pd, tahun=2023, isian=[ppks(1, "1")])
    assert snapshot() == before


def test_ppks_sums_per_unit_and_lks_from_its_sub_types(sulbar: Office) -> None:
    set_populasi(
        user=sulbar.operator, pd=sulbar.pd, tahun=2021,
        isian=[ppks(1, "1"), ppks(2, "2031"), ppks(4, na=True), ppks(24, "165990"),
               ppks(26, "981"), IsianPopulasi("psks", "4.1", D(2)),
               IsianPopulasi("psks", "4.2", D(34)), IsianPopulasi("psks", "10", D(45))],
    )  # fmt: skip
    tabel = tabel_populasi(sulbar.pd, 2021)
    totals = {t.satuan: t for t in tabel.total_ppks}
    assert (totals["jiwa"].jumlah, totals["jiwa"].jenis_tercatat, totals["jiwa"].jenis_na) == (
        D(2032), 2, 1,
    )  # fmt: skip
    assert totals["jiwa"].jenis_kosong == 23 - 3 + 1 - 1  # 23 jiwa kinds, 3 entered
    assert (totals["KK"].jumlah, totals["KK"].jenis_tercatat, totals["KK"].jenis_kosong) == (
        D(166971), 2, 1,
    )  # fmt: skip
    psks = {r.jenis.kode: r for r in tabel.psks}
    assert psks["4"].jumlah is not None
    assert psks["4"].jumlah.jumlah is None  # four LKS sub-types not entered: unknown, not 36
    assert psks["10"].jumlah is not None
    assert psks["10"].jumlah.jumlah == D(45)
    assert psks["1"].jumlah is None


# --- SPM ------------------------------------------------------------------------------------


def test_index_and_category_equal_the_hand_computation(tarakan: Office) -> None:
    fill_tarakan(tarakan)
    laporan = laporan_spm(tarakan.pd, 2025)
    assert laporan.lengkap
    capaian = {b.jenis.nomor: b.hasil.capaian_persen if b.hasil else None for b in laporan.baris}
    assert capaian == {1: D("75.00"), 2: D("100.00"), 3: None, 4: D("40.00"), 5: None}
    first = laporan.baris[0].hasil
    assert first is not None
    assert (first.komponen_penerima, first.komponen_mutu) == (D(60), D(15))
    assert (first.jumlah_mutu_harus, first.jumlah_mutu_terlayani) == (D(80), D(60))
    assert laporan.indeks_persen == D("71.67")
    assert laporan.kategori == "Tuntas Madya"
    assert [b.hasil.berlaku for b in laporan.baris if b.hasil] == [True, True, False, True, False]


def test_incomplete_jenis_makes_the_index_na(tarakan: Office) -> None:
    fill_tarakan(tarakan)
    save(tarakan, 4, "3", None, mutu=mutu_all(tarakan, 2025, 4, n1=("3", "2")))
    laporan = laporan_spm(tarakan.pd, 2025)
    assert (laporan.indeks_persen, laporan.kategori) == (None, "")
    gepeng = laporan.baris[3]
    assert gepeng.hasil is None
    assert gepeng.kekurangan == ("jumlah terlayani belum diisi",)
    assert laporan.inti.indeks_persen == D("87.50")  # the core's mean of the other two, not shown
    assert "SPM_BELUM_LENGKAP" in [p.code for p in laporan.problems]
    # a mutu item with one count only is incomplete too
    items = mutu_all(tarakan, 2025, 4, n1=("3", "2"))
    save(tarakan, 4, "3", "1", mutu=[*items[:-1], IsianMutu(items[-1].nomor, D(1), None)])
    laporan = laporan_spm(tarakan.pd, 2025)
    assert laporan.baris[3].kekurangan == ("1 butir mutu belum lengkap (Layanan rujukan)",)


def test_terlayani_above_harus_is_refused_naming_the_jenis_or_item(tarakan: Office) -> None:
    fill_tarakan(tarakan)
    before = snapshot()
    with pytest.raises(Rejected) as refused:
        save(tarakan, 1, "40", "41")
    [problem] = refused.value.problems
    assert problem.code == "SPM_TERLAYANI_MELEBIHI_HARUS"
    assert problem.message.startswith(
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti: Jumlah "
        "terlayani 41 melebihi jumlah yang harus dilayani 40."
    )
    with pytest.raises(Rejected) as refused:
        save(tarakan, 1, "40", "30", mutu=mutu_all(tarakan, 2025, 1, n3=("40", "45")))
    [problem] = refused.value.problems
    assert problem.message.startswith(
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti, butir mutu "
        "'Penyediaan permakanan': Jumlah terlayani 45 melebihi"
    )
    assert snapshot() == before


def test_fractions_and_negatives_are_refused_for_persons_and_units(tarakan: Office) -> None:
    before = snapshot()
    with pytest.raises(Rejected) as refused:
        save(tarakan, 1, "40.5", "30")
    [problem] = refused.value.problems
    assert problem.message.startswith(
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti, jumlah harus "
        "dilayani: Jumlah 40,5 bukan bilangan bulat"
    )
    # shelters are counted in Unit: whole numbers too, with a message about units
    bencana = next(j for j in jenis_layanan("kabkota", 2025) if j.nomor == 5)
    shelter = next(m for m in bencana.mutu if m.satuan == "Unit")
    with pytest.raises(Rejected) as refused:
        save(tarakan, 5, "10", "10", mutu=[IsianMutu(shelter.nomor, D("2.5"), D(-1))])
    messages = [p.message for p in refused.value.problems]
    assert messages == [
        f"{bencana.nama}, butir mutu '{shelter.nama}', jumlah harus dilayani: Jumlah 2,5 Unit "
        "tidak sah; jumlah Unit harus bilangan bulat dan tidak negatif.",
        f"{bencana.nama}, butir mutu '{shelter.nama}', jumlah terlayani: Jumlah -1 Unit tidak "
        "sah; jumlah Unit harus bilangan bulat dan tidak negatif.",
    ]
    assert snapshot() == before


def test_unknown_jenis_and_items_are_refused(tarakan: Office) -> None:
    with pytest.raises(Rejected, match="nomor 6 tidak berlaku"):
        save(tarakan, 6, "1", "1", mutu=[])
    with pytest.raises(Rejected, match="tidak berlaku"):
        save(tarakan, 1, "1", "1", mutu=[], tahun=2021)  # before SPM Permendagri 59/2021 data
    with pytest.raises(Rejected) as refused:
        save(tarakan, 1, "1", "1", mutu=[IsianMutu(99, D(1), D(1)), IsianMutu(1, D(1), D(1)),
                                         IsianMutu(1, D(1), D(1))])  # fmt: skip
    assert [p.code for p in refused.value.problems] == ["BUTIR_MUTU_TIDAK_ADA", "BUTIR_MUTU_GANDA"]
    assert not CapaianSpm.objects.exists()


def test_spm_is_written_by_operator_and_admin_only(tarakan: Office, sulbar: Office) -> None:
    for user in (tarakan.verifikator, tarakan.pimpinan, sulbar.operator, sulbar.admin):
        with pytest.raises(PermissionDenied):
            save(tarakan, 1, "1", "1", user=user, mutu=[])
    assert not CapaianSpm.objects.exists()
    save(tarakan, 1, "1", "1", user=tarakan.admin, mutu=[IsianMutu(1, D(1), D(1))])
    row = CapaianSpm.objects.get()
    assert (row.pemda_id, row.harus_dilayani, row.terlayani) == (tarakan.pemda.pk, 1, 1)
    assert row.mutu.get().pemda_id == tarakan.pemda.pk
    entry = AuditEntry.objects.get(aksi="ubah_capaian_spm")
    assert entry.sebelum is None
    assert entry.sesudah is not None
    assert entry.sesudah["terlayani"] == 1
    assert entry.pengguna == tarakan.admin


def test_mutu_items_left_out_or_blank_are_cleared(tarakan: Office) -> None:
    save(tarakan, 1, "40", "30")
    assert CapaianSpmMutu.objects.count() == 13
    save(tarakan, 1, "40", "30", mutu=[IsianMutu(1, D(4), D(3)), IsianMutu(2)])
    assert list(CapaianSpmMutu.objects.values_list("item__nomor", "harus_dilayani")) == [(1, 4)]


def test_harus_dilayani_from_the_population_is_recomputed_on_read(tarakan: Office) -> None:
    def population(gelandangan: str | None, pengemis: str | None) -> None:
        set_populasi(
            user=tarakan.operator, pd=tarakan.pd, tahun=2025,
            isian=[ppks(11, gelandangan, na=gelandangan is None),
                   ppks(12, pengemis, na=pengemis is None)],
        )  # fmt: skip

    population("25", None)
    before = snapshot()
    with pytest.raises(Rejected) as refused:
        save(tarakan, 4, None, "10", dari_populasi=True)
    assert [p.code for p in refused.value.problems] == [
        "POPULASI_TIDAK_TERSEDIA", "POPULASI_KOSONG",
    ]  # fmt: skip
    assert "Pengemis" in refused.value.problems[1].message
    assert snapshot() == before
    population("25", "15")  # Gelandangan + Pengemis = 40
    with pytest.raises(Rejected, match="melebihi jumlah yang harus dilayani 40"):
        save(tarakan, 4, None, "41", dari_populasi=True)
    save(tarakan, 4, "999", "10", dari_populasi=True)  # a manual number is ignored
    row = CapaianSpm.objects.get()
    assert (row.sumber_harus, row.harus_dilayani) == ("populasi", None)
    baris = laporan_spm(tarakan.pd, 2025).baris[3]
    assert baris.harus_dilayani == D(40)
    population("35", "15")
    baris = laporan_spm(tarakan.pd, 2025).baris[3]
    assert baris.harus_dilayani == D(50)
    assert baris.hasil is not None
    assert baris.hasil.persen_penerima == D(20)  # 10 of 50, recomputed from the new population
    population(None, "15")
    laporan = laporan_spm(tarakan.pd, 2025)
    assert laporan.baris[3].harus_dilayani is None
    assert laporan.baris[3].kekurangan[0].startswith("populasi PPKS")


def test_mapping_names_the_reference_ppks() -> None:
    names = dict(JenisPpks.objects.values_list("nomor", "nama"))
    for sumber in PEMETAAN_SPM_PPKS:
        assert [names[n] for n in sumber.ppks_nomor] == list(sumber.ppks_nama)
    assert [s.spm_nomor for s in PEMETAAN_SPM_PPKS] == [1, 2, 3, 4, 5]


def test_category_comes_from_the_database_scale(tarakan: Office) -> None:
    fill_tarakan(tarakan)
    band = SkalaBand.objects.get(skala__kode="indeks_spm", label="Tuntas Madya")
    band.label = "Tuntas Madya (diubah admin)"
    band.save()
    assert laporan_spm(tarakan.pd, 2025).kategori == "Tuntas Madya (diubah admin)"


def test_report_reads_in_a_fixed_number_of_queries(
    tarakan: Office, django_assert_num_queries: Any
) -> None:
    fill_tarakan(tarakan)
    with django_assert_num_queries(9):
        laporan_spm(tarakan.pd, 2025)
