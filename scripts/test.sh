#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs the outside tools that the
# #[ignore]d tests drive for real when they are missing, then runs every test.
#   aiosmtpd (PyPI)              a real SMTP server on 127.0.0.1 for the mail tests
#   poppler-utils, qpdf (Debian) pdftotext, pdftoppm and qpdf --check on generated PDFs
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c "import aiosmtpd" 2> /dev/null; then
    python3 -m pip install --quiet aiosmtpd
fi
if ! command -v pdftotext > /dev/null || ! command -v qpdf > /dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq poppler-utils qpdf > /dev/null
fi
exec cargo test --locked -- --include-ignored
