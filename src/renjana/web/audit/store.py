"""Uploaded documents kept between the report and the later steps (downloads, draft Renja).

Files live under ``MEDIA_ROOT/audit/`` with a random name; a small sidecar records the owner,
the original name and the options, so a file is only ever reopened by the user who uploaded
it, and a client never supplies a path. Files older than a day are removed on the next upload.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".docx", ".xlsx", ".txt", ".md", ".html", ".htm")
KEEP_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Stored:
    token: str
    path: Path
    name: str
    tahun: int | None
    tingkat: str


def _folder() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "audit"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _clean_old(folder: Path) -> None:
    limit = time.time() - KEEP_SECONDS
    for item in folder.iterdir():
        if item.stat().st_mtime < limit:
            item.unlink(missing_ok=True)


def save(owner_id: int, name: str, data: bytes, tahun: int | None, tingkat: str) -> Stored:
    folder = _folder()
    _clean_old(folder)
    suffix = Path(name).suffix.lower()
    token = secrets.token_urlsafe(16)
    path = folder / f"{token}{suffix}"
    path.write_bytes(data)
    meta = {"owner": owner_id, "name": name, "tahun": tahun, "tingkat": tingkat}
    (folder / f"{token}.json").write_text(json.dumps(meta), encoding="utf-8")
    return Stored(token, path, name, tahun, tingkat)


def load(owner_id: int, token: str) -> Stored | None:
    """The stored upload ``token`` of ``owner_id``; ``None`` for anything else."""
    if not token.replace("-", "").replace("_", "").isalnum():
        return None
    folder = _folder()
    sidecar = folder / f"{token}.json"
    if not sidecar.is_file():
        return None
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    if meta.get("owner") != owner_id:
        return None
    suffix = Path(meta["name"]).suffix.lower()
    path = folder / f"{token}{suffix}"
    if not path.is_file():
        return None
    return Stored(token, path, meta["name"], meta.get("tahun"), meta.get("tingkat") or "")
