//! The FEC export, checked by the project's own FEC checker (fec_checker.rs) on files
//! exported by the binary; the 411 balances per customer are compared with the aging
//! report.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use crate::common::{TestEnv, day, demo_env};
use crate::fec_checker::{
    COLUMNS, Encoding, FecLine, assert_valid_fec, cents, col, decode_latin9, fec_lines,
};

// ---------------------------------------------------------------------------------------
// Exports of the demo ledger
// ---------------------------------------------------------------------------------------

/// Runs `export fec ARGS --format json` on 2026-11-24 and returns its summary.
fn export(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["export", "fec"];
    all.extend(args);
    all.extend(["--as-of", "2026-11-24"]);
    env.json(&all)
}

/// The bytes of an exported file, checked; returns the text (decoded).
#[track_caller]
pub(crate) fn read_checked(path: &Path, encoding: Encoding, from: NaiveDate, to: NaiveDate) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert_valid_fec(name, &bytes, encoding, from, to);
    match encoding {
        Encoding::Latin9 => decode_latin9(&bytes),
        Encoding::Utf8 => String::from_utf8(bytes).unwrap(),
    }
}

#[test]
fn the_demo_ledger_exports_a_valid_fec_in_every_form() {
    let env = demo_env();
    let dir = env.dir.path();

    // Defaults: tab, ISO-8859-15, SIRENFECclosing.txt in the current folder.
    let summary = export(&env, &["--year", "2026"]);
    let default = dir.join("842130577FEC20261231.txt");
    assert!(
        default.is_file(),
        "the default file name in the current folder: {summary:#}"
    );
    let (y_from, y_to) = (day("2026-01-01"), day("2026-12-31"));
    let latin9 = read_checked(&default, Encoding::Latin9, y_from, y_to);
    assert!(latin9.starts_with("JournalCode\tJournalLib\t"), "tab by default");
    let raw = std::fs::read(&default).unwrap();
    assert!(raw.contains(&0xE8), "è as the single ISO-8859-15 byte 0xE8");
    assert!(std::str::from_utf8(&raw).is_err(), "not UTF-8 by default");
    let lines = fec_lines(&latin9);
    assert_eq!(
        summary["lines"].as_u64(),
        Some(lines.len() as u64),
        "the summary counts the lines written"
    );
    assert!(
        lines.len() > 100,
        "the demo has a year of entries: {}",
        lines.len()
    );
    for journal in ["VT", "BQ", "OD"] {
        assert!(
            lines.iter().any(|l| l.get("JournalCode") == journal),
            "a {journal} entry in the demo year"
        );
    }
    assert!(
        lines.iter().any(|l| l.get("CompteNum") == "654000"),
        "the demo's write-off"
    );
    assert!(
        lines.iter().any(|l| !l.get("EcritureLet").is_empty()),
        "settled invoices are lettered"
    );
    let total: i128 = lines.iter().map(|l| l.debit()).sum();
    assert_eq!(summary["debit"].as_str().map(cents), Some(total));

    // Pipe, ISO-8859-15.
    let sub = dir.join("pipe");
    std::fs::create_dir(&sub).unwrap();
    let pipe = sub.join("842130577FEC20261231.txt");
    export(
        &env,
        &[
            "--year",
            "2026",
            "--separator",
            "pipe",
            "--out",
            pipe.to_str().unwrap(),
        ],
    );
    let pipe_text = read_checked(&pipe, Encoding::Latin9, y_from, y_to);
    assert_eq!(pipe_text, latin9.replace('\t', "|"), "the same file with pipes");

    // Tab and pipe in UTF-8: the same text.
    for (sep, c) in [("tab", '\t'), ("pipe", '|')] {
        let sub = dir.join(format!("utf8-{sep}"));
        std::fs::create_dir(&sub).unwrap();
        let out = sub.join("842130577FEC20261231.txt");
        export(
            &env,
            &[
                "--year",
                "2026",
                "--separator",
                sep,
                "--encoding",
                "utf8",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        let text = read_checked(&out, Encoding::Utf8, y_from, y_to);
        assert_eq!(
            text,
            latin9.replace('\t', &c.to_string()),
            "UTF-8 {sep} decodes like ISO-8859-15"
        );
    }

    // A period over two years, up to the as-of day: named after its closing date.
    let (from, to) = (day("2025-01-01"), day("2026-11-24"));
    let summary = export(&env, &["--from", "2025-01-01", "--to", "2026-11-24"]);
    let long = dir.join("842130577FEC20261124.txt");
    assert!(long.is_file(), "{summary:#}");
    let text = read_checked(&long, Encoding::Latin9, from, to);
    let two_years = fec_lines(&text);
    assert!(two_years.len() > lines.len(), "2025 adds entries");
    assert!(
        two_years
            .iter()
            .any(|l| l.get("EcritureDate").starts_with("2025"))
    );
    for (sep, enc, encoding) in [
        ("pipe", "utf8", Encoding::Utf8),
        ("tab", "utf8", Encoding::Utf8),
        ("pipe", "latin9", Encoding::Latin9),
    ] {
        let sub = dir.join(format!("long-{sep}-{enc}"));
        std::fs::create_dir(&sub).unwrap();
        let out = sub.join("842130577FEC20261124.txt");
        export(
            &env,
            &[
                "--from",
                "2025-01-01",
                "--to",
                "2026-11-24",
                "--separator",
                sep,
                "--encoding",
                enc,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        read_checked(&out, encoding, from, to);
    }
    // A single month.
    let sub = dir.join("march");
    std::fs::create_dir(&sub).unwrap();
    let out = sub.join("842130577FEC20260331.txt");
    export(
        &env,
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    read_checked(&out, Encoding::Latin9, day("2026-03-01"), day("2026-03-31"));
}

/// The first day anything happened in the ledger.
fn first_day(env: &TestEnv) -> String {
    let conn = rusqlite::Connection::open(&env.db).expect("open ledger");
    conn.query_row(
        "SELECT MIN(d) FROM (SELECT MIN(issue_date) AS d FROM invoice WHERE number IS NOT NULL
                             UNION ALL SELECT MIN(date) FROM payment
                             UNION ALL SELECT MIN(written_off_on) FROM invoice)",
        [],
        |r| r.get(0),
    )
    .expect("first day")
}

/// The 411 balance per customer (by auxiliary account, without its prefix C) of a FEC.
pub(crate) fn balances_411(lines: &[FecLine]) -> BTreeMap<String, i128> {
    let mut out: BTreeMap<String, i128> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.get("CompteNum").starts_with("411")) {
        let aux = l.get("CompAuxNum");
        let code = aux.strip_prefix('C').unwrap_or(aux).to_string();
        *out.entry(code).or_default() += l.debit() - l.credit();
    }
    out.retain(|_, c| *c != 0);
    out
}

/// `total` per customer of `report aging --format json` on `as_of`.
pub(crate) fn aging_totals(env: &TestEnv, as_of: &str) -> BTreeMap<String, i128> {
    let v = env.json(&["report", "aging", "--as-of", as_of]);
    let mut out = BTreeMap::new();
    for row in v.as_array().unwrap_or_else(|| panic!("aging rows: {v:#}")) {
        let total = cents(row["total"].as_str().expect("total"));
        if total != 0 {
            out.insert(row["customer"].as_str().expect("customer").to_string(), total);
        }
    }
    out
}

/// Exports from the first day of the ledger to `as_of` and compares the 411 balances
/// with the aging totals of the same day.
#[track_caller]
fn assert_411_equals_aging(env: &TestEnv, as_of: &str) {
    let first = first_day(env);
    let sub = env.dir.path().join(format!("upto-{as_of}"));
    std::fs::create_dir_all(&sub).unwrap();
    let name = format!("842130577FEC{}.txt", as_of.replace('-', ""));
    let out = sub.join(&name);
    env.ok(&[
        "export",
        "fec",
        "--from",
        &first,
        "--to",
        as_of,
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        as_of,
    ]);
    let text = read_checked(&out, Encoding::Latin9, day(&first), day(as_of));
    let fec = balances_411(&fec_lines(&text));
    let aging = aging_totals(env, as_of);
    assert!(!aging.is_empty(), "something is owed on {as_of}");
    assert_eq!(
        fec, aging,
        "411 balance per customer in the FEC vs aging total on {as_of}"
    );
}

#[test]
fn the_411_balances_of_the_demo_equal_the_aging_report() {
    let env = demo_env();
    for d in ["2026-03-31", "2026-08-15", "2026-11-24"] {
        assert_411_equals_aging(&env, d);
    }
}

// ---------------------------------------------------------------------------------------
// A small ledger built by hand: payments, a credit note, an overpayment, a write-off
// ---------------------------------------------------------------------------------------

/// ACME, four invoices of 1 × AUDIT (1200.00 incl. VAT, due 30 days after issue):
/// - F1 (01-10) paid 500.00 on 01-20 and 700.00 on 02-05: settled;
/// - F2 (01-15) paid 300.00 on 02-01: open (900.00);
/// - F3 (02-01) credited 240.00 on 02-10, paid 1000.00 with --overpay on 02-20: settled,
///   40.00 of customer credit;
/// - F4 (02-05) paid 200.00 on 02-10, written off on 03-01 (1000.00).
fn hand_built() -> TestEnv {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("@AUDIT;1", "2026-01-10");
    let f2 = env.issued_invoice("@AUDIT;1", "2026-01-15");
    assert_eq!((f1.as_str(), f2.as_str()), ("FACT-2026-0001", "FACT-2026-0002"));
    let pay = |inv: &str, amount: &str, date: &str, reference: &str, overpay: bool| {
        let mut args = vec![
            "invoice",
            "pay",
            inv,
            "--amount",
            amount,
            "--date",
            date,
            "--reference",
            reference,
        ];
        if overpay {
            args.push("--overpay");
        }
        env.ok(&args);
    };
    pay("FACT-2026-0001", "500", "2026-01-20", "VIR-F1-A", false);
    let f3 = env.issued_invoice("@AUDIT;1", "2026-02-01");
    pay("FACT-2026-0002", "300", "2026-02-01", "VIR-F2", false);
    let f4 = env.issued_invoice("@AUDIT;1", "2026-02-05");
    assert_eq!((f3.as_str(), f4.as_str()), ("FACT-2026-0003", "FACT-2026-0004"));
    pay("FACT-2026-0001", "700", "2026-02-05", "VIR-F1-B", false);
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0003",
        "--amount",
        "240",
        "--reason",
        "Remise",
        "--date",
        "2026-02-10",
    ]);
    pay("FACT-2026-0004", "200", "2026-02-10", "VIR-F4", false);
    pay("FACT-2026-0003", "1000", "2026-02-20", "VIR-F3", true);
    env.ok(&[
        "invoice",
        "write-off",
        "FACT-2026-0004",
        "--reason",
        "Liquidation",
        "--date",
        "2026-03-01",
    ]);
    env
}

#[test]
fn a_hand_built_ledger_exports_the_right_entries_and_letters() {
    let env = hand_built();
    let summary = env.json(&["export", "fec", "--year", "2026"]);
    assert_eq!(
        (
            summary["sales_entries"].as_u64(),
            summary["bank_entries"].as_u64(),
            summary["misc_entries"].as_u64()
        ),
        (Some(5), Some(5), Some(1)),
        "4 invoices and 1 credit note, 5 payments, 1 write-off: {summary:#}"
    );
    let path = env.dir.path().join("842130577FEC20261231.txt");
    let text = read_checked(&path, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    let lines = fec_lines(&text);

    // The entries, in order, with their accounts.
    let entries: Vec<(String, String, String)> = {
        let mut v: Vec<(String, String, String)> = Vec::new();
        for l in &lines {
            let key = (
                l.get("EcritureNum").to_string(),
                l.get("EcritureDate").to_string(),
                l.get("PieceRef").to_string(),
            );
            if v.last() != Some(&key) {
                v.push(key);
            }
        }
        v
    };
    let expected: Vec<(&str, &str, &str)> = vec![
        ("VT000001", "20260110", "FACT-2026-0001"),
        ("VT000002", "20260115", "FACT-2026-0002"),
        ("BQ000001", "20260120", "VIR-F1-A"),
        ("VT000003", "20260201", "FACT-2026-0003"),
        ("BQ000002", "20260201", "VIR-F2"),
        ("VT000004", "20260205", "FACT-2026-0004"),
        ("BQ000003", "20260205", "VIR-F1-B"),
        ("VT000005", "20260210", "AV-2026-0001"),
        ("BQ000004", "20260210", "VIR-F4"),
        ("BQ000005", "20260220", "VIR-F3"),
        ("OD000001", "20260301", "FACT-2026-0004"),
    ];
    assert_eq!(
        entries
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect::<Vec<_>>(),
        expected
    );

    // Amounts per account.
    let by_account = |account: &str| -> (i128, i128) {
        lines
            .iter()
            .filter(|l| l.get("CompteNum") == account)
            .fold((0, 0), |(d, c), l| (d + l.debit(), c + l.credit()))
    };
    assert_eq!(
        by_account("411000"),
        (480000, 394000),
        "4 × 1200 debited; 240 + 2700 + 1000 credited"
    );
    assert_eq!(
        by_account("706000"),
        (20000, 400000),
        "sales net, the credit note's net mirrored"
    );
    assert_eq!(
        by_account("44571"),
        (4000 + 16667, 80000),
        "VAT, and the VAT of the credit note and write-off"
    );
    assert_eq!(by_account("512000"), (270000, 0), "money received");
    assert_eq!(by_account("654000"), (83333, 0), "the write-off net of VAT");
    for l in lines.iter().filter(|l| l.get("CompteNum") == "411000") {
        assert_eq!((l.get("CompAuxNum"), l.get("CompAuxLib")), ("CACME", "ACME SAS"));
    }
    for l in lines.iter().filter(|l| l.get("CompteNum") != "411000") {
        assert_eq!((l.get("CompAuxNum"), l.get("CompAuxLib")), ("", ""));
    }

    // Lettering: the 411 lines of each invoice, found by their piece.
    let lines_411 = |pieces: &[&str]| -> Vec<&FecLine> {
        lines
            .iter()
            .filter(|l| l.get("CompteNum") == "411000" && pieces.contains(&l.get("PieceRef")))
            .collect()
    };
    let letters = |ls: &[&FecLine]| -> Vec<(String, String)> {
        ls.iter()
            .map(|l| (l.get("EcritureLet").to_string(), l.get("DateLet").to_string()))
            .collect()
    };
    // F1: its debit and both payments share a letter dated the last payment.
    let f1 = lines_411(&["FACT-2026-0001", "VIR-F1-A", "VIR-F1-B"]);
    assert_eq!(f1.len(), 3);
    let f1_letter = f1[0].get("EcritureLet").to_string();
    assert!(!f1_letter.is_empty(), "F1 is settled: lettered");
    assert_eq!(letters(&f1), vec![(f1_letter.clone(), "20260205".to_string()); 3]);
    // F2: partly paid, no letter.
    let f2 = lines_411(&["FACT-2026-0002", "VIR-F2"]);
    assert_eq!(f2.len(), 2);
    assert_eq!(
        letters(&f2),
        vec![(String::new(), String::new()); 2],
        "F2 is partly paid"
    );
    // F3: invoice, credit note and the 960.00 of the payment that settled it; the 40.00
    // overpaid stays unlettered on the customer's account.
    let f3: Vec<&FecLine> = lines_411(&["FACT-2026-0003", "AV-2026-0001", "VIR-F3"]);
    assert_eq!(
        f3.len(),
        4,
        "the payment has a 411 line for F3 and one for the credit"
    );
    let (f3_settling, f3_credit): (Vec<&FecLine>, Vec<&FecLine>) =
        f3.into_iter().partition(|l| l.credit() != 4000);
    assert_eq!(f3_credit.len(), 1, "the 40.00 overpaid is a line of its own");
    assert_eq!(letters(&f3_credit), vec![(String::new(), String::new())]);
    let f3_letter = f3_settling[0].get("EcritureLet").to_string();
    assert!(
        !f3_letter.is_empty(),
        "F3 is settled by its credit note and payment"
    );
    assert_eq!(
        letters(&f3_settling),
        vec![(f3_letter.clone(), "20260220".to_string()); 3]
    );
    // F4: invoice, part payment and write-off.
    let f4: Vec<&FecLine> = lines
        .iter()
        .filter(|l| {
            l.get("CompteNum") == "411000"
                && (l.get("PieceRef") == "VIR-F4" || (l.get("PieceRef") == "FACT-2026-0004"))
        })
        .collect();
    assert_eq!(f4.len(), 3, "invoice, payment, write-off");
    let f4_letter = f4[0].get("EcritureLet").to_string();
    assert!(!f4_letter.is_empty(), "a written-off invoice is settled");
    assert_eq!(letters(&f4), vec![(f4_letter.clone(), "20260301".to_string()); 3]);
    let mut all = vec![f1_letter, f3_letter, f4_letter];
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 3, "one letter per settled invoice");

    // The 411 balance is the aging total: 900.00 open on F2, less 40.00 of credit.
    let aging = env.json(&["report", "aging"]);
    assert_eq!(aging[0]["customer"], "ACME");
    assert_eq!(aging[0]["days_1_30"], "900.00");
    assert_eq!(aging[0]["credit"], "-40.00");
    assert_eq!(aging[0]["total"], "860.00");
    assert_eq!(
        balances_411(&lines),
        BTreeMap::from([("ACME".to_string(), 86000)])
    );

    // At several dates, from the ledger's first day.
    for d in ["2026-01-31", "2026-02-07", "2026-02-20", "2026-03-15"] {
        assert_411_equals_aging(&env, d);
    }

    // A period that starts after an invoice: it opens with what the invoice still carried
    // (journal RN), and the later payment letters against that.
    let sub = env.dir.path().join("feb");
    std::fs::create_dir(&sub).unwrap();
    let out = sub.join("842130577FEC20260228.txt");
    env.ok(&[
        "export",
        "fec",
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--out",
        out.to_str().unwrap(),
    ]);
    let text = read_checked(&out, Encoding::Latin9, day("2026-02-01"), day("2026-02-28"));
    let feb = fec_lines(&text);
    let f1_in_feb: Vec<&FecLine> = feb
        .iter()
        .filter(|l| l.get("CompteNum") == "411000" && l.get("PieceRef") == "VIR-F1-B")
        .collect();
    assert_eq!(f1_in_feb.len(), 1);
    let letter = f1_in_feb[0].get("EcritureLet");
    assert!(
        !letter.is_empty(),
        "the payment settles what F1 carried into the file"
    );
    assert!(
        feb.iter()
            .any(|l| l.get("JournalCode") == "RN" && l.get("EcritureLet") == letter && l.debit() > 0),
        "F1's carried balance has the payment's letter: {feb:?}"
    );
}

/// Regression (fixed): a credit note dated before a payment recorded earlier releases the paid excess
/// on the credit note's day (src/ops/invoice.rs, `credit`), before the money arrived:
/// between the two days the aged balance shows 1000.00 while the FEC's 411 account (and
/// the customer statement) show 1200.00 - 600.00 = 600.00. They should agree on 600.00.
#[test]
fn the_411_balance_equals_aging_around_a_backdated_credit_note() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("Conseil;1;1000;20", "2026-01-10");
    env.ok(&["invoice", "pay", &f1, "--amount", "1000", "--date", "2026-03-01"]);
    env.ok(&[
        "invoice",
        "credit",
        &f1,
        "--amount",
        "600",
        "--reason",
        "Remise",
        "--date",
        "2026-02-01",
    ]);
    assert_411_equals_aging(&env, "2026-03-15");
    assert_411_equals_aging(&env, "2026-02-15");
}

