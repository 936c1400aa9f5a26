"""Downloadable templates, written from the same column definitions the readers use.

Each template is an XLSX workbook (XlsxWriter) with the data sheet first — one header row,
frozen, code columns formatted as text so ``1.06.04.2.01.0010`` keeps its zeros, money as
``#,##0`` (shown ``1.234.567`` under Indonesian settings), lists for the choice columns — and a
``Petunjuk`` sheet documenting every column: required or not, what it holds, an example, and
the other titles the reader accepts. The data sheet holds no example rows, so an untouched
template never imports anything. A CSV template (``;``-separated, UTF-8 with BOM, as
Indonesian Excel opens it) carries the same header row.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import xlsxwriter

from renjana.importers.tabular.columns import Isi, Kolom
from renjana.importers.tabular.locate import PETUNJUK
from renjana.importers.tabular.realisasi import (
    FAKTOR_PENDORONG,
    FAKTOR_PENGHAMBAT,
    FISIK,
    INDIKATOR_TEKS,
    KEUANGAN,
    NOMOR_INDIKATOR,
    REALISASI,
    TARGET_INFO,
    TINDAK_LANJUT,
    TRIWULAN,
)
from renjana.importers.tabular.renja_columns import INDIKATOR, KODE, NAMA, SATUAN, TEMPLATE_ORDER
from renjana.importers.tabular.renstra import PAGU_TAHUN, TARGET_TAHUN

GENERAL = (
    "Isi satu baris per program, kegiatan atau sub kegiatan, mulai tepat di bawah baris judul. "
    "Judul kolom boleh diubah urutannya; kolom dikenali dari judulnya (lihat 'Judul lain yang "
    "dikenali'). Baris judul boleh berada di mana saja dalam 20 baris pertama.",
    "Kode boleh ditulis dalam bentuk cetak apa pun: 1.06.04.2.01.0001, 1.06.04.2.01.01, dengan "
    "koma, atau dipecah ke kolom Urusan | Bidang | Program | Kegiatan | Sub Kegiatan. Format "
    "kolom kode sebagai Teks agar nol di belakang (1.10) tidak hilang.",
    "Angka boleh berupa angka Excel atau teks Indonesia: 1.250.000, 1.250.000,50, Rp 1.250.000. "
    "Angka Excel dibaca seperti yang ditampilkan Excel (15 digit); rupiah dibulatkan ke sen "
    "dengan peringatan bila pembulatan mengubah nilainya.",
    "Jumlah orang, jiwa, KK, KPM dan keluarga harus bilangan bulat; pecahan ditolak, tidak "
    "dibulatkan. Nilai negatif ditolak. '-', 'N/A' atau sel kosong berarti belum diisi.",
    "Ekspor SIPD (tabel 17 kolom, T-C.33) dapat diunggah langsung: baris urusan, bidang, "
    "perangkat daerah dan Jumlah dilewati; pagu di baris program/kegiatan diabaikan karena "
    "selalu dihitung dari sub kegiatan.",
    "Sebelum disimpan, Renjana menampilkan pratinjau dengan setiap masalah (lembar, baris, "
    "kolom, nilai, sebab). Penyimpanan hanya dapat dilakukan bila tidak ada kesalahan, dan "
    "semua baris disimpan sekaligus atau tidak sama sekali.",
)


@dataclass(frozen=True, slots=True)
class Templat:
    """A downloadable template: its key, title, data sheet, columns and extra notes."""

    jenis: str
    judul: str
    sheet: str
    kolom: tuple[Kolom, ...]
    catatan: tuple[str, ...] = ()
    documented_only: tuple[Kolom, ...] = ()


def renja_templat() -> Templat:
    printed = tuple(k for k in TEMPLATE_ORDER if not k.berulang)
    numbered = tuple(k for k in TEMPLATE_ORDER if k.berulang)
    return Templat(
        "renja", "Renja (program, kegiatan, sub kegiatan, indikator, target dan pagu)",
        "Renja", printed,
        ("Beberapa indikator pada satu baris: tulis baris berikutnya dengan kode yang sama "
         "(atau kode dan nama dikosongkan) berisi indikator, satuan dan target berikutnya; "
         "atau tambahkan kolom bernomor Indikator 2, Satuan 2, Target 2, Target N+1 2.",
         "Program dan kegiatan yang tidak ditulis ditambahkan dari nomenklatur yang berlaku.",
         "Renja dibuat baru untuk tahun dan tahap yang dipilih saat mengunggah; Renja tahun itu "
         "belum boleh ada."),
        numbered,
    )  # fmt: skip


def renstra_templat(tahun_awal: int, tahun_akhir: int) -> Templat:
    years = range(tahun_awal, tahun_akhir + 1)
    targets = tuple(
        replace(TARGET_TAHUN, judul=f"Target {y}", contoh="70" if y == tahun_awal else "")
        for y in years
    )
    pagu = tuple(
        replace(PAGU_TAHUN, judul=f"Pagu {y}", contoh="70000000" if y == tahun_awal else "")
        for y in years
    )
    return Templat(
        "renstra", f"Renstra {tahun_awal}–{tahun_akhir} (target dan pagu per tahun)", "Renstra",
        (KODE, NAMA, INDIKATOR, SATUAN, *targets, *pagu),
        (f"Satu kolom Target dan satu kolom Pagu per tahun periode {tahun_awal}–{tahun_akhir}; "
         "kolom 'Realisasi 2025' dan seterusnya boleh ditambahkan untuk tahun yang sudah lewat.",
         "Beberapa indikator pada satu baris: baris berikutnya dengan kode yang sama."),
    )  # fmt: skip


def realisasi_templat() -> Templat:
    nama = replace(NAMA, wajib=False, keterangan="Nama (hanya untuk dibaca; tidak diimpor).")
    return Templat(
        "realisasi", "Realisasi per triwulan (kinerja, keuangan, fisik)", "Realisasi",
        (KODE, nama, NOMOR_INDIKATOR, INDIKATOR_TEKS, SATUAN, TARGET_INFO, REALISASI,
         FAKTOR_PENDORONG, FAKTOR_PENGHAMBAT, TINDAK_LANJUT, KEUANGAN, FISIK, TRIWULAN),
        ("Satu berkas untuk satu triwulan, dipilih saat mengunggah. Satu baris per indikator; "
         "keuangan dan fisik sub kegiatan diisi pada salah satu barisnya.",
         "Sel kosong tidak mengubah isian yang sudah ada. Triwulan yang terkunci (lewat batas "
         "waktu, sudah diajukan atau diterima) tidak dapat diimpor, sama seperti isian manual."),
    )  # fmt: skip


def build_xlsx(templat: Templat) -> bytes:
    """The template workbook: the data sheet, then ``Petunjuk``."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    head = book.add_format(
        {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1}
    )
    formats = {
        Isi.KODE: book.add_format({"num_format": "@"}),
        Isi.TEKS: book.add_format({"num_format": "@", "text_wrap": True}),
        Isi.UANG: book.add_format({"num_format": "#,##0"}),
        Isi.PERSEN: book.add_format({"num_format": "0.00"}),
    }
    data = book.add_worksheet(templat.sheet)
    for col, kolom in enumerate(templat.kolom):
        data.write_string(0, col, kolom.judul, head)
        data.set_column(col, col, kolom.lebar, formats.get(kolom.isi))
        if kolom.pilihan:
            data.data_validation(
                1, col, 5000, col,
                {"validate": "list", "source": list(kolom.pilihan), "ignore_blank": True},
            )  # fmt: skip
    data.freeze_panes(1, 0)
    data.set_row(0, 32)
    _petunjuk(book, templat, head)
    book.close()
    return buffer.getvalue()


