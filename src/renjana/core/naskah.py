"""The narrative parts (*bagian*) of a Renja and of an RKT, and their starting templates.

A document is its front matter and BABs (domain.md §1.1 for the Renja of Permendagri 86/2017,
§1.2 for the RKT of SAKIP). Each ``Bagian`` has a stable key (``bab1.latar_belakang``), the
number and title it is printed under, and either a template with placeholders
(``core.narasi.isi_templat``) or ``dari_data=True`` when its text is written from the numbers
(``core.narasi.ringkasan_evaluasi``, ``pengantar_bab4``, ``pengantar_sdm``). The text is stored
per document once prepared, and planners edit it; tables and lists (landasan hukum, SDM) are
data of their own and follow the paragraph of their bagian.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from renjana.core.narasi import nama_kepala_daerah


class JenisDokumen(StrEnum):
    RENJA = "renja"
    RKT = "rkt"

    @property
    def label(self) -> str:
        return {"renja": "Renja", "rkt": "RKT"}[self.value]


@dataclass(frozen=True, slots=True)
class Bagian:
    """One narrative part: key, printed number ("1.1", "BAB V", "" for the Kata Pengantar),
    title, and its template (empty when ``dari_data``)."""

    kunci: str
    nomor: str
    judul: str
    templat: str = ""
    dari_data: bool = False

    @property
    def label(self) -> str:
        return f"{self.nomor} {self.judul}".strip()


@dataclass(frozen=True, slots=True)
class Penandatangan:
    """The signature block of a document: the head of office and the place and date."""

    jabatan: str
    nama: str
    pangkat: str = ""
    nip: str = ""
    tempat: str = ""
    tanggal: date | None = None


@dataclass(frozen=True, slots=True)
class BagianNaskah:
    """A bagian with its current text; ``tersimpan`` False means the text is the template's
    (not stored yet); ``diubah_manual`` that a planner edited it."""

    bagian: Bagian
    teks: str
    diubah_manual: bool = False
    tersimpan: bool = False


def nama_dokumen(jenis: JenisDokumen, tahap: str = "") -> str:
    """The document's name as the Kata Pengantar writes it, by stage:
    ``Rancangan Awal Rencana Kerja (Renja)``, ``Rencana Kerja (Renja)`` (Penetapan),
    ``Perubahan Rencana Kerja (Renja)``, ``Rencana Kinerja Tahunan (RKT)``."""
    if jenis is JenisDokumen.RKT:
        return "Rencana Kinerja Tahunan (RKT)"
    tahap = tahap.strip()
    if not tahap or tahap.lower() == "penetapan":
        return "Rencana Kerja (Renja)"
    return f"{tahap} Rencana Kerja (Renja)"


def nilai_templat(
    *,
    jenis: JenisDokumen,
    tahun: int,
    nama_opd: str,
    nama_pemda: str,
    provinsi: bool,
    tahap: str = "",
) -> dict[str, str]:
    """The values of every placeholder of ``core.narasi.PLACEHOLDER`` for one document."""
    return {
        "nama_opd": nama_opd,
        "pemda": nama_pemda,
        "pemerintah": f"Pemerintah {nama_pemda}",
        "kepala_daerah": nama_kepala_daerah(nama_pemda, provinsi),
        "tahun": str(tahun),
        "tahun_n1": str(tahun + 1),
        "tahun_berjalan": str(tahun - 1),
        "tahun_lalu": str(tahun - 2),
        "tahap": tahap if jenis is JenisDokumen.RENJA else "",
        "nama_dokumen": nama_dokumen(jenis, tahap),
    }


# --- Renja (Permendagri 86/2017) -------------------------------------------------------------

_KATA_PENGANTAR_RENJA = """\
Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya {nama_dokumen} \
{nama_opd} {pemda} Tahun {tahun}. Dokumen ini menjabarkan Rencana Strategis (Renstra) \
{nama_opd} ke dalam rencana tahunan dan disusun dengan berpedoman pada Peraturan Menteri Dalam \
Negeri Nomor 86 Tahun 2017.

{nama_dokumen} {nama_opd} Tahun {tahun} memuat hasil evaluasi pelaksanaan Renja tahun lalu, \
tujuan dan sasaran, serta rencana program, kegiatan dan sub kegiatan beserta pendanaannya untuk \
tahun {tahun} dan prakiraan maju tahun {tahun_n1}. Dokumen ini menjadi acuan penyusunan Rencana \
Kerja dan Anggaran {nama_opd} Tahun Anggaran {tahun}.

