"""The pemda logo printed on document covers: its bytes and type, read from storage."""

from __future__ import annotations

from renjana.apps.organisasi.models import Pemda

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def jenis_gambar(data: bytes) -> str | None:
    """``png`` or ``jpeg`` by the file's first bytes; None for anything else."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def logo_of(pemda: Pemda) -> bytes | None:
    """The uploaded logo (PNG or JPEG bytes), or None when there is none or the file is gone."""
    if not pemda.logo:
        return None
    try:
        with pemda.logo.open("rb") as handle:
            data: bytes = handle.read()
    except (FileNotFoundError, OSError):
        return None
    return data if jenis_gambar(data) else None
