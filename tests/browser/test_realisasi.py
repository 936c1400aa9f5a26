"""Realisation entry in a real browser, from the keyboard: open Triwulan I from the Renja
editor, enter an indicator value and keuangan/fisik with Enter, see capaian, the pagu warning
and the totals change without a reload; then submit and see the triwulan lock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from renjana.apps.realisasi.models import RealisasiAnggaran, RealisasiKinerja, StatusRealisasi
from renjana.apps.realisasi.services import jadwal
from tests.apps.conftest import PASSWORD, Office
from tests.apps.test_realisasi_entry import make_plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_entry_with_the_keyboard(
    page: Any, live_server: Any, sulbar: Office, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    plan = make_plan(sulbar)
    jadwal.set_jadwal(
        user=sulbar.admin, pemda=sulbar.pemda, tahun=2025,
        batas=[(tw, dt.date(2099, 12, 31)) for tw in (1, 2, 3, 4)],
    )  # fmt: skip
    base = live_server.url
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", "operator.sulbar")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")
    page.goto(f"{base}/opd/sulbar-dinsos/renja/2025/")
    page.click("nav.views >> text=Realisasi")
    page.click("#ringkasan-realisasi >> text=Triwulan I")
    page.wait_for_url(f"{base}/opd/sulbar-dinsos/realisasi/2025/tw1/")
    page.evaluate("window.tidakDimuatUlang = true")

    nilai = f"#nilai-{plan.orang.pk}"
    page.focus(nilai)
    page.keyboard.type("45")
    page.keyboard.press("Tab")
    page.keyboard.type("Data penerima dari DTKS lengkap")
    page.focus(nilai)
    page.keyboard.press("Enter")
    block = f"#ind-{plan.orang.pk}"
    page.wait_for_selector(f"{block} >> text=Realisasi kinerja disimpan.")
    assert page.inner_text(f"{block} td.capaian") == "45,00%"
    assert page.inner_text(f"{block} td.sampai") == "45 Orang"
    page.wait_for_function("document.querySelector('#total-indikator').innerText === '1/2'")
    assert page.evaluate("document.activeElement.id") == f"nilai-{plan.orang.pk}"

    page.focus(f"#keuangan-{plan.sub.pk}")
    page.keyboard.type("75.000.000")
    page.keyboard.press("Tab")
    page.keyboard.type("35,5")
    page.keyboard.press("Enter")
    anggaran = f"#anggaran-{plan.sub.pk}"
    page.wait_for_selector(f"{anggaran} >> text=Realisasi keuangan dan fisik disimpan.")
    assert "melebihi pagu Rp 70.000.000" in page.inner_text(anggaran)
    assert page.inner_text(f"{anggaran} td.keuangan-persen") == "107,14%"
    page.wait_for_function("document.querySelector('#total-persen').innerText === '107,14%'")

    page.set_input_files(f"{anggaran} input[type=file]", files=[{
        "name": "kuitansi.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n",
    }])  # fmt: skip
    page.click(f"{anggaran} form.unggah button")
    page.wait_for_selector(f"{anggaran} >> text=Bukti kuitansi.pdf diunggah.")
    assert page.evaluate("window.tidakDimuatUlang") is True

    page.click("button[value=ajukan]")
    page.wait_for_selector("text=Realisasi Triwulan I 2025 diajukan untuk verifikasi.")
    assert page.inner_text("#status") == "Diajukan"
    assert page.is_disabled(nilai)
    page.screenshot(path=str(tmp_path / "realisasi.png"), full_page=True)

    stored = RealisasiKinerja.objects.get(indikator=plan.orang, periode="tw1")
    assert (stored.nilai, stored.faktor_pendorong) == (
        Decimal(45), "Data penerima dari DTKS lengkap"
    )  # fmt: skip
    spent = RealisasiAnggaran.objects.get(baris=plan.sub, periode="tw1")
    assert (spent.keuangan, spent.fisik_persen) == (Decimal(75_000_000), Decimal("35.5"))
    assert StatusRealisasi.objects.get(renja=plan.renja, triwulan=1).status == "diajukan"
