"""Evidence files of a realisation entry: upload and removal, under the entry's lock.

Accepted: PDF, JPG, PNG, XLSX and DOCX up to 10 MB. The extension and the first bytes of
the file must agree (a renamed executable is refused). Files are stored under
``MEDIA_ROOT`` with a random name; the uploaded name is kept apart, and files are served only
through an access-checked view.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath
from types import MappingProxyType

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.models import Indikator, RenjaBaris
from renjana.apps.realisasi.models import (
    PERIODE_TRIWULAN,
    BuktiRealisasi,
    RealisasiAnggaran,
    RealisasiKinerja,
)
from renjana.apps.realisasi.selectors.bukti import renja_of_bukti, triwulan_of_bukti
from renjana.apps.realisasi.services.entry import guard_entry, mark_filled
from renjana.apps.realisasi.services.jadwal import reject, today
from renjana.core.idformat import format_number
from renjana.core.numbers import D

UKURAN_MAKS = 10 * 1024 * 1024
_ZIP = b"PK\x03\x04"
#: Allowed extensions and the bytes such a file starts with.
JENIS_BERKAS = MappingProxyType(
    {
        "pdf": (b"%PDF-",),
        "jpg": (b"\xff\xd8\xff",),
        "jpeg": (b"\xff\xd8\xff",),
        "png": (b"\x89PNG\r\n\x1a\n",),
        "xlsx": (_ZIP,),
        "docx": (_ZIP,),
    }
)
_JENIS_LABEL = "PDF, JPG, PNG, XLSX atau DOCX"


def _check_berkas(berkas: UploadedFile) -> str:
    """The file's type (extension) if acceptable; refuses with the reason otherwise."""
    nama = berkas.name or ""
    ext = PurePosixPath(nama).suffix.lower().lstrip(".")
    if ext not in JENIS_BERKAS:
        raise reject(
            "BUKTI_JENIS_DITOLAK",
            f"Berkas '{nama}' tidak diterima: jenis berkas bukti yang boleh {_JENIS_LABEL}.",
            field="berkas",
        )
    size = berkas.size or 0
    if size == 0:
        raise reject("BUKTI_KOSONG", f"Berkas '{nama}' kosong; pilih berkas yang berisi.")
    if size > UKURAN_MAKS:
        mb = format_number((D(size) / (1024 * 1024)).quantize(D("0.1")))
        raise reject(
            "BUKTI_TERLALU_BESAR",
            f"Berkas '{nama}' berukuran {mb} MB, melebihi batas 10 MB; perkecil (mis. pindai "
            "dengan resolusi lebih rendah) atau pecah berkasnya.",
            field="berkas",
        )
    berkas.seek(0)
    head = berkas.read(16)
    berkas.seek(0)
    if not any(head.startswith(magic) for magic in JENIS_BERKAS[ext]):
        raise reject(
            "BUKTI_ISI_TIDAK_SESUAI",
            f"Isi berkas '{nama}' bukan berkas {ext.upper()} yang sah; unggah berkas aslinya.",
            field="berkas",
        )
    return ext


@transaction.atomic
def add_bukti(
    *,
    user: Pengguna,
    triwulan: int,
    berkas: UploadedFile,
    indikator: Indikator | None = None,
    baris: RenjaBaris | None = None,
    hari_ini: dt.date | None = None,
) -> BuktiRealisasi:
    """Attach ``berkas`` to the kinerja entry of ``indikator`` or the anggaran entry of
    ``baris`` in ``triwulan`` (the entry is created, empty, if not there yet)."""
    if (indikator is None) == (baris is None):
        raise ValueError("add_bukti: beri tepat satu dari indikator atau baris")
    row = indikator.baris if indikator is not None else baris
    assert row is not None
    renja = row.renja
    guard_entry(user, renja, triwulan, hari_ini or today())
    ext = _check_berkas(berkas)
    periode = PERIODE_TRIWULAN[triwulan]
    bukti = BuktiRealisasi(
        pemda_id=renja.pemda_id,
        tahun=renja.tahun,
        nama_asli=PurePosixPath(berkas.name or "").name[:200],
        jenis=ext,
        ukuran=berkas.size or 0,
        diunggah_oleh=user,
    )
    if indikator is not None:
        bukti.realisasi_kinerja, _ = RealisasiKinerja.objects.get_or_create(
            indikator=indikator,
            periode=periode,
            defaults={"pemda_id": renja.pemda_id, "satuan": indikator.satuan},
        )
    else:
        assert baris is not None
        bukti.realisasi_anggaran, _ = RealisasiAnggaran.objects.get_or_create(
            baris=baris, periode=periode, defaults={"pemda_id": renja.pemda_id}
        )
    bukti.berkas.save(bukti.nama_asli, berkas, save=False)
    try:
        bukti.save()
        mark_filled(user, renja, triwulan)
        record(
            pengguna=user,
            pemda_id=renja.pemda_id,
            aksi="unggah_bukti_realisasi",
            objek_tipe="BuktiRealisasi",
            objek_id=bukti.pk,
            sesudah={
                "triwulan": triwulan,
                "kode": row.kode,
                "indikator": indikator.uraian if indikator is not None else "",
                "nama": bukti.nama_asli,
                "jenis": ext,
                "ukuran": bukti.ukuran,
            },
        )
    except Exception:
        bukti.berkas.storage.delete(bukti.berkas.name)  # no file without its record
        raise
    return bukti


@transaction.atomic
def remove_bukti(*, user: Pengguna, bukti: BuktiRealisasi, hari_ini: dt.date | None = None) -> None:
    """Remove an evidence file while its triwulan is still open for entry."""
    renja = renja_of_bukti(bukti)
    triwulan = triwulan_of_bukti(bukti)
    guard_entry(user, renja, triwulan, hari_ini or today())
    before = {"nama": bukti.nama_asli, "jenis": bukti.jenis, "ukuran": bukti.ukuran}
    storage, name = bukti.berkas.storage, bukti.berkas.name
    record(
        pengguna=user,
        pemda_id=renja.pemda_id,
        aksi="hapus_bukti_realisasi",
        objek_tipe="BuktiRealisasi",
        objek_id=bukti.pk,
        sebelum={"triwulan": triwulan, **before},
    )
    bukti.delete()
    transaction.on_commit(lambda: storage.delete(name))
