"""Import in a real browser: upload a 3 000-row workbook, watch the HTMX preview replace the
progress box, read the problems, commit, and find the Renja."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from renjana.apps.perencanaan.models import Renja
from tests.apps.conftest import PASSWORD, Office
from tests.importers.tabular.builders import GOOD_ROWS, renja_xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_preview_and_commit(
    page: Any, live_server: Any, tarakan: Office, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    rows = [*GOOD_ROWS]
    rows += [(f"1.06.04.2.01.{n:04d}", f"Sub kegiatan {n}", "Jumlah orang", "Orang", n, 1000)
             for n in range(3, 3000)]  # fmt: skip
    rows.append(("1.06.04.2.01.0002", "Baris ganda", "X", "Orang", 2.5))
    bad = tmp_path / "renja-salah.xlsx"
    bad.write_bytes(renja_xlsx(rows))
    good = tmp_path / "renja.xlsx"
    good.write_bytes(renja_xlsx(rows[:-1]))
    base = live_server.url
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", "operator.tarakan")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")
    page.goto(f"{base}/opd/tarakan-dinsos/")
    page.click("#tautan-impor")

    page.screenshot(path=str(tmp_path / "pilih.png"), full_page=True)
    form = "#impor-renja form"
    page.fill(f"{form} input[name=tahun]", "2026")
    page.set_input_files(f"{form} input[name=berkas]", str(bad))
    page.click(f"{form} button")
    page.wait_for_selector("#ringkasan-impor")  # HTMX swapped the analysis in
    assert page.locator("#kemajuan").count() == 0  # and the progress poller is gone
    assert page.inner_text("#jumlah-kesalahan") == "1"
    assert page.locator("#simpan-impor").count() == 0
    ganda = page.locator('details[data-kode="KODE_GANDA"] tbody tr').first.inner_text()
    assert ganda.split("\t")[:4] == ["Renja", "3004", "A (Kode)", "1.06.04.2.01.0002"]
    page.screenshot(path=str(tmp_path / "pratinjau-salah.png"), full_page=True)

    page.click("text=Unggah berkas lain")
    page.fill(f"{form} input[name=tahun]", "2026")
    page.set_input_files(f"{form} input[name=berkas]", str(good))
    page.click(f"{form} button")
    page.wait_for_selector("#simpan-impor button")
    assert page.inner_text('[data-hitung="Sub kegiatan"]') == "2.999"
    page.click("#simpan-impor button")
    page.wait_for_selector("#hasil-impor")
    assert "Renja 2026 dibuat dengan 3001 baris" in page.inner_text("#hasil-impor")
    assert Renja.objects.get(tahun=2026).baris.count() == 3001
    page.click("#hasil-impor a.button")
    page.wait_for_url(f"{base}/opd/tarakan-dinsos/renja/2026/")
