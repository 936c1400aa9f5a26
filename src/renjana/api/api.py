"""The ``NinjaAPI`` instance: routers, authentication and error handlers, mounted at
``/api/v1/`` by ``renjana.urls``. Docs at ``/api/v1/docs``, schema at
``/api/v1/openapi.json``."""

from __future__ import annotations

from ninja import NinjaAPI

from renjana.api import baris, errors, renja, token
from renjana.api.auth import session_auth, token_auth

DESCRIPTION = """
API Renjana untuk membaca dan menulis baris Renja dengan aturan yang sama dengan halaman:
peran, lingkup perangkat daerah dan kunci tahap diputuskan oleh layanan yang sama.

*The Renjana API reads and writes Renja rows through the same services and permission
rules as the web pages.*

- **Masuk**: sesi login halaman (tulis: header `X-CSRFToken`) atau token API pribadi
  `Authorization: Bearer rjn_…` (dibuat lewat `POST /token`).
- **Uang** berupa teks dengan titik desimal, dua angka di belakang titik (`"1250000.50"`);
  masukan juga boleh format Indonesia (`"1.250.000,50"`) atau bilangan bulat. Angka pecahan
  JSON ditolak karena bisa tidak tepat.
- **Galat**: 401 belum masuk; 403 `{"detail"}` tidak berwenang atau tahap terkunci;
  404 tidak ada atau di luar lingkup; 422 `{"detail", "problems"}` isian ditolak.
"""

api = NinjaAPI(
    title="Renjana API",
    version="1",
    description=DESCRIPTION,
    auth=[token_auth, session_auth],
    urls_namespace="api",
)
errors.install(api)
api.add_router("/", renja.router)
api.add_router("/", baris.router)
api.add_router("/", token.router)
