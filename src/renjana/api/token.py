"""Personal API tokens, managed from a logged-in session only.

A token cannot mint or revoke tokens: if a script's token leaks, it cannot be used to make
a longer-lived one. The plain token is in the answer to ``POST /token`` and nowhere else.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import P, PathEx, Router, Status

from renjana.api import schemas
from renjana.api.auth import session_auth
from renjana.api.renja import ERRORS
from renjana.api.renja_json import user_of
from renjana.apps.akses import selectors, services

router = Router(tags=["Token API"], auth=[session_auth])


def _json(token: Any) -> dict[str, Any]:
    return {
        "id": token.pk,
        "nama": token.nama,
        "awalan": token.awalan,
        "pengguna": token.pengguna.username,
        "dibuat_pada": token.dibuat_pada,
        "kedaluwarsa": token.kedaluwarsa,
        "terakhir_dipakai": token.terakhir_dipakai,
        "dicabut_pada": token.dicabut_pada,
    }


@router.get("/token", response={200: list[schemas.Token], **ERRORS})
def daftar_token(request: HttpRequest, pengguna: schemas.Kata | None = None) -> Any:
    """Token milik pengguna ini (administrator platform: milik ``pengguna`` mana pun)."""
    user = user_of(request)
    owner = selectors.pengguna_by_username(user, pengguna) if pengguna else user
    return [_json(t) for t in selectors.tokens_of(user, owner)]


@router.post("/token", response={201: schemas.TokenDibuat, **ERRORS})
def buat_token(request: HttpRequest, data: schemas.TokenBaru) -> Any:
    """Buat token; isinya hanya tampil sekali di jawaban ini. Pakai sebagai header
    ``Authorization: Bearer <token>``."""
    user = user_of(request)
    owner = selectors.pengguna_by_username(user, data.pengguna) if data.pengguna else user
    token, raw = services.create_token(
        user=user, pengguna=owner, nama=data.nama, berlaku_hari=data.berlaku_hari
    )
    return Status(201, {**_json(token), "token": raw})


@router.delete("/token/{token_id}", response={204: None, **ERRORS})
def cabut_token(request: HttpRequest, token_id: PathEx[int, P(ge=1, le=2**63 - 1)]) -> Any:
    """Cabut token untuk selamanya; permintaan dengan token itu dijawab 401."""
    user = user_of(request)
    services.revoke_token(user=user, token=selectors.get_token(user, token_id))
    return Status(204, None)