#[test]
fn export_fec_without_a_siren_says_how_to_set_it() {
    let env = TestEnv::empty();
    env.ok(&[
        "init",
        "--name",
        "Sans Siren SARL",
        "--address",
        "1 rue X\\n75001 Paris",
    ]);
    let err = env.fails(&["export", "fec", "--year", "2026"], 2);
    assert!(err.contains("company set --siren"), "{err}");
    let left: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("FEC"))
        .collect();
    assert!(left.is_empty(), "no file left behind: {left:?}");
}

#[test]
fn export_fec_refuses_a_bad_period() {
    let env = TestEnv::with_customer();
    for args in [
        vec!["export", "fec", "--from", "2026-03-01", "--to", "2026-02-01"],
        vec!["export", "fec"],
        vec!["export", "fec", "--from", "2026-03-01"],
        vec![
            "export",
            "fec",
            "--year",
            "2026",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
        ],
    ] {
        env.fails(&args, 2);
    }
}

// ---------------------------------------------------------------------------------------
// The spreadsheet CSVs
// ---------------------------------------------------------------------------------------

/// Reads a `;` CSV with a UTF-8 BOM.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{} starts with a UTF-8 BOM",
        path.display()
    );
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes());
    r.records()
        .map(|rec| rec.expect("a CSV record").iter().map(String::from).collect())
        .collect()
}

