"""Which kind of Renja table a table is, from its header words and column numbers alone.

A kind is recognised by what its header says (``bobot`` + ``ttb`` is an RFK; ``7/6`` and
``5+7+9`` in the column-number row are T-C.29; ``kelompok sasaran`` + ``pagu`` is the
17-column Renja table; …), never by the document, office or year it comes from. Rules go from
the most specific to the most general; the caption is consulted only where a header is
ambiguous by nature (a usulan list, a PPKS population table). Each kind also names the
logical columns a later step reads (``columns.ColumnSpec``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from renjana.importers.document import Table
from renjana.importers.markup import squeeze
from renjana.importers.tables.columns import (
    ColumnMap,
    ColumnSpec,
    JenisKolom,
    header_numbering,
    resolve,
)


class TableKind(StrEnum):
    TC29 = "tc29"
    REALISASI_ANGGARAN = "realisasi_anggaran"
    RFK = "rfk"
    TC30 = "tc30"
    TC31 = "tc31"
    TC32 = "tc32"
    TC33 = "tc33"
    RENJA_17 = "renja_17"
    RENCANA_PENDANAAN = "rencana_pendanaan"
    PRIORITAS = "prioritas"
    TUJUAN_SASARAN = "tujuan_sasaran"
    CAPAIAN_KINERJA = "capaian_kinerja"
    RENCANA_AKSI = "rencana_aksi"
    SPM_CAPAIAN = "spm_capaian"
    SPM_LAMA = "spm_lama"
    TARGET_FORUM = "target_forum"
    TARGET_KABUPATEN = "target_kabupaten"
    NOMENKLATUR = "nomenklatur"
    PPKS = "ppks"
    PSKS = "psks"
    SDM = "sdm"
    DAFTAR_ISI = "daftar_isi"
    TIDAK_DIKENAL = "tidak_dikenal"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: Mapping[TableKind, str] = MappingProxyType(
    {
        TableKind.TC29: "T-C.29 Evaluasi hasil Renja dan capaian Renstra (domain §2.A)",
        TableKind.REALISASI_ANGGARAN: "Realisasi anggaran (§2.B)",
        TableKind.RFK: "Laporan realisasi fisik dan keuangan (§2.C)",
        TableKind.TC30: "T-C.30 Pencapaian kinerja pelayanan (§2.D)",
        TableKind.TC31: "T-C.31 Review rancangan awal RKPD (§2.E)",
        TableKind.TC32: "T-C.32 Usulan program dan kegiatan (§2.F)",
        TableKind.TC33: "T-C.33 Rumusan rencana program dan kegiatan (§2.G)",
        TableKind.RENJA_17: "Program dan kegiatan perangkat daerah, 17 kolom (§2.H)",
        TableKind.RENCANA_PENDANAAN: "Rencana program/kegiatan dan pendanaan (§2.I)",
        TableKind.PRIORITAS: "Keterkaitan prioritas nasional/provinsi/daerah (§2.J)",
        TableKind.TUJUAN_SASARAN: "Tujuan, sasaran dan indikator (§2.K)",
        TableKind.CAPAIAN_KINERJA: "Capaian kinerja RKT/IKU (§2.L)",
        TableKind.RENCANA_AKSI: "Kegiatan dan rencana aksi per sasaran (§1.2)",
        TableKind.SPM_CAPAIAN: "Capaian SPM metode Permendagri 59/2021 (§2.M a)",
        TableKind.SPM_LAMA: "Tabel SPM lama (§2.M b)",
        TableKind.TARGET_FORUM: "Target nasional dan daerah, Forum OPD (§2.M c)",
        TableKind.TARGET_KABUPATEN: "Target rencana kerja di kabupaten (§2.M c)",
        TableKind.NOMENKLATUR: "Daftar program/kegiatan/sub kegiatan (§3.5)",
        TableKind.PPKS: "Populasi PPKS/PMKS (§2.N)",
        TableKind.PSKS: "Populasi PSKS (§2.N)",
        TableKind.SDM: "Sumber daya manusia / pegawai (§2.N)",
        TableKind.DAFTAR_ISI: "Daftar isi atau daftar tabel",
        TableKind.TIDAK_DIKENAL: "Tabel tidak dikenal",
    }
)

K, T, Q, R, P, N, A = (
    JenisKolom.KODE, JenisKolom.TEKS, JenisKolom.TARGET, JenisKolom.RUPIAH,
    JenisKolom.PERSEN, JenisKolom.NOMOR, JenisKolom.JUMLAH_ORANG,
)  # fmt: skip


def _c(name: str, jenis: JenisKolom, number: int | None, *patterns: str) -> ColumnSpec:
    return ColumnSpec(name, jenis, patterns, number)


_NO = _c("no", N, 1, "^no\\.?$", "^no")
SPECS: Mapping[TableKind, tuple[ColumnSpec, ...]] = MappingProxyType(
    {
        TableKind.TC29: (
            _c("kode", K, 1, "kode"),
            _c("nama", T, 2, "urusan", "program"),
            _c("indikator", T, 3, "indikator"),
            _c("target_renstra", Q, 4, "targetkinerjacapaian", "renstra"),
            _c("realisasi_sd_n3", Q, 5, "realisasitargetkinerja", "s/dtahun"),
            _c("target_n2", Q, 6, "targetrenja"),
            _c("realisasi_n2", Q, 7, "realisasirenja"),
            _c("tingkat_realisasi", P, 8, "tingkatrealisasi"),
            _c("target_n1", Q, 9, "targetprogramdankegiatan", "tahunberjalan"),
            _c("realisasi_sd_n1", Q, 10, "realisasicapaian"),
            _c("tingkat_capaian", P, 11, "tingkatcapaian"),
        ),
        TableKind.TC33: (
            _c("kode", K, 1, "kode"),
            _c("nama", T, 2, "urusan", "program"),
            _c("indikator", T, 3, "indikator"),
            _c("lokasi", T, 4, "lokasi"),
            _c("target", Q, 5, "target"),
            _c("pagu", R, 6, "pagu", "dana"),
            _c("sumber_dana", T, 7, "sumberdana"),
            _c("catatan", T, 8, "catatan"),
            _c("target_n1", Q, 9, "prakiraanmaju.*target", "target"),
            _c("pagu_n1", R, 10, "prakiraanmaju.*(pagu|dana)", "pagu"),
        ),
        TableKind.RENJA_17: (
            _NO,
            _c("kode", K, 2, "kode"),
            _c("nama", T, 3, "urusan", "program"),
            _c("indikator", T, 4, "indikator"),
            _c("target_akhir_renstra", Q, 5, "akhirperiode", "renstra"),
            _c("realisasi_n2", Q, 6, "realisasicapaian"),
            _c("prakiraan_n1", Q, 7, "prakiraancapaian"),
            _c("target", Q, 8, "target"),
            _c("pagu", R, 9, "pagu"),
            _c("lokasi", T, 10, "lokasi"),
            _c("sumber_dana", T, 11, "sumberdana"),
            _c("prioritas_nasional", T, 12, "nasional"),
            _c("prioritas_daerah", T, 13, "prioritasdaerah", "daerah"),
            _c("kelompok_sasaran", T, 14, "kelompoksasaran"),
            _c("target_n1", Q, 15, "prakiraanmaju.*target", "target"),
            _c("pagu_n1", R, 16, "prakiraanmaju.*pagu", "pagu"),
            _c("penanggung_jawab", T, 17, "penanggungjawab", "perangkatdaerah"),
        ),
        TableKind.RFK: (
            _NO,
            _c("sasaran", T, 2, "sasaran"),
            _c("nama", T, 3, "program", "kegiatan"),
            _c("indikator", T, 4, "indikator"),
            _c("pagu", R, 5, "pagu"),
            _c("bobot", P, 6, "bobot"),
            _c("fisik_persen", P, 7, "fisik%", "fisik"),
            _c("fisik_ttb", P, 8, "fisik.*ttb"),
            _c("realisasi", R, 9, "keuangan\\(rp\\)", "\\(rp\\)"),
            _c("keuangan_persen", P, 10, "keuangan%"),
            _c("keuangan_ttb", P, 11, "keuangan.*ttb"),
            _c("sisa", R, 12, "sisa"),
        ),
        TableKind.REALISASI_ANGGARAN: (
            _NO,
            _c("nama", T, None, "program", "kegiatan", "uraian"),
            _c("anggaran", R, None, "anggaran", "pagu"),
            _c("realisasi", R, None, "realisasi"),
            _c("persen", P, None, "%", "persen", "fisik"),
            _c("keterangan", T, None, "^ket", "ket$", "keterangan"),
        ),
        TableKind.TC31: (
            _c("kode", K, 1, "kode"),
            _c("nama", T, 2, "urusan"),
            _c("indikator", T, 3, "indikator"),
            _c("target", Q, 4, "indikator"),
            _c("pagu", R, 5, "pagu"),
            ColumnSpec("nama_kebutuhan", T, ("urusan",), 2, 2),
            ColumnSpec("target_kebutuhan", Q, ("indikator",), 4, 2),
            ColumnSpec("pagu_kebutuhan", R, ("pagu",), 5, 2),
            _c("keterangan", T, None, "keterangan"),
        ),
        TableKind.TC32: (
            _NO,
            _c("nama", T, None, "program"),
            _c("lokasi", T, None, "lokasi"),
            _c("indikator", T, None, "indikator"),
            _c("volume", Q, None, "volume", "besaran"),
            _c("pagu", R, None, "pagu"),
            _c("catatan", T, None, "catatan", "keterangan"),
        ),
        TableKind.PRIORITAS: (
            _NO,
            _c("kode_prioritas", T, 2, "kode"),
            _c("prioritas_nasional", T, 3, "prioritasnasional"),
            _c("prioritas_provinsi", T, 4, "prioritasprovinsi"),
            _c("bidang_urusan", T, 6, "bidang"),
            _c("program", T, 7, "^program"),
            _c("kegiatan", T, 8, "^kegiatan"),
            _c("sub_kegiatan", T, 9, "^subkegiatan"),
            _c("pagu", R, 10, "pagu"),
            _c("keterangan", T, 11, "^ket"),
        ),
        TableKind.RENCANA_PENDANAAN: (
            _c("tujuan", T, None, "^tujuan"),
            _c("sasaran", T, None, "^sasaran"),
            _c("kode", K, None, "^kode"),
            _c("nama", T, None, "namaprogram", "program"),
            _c("indikator", T, None, "indikator"),
            _c("target", Q, None, "target$"),
            _c("pagu", R, None, "rp$", "pagu"),
            _c("unit_kerja", T, None, "unitkerja", "penanggungjawab"),
        ),
        TableKind.NOMENKLATUR: (
            _c("kode", K, None, "kode"),
            _c("nama", T, None, "subkegiatan", "kegiatan", "nama", "uraian"),
        ),
        TableKind.PPKS: (
            _NO,
            _c("jenis", T, None, "jenis", "ppks", "pmks"),
            _c("populasi", A, None, "populasi"),
        ),
        TableKind.PSKS: (
            _NO,
            _c("jenis", T, None, "psks", "jenis"),
            _c("populasi", A, None, "populasi"),
        ),
        TableKind.TARGET_FORUM: (
            _NO,
            _c("indikator", T, None, "indikator"),
            _c("target_nasional", Q, None, "targetnasional"),
            _c("target_daerah", Q, None, "targetprovinsi", "targetdaerah", "targetkab"),
            _c("catatan", T, None, "catatan", "rekomendasi"),
        ),
        TableKind.TARGET_KABUPATEN: (
            _NO,
            _c("rencana_kerja", T, None, "rencanakerja"),
            _c("target", Q, None, "target"),
        ),
        TableKind.TC30: (_NO, _c("indikator", T, 2, "indikator")),
        TableKind.CAPAIAN_KINERJA: (
            _NO,
            _c("nama", T, 2, "program", "sasaran"),
        ),
        TableKind.TUJUAN_SASARAN: (
            _NO,
            _c("tujuan", T, None, "tujuan"),
            _c("sasaran", T, None, "sasaran"),
            _c("indikator", T, None, "indikator"),
        ),
        TableKind.SDM: (_NO, _c("uraian", T, None, "pendidikan", "gol", "ruang")),
    }
)


@dataclass(frozen=True, slots=True)
class Recognition:
    """The kind of a table, why, and where its logical columns are printed."""

    kind: TableKind
    reason: str
    columns: ColumnMap


@dataclass(frozen=True, slots=True)
class _Rule:
    """Words (without spaces) that must all appear, groups of which one must appear, and words
    that must not; ``in_title`` reads the caption instead of the header."""

    kind: TableKind
    reason: str
    all_of: tuple[str, ...] = ()
    any_of: tuple[tuple[str, ...], ...] = ()
    none_of: tuple[str, ...] = ()
    in_title: bool = False
    min_number: int = 0

    def matches(self, header: str, title: str, top: int) -> bool:
        text = title if self.in_title else header
        return (
            top >= self.min_number
            and all(w in text for w in self.all_of)
            and all(any(w in text for w in group) for group in self.any_of)
            and not any(w in text for w in self.none_of)
        )


_T = TableKind
_RULES: tuple[_Rule, ...] = (
    _Rule(_T.RFK, "bobot dan TTB/fisik", ("bobot",), (("ttb", "fisik"),)),
    _Rule(_T.RENJA_17, "kelompok sasaran dan pagu", ("kelompoksasaran", "pagu")),
    _Rule(_T.RENJA_17, "17 kolom bernomor dengan pagu", ("pagu", "lokasi"), min_number=17),
    _Rule(_T.TC29, "rumus 8=(7/6), 10=(5+7+9), 11=(10/4)", (), (("7/6", "5+7+9", "10/4"),)),
    _Rule(_T.TC29, "tingkat realisasi dan Renstra", ("tingkatrealisasi", "renstra")),
    _Rule(_T.TC31, "rancangan awal dan analisa kebutuhan", ("rancanganawal",),
          (("analisakebutuhan", "analisiskebutuhan"),)),
    _Rule(_T.TC33, "prakiraan maju, pagu, lokasi", ("prakiraanmaju", "pagu"),
          (("lokasi", "catatanpenting"),)),
    _Rule(_T.PRIORITAS, "prioritas nasional", (), (("prioritasnasional", "kode(pn"),)),
    _Rule(_T.TC30, "realisasi capaian dan proyeksi", ("realisasicapaian", "proyeksi")),
    _Rule(_T.TC30, "catatan analisis", ("catatananalisis",)),
    _Rule(_T.SPM_CAPAIAN, "harus dilayani / terlayani", (), (("harusdilayani", "terlayani"),)),
    _Rule(_T.SPM_LAMA, "batas waktu / nilai nasional", (), (("bataswaktu", "nilainasional"),)),
    _Rule(_T.SPM_LAMA, "target nasional dan realisasi", ("targetnasional", "realisasi")),
    _Rule(_T.TARGET_FORUM, "target nasional dan target daerah", ("targetnasional",),
          (("targetprovinsi", "targetdaerah", "targetkab"),)),
    _Rule(_T.RENCANA_PENDANAAN, "tujuan, sasaran, unit kerja", ("tujuan", "sasaran"),
          (("unitkerja", "penanggungjawab"),)),
    _Rule(_T.CAPAIAN_KINERJA, "target, realisasi, capaian", ("target", "realisasi", "capaian")),
    _Rule(_T.RENCANA_AKSI, "rencana aksi", ("rencanaaksi",)),
    _Rule(_T.REALISASI_ANGGARAN, "anggaran", (), (("anggaran", "belanja"),)),
    _Rule(_T.TC32, "judul usulan/aspirasi", (), (("usulan", "aspirasi"),), in_title=True),
    _Rule(_T.TC32, "lokasi dan volume", ("lokasi",), (("volume", "besaran"),)),
    _Rule(_T.TUJUAN_SASARAN, "tujuan/sasaran dan indikator", (),
          (("tujuan", "sasaran"), ("indikator", "strategi"))),
    _Rule(_T.TARGET_KABUPATEN, "rencana kerja dan target", ("rencanakerja", "target")),
    _Rule(_T.PSKS, "PSKS", ("psks",)),
    _Rule(_T.PSKS, "judul PSKS", ("psks",), in_title=True),
    _Rule(_T.PPKS, "PPKS/PMKS", (), (("ppks", "pmks"),)),
    _Rule(_T.PPKS, "judul PPKS/PMKS", (), (("ppks", "pmks"),), in_title=True),
    _Rule(_T.SDM, "pendidikan/golongan pegawai", (),
          (("pendidikan", "golongan", "gol/", "eselon"),)),
    _Rule(_T.NOMENKLATUR, "kode dan nama kegiatan saja", ("kode", "kegiatan"),
          none_of=("indikator", "pagu", "target")),
)  # fmt: skip


def _header_text(table: Table) -> str:
    return "".join(squeeze(cell) for row in table.header_rows for cell in row.cells)


def _is_contents(table: Table) -> bool:
    """A table of contents: most rows end in a page number after a dotted leader."""
    rows = table.body_rows or table.header_rows
    dotted = sum(1 for r in rows if any("....." in c for c in r.cells))
    return bool(rows) and dotted >= 0.5 * len(rows)


def recognize(table: Table) -> Recognition:
    """The kind of ``table`` and its column map (empty for unknown kinds)."""
    if _is_contents(table):
        return Recognition(TableKind.DAFTAR_ISI, "titik-titik ke nomor halaman", ColumnMap(()))
    header = _header_text(table)
    title = squeeze(table.title)
    numbered = header_numbering(table) or {}
    top = max(numbered, default=0)
    for rule in _RULES:
        if header and rule.matches(header, title, top):
            return Recognition(rule.kind, rule.reason, resolve(table, SPECS.get(rule.kind, ())))
    return Recognition(TableKind.TIDAK_DIKENAL, "judul kolom tidak dikenali", ColumnMap(()))
