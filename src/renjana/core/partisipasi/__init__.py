"""Proposals (usulan) of the stakeholders, their screening and decision, and the share
accommodated per source (T-C.32, domain.md §2.F and §4.7).

- ``usulan``: sources, decisions, a proposal as entered and its checks;
- ``keputusan``: screening answers, the links of a decision to Renja sub kegiatan, its checks;
- ``statistik``: the share statistics and their counting rules (how a partially accommodated
  proposal and a proposal split over two sub kegiatan count);
- ``daftar``: the export report model, per kecamatan and per DPRD member.
"""

from __future__ import annotations

from renjana.core.partisipasi.daftar import (
    TANPA_KECAMATAN,
    DaftarUsulan,
    UsulanGroup,
    by_anggota_dprd,
    by_kecamatan,
)
from renjana.core.partisipasi.keputusan import (
    BELUM_DITELAAH,
    BUKAN_SUB_KEGIATAN,
    DIAKOMODIR_KURANG,
    DIALIHKAN_TANPA_TUJUAN,
    JUMLAH_TIDAK_SAH,
    SEBAGIAN_PENUH,
    SUB_KEGIATAN_GANDA,
    SUB_KEGIATAN_TANPA_AKOMODASI,
    TANPA_ALASAN,
    TANPA_SUB_KEGIATAN,
    TIDAK_SESUAI_TELAAH,
    Akomodasi,
    KeputusanInput,
    Telaah,
    check_keputusan,
)
from renjana.core.partisipasi.statistik import (
    ShareRow,
    ShareStatistics,
    UsulanValue,
    share_statistics,
)
from renjana.core.partisipasi.usulan import (
    BIAYA_NEGATIF,
    POKIR_TANPA_ANGGOTA,
    POKIR_TANPA_FRAKSI,
    TANPA_VOLUME,
    TINGKAT_MUSRENBANG,
    URAIAN_KOSONG,
    Keputusan,
    Sumber,
    TingkatMusrenbang,
    UsulanInput,
    check_usulan,
    sumber_label,
)

__all__ = [
    "BELUM_DITELAAH",
    "BIAYA_NEGATIF",
    "BUKAN_SUB_KEGIATAN",
    "DIAKOMODIR_KURANG",
    "DIALIHKAN_TANPA_TUJUAN",
    "JUMLAH_TIDAK_SAH",
    "POKIR_TANPA_ANGGOTA",
    "POKIR_TANPA_FRAKSI",
    "SEBAGIAN_PENUH",
    "SUB_KEGIATAN_GANDA",
    "SUB_KEGIATAN_TANPA_AKOMODASI",
    "TANPA_ALASAN",
    "TANPA_KECAMATAN",
    "TANPA_SUB_KEGIATAN",
    "TANPA_VOLUME",
    "TIDAK_SESUAI_TELAAH",
    "TINGKAT_MUSRENBANG",
    "URAIAN_KOSONG",
    "Akomodasi",
    "DaftarUsulan",
    "Keputusan",
    "KeputusanInput",
    "ShareRow",
    "ShareStatistics",
    "Sumber",
    "Telaah",
    "TingkatMusrenbang",
    "UsulanGroup",
    "UsulanInput",
    "UsulanValue",
    "by_anggota_dprd",
    "by_kecamatan",
    "check_keputusan",
    "check_usulan",
    "share_statistics",
    "sumber_label",
]
