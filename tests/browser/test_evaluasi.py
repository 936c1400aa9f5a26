"""The evaluation pages in a real browser on the sample offices: the head of office opens the
overview (two inline SVG charts, nothing fetched from another host), then drills the RFK
down and up without a page reload (HTMX swaps the table in place)."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_head_of_office_reads_the_evaluation_and_drills_the_rfk(
    page: Any, live_server: Any
) -> None:
    call_command("sample", stdout=StringIO())
    base = live_server.url
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", "pimpinan.sulawesi-barat")
    page.fill("input[name=password]", "renjana-demo")
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")

    page.goto(f"{base}/opd/sulawesi-barat-dinsos/")
    page.click("text=Evaluasi")
    page.wait_for_url(f"{base}/opd/sulawesi-barat-dinsos/evaluasi/2022/")
    assert page.inner_text("#ringkas-keuangan") == "98,46%"
    assert page.locator("svg.chart").count() == 2
    assert page.locator("svg.chart rect.bar").count() >= 7  # one keuangan bar per program

    page.click("text=RFK")
    page.wait_for_selector("#jumlah-pagu")
    assert page.inner_text("#jumlah-pagu") == "11.974.854.860"
    assert page.inner_text("#jumlah-keuangan-persen") == "98,46"
    page.evaluate("window.tidakDimuatUlang = true")
    assert page.locator('tr[data-kode="1.06.04.1.04"]').count() == 1
    page.click('tr[data-kode="1.06.04"] a.toggle')
    page.wait_for_selector('tr[data-kode="1.06.04.1.04"]', state="detached")
    assert page.locator('tr[data-kode="1.06.01.1.02"]').count() == 1  # other programs stay open
    assert "buka=" in page.url
    assert "sampai=program" in page.url  # the view is a link
    page.click('tr[data-kode="1.06.04"] a.toggle')
    page.wait_for_selector('tr[data-kode="1.06.04.1.04"]')
    assert page.inner_text("#jumlah-pagu") == "11.974.854.860"
    assert page.evaluate("window.tidakDimuatUlang") is True

    assert requested
    assert all(url.startswith(base) for url in requested), [
        u for u in requested if not u.startswith(base)
    ]
