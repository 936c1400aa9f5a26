"""Run LibreOffice headless to convert a document (DOCX → PDF, XLSX → recalculated XLSX).

LibreOffice is the one converter that lays out a DOCX as Word does — repeated table headers,
section orientation, fields — and recalculates an XLSX (DEPENDENCIES.md). Each conversion runs
``soffice`` in a private, throw-away user profile: two conversions at once (two web workers,
parallel tests) would otherwise fight over the profile lock, and the profile is where we set
"always recalculate formulas on load" for the workbook check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = (
    "Pasang dengan `bash scripts/ensure_libreoffice.sh` (sebagai root) atau "
    "`apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 "
    "fonts-crosextra-carlito`."
)
#: 0 = always recalculate formulas when loading an OOXML / ODF spreadsheet.
_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class LibreOfficeTidakAda(RuntimeError):
    """``soffice`` is not installed: the PDF cannot be made on this machine."""

    def __init__(self) -> None:
        super().__init__(
            "LibreOffice (soffice) tidak ditemukan, sehingga PDF tidak dapat dibuat. "
            + INSTALL_HINT
        )


class KonversiGagal(RuntimeError):
    """LibreOffice ran but produced no output (a damaged input, a timeout)."""


def find_soffice() -> str | None:
    """The ``soffice`` executable (``RENJANA_SOFFICE`` overrides), or None."""
    configured = os.environ.get("RENJANA_SOFFICE")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(
    data: bytes,
    source_suffix: str,
    target: str,
    *,
    recalculate: bool = False,
    timeout: float = 300,
) -> bytes:
    """Convert ``data`` (a ``.docx``/``.xlsx`` file's bytes) with ``--convert-to target``
    (e.g. ``pdf``, ``xlsx:Calc MS Excel 2007 XML``) and return the output file's bytes."""
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeTidakAda()
    with tempfile.TemporaryDirectory(prefix="renjana-lo-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        if recalculate:
            (profile / "user").mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_ALWAYS)
        source = work / "in" / f"dokumen.{source_suffix}"
        source.parent.mkdir()
        source.write_bytes(data)
        out_dir = work / "out"
        command = [
            soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--nologo", "--nodefault", "--convert-to", target, "--outdir", str(out_dir),
            str(source),
        ]  # fmt: skip
        try:
            result = subprocess.run(
                command, capture_output=True, timeout=timeout, check=False, cwd=work
            )
        except subprocess.TimeoutExpired as exc:
            raise KonversiGagal(
                f"LibreOffice tidak selesai mengonversi dalam {timeout:.0f} detik."
            ) from exc
        produced = sorted(out_dir.glob("dokumen.*")) if out_dir.exists() else []
        if result.returncode != 0 or not produced:
            detail = (result.stderr or result.stdout).decode(errors="replace").strip()[-500:]
            raise KonversiGagal(
                f"LibreOffice gagal mengonversi ke {target} (kode {result.returncode}). {detail}"
            )
        return produced[0].read_bytes()