/// A number cell of the CSVs: digits and a decimal comma.
fn is_comma_amount(cell: &str) -> bool {
    let body = cell.strip_prefix('-').unwrap_or(cell);
    matches!(body.split_once(','), Some((u, d)) if !u.is_empty() && u.bytes().all(|b| b.is_ascii_digit()) && d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()))
}

#[test]
fn export_entries_is_the_fec_as_a_french_spreadsheet_csv() {
    let env = hand_built();
    env.ok(&["export", "fec", "--year", "2026", "--encoding", "utf8"]);
    let fec_text = std::fs::read_to_string(env.dir.path().join("842130577FEC20261231.txt")).unwrap();
    let fec = fec_lines(&fec_text);
    let v = env.json(&["export", "entries", "--layout", "csv", "--year", "2026"]);
    let file = v["file"].as_str().expect("file");
    let path = env.dir.path().join(file);
    assert!(path.is_file(), "{v:#}");
    let raw = std::fs::read_to_string(&path).unwrap();
    assert!(raw.lines().nth(1).unwrap().contains(';'), "; separator");
    let rows = read_csv(&path);
    assert_eq!(rows[0], COLUMNS.to_vec(), "the FEC names as the header");
    assert_eq!(rows.len() - 1, fec.len(), "one row per FEC line");
    for (row, line) in rows[1..].iter().zip(&fec) {
        assert_eq!(row, &line.0, "the same fields as the FEC");
        for name in ["Debit", "Credit"] {
            let cell = &row[col(name)];
            assert!(is_comma_amount(cell), "{name} `{cell}` has a decimal comma");
        }
    }
    assert!(rows.iter().any(|r| r[col("Debit")] == "1200,00"));
}

