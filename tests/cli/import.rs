//! `creances import customers|invoices|payments`: spreadsheets in, all or nothing unless
//! bad rows are set aside, idempotent, never in the way of the numbering.

use serde_json::Value;

use crate::common::{TestEnv, data};

fn invoice<'a>(list: &'a Value, number: &str) -> &'a Value {
    list.as_array()
        .expect("a list")
        .iter()
        .find(|i| i["number"] == number)
        .unwrap_or_else(|| panic!("no invoice {number} in {list:#}"))
}

/// A ledger with the sample customers, invoices and payments imported.
fn migrated() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["import", "customers", &data("import/customers.csv")]);
    env.ok(&["import", "invoices", &data("import/invoices.csv")]);
    env.ok(&["import", "payments", &data("import/payments.csv")]);
    env
}

#[test]
fn a_spreadsheet_migration_keeps_numbers_dates_and_balances() {
    let env = migrated();
    let list = env.json(&["invoice", "list"]);
    let f117 = invoice(&list, "F2023-117");
    assert_eq!(f117["imported"], true);
    assert_eq!(f117["issue_date"], "2023-11-15");
    assert_eq!(f117["due_date"], "2023-12-15");
    assert_eq!(f117["total"], "1200.00");
    assert_eq!(f117["status"], "paid", "paid before the migration: {f117:#}");
    // no due date in the file: the customer's 45 days
    assert_eq!(invoice(&list, "F2023-118")["due_date"], "2024-01-04");
    // 200 paid in the spreadsheet and 400 by the payments file
    let f003 = invoice(&list, "F2024-003");
    assert_eq!(
        (f003["balance"].as_str(), f003["status"].as_str()),
        (Some("0.00"), Some("paid"))
    );
    let f004 = invoice(&list, "F2024-004");
    assert_eq!(f004["balance"], "650.00");
    assert_eq!(f004["total_net"], "750.50");
    let customers = env.json(&["customer", "list"]);
    let boul = customers
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "BOUL")
        .expect("BOUL");
    assert_eq!(boul["name"], "Boulangerie Dupré SARL");
}

#[test]
fn an_iso_8859_15_file_with_commas_is_read() {
    let env = TestEnv::new();
    let out = env.json(&["import", "customers", &data("import/customers-latin9.csv")]);
    assert_eq!(
        (out["encoding"].as_str(), out["delimiter"].as_str()),
        (Some("iso-8859-15"), Some(","))
    );
    assert_eq!(out["added"], 2);
    let shown = env.ok(&["customer", "show", "EURO"]);
    assert!(shown.contains("Société € et œufs"), "{shown}");
    let shown = env.ok(&["customer", "show", "CAFE"]);
    assert!(shown.contains("Café de l'Étoile"), "{shown}");
}

