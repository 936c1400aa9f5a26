"""SPM in a real browser: type a jenis layanan's counts, read the §2.M(a) table and see the
server-drawn chart, with no request leaving the site."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any
from urllib.parse import urlparse

import pytest

from renjana.apps.spm.models import CapaianSpm
from renjana.apps.spm.selectors.referensi import jenis_layanan
from renjana.apps.spm.services.capaian import IsianMutu, set_capaian_spm
from tests.apps.conftest import PASSWORD, Office

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_entry_table_and_chart(page: Any, live_server: Any, tarakan: Office) -> None:
    base = live_server.url
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    anak = next(j for j in jenis_layanan("kabkota", 2025) if j.nomor == 2)
    set_capaian_spm(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025, nomor=2, harus_dilayani=Decimal(10),
        terlayani=Decimal(10), mutu=[IsianMutu(m.nomor, Decimal(10), Decimal(10))
                                     for m in anak.mutu],
    )  # fmt: skip
    for nomor in (3, 4, 5):
        set_capaian_spm(
            user=tarakan.operator, pd=tarakan.pd, tahun=2025, nomor=nomor,
            harus_dilayani=Decimal(0), terlayani=Decimal(0),
        )  # fmt: skip
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", "operator.tarakan")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")
    page.goto(f"{base}/opd/tarakan-dinsos/")
    page.click("#tautan-spm")
    page.fill("input[name=tahun]", "2025")
    page.click("button[value=capaian]")
    page.wait_for_url(f"{base}/opd/tarakan-dinsos/spm/2025/")
    assert page.inner_text("#ringkas-indeks") == "N/A"  # jenis 1 not entered yet

    page.click("#jenis-1 a.aksi")
    page.fill("#isi-harus_dilayani", "1.200")
    page.fill("#isi-terlayani", "900")
    for index in range(1, 14):
        page.fill(f"#isi-mutu-{index}-harus", "0")
        page.fill(f"#isi-mutu-{index}-terlayani", "0")
    page.fill("#isi-mutu-3-harus", "1.200")
    page.fill("#isi-mutu-3-terlayani", "1.200")
    page.click("form.spm-isian button[type=submit]")
    page.wait_for_url(f"{base}/opd/tarakan-dinsos/spm/2025/")
    row = CapaianSpm.objects.get(tahun=2025, jenis__nomor=1)
    assert (row.harus_dilayani, row.terlayani) == (1200, 900)
    # 900/1200 × 80 = 60 and 1200/1200 × 20 = 20 → 80; index (80 + 100) / 2 = 90 → Tuntas Utama
    assert page.inner_text("#jenis-1 .capaian") == "80,00%"
    assert page.inner_text("#ringkas-indeks") == "90,00%"
    assert page.inner_text("#ringkas-kategori") == "Tuntas Utama"
    bars = page.query_selector_all("#grafik-spm svg rect.bar")
    assert len(bars) == 3  # jenis 1, jenis 2 and the index; 3, 4, 5 have nobody to serve
    heights = [bar.bounding_box()["height"] for bar in bars]
    assert heights[0] == pytest.approx(heights[1] * 0.8, rel=0.02)
    if os.environ.get("RENJANA_SCREENSHOTS"):
        page.screenshot(path=os.path.join(os.environ["RENJANA_SCREENSHOTS"], "spm.png"),
                        full_page=True)  # fmt: skip
    assert hosts == {urlparse(base).netloc}