#[test]
fn export_invoices_writes_one_line_per_invoice() {
    let env = hand_built();
    let v = env.json(&["export", "invoices"]);
    let path = env.dir.path().join(v["file"].as_str().expect("file"));
    let rows = read_csv(&path);
    let header = &rows[0];
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} in {header:?}"))
    };
    let (number, kind, status, balance) = (at("numero"), at("type"), at("statut"), at("solde"));
    let invoices: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[kind] == "facture").collect();
    let mut numbers: Vec<&str> = invoices.iter().map(|r| r[number].as_str()).collect();
    numbers.sort();
    assert_eq!(
        numbers,
        [
            "FACT-2026-0001",
            "FACT-2026-0002",
            "FACT-2026-0003",
            "FACT-2026-0004"
        ],
        "each invoice once"
    );
    let of = |n: &str| invoices.iter().find(|r| r[number] == n).unwrap();
    assert_eq!(
        (
            of("FACT-2026-0001")[status].as_str(),
            of("FACT-2026-0001")[balance].as_str()
        ),
        ("paid", "0,00")
    );
    assert_eq!(of("FACT-2026-0002")[balance], "900,00");
    assert_eq!(of("FACT-2026-0004")[status], "written_off");
    for r in &rows[1..] {
        for name in ["total_ht", "tva", "total_ttc", "paye", "avoirs", "solde"] {
            assert!(
                is_comma_amount(&r[at(name)]),
                "{name} `{}` has a decimal comma",
                r[at(name)]
            );
        }
    }
    // Anything else is a credit note, said so.
    for r in rows[1..].iter().filter(|r| r[kind] != "facture") {
        assert_eq!(r[kind], "avoir", "{r:?}");
    }
}

