"""The landasan hukum of a document: regulations as data, cited the way documents cite them.

A regulation is its kind (*jenis*), number, year and subject, with optional gazette numbers
(LN/TLN for laws and government regulations, Berita Negara for ministerial regulations,
Lembaran/Berita Daerah for regional ones). ``kutipan`` writes the list item::

    Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional
    (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 104, Tambahan Lembaran Negara
    Republik Indonesia Nomor 4421)

A regional regulation names its issuer after the kind ("Peraturan Daerah Provinsi Sulawesi
Barat", "Peraturan Wali Kota Medan"); left empty, the issuer follows from the pemda's name.
``PERINGKAT`` is the order of the hierarchy of legislation (UU 12/2011), which lists follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from renjana.core.problems import Location, Problem, Severity

LANDASAN_TIDAK_SAH = "LANDASAN_TIDAK_SAH"
TAHUN_REGULASI_MIN = 1945
TAHUN_REGULASI_MAKS = 2100


class JenisRegulasi(StrEnum):
    UU = "uu"
    PP = "pp"
    PERPRES = "perpres"
    PERMENDAGRI = "permendagri"
    KEPMENDAGRI = "kepmendagri"
    PERMENSOS = "permensos"
    PERDA = "perda"
    PERGUB = "pergub"
    PERWAL = "perwal"
    PERBUP = "perbup"
    SK = "sk"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return NAMA_JENIS[self] or "Lainnya"


NAMA_JENIS = MappingProxyType(
    {
        JenisRegulasi.UU: "Undang-Undang",
        JenisRegulasi.PP: "Peraturan Pemerintah",
        JenisRegulasi.PERPRES: "Peraturan Presiden",
        JenisRegulasi.PERMENDAGRI: "Peraturan Menteri Dalam Negeri",
        JenisRegulasi.KEPMENDAGRI: "Keputusan Menteri Dalam Negeri",
        JenisRegulasi.PERMENSOS: "Peraturan Menteri Sosial",
        JenisRegulasi.PERDA: "Peraturan Daerah",
        JenisRegulasi.PERGUB: "Peraturan Gubernur",
        JenisRegulasi.PERWAL: "Peraturan Wali Kota",
        JenisRegulasi.PERBUP: "Peraturan Bupati",
        JenisRegulasi.SK: "Surat Keputusan",
        JenisRegulasi.LAINNYA: "",
    }
)

#: Rank in the hierarchy of legislation: laws, government and presidential regulations,
#: ministerial rules, regional regulations, head-of-region rules, decisions, others.
PERINGKAT = MappingProxyType(
    {
        JenisRegulasi.UU: 1,
        JenisRegulasi.PP: 2,
        JenisRegulasi.PERPRES: 3,
        JenisRegulasi.PERMENDAGRI: 4,
        JenisRegulasi.KEPMENDAGRI: 4,
        JenisRegulasi.PERMENSOS: 4,
        JenisRegulasi.PERDA: 5,
        JenisRegulasi.PERGUB: 6,
        JenisRegulasi.PERWAL: 6,
        JenisRegulasi.PERBUP: 6,
        JenisRegulasi.SK: 7,
        JenisRegulasi.LAINNYA: 8,
    }
)
_NASIONAL = frozenset({JenisRegulasi.UU, JenisRegulasi.PP, JenisRegulasi.PERPRES})
_MENTERI = frozenset(
    {JenisRegulasi.PERMENDAGRI, JenisRegulasi.KEPMENDAGRI, JenisRegulasi.PERMENSOS}
)
_KEPALA_DAERAH = frozenset({JenisRegulasi.PERGUB, JenisRegulasi.PERWAL, JenisRegulasi.PERBUP})
#: Kinds that may be cited without a number or year (a decision still being numbered: the
#: seeds print "Nomor : ....."; a ministerial decision cited by number only).
BOLEH_TANPA_NOMOR = frozenset({JenisRegulasi.SK, JenisRegulasi.LAINNYA})
BOLEH_TANPA_TAHUN = frozenset({JenisRegulasi.SK, JenisRegulasi.LAINNYA, JenisRegulasi.KEPMENDAGRI})


@dataclass(frozen=True, slots=True)
class Regulasi:
    jenis: JenisRegulasi
    nomor: str
    tahun: int | None
    tentang: str
    penerbit: str = ""
    lembaran_tahun: int | None = None
    lembaran_nomor: str = ""
    tambahan_nomor: str = ""
    tanggal: date | None = None

    @property
    def kunci(self) -> tuple[str, str, int | None]:
        """What makes two entries the same regulation: kind, number (spacing and case
        ignored) and year."""
        return (self.jenis.value, "".join(self.nomor.lower().split()), self.tahun)


def penerbit_bawaan(jenis: JenisRegulasi, nama_pemda: str) -> str:
    """The issuer printed after a regional kind, from the pemda's name: a Perda names the
    pemda ("Provinsi Sulawesi Barat"), a Pergub/Perwal/Perbup the region without its level
    ("Sulawesi Barat", "Medan")."""
    if jenis is JenisRegulasi.PERDA:
        return nama_pemda
    if jenis in _KEPALA_DAERAH:
        for prefix in ("Provinsi ", "Kota ", "Kabupaten "):
            if nama_pemda.startswith(prefix):
                return nama_pemda.removeprefix(prefix)
        return nama_pemda
    return ""


def judul(reg: Regulasi, nama_pemda: str = "") -> str:
    """``Peraturan Daerah Provinsi Sulawesi Barat Nomor 5 Tahun 2010`` (without ``tentang``)."""
    penerbit = reg.penerbit.strip() or penerbit_bawaan(reg.jenis, nama_pemda)
    parts = [NAMA_JENIS[reg.jenis], penerbit]
    if reg.nomor.strip():
        parts.append(f"Nomor {reg.nomor.strip()}")
    if reg.tahun is not None:
        parts.append(f"Tahun {reg.tahun}")
    return " ".join(p for p in parts if p)


def lembaran(reg: Regulasi, nama_pemda: str = "") -> str:
    """The gazette reference in brackets' content, or "" when no gazette number is given."""
    if not reg.lembaran_nomor.strip() and not reg.tambahan_nomor.strip():
        return ""
    if reg.jenis in _NASIONAL:
        utama, tambahan = "Lembaran Negara Republik Indonesia", "Tambahan Lembaran Negara "
        tambahan += "Republik Indonesia"
    elif reg.jenis in _MENTERI:
        utama, tambahan = "Berita Negara Republik Indonesia", ""
    elif reg.jenis is JenisRegulasi.PERDA:
        wilayah = reg.penerbit.strip() or nama_pemda
        utama, tambahan = f"Lembaran Daerah {wilayah}", f"Tambahan Lembaran Daerah {wilayah}"
    else:
        wilayah = nama_pemda or reg.penerbit.strip()
        utama, tambahan = f"Berita Daerah {wilayah}".strip(), ""
    parts = []
    if reg.lembaran_nomor.strip():
        tahun = f" Tahun {reg.lembaran_tahun}" if reg.lembaran_tahun else ""
        parts.append(f"{utama}{tahun} Nomor {reg.lembaran_nomor.strip()}")
    if reg.tambahan_nomor.strip():
        parts.append(f"{tambahan or 'Tambahan ' + utama} Nomor {reg.tambahan_nomor.strip()}")
    return ", ".join(parts)


