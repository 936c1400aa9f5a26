"""The register of document-audit rules: one stable code, one severity, one source per rule.

The audit reuses the planning rules of ``core.checks`` (``ATURAN``) wherever the same rule
applies to a printed table (a funded row without target is the same mistake in SIPD and on
paper), the reading codes of the core parsers (``KODE_TERPOTONG``, ``ANGKA_DIRAPIKAN`` …) and
adds the rules that only exist on documents: printed totals, printed percentages and
formulas, the same code in several tables, years and counts in the narrative, citations.

Severity follows the principle of ``docs/checks.md``: an error when the document is wrong
for year *n* and the finding is certain from the printed numbers, codes or text; a warning
when it rests on wording heuristics, conventions or reference data known to be incomplete.
``sistemik`` marks rules whose findings describe one habit of a whole column (a column of
raw quotients, a sumber dana left empty from some row on): several hits in one table are
reported once, with the other rows listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from renjana.core.checks import ATURAN
from renjana.core.problems import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 - short table aliases


@dataclass(frozen=True, slots=True)
class AturanAudit:
    """A rule: code, severity, the domain.md item it implements, a short Indonesian title,
    and whether several hits in one table column are one finding."""

    code: str
    severity: Severity
    rujukan: str
    judul: str
    sistemik: bool = False


_A = AturanAudit
_AUDIT: tuple[AturanAudit, ...] = (
    # printed totals and formulas (§7 rules 1-5)
    _A("JUMLAH_INDUK_SALAH", E, "§7.1", "Jumlah tercetak ≠ jumlah baris di bawahnya"),
    _A("PERSEN_SALAH", E, "§7.2", "Persentase tercetak ≠ hitungan ulang"),
    _A("RATA_RATA_SALAH", E, "§7.2, §2.L", "Rata-rata tercetak ≠ rata-rata baris"),
    _A("TC29_KOLOM8_SALAH", E, "§7.2, §2.A", "T-C.29 kolom 8 ≠ 7/6 × 100"),
    _A("TC29_KOLOM8_BUKAN_PERSEN", E, "§7.2, §2.A", "T-C.29 kolom 8 hasil bagi, bukan %", True),
    _A("TC29_KOLOM10_SALAH", E, "§7.3, §2.A", "T-C.29 kolom 10 ≠ 5 + 7 + 9"),
    _A("TC29_KOLOM11_SALAH", E, "§7.3, §2.A", "T-C.29 kolom 11 ≠ 10/4 × 100"),
    _A("TC29_KOLOM11_BUKAN_PERSEN", E, "§7.3, §2.A", "T-C.29 kolom 11 hasil bagi, bukan %", True),
    _A("TC29_SATUAN_DIJUMLAH", E, "§7.3, §2.A", "Kolom 10 menjumlah satuan berbeda/persen", True),
    _A("RFK_SISA_NEGATIF", E, "§7.4, §2.C", "Realisasi melebihi pagu (sisa negatif)"),
    _A("RFK_KOLOM_SALAH", E, "§7.4, §2.C", "Kolom RFK ≠ hitungan ulang"),
    _A("RFK_TTB_KEUANGAN_BEDA_RUMUS", W, "§2.C", "TTB keuangan memakai rumus lain"),
    _A("RFK_FISIK_KOSONG", W, "§2.C", "Realisasi fisik kosong"),
    _A("REALISASI_MELEBIHI_PAGU", E, "§7.4, §2.B", "Realisasi melebihi anggaran"),
    _A("KOLOM_FISIK_BERISI_KEUANGAN", W, "§2.B", "Kolom fisik berisi persen keuangan", True),
    _A("SDM_JUMLAH_SALAH", E, "§2.N", "Jumlah pegawai tidak cocok"),
    _A("SPM_HITUNGAN_SALAH", E, "§7.5, §2.M", "Hitungan tabel SPM tidak cocok"),
    _A("SPM_TERLAYANI_MELEBIHI_HARUS", E, "§7.5", "Terlayani melebihi yang harus dilayani"),
    _A("SPM_BUKAN_BILANGAN_BULAT", E, "§7.5", "Jumlah orang bukan bilangan bulat"),
    _A("NILAI_HURUF_TIDAK_SESUAI", W, "§4.6", "Nilai huruf tidak sesuai skor"),
    _A("KATEGORI_TIDAK_DIKENAL", W, "§2.L, §4.6", "Kategori capaian tidak dikenal", True),
    # codes and rows (§7 rule 6)
    _A("KODE_BIDANG_TIGA_DIGIT", E, "§7.6, §3.1", "Bidang urusan ditulis tiga digit"),
    _A("KODE_TERPOTONG", E, "§7.6, §3.1", "Kode terpotong", True),
    _A("KODE_TINGKAT_TIDAK_SAH", E, "§7.6, §3.1", "Digit tingkat bukan 1 atau 2"),
    _A("KODE_TANPA_KONTEKS", W, "§3.1", "Kode tanpa urusan/bidang", True),
    _A("KODE_GANDA_DALAM_TABEL", E, "§7.6", "Kode yang sama untuk baris berbeda"),
    _A("KODE_LAMA", I, "§3.2", "Dokumen memakai kode lama (sebelum Permendagri 90/2019)"),
    _A("KODE_DILENGKAPI", I, "§3.1", "Kode tercetak tidak lengkap, dilengkapi dari nama baris"),
    _A("BARIS_GANDA", W, "§2.N", "Baris yang sama tercetak dua kali"),
    # the same row in several tables (§7 rule 7)
    _A("BEDA_ANTAR_TABEL", E, "§7.7", "Kode yang sama berbeda antar tabel"),
    _A("BARIS_HILANG_ANTAR_TABEL", E, "§7.7", "Baris ada di tabel lain tetapi tidak di sini"),
    _A("NAMA_BEDA_DALAM_BARIS", W, "§2.E", "Nama berbeda di dua bagian satu baris"),
    _A("RENCANA_FORUM_TIDAK_ADA", W, "§2.M c", "Kesepakatan forum tanpa baris Renja"),
    _A("PRIORITAS_NASIONAL_TIDAK_SESUAI", W, "§4.9", "Prioritas nasional berbeda dengan narasi"),
    # completeness (§7 rule 8)
    _A("KOLOM_KOSONG", W, "§7.8", "Kolom kosong pada setiap baris"),
    _A("LOKASI_BUKAN_TEMPAT", E, "§7.8, §4.8", "Lokasi berisi nama organisasi", True),
    _A("LOKASI_GANDA", W, "§4.8", "Dua lokasi bertentangan dalam satu sel"),
    # years, narrative, structure (§7 rules 10-11)
    _A("TAHUN_SALAH", E, "§7.10", "Tahun tidak sesuai tahun rencana"),
    _A("TAHUN_NARASI_MERAGUKAN", W, "§7.10", "Tahun dalam narasi meragukan"),
    _A("PERIODE_TIDAK_SAH", E, "§7.10", "Periode dengan tahun awal = akhir atau terbalik"),
    _A("PERIODE_TIDAK_KONSISTEN", W, "§7.10", "Periode dokumen yang sama berbeda"),
    _A("HITUNGAN_NARASI_SALAH", E, "§7.11", "Angka dalam narasi ≠ tabel"),
    _A("NARASI_BEDA_TABEL", W, "§7.11", "Narasi menyebut nilai lain dari tabel"),
    _A("TERBILANG_SALAH", E, "§7.11", "Angka dan terbilangnya berbeda"),
    _A("RUJUKAN_TABEL_SALAH", W, "§1.1", "Narasi merujuk tabel yang salah"),
    _A("NOMOR_BAGIAN_SALAH", W, "§1.1", "Nomor subbab ganda atau beda dengan Daftar Isi"),
    _A("TAHAP_TIDAK_KONSISTEN", W, "§4.7", "Tahap dokumen disebut berbeda-beda"),
    _A("PLACEHOLDER_TIDAK_DIISI", E, "§5", "Isian templat belum diisi"),
    # landasan hukum (§6)
    _A("HUKUM_TAHUN_BERTENTANGAN", E, "§6", "Tahun peraturan bertentangan dengan nomornya"),
    _A("HUKUM_LEMBARAN_NEGARA_SALAH", E, "§6", "Tahun Lembaran Negara ≠ tahun peraturan"),
    _A("HUKUM_TLN_GANDA", W, "§6", "Nomor Tambahan Lembaran Negara dipakai dua peraturan"),
    _A("HUKUM_JUDUL_BEDA", W, "§6", "Judul peraturan berbeda dengan judul resminya"),
    _A("HUKUM_PERUBAHAN_SALAH", W, "§6", "Peraturan pengubah yang disebut bukan pengubahnya"),
    _A("HUKUM_SUDAH_DICABUT", W, "§6", "Peraturan yang dirujuk sudah dicabut/diganti"),
    _A("HUKUM_RUJUKAN_TIDAK_KONSISTEN", W, "§6", "Peraturan yang sama dirujuk dengan nomor lain"),
    # reading (§5)
    _A("ANGKA_DIRAPIKAN", W, "§5", "Angka terpotong/rusak dirapikan"),
    _A("ANGKA_TIDAK_SAH", E, "§5", "Sel angka tidak terbaca"),
    _A("JUMLAH_ORANG_DESIMAL", E, "§5", "Jumlah orang bukan bilangan bulat"),
    _A("PEMISAH_CAMPUR", W, "§5", "Tanda pemisah ribuan dan desimal sama"),
    _A("DOKUMEN_TIDAK_TERBACA", E, "—", "Dokumen tidak dapat dibaca"),
    _A("KONTEKS_TIDAK_TERDETEKSI", I, "—", "Tahun/tingkat dokumen tidak terbaca"),
)

#: Planning rules of ``core.checks`` the audit reports as they are; their severity is the core's.
_DARI_CORE_SISTEMIK = frozenset(
    {"SUMBER_DANA_KOSONG", "LOKASI_KOSONG", "TARGET_N1_KOSONG", "SUMBER_DANA_TIDAK_DIKENAL"}
)
_CORE: tuple[AturanAudit, ...] = tuple(
    AturanAudit(a.code, a.severity, a.rujukan, a.judul, a.code in _DARI_CORE_SISTEMIK)
    for a in ATURAN
    if a.code not in {x.code for x in _AUDIT}
)

#: Every rule the audit can report, audit rules first.
ATURAN_AUDIT: tuple[AturanAudit, ...] = (*_AUDIT, *_CORE)
ATURAN_AUDIT_BY_CODE = MappingProxyType({a.code: a for a in ATURAN_AUDIT})


def aturan(code: str) -> AturanAudit:
    """The rule of ``code``; an unknown code is a programming error (``KeyError``)."""
    return ATURAN_AUDIT_BY_CODE[code]