#[test]
fn formula_like_names_are_neutralised_in_both_csvs() {
    let env = TestEnv::with_customer();
    let evil = "=HYPERLINK(\"x\")";
    env.ok(&[
        "customer",
        "add",
        "--code",
        "EVIL",
        "--name",
        evil,
        "--address",
        "1 rue X\\n75001 Paris",
        "--siren",
        "732829320",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "EVIL",
        "--line",
        "@AUDIT;1",
        "--issue",
        "--date",
        "2026-02-01",
    ]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "EVIL",
        "--amount",
        "100",
        "--date",
        "2026-02-10",
        "--reference",
        "+33 SUM(1)",
    ]);

    env.ok(&[
        "export",
        "entries",
        "--layout",
        "csv",
        "--year",
        "2026",
        "--out",
        "entries.csv",
    ]);
    let rows = read_csv(&env.dir.path().join("entries.csv"));
    let aux = col("CompAuxLib");
    let names: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[aux].as_str())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!names.is_empty());
    for cell in names {
        assert_eq!(
            cell,
            format!("'{evil}"),
            "the name is neutralised with a leading quote"
        );
    }
    for r in &rows[1..] {
        for cell in r {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a formula-like cell in the entries CSV: {cell:?}"
            );
        }
    }
    assert!(
        rows.iter().any(|r| r[col("PieceRef")] == "'+33 SUM(1)"),
        "a reference starting with + is neutralised"
    );

    env.ok(&["export", "invoices", "--out", "factures.csv"]);
    let rows = read_csv(&env.dir.path().join("factures.csv"));
    let nom = rows[0].iter().position(|h| h == "nom").expect("nom");
    let evil_rows: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[nom].contains("HYPERLINK"))
        .collect();
    assert_eq!(evil_rows.len(), 1);
    assert_eq!(evil_rows[0][nom], format!("'{evil}"));
    for r in &rows[1..] {
        for cell in r {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a formula-like cell in the invoices CSV: {cell:?}"
            );
        }
    }
}

