"""Small core inputs for the table builders of ``renjana.documents.tabel``, computed by the core
once, shared by the builder tests and the workbook recalculation test."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.anggaran import BarisAnggaran, compute_realisasi_anggaran
from renjana.core.capaian import Agregasi, Polaritas
from renjana.core.evaluasi import BarisTC29, evaluate_tc29
from renjana.core.iku import IndikatorIku, compute_capaian_iku
from renjana.core.kinerja_pelayanan import IndikatorPelayanan, compute_kinerja_pelayanan
from renjana.core.numbers import D
from renjana.core.partisipasi import (
    Akomodasi,
    Keputusan,
    Sumber,
    TingkatMusrenbang,
    UsulanValue,
    by_kecamatan,
)
from renjana.core.populasi import DataPopulasi, rekap_populasi
from renjana.core.prioritas import (
    BarisPrioritas,
    JenisPrioritas,
    KesepakatanValue,
    PrioritasValue,
    TargetRenja,
    check_kesepakatan,
    keterkaitan_prioritas,
)
from renjana.core.quantity import Quantity
from renjana.core.referensi import Band, DasarHukum, Scale
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.core.review_rkpd import IndikatorTarget, ReviewInput, review_rkpd
from renjana.core.rfk import BarisRfkInput, compute_rfk
from renjana.core.sdm import Jenjang, StatusPegawai, tabel_golongan, tabel_pendidikan
from renjana.core.spm import HitunganJenisLayanan, HitunganMutu, compute_indeks_spm
from renjana.core.tree import TreeRow, build_tree
from renjana.documents.model import Table
from renjana.documents.tabel import (
    alokasi,
    anggaran,
    iku,
    populasi,
    prioritas,
    profil,
    renja17,
    rfk,
    spm,
    tc29,
    tc30,
    tc33,
    tujuan,
    usulan,
)
from renjana.documents.tabel import review as review_tabel
from renjana.documents.tabel.tc29 import BarisTC29Tabel


def q(value: str | None, satuan: str = "", teks: str = "") -> Quantity:
    return Quantity(None if value is None else D(value), satuan, teks)


SKALA = Scale(
    "kinerja_renja", "Skala kinerja", (DasarHukum("Permendagri 86/2017"),), 2017,
    (Band("Sangat Tinggi", D(91), None), Band("Tinggi", D(76), D(91), max_inclusive=False),
     Band("Rendah", None, D(76), max_inclusive=False)),
)  # fmt: skip

# --- T-C.29: a program with two indicators, a structure row, a turun indicator --------------

TC29 = evaluate_tc29((
    BarisTC29("1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS tertangani",
              q("100", "%"), q("60", "%"), q("80", "%"), q("74.25", "%"), q("90", "%"),
              is_cumulative=False),
    BarisTC29("1.06.04", "PROGRAM REHABILITASI SOSIAL", "Jumlah panti terakreditasi",
              q("4", "Unit"), q("1", "Unit"), q("1", "Unit"), q("1", "Unit"), q("1", "Unit")),
    BarisTC29("1.06.04.1.01.0001", "Penyediaan Permakanan", "Jumlah anak diberi permakanan",
              q("1200", "Orang"), q("310", "Orang"), q("300", "Orang"), q("290", "Orang"),
              q("300", "Orang")),
    BarisTC29("1.06.04.1.01.0002", "Penyediaan Sandang", "Jumlah paket sandang",
              q("500", "Paket"), q(None), q("0", "Paket"), q("0", "Paket"), q("150", "Paket")),
    BarisTC29("1.06.04.1.01.0003", "Penanganan Aduan", "Rata-rata hari penanganan aduan",
              q("3", "Hari"), q(None), q("5", "Hari"), q("4", "Hari"), q("4", "Hari"),
              is_cumulative=False, polaritas=Polaritas.TURUN),
))  # fmt: skip
TC29_BARIS = (
    BarisTC29Tabel("1.06.04", "PROGRAM REHABILITASI SOSIAL", "program", TC29.hasil[:2]),
    BarisTC29Tabel("1.06.04.1.01", "Rehabilitasi Sosial Dasar Anak Terlantar", "kegiatan"),
    BarisTC29Tabel("1.06.04.1.01.0001", "Penyediaan Permakanan", "subkegiatan", TC29.hasil[2:3]),
    BarisTC29Tabel("1.06.04.1.01.0002", "Penyediaan Sandang", "subkegiatan", TC29.hasil[3:4]),
    BarisTC29Tabel("1.06.04.1.01.0003", "Penanganan Aduan", "subkegiatan", TC29.hasil[4:5]),
)

# --- budget realisation and RFK -------------------------------------------------------------

ANGGARAN_INPUT = (
    BarisAnggaran("1.06.01", None, "program", "PROGRAM PENUNJANG"),
    BarisAnggaran("1.06.01.1.01", "1.06.01", "kegiatan", "Perencanaan", D("125000000"),
                  D("118750000")),
    BarisAnggaran("1.06.01.1.02", "1.06.01", "kegiatan", "Keuangan", D("48500000.50"),
                  D("48500000.50")),
    BarisAnggaran("1.06.04", None, "program", "PROGRAM REHABILITASI SOSIAL"),
    BarisAnggaran("1.06.04.1.01", "1.06.04", "kegiatan", "Anak Terlantar", D("0"), None),
)  # fmt: skip
ANGGARAN = compute_realisasi_anggaran(ANGGARAN_INPUT)
ANGGARAN_INDUK = {r.kode: r.induk for r in ANGGARAN_INPUT}

RFK_INPUT = (
    BarisRfkInput("1.06.01", None, "program", "PROGRAM PENUNJANG", "Nilai SAKIP",
                  "Meningkatnya akuntabilitas"),
    BarisRfkInput("1.06.01.1.01", "1.06.01", "kegiatan", "Perencanaan", "Dokumen",
                  pagu=D("173500000"), realisasi=D("167250000"), fisik_persen=D("100")),
    BarisRfkInput("1.06.01.1.02", "1.06.01", "kegiatan", "Keuangan", "Gaji",
                  pagu=D("6736773965"), realisasi=D("6501234567"), fisik_persen=None),
    BarisRfkInput("1.06.04", None, "program", "PROGRAM REHABILITASI SOSIAL"),
    BarisRfkInput("1.06.04.1.01", "1.06.04", "kegiatan", "Anak Terlantar", "Anak",
                  pagu=D("350000000"), realisasi=D("300000000"), fisik_persen=D("85.25")),
)  # fmt: skip
RFK = compute_rfk(RFK_INPUT)
RFK_INDUK = {r.kode: r.induk for r in RFK_INPUT}

# --- T-C.30 ----------------------------------------------------------------------------------

TC30 = compute_kinerja_pelayanan((
    IndikatorPelayanan(1, "Persentase PPKS yang memperoleh bantuan sosial",
                       {2022: q("80", "%"), 2023: q("85", "%"), 2024: q("90", "%"),
                        2025: q("95", "%")},
                       {2022: q("76", "%")}, acuan=q("100", "%")),
    IndikatorPelayanan(2, "Nilai SAKIP", {2022: q("60", "Poin"), 2023: q("62", "Poin")}),
), 2024, SKALA)  # fmt: skip

# --- SPM and population ----------------------------------------------------------------------

SPM = compute_indeks_spm((
    HitunganJenisLayanan(1, "Rehabilitasi sosial dasar penyandang disabilitas terlantar",
                         D(40), D(30), (HitunganMutu("Permakanan", "Orang", D(40), D(30)),
                                        HitunganMutu("Alat bantu", "Unit", D(10), D(10)))),
    HitunganJenisLayanan(2, "Rehabilitasi sosial dasar anak terlantar", D(20), D(20),
                         (HitunganMutu("Sandang", "Paket", D(20), D(20)),)),
))  # fmt: skip
SPM_JENIS = (
    spm.JenisSpm(1, SPM.jenis[0].hitungan.nama, SPM.jenis[0]),
    spm.JenisSpm(2, SPM.jenis[1].hitungan.nama, SPM.jenis[1]),
    spm.JenisSpm(3, "Rehabilitasi sosial dasar lanjut usia terlantar", None,
                 ("jumlah terlayani belum diisi",)),
)  # fmt: skip
POPULASI_TAHUN = (2021, 2022)
POPULASI = rekap_populasi((
    DataPopulasi("Anak Terlantar", 2021, D(120)), DataPopulasi("Anak Terlantar", 2022, D(130)),
    DataPopulasi("Fakir Miskin", 2022, None, "KK"),
), POPULASI_TAHUN)  # fmt: skip

# --- participation ---------------------------------------------------------------------------

REVIEW = review_rkpd(
    (ReviewInput("1.06.04", "PROGRAM REHABILITASI SOSIAL"),
     ReviewInput("1.06.04.2.01", "Rehabilitasi Anak", (IndikatorTarget("Anak", q("20", "Orang")),)),
     ReviewInput("1.06.04.2.01.0001", "Permakanan", (), D("50000000")),
     ReviewInput("1.06.04.2.01.0002", "Sandang", (), D("25000000"))),
    (ReviewInput("1.06.04", "PROGRAM REHABILITASI SOSIAL"),
     ReviewInput("1.06.04.2.01", "Rehabilitasi Anak", (IndikatorTarget("Anak", q("25", "Orang")),)),
     ReviewInput("1.06.04.2.01.0001", "Permakanan", (), D("60000000")),
     ReviewInput("1.06.04.2.01.0003", "Asrama", (), D("10000000"))),
    {"1": "URUSAN WAJIB PELAYANAN DASAR", "1.06": "URUSAN SOSIAL"},
    {"1.06.04.2.01.0002": "Digabung ke Permakanan"},
)  # fmt: skip
USULAN = by_kecamatan("Usulan", (
    UsulanValue("1", Sumber.MUSRENBANG, "Bantuan kursi roda",
                TingkatMusrenbang.KECAMATAN, D("15000000"), Keputusan.DIAKOMODIR,
                (Akomodasi("1.06.04.2.01.0001", D("15000000")),), kecamatan="Tarakan Barat",
                lokasi="RT. 43 Kelurahan Karang Anyar", volume="5 Unit", pengusul="Warga"),
    UsulanValue("2", Sumber.POKIR, "Pelatihan keterampilan", None, None,
                Keputusan.TIDAK_DIAKOMODIR, alasan="Bukan kewenangan", anggota_dprd="H. Ali",
                kecamatan="Tarakan Barat"),
    UsulanValue("3", Sumber.FORUM_PD, "Rehab panti", None, D("200000000"),
                Keputusan.DIAKOMODIR_SEBAGIAN, (Akomodasi("1.06.04.2.01.0003", D("10000000")),)),
))  # fmt: skip
KESEPAKATAN = check_kesepakatan((
    KesepakatanValue(1, "Persentase PMKS tertangani", q("100", "%"), q("80", "%"),
                     "Dipertahankan", "1.06.04", (TargetRenja("PMKS tertangani", q("85", "%")),)),
    KesepakatanValue(2, "Jumlah kabupaten", q(None), q("6", "Kabupaten")),
))  # fmt: skip
PN = PrioritasValue("1", JenisPrioritas.NASIONAL, "Meningkatkan SDM", "PN 3")
PD = PrioritasValue("2", JenisPrioritas.DAERAH, "Penanganan Kemiskinan", "1.")
KETERKAITAN = keterkaitan_prioritas(
    (PN, PD),
    (BarisPrioritas("1.06.04", "PROGRAM REHABILITASI SOSIAL", None, ("1",)),
     BarisPrioritas("1.06.04.2.01.0001", "Permakanan", D("50000000"), ("2",))),
    {"1.06": "URUSAN SOSIAL", "1.06.04.2.01": "Rehabilitasi Anak"},
)  # fmt: skip

# --- the Renja tree: T-C.33 and the 17-column table ------------------------------------------

TREE = build_tree((
    TreeRow("1", None, "urusan", "URUSAN WAJIB PELAYANAN DASAR"),
    TreeRow("1.06", "1", "bidang", "URUSAN PEMERINTAHAN BIDANG SOSIAL"),
    TreeRow("1.06.04", "1.06", "program", "PROGRAM REHABILITASI SOSIAL"),
    TreeRow("1.06.04.2.01", "1.06.04", "kegiatan", "Rehabilitasi Anak"),
    TreeRow("1.06.04.2.01.0001", "1.06.04.2.01", "subkegiatan", "Permakanan",
            {"pagu": D("50000000"), "pagu_n1": D("55000000")}),
    TreeRow("1.06.04.2.01.0002", "1.06.04.2.01", "subkegiatan", "Sandang",
            {"pagu": D("25000000.50"), "pagu_n1": None}),
), ("pagu", "pagu_n1"))  # fmt: skip


def _target(value: str, satuan: str) -> TargetValue:
    return TargetValue(D(value), satuan=satuan)


ROWS = {
    "1.06.04": RenjaRowInput("1.06.04", "PROGRAM REHABILITASI SOSIAL", (
        IndikatorInput("Persentase PMKS tertangani", "%", _target("90", "%"), _target("95", "%")),
        IndikatorInput("Indeks kepuasan", "", TargetValue(teks="Baik")),
    )),
    "1.06.04.2.01.0001": RenjaRowInput(
        "1.06.04.2.01.0001", "Permakanan",
        (IndikatorInput("Jumlah anak", "Orang", _target("120", "Orang"), _target("130", "Orang")),),
        lokasi=("Kota Tarakan",), sumber_dana=(SumberDanaInput("1.2.01", "DAU", None),),
        prioritas_nasional=("PN 3",), prioritas_daerah=("PD 1",), kelompok_sasaran="Anak",
        catatan="Prioritas", unit_kerja="Bidang Rehabilitasi Sosial",
    ),
}  # fmt: skip
LALU = {
    "1.06.04": (renja17.CapaianLalu(q("100", "%"), q("74.25", "%"), q("90", "%")),),
    "1.06.04.2.01.0001": (renja17.CapaianLalu(q("1200", "Orang"), q("290", "Orang")),),
}
TUJUAN = (
    tujuan.Tujuan("Meningkatnya kesejahteraan sosial",
                  (tujuan.IndikatorTujuan("Indeks kesejahteraan", q("60", "Poin"),
                                          q("66", "Poin")),),
                  (tujuan.SasaranTujuan("PPKS terlayani", (
                       tujuan.IndikatorTujuan("Persentase PPKS terlayani", q("70", "%"),
                                              q("80", "%")),
                       tujuan.IndikatorTujuan("Jumlah PSKS aktif", q("10", "Lembaga"),
                                              q("12", "Lembaga")))),
                   tujuan.SasaranTujuan("Korban bencana tertangani"))),
)  # fmt: skip

# --- RKT -------------------------------------------------------------------------------------

IKU = compute_capaian_iku((
    IndikatorIku("Meningkatnya kualitas hidup PPKS", "Persentase PPKS dibantu", q("70", "%"),
                 q("88.04", "%")),
    IndikatorIku("Meningkatnya kualitas hidup PPKS", "Jumlah KPM", q("1000", "KPM"),
                 q("950", "KPM")),
    IndikatorIku("Tata kelola", "Nilai SAKIP", q("62", "Poin"), q(None)),
    IndikatorIku("Tata kelola", "Waktu layanan", q("5", "Hari"), q("4", "Hari"),
                 Polaritas.TURUN),
), SKALA)  # fmt: skip
INDIKATOR = (
    iku.IndikatorKinerja("Meningkatnya kualitas hidup PPKS", "Persentase PPKS dibantu",
                         q("70", "%"), "(Jumlah PPKS dibantu / Jumlah PPKS) × 100%",
                         (q("20", "%"), q("40", "%"), q("60", "%"), q("70", "%"))),
    iku.IndikatorKinerja("Meningkatnya kualitas hidup PPKS", "Jumlah KPM", q("1000", "KPM")),
    iku.IndikatorKinerja("Tata kelola", "Nilai SAKIP", q("62", "Poin")),
)  # fmt: skip
AGREGASI = Agregasi.NILAI_AKHIR
PENDIDIKAN = tabel_pendidikan(StatusPegawai.ASN, {Jenjang.S2: (3, 2), Jenjang.S1: (20, 25)})
GOLONGAN = tabel_golongan({"IV/c": (1, 0), "III/d": (4, 5), "III/a": (2, 3), "II/a": (1, 1)})
PROGRAM = (
    alokasi.AnggaranProgram("PROGRAM PENUNJANG", D("6000000000"), "DAU"),
    alokasi.AnggaranProgram("PROGRAM REHABILITASI SOSIAL", D("736773965"), "APBD"),
)
PROGRAM_TOTAL = D("6736773965")


def every_table() -> list[Table]:
    """One of each builder's tables, numbered 1 … n."""
    numbers = iter(range(1, 100))

    def n() -> str:
        return str(next(numbers))

    return [
        tc29.tabel_tc29(TC29_BARIS, number=n(), tahun=2022, tahun_renstra_akhir=2026),
        anggaran.tabel_realisasi_anggaran(ANGGARAN, ANGGARAN_INDUK, number=n(), tahun=2022),
        rfk.tabel_rfk(RFK, RFK_INDUK, number=n(), tahun=2022),
        tc30.tabel_tc30(TC30, number=n()),
        spm.tabel_spm(SPM_JENIS, SPM.indeks, SPM.kategori, number=n(), tahun=2022),
        populasi.tabel_populasi("PPKS", POPULASI_TAHUN, POPULASI, number=n()),
        review_tabel.tabel_review(REVIEW, number=n(), tahun=2024),
        usulan.tabel_usulan(USULAN, {"1.06.04.2.01.0001": "Permakanan"}, number=n(),
                            tahun=2024),
        usulan.tabel_kesepakatan(KESEPAKATAN, number=n(), tahun=2024),
        prioritas.tabel_prioritas(KETERKAITAN, number=n(), tahun=2024),
        tujuan.tabel_tujuan(TUJUAN, number=n(), tahun=2024),
        tc33.tabel_tc33(TREE, ROWS, opd="Dinas Sosial", number=n(), tahun=2024),
        renja17.tabel_renja17(TREE, ROWS, LALU, opd="Dinas Sosial", number=n(), tahun=2024),
        iku.tabel_capaian_kinerja(TC29_BARIS, SKALA, number=n(), tahun=2022),
        iku.tabel_capaian_iku(IKU, number=n(), tahun=2023),
        iku.tabel_iku(INDIKATOR, number=n(), tahun=2023),
        iku.tabel_perjanjian(INDIKATOR, number=n(), tahun=2024),
        iku.tabel_rencana_aksi(INDIKATOR, number=n(), tahun=2024),
        profil.tabel_pendidikan(PENDIDIKAN, number=n(), tahun=2023),
        profil.tabel_golongan(GOLONGAN, number=n(), tahun=2023),
        alokasi.tabel_anggaran_program(PROGRAM, PROGRAM_TOTAL, number=n(), tahun=2024),
        alokasi.tabel_realisasi_program(
            [b for b in ANGGARAN.baris if b.level == "program"], ANGGARAN.total, number=n(),
            tahun=2022),
    ]  # fmt: skip


__all__ = ["Decimal", "every_table"]
