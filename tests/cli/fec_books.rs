//! The books an accountant takes in agree with every report: a ledger migrated from
//! another tool brings its open invoices in as opening balances (issue 11 defect 1), and
//! the entries' numbers and validation dates never move once exported (defect 3).

use std::collections::BTreeMap;

use crate::common::{TestEnv, day};
use crate::fec::{aging_totals, balances_411, read_checked};
use crate::fec_checker::{Encoding, FecLine, cents, decode_latin9, fec_lines};

/// `balance` per customer of `customer list --format json` on `as_of`.
fn customer_list_balances(env: &TestEnv, as_of: &str) -> BTreeMap<String, i128> {
    let v = env.json(&["customer", "list", "--as-of", as_of]);
    v.as_array()
        .unwrap_or_else(|| panic!("customers: {v:#}"))
        .iter()
        .map(|c| {
            let balance = cents(c["balance"].as_str().expect("balance"));
            (c["code"].as_str().expect("code").to_string(), balance)
        })
        .filter(|(_, b)| *b != 0)
        .collect()
}

/// Debit minus credit over every line of the file, and of each matching letter.
fn trial_balance(lines: &[FecLine]) -> (i128, BTreeMap<String, i128>) {
    let mut letters: BTreeMap<String, i128> = BTreeMap::new();
    let mut total = 0;
    for l in lines {
        total += l.debit() - l.credit();
        let letter = l.get("EcritureLet");
        if !letter.is_empty() {
            let key = format!("{} {} {letter}", l.get("CompteNum"), l.get("CompAuxNum"));
            *letters.entry(key).or_default() += l.debit() - l.credit();
        }
    }
    (total, letters)
}

/// ACME and BOUL migrated from a spreadsheet on 2026-02-01: OLD-1 (1 800.00, 1 200.00
/// paid before the migration: 600.00 open), OLD-2 (600.00, paid in full before), OLD-3
/// (1 000.00, 400.00 paid before, the rest paid here on 03-01); then an invoice issued
/// here for BOUL and paid in part.
fn migrated() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOUL",
        "--name",
        "Boulangerie Dupré",
        "--address",
        "3 rue Neuve\\n69001 Lyon",
        "--kind",
        "individual",
    ]);
    let file = env.dir.path().join("anciennes.csv");
    std::fs::write(
        &file,
        "number;customer;issue_date;total;paid;paid_on\n\
         OLD-1;ACME;2026-01-05;1800,00;1200,00;2026-01-20\n\
         OLD-2;BOUL;2026-01-08;600,00;600,00;2026-01-25\n\
         OLD-3;BOUL;2026-01-10;1000,00;400,00;\n",
    )
    .unwrap();
    env.ok(&["import", "invoices", file.to_str().unwrap()]);
    env.ok(&[
        "invoice",
        "pay",
        "OLD-3",
        "--amount",
        "600",
        "--date",
        "2026-03-01",
    ]);
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "BOUL",
        "--line",
        "Pains;1;500;5,5",
        "--issue",
        "--date",
        "2026-02-10",
    ]);
    let number = v["number"].as_str().expect("number").to_string();
    env.ok(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "200",
        "--date",
        "2026-03-05",
    ]);
    env
}