/// The FEC of a past year names the customer as the invoice and the payment did then:
/// renaming the customer today leaves last year's file byte for byte as it was (issue
/// 11 defect 4).
#[test]
fn fec_of_a_past_year_keeps_the_customer_name_as_issued() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("@AUDIT;1", "2025-11-10");
    env.ok(&["invoice", "pay", &f1, "--amount", "600", "--date", "2025-12-01"]);
    env.ok(&[
        "invoice",
        "write-off",
        &f1,
        "--reason",
        "Liquidation",
        "--date",
        "2025-12-20",
    ]);
    let export = |out: &str, year: &str| {
        env.ok(&["export", "fec", "--year", year, "--out", out]);
        std::fs::read(env.dir.path().join(out)).unwrap()
    };
    let before = export("before.txt", "2025");
    env.ok(&["customer", "edit", "ACME", "--name", "ACME Groupe SA"]);
    let f2 = env.issued_invoice("@AUDIT;1", "2026-01-10");
    env.ok(&["invoice", "pay", &f2, "--date", "2026-01-20"]);
    let after = export("after.txt", "2025");
    assert_eq!(
        decode_latin9(&after),
        decode_latin9(&before),
        "renaming the customer rewrote the 2025 FEC"
    );
    let lines = fec_lines(&decode_latin9(&before));
    let names: Vec<&str> = lines
        .iter()
        .map(|l| l.get("CompAuxLib"))
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(names.len(), 3, "sales, bank and write-off 411 lines: {names:?}");
    assert!(names.iter().all(|n| *n == "ACME SAS"), "{names:?}");
    // the new year's entries carry the new name
    let this_year = decode_latin9(&export("2026.txt", "2026"));
    let names: Vec<String> = fec_lines(&this_year)
        .iter()
        .map(|l| l.get("CompAuxLib").to_string())
        .filter(|n| !n.is_empty())
        .collect();
    assert!(
        !names.is_empty() && names.iter().all(|n| n == "ACME Groupe SA"),
        "{names:?}"
    );
}

