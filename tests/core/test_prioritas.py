"""Priority links (§2.J) with their two problems, and Forum PD agreement compatibility."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.prioritas import (
    KESEPAKATAN_SATUAN_BERBEDA,
    KESEPAKATAN_TANPA_BARIS,
    KESEPAKATAN_TANPA_TARGET,
    KESEPAKATAN_TARGET_KOSONG,
    KESEPAKATAN_TARGET_KURANG,
    SUB_KEGIATAN_TANPA_PAGU,
    TANPA_SUB_KEGIATAN,
    BarisPrioritas,
    JenisPrioritas,
    KesepakatanValue,
    Kesesuaian,
    PrioritasValue,
    TargetRenja,
    check_kesepakatan,
    keterkaitan_prioritas,
)
from renjana.core.problems import Severity
from renjana.core.quantity import Quantity

PN1 = PrioritasValue(
    "1", JenisPrioritas.NASIONAL, "Memperkuat Ketahanan Ekonomi untuk Pertumbuhan", "01"
)
PP = PrioritasValue("2", JenisPrioritas.NASIONAL, "Perlindungan sosial", "01.02", induk="1")
PN3 = PrioritasValue("3", JenisPrioritas.NASIONAL, "Meningkatkan SDM Berkualitas", "03")
PROV = PrioritasValue("4", JenisPrioritas.PROVINSI, "Perlindungan sosial masyarakat miskin")
DAERAH = PrioritasValue("5", JenisPrioritas.DAERAH, "Penanganan Kemiskinan", "1.")
LAIN = PrioritasValue("6", JenisPrioritas.DAERAH, "Pariwisata", "2.")
CATALOG = (PN1, PP, PN3, PROV, DAERAH, LAIN)
JT = Decimal(1_000_000)
ROWS = (
    BarisPrioritas("1.06.04", "PROGRAM REHABILITASI SOSIAL", prioritas=("5",)),
    BarisPrioritas("1.06.04.2.01", "Rehabilitasi Sosial Dasar"),
    BarisPrioritas("1.06.04.2.01.0001", "Penyediaan Permakanan", 50 * JT, ("2",)),
    BarisPrioritas("1.06.04.2.01.0002", "Penyediaan Sandang", 8 * JT, ("1", "4", "99")),
    BarisPrioritas("1.06.04.2.01.0003", "Penyediaan Alat Bantu", None, ("1", "3")),
    BarisPrioritas("1.06.05", "PROGRAM PERLINDUNGAN"),
    BarisPrioritas("1.06.05.2.02", "Pengelolaan Data Fakir Miskin"),
    BarisPrioritas("1.06.05.2.02.0001", "Pendataan Fakir Miskin", 46 * JT),
)


def test_link_table_pagu_per_priority_and_problems() -> None:
    result = keterkaitan_prioritas(
        CATALOG, ROWS, {"1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL"}, disepakati=("1", "6")
    )
    table = [
        (r.nomor, r.kode, r.nasional.kode if r.nasional else None, r.pagu) for r in result.rows
    ]
    # The program tag (daerah 5) covers all three sub kegiatan; .0003 has two national tags.
    assert table == [
        (1, "1.06.04.2.01.0001", "01.02", 50 * JT),
        (2, "1.06.04.2.01.0002", "01", 8 * JT),
        (3, "1.06.04.2.01.0003", "01", None),
        (4, "1.06.04.2.01.0003", "03", None),
    ]
    first = result.rows[0]
    assert first.nasional_induk == PN1
    assert first.daerah == (DAERAH,)
    assert first.provinsi == ()
    assert first.bidang == "1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL"
    assert first.program == "1.06.04 - PROGRAM REHABILITASI SOSIAL"
    assert first.kegiatan == "1.06.04.2.01 - Rehabilitasi Sosial Dasar"
    assert first.sub_kegiatan == "1.06.04.2.01.0001 - Penyediaan Permakanan"
    assert result.rows[1].provinsi == (PROV,)  # the unknown tag "99" is ignored
    per = {s.prioritas.key: (s.sub_kegiatan, s.pagu, s.disepakati) for s in result.per_prioritas}
    subs = ("1.06.04.2.01.0001", "1.06.04.2.01.0002", "1.06.04.2.01.0003")
    assert per == {
        # PN 01 covers its PP's sub kegiatan too: 50 + 8 + 0.
        "1": (("1.06.04.2.01.0001", "1.06.04.2.01.0002", "1.06.04.2.01.0003"), 58 * JT, True),
        "2": (("1.06.04.2.01.0001",), 50 * JT, False),
        "3": (("1.06.04.2.01.0003",), 0, False),
        "4": (("1.06.04.2.01.0002",), 8 * JT, False),
        "5": (subs, 58 * JT, False),
        "6": ((), 0, True),
    }
    assert [(p.code, p.severity, p.location.kode) for p in result.problems] == [
        (SUB_KEGIATAN_TANPA_PAGU, Severity.WARNING, "1.06.04.2.01.0003"),
        (TANPA_SUB_KEGIATAN, Severity.WARNING, ""),
    ]
    assert "2. Pariwisata" in result.problems[1].message


def test_sub_kegiatan_with_only_regional_tags_has_one_row_without_national() -> None:
    rows = (BarisPrioritas("1.06.05.2.02.0001", "Pendataan", 46 * JT, ("5",)),)
    result = keterkaitan_prioritas(CATALOG, rows)
    assert [(r.nasional, r.daerah, r.program) for r in result.rows] == [
        (None, (DAERAH,), "1.06.05")
    ]
    assert result.problems == ()


def test_a_cycle_in_the_catalog_does_not_loop() -> None:
    a = PrioritasValue("a", JenisPrioritas.NASIONAL, "A", induk="b")
    b = PrioritasValue("b", JenisPrioritas.NASIONAL, "B", induk="a")
    result = keterkaitan_prioritas((a, b), (BarisPrioritas("1.06.05.2.02.0001", "x", JT, ("a",)),))
    assert {s.prioritas.key: s.pagu for s in result.per_prioritas} == {"a": JT, "b": JT}


def q(text: str | None, satuan: str = "") -> Quantity:
    if text is None:
        return Quantity(None, "")
    try:
        return Quantity(Decimal(text), satuan)
    except ArithmeticError:
        return Quantity(None, "", text)


def agreement(daerah: Quantity, kode: str | None, *targets: TargetRenja) -> KesepakatanValue:
    return KesepakatanValue(
        1, "PENYANDANG DISABILITAS TERLANTAR DI DALAM PANTI", q("100", "Orang"), daerah,
        "pemenuhan kebutuhan", kode, targets,
    )  # fmt: skip


def test_forum_pd_agreements_against_the_renja() -> None:
    sub = "1.06.04.1.01.0002"
    ninety = q("90", "Orang")
    cases = [
        agreement(ninety, sub, TargetRenja("Jumlah Orang", q("90", "Jiwa"))),
        agreement(ninety, sub, TargetRenja("Jumlah paket", q("5", "Paket")),
                  TargetRenja("Jumlah Orang", q("95", "Orang"))),
        agreement(q(None), sub),
        agreement(ninety, None),
        agreement(ninety, sub, TargetRenja("Jumlah Orang", q(None))),
        agreement(ninety, sub, TargetRenja("Jumlah paket", q("90", "Paket"))),
        agreement(ninety, sub, TargetRenja("Jumlah Orang", q("64", "Orang"))),
        agreement(q("10", "%"), sub, TargetRenja("Persentase", q("8", "%"), "turun")),
        agreement(q("Cepat Berkembang"), sub, TargetRenja("Kategori", q("cepat  berkembang"))),
        agreement(q("Cepat Berkembang"), sub, TargetRenja("Kategori", q("Berkembang"))),
    ]  # fmt: skip
    results = check_kesepakatan(cases)
    assert [r.kesesuaian for r in results] == [
        Kesesuaian.SESUAI,
        Kesesuaian.SESUAI,
        Kesesuaian.TANPA_TARGET,
        Kesesuaian.TANPA_BARIS,
        Kesesuaian.TARGET_KOSONG,
        Kesesuaian.SATUAN_BERBEDA,
        Kesesuaian.TARGET_KURANG,
        Kesesuaian.SESUAI,
        Kesesuaian.SESUAI,
        Kesesuaian.SATUAN_BERBEDA,
    ]
    assert results[1].indikator_renja == TargetRenja("Jumlah Orang", q("95", "Orang"))
    assert [r.problem.code if r.problem else None for r in results] == [
        None, None, KESEPAKATAN_TANPA_TARGET, KESEPAKATAN_TANPA_BARIS, KESEPAKATAN_TARGET_KOSONG,
        KESEPAKATAN_SATUAN_BERBEDA, KESEPAKATAN_TARGET_KURANG, None, None,
        KESEPAKATAN_SATUAN_BERBEDA,
    ]  # fmt: skip
    kurang = results[6].problem
    assert kurang is not None
    assert (kurang.found, kurang.expected, kurang.severity) == (
        "64 Orang",
        "90 Orang",
        Severity.ERROR,
    )
    assert kurang.location.kode == sub
    assert Kesesuaian.TARGET_KURANG.label == "Target Renja di bawah kesepakatan"