#[test]
fn importing_the_same_files_again_changes_nothing() {
    let env = migrated();
    let before = env.snapshot();
    for (kind, file) in [
        ("customers", "import/customers.csv"),
        ("invoices", "import/invoices.csv"),
        ("payments", "import/payments.csv"),
    ] {
        let out = env.json(&["import", kind, &data(file)]);
        assert_eq!(out["added"], 0, "{kind}: {out:#}");
        assert_eq!(out["unchanged"], out["rows"], "{kind}: {out:#}");
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn one_bad_row_aborts_the_import_with_every_line_and_reason() {
    let env = migrated();
    let before = env.snapshot();
    let err = env.fails(&["import", "invoices", &data("import/invoices-bad.csv")], 2);
    for needle in [
        "5 bad row(s)",
        "line 3: unknown customer `NOBODY`",
        "line 4: issue_date `31/02/2024`",
        "line 5: total `abc`",
        "line 6: net 90 + vat 5 is not the total 100",
        "line 7: invoice A-1 appears twice",
        "--skip-bad",
    ] {
        assert!(err.contains(needle), "`{needle}` in:\n{err}");
    }
    assert_eq!(env.snapshot(), before, "nothing imported");
}

#[test]
fn skip_bad_imports_the_good_rows_and_sets_the_bad_ones_aside() {
    let env = migrated();
    let rejects = env.dir.path().join("rejects.csv");
    let out = env.json(&[
        "import",
        "invoices",
        &data("import/invoices-bad.csv"),
        "--skip-bad",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(
        (out["added"].as_u64(), out["rejected"].as_u64()),
        (Some(2), Some(5))
    );
    let list = env.json(&["invoice", "list"]);
    assert_eq!(invoice(&list, "A-1")["total"], "120.00");
    assert_eq!(invoice(&list, "A-6")["total"], "99.90");
    let text = std::fs::read_to_string(&rejects).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "number",
            "customer",
            "issue_date",
            "total",
            "net",
            "vat",
            "line",
            "reason"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let lines: Vec<&str> = rows.iter().map(|r| &r[6]).collect();
    assert_eq!(lines, ["3", "4", "5", "6", "7"]);
    assert_eq!(&rows[0][0], "A-2");
    assert!(rows[0][7].contains("unknown customer"), "{:?}", rows[0]);
    // the rejects file reads back as an invoices file (line and reason are extra columns):
    // unfixed, its rows are refused again, but for the second A-1, now simply known
    let err = env.fails(&["import", "invoices", rejects.to_str().unwrap()], 2);
    assert!(err.contains("4 bad row(s)"), "{err}");
}

#[test]
fn imported_numbers_never_disturb_the_numbering_of_issued_invoices() {
    let env = TestEnv::with_customer();
    let file = env.dir.path().join("old.csv");
    std::fs::write(
        &file,
        "number;customer;issue_date;total\nFACT-2026-0007;ACME;2026-01-05;100,00\nFACT-2026-0008;ACME;2026-01-06;50\n",
    )
    .unwrap();
    env.ok(&["import", "invoices", file.to_str().unwrap()]);
    assert_eq!(
        env.issued_invoice("Audit;1;100;20", "2026-02-01"),
        "FACT-2026-0001"
    );
    assert_eq!(
        env.issued_invoice("Audit;1;100;20", "2026-02-02"),
        "FACT-2026-0002"
    );
    // a number issued here cannot come in as an imported one
    std::fs::write(
        &file,
        "number;customer;issue_date;total\nFACT-2026-0002;ACME;2026-01-05;10\n",
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(&["import", "invoices", file.to_str().unwrap()], 2);
    assert!(
        err.contains("already used by an invoice issued in this ledger"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_payment_for_another_customers_invoice_is_refused_by_line() {
    let env = migrated();
    let file = env.dir.path().join("pay.csv");
    std::fs::write(
        &file,
        "date;customer;amount;invoice\n01/03/2024;BOUL;10;F2024-004\n02/03/2024;NOVA;10;F2024-004\n",
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(&["import", "payments", file.to_str().unwrap()], 2);
    assert!(
        err.contains("line 2: invoice F2024-004 is not an invoice of customer BOUL"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    let rejects = env.dir.path().join("pay-rejects.csv");
    let out = env.json(&[
        "import",
        "payments",
        file.to_str().unwrap(),
        "--skip-bad",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(
        (out["added"].as_u64(), out["rejected"].as_u64()),
        (Some(1), Some(1))
    );
    let list = env.json(&["invoice", "list"]);
    assert_eq!(invoice(&list, "F2024-004")["balance"], "640.00");
}

#[test]
fn a_file_without_the_required_columns_names_them() {
    let env = TestEnv::new();
    let file = env.dir.path().join("c.csv");
    std::fs::write(&file, "nom;email\nACME;a@b.fr\n").unwrap();
    let err = env.fails(&["import", "customers", file.to_str().unwrap()], 2);
    assert!(err.contains("no column code"), "{err}");
    let err = env.fails(&["import", "customers", "/nonexistent/file.csv"], 2);
    assert!(err.contains("no file /nonexistent/file.csv"), "{err}");
}

#[test]
fn a_progress_bar_on_a_terminal_and_none_in_a_pipe() {
    let env = TestEnv::with_customer();
    let file = env.dir.path().join("many.csv");
    let mut text = String::from("number;customer;issue_date;total\n");
    for i in 1..=20_000 {
        text.push_str(&format!("OLD-{i:06};ACME;2025-01-01;10,00\n"));
    }
    std::fs::write(&file, text).unwrap();
    let piped = env.run(&["import", "invoices", file.to_str().unwrap()]);
    assert!(piped.status.success());
    assert!(
        !String::from_utf8_lossy(&piped.stderr).contains("importing"),
        "no bar in a pipe"
    );
    let again = env.dir.path().join("more.csv");
    std::fs::write(
        &again,
        std::fs::read_to_string(&file).unwrap().replace("OLD-", "NEW-"),
    )
    .unwrap();
    let args = format!("import invoices {}", again.display());
    let out = env.on_a_terminal(&args, b"");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("importing ["), "a bar on a terminal:\n{shown}");
    assert!(shown.contains("20000"), "{shown}");
}

#[test]
fn an_imported_invoice_without_lines_can_be_credited_at_its_single_vat_rate() {
    let env = TestEnv::with_customer();
    let file = env.dir.path().join("old.csv");
    std::fs::write(
        &file,
        "number;customer;issue_date;net;vat;total\nOLD-1;ACME;2026-01-05;1000,00;200,00;1200,00\nOLD-2;ACME;2026-01-06;1251,00;199,31;1450,31\n",
    )
    .unwrap();
    env.ok(&["import", "invoices", file.to_str().unwrap()]);
    let note = env.json(&[
        "invoice", "credit", "OLD-1", "--amount", "120", "--reason", "geste",
    ]);
    assert_eq!(
        (
            note["total_net"].as_str(),
            note["total_vat"].as_str(),
            note["total"].as_str()
        ),
        (Some("100.00"), Some("20.00"), Some("120.00"))
    );
    assert_eq!(note["lines"][0]["vat_rate"], "20");
    // the rest, in full: the invoice is then credited
    let rest = env.json(&["invoice", "credit", "OLD-1", "--reason", "annulation"]);
    assert_eq!(rest["total"], "1080.00");
    let inv = env.json(&["invoice", "show", "OLD-1"]);
    assert_eq!(
        (inv["status"].as_str(), inv["balance"].as_str()),
        (Some("credited"), Some("0.00"))
    );
    // mixed rates cannot be read back from totals: the message says to give lines
    let before = env.snapshot();
    let err = env.fails(
        &["invoice", "credit", "OLD-2", "--amount", "100", "--reason", "x"],
        2,
    );
    assert!(
        err.contains("imported without lines") && err.contains("--line"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn skip_bad_refuses_to_write_its_rows_over_the_ledger() {
    let env = migrated();
    let before = env.snapshot();
    let ledger = env.db.to_str().unwrap().to_string();
    let err = env.fails(
        &[
            "import",
            "invoices",
            &data("import/invoices-bad.csv"),
            "--skip-bad",
            &ledger,
        ],
        2,
    );
    assert!(err.contains("it is the ledger"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing imported, the ledger intact");
}

#[test]
fn imported_numbers_that_would_name_a_path_elsewhere_are_refused() {
    let env = migrated();
    let before = env.snapshot();
    let csv = env.dir.path().join("escape.csv");
    std::fs::write(
        &csv,
        "number;customer;issue_date;total\n../../esc;DUPONT;2024-01-05;100\n/tmp/x/abs;DUPONT;2024-01-06;100\n",
    )
    .unwrap();
    let err = env.fails(&["import", "invoices", csv.to_str().unwrap()], 2);
    for needle in ["line 2: number `../../esc`", "line 3: number `/tmp/x/abs`"] {
        assert!(err.contains(needle), "`{needle}` in:\n{err}");
    }
    assert_eq!(env.snapshot(), before);
}

/// Damaged files through the binary (issue 12: fuzzing): samples with bytes flipped or cut
/// short, each imported for real. Every one is imported or refused with exit 2; a refused
/// one leaves the ledger byte-identical; none panics.
#[test]
fn damaged_files_are_imported_or_refused_and_a_refusal_changes_nothing() {
    let env = migrated();
    let samples = [
        ("customers", "import/customers.csv"),
        ("invoices", "import/invoices.csv"),
        ("payments", "import/payments.csv"),
        ("bank", "bank/releve.csv"),
        ("bank", "bank/camt053-v02.xml"),
        ("bank", "bank/releve-v2.ofx"),
    ];
    let mut seed: u64 = 0x5EED_1234;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut refused = 0;
    for trial in 0..36 {
        let (kind, file) = samples[trial % samples.len()];
        let mut bytes = std::fs::read(data(file)).unwrap();
        if trial % 3 == 0 {
            bytes.truncate((next() as usize) % bytes.len());
        } else {
            for _ in 0..1 + next() % 4 {
                let at = (next() as usize) % bytes.len();
                bytes[at] = (next() % 256) as u8;
            }
        }
        let name = std::path::Path::new(file)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let path = env.dir.path().join(format!("damaged-{trial}-{name}"));
        std::fs::write(&path, &bytes).unwrap();
        let before = env.snapshot();
        let out = env.run(&["import", kind, path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked"),
            "trial {trial} ({file}) panicked:\n{stderr}"
        );
        match out.status.code() {
            Some(0) => {}
            Some(2) => {
                refused += 1;
                assert_eq!(
                    env.snapshot(),
                    before,
                    "trial {trial} ({file}) refused but changed the ledger"
                );
            }
            other => panic!("trial {trial} ({file}) exited {other:?}:\n{stderr}"),
        }
    }
    assert!(refused >= 6, "damage is noticed: only {refused} of 36 refused");
}

#[test]
fn an_invoice_in_another_currency_comes_in_at_its_rate_or_is_refused_without_one() {
    let env = TestEnv::with_customer();
    let file = env.dir.path().join("dollars.csv");
    // no rate: the row is refused by name and nothing is written (it was written without
    // a rate, and every report then stopped on mixing euros and dollars)
    std::fs::write(
        &file,
        "number;customer;issue_date;total;currency;paid\nUS-1;ACME;2026-01-05;110,00;USD;55,00\n",
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(&["import", "invoices", file.to_str().unwrap()], 2);
    assert!(
        err.contains("line 2: invoice US-1 is in USD: give its exchange rate") && err.contains("`taux`"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing imported");
    // a rate that is no positive number is named by its column
    std::fs::write(
        &file,
        "numero;client;date;total_ttc;devise;taux\nUS-1;ACME;2026-01-05;110,00;USD;0\n",
    )
    .unwrap();
    let err = env.fails(&["import", "invoices", file.to_str().unwrap()], 2);
    assert!(
        err.contains("line 2: exchange_rate `0` is not a positive number"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing imported");
    // with its rate: the invoice and what paid it are read at that rate everywhere
    std::fs::write(
        &file,
        "numero;client;date;total_ttc;devise;taux;paye\nUS-1;ACME;2026-01-05;110,00;USD;1,10;55,00\n",
    )
    .unwrap();
    env.ok(&["import", "invoices", file.to_str().unwrap()]);
    let list = env.json(&["invoice", "list"]);
    let us1 = invoice(&list, "US-1");
    assert_eq!(
        (us1["currency"].as_str(), us1["balance"].as_str()),
        (Some("USD"), Some("55.00")),
        "{us1:#}"
    );
    let aging = env.json(&["report", "aging"]);
    assert!(
        aging.to_string().contains("\"50.00\""),
        "55 USD at 1.10 is 50 EUR owed: {aging:#}"
    );
    for report in [
        &["report", "dmp"][..],
        &["report", "kpis"],
        &["report", "dashboard"],
        &["customer", "show", "ACME"],
        &["verify"],
    ] {
        env.ok(report);
    }
}
