"""The Renstra cascade in a real browser, driven from the keyboard: add a tujuan, set a
sub kegiatan's pagu in Indonesian format, and see the roll-ups change without a reload."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from renjana.apps.perencanaan.models import RenstraPagu, RenstraTujuan
from renjana.apps.perencanaan.services import renstra as services
from renjana.apps.perencanaan.services.renstra_baris import add_baris, set_pagu
from tests.apps.conftest import PASSWORD, Office

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_cascade_editing_with_the_keyboard(page: Any, live_server: Any, sulbar: Office) -> None:
    renstra = services.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2025, tahun_akhir=2029
    )
    sandang = add_baris(user=sulbar.operator, renstra=renstra, kode="1.06.04.1.01.0002")
    makan = add_baris(user=sulbar.operator, renstra=renstra, kode="1.06.04.1.01.0001")
    set_pagu(user=sulbar.operator, baris=makan, pagu={2025: Decimal("749999.50")})
    base = live_server.url
    page.goto(f"{base}/masuk/")
    page.fill("input[name=username]", "operator.sulbar")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{base}/")
    page.goto(f"{base}/opd/sulbar-dinsos/renstra/2025/")
    page.evaluate("window.tidakDimuatUlang = true")
    assert page.inner_text("#total-2025") == "749.999,50"

    page.focus("text=+ Tujuan")
    page.keyboard.press("Enter")
    page.wait_for_selector("#editor textarea[name=uraian]")
    page.wait_for_function("document.activeElement.name === 'uraian'")  # autofocus
    page.keyboard.type("Meningkatnya kesejahteraan sosial")
    page.keyboard.press("Tab")  # to "Simpan"
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Tujuan 1 ditambahkan.")
    assert RenstraTujuan.objects.get().uraian == "Meningkatnya kesejahteraan sosial"

    page.click(f'a[aria-label="Pagu {sandang.kode}"]')
    page.wait_for_function("document.activeElement.name === 'pagu_2025'")
    page.keyboard.type("1.250.000,50")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Pagu 1.06.04.1.01.0002 disimpan.")
    # 1.250.000,50 + 749.999,50 on kegiatan, program and the total
    assert page.inner_text('tr[data-kode="1.06.04.1.01"] td[data-tahun="2025"]') == "2.000.000"
    assert page.inner_text("#total-2025") == "2.000.000"
    assert page.evaluate("window.tidakDimuatUlang") is True
    assert RenstraPagu.objects.get(baris=sandang).pagu == Decimal("1250000.50")

    page.click(f'a[aria-label="Pagu {sandang.kode}"]')
    page.wait_for_function("document.activeElement.name === 'pagu_2025'")
    page.fill("input[name=pagu_2026]", "1..2")
    page.press("input[name=pagu_2026]", "Enter")
    page.wait_for_selector("#id_pagu_2026-galat")
    assert page.inner_text("#total-2025") == "2.000.000"
    assert RenstraPagu.objects.filter(baris=sandang).count() == 1
