"""The key planning flow in a real browser: add a sub kegiatan, set target and pagu, see the
totals change, submit, and approve as the verifier."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from renjana.apps.perencanaan.models import Renja, RenjaBaris
from renjana.apps.perencanaan.services import editor
from tests.apps.conftest import PASSWORD, Office

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")


def test_add_fund_submit_approve(page: Any, live_server: Any, sulbar: Office) -> None:
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025)
    # A kegiatan with its outcome indicators already planned; the flow adds a sub kegiatan.
    editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02")
    for kode in ("1.06.04", "1.06.04.1.02"):
        editor.add_indikator(
            user=sulbar.operator, baris=RenjaBaris.objects.get(renja=renja, kode=kode),
            uraian="Persentase anak terlantar yang terlayani", satuan="%", target_nilai=100,
        )  # fmt: skip
    base = live_server.url
    login(page, base, "operator.sulbar")
    page.goto(f"{base}/opd/sulbar-dinsos/renja/2025/")
    assert page.inner_text("#total-pagu") == "0"

    page.fill("#tambah input[name=q]", "sandang")
    page.locator("#hasil-cari tr", has_text="1.06.04.1.02.0003").get_by_role("button").click()
    page.wait_for_selector('tr[data-kode="1.06.04.1.02.0003"]')
    page.click('tr[data-kode="1.06.04.1.02.0003"] a.row-link')
    page.wait_for_selector('#panel-isi[data-baris="1.06.04.1.02.0003"]')

    page.fill("#panel form[data-iid] input[name=target]", "60")
    page.click("#panel form[data-iid] button[type=submit]")
    page.wait_for_selector("text=Indikator disimpan.")
    page.fill("#panel form.fields input[name=pagu]", "75.500.000")
    page.fill("#panel form.fields input[name=pagu_n1]", "80.000.000")
    page.click("#panel form.fields button[type=submit]")
    page.wait_for_selector("text=Perubahan baris disimpan.")
    page.wait_for_function("document.querySelector('#total-pagu').innerText === '75.500.000'")
    assert page.inner_text('tr[data-kode="1.06.04"] td.num') == "75.500.000"

    page.select_option("#panel form.lokasi select[name=wilayah]", "76.02")
    page.click("#panel form.lokasi button[type=submit]")
    page.wait_for_selector("text=Lokasi disimpan.")
    page.select_option("#panel form.sumber-dana select[name=kode]", "1.2.01.01.02")
    page.fill("#panel form.sumber-dana input[name=jumlah]", "75.500.000")
    page.click("#panel form.sumber-dana button[type=submit]")
    page.wait_for_selector("text=Sumber dana disimpan.")

    page.click("button[value=ajukan]")
    page.wait_for_selector("text=Renja diajukan untuk verifikasi.")
    assert page.inner_text("#status") == "Diajukan"

    page.context.clear_cookies()
    login(page, base, "verifikator.sulbar")
    page.goto(f"{base}/opd/sulbar-dinsos/renja/2025/")
    page.click("button[value=setujui]")
    page.wait_for_selector("text=Renja disetujui; tahap ini terkunci.")
    assert page.inner_text("#status") == "Disetujui (terkunci)"

    renja = Renja.objects.get(pk=renja.pk)
    assert renja.status == "disetujui"
    sub = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02.0003")
    assert (sub.pagu, sub.pagu_n1) == (Decimal("75500000"), Decimal("80000000"))
    assert sub.indikator.get().target_nilai == Decimal(60)
