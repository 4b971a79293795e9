#!/usr/bin/env bash
# Benchmarks on a synthetic ten-year ledger. Builds it with the generator (or reuses the
# one left in BENCH_DIR by an earlier run with the same size, seed and day), measures the
# scan floor (the sqlite3 CLI reading the invoice and payment tables once), then runs
# each command RUNS times and prints the median time, the peak memory of the worst run,
# and the ratio of the median to the floor measured in this same run.
#
#   scripts/bench.sh                                  # 10 000 customers, 1 000 000 invoices
#   BENCH_INVOICES=100000 scripts/bench.sh            # customers default to invoices / 100
#   BENCH_INVOICES=10000000 BENCH_DIR=/big/disk scripts/bench.sh
#   ONLY='report aging' scripts/bench.sh              # the commands whose label matches
#   SKIP='import invoices|invoice pdf' scripts/bench.sh  # leave out labels matching (ERE)
#   BENCH_REUSE=1 scripts/bench.sh                    # keep a ledger an older binary made
#                                                     # (it migrates on first open)
#
# Needs: cargo, sqlite3 and GNU time (Debian: apt-get install sqlite3 time).
# Output: a table on stdout, and the same rows as CSV in $BENCH_DIR/bench.csv.
set -euo pipefail
cd "$(dirname "$0")/.."

INVOICES=${BENCH_INVOICES:-${INVOICES:-1000000}}
CUSTOMERS=${BENCH_CUSTOMERS:-${CUSTOMERS:-$(( INVOICES / 100 > 0 ? INVOICES / 100 : 1 ))}}
SEED=${SEED:-1}
AS_OF=${AS_OF:-2026-11-24}
RUNS=${RUNS:-5}
ONLY=${ONLY:-}
SKIP=${SKIP:-}
DIR=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$DIR"
DB="$DIR/bench.sqlite"
STAMP="$DIR/bench.made"
CSV="$DIR/bench.csv"

for tool in sqlite3 /usr/bin/time bc; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool (apt-get install sqlite3 time bc)" >&2; exit 2; }
done

cargo build --release --locked --quiet
BIN=$PWD/target/release/creances
WANT="$CUSTOMERS $INVOICES $SEED $AS_OF $(stat -c %Y "$BIN")"

echo "ledger: $CUSTOMERS customers, $INVOICES invoices, seed $SEED, as of $AS_OF ($DB), $RUNS runs each"
SAME="$CUSTOMERS $INVOICES $SEED $AS_OF"
if [ -f "$DB" ] && { [ "$(cat "$STAMP" 2>/dev/null)" = "$WANT" ] ||
    { [ -n "${BENCH_REUSE:-}" ] && [[ "$(cat "$STAMP" 2>/dev/null)" == "$SAME "* ]]; }; }; then
    echo "reusing the ledger built by an earlier run"
else
    rm -f "$DB" "$DB-wal" "$DB-shm" "$STAMP"
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$BIN" --db "$DB" --as-of "$AS_OF" \
        demo --customers "$CUSTOMERS" --invoices "$INVOICES" --seed "$SEED" > /dev/null
    read -r seconds kb < "$DIR/time.txt"
    printf 'generator: %.1f s, %.0f MB peak\n' "$seconds" "$(echo "$kb / 1024" | bc -l)"
    echo "$WANT" > "$STAMP"
fi
ls -l "$DB" | awk '{printf "ledger file: %.0f MB\n", $5 / 1048576}'

# one run: seconds and peak kB of a command, its output thrown away
once() {
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > /dev/null 2> "$DIR/err.txt" || {
        echo "failed: $*" >&2; cat "$DIR/err.txt" >&2; return 1; }
    cat "$DIR/time.txt"
}

# median seconds and peak MB over RUNS runs
measure() {
    local times=() peak=0 line s kb
    for _ in $(seq "$RUNS"); do
        line=$(once "$@") || return 1
        read -r s kb <<< "$line"
        times+=("$s")
        (( kb > peak )) && peak=$kb
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v p="$peak" '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%.3f %.1f\n", m, p / 1024 }'
}

read -r FLOOR FLOOR_MB < <(measure sqlite3 "$DB" \
    "SELECT (SELECT sum(total_cents + length(due_date)) FROM invoice), (SELECT sum(amount_cents + length(date)) FROM payment);")
