"""Paragraphs written from the numbers, printed under the tables of a Renja or an RKT.

Each function takes the core's results and says in one or two sentences what the table shows:
how many indicators reached their target, how much of the budget was spent, the SPM index,
how far the RKPD draft and the office's needs differ, how many proposals were accommodated.
Amounts and percentages are formatted by ``core.idformat``; counts as the documents print
them, ``27 (Dua Puluh Tujuh) indikator`` (``core.terbilang``). Nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from renjana.core.anggaran import BarisRealisasiAnggaran
from renjana.core.evaluasi import LaporanTC29
from renjana.core.idformat import format_percent, format_rupiah
from renjana.core.iku import LaporanIku
from renjana.core.partisipasi import ShareRow
from renjana.core.review_rkpd import Review
from renjana.core.rfk import BarisRfk
from renjana.core.terbilang import bilangan_dan_kata


def _pct(value: Decimal | None) -> str:
    return "N/A" if value is None else format_percent(value)


def tc29(laporan: LaporanTC29, tahun: int) -> str:
    """How many indicators of year ``tahun`` reached, missed or could not be rated."""
    hasil = [h for h in laporan.hasil if not h.baris.target_n2.is_missing]
    if not hasil:
        return (
            f"Target indikator Renja tahun {tahun} belum diisi, sehingga tingkat realisasinya "
            "belum dapat dihitung."
        )
    tercapai = sum(1 for h in hasil if h.tingkat_realisasi.tercapai is True)
    kurang = sum(1 for h in hasil if h.tingkat_realisasi.tercapai is False)
    na = len(hasil) - tercapai - kurang
    text = (
        f"Dari {bilangan_dan_kata(len(hasil), 'indikator')} yang dievaluasi pada tahun "
        f"{tahun}, {bilangan_dan_kata(tercapai, 'indikator')} mencapai target dan "
        f"{bilangan_dan_kata(kurang, 'indikator')} belum mencapai target"
    )
    if na:
        text += f"; {bilangan_dan_kata(na, 'indikator')} belum dapat dihitung (N/A)"
    return text + "."


def anggaran(
    total: BarisRealisasiAnggaran, program: Sequence[BarisRealisasiAnggaran], tahun: int
) -> str:
    """The year's realisation and the program with the lowest percentage."""
    text = (
        f"Realisasi anggaran tahun {tahun} sebesar {format_rupiah(total.realisasi)} dari "
        f"anggaran {format_rupiah(total.anggaran)} atau {_pct(total.persen)}."
    )
    rated = [p for p in program if p.persen is not None]
    if len(rated) > 1:
        low = min(rated, key=lambda p: p.persen or Decimal(0))
        text += f" Realisasi terendah terdapat pada {low.nama} sebesar {_pct(low.persen)}."
    return text


def rfk(jumlah: BarisRfk, tahun: int) -> str:
    """The weighted physical and financial progress at the end of the year."""
    return (
        f"Sampai dengan 31 Desember {tahun}, realisasi fisik tertimbang mencapai "
        f"{_pct(jumlah.fisik_ttb)} dan realisasi keuangan {_pct(jumlah.keuangan_persen)} "
        f"({format_rupiah(jumlah.realisasi)} dari pagu {format_rupiah(jumlah.pagu)}), "
        f"dengan sisa pagu {format_rupiah(jumlah.sisa)}."
    )


def spm(indeks: Decimal | None, kategori: str, tahun: int) -> str:
    if indeks is None:
        return (
            f"Indeks pencapaian SPM tahun {tahun} belum dapat dihitung karena data jenis "
            "layanan belum lengkap."
        )
    rating = f" dengan kategori {kategori}" if kategori else ""
    return f"Indeks pencapaian SPM Bidang Sosial tahun {tahun} sebesar {_pct(indeks)}{rating}."


def review(data: Review, tahun: int) -> str:
    selisih = data.selisih
    arah = "lebih besar" if selisih > 0 else "lebih kecil" if selisih < 0 else "sama dengan"
    beda = abs(selisih)
    amount = f" {format_rupiah(beda)}" if beda else ""
    return (
        f"Total pagu indikatif Rancangan Awal RKPD tahun {tahun} sebesar "
        f"{format_rupiah(data.total_rkpd)}, sedangkan hasil analisis kebutuhan perangkat "
        f"daerah sebesar {format_rupiah(data.total_renja)}, {arah}{amount}"
        f"{' dari' if selisih else ''} Rancangan Awal RKPD. Terdapat "
        f"{bilangan_dan_kata(data.jumlah_berbeda, 'baris')} yang berbeda."
    )


def usulan(total: ShareRow, tahun: int) -> str:
    return (
        f"Untuk tahun {tahun} terdapat {bilangan_dan_kata(total.dipertimbangkan, 'usulan')} "
        f"yang ditelaah; {bilangan_dan_kata(total.jumlah_diakomodir, 'usulan')} diakomodir "
        f"seluruhnya atau sebagian ({_pct(total.persen_jumlah)} dari jumlah usulan, "
        f"{_pct(total.persen_biaya)} dari perkiraan biaya)."
    )


def iku(laporan: LaporanIku, tahun: int) -> str:
    if laporan.rata_rata is None:
        return f"Capaian indikator kinerja utama tahun {tahun} belum dapat dihitung."
    predikat = (
        f" dengan predikat {laporan.predikat_rata_rata}" if laporan.predikat_rata_rata else ""
    )
    return (
        f"Rata-rata capaian {bilangan_dan_kata(laporan.jumlah_dirata, 'indikator')} kinerja "
        f"utama tahun {tahun} sebesar {_pct(laporan.rata_rata)}{predikat}."
    )
