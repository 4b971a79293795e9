//! The rough edges of a user's first hour (issue 16, "smaller things"): each message
//! names the fix that works, and each warning is given where a user would miss it.

use crate::common::TestEnv;

#[test]
fn a_folder_as_db_says_which_file_to_create_and_that_advice_works() {
    let mut env = TestEnv::empty();
    let folder = env.dir.path().join("compta");
    std::fs::create_dir(&folder).unwrap();
    env.db = folder.clone();
    let advice = format!("creances init --db {}", folder.join("ledger.sqlite").display());
    for args in [&["customer", "list"][..], &["init", "--name", "X"][..]] {
        let err = env.fails(args, 2);
        assert!(err.contains("is a folder"), "{args:?}: {err}");
        assert!(err.contains(&advice), "{args:?}: {err}");
    }
    // the advice, followed, works
    env.db = folder.join("ledger.sqlite");
    env.ok(&["init", "--name", "Atelier"]);
    env.ok(&["customer", "list"]);
}

#[test]
fn a_missing_ledger_file_exits_2_and_says_how_to_create_it() {
    let env = TestEnv::empty();
    let err = env.fails(&["customer", "list"], 2);
    assert!(err.contains("no ledger at"), "{err}");
    assert!(err.contains("creances init --db"), "{err}");
    assert!(!err.contains("locked"), "{err}");
    assert!(!env.db.exists());
}

#[test]
fn import_bank_errors_name_the_bank_format_flag() {
    let env = TestEnv::with_customer();
    let csv = crate::common::data("bank/releve.csv");
    let err = env.fails(&["import", "bank", &csv, "--bank-format", "camt053"], 2);
    assert!(err.contains("--bank-format csv"), "{err}");
    assert!(!err.contains("--format "), "{err}");
    let other = env.dir.path().join("other.csv");
    std::fs::write(&other, "a,b\n1,2\n").unwrap();
    let err = env.fails(&["import", "bank", other.to_str().unwrap()], 2);
    assert!(err.contains("--bank-format"), "{err}");
    assert!(!err.contains("--format "), "{err}");
}

#[test]
fn customer_show_lists_two_payments_of_one_day_in_the_order_they_were_recorded() {
    let env = TestEnv::with_customer();
    env.issued_invoice("@AUDIT;1", "2026-03-01");
    for (amount, method, reference) in [("100", "transfer", "VIR first"), ("200", "check", "CHQ second")] {
        env.ok(&[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            amount,
            "--method",
            method,
            "--reference",
            reference,
            "--date",
            "2026-03-10",
        ]);
    }
    let sheet = env.json(&["customer", "show", "ACME"]);
    let history = sheet["history"].as_array().expect("a history");
    let payments: Vec<&str> = history
        .iter()
        .filter(|h| h["kind"] == "payment")
        .map(|h| h["reference"].as_str().unwrap())
        .collect();
    assert_eq!(payments.len(), 2, "{sheet:#}");
    assert!(
        payments[0].contains("VIR first") && payments[1].contains("CHQ second"),
        "{payments:?}"
    );
}

/// ACME: FACT-2026-0001 1200.00 (due 2026-02-09), FACT-2026-0003 2400.00 (due 2026-03-31);
/// BETA: FACT-2026-0002 600.00 (due 2026-03-12).
fn three_invoices() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BETA",
        "--name",
        "Beta Conseil",
        "--siren",
        "552100554",
        "--address",
        "5 rue Haute\\n33000 Bordeaux",
    ]);
    env.issued_invoice("Audit;1;1000;20", "2026-01-10");
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "BETA",
        "--line",
        "Conseil;1;500;20",
        "--issue",
        "--date",
        "2026-02-10",
    ]);
    env.issued_invoice("Audit;2;1000;20", "2026-03-01");
    env
}

fn numbers(list: &serde_json::Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["number"].as_str().unwrap())
        .collect()
}