printf '%-44s %9s %9s %7s\n' "command" "median s" "peak MB" "×floor"
printf '%-44s %9.3f %9.1f %7s\n' "floor: sqlite3 reads invoice + payment" "$FLOOR" "$FLOOR_MB" "1.00"
echo "command,median_s,peak_mb,ratio_to_floor,floor_s,invoices" > "$CSV"
echo "floor,$FLOOR,$FLOOR_MB,1.00,$FLOOR,$INVOICES" >> "$CSV"

# whether the row labelled $1 is run: it matches ONLY (if set) and not SKIP (if set)
wanted() {
    if [ -n "$ONLY" ] && [[ "$1" != *"$ONLY"* ]]; then return 1; fi
    if [ -n "$SKIP" ] && [[ "$1" =~ $SKIP ]]; then return 1; fi
    return 0
}

row() { # label, command...
    local label=$1; shift
    wanted "$label" || return 0
    local result median mb ratio
    result=$(measure "$@") || { printf '%-44s %9s\n' "$label" "failed"; return 0; }
    read -r median mb <<< "$result"
    ratio=$(echo "scale=2; $median / $FLOOR" | bc -l)
    printf '%-44s %9.3f %9.1f %7.2f\n' "$label" "$median" "$mb" "$ratio"
    echo "\"$label\",$median,$mb,$ratio,$FLOOR,$INVOICES" >> "$CSV"
}
cmd() { local label="$*"; row "$label" "$BIN" --db "$DB" --as-of "$AS_OF" "$@"; }

LAST_YEAR=$(( ${AS_OF:0:4} - 1 ))
FIRST=$(sqlite3 "$DB" "SELECT number FROM invoice WHERE number IS NOT NULL ORDER BY id LIMIT 1")
CUSTOMER=$(sqlite3 "$DB" "SELECT code FROM customer ORDER BY id LIMIT 1")

cmd report aging
cmd report aging --by invoice --format csv
cmd report aging --by invoice --format json
# the day before: allocations are dated on AS_OF, so the settlement record cannot answer
# and the dated history is read (the cost of every report before the record)
BEFORE=$(date -d "$AS_OF - 1 day" +%F)
row "report aging --as-of $BEFORE (history)" "$BIN" --db "$DB" --as-of "$BEFORE" report aging
cmd report dmp
cmd report split
cmd report kpis
cmd report forecast
cmd report payers
cmd customer list
cmd customer list --format csv
cmd customer list --format json
if "$BIN" report dashboard --help > /dev/null 2>&1; then cmd report dashboard; fi
cmd report revenue --by month
# the dry run exits 1 when the real run could not send (the synthetic company has no
# sender address): the planning is what is timed
row "dunning run --dry-run" sh -c "'$BIN' --db '$DB' --as-of $AS_OF dunning run --dry-run 2> /dev/null; test \$? -le 1"
cmd dunning plan --days 30
cmd dunning plan --days 30 --format csv
cmd dunning plan --days 30 --format json
cmd dunning log --format csv
cmd invoice list --overdue --format csv
cmd invoice list --format csv
cmd invoice list --format json
row "export invoices" "$BIN" --db "$DB" --as-of "$AS_OF" export invoices --out "$DIR/factures.csv"
row "export fec --year $LAST_YEAR" "$BIN" --db "$DB" --as-of "$AS_OF" export fec --year "$LAST_YEAR" --out "$DIR/fec.txt"
row "export fec (ten years)" "$BIN" --db "$DB" --as-of "$AS_OF" export fec --from 2000-01-01 --to "$AS_OF" --out "$DIR/fec-all.txt"
cmd invoice show "$FIRST"
cmd invoice show "$(echo "$FIRST" | tr '[:upper:]' '[:lower:]')"
row "invoice show (unknown number)" sh -c "'$BIN' --db '$DB' --as-of $AS_OF invoice show FACT-1999-9999; test \$? = 2"
cmd customer show "$CUSTOMER"
cmd verify

