//! The library's error messages below the domain in French (`--lang fr`, or a French
//! locale): a missing ledger, unknown invoices and customers, a bad config, a bad import,
//! an overpayment, a closed period. Each keeps its exit code and leaves the ledger as it
//! was; a golden snapshot pins a dozen of them. English stays pinned by the other tests.

use crate::common::{TestEnv, data, fails_fr, snapshot};

/// A ledger with one issued invoice of 1 200,00 € (FACT-2026-0001) to ACME.
fn with_invoice() -> TestEnv {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2026-01-15");
    env
}

#[test]
fn a_missing_ledger_is_named_in_french() {
    let env = TestEnv::empty();
    let err = fails_fr(&env, &["invoice", "list"], 2);
    assert!(
        err.starts_with("erreur : aucun registre à l'emplacement "),
        "{err}"
    );
    assert!(err.contains("créez-en un avec `creances init --db "), "{err}");
    assert!(!env.db.exists(), "no ledger is created by a refused command");
}

#[test]
fn an_unknown_invoice_is_refused_in_the_french_locale() {
    let env = with_invoice();
    let before = snapshot(&env.db);
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["invoice", "show", "FACT-2026-0099"])
        .output()
        .expect("run creances");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("aucune facture `FACT-2026-0099` : donnez son numéro"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn an_unknown_customer_is_refused_in_french() {
    let env = with_invoice();
    let before = snapshot(&env.db);
    let err = fails_fr(&env, &["customer", "show", "NOBODY"], 2);
    assert!(
        err.contains("client `NOBODY` inconnu : voir `creances customer list`"),
        "{err}"
    );
    assert!(
        err.contains("`creances customer add --code NOBODY --name ...`"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_bad_config_is_explained_in_french() {
    let env = with_invoice();
    let before = snapshot(&env.db);
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "[email]\ntransport = \"pigeon\"\n").unwrap();
    let err = fails_fr(&env, &["customer", "list"], 2);
    assert!(err.contains("configuration "), "{err}");
    assert!(
        err.contains("[email] transport `pigeon` est inconnu : utilisez outbox, smtp ou sendmail"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn an_import_with_bad_rows_imports_nothing_and_says_so_in_french() {
    let env = TestEnv::new();
    env.ok(&["import", "customers", &data("import/customers.csv")]);
    let before = snapshot(&env.db);
    let err = fails_fr(&env, &["import", "invoices", &data("import/invoices-bad.csv")], 2);
    assert!(err.contains("5 lignes incorrectes dans "), "{err}");
    assert!(err.contains(", rien n'a été importé :\n  ligne 3 : "), "{err}");
    assert!(
        err.contains("corrigez-les et importez à nouveau, ou ajoutez --skip-bad REJECTS.csv"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_payment_larger_than_the_balance_is_refused_in_french() {
    let env = with_invoice();
    let before = snapshot(&env.db);
    let err = fails_fr(&env, &["invoice", "pay", "FACT-2026-0001", "--amount", "1500"], 2);
    assert!(err.contains("dépasse le solde de FACT-2026-0001"), "{err}");
    assert!(
        err.contains("ajoutez --overpay pour garder l'excédent en crédit client"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_closed_period_is_refused_in_french() {
    let env = with_invoice();
    env.ok(&["period", "close", "--until", "2026-02-28"]);
    let before = snapshot(&env.db);
    let err = fails_fr(
        &env,
        &[
            "invoice",
            "pay",
            "FACT-2026-0001",
            "--amount",
            "100",
            "--date",
            "2026-02-10",
        ],
        2,
    );
    assert!(
        err.contains("cette date tombe dans une période clôturée (voir `creances company show`)"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

/// A dozen French errors, each with its exit code, pinned as one snapshot.
#[test]
fn golden_french_errors() {
    let env = with_invoice();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
    ]);
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--amount", "1200"]);
    let before = snapshot(&env.db);
    let cases: &[&[&str]] = &[
        &["invoice", "show", "FACT-2026-0099"],
        &["invoice", "show", "1"],
        &["customer", "show", "NOBODY"],
        &["offer", "show", "DEV-2026-0042"],
        &["invoice", "pay", "FACT-2026-0001", "--amount", "10"],
        &["invoice", "delete", "FACT-2026-0001"],
        &["invoice", "pay", "#2", "--amount", "10"],
        &["invoice", "write-off", "FACT-2026-0001", "--reason", "faillite"],
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "2000",
            "--reason",
            "erreur",
        ],
        &["recurring", "pause", "42"],
        &["task", "done", "42"],
        &["invoice", "release", "FACT-2026-0001"],
        &["import", "invoices", "absent.csv"],
    ];
    let mut text = String::new();
    for args in cases {
        let mut all = vec!["--lang", "fr"];
        all.extend_from_slice(args);
        let out = env.run(&all);
        let err =
            String::from_utf8_lossy(&out.stderr).replace(&env.dir.path().display().to_string(), "<DIR>");
        text.push_str(&format!(
            "$ creances {}\n[exit {}] {}\n",
            args.join(" "),
            out.status.code().unwrap_or(-1),
            err.trim_end()
        ));
    }
    assert_eq!(snapshot(&env.db), before, "no refused command changes the ledger");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("french_errors2", text));
}
