#!/usr/bin/env bash
# Install LibreOffice (headless), the metric-compatible fonts and poppler for the document tests
# when they are missing and we may. DOCX → PDF and the XLSX recalculation test use soffice;
# without Liberation/Carlito the layout shifts (DEPENDENCIES.md); pdftoppm/pdfinfo read the PDF.
set -euo pipefail
have_all() {
  local fonts
  fonts="$(fc-list : family 2>/dev/null || true)"
  command -v soffice >/dev/null 2>&1 &&
    command -v pdftoppm >/dev/null 2>&1 &&
    command -v pdfinfo >/dev/null 2>&1 &&
    grep -q "Liberation Sans" <<<"$fonts" &&
    grep -q "Carlito" <<<"$fonts"
}
if have_all; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== Memasang LibreOffice headless, fon dan poppler (Debian) untuk uji dokumen =="
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 fonts-crosextra-carlito \
    poppler-utils >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "LibreOffice/poppler/fon tidak lengkap dan tidak dapat dipasang (bukan root / tanpa apt-get)." >&2
  exit 1
else
  echo "== LibreOffice tidak lengkap: uji dokumen PDF/XLSX dilewati" \
    "(sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui" \
    "fonts-liberation2 fonts-crosextra-carlito poppler-utils) =="
fi
