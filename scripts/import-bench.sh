#!/usr/bin/env bash
# Times `creances import invoices` on a generated spreadsheet: 1 000 customers and
# 1 000 000 invoices in French style (`;`, decimal comma, DD/MM/YYYY), one in ten with
# an amount already paid. Then imports the same file again (nothing may change).
# Prints seconds and peak memory (GNU time).
#
#   scripts/import-bench.sh                 # 1 000 000 invoices
#   INVOICES=100000 scripts/import-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${CUSTOMERS:-1000}
INVOICES=${INVOICES:-1000000}
DIR=${BENCH_DIR:-$(mktemp -d)}
DB="$DIR/import.sqlite"
BIN=${BIN:-target/release/creances}

command -v /usr/bin/time >/dev/null || { echo "import-bench.sh needs GNU time (apt-get install time)" >&2; exit 2; }
[ -n "${BIN_GIVEN:-}" ] || cargo build --release --locked --quiet

awk -v n="$CUSTOMERS" 'BEGIN {
    print "code;nom;email;délai de paiement"
    for (i = 1; i <= n; i++) printf "C%05d;Client %05d SARL;compta%d@client.example;%d\n", i, i, i, (i % 3 == 0 ? 45 : 30)
}' > "$DIR/customers.csv"
awk -v n="$INVOICES" -v c="$CUSTOMERS" 'BEGIN {
    srand(42)
    print "Numéro;Client;Date facture;Montant HT;TVA;Montant TTC;Payé;Date paiement"
    for (i = 1; i <= n; i++) {
        day = 1 + (i % 28); month = 1 + int(i / 2500) % 12; year = 2015 + int(i / 100000)
        net = int(rand() * 500000) + 1000
        vat = int(net / 5)
        half = int((net + vat) / 2)
        paid = (i % 10 == 0) ? sprintf("%d,%02d", int(half / 100), half % 100) : ""
        paid_on = (i % 10 == 0) ? sprintf("%02d/%02d/%d", day, month, year + 1) : ""
        printf "OLD-%07d;C%05d;%02d/%02d/%d;%d,%02d;%d,%02d;%d,%02d;%s;%s\n", i, 1 + i % c, day, month, year,
            net / 100, net % 100, vat / 100, vat % 100, (net + vat) / 100, (net + vat) % 100, paid, paid_on
    }
}' > "$DIR/invoices.csv"
ls -l "$DIR/invoices.csv" | awk '{printf "invoices.csv: %.0f MB\n", $5 / 1e6}'

rm -f "$DB" "$DB-wal" "$DB-shm"
"$BIN" --db "$DB" init --name "Bench SARL" --address "1 rue du Test" > /dev/null
"$BIN" --db "$DB" import customers "$DIR/customers.csv" > /dev/null

measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/out.txt"
    read -r secs kb < "$DIR/time.txt"
    printf '%-28s %8.2f s %8.1f MB\n' "$label" "$secs" "$(echo "$kb / 1024" | bc -l)"
}
measure "import invoices" "$BIN" --db "$DB" import invoices "$DIR/invoices.csv"
grep -E "rows|added|unchanged" "$DIR/out.txt" | tr -s ' ' | paste -sd' '
measure "import invoices again" "$BIN" --db "$DB" import invoices "$DIR/invoices.csv"
grep -E "rows|added|unchanged" "$DIR/out.txt" | tr -s ' ' | paste -sd' '
