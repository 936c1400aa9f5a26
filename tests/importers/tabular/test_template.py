"""Templates: every column the template prints is one the reader recognises, every column is
documented in Petunjuk, and a filled template imports."""

from __future__ import annotations

import pytest

from renjana.core.kode import Tingkat
from renjana.importers.tabular import template
from renjana.importers.tabular.columns import find_header
from renjana.importers.tabular.realisasi import REALISASI_KOLOM, read_realisasi
from renjana.importers.tabular.renja import read_renja
from renjana.importers.tabular.renja_columns import renja_kolom
from renjana.importers.tabular.renstra import RENSTRA_KOLOM
from tests.importers.tabular.builders import workbook, xlsx

TEMPLATES = {
    "renja": (template.renja_templat(), renja_kolom(2025)),
    "renstra": (template.renstra_templat(2025, 2029), RENSTRA_KOLOM),
    "realisasi": (template.realisasi_templat(), REALISASI_KOLOM),
}


@pytest.mark.parametrize("jenis", TEMPLATES)
def test_every_template_column_is_recognised(jenis: str) -> None:
    templat, kolom = TEMPLATES[jenis]
    book = workbook(template.build_xlsx(templat))
    assert [s.name for s in book.sheets] == [templat.sheet, "Petunjuk"]
    header = find_header(book.sheets[0], kolom)
    assert header is not None
    found = {f.label for f in header.columns.values()} | {
        f.label for group in header.repeated.values() for f in group.values()
    }
    assert found == {k.judul for k in templat.kolom}
    assert header.unknown == ()


@pytest.mark.parametrize("jenis", TEMPLATES)
def test_petunjuk_documents_every_column(jenis: str) -> None:
    templat, _ = TEMPLATES[jenis]
    petunjuk = workbook(template.build_xlsx(templat)).sheets[1]
    documented = {str(row[0]) for row in petunjuk.rows if row and row[0]}
    for kolom in (*templat.kolom, *templat.documented_only):
        assert kolom.judul in documented
    text = " ".join(str(c) for row in petunjuk.rows for c in row)
    assert "Urusan | Bidang | Program | Kegiatan | Sub Kegiatan" in text
    assert "sekaligus atau tidak sama sekali" in text


@pytest.mark.parametrize("jenis", TEMPLATES)
def test_csv_template_header_is_recognised(jenis: str) -> None:
    templat, kolom = TEMPLATES[jenis]
    data = template.build_csv(templat)
    assert data.startswith("\ufeff".encode())
    book = workbook(data, f"templat-{jenis}.csv")
    header = find_header(book.sheets[0], kolom)
    assert header is not None
    assert header.unknown == ()


def test_a_filled_renja_template_imports() -> None:
    templat = template.renja_templat()
    titles = [k.judul for k in templat.kolom]
    row = {
        "Kode": "1.06.04.2.01.0001", "Program/Kegiatan/Sub Kegiatan": "Permakanan",
        "Indikator": "Jumlah orang", "Satuan": "Orang", "Target": 70,
        "Pagu Indikatif": 70_000_000, "Polaritas": "naik", "Agregasi": "nilai akhir",
    }  # fmt: skip
    data = xlsx({"Renja": [titles, ["1.06.04", "Program"], ["1.06.04.2.01", "Kegiatan"],
                           [row.get(t) for t in titles]]})  # fmt: skip
    bacaan = read_renja(workbook(data), tahun=2025, tingkat=Tingkat.KABKOTA)
    assert bacaan.problems == ()
    assert bacaan.rows[-1].indikator[0].agregasi == "nilai_akhir"


def test_an_untouched_template_imports_nothing() -> None:
    book = workbook(template.build_xlsx(template.realisasi_templat()))
    assert [p.code for p in read_realisasi(book, triwulan=1).problems] == ["TIDAK_ADA_BARIS_DATA"]


def test_docs_name_every_problem_code_and_column() -> None:
    import importlib
    import pkgutil
    from pathlib import Path

    import renjana.importers.tabular as package

    docs = (Path(__file__).resolve().parents[3] / "docs" / "impor.md").read_text()
    codes = set()
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"{package.__name__}.{module.name}")
        codes |= {
            value
            for name, value in vars(loaded).items()
            if name.isupper()
            and isinstance(value, str)
            and value == name
            and "_" in name
            and not name.startswith("ROUND_")  # decimal rounding modes, imported
        }
    assert codes, "no problem codes found"
    assert sorted(c for c in codes if f"`{c}`" not in docs) == []
    for templat, _ in TEMPLATES.values():
        for kolom in templat.kolom + templat.documented_only:
            if not kolom.berulang or templat.jenis == "renja":  # not every Renstra year
                assert f"`{kolom.judul}" in docs, kolom.judul