Kami menyampaikan terima kasih kepada semua pihak yang telah membantu penyusunan dokumen ini. \
Semoga dokumen ini bermanfaat bagi pembangunan kesejahteraan sosial di {pemda}."""

_LATAR_BELAKANG_RENJA = """\
Rencana Kerja Perangkat Daerah (Renja PD) adalah dokumen perencanaan perangkat daerah untuk \
periode 1 (satu) tahun yang memuat program, kegiatan dan sub kegiatan pembangunan, baik yang \
dilaksanakan langsung oleh pemerintah daerah maupun yang ditempuh dengan mendorong partisipasi \
masyarakat.

Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional dan \
Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah mewajibkan setiap perangkat daerah \
menyusun Renja sebagai penjabaran Renstra Perangkat Daerah ke dalam perencanaan tahunan. Renja \
{nama_opd} {pemda} Tahun {tahun} disusun dengan mengacu pada Renstra {nama_opd} dan Rancangan \
Awal Rencana Kerja Pemerintah Daerah (RKPD) {pemda} Tahun {tahun}, dan menjadi dasar penyusunan \
Rencana Kerja dan Anggaran (RKA) {nama_opd}."""

_MAKSUD_TUJUAN_RENJA = """\
Maksud penyusunan Renja {nama_opd} {pemda} Tahun {tahun} adalah menyediakan dokumen perencanaan \
perangkat daerah untuk periode 1 (satu) tahun, yang dimulai pada tanggal 1 Januari {tahun} dan \
berakhir pada tanggal 31 Desember {tahun}.

Tujuan penyusunan Renja {nama_opd} Tahun {tahun} adalah:
1) menjabarkan program, kegiatan dan sub kegiatan prioritas yang akan dilaksanakan {nama_opd} \
pada tahun {tahun};
2) menjadi pedoman penyusunan Rencana Kerja dan Anggaran {nama_opd} Tahun Anggaran {tahun};
3) menjadi acuan pengendalian dan evaluasi pelaksanaan program dan kegiatan {nama_opd}."""

_SISTEMATIKA_RENJA = """\
Renja {nama_opd} {pemda} Tahun {tahun} disusun dengan sistematika sebagai berikut:
BAB I PENDAHULUAN, memuat latar belakang, landasan hukum, maksud dan tujuan, serta sistematika \
penulisan.
BAB II HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU, memuat evaluasi pelaksanaan Renja \
tahun {tahun_lalu} dan capaian Renstra, analisis kinerja pelayanan, isu-isu penting \
penyelenggaraan tugas dan fungsi, review terhadap Rancangan Awal RKPD, serta penelaahan usulan \
program dan kegiatan masyarakat.
BAB III TUJUAN DAN SASARAN PERANGKAT DAERAH, memuat telaahan terhadap kebijakan nasional, \
tujuan dan sasaran Renja, serta program dan kegiatan.
BAB IV RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH, memuat program, kegiatan dan sub kegiatan \
tahun {tahun} beserta indikator kinerja, target, lokasi, pagu indikatif dan prakiraan maju \
tahun {tahun_n1}.
BAB V PENUTUP, memuat catatan penting, kaidah pelaksanaan dan rencana tindak lanjut."""

_PENUTUP_RENJA = """\
Renja {nama_opd} {pemda} Tahun {tahun} merupakan penjabaran tahunan Renstra {nama_opd} yang \
memuat program, kegiatan dan sub kegiatan beserta indikator kinerja, target dan pendanaannya.

Renja ini menjadi pedoman penyusunan Rencana Kerja dan Anggaran {nama_opd} Tahun Anggaran \
{tahun}. Keberhasilan pelaksanaannya memerlukan komitmen seluruh jajaran {nama_opd} serta \
dukungan dan partisipasi para pemangku kepentingan.

