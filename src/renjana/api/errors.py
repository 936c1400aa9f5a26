"""One error shape for every refusal, with the message in Indonesian.

- 401 ``{"detail"}``: no session and no valid token;
- 403 ``{"detail"}``: ``PermissionDenied`` from a service (role, scope, lock) or a failed
  CSRF check;
- 404 ``{"detail"}``: not found or outside the user's scope — the same answer either way, so
  the existence of another office's plan does not leak (docs/adr/0002-tenancy.md);
- 422 ``{"detail", "problems"}``: ``Rejected`` from a service, or a request that does not
  validate; each problem names its rule code and the field or row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from renjana.apps.errors import Rejected
from renjana.core.problems import Problem

UNAUTHENTICATED = (
    "Belum masuk. Masuk lewat halaman login (sesi) atau kirim header "
    "'Authorization: Bearer <token>' dengan token API yang masih berlaku."
)
# Messages django-ninja raises itself, in the language of the rest of the product.
_NINJA_MESSAGES = {
    "Cannot parse request body": "Isi permintaan bukan JSON yang sah.",
    "CSRF check Failed": "Pemeriksaan CSRF gagal: kirim header X-CSRFToken dari cookie csrftoken.",
}
# Pydantic error types → what to tell the person who sent the request.
_PYDANTIC_MESSAGES = {
    "missing": "wajib diisi",
    "extra_forbidden": "tidak dikenal; periksa ejaan nama isian",
    "string_type": "harus berupa teks",
    "int_type": "harus berupa bilangan bulat",
    "int_parsing": "harus berupa bilangan bulat",
    "int_from_float": "harus berupa bilangan bulat",
    "bool_type": "harus true atau false",
    "bool_parsing": "harus true atau false",
    "list_type": "harus berupa daftar (JSON array)",
    "model_type": "harus berupa objek JSON",
    "model_attributes_type": "harus berupa objek JSON",
    "dict_type": "harus berupa objek JSON",
    "literal_error": "harus salah satu dari: {expected}",
    "string_too_long": "paling banyak {max_length} karakter",
    "string_pattern_mismatch": "hanya boleh berisi huruf, angka, '-' dan '_'",
    "too_long": "paling banyak {max_length} butir",
    "greater_than_equal": "paling kecil {ge}",
    "less_than_equal": "paling besar {le}",
}


def problem_json(problem: Problem, ids: Mapping[str, int] | None = None) -> dict[str, Any]:
    loc = problem.location
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "message": problem.message,
        "kode": loc.kode,
        "indikator": loc.indikator,
        "field": loc.field,
        "found": problem.found,
        "expected": problem.expected,
        "baris_id": (ids or {}).get(loc.kode) if loc.kode else None,
    }


def _summary(problems: Iterable[dict[str, Any]]) -> str:
    items = list(problems)
    if len(items) == 1:
        return str(items[0]["message"])
    return f"Ada {len(items)} masalah; yang pertama: {items[0]['message']}" if items else ""


def _field(loc: Iterable[Any]) -> str:
    """``("body", "data", "sumber_dana", 0, "jumlah")`` → ``sumber_dana[0].jumlah``."""
    parts = [p for p in list(loc)[1:] if p != "data"]
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _validation_problem(error: dict[str, Any]) -> dict[str, Any]:
    field = _field(error.get("loc", ()))
    kind = str(error.get("type", ""))
    ctx = dict(error.get("ctx") or {})
    if isinstance(ctx.get("expected"), str):  # pydantic lists choices as "'a', 'b' or 'c'"
        ctx["expected"] = ctx["expected"].replace(" or ", " atau ")
    if "pesan" in ctx:  # our own validators (renjana.api.angka, schemas): message ready
        text = str(ctx["pesan"])
    elif kind == "string_too_short":
        text = "tidak boleh kosong"
    else:
        template = _PYDANTIC_MESSAGES.get(kind, "tidak sah")
        try:
            text = template.format(**ctx)
        except (KeyError, IndexError):
            text = "tidak sah"
    return {
        "code": kind.upper() if "pesan" not in ctx else kind,
        "severity": "error",
        "message": f"Isian {field or 'permintaan'}: {text}",
        "kode": "",
        "indikator": "",
        "field": field,
        "found": str(ctx.get("found", "")),
        "expected": "",
        "baris_id": None,
    }


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api``; every refusal goes through one of them."""

    def respond(request: HttpRequest, body: dict[str, Any], status: int) -> HttpResponse:
        return api.create_response(request, body, status=status)

    def on_rejected(request: HttpRequest, exc: Rejected) -> HttpResponse:
        problems = [problem_json(p) for p in exc.problems]
        return respond(request, {"detail": _summary(problems), "problems": problems}, 422)

    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        problems = [_validation_problem(e) for e in exc.errors]
        return respond(request, {"detail": _summary(problems), "problems": problems}, 422)

    def on_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        message = str(exc) or "Anda tidak berwenang melakukan ini."
        return respond(request, {"detail": message}, 403)

    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, {"detail": str(exc) or "Tidak ditemukan."}, 404)

    def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return respond(request, {"detail": UNAUTHENTICATED}, 401)

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        message = _NINJA_MESSAGES.get(str(exc), str(exc))
        return respond(request, {"detail": message}, exc.status_code)

    # django-ninja types a handler's exception as "instance or class"; each handler here
    # takes the instance it is registered for.
    handlers: list[tuple[type[Exception], Callable[[HttpRequest, Any], HttpResponse]]] = [
        (Rejected, on_rejected),
        (ValidationError, on_validation),
        (PermissionDenied, on_denied),
        (Http404, on_not_found),
        (AuthenticationError, on_unauthenticated),
        (HttpError, on_http_error),
    ]
    for exc_class, handler in handlers:
        api.add_exception_handler(exc_class, handler)
