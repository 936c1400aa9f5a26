"""The columns of a Renja import: the template's titles, the other titles SIPD exports and
people use, and what each holds (documented in the template's Petunjuk sheet).

Several indicators of one row are written either as repeated rows (the same code again, or
an empty code and name, with the next indicator and its targets) or as numbered columns
``Indikator 2``, ``Satuan 2``, ``Target 2``, ``Target N+1 2`` beside the first ones. A year in
a title says which year it means: for the Renja of 2025, ``Target 2025`` is the target and
``Target 2026`` the forward (n+1) target.
"""

from __future__ import annotations

from dataclasses import replace

from renjana.importers.tabular.columns import Isi, Kolom

#: Titles that mean the forward year (n+1) of a Renja.
_N1 = r"n\+1|prakiraan|maju"
#: A title ending in a small number (``Indikator 2``) is a numbered column, not the first one.
_NUMBERED = r"(?<![\d+])\d{1,2}\)?$"

KODE = Kolom(
    "kode", "Kode", Isi.KODE,
    "Kode program, kegiatan atau sub kegiatan menurut nomenklatur (Kepmendagri 050-5889/2021). "
    "Bentuk cetak apa pun dibaca: 1.06.04.2.01.0001, 1.06.04.2.01.01, '1,06', atau dipecah "
    "ke kolom Urusan | Bidang | Program | Kegiatan | Sub Kegiatan. Baris urusan dan bidang "
    "dilewati. Format sel sebagai Teks agar nol di belakang tidak hilang.",
    "1.06.04.2.01.0001", wajib=True, lebar=20,
    sinonim=("Kode Rekening", "Kode Sub Kegiatan", "Kode Program/Kegiatan/Sub Kegiatan",
             "Kode Nomenklatur", "No. Rekening", "Kode Rek", "Kode Program", "Kode Kegiatan"),
    pola=(r"^kode",),
    kecuali=(r"sumber|dana|unit|organisasi|skpd|opd|wilayah|lokasi|prioritas|indikator|satuan",),
)  # fmt: skip
NAMA = Kolom(
    "nama", "Program/Kegiatan/Sub Kegiatan", Isi.TEKS,
    "Nama program, kegiatan atau sub kegiatan. Boleh kosong bila kodenya ada di nomenklatur "
    "(nama resmi dipakai). Baris tanpa kode berjudul Jumlah/Total dilewati.",
    "Penyediaan Permakanan", wajib=True, lebar=45,
    sinonim=("Nama", "Uraian", "Nomenklatur", "Nama Program/Kegiatan/Sub Kegiatan",
             "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Nama Sub Kegiatan",
             "Program dan Kegiatan", "Program/Kegiatan", "Nama Kegiatan",
             "Uraian Program/Kegiatan/Sub Kegiatan"),
    pola=(r"^(nama|uraian)", r"program.*kegiatan", r"urusan.*program"),
    kecuali=(r"kode|indikator|pagu|target|sasaran|prioritas|tujuan|lokasi|satuan|^no$",),
)  # fmt: skip
INDIKATOR_KE = Kolom(
    "indikator_ke", "Indikator 2", Isi.TEKS,
    "Indikator berikutnya pada baris yang sama (Indikator 2, Indikator 3, …), bersama "
    "Satuan 2, Target 2 dan Target N+1 2.",
    berulang=True, pola=(r"^indikator(?:kinerja)?(?:ke)?\(?(?P<n>\d{1,2})\)?$",), lebar=30,
)  # fmt: skip
SATUAN_KE = Kolom(
    "satuan_ke", "Satuan 2", Isi.TEKS, "Satuan indikator bernomor yang sama.",
    berulang=True, pola=(r"^satuan(?:ke)?\(?(?P<n>\d{1,2})\)?$",),
)  # fmt: skip
TARGET_N1_KE = Kolom(
    "target_n1_ke", "Target N+1 2", Isi.TARGET, "Target tahun n+1 indikator bernomor yang sama.",
    berulang=True,
    pola=(r"^target(?:tahun)?(?:n\+1|prakiraanmaju)(?:ke)?\(?(?P<n>\d{1,2})\)?$",),
)  # fmt: skip
TARGET_KE = Kolom(
    "target_ke", "Target 2", Isi.TARGET, "Target tahun n indikator bernomor yang sama.",
    berulang=True, pola=(r"^target(?:kinerja)?(?:ke)?\(?(?P<n>\d{1,2})\)?$",),
)  # fmt: skip
INDIKATOR = Kolom(
    "indikator", "Indikator", Isi.TEKS,
    "Indikator kinerja (outcome program, keluaran kegiatan/sub kegiatan). Indikator kedua dan "
    "seterusnya: baris berikutnya dengan kode yang sama (atau kode dan nama kosong), atau "
    "kolom bernomor Indikator 2, Satuan 2, Target 2, Target N+1 2. Satu sel berisi beberapa "
    "indikator berbutir (•, -, 1.) dipecah bila sel target memuat target sebanyak itu.",
    "Jumlah penyandang disabilitas terlantar yang mendapatkan permakanan", lebar=40,
    sinonim=("Indikator Kinerja", "Indikator Program/Kegiatan/Sub Kegiatan", "Tolok Ukur",
             "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Tolok Ukur Kinerja",
             "Indikator Keluaran", "Indikator Kinerja Keluaran"),
    pola=(r"indikator", r"tolokukur"),
    kecuali=(r"^no|nomor|urutan|kode|target|satuan", _NUMBERED),
)  # fmt: skip
SATUAN = Kolom(
    "satuan", "Satuan", Isi.TEKS,
    "Satuan target (Orang, Dokumen, Paket, %, …). Boleh juga ditulis di sel target "
    "(mis. '312 Orang/Bulan'). Target dalam satuan orang/keluarga harus bilangan bulat.",
    "Orang", sinonim=("Satuan Target", "Satuan Indikator"),
    pola=(r"^satuan",), kecuali=(r"kerja|organisasi", _NUMBERED),
)  # fmt: skip
TARGET_N1 = Kolom(
    "target_n1", "Target N+1", Isi.TARGET,
    "Target tahun n+1 (prakiraan maju), angka dengan atau tanpa satuan, atau teks.",
    "75", sinonim=("Target Tahun N+1", "Prakiraan Maju Target", "Target Prakiraan Maju"),
    pola=(rf"target.*({_N1})", rf"({_N1}).*target"),
    kecuali=(r"realisasi|akhirperiode|renstra|prakiraancapaian", _NUMBERED),
)  # fmt: skip
TARGET = Kolom(
    "target", "Target", Isi.TARGET,
    "Target tahun n: angka (mis. 70 atau 95,5), angka dengan satuan ('64 Paket'), atau teks "
    "kualitatif ('Cepat Berkembang'). '-' atau kosong berarti belum diisi.",
    "70", sinonim=("Target Kinerja", "Target Capaian Kinerja", "Target Tahun N", "Target N",
                   "Target Capaian"),
    pola=(r"target",),
    kecuali=(rf"{_N1}|realisasi|akhirperiode|renstra", _NUMBERED),
)  # fmt: skip
PAGU_N1 = Kolom(
    "pagu_n1", "Pagu Indikatif N+1", Isi.UANG,
    "Pagu indikatif tahun n+1 (Rp), hanya pada baris sub kegiatan.",
    "75000000", sinonim=("Pagu N+1", "Pagu Tahun N+1", "Prakiraan Maju Pagu",
                         "Pagu Prakiraan Maju", "Kebutuhan Dana N+1"),
    pola=(rf"(pagu|anggaran|dana).*({_N1})", rf"({_N1}).*(pagu|anggaran|dana)"),
    kecuali=(r"realisasi|sumber",), lebar=18,
)  # fmt: skip
PAGU = Kolom(
    "pagu", "Pagu Indikatif", Isi.UANG,
    "Pagu indikatif tahun n (Rp) pada baris sub kegiatan: angka Excel, atau teks "
    "'1.250.000.000' / '1.250.000.000,50'. Pagu program dan kegiatan selalu dihitung dari sub "
    "kegiatan: pagu yang tertulis di baris induk diabaikan (dengan peringatan).",
    "70000000", sinonim=("Pagu", "Anggaran", "Nilai", "Pagu Indikatif Tahun N", "Kebutuhan Dana",
                         "Kebutuhan Dana/Pagu Indikatif", "Jumlah Anggaran", "Nilai Anggaran",
                         "Pagu Anggaran", "Alokasi", "Alokasi Anggaran", "Rencana Anggaran"),
    pola=(r"pagu|anggaran|kebutuhandana|alokasi|^nilai$",),
    kecuali=(rf"{_N1}|sumber|realisasi|perubahan|dppa?", ), lebar=18,
)  # fmt: skip
LOKASI = Kolom(
    "lokasi", "Lokasi", Isi.TEKS,
    "Lokasi, beberapa dipisah ';' atau baris baru (mis. 'Kec. Tarakan Barat; Kel. Juata').",
    "Semua Kecamatan", sinonim=("Lokasi Kegiatan",), pola=(r"^lokasi|lokasi$",),
    kecuali=(r"kode",), lebar=24,
)  # fmt: skip
SUMBER_DANA = Kolom(
    "sumber_dana", "Sumber Dana", Isi.TEKS,
    "Sumber dana: nama atau kode SIPD (mis. 'DAU' atau '1.2.01.01.02'); beberapa dipisah ';', "
    "jumlahnya boleh ditulis setelah '=' (mis. 'DAU = 50.000.000; PAD = 20.000.000').",
    "DAU", sinonim=("Sumber Pendanaan", "Sumber Anggaran"), pola=(r"sumberdana",), lebar=22,
)  # fmt: skip
PRIORITAS_NASIONAL = Kolom(
    "prioritas_nasional", "Prioritas Nasional", Isi.TEKS,
    "Prioritas nasional yang didukung; beberapa dipisah ';'.", "PN 3",
    pola=(r"prioritasnasional",),
)  # fmt: skip
PRIORITAS_DAERAH = Kolom(
    "prioritas_daerah", "Prioritas Daerah", Isi.TEKS,
    "Prioritas daerah yang didukung; beberapa dipisah ';'.", "Penanganan Kemiskinan",
    pola=(r"prioritasdaerah",),
)  # fmt: skip
KELOMPOK_SASARAN = Kolom(
    "kelompok_sasaran", "Kelompok Sasaran", Isi.TEKS, "Kelompok sasaran penerima manfaat.",
    "Penyandang disabilitas terlantar", pola=(r"kelompoksasaran",), lebar=24,
)  # fmt: skip
WAKTU = Kolom(
    "waktu_pelaksanaan", "Waktu Pelaksanaan", Isi.TEKS,
    "Waktu pelaksanaan (mis. Januari–Desember).",
    "Januari-Desember", pola=(r"waktupelaksanaan",),
)  # fmt: skip
CATATAN = Kolom(
    "catatan", "Catatan", Isi.TEKS, "Catatan penting.", "",
    sinonim=("Keterangan", "Catatan Penting", "Ket"), pola=(r"^catatan", r"^keterangan"),
)  # fmt: skip
UNIT_KERJA = Kolom(
    "unit_kerja", "Unit Kerja", Isi.TEKS,
    "Nama unit kerja (bidang) pelaksana, persis seperti terdaftar di Renjana.",
    "Bidang Rehabilitasi Sosial",
    sinonim=("Sub Unit", "Unit Pelaksana", "Bidang Pelaksana"), pola=(r"unitkerja",), lebar=24,
)  # fmt: skip
POLARITAS = Kolom(
    "polaritas", "Polaritas", Isi.PILIHAN,
    "Arah indikator: 'naik' (makin tinggi makin baik, bawaan) atau 'turun'.", "naik",
    pilihan=("naik", "turun"), pola=(r"^polaritas",),
)  # fmt: skip
AGREGASI = Kolom(
    "agregasi", "Agregasi", Isi.PILIHAN,
    "Cara triwulan membentuk nilai tahunan: 'kumulatif' (bawaan), 'nilai akhir' atau "
    "'rata-rata'.", "kumulatif", pilihan=("kumulatif", "nilai akhir", "rata-rata"),
    pola=(r"^agregasi",),
)  # fmt: skip