#[test]
fn an_invoice_imported_already_paid_comes_into_the_fec_as_an_opening_balance() {
    let env = migrated();
    env.ok(&["export", "fec", "--year", "2026", "--as-of", "2026-03-15"]);
    let path = env.dir.path().join("842130577FEC20261231.txt");
    // every rule of the FEC, letters balancing included
    let text = read_checked(&path, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    let lines = fec_lines(&text);
    let (total, letters) = trial_balance(&lines);
    assert_eq!(total, 0, "trial balance");
    assert!(!letters.is_empty(), "OLD-2 and OLD-3 are settled: lettered");
    for (letter, net) in &letters {
        assert_eq!(*net, 0, "letter {letter} balances");
    }
    // the money of the pre-migration payments was banked in the previous tool's books
    for l in lines.iter().filter(|l| l.get("PieceRef").starts_with("reprise")) {
        assert_eq!(l.get("JournalCode"), "AN", "{:?}", l.0);
        assert_ne!(l.get("CompteNum"), "512000", "{:?}", l.0);
    }
    let opening: i128 = lines
        .iter()
        .filter(|l| l.get("CompteNum") == "890000")
        .map(|l| l.credit() - l.debit())
        .sum();
    assert_eq!(
        opening,
        60000 + 60000,
        "what OLD-1 and OLD-3 still owed at the migration"
    );
    let fec = balances_411(&lines);
    let expected: BTreeMap<String, i128> =
        [("ACME".to_string(), 60000), ("BOUL".to_string(), 52750 - 20000)].into();
    assert_eq!(fec, expected, "411 per customer in the FEC");
    assert_eq!(customer_list_balances(&env, "2026-12-31"), fec, "customer list");
    assert_eq!(aging_totals(&env, "2026-12-31"), fec, "aging");
}

#[test]
fn imported_invoices_agree_with_aging_on_every_day_of_the_migration() {
    let env = migrated();
    for (i, to) in ["2026-01-07", "2026-01-21", "2026-02-28", "2026-03-02"]
        .iter()
        .enumerate()
    {
        let out = env
            .dir
            .path()
            .join(format!("p{i}/842130577FEC{}.txt", to.replace('-', "")));
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        env.ok(&[
            "export",
            "fec",
            "--from",
            "2026-01-01",
            "--to",
            to,
            "--out",
            out.to_str().unwrap(),
        ]);
        let text = read_checked(&out, Encoding::Latin9, day("2026-01-01"), day(to));
        let fec = balances_411(&fec_lines(&text));
        assert_eq!(fec, aging_totals(&env, to), "411 vs aging on {to}");
        assert_eq!(
            fec,
            customer_list_balances(&env, to),
            "411 vs customer list on {to}"
        );
    }
}

/// Exports `from`..=`to` into its own folder under the FEC's name, checks it, and returns
/// its bytes.
fn export_period(env: &TestEnv, from: &str, to: &str, folder: &str) -> Vec<u8> {
    let out = env
        .dir
        .path()
        .join(folder)
        .join(format!("842130577FEC{}.txt", to.replace('-', "")));
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    env.ok(&[
        "export",
        "fec",
        "--from",
        from,
        "--to",
        to,
        "--out",
        out.to_str().unwrap(),
    ]);
    read_checked(&out, Encoding::Latin9, day(from), day(to));
    std::fs::read(&out).unwrap()
}

/// EcritureNum per (journal, piece) of a FEC.
/// The numbers of the entries a file holds, leaving out what it carried forward from
/// before its first day (its own journal, numbered from 1 in every file).
fn numbers(bytes: &[u8]) -> BTreeMap<(String, String), String> {
    fec_lines(&decode_latin9(bytes))
        .iter()
        .filter(|l| l.get("JournalCode") != "RN")
        .map(|l| {
            let key = (l.get("JournalCode").to_string(), l.get("PieceRef").to_string());
            (key, l.get("EcritureNum").to_string())
        })
        .collect()
}

/// The days (AAAAMMJJ) the ledger's events were recorded, by the wall clock.
fn recording_days(env: &TestEnv) -> Vec<String> {
    let conn = rusqlite::Connection::open(&env.db).expect("open ledger");
    let mut stmt = conn
        .prepare("SELECT DISTINCT replace(substr(at, 1, 10), '-', '') FROM audit_log")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn fec_numbers_and_valid_dates_never_move_once_exported() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("@AUDIT;1", "2025-01-10");
    let f2 = env.issued_invoice("@AUDIT;1", "2025-02-03");
    env.ok(&["invoice", "pay", &f1, "--date", "2025-02-20"]);
    let f3 = env.issued_invoice("@AUDIT;1", "2025-03-12");
    env.ok(&["invoice", "pay", &f2, "--amount", "500", "--date", "2025-03-10"]);
    let quarter = export_period(&env, "2025-01-01", "2025-03-31", "q1-before");

    // later activity, dated after the quarter: an invoice, the payment of a March invoice,
    // a credit note on a February one
    env.issued_invoice("@AUDIT;1", "2025-04-02");
    env.ok(&["invoice", "pay", &f3, "--date", "2025-04-15"]);
    env.ok(&[
        "invoice",
        "credit",
        &f2,
        "--amount",
        "100",
        "--reason",
        "Remise",
        "--date",
        "2025-04-20",
    ]);
    let again = export_period(&env, "2025-01-01", "2025-03-31", "q1-after");
    assert!(
        again == quarter,
        "the quarter exported again is the same file, byte for byte"
    );

    // March alone and the whole year give each entry the number it has in the quarter
    let in_quarter = numbers(&quarter);
    let march = numbers(&export_period(&env, "2025-03-01", "2025-03-31", "march"));
    let year = numbers(&export_period(&env, "2025-01-01", "2025-12-31", "year"));
    assert_eq!(march.len(), 2, "F3 and the payment of 03-10: {march:?}");
    for (piece, number) in &march {
        assert_eq!(
            Some(number),
            in_quarter.get(piece),
            "{piece:?} in March vs the quarter"
        );
    }
    for (piece, number) in &in_quarter {
        assert_eq!(
            Some(number),
            year.get(piece),
            "{piece:?} in the quarter vs the year"
        );
    }

    // ValidDate is the day each entry was recorded, not its value date
    let recorded = recording_days(&env);
    let text = decode_latin9(&quarter);
    for l in fec_lines(&text) {
        assert!(
            recorded.iter().any(|d| d == l.get("ValidDate")),
            "ValidDate {} of {} {} is not a day the ledger recorded anything ({recorded:?})",
            l.get("ValidDate"),
            l.get("EcritureNum"),
            l.get("PieceRef")
        );
    }

    // once the quarter is closed, nothing can be dated into it, so the file never changes
    env.ok(&["period", "close", "--until", "2025-03-31"]);
    env.fails(
        &["invoice", "pay", &f2, "--amount", "100", "--date", "2025-03-25"],
        2,
    );
    let closed = export_period(&env, "2025-01-01", "2025-03-31", "q1-closed");
    assert!(
        closed == quarter,
        "the closed quarter is the same file, byte for byte"
    );
}

/// Issue 11, carried-forward balances: the FEC of 2027 alone opens with what each
/// customer account carried at the end of 2026, invoice by invoice (journal RN, against
/// 890000), so the 2027 payments of 2026 invoices letter against it, an invoice still
/// open stays on 411, and 411 per customer is the `customer list` balance; the 2026 file
/// and the 2027 file together hold the whole story exactly once.
#[test]
fn the_fec_of_a_second_year_alone_carries_and_letters_what_the_first_left_open() {
    let mut env = migrated();
    env.today = "2027-03-31";
    // issued in 2026: one paid in full in 2027, one paid in part in 2027, one overpaid in
    // 2026 (its credit carried), one in dollars paid in 2027 at another rate
    let issue = |line: &str, date: &str, extra: &[&str]| -> String {
        let mut args = vec![
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            line,
            "--issue",
            "--date",
            date,
        ];
        args.extend_from_slice(extra);
        env.json(&args)["number"].as_str().unwrap().to_string()
    };
    let paid_later = issue("Audit;1;1000;20", "2026-11-20", &[]);
    let partly = issue("Audit;1;500;20", "2026-12-01", &[]);
    let overpaid = issue("Audit;1;100;20", "2026-12-05", &[]);
    let dollars = issue(
        "Audit;1;1000;20",
        "2026-12-10",
        &["--currency", "USD", "--rate", "1.05"],
    );
    env.ok(&[
        "invoice",
        "pay",
        &overpaid,
        "--amount",
        "150",
        "--overpay",
        "--date",
        "2026-12-20",
    ]);
    env.ok(&["period", "close", "--until", "2026-12-31"]);
    env.ok(&["invoice", "pay", &paid_later, "--date", "2027-01-15"]);
    env.ok(&[
        "invoice",
        "pay",
        &partly,
        "--amount",
        "100",
        "--date",
        "2027-02-01",
    ]);
    env.ok(&[
        "invoice",
        "pay",
        &dollars,
        "--rate",
        "1.1",
        "--date",
        "2027-02-10",
    ]);

    let export = |year: &str| {
        let dir = env.dir.path().join(format!("y{year}"));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join(format!("842130577FEC{year}1231.txt"));
        env.ok(&["export", "fec", "--year", year, "--out", out.to_str().unwrap()]);
        let (from, to) = (day(&format!("{year}-01-01")), day(&format!("{year}-12-31")));
        fec_lines(&read_checked(&out, Encoding::Latin9, from, to))
    };
    let y2026 = export("2026");
    let y2027 = export("2027");
    let (total, letters) = trial_balance(&y2027);
    assert_eq!(total, 0, "trial balance of 2027 alone");
    assert!(letters.values().all(|net| *net == 0), "{letters:?}");
    // the 2027 file alone: 411 per customer = what customer list says at its end
    assert_eq!(balances_411(&y2027), customer_list_balances(&env, "2027-12-31"));
    // what 2026 left on 411 is what 2027 carried in
    let carried: BTreeMap<String, i128> = {
        let mut m = BTreeMap::new();
        for l in y2027
            .iter()
            .filter(|l| l.get("JournalCode") == "RN" && l.get("CompteNum") == "411000")
        {
            *m.entry(l.get("CompAuxNum").trim_start_matches('C').to_string())
                .or_default() += l.debit() - l.credit();
        }
        m
    };
    assert_eq!(
        carried,
        balances_411(&y2026),
        "2027 opens with what 2026 left open"
    );
    // the payment of a 2026 invoice in 2027 letters against what that invoice carried
    let letter_of = |piece: &str| -> String {
        y2027
            .iter()
            .find(|l| {
                l.get("CompteNum") == "411000"
                    && l.get("EcritureLib").contains(piece)
                    && l.get("JournalCode") == "BQ"
            })
            .map(|l| l.get("EcritureLet").to_string())
            .unwrap_or_else(|| panic!("no payment of {piece}: {y2027:?}"))
    };
    for piece in [&paid_later, &dollars] {
        let letter = letter_of(piece);
        assert!(!letter.is_empty(), "{piece} settled in 2027 is lettered");
        assert!(
            y2027
                .iter()
                .any(|l| l.get("JournalCode") == "RN" && l.get("EcritureLet") == letter),
            "{piece}: its carried balance holds the letter {letter}"
        );
    }
    assert_eq!(
        letter_of(&partly),
        "",
        "a part payment leaves the carried balance open"
    );
}