def _petunjuk(book: xlsxwriter.Workbook, templat: Templat, head: object) -> None:
    sheet = book.add_worksheet(PETUNJUK)
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    title = book.add_format({"bold": True, "font_size": 14})
    sheet.write_string(0, 0, f"Petunjuk templat {templat.judul}", title)
    row = 2
    for note in (*GENERAL, *templat.catatan):
        sheet.merge_range(row, 0, row, 5, f"• {note}", wrap)
        sheet.set_row(row, 45)
        row += 1
    row += 1
    titles = ("Kolom", "Wajib", "Isi", "Keterangan", "Contoh", "Judul lain yang dikenali")
    for col, text in enumerate(titles):
        sheet.write_string(row, col, text, head)
    for kolom in (*templat.kolom, *templat.documented_only):
        row += 1
        values = (
            kolom.judul,
            "Ya" if kolom.wajib else "Tidak",
            kolom.isi.label + (f": {', '.join(kolom.pilihan)}" if kolom.pilihan else ""),
            kolom.keterangan,
            kolom.contoh,
            ", ".join(kolom.sinonim),
        )
        for col, text in enumerate(values):
            sheet.write_string(row, col, text, wrap)
    for col, width in enumerate((26, 8, 22, 70, 24, 40)):
        sheet.set_column(col, col, width)


def build_csv(templat: Templat) -> bytes:
    """The header row as CSV: ``;``-separated, UTF-8 with BOM (opens right in Excel)."""
    line = ";".join(_csv_cell(k.judul) for k in templat.kolom)
    return ("\ufeff" + line + "\r\n").encode("utf-8")


def _csv_cell(text: str) -> str:
    return f'"{text}"' if any(c in text for c in ';"\n') else text