Demikian {nama_dokumen} {nama_opd} {pemda} Tahun {tahun} ini disusun untuk dipergunakan \
sebagaimana mestinya."""

BAGIAN_RENJA: tuple[Bagian, ...] = (
    Bagian("kata_pengantar", "", "KATA PENGANTAR", _KATA_PENGANTAR_RENJA),
    Bagian("bab1.latar_belakang", "1.1", "Latar Belakang", _LATAR_BELAKANG_RENJA),
    Bagian(
        "bab1.landasan_hukum",
        "1.2",
        "Landasan Hukum",
        "Peraturan perundang-undangan yang menjadi landasan hukum penyusunan {nama_dokumen} "
        "{nama_opd} {pemda} Tahun {tahun} adalah sebagai berikut:",
    ),
    Bagian("bab1.maksud_tujuan", "1.3", "Maksud dan Tujuan", _MAKSUD_TUJUAN_RENJA),
    Bagian("bab1.sistematika", "1.4", "Sistematika Penulisan", _SISTEMATIKA_RENJA),
    Bagian(
        "bab2.ringkasan_evaluasi",
        "2.1",
        "Evaluasi Pelaksanaan Renja Perangkat Daerah Tahun Lalu dan Capaian Renstra",
        "Evaluasi pelaksanaan Renja {nama_opd} Tahun {tahun_lalu} membandingkan realisasi "
        "program, kegiatan dan sub kegiatan dengan target Renja dan Renstra {nama_opd}.",
        dari_data=True,
    ),
    Bagian(
        "bab2.analisis_kinerja",
        "2.2",
        "Analisis Kinerja Pelayanan Perangkat Daerah",
        "Analisis kinerja pelayanan {nama_opd} dilakukan dengan membandingkan capaian indikator "
        "kinerja pelayanan dengan target Renstra dan Standar Pelayanan Minimal (SPM) Bidang "
        "Sosial, sebagaimana disajikan pada tabel berikut.",
    ),
    Bagian(
        "bab2.isu_penting",
        "2.3",
        "Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Perangkat Daerah",
        "Isu-isu penting penyelenggaraan tugas dan fungsi {nama_opd} {pemda} dirumuskan dari "
        "hasil evaluasi kinerja tahun lalu, analisis kinerja pelayanan, serta permasalahan dan "
        "hambatan yang dihadapi, yaitu:",
    ),
    Bagian(
        "bab2.review_rkpd",
        "2.4",
        "Review terhadap Rancangan Awal RKPD",
        "Review terhadap Rancangan Awal RKPD {pemda} Tahun {tahun} dilakukan dengan "
        "membandingkan program, kegiatan dan sub kegiatan dalam Rancangan Awal RKPD dengan hasil "
        "analisis kebutuhan {nama_opd}, sebagaimana disajikan pada tabel berikut.",
    ),
    Bagian(
        "bab2.usulan_masyarakat",
        "2.5",
        "Penelaahan Usulan Program dan Kegiatan Masyarakat",
        "Penelaahan usulan program dan kegiatan masyarakat dilakukan terhadap usulan yang "
        "disampaikan melalui Musyawarah Perencanaan Pembangunan (Musrenbang), pokok-pokok "
        "pikiran DPRD dan Forum Perangkat Daerah untuk tahun {tahun}.",
    ),
    Bagian(
        "bab3.telaahan_kebijakan",
        "3.1",
        "Telaahan terhadap Kebijakan Nasional",
        "Penyusunan Renja {nama_opd} Tahun {tahun} memperhatikan prioritas pembangunan nasional "
        "dalam Rencana Kerja Pemerintah (RKP) Tahun {tahun} dan prioritas pembangunan daerah "
        "dalam RKPD {pemda} Tahun {tahun}, khususnya yang berkaitan dengan urusan pemerintahan "
        "bidang sosial.",
    ),
    Bagian(
        "bab3.tujuan_sasaran",
        "3.2",
        "Tujuan dan Sasaran Renja Perangkat Daerah",
        "Tujuan dan sasaran Renja {nama_opd} Tahun {tahun} mengacu pada tujuan dan sasaran "
        "Renstra {nama_opd}, sebagaimana disajikan pada tabel berikut.",
    ),
    Bagian(
        "bab3.program_kegiatan",
        "3.3",
        "Program dan Kegiatan",
        "Program, kegiatan dan sub kegiatan {nama_opd} Tahun {tahun} disusun menurut "
        "klasifikasi, kodefikasi dan nomenklatur perencanaan pembangunan dan keuangan daerah "
        "yang berlaku untuk tahun {tahun}.",
    ),
    Bagian(
        "bab4.pengantar",
        "BAB IV",
        "Rencana Kerja dan Pendanaan Perangkat Daerah",
        "Rencana kerja dan pendanaan {nama_opd} Tahun {tahun} disajikan pada tabel berikut.",
        dari_data=True,
    ),
    Bagian("bab5.penutup", "BAB V", "Penutup", _PENUTUP_RENJA),
)

# --- RKT (SAKIP) -----------------------------------------------------------------------------

_KATA_PENGANTAR_RKT = """\
Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Rencana Kinerja \
Tahunan (RKT) {nama_opd} {pemda} Tahun {tahun}. RKT memuat tujuan, sasaran strategis, indikator \
kinerja dan target kinerja tahun {tahun}, beserta program, kegiatan dan sub kegiatan serta \
anggaran untuk mencapainya.

