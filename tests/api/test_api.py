"""The JSON API through the Django client on a real database: reads, writes, numbers in and
out, error shapes and the OpenAPI schema — asserting the JSON and the database."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from renjana.apps.perencanaan.models import CatatanVerifikasi, Indikator, Renja, RenjaBaris
from renjana.apps.perencanaan.services import editor
from tests.api.conftest import BASE, SUB, SUB2, Plan, as_user, build_plan, state
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db


def test_offices_and_plans_in_scope(sulbar: Office, tarakan: Office, plan: Plan) -> None:
    operator = as_user("operator.sulbar")
    assert operator.get("/opd").json() == [
        {"kode": "sulbar-dinsos", "nama": "Dinas Sosial", "pemda": "Provinsi Sulawesi Barat",
         "kode_wilayah": "76", "tingkat": "provinsi", "kode_unit": "", "urusan": ["1.06"]},
    ]  # fmt: skip
    assert [o["kode"] for o in as_user("admin.tarakan").get("/opd").json()] == ["tarakan-dinsos"]
    assert operator.get("/opd/sulbar-dinsos/renja").json() == [
        {"tahun": 2025, "tahap": "rancangan_awal", "tahap_label": "Rancangan Awal",
         "status": "disusun", "status_label": "Disusun", "versi": 1, "terkunci": False},
    ]  # fmt: skip


def test_read_renja_rows_with_ids_and_computed_totals(plan: Plan) -> None:
    body = as_user("pimpinan.sulbar").get(BASE).json()
    header = {k: v for k, v in body.items() if k != "baris"}
    assert header == {
        "opd": "sulbar-dinsos", "tahun": 2025, "tahap": "rancangan_awal",
        "tahap_label": "Rancangan Awal", "status": "disusun", "status_label": "Disusun",
        "versi": 1, "terkunci": False, "nomenklatur_versi": header["nomenklatur_versi"],
        "aksi_tersedia": [], "total": {"pagu": "70000000.00", "pagu_n1": "0.00"},
    }  # fmt: skip
    assert [(b["kode"], b["level"], b["pagu"], b["total"]["pagu"]) for b in body["baris"]] == [
        ("1.06.04", "program", None, "70000000.00"),
        ("1.06.04.1.02", "kegiatan", None, "70000000.00"),
        (SUB, "subkegiatan", "70000000.00", "70000000.00"),
    ]
    sub = body["baris"][2]
    assert sub["id"] == plan.sub.pk
    assert sub["lokasi"] == ["Kabupaten Mamuju"]
    assert sub["sumber_dana"] == [
        {"kode": "1.2.01.01.02", "nama": "Dana Transfer Umum-Dana Alokasi Umum",
         "jumlah": "70000000.00"},
    ]  # fmt: skip
    (ind,) = sub["indikator"]
    assert ind["id"] == plan.indikator.pk
    assert ind["target"] == {"nilai": "70", "teks": "", "satuan": "Orang"}
    assert as_user("operator.sulbar").get(BASE).json()["aksi_tersedia"] == ["ubah", "ajukan"]


def test_reading_a_renja_costs_the_same_queries_whatever_its_size(sulbar: Office) -> None:
    plan = build_plan(sulbar)
    client = as_user("operator.sulbar")
    client.get(BASE)  # warm the session and the reference caches

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(BASE).status_code == 200
        return len(ctx.captured_queries)

    small = queries()
    for kode in (SUB2, "1.06.04.1.02.0004", "1.06.04.1.01.0001"):
        editor.add_baris(user=sulbar.operator, renja=plan.renja, kode=kode)
    assert queries() == small
    assert small == 13  # session, user, scope (2), renja+office, tree (2), ids, rows (5)


def test_create_renja_and_carry_over(plan: Plan) -> None:
    op = as_user("operator.sulbar")
    response = op.post("/opd/sulbar-dinsos/renja", {"tahun": 2026, "salin_dari": 2025})
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["tahun"], body["tahap"], body["status"]) == (2026, "rancangan_awal", "disusun")
    assert [b["kode"] for b in body["baris"]] == ["1.06.04", "1.06.04.1.02", SUB]
    assert RenjaBaris.objects.filter(renja__tahun=2026).count() == 3
    again = op.post("/opd/sulbar-dinsos/renja", {"tahun": 2026})
    assert again.status_code == 422
    assert again.json()["problems"][0]["code"] == "RENJA_SUDAH_ADA"
    assert again.json()["detail"] == "Renja tahun 2026 untuk Dinas Sosial sudah ada."


def test_add_change_and_delete_rows(plan: Plan) -> None:
    op = as_user("operator.sulbar")
    added = op.post(f"{BASE}/baris", {"kode": SUB2})
    assert added.status_code == 201
    row = added.json()
    assert (row["kode"], row["level"], row["pagu"]) == (SUB2, "subkegiatan", None)
    new = RenjaBaris.objects.get(renja=plan.renja, kode=SUB2)
    assert row["id"] == new.pk
    changed = op.patch(
        f"{BASE}/baris/{new.pk}",
        {"pagu": "60.000.000", "pagu_n1": "65000000.50", "kelompok_sasaran": " Lansia ",
         "waktu_pelaksanaan": "Januari–Desember"},
    )  # fmt: skip
    assert changed.status_code == 200, changed.content
    assert (changed.json()["pagu"], changed.json()["pagu_n1"]) == ("60000000.00", "65000000.50")
    new.refresh_from_db()
    assert (new.pagu, new.pagu_n1, new.kelompok_sasaran) == (
        Decimal("60000000"), Decimal("65000000.50"), "Lansia",
    )  # fmt: skip
    totals = op.get(BASE).json()
    assert totals["total"] == {"pagu": "130000000.00", "pagu_n1": "65000000.50"}
    assert totals["baris"][1]["total"] == totals["total"]  # the kegiatan sums both
    assert op.delete(f"{BASE}/baris/{new.pk}").status_code == 204
    assert not RenjaBaris.objects.filter(pk=new.pk).exists()
    assert op.get(f"{BASE}/baris/{new.pk}").status_code == 404


def test_pagu_on_a_parent_is_refused_naming_the_row(plan: Plan) -> None:
    kegiatan = RenjaBaris.objects.get(renja=plan.renja, kode="1.06.04.1.02")
    before = state(plan.renja)
    response = as_user("operator.sulbar").patch(f"{BASE}/baris/{kegiatan.pk}", {"pagu": "1"})
    assert response.status_code == 422
    (problem,) = response.json()["problems"]
    assert (problem["code"], problem["kode"], problem["field"]) == (
        "PAGU_PADA_INDUK", "1.06.04.1.02", "pagu",
    )  # fmt: skip
    assert "1.06.04.1.02" in response.json()["detail"]
    assert state(plan.renja) == before


def test_indicators_lokasi_and_sumber_dana(plan: Plan) -> None:
    op = as_user("operator.sulbar")
    row = f"{BASE}/baris/{plan.sub.pk}"
    added = op.post(
        f"{row}/indikator",
        {"uraian": "Indeks kepuasan", "agregasi": "rata_rata", "target_teks": "Baik",
         "target_n1_nilai": "1.250,75"},
    )  # fmt: skip
    assert added.status_code == 201, added.content
    local = Indikator.objects.get(baris=plan.sub, uraian="Indeks kepuasan")
    assert (local.is_lokal, local.target_teks, local.target_n1_nilai) == (
        True, "Baik", Decimal("1250.75"),
    )  # fmt: skip
    shown = added.json()["indikator"][1]
    assert (shown["id"], shown["target_n1"]["nilai"]) == (local.pk, "1250.75")
    changed = op.patch(f"{row}/indikator/{local.pk}", {"target_nilai": 80, "satuan": "Poin"})
    assert changed.json()["indikator"][1]["target"] == {"nilai": "80", "teks": "Baik",
                                                         "satuan": "Poin"}  # fmt: skip
    assert op.delete(f"{row}/indikator/{local.pk}").status_code == 204
    assert not Indikator.objects.filter(pk=local.pk).exists()
    placed = op.put(f"{row}/lokasi", [{"kode_wilayah": "76.02", "rincian": "Kel. Binanga"},
                                      {"kode_wilayah": None}])  # fmt: skip
    assert placed.json()["lokasi"] == ["Kabupaten Mamuju, Kel. Binanga",
                                       "Seluruh Provinsi Sulawesi Barat"]  # fmt: skip
    funded = op.put(f"{row}/sumber_dana", [{"kode": "1.2.01.01.02", "jumlah": "Rp 50.000.000"},
                                           {"kode": "1.2.01.03", "jumlah": 20000000}])  # fmt: skip
    assert [s["jumlah"] for s in funded.json()["sumber_dana"]] == ["50000000.00", "20000000.00"]
    assert sorted(plan.sub.sumber_dana.values_list("jumlah", flat=True)) == [
        Decimal(20000000), Decimal(50000000),
    ]  # fmt: skip
    unknown = op.put(f"{row}/sumber_dana", [{"kode": "9.9.99", "jumlah": "1"}])
    assert unknown.status_code == 422
    assert unknown.json()["problems"][0]["code"] == "SUMBER_DANA_TIDAK_DIKENAL"
    assert plan.sub.sumber_dana.count() == 2


def test_checks_as_json_link_to_the_row(sulbar: Office) -> None:
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode=SUB)
    body = as_user("verifikator.sulbar").get(f"{BASE}/pemeriksaan").json()
    assert body["bisa_diajukan"] is False
    mine = [p for p in body["problems"] if p["kode"] == SUB]
    assert mine
    assert {p["baris_id"] for p in mine} == {sub.pk}
    assert all(set(p) >= {"code", "severity", "message", "field", "found", "expected"}
               for p in body["problems"])  # fmt: skip
    assert all(p["severity"] in ("error", "warning", "info") for p in body["problems"])


def test_stage_workflow(plan: Plan) -> None:
    op, verifikator = as_user("operator.sulbar"), as_user("verifikator.sulbar")
    submitted = op.post(f"{BASE}/aksi", {"aksi": "ajukan"})
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["status"] == "diajukan"
    returned = verifikator.post(
        f"{BASE}/aksi",
        {"aksi": "kembalikan", "catatan_baris": [{"id": plan.sub.pk, "teks": "Naikkan target"}]},
    )
    assert returned.json()["status"] == "dikembalikan"
    note = CatatanVerifikasi.objects.get(renja=plan.renja)
    assert (note.baris_id, note.teks, note.oleh.username) == (
        plan.sub.pk, "Naikkan target", "verifikator.sulbar",
    )  # fmt: skip
    op.post(f"{BASE}/aksi", {"aksi": "ajukan"})
    approved = verifikator.post(f"{BASE}/aksi", {"aksi": "setujui"})
    assert (approved.json()["status"], approved.json()["terkunci"]) == ("disetujui", True)
    advanced = op.post(f"{BASE}/aksi", {"aksi": "lanjut_tahap"})
    assert (advanced.json()["tahap"], advanced.json()["status"]) == ("rancangan", "disusun")
    renja = Renja.objects.get(pk=plan.renja.pk)
    assert (renja.tahap, renja.status, renja.versi) == ("rancangan", "disusun", 2)


def test_submission_with_errors_answers_the_problems(sulbar: Office) -> None:
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025)
    editor.add_baris(user=sulbar.operator, renja=renja, kode=SUB)
    before = state(renja)
    response = as_user("operator.sulbar").post(f"{BASE}/aksi", {"aksi": "ajukan"})
    assert response.status_code == 422
    assert all(p["severity"] == "error" for p in response.json()["problems"])
    assert state(renja) == before


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("1250000.50", Decimal("1250000.50")),
        ("1.250.000,50", Decimal("1250000.50")),
        ("Rp 1.250.000", Decimal("1250000")),
        ("70.000.000", Decimal("70000000")),
        (1250000, Decimal("1250000")),
        ("0.5", Decimal("0.50")),
        ("", None),
        ("-", None),
        (None, None),
    ],
)
def test_money_is_read_exactly(plan: Plan, sent: object, stored: Decimal | None) -> None:
    response = as_user("operator.sulbar").patch(f"{BASE}/baris/{plan.sub.pk}", {"pagu": sent})
    assert response.status_code == 200, response.content
    plan.sub.refresh_from_db()
    assert plan.sub.pagu == stored
    shown = response.json()["pagu"]
    assert shown == (None if stored is None else f"{stored:.2f}")


@pytest.mark.parametrize(
    ("sent", "code"),
    [
        ("70.000", "ANGKA_DESIMAL_BERLEBIH"),  # seventy rupiah or seventy thousand? refused
        (1250000.5, "ANGKA_BUKAN_TEKS"),  # a JSON float may already be rounded
        (True, "ANGKA_BUKAN_TEKS"),
        ("-5", "ANGKA_NEGATIF"),
        ("tujuh juta", "BUKAN_ANGKA"),
        ("1.250,505", "ANGKA_AMBIGU"),
        ("1..2", "ANGKA_TIDAK_SAH"),
        ("12345678901234567", "ANGKA_TERLALU_BESAR"),
    ],
)
def test_doubtful_money_is_refused_naming_the_field(plan: Plan, sent: object, code: str) -> None:
    before = state(plan.renja)
    response = as_user("operator.sulbar").patch(f"{BASE}/baris/{plan.sub.pk}", {"pagu": sent})
    assert response.status_code == 422
    (problem,) = response.json()["problems"]
    assert (problem["code"], problem["field"]) == (code, "pagu")
    assert problem["found"] == ("" if code == "ANGKA_BUKAN_TEKS" else str(sent))
    assert problem["message"].startswith("Isian pagu: ")
    assert state(plan.renja) == before


def test_money_never_travels_as_a_json_float(plan: Plan) -> None:
    raw = as_user("operator.sulbar").get(BASE).content
    floats: list[str] = []
    json.loads(raw, parse_float=lambda text: floats.append(text))
    assert floats == []


def test_malformed_requests_get_indonesian_messages(plan: Plan) -> None:
    op = as_user("operator.sulbar")
    row = f"{BASE}/baris/{plan.sub.pk}"
    before = state(plan.renja)
    typo = op.patch(row, {"Pagu": "1"})
    assert typo.status_code == 422
    assert typo.json()["detail"] == "Isian Pagu: tidak dikenal; periksa ejaan nama isian"
    wrong = op.post(f"{row}/indikator", {"uraian": "X", "polaritas": "atas"})
    assert wrong.json()["detail"] == "Isian polaritas: harus salah satu dari: 'naik' atau 'turun'"
    blank = op.post(f"{row}/indikator", {"uraian": "   "})
    assert blank.json()["problems"][0]["message"] == "Isian uraian: tidak boleh kosong"
    nested = op.put(f"{row}/sumber_dana", [{"kode": "1.2.01.01.02", "jumlah": "x"}])
    assert nested.json()["problems"][0]["field"] == "sumber_dana[0].jumlah"
    nul = op.patch(row, {"kelompok_sasaran": "Lansia\u0000"})  # PostgreSQL cannot store it
    assert nul.json()["problems"][0]["code"] == "TEKS_KARAKTER_NUL"
    assert op.get("/opd/sulbar%00dinsos/renja").status_code == 422
    empty = op.patch(row, {})
    assert empty.json()["problems"][0]["code"] == "ISIAN_KOSONG"
    broken = op.client.patch(f"/api/v1{row}", data="{pagu:", content_type="application/json")
    assert broken.status_code == 400
    assert broken.json() == {"detail": "Isi permintaan bukan JSON yang sah."}
    year = op.get("/opd/sulbar-dinsos/renja/duaribu")
    assert year.json()["detail"] == "Isian tahun: harus berupa bilangan bulat"
    assert op.get("/opd/sulbar-dinsos/renja/2031").json() == {"detail": "Renja 2031 belum ada."}
    assert state(plan.renja) == before


PATHS = {
    "/api/v1/opd": {"get"},
    "/api/v1/opd/{kode}/renja": {"get", "post"},
    "/api/v1/opd/{kode}/renja/{tahun}": {"get"},
    "/api/v1/opd/{kode}/renja/{tahun}/pemeriksaan": {"get"},
    "/api/v1/opd/{kode}/renja/{tahun}/aksi": {"post"},
    "/api/v1/opd/{kode}/renja/{tahun}/baris": {"post"},
    "/api/v1/opd/{kode}/renja/{tahun}/baris/{baris_id}": {"get", "patch", "delete"},
    "/api/v1/opd/{kode}/renja/{tahun}/baris/{baris_id}/indikator": {"post"},
    "/api/v1/opd/{kode}/renja/{tahun}/baris/{baris_id}/indikator/{indikator_id}": {
        "patch",
        "delete",
    },
    "/api/v1/opd/{kode}/renja/{tahun}/baris/{baris_id}/lokasi": {"put"},
    "/api/v1/opd/{kode}/renja/{tahun}/baris/{baris_id}/sumber_dana": {"put"},
    "/api/v1/token": {"get", "post"},
    "/api/v1/token/{token_id}": {"delete"},
}


def test_openapi_schema_lists_every_endpoint(client: object) -> None:
    from django.test import Client

    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert (schema["info"]["title"], schema["info"]["version"]) == ("Renjana API", "1")
    assert {path: set(ops) for path, ops in schema["paths"].items()} == PATHS
    assert set(schema["components"]["securitySchemes"]) == {"TokenAuth", "SessionAuth"}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if path != "/api/v1/opd":
                assert {"401", "403", "404", "422"} <= set(operation["responses"]), (path, method)
    pagu = schema["components"]["schemas"]["BarisUbah"]["properties"]["pagu"]
    assert {"type": "number"} not in pagu["anyOf"]
    docs = Client().get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs  # served locally, no CDN
    assert "cdn." not in docs


def test_the_row_schema_covers_the_core_json_form_of_a_row(plan: Plan) -> None:
    """A key added to ``row_to_data`` must be added to ``schemas.Baris`` too, or the API
    would silently drop it from its answers."""
    from renjana.api import schemas
    from renjana.apps.perencanaan.selectors.renja import renja_rows
    from renjana.core.renja_data import row_to_data

    data = row_to_data(renja_rows(plan.renja)[-1])
    assert set(data) <= set(schemas.Baris.model_fields)
    assert set(data["indikator"][0]) <= set(schemas.Indikator.model_fields)
    assert set(data["indikator"][0]["target"]) == set(schemas.Target.model_fields)
    assert set(data["sumber_dana"][0]) == set(schemas.SumberDana.model_fields)