def kutipan(reg: Regulasi, nama_pemda: str = "") -> str:
    """The list item as documents print it (without the trailing ``;``)."""
    text = judul(reg, nama_pemda)
    if reg.tentang.strip():
        text += f" tentang {' '.join(reg.tentang.split())}"
    gazette = lembaran(reg, nama_pemda)
    return f"{text} ({gazette})" if gazette else text


def urutkan(items: list[Regulasi]) -> list[Regulasi]:
    """In the order of the hierarchy, then by year and number; stable for equal keys."""
    return sorted(items, key=lambda r: (PERINGKAT[r.jenis], r.tahun or 0, _nomor_key(r.nomor)))


def _nomor_key(nomor: str) -> tuple[int, str]:
    match = re.match(r"\d+", nomor.strip())
    return (int(match.group()), nomor) if match else (0, nomor)


def check_regulasi(reg: Regulasi) -> tuple[Problem, ...]:
    """What a list item needs: a subject, a number and a year (except where the kind may go
    without), a plausible year, and gazette numbers that are numbers."""
    problems: list[Problem] = []
    nama = NAMA_JENIS[reg.jenis] or "Peraturan"

    def fail(message: str, field: str) -> None:
        problems.append(Problem(LANDASAN_TIDAK_SAH, Severity.ERROR, message, Location(field=field)))

    if not reg.tentang.strip():
        fail(f"{nama}: isian 'tentang' wajib diisi (judul peraturan).", "tentang")
    if reg.jenis is JenisRegulasi.LAINNYA and not reg.penerbit.strip():
        fail(
            "Jenis 'Lainnya': tulis nama jenis peraturannya di isian 'penerbit/jenis'.", "penerbit"
        )
    if not reg.nomor.strip() and reg.jenis not in BOLEH_TANPA_NOMOR:
        fail(f"{nama}: isian 'nomor' wajib diisi.", "nomor")
    if reg.tahun is None and reg.jenis not in BOLEH_TANPA_TAHUN:
        fail(f"{nama}: isian 'tahun' wajib diisi.", "tahun")
    for field, value in (("tahun", reg.tahun), ("lembaran_tahun", reg.lembaran_tahun)):
        if value is not None and not TAHUN_REGULASI_MIN <= value <= TAHUN_REGULASI_MAKS:
            fail(
                f"{nama}: isian '{field.replace('_', ' ')}' {value} tidak sah; isi tahun antara "
                f"{TAHUN_REGULASI_MIN} dan {TAHUN_REGULASI_MAKS}.",
                field,
            )
    for field, text in (
        ("lembaran_nomor", reg.lembaran_nomor),
        ("tambahan_nomor", reg.tambahan_nomor),
    ):
        if text.strip() and not text.strip().isdigit():
            fail(
                f"{nama}: isian '{field.replace('_', ' ')}' '{text.strip()}' harus berupa angka "
                "(nomor lembaran saja, tanpa teks).",
                field,
            )
    if reg.lembaran_tahun is not None and not reg.lembaran_nomor.strip():
        fail(f"{nama}: tahun lembaran diisi tanpa nomor lembarannya.", "lembaran_nomor")
    return tuple(problems)