#[test]
fn invoice_list_searches_by_number_customer_and_amount() {
    let env = three_invoices();
    let by = |text: &str| env.json(&["invoice", "list", "--search", text]);
    assert_eq!(numbers(&by("0002")), ["FACT-2026-0002"]);
    assert_eq!(numbers(&by("acme")), ["FACT-2026-0001", "FACT-2026-0003"]);
    assert_eq!(numbers(&by("beta conseil")), ["FACT-2026-0002"]);
    assert_eq!(numbers(&by("2400")), ["FACT-2026-0003"]);
    assert_eq!(numbers(&by("1 200,00")), ["FACT-2026-0001"]);
    assert!(by("nothing like it").as_array().unwrap().is_empty());
    env.fails(&["invoice", "list", "--search", " "], 2);
}

#[test]
fn invoice_list_sorts_and_limits() {
    let env = three_invoices();
    let list = |args: &[&str]| {
        let mut all = vec!["invoice", "list"];
        all.extend(args);
        env.json(&all)
    };
    assert_eq!(
        numbers(&list(&[])),
        ["FACT-2026-0001", "FACT-2026-0002", "FACT-2026-0003"]
    );
    assert_eq!(
        numbers(&list(&["--sort", "total", "--desc"])),
        ["FACT-2026-0003", "FACT-2026-0001", "FACT-2026-0002"]
    );
    assert_eq!(
        numbers(&list(&["--sort", "days-late", "--desc", "--limit", "2"])),
        ["FACT-2026-0001", "FACT-2026-0002"]
    );
    assert_eq!(
        numbers(&list(&["--sort", "customer", "--desc", "--limit", "1"])),
        ["FACT-2026-0002"]
    );
    assert_eq!(numbers(&list(&["--limit", "1", "--desc"])), ["FACT-2026-0003"]);
}

#[test]
fn a_bank_line_dated_after_today_is_warned_about_at_import_and_at_match() {
    let env = TestEnv::with_customer();
    env.issued_invoice("@AUDIT;1", "2026-03-01");
    let statement = env.dir.path().join("releve.csv");
    std::fs::write(
        &statement,
        "Date;Libellé;Débit;Crédit\n10/03/2026;PRLV SEPA ORANGE;-45,90;\n20/04/2026;VIR SEPA ACME SAS REF FACT-2026-0001;;1 200,00\n",
    )
    .unwrap();
    let (code, _, err) = env.cmdline(&format!("import bank {}", statement.display()));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: 1 bank line(s) dated after today (2026-03-15), on 2026-04-20"),
        "{err}"
    );
    let (code, _, err) = env.cmdline("payment match --auto");
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("is dated 2026-04-20, after today (2026-03-15)"),
        "{err}"
    );
    assert!(err.contains("FACT-2026-0001"), "{err}");
}

#[test]
fn a_statement_of_past_days_gives_no_warning() {
    let env = TestEnv::with_customer();
    let (code, _, err) = env.cmdline(&format!("import bank {}", crate::common::data("bank/releve.csv")));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn a_vat_rate_french_law_does_not_know_is_warned_about_not_refused() {
    let env = TestEnv::with_customer();
    let (code, _, err) = env.cmdline(r#"invoice create --customer ACME --line "Conseil;1;100;19.6""#);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: VAT rate 19.6 % is not a French rate"),
        "{err}"
    );
    let (code, _, err) = env.cmdline("product add --sku ODD --name Odd --price 10 --vat 7");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("VAT rate 7 % is not a French rate"), "{err}");
    for rate in ["20", "10", "5,5", "2.1", "8.5", "13", "1.05", "0.9", "0"] {
        let (code, _, err) = env.cmdline(&format!(
            r#"invoice create --customer ACME --line "Conseil;1;100;{rate}""#
        ));
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("warning"), "{rate}: {err}");
    }
}

#[test]
fn the_release_binary_is_stripped_of_its_symbols() {
    let manifest =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    let release = manifest
        .split("[profile.release]")
        .nth(1)
        .expect("a [profile.release] section");
    let section = release.split("\n[").next().unwrap();
    assert!(
        section
            .lines()
            .any(|l| l.split('#').next().unwrap().replace(' ', "") == "strip=\"symbols\""),
        "[profile.release] does not strip symbols:\n{section}"
    );
}
