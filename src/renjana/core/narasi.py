"""Data-driven paragraphs of a Renja or RKT, written from plain numbers, and safe templates.

The generators are deterministic: the same numbers always give the same text, with amounts in
the Indonesian format (``Rp 5.176.219.306``), the amount in words, percentages computed here
(``core.numbers.percent``, printed with ``format_percent``) and counts as the documents print
them, ``8 (Delapan) Program``. The text is a starting point: planners edit it afterwards.

Templates use named placeholders ``{nama_opd}``, ``{tahun}`` … filled by ``isi_templat``. Only
``{name}`` with a known name is replaced; anything else is left exactly as written, so a
template can never reach attributes or format specifications (``str.format`` could).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.idformat import format_percent, format_rupiah
from renjana.core.numbers import percent
from renjana.core.terbilang import bilangan_dan_kata, terbilang_rupiah

#: The placeholders every template may use (values come from ``nilai_templat``).
PLACEHOLDER = (
    "nama_opd",  # Dinas Sosial
    "pemda",  # Provinsi Sulawesi Barat
    "pemerintah",  # Pemerintah Provinsi Sulawesi Barat
    "kepala_daerah",  # Gubernur / Wali Kota / Bupati
    "tahun",  # n, the plan year
    "tahun_n1",  # n+1, the year of the prakiraan maju
    "tahun_berjalan",  # n-1, the year the document is written
    "tahun_lalu",  # n-2, the year evaluated in a Renja's BAB II
    "tahap",  # Rancangan Awal, Rancangan, … (empty for an RKT)
    "nama_dokumen",  # Rancangan Awal Rencana Kerja (Renja), Rencana Kinerja Tahunan (RKT) …
)
_PLACEHOLDER_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def isi_templat(teks: str, nilai: Mapping[str, str]) -> str:
    """``teks`` with each ``{name}`` whose name is in ``nilai`` replaced by its value.

    Unknown names, braces with anything else inside, and values that themselves contain
    ``{…}`` are left untouched (a value is inserted once, never re-read as a template).
    """
    return _PLACEHOLDER_RE.sub(lambda m: nilai.get(m.group(1), m.group(0)), teks)


def placeholder_tak_dikenal(teks: str, dikenal: Sequence[str] = PLACEHOLDER) -> tuple[str, ...]:
    """The placeholder names in ``teks`` that ``isi_templat`` would leave unfilled."""
    known = set(dikenal)
    return tuple(dict.fromkeys(m for m in _PLACEHOLDER_RE.findall(teks) if m not in known))


def nama_kepala_daerah(nama_pemda: str, provinsi: bool) -> str:
    """``Gubernur`` for a provinsi, ``Wali Kota`` for a kota, ``Bupati`` for a kabupaten."""
    if provinsi:
        return "Gubernur"
    return "Wali Kota" if nama_pemda.strip().lower().startswith("kota") else "Bupati"


def rupiah_dengan_kata(amount: Decimal) -> str:
    """``Rp 5.176.219.306 (lima miliar … enam rupiah)``."""
    return f"{format_rupiah(amount)} ({terbilang_rupiah(amount)})"


def _urutan(bagian: Sequence[str]) -> str:
    """``a``, ``a dan b``, ``a, b dan c`` (the documents' list style)."""
    items = [b for b in bagian if b]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} dan {items[-1]}"


def susunan_program(program: int, kegiatan: int, sub_kegiatan: int) -> str:
    """``8 (Delapan) Program, 13 (Tiga Belas) Kegiatan dan 27 (Dua Puluh Tujuh) Sub Kegiatan``;
    a level with no rows is left out (a plan kept at kegiatan level has no sub kegiatan)."""
    for name, value in (("program", program), ("kegiatan", kegiatan), ("sub", sub_kegiatan)):
        if value < 0:
            raise ValueError(f"jumlah {name} negatif: {value}")
    return _urutan(
        [
            bilangan_dan_kata(program, "Program") if program else "",
            bilangan_dan_kata(kegiatan, "Kegiatan") if kegiatan else "",
            bilangan_dan_kata(sub_kegiatan, "Sub Kegiatan") if sub_kegiatan else "",
        ]
    )


@dataclass(frozen=True, slots=True)
class IndikatorKurang:
    """An indicator that fell short of its target: its name, capaian (%, unrounded; None for
    a qualitative target that was not met) and the faktor penghambat reported for it."""

    nama: str
    capaian: Decimal | None
    faktor_penghambat: str = ""


def _kalimat_indikator(nomor: int, item: IndikatorKurang) -> str:
    faktor = item.faktor_penghambat.strip().rstrip(".;")
    alasan = f"faktor penghambat: {faktor}" if faktor else "faktor penghambat belum diisi"
    if item.capaian is None:  # a qualitative target that was not met
        return f"{nomor}) {item.nama.strip()} yang target kualitatifnya belum tercapai, {alasan}"
    return f"{nomor}) {item.nama.strip()} dengan capaian {format_percent(item.capaian)}, {alasan}"


