"""Reading a PDF back with poppler (pdfinfo, pdftotext, pdftoppm) for layout checks."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

MM_PER_INCH = 254  # tenths of a millimetre per inch
_SIZE = re.compile(r"Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)")


@dataclass(frozen=True)
class Page:
    number: int  # physical, 1-based
    width_pt: float
    height_pt: float
    text: str  # pdftotext -layout: lines as printed
    raw: str  # pdftotext -raw: content order, a table row's cells in sequence

    @property
    def landscape(self) -> bool:
        return self.width_pt > self.height_pt

    @property
    def printed_number(self) -> str:
        """The footer's page number: the last non-empty line of the page text."""
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        return lines[-1] if lines else ""


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def pages(pdf: bytes) -> list[Page]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(path)))[1])  # type: ignore[index]
        sizes = {
            int(m[1]): (float(m[2]), float(m[3]))
            for m in _SIZE.finditer(_run("pdfinfo", "-f", "1", "-l", str(count), str(path)))
        }
        texts = _run("pdftotext", "-layout", str(path), "-").split("\f")
        raws = _run("pdftotext", "-raw", str(path), "-").split("\f")
    return [Page(n, *sizes[n], texts[n - 1], raws[n - 1]) for n in range(1, count + 1)]


def render(pdf: bytes, dpi: int = 50) -> list[Image.Image]:
    """Every page as an RGB image."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(Path(tmp) / "p")],
                       check=True)  # fmt: skip
        return [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"))]


def ink_in_margin(image: Image.Image, margin_mm: int, dpi: int, side: str) -> int:
    """Non-white pixels in the page's left or right margin strip (a few pixels of slack next to
    the text area, and at the paper edge, are not counted)."""
    margin_px = margin_mm * 10 * dpi // MM_PER_INCH
    slack = 3
    x0, x1 = (image.width - margin_px + slack, image.width - 1) if side == "right" else (
        1, margin_px - slack)  # fmt: skip
    strip = image.crop((x0, 0, x1, image.height)).convert("L")
    return sum(strip.histogram()[:200])
