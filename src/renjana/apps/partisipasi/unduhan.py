"""Workbooks offered for download: the templates to fill in (columns of ``excel``) and the
exports of proposals per kecamatan and per DPRD member, written from core report models.

Money cells are numbers (not text) with a thousands format, so a reader can add them up; the
values are the exact Decimals of the report model, rounded only by ``quantize_money``.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from renjana.apps.partisipasi.excel import RKPD_KOLOM, RKPD_SHEET, USULAN_KOLOM, USULAN_SHEET, Kolom
from renjana.core import partisipasi as core
from renjana.core.numbers import quantize_money


def _template(title: str, kolom: Sequence[Kolom], petunjuk: Sequence[str]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = title
    sheet.append([k.judul for k in kolom])
    fill = PatternFill("solid", fgColor="DDE7F0")
    for index, k in enumerate(kolom, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = k.lebar
    sheet.freeze_panes = "A2"
    guide = book.create_sheet("Petunjuk")
    for line in petunjuk:
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def template_rkpd() -> bytes:
    """An empty Rancangan Awal RKPD workbook to fill in."""
    return _template(
        RKPD_SHEET,
        RKPD_KOLOM,
        (
            "Isi satu baris per program, kegiatan dan sub kegiatan, induk sebelum anaknya.",
            "Kode boleh ditulis 1.06.04.2.01.0001 atau 1.06.04.2.01.01; "
            "format sel Kode sebagai teks.",
            "Pagu diisi pada sub kegiatan; pagu program dan kegiatan dihitung Renjana.",
            "Target berupa angka dengan satuannya di kolom Satuan, "
            "atau teks (mis. Cepat Berkembang).",
            "Angka boleh ditulis 1.250.000 atau 1.250.000,50. "
            "Impor menggantikan seluruh baris tahun itu.",
        ),
    )


def template_usulan() -> bytes:
    """An empty proposal workbook to fill in, with the accepted values of each list column."""
    sumber = "; ".join(s.label for s in core.Sumber)
    tingkat = "; ".join(t.label.removeprefix("Musrenbang ") for t in core.TingkatMusrenbang)
    return _template(
        USULAN_SHEET,
        USULAN_KOLOM,
        (
            "Isi satu baris per usulan. Kolom wajib: Sumber dan Uraian Usulan.",
            f"Sumber: {sumber} (boleh disingkat: Musrenbang Kecamatan, Pokir, Forum PD).",
            f"Tingkat Musrenbang (hanya untuk Musrenbang): {tingkat}.",
            "Usulan Pokir DPRD wajib menyebut Anggota DPRD; lengkapi Fraksi dan Dapil.",
            "Lokasi: nama kecamatan atau kelurahan/desa (mis. Kelurahan Karang Anyar); "
            "RT/RW ditulis di Rincian Lokasi.",
            "Volume angka dan Satuan (mis. 60 | meter). Perkiraan biaya dalam rupiah.",
            "Tahun kosong berarti tahun rencana yang dipilih di halaman impor.",
        ),
    )


EKSPOR_KOLOM = (
    ("No", 6), ("Sumber", 22), ("Pengusul", 22), ("Uraian Usulan", 45), ("Lokasi", 30),
    ("Volume", 14), ("Perkiraan Biaya (Rp)", 18), ("Keputusan", 18), ("Alasan", 35),
    ("Sub Kegiatan yang Memuat", 40), ("Jumlah Diakomodir (Rp)", 18), ("Perangkat Daerah", 28),
)  # fmt: skip
_MONEY_FORMAT = "#,##0.00"
_BOLD = Font(bold=True)


def _keputusan(item: core.UsulanValue) -> str:
    if item.keputusan is None:
        return "Belum diputuskan"
    if item.keputusan is core.Keputusan.DIALIHKAN and item.dialihkan_ke:
        return f"Dialihkan ke {item.dialihkan_ke}"
    return item.keputusan.label


def _pemuat(item: core.UsulanValue) -> str:
    if item.keputusan is None or not item.keputusan.is_accommodated:
        return ""
    return "; ".join(a.kode for a in item.akomodasi)


def ekspor_row(item: core.UsulanValue) -> list[object]:
    """One proposal as the export prints it (shared by the XLSX and the printable page)."""
    return [
        item.nomor,
        item.sumber_label,
        item.pengusul,
        item.uraian,
        item.lokasi,
        item.volume,
        None if item.biaya is None else quantize_money(item.biaya),
        _keputusan(item),
        item.alasan,
        _pemuat(item),
        quantize_money(item.jumlah_diakomodir),
        item.perangkat_daerah,
    ]


def _money_cells(sheet: Worksheet, row: int) -> None:
    for column in (7, 11):
        sheet.cell(row=row, column=column).number_format = _MONEY_FORMAT


def daftar_xlsx(report: core.DaftarUsulan, keterangan: Sequence[str] = ()) -> bytes:
    """The export workbook: title lines, a header, then per group a heading row, its
    proposals and a subtotal row; a grand total closes the sheet."""
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = "Daftar Usulan"
    sheet.append([report.judul])
    sheet["A1"].font = Font(bold=True, size=13)
    for line in keterangan:
        sheet.append([line])
    sheet.append([])
    sheet.append([title for title, _ in EKSPOR_KOLOM])
    header = sheet.max_row
    for index, (_, width) in enumerate(EKSPOR_KOLOM, start=1):
        cell = sheet.cell(row=header, column=index)
        cell.font = _BOLD
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{header + 1}"
    for group in report.groups:
        heading = f"{report.pengelompokan}: {group.label}"
        sheet.append([f"{heading} ({group.keterangan})" if group.keterangan else heading])
        sheet.cell(row=sheet.max_row, column=1).font = _BOLD
        for item in group.items:
            sheet.append(ekspor_row(item))
            _money_cells(sheet, sheet.max_row)
        sheet.append(
            [f"Jumlah {group.label}", None, None, f"{len(group.items)} usulan", None, None,
             quantize_money(group.biaya), None, None, None, quantize_money(group.biaya_diakomodir)]
        )  # fmt: skip
        _money_cells(sheet, sheet.max_row)
        sheet.cell(row=sheet.max_row, column=1).font = _BOLD
    sheet.append(
        ["JUMLAH", None, None, f"{report.jumlah} usulan", None, None,
         quantize_money(report.biaya), None, None, None, quantize_money(report.biaya_diakomodir)]
    )  # fmt: skip
    _money_cells(sheet, sheet.max_row)
    sheet.cell(row=sheet.max_row, column=1).font = _BOLD
    out = BytesIO()
    book.save(out)
    return out.getvalue()
