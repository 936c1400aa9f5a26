"""Uploading the pemda logo printed on document covers (admin Bappeda of that pemda).

Accepted: PNG or JPEG up to 2 MB. The type is decided by the file's first bytes (magic
bytes), never by its name, and the image must open as a whole (a truncated or disguised file
is refused). The file is stored under a name Renjana chooses; the previous logo is removed.
"""

from __future__ import annotations

import secrets
from io import BytesIO
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from PIL import Image, UnidentifiedImageError

from renjana.apps.dokumen.selectors.logo import jenis_gambar
from renjana.apps.dokumen.services.common import audit, reject, require_pemda_admin
from renjana.apps.organisasi.models import Pemda
from renjana.core.idformat import format_number
from renjana.core.numbers import D

UKURAN_MAKS = 2 * 1024 * 1024
LOGO_DITOLAK = "LOGO_DITOLAK"


def _baca(berkas: UploadedFile) -> tuple[bytes, str]:
    nama = berkas.name or "berkas"
    size = berkas.size or 0
    if size == 0:
        raise reject(LOGO_DITOLAK, f"Berkas '{nama}' kosong; pilih gambar logo.", field="logo")
    if size > UKURAN_MAKS:
        mb = format_number((D(size) / (1024 * 1024)).quantize(D("0.1")))
        raise reject(
            LOGO_DITOLAK,
            f"Berkas '{nama}' berukuran {mb} MB, melebihi batas 2 MB; perkecil gambarnya.",
            field="logo",
        )
    berkas.seek(0)
    data = berkas.read(UKURAN_MAKS + 1)
    jenis = jenis_gambar(data)
    if jenis is None:
        raise reject(
            LOGO_DITOLAK,
            f"Berkas '{nama}' bukan gambar PNG atau JPG (isi berkas diperiksa, bukan namanya); "
            "unggah logo dalam format PNG atau JPG.",
            field="logo",
        )
    try:
        with Image.open(BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise reject(
            LOGO_DITOLAK,
            f"Berkas '{nama}' rusak atau tidak utuh; simpan ulang logonya sebagai PNG atau JPG.",
            field="logo",
        ) from None
    return data, jenis


@transaction.atomic
def unggah_logo(*, user: Any, pemda: Pemda, berkas: UploadedFile, system: bool = False) -> None:
    """Replace the pemda's logo with ``berkas``."""
    require_pemda_admin(user, pemda.pk, system)
    data, jenis = _baca(berkas)
    lama = pemda.logo.name if pemda.logo else ""
    ext = "png" if jenis == "png" else "jpg"
    nama = f"pemda-{pemda.kode_wilayah.replace('.', '-')}-{secrets.token_hex(6)}.{ext}"
    pemda.logo.save(nama, ContentFile(data), save=False)
    pemda.save(update_fields=["logo"])
    audit(user, pemda.pk, "unggah_logo_pemda", pemda, {"logo": lama or None},
          {"logo": pemda.logo.name, "jenis": jenis, "ukuran": len(data)})  # fmt: skip
    if lama and lama != pemda.logo.name:
        storage = pemda.logo.storage
        transaction.on_commit(lambda: storage.delete(lama))


@transaction.atomic
def hapus_logo(*, user: Any, pemda: Pemda, system: bool = False) -> None:
    require_pemda_admin(user, pemda.pk, system)
    if not pemda.logo:
        return
    lama = pemda.logo.name
    storage = pemda.logo.storage
    pemda.logo = ""
    pemda.save(update_fields=["logo"])
    audit(user, pemda.pk, "hapus_logo_pemda", pemda, {"logo": lama}, {"logo": None})
    transaction.on_commit(lambda: storage.delete(lama))
