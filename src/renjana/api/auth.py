"""Who a request acts as: a personal API token, or the browser session of the pages.

Either way the result is a ``Pengguna`` and every endpoint passes it to the same selectors
and services as the pages, so role, office scope and stage locks are decided in one place
(``renjana.apps.organisasi.scope`` and the services).

A token is tried first. A request that presents a token is judged by the token alone: a
bad one is refused (401) even if a session cookie came along, so a script never runs as
whoever happens to be logged in. Session requests must pass Django's CSRF check on writes;
token requests need not, because a browser never attaches an ``Authorization`` header to a
cross-site request by itself.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from renjana.apps.akses.services import authenticate_token


class TokenAuth(HttpBearer):
    """``Authorization: Bearer rjn_…``: a personal API token (``POST /token``)."""

    openapi_scheme = "bearer"

    def __call__(self, request: HttpRequest) -> Any | None:
        header = request.headers.get("Authorization", "")
        if not header:
            return None  # no token offered: let the session try
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationError()
        return self.authenticate(request, token.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = authenticate_token(token)
        if user is None:
            raise AuthenticationError()  # revoked, expired or unknown: never fall back
        return user


class SessionAuth(APIKeyCookie):
    """The login of the pages; writes need the CSRF token (header ``X-CSRFToken``)."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if (
            request.method not in ("GET", "HEAD", "OPTIONS", "TRACE")
            and request.user.is_authenticated
            and check_csrf(request) is not None
        ):
            raise HttpError(
                403, "Pemeriksaan CSRF gagal: kirim header X-CSRFToken dari cookie csrftoken."
            )
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        user = request.user
        return user if user.is_authenticated and user.is_active else None


token_auth = TokenAuth()
session_auth = SessionAuth()