# Import: `import invoices` of the file `export invoices` writes (every invoice of the
# ledger) into a new ledger holding only the customers, against its floor, the sqlite3
# CLI's `.import` of the same file into a plain table of a new database. Both new files
# are made outside the timing.
median_of() { printf '%s\n' "$@" | sort -g | awk '{ t[NR] = $1 } END {
    printf "%.3f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
if wanted "import invoices"; then
    FILE="$DIR/factures.csv"
    [ -f "$FILE" ] || "$BIN" --db "$DB" --as-of "$AS_OF" export invoices --out "$FILE" > /dev/null
    sqlite3 -separator ';' -header "$DB" "SELECT code, name AS nom FROM customer ORDER BY id" > "$DIR/clients.csv"
    IMPORTED="$DIR/import.sqlite"
    floor_times=(); floor_peak=0; import_times=(); import_peak=0
    for _ in $(seq "$RUNS"); do
        rm -f "$DIR/floor.sqlite"
        line=$(once sqlite3 "$DIR/floor.sqlite" -cmd ".mode csv" -cmd ".separator ;" ".import '$FILE' facture") || break
        read -r s kb <<< "$line"; floor_times+=("$s"); (( kb > floor_peak )) && floor_peak=$kb
        rm -f "$IMPORTED" "$IMPORTED-wal" "$IMPORTED-shm"
        "$BIN" --db "$IMPORTED" init --name "Bench SARL" --address "1 rue du Test" > /dev/null 2>&1
        "$BIN" --db "$IMPORTED" import customers "$DIR/clients.csv" > /dev/null
        line=$(once "$BIN" --db "$IMPORTED" --as-of "$AS_OF" import invoices "$FILE") || break
        read -r s kb <<< "$line"; import_times+=("$s"); (( kb > import_peak )) && import_peak=$kb
    done
    if [ "${#import_times[@]}" = "$RUNS" ]; then
        floor=$(median_of "${floor_times[@]}"); median=$(median_of "${import_times[@]}")
        ratio=$(echo "scale=2; $median / $floor" | bc -l)
        printf '%-44s %9.3f %9.1f %7s\n' "floor: sqlite3 .import factures.csv" "$floor" "$(echo "$floor_peak / 1024" | bc -l)" "1.00"
        printf '%-44s %9.3f %9.1f %7.2f  (× its floor)\n' "import invoices factures.csv" "$median" "$(echo "$import_peak / 1024" | bc -l)" "$ratio"
        echo "\"floor: sqlite3 .import\",$floor,$(echo "$floor_peak / 1024" | bc -l),1.00,$floor,$INVOICES" >> "$CSV"
        echo "\"import invoices\",$median,$(echo "$import_peak / 1024" | bc -l),$ratio,$floor,$INVOICES" >> "$CSV"
    else
        printf '%-44s %9s\n' "import invoices" "failed"
    fi
    rm -f "$DIR/floor.sqlite" "$IMPORTED" "$IMPORTED-wal" "$IMPORTED-shm"
fi

# Documents in bulk: `invoice pdf --all --since D` on a copy of the ledger (it archives
# what it renders), D chosen so that about PDF_COUNT documents are rendered; the copy is
# made outside the timing. Prints documents per second instead of a ratio to the floor.
PDF_COUNT=${PDF_COUNT:-1000}
if wanted "invoice pdf --all"; then
    SINCE=$(sqlite3 "$DB" "SELECT issue_date FROM invoice WHERE number IS NOT NULL
        ORDER BY issue_date DESC LIMIT 1 OFFSET $(( PDF_COUNT - 1 ))")
    SINCE=${SINCE:-2000-01-01}
    DOCS=$(sqlite3 "$DB" "SELECT count(*) FROM invoice WHERE number IS NOT NULL AND issue_date >= '$SINCE'")
    COPY="$DIR/pdf.sqlite"
    times=(); peak=0
    for _ in $(seq "$RUNS"); do
        rm -rf "$COPY" "$COPY-wal" "$COPY-shm" "$DIR/pdf-documents"
        sqlite3 "$DB" ".backup '$COPY'"
        line=$(once "$BIN" --db "$COPY" --as-of "$AS_OF" invoice pdf --all --since "$SINCE") || break
        read -r s kb <<< "$line"
        times+=("$s"); (( kb > peak )) && peak=$kb
    done
    if [ "${#times[@]}" = "$RUNS" ]; then
        median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END {
            printf "%.3f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
        rate=$(echo "$DOCS / $median" | bc -l)
        label="invoice pdf --all ($DOCS documents)"
        printf '%-44s %9.3f %9.1f %7s  %.0f documents/s\n' "$label" "$median" "$(echo "$peak / 1024" | bc -l)" "-" "$rate"
        echo "\"$label\",$median,$(echo "$peak / 1024" | bc -l),,$FLOOR,$INVOICES" >> "$CSV"
    else
        printf '%-44s %9s\n' "invoice pdf --all" "failed"
    fi
    rm -rf "$COPY" "$COPY-wal" "$COPY-shm" "$DIR/pdf-documents"
fi
echo "rows also in $CSV; files kept in $DIR"