RKT merupakan bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) dan menjadi \
dasar penyusunan Perjanjian Kinerja {nama_opd} Tahun {tahun}. Semoga RKT ini dapat menjadi \
pedoman dalam meningkatkan kinerja dan kualitas pelayanan {nama_opd} kepada masyarakat."""

_PENUTUP_RKT = """\
Rencana Kinerja Tahunan {nama_opd} {pemda} Tahun {tahun} disusun dengan berpedoman pada Renstra \
dan Renja {nama_opd}, dan menjadi tolok ukur keberhasilan organisasi serta dasar penilaian \
akuntabilitas kinerja.

Demikian Rencana Kinerja Tahunan {nama_opd} {pemda} Tahun {tahun} ini disusun sebagai bagian \
dari pelaksanaan perencanaan kinerja {nama_opd}."""

BAGIAN_RKT: tuple[Bagian, ...] = (
    Bagian("kata_pengantar", "", "KATA PENGANTAR", _KATA_PENGANTAR_RKT),
    Bagian(
        "bab1.latar_belakang",
        "1.1",
        "Latar Belakang",
        "Rencana Kinerja Tahunan (RKT) adalah dokumen perencanaan kinerja perangkat daerah untuk "
        "periode 1 (satu) tahun yang memuat sasaran strategis, indikator kinerja dan target "
        "yang akan dicapai {nama_opd} {pemda} pada tahun {tahun}, beserta program, kegiatan dan "
        "sub kegiatan untuk mencapainya. RKT {nama_opd} Tahun {tahun} disusun dengan berpedoman "
        "pada Renstra dan Renja {nama_opd}.",
    ),
    Bagian(
        "bab1.tugas_fungsi",
        "1.2",
        "Tugas, Fungsi dan Struktur Organisasi",
        "Tugas, fungsi dan susunan organisasi {nama_opd} {pemda} adalah sebagai berikut.",
    ),
    Bagian(
        "bab1.sdm",
        "1.3",
        "Sumber Daya Manusia",
        "Dalam menyelenggarakan tugas dan fungsinya, {nama_opd} {pemda} didukung oleh sumber "
        "daya manusia dengan komposisi menurut pendidikan dan golongan sebagai berikut.",
        dari_data=True,
    ),
    Bagian(
        "bab1.tujuan_sasaran",
        "1.4",
        "Tujuan dan Sasaran",
        "Tujuan dan sasaran {nama_opd} Tahun {tahun} mengacu pada Renstra {nama_opd}, dengan "
        "sasaran dan indikator sasaran sebagai berikut.",
    ),
    Bagian(
        "bab1.landasan_hukum",
        "1.5",
        "Landasan Hukum",
        "Landasan hukum penyusunan Rencana Kinerja Tahunan {nama_opd} {pemda} Tahun {tahun} "
        "adalah sebagai berikut:",
    ),
    Bagian(
        "bab2.pengantar",
        "BAB II",
        "Hasil Evaluasi Kinerja Tahunan",
        "Bab ini menyajikan hasil evaluasi kinerja {nama_opd} tahun {tahun_berjalan}, meliputi "
        "capaian indikator kinerja, anggaran, serta realisasi dan capaian anggaran.",
    ),
    Bagian(
        "bab3.pengantar",
        "BAB III",
        "Rencana Kinerja Tahunan",
        "Rencana kinerja {nama_opd} Tahun {tahun} memuat target indikator kinerja sebagaimana "
        "tertuang dalam Perjanjian Kinerja, kegiatan untuk mencapainya, dan alokasi anggaran "
        "per program.",
    ),
    Bagian("bab4.penutup", "BAB IV", "Penutup", _PENUTUP_RKT),
)

BAGIAN: Mapping[JenisDokumen, tuple[Bagian, ...]] = MappingProxyType(
    {JenisDokumen.RENJA: BAGIAN_RENJA, JenisDokumen.RKT: BAGIAN_RKT}
)


def bagian_of(jenis: JenisDokumen, kunci: str) -> Bagian | None:
    return next((b for b in BAGIAN[jenis] if b.kunci == kunci), None)
