"""Every evaluation table of an office for one year at once: ``report_for(pd, tahun)``.

Each plan is loaded once and shared by the tables that read it; the tables are built by the
``build_*`` functions of the sibling modules, which only call the core. The result holds core
report values; ``keluaran.as_data`` turns it into plain JSON-ready data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from renjana.apps.evaluasi.anggaran import TabelAnggaran, build_anggaran
from renjana.apps.evaluasi.iku import TabelIku, build_iku
from renjana.apps.evaluasi.pelayanan import TabelPelayanan, build_tc30
from renjana.apps.evaluasi.peringatan import (
    AMBANG_BAWAAN,
    BATAS_HARI_BAWAAN,
    Pemantauan,
    build_pemantauan,
    unit_kerja_of,
)
from renjana.apps.evaluasi.program import CapaianProgram, capaian_per_program
from renjana.apps.evaluasi.renja import DataRenja, load_renja, renja_for
from renjana.apps.evaluasi.renstra import load_renstra, renstra_for
from renjana.apps.evaluasi.skala import KINERJA_RENJA, scale_for
from renjana.apps.evaluasi.tc29 import TabelTC29, build_tc29
from renjana.apps.kinerja.selectors import iku_data
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.rfk import MetodeTtbKeuangan


@dataclass(frozen=True, slots=True)
class LaporanEvaluasi:
    """All tables of one office and evaluated year; a table is None when its data is absent."""

    opd: str
    nama: str
    pemda: str
    tahun: int
    ada_renja: bool
    tc29: TabelTC29
    anggaran: TabelAnggaran | None
    iku: TabelIku
    tc30: TabelPelayanan
    pemantauan: Pemantauan
    capaian_program: tuple[CapaianProgram, ...]

    @property
    def tahun_rencana(self) -> int:
        return self.tahun + 2


def report_for(
    pd: PerangkatDaerah,
    tahun: int,
    *,
    per_tanggal: date | None = None,
    ambang: Decimal = AMBANG_BAWAAN,
    batas_hari: int = BATAS_HARI_BAWAAN,
    metode: MetodeTtbKeuangan = MetodeTtbKeuangan.STANDAR,
) -> LaporanEvaluasi:
    """Every evaluation table of ``pd`` for ``tahun`` (the caller has checked access)."""
    renja_n = renja_for(pd, tahun)
    renja_n1 = renja_for(pd, tahun + 1)
    data_n: DataRenja | None = load_renja(renja_n) if renja_n else None
    data_n1 = load_renja(renja_n1) if renja_n1 else None
    renstra = renstra_for(pd, tahun, renja_n.renstra_id if renja_n else None)
    renstra_data = load_renstra(renstra) if renstra else None
    later = renstra_for(pd, tahun + 2)
    renstra_n = (
        renstra_data
        if later is None or (renstra is not None and later.pk == renstra.pk)
        else load_renstra(later)
    )
    iku = iku_data(pd, tahun)
    tc29 = build_tc29(tahun, data_n, data_n1, renstra_data)
    anggaran = (
        build_anggaran(
            data_n, renstra_data.sasaran_program if renstra_data else None, metode=metode
        )
        if data_n
        else None
    )
    closed = {d.tahun: d for d in (data_n, data_n1) if d is not None}
    return LaporanEvaluasi(
        opd=pd.kode,
        nama=pd.nama,
        pemda=pd.pemda.nama,
        tahun=tahun,
        ada_renja=data_n is not None,
        tc29=tc29,
        anggaran=anggaran,
        iku=build_iku(tahun, iku, scale_for(KINERJA_RENJA, tahun)),
        tc30=build_tc30(tahun, renstra_n, closed, scale_for(KINERJA_RENJA, tahun + 2)),
        pemantauan=build_pemantauan(
            tahun, data_n, iku, unit_kerja_of(pd), per_tanggal, ambang, batas_hari
        ),
        capaian_program=capaian_per_program(tc29, anggaran),
    )
