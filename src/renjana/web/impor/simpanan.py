"""Uploaded spreadsheets kept between the preview and the commit: bound to one user, expiring,
never located by anything the client sends but a random token.

A file is saved under ``MEDIA_ROOT/impor/`` as ``<stem>.bin`` with its metadata in
``<stem>.json``, where ``stem`` is the SHA-256 of the token, the user's id and the secret key:
another user presenting the same token derives another name and finds nothing, and the name
cannot be guessed from the token alone. Tokens are 32 URL-safe characters from ``secrets``;
anything else is refused before a path is built. Files older than ``EXPIRY`` count as absent
and are removed whenever an upload is saved. ``<stem>.kemajuan.json`` holds the progress of
the running preview for the page's polling (a file, so every server process sees it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

#: An upload is kept this long after it was made (seconds).
EXPIRY = 2 * 60 * 60
#: Largest file accepted (a 50 000-row workbook is about 4 MB).
MAX_BYTES = 25 * 1024 * 1024
#: Progress is written at most this often (seconds) while a file is read.
PROGRESS_INTERVAL = 0.3

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


@dataclass(frozen=True, slots=True)
class Unggahan:
    """What was uploaded: the token in the URLs, the kind, the office and its parameters."""

    token: str
    jenis: str
    pd_kode: str
    nama: str
    ukuran: int
    dibuat: float
    params: dict[str, Any] = field(default_factory=dict)


def _folder() -> Path:
    return Path(settings.MEDIA_ROOT) / "impor"


def _stem(token: str, user_id: int) -> Path:
    digest = hashlib.sha256(f"{token}:{user_id}:{settings.SECRET_KEY}".encode()).hexdigest()
    return _folder() / digest


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + f".{secrets.token_hex(4)}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def display_name(name: str) -> str:
    """The uploaded file's name for display only: no folders, at most 120 characters."""
    base = re.split(r"[\\/]", name or "")[-1].strip() or "berkas"
    return base[:120]


def save(
    user_id: int, *, jenis: str, pd_kode: str, nama: str, params: dict[str, Any], data: bytes
) -> Unggahan:
    """Keep ``data`` for ``user_id`` and return its record (with a fresh token)."""
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True)
    purge_expired()
    token = secrets.token_urlsafe(24)
    unggahan = Unggahan(token, jenis, pd_kode, display_name(nama), len(data), time.time(), params)
    stem = _stem(token, user_id)
    _write(stem.with_suffix(".bin"), data)
    _write(stem.with_suffix(".json"), json.dumps(asdict(unggahan)).encode())
    return unggahan


def meta(user_id: int, token: str) -> Unggahan | None:
    """The record of an upload of ``user_id`` (without reading its bytes), or None when it is
    unknown, someone else's or expired (an expired upload is removed)."""
    if not _TOKEN.match(token or ""):
        return None
    try:
        unggahan = Unggahan(**json.loads(_stem(token, user_id).with_suffix(".json").read_text()))
    except (OSError, ValueError, TypeError):
        return None
    if time.time() - unggahan.dibuat > EXPIRY:
        discard(user_id, token)
        return None
    return unggahan


def load(user_id: int, token: str) -> tuple[Unggahan, bytes] | None:
    """The upload of ``user_id`` under ``token`` and its bytes, or None."""
    unggahan = meta(user_id, token)
    if unggahan is None:
        return None
    try:
        return unggahan, _stem(token, user_id).with_suffix(".bin").read_bytes()
    except OSError:
        return None


def discard(user_id: int, token: str) -> None:
    if not _TOKEN.match(token or ""):
        return
    stem = _stem(token, user_id)
    for suffix in (".bin", ".json", ".kemajuan.json"):
        Path(str(stem) + suffix).unlink(missing_ok=True)


def purge_expired() -> None:
    """Remove uploads (and their progress) older than ``EXPIRY``."""
    folder = _folder()
    if not folder.is_dir():
        return
    limit = time.time() - EXPIRY
    for path in folder.iterdir():
        try:
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
        except OSError:
            continue


class Kemajuan:
    """Writes the progress of one preview, at most every ``PROGRESS_INTERVAL`` seconds."""

    def __init__(self, user_id: int, token: str) -> None:
        self.path = Path(str(_stem(token, user_id)) + ".kemajuan.json")
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < PROGRESS_INTERVAL and done < total:
            return
        self.last = now
        self.write(stage, done, total)

    def write(self, stage: str, done: int, total: int, selesai: bool = False) -> None:
        payload = {"tahap": stage, "selesai_baris": done, "jumlah": total, "selesai": selesai}
        with contextlib.suppress(OSError):  # progress is a courtesy, never a failure
            _write(self.path, json.dumps(payload).encode())


def read_progress(user_id: int, token: str) -> dict[str, Any] | None:
    if not _TOKEN.match(token or ""):
        return None
    try:
        data: dict[str, Any] = json.loads(
            Path(str(_stem(token, user_id)) + ".kemajuan.json").read_text()
        )
        return data
    except (OSError, ValueError):
        return None
