#!/usr/bin/env bash
# Benchmarks on a synthetic ten-year ledger: builds it with the generator, then times
# every report, the FEC export and the dunning dry run, next to a hand-written SQL aging
# query run by the sqlite3 CLI on the same file. Prints seconds and peak memory.
#
#   scripts/bench.sh                       # 10 000 customers, 1 000 000 invoices
#   CUSTOMERS=1000 INVOICES=100000 scripts/bench.sh
#
# Needs: cargo, sqlite3 and GNU time (Debian: apt-get install sqlite3 time).
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${CUSTOMERS:-10000}
INVOICES=${INVOICES:-1000000}
SEED=${SEED:-1}
AS_OF=${AS_OF:-2026-11-24}
DIR=${BENCH_DIR:-$(mktemp -d)}
DB="$DIR/bench.sqlite"

for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool (apt-get install sqlite3 time)" >&2; exit 2; }
done

cargo build --release --locked --quiet
BIN=target/release/creances
rm -f "$DB" "$DB-wal" "$DB-shm"

measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/out.txt"
    read -r seconds kb < "$DIR/time.txt"
    printf '%-34s %8.2f s %8.1f MB\n' "$label" "$seconds" "$(echo "$kb / 1024" | bc -l)"
}

echo "ledger: $CUSTOMERS customers, $INVOICES invoices, seed $SEED, as of $AS_OF ($DB)"
measure "generator" "$BIN" --db "$DB" --as-of "$AS_OF" demo --customers "$CUSTOMERS" --invoices "$INVOICES" --seed "$SEED"
ls -l "$DB" | awk '{printf "%-34s %8.0f MB\n", "ledger file", $5 / 1048576}'

measure "sqlite3: read invoices + payments" sqlite3 "$DB" \
    "SELECT (SELECT sum(total_cents + length(due_date)) FROM invoice), (SELECT sum(amount_cents + length(date)) FROM payment);"
measure "sqlite3: hand-written aging query" sqlite3 "$DB" "
    WITH paid AS (SELECT invoice_id, sum(amount_cents) AS cents FROM allocation WHERE date <= '$AS_OF' GROUP BY invoice_id),
         credited AS (SELECT credited_invoice_id AS invoice_id, sum(total_cents) AS cents FROM invoice
                      WHERE kind = 'credit_note' AND issue_date <= '$AS_OF' GROUP BY credited_invoice_id),
         open AS (SELECT i.customer_id, julianday('$AS_OF') - julianday(i.due_date) AS late,
                         i.total_cents - coalesce(p.cents, 0) - coalesce(c.cents, 0) AS balance
                  FROM invoice i LEFT JOIN paid p ON p.invoice_id = i.id LEFT JOIN credited c ON c.invoice_id = i.id
                  WHERE i.kind = 'invoice' AND i.number IS NOT NULL AND i.issue_date <= '$AS_OF'
                    AND (i.written_off_on IS NULL OR i.written_off_on > '$AS_OF'))
    SELECT customer_id, sum(CASE WHEN late <= 0 THEN balance END), sum(CASE WHEN late BETWEEN 1 AND 30 THEN balance END),
           sum(CASE WHEN late BETWEEN 31 AND 60 THEN balance END), sum(CASE WHEN late BETWEEN 61 AND 90 THEN balance END),
           sum(CASE WHEN late > 90 THEN balance END)
    FROM open WHERE balance > 0 GROUP BY customer_id;"

run() { measure "$*" "$BIN" --db "$DB" --as-of "$AS_OF" "$@"; }
run report aging
run report aging --by invoice --format csv
run report dmp
run report split
run report kpis
run report revenue --by month
run report revenue --by customer
run report revenue --by product
run report forecast
run report dashboard
run customer list
measure "export fec --year (last full year)" "$BIN" --db "$DB" --as-of "$AS_OF" export fec --year "$(( ${AS_OF:0:4} - 1 ))" --out "$DIR/fec.txt"
measure "export fec (ten years)" "$BIN" --db "$DB" --as-of "$AS_OF" export fec --from 2000-01-01 --to "$AS_OF" --out "$DIR/fec-all.txt"
if "$BIN" dunning --help >/dev/null 2>&1; then
    run dunning run --dry-run
fi
echo "files kept in $DIR"