POLARITAS_PILIHAN = {
    "naik": "naik", "positif": "naik", "makintinggimakinbaik": "naik",
    "turun": "turun", "negatif": "turun", "makinrendahmakinbaik": "turun",
}  # fmt: skip
AGREGASI_PILIHAN = {
    "kumulatif": "kumulatif", "dijumlah": "kumulatif", "jumlah": "kumulatif",
    "nilaiakhir": "nilai_akhir", "nilaiterakhir": "nilai_akhir", "akhir": "nilai_akhir",
    "ratarata": "rata_rata", "rerata": "rata_rata",
}  # fmt: skip


def renja_kolom(tahun: int | None = None) -> tuple[Kolom, ...]:
    """The Renja columns in matching order (numbered and n+1 columns before the general
    ones); with ``tahun``, ``Target <tahun+1>`` and ``Pagu <tahun+1>`` are the n+1 columns."""
    target_n1, target, pagu_n1, pagu = TARGET_N1, TARGET, PAGU_N1, PAGU
    if tahun is not None:
        year = rf"{tahun + 1}"
        target_n1 = _with(TARGET_N1, pola=(*TARGET_N1.pola, rf"target.*{year}"))
        target = _with(TARGET, kecuali=(*TARGET.kecuali, year))
        pagu_n1 = _with(PAGU_N1, pola=(*PAGU_N1.pola, rf"(pagu|anggaran|dana).*{year}"))
        pagu = _with(PAGU, kecuali=(*PAGU.kecuali, year))
    return (
        KODE, NAMA, INDIKATOR_KE, SATUAN_KE, TARGET_N1_KE, TARGET_KE, target_n1, target,
        INDIKATOR, SATUAN, pagu_n1, pagu, LOKASI, SUMBER_DANA, PRIORITAS_NASIONAL,
        PRIORITAS_DAERAH, KELOMPOK_SASARAN, WAKTU, CATATAN, UNIT_KERJA, POLARITAS, AGREGASI,
    )  # fmt: skip


def _with(kolom: Kolom, **changes: tuple[str, ...]) -> Kolom:
    return replace(kolom, **changes)  # type: ignore[arg-type]


#: Template order of the Renja columns (the numbered ones are documented, not printed).
TEMPLATE_ORDER = (
    KODE, NAMA, INDIKATOR, SATUAN, TARGET, PAGU, LOKASI, SUMBER_DANA, TARGET_N1, PAGU_N1,
    PRIORITAS_NASIONAL, PRIORITAS_DAERAH, KELOMPOK_SASARAN, WAKTU, UNIT_KERJA, POLARITAS,
    AGREGASI, CATATAN, INDIKATOR_KE, SATUAN_KE, TARGET_KE, TARGET_N1_KE,
)  # fmt: skip