def ringkasan_evaluasi(
    jumlah_program: int,
    jumlah_kegiatan: int,
    jumlah_sub: int,
    anggaran: Decimal,
    realisasi: Decimal,
    indikator_kurang: Sequence[IndikatorKurang] = (),
    *,
    tahun: int | None = None,
    nama_opd: str = "",
    jumlah_dievaluasi: int | None = None,
) -> str:
    """BAB II 2.1: what was carried out last year, with how much money, how much was spent,
    and which indicators fell short and why. Paragraphs are separated by a blank line.

    ``jumlah_dievaluasi`` is the number of indicators whose achievement could be judged; with
    it the text says how many of them fell short, or that all (or none could be judged).
    """
    siapa = nama_opd.strip() or "Perangkat Daerah"
    kapan = f"Pada tahun {tahun}" if tahun is not None else "Pada tahun lalu"
    struktur = susunan_program(jumlah_program, jumlah_kegiatan, jumlah_sub)
    if not struktur:
        return f"{kapan}, {siapa} tidak mempunyai program yang dievaluasi."
    persen = percent(realisasi, anggaran)
    hasil = (
        f" atau {format_percent(persen)}"
        if persen is not None
        else "; persentase realisasi tidak dapat dihitung karena alokasi anggaran nol"
    )
    paragraphs = [
        f"{kapan}, {siapa} melaksanakan {struktur} dengan alokasi anggaran sebesar "
        f"{rupiah_dengan_kata(anggaran)} dan realisasi sebesar {rupiah_dengan_kata(realisasi)}"
        f"{hasil}."
    ]
    kurang = len(indikator_kurang)
    if kurang:
        daftar = "; ".join(_kalimat_indikator(i, x) for i, x in enumerate(indikator_kurang, 1))
        if jumlah_dievaluasi:
            pembuka = (
                f"Dari {bilangan_dan_kata(jumlah_dievaluasi, 'indikator')} kinerja yang "
                f"dievaluasi, {bilangan_dan_kata(kurang, 'indikator')} belum mencapai target"
            )
        else:
            pembuka = (
                "Indikator kinerja yang belum mencapai target sebanyak "
                f"{bilangan_dan_kata(kurang, 'indikator')}"
            )
        paragraphs.append(f"{pembuka}, yaitu: {daftar}.")
    elif jumlah_dievaluasi:
        paragraphs.append(
            f"Seluruh {bilangan_dan_kata(jumlah_dievaluasi, 'indikator')} kinerja yang "
            "dievaluasi telah mencapai target."
        )
    elif jumlah_dievaluasi == 0:
        paragraphs.append(
            "Capaian indikator kinerja belum dapat dievaluasi karena realisasi kinerjanya belum "
            "tersedia."
        )
    return "\n\n".join(paragraphs)


def pengantar_bab4(
    jumlah_program: int,
    jumlah_kegiatan: int,
    jumlah_sub: int,
    pagu: Decimal,
    pagu_n1: Decimal | None = None,
    *,
    tahun: int,
    nama_opd: str = "",
) -> str:
    """BAB IV: how many programs, kegiatan and sub kegiatan are planned for ``tahun`` and
    the total pagu indikatif, with the prakiraan maju of ``tahun + 1`` when it is given."""
    siapa = nama_opd.strip() or "Perangkat Daerah"
    struktur = susunan_program(jumlah_program, jumlah_kegiatan, jumlah_sub)
    if not struktur:
        return (
            f"Rencana kerja dan pendanaan {siapa} tahun {tahun} belum memuat program, "
            "kegiatan dan sub kegiatan."
        )
    text = (
        f"Rencana kerja dan pendanaan {siapa} tahun {tahun} terdiri dari {struktur} dengan "
        f"total kebutuhan dana (pagu indikatif) sebesar {rupiah_dengan_kata(pagu)}."
    )
    if pagu_n1 is not None and pagu_n1 != 0:
        text += f" Prakiraan maju tahun {tahun + 1} sebesar {rupiah_dengan_kata(pagu_n1)}."
    return (
        text + " Rincian program, kegiatan dan sub kegiatan beserta indikator kinerja, target, "
        "lokasi dan sumber dananya disajikan pada tabel berikut."
    )


def pengantar_sdm(tahun: int, jumlah_asn: int, jumlah_phl: int, *, nama_opd: str = "") -> str:
    """RKT BAB I: the staff of the office in ``tahun`` by status, before the SDM tables."""
    siapa = nama_opd.strip() or "Perangkat Daerah"
    bagian = _urutan(
        [
            f"{bilangan_dan_kata(jumlah_asn, 'orang')} Aparatur Sipil Negara (ASN)"
            if jumlah_asn
            else "",
            f"{bilangan_dan_kata(jumlah_phl, 'orang')} Pegawai Harian Lepas (PHL)"
            if jumlah_phl
            else "",
        ]
    )
    if not bagian:
        return f"Data sumber daya manusia {siapa} tahun {tahun} belum diisi."
    return (
        f"Dalam menyelenggarakan tugas dan fungsinya, {siapa} pada tahun {tahun} didukung oleh "
        f"{bagian}, dengan komposisi menurut pendidikan dan golongan sebagai berikut."
    )