/// A Latin-9 FEC writes a letter the encoding lacks as its closest Latin letters (Ł as L,
/// ’ as '), keeps those it has (œ, é, €), and never writes `?` (issue 11 defect 4).
#[test]
fn a_latin9_fec_transliterates_what_latin9_lacks_never_a_question_mark() {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "LODZ",
        "--name",
        "Łódź Œuvres – l’atelier Dvořák",
        "--address",
        "1 ul. Piotrkowska\\n90-001 Łódź",
        "--kind",
        "individual",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "LODZ",
        "--line",
        "Audit;1;100;20",
        "--issue",
        "--date",
        "2026-02-01",
    ]);
    let fec = "842130577FEC20261231.txt";
    env.ok(&["export", "fec", "--year", "2026"]);
    let bytes = std::fs::read(env.dir.path().join(fec)).unwrap();
    assert!(
        !bytes.contains(&b'?'),
        "a `?` in the FEC: {}",
        decode_latin9(&bytes)
    );
    let text = read_checked(
        &env.dir.path().join(fec),
        Encoding::Latin9,
        day("2026-01-01"),
        day("2026-12-31"),
    );
    let aux: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(col("CompAuxLib")).unwrap())
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(aux, ["Lódź Œuvres - l'atelier Dvorák".replace('ź', "z")]);
}
