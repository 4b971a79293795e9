//! The French of what a person meets when something is off (issue 16, leftovers): bank
//! statement readers' errors, payment matching explanations, dunning dry-run problems
//! and warnings, call tasks worded at display, `--help` possible values and clap's
//! rarer parse errors; golden snapshots of the French `customer list` (narrowed to 100
//! columns) and `task list`.

use crate::common::{
    TestEnv, data, demo_on_its_day as demo, fails_fr, has, pin_transcript, same_in_both_languages,
};

/// Pins the transcript of `line` as the snapshot `french_checks_NAME`; returns stdout.
#[track_caller]
fn pin(env: &TestEnv, name: &str, line: &str) -> String {
    pin_transcript(env, &format!("french_checks_{name}"), line)
}

/// Writes `text` beside the ledger as `name`; returns its path.
fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn bad_camt_files_are_refused_in_french() {
    let env = TestEnv::with_customer();
    let before = env.snapshot();
    let err = fails_fr(&env, &["import", "bank", &data("bank/camt053-bad.xml")], 2);
    has(&err, &["erreur : relevé CAMT.053 : XML mal formé à l'octet"]);
    let negative = file(
        &env,
        "negative.xml",
        r#"<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">-5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>"#,
    );
    let err = fails_fr(
        &env,
        &["import", "bank", &negative, "--bank-format", "camt053"],
        2,
    );
    has(
        &err,
        &[
            "relevé CAMT.053 : opération 1 : le montant `-5.00` est négatif : en CAMT.053 les montants sont positifs",
        ],
    );
    let other = file(
        &env,
        "other.xml",
        r#"<?xml version="1.0"?><Document><Other/></Document>"#,
    );
    let err = fails_fr(&env, &["import", "bank", &other, "--bank-format", "camt053"], 2);
    has(
        &err,
        &["aucun élément BkToCstmrStmt : ce n'est pas un relevé camt.053"],
    );
    // English is unchanged
    let err = env.fails(&["import", "bank", &negative, "--bank-format", "camt053"], 2);
    has(&err, &["CAMT.053 statement: entry 1: amount `-5.00` is negative"]);
    assert_eq!(env.snapshot(), before, "a refused file changes nothing");
}

#[test]
fn bad_ofx_and_csv_files_are_refused_in_french() {
    let env = TestEnv::with_customer();
    let err = fails_fr(&env, &["import", "bank", &data("bank/releve-bad.ofx")], 2);
    has(
        &err,
        &[
            "erreur : relevé OFX : transaction 2 : DTPOSTED `2026-03-03` n'est pas une date de la forme 20260305",
        ],
    );
    // the locale chooses French too
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["import", "bank", &data("bank/releve-bad.ofx")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    has(
        &String::from_utf8_lossy(&out.stderr),
        &["n'est pas une date de la forme"],
    );
    let cut = file(&env, "cut.ofx", "<OFX><STMTTRN><TRNAMT>5.00");
    let err = fails_fr(&env, &["import", "bank", &cut, "--bank-format", "ofx"], 2);
    has(
        &err,
        &["la dernière transaction (STMTTRN) n'est pas fermée : le fichier est tronqué"],
    );
    let csv = file(
        &env,
        "r.csv",
        "Date;Libellé;Débit;Crédit\n;VIR X;;10,00\n02/03/2026;VIR Y;;\n",
    );
    let err = fails_fr(&env, &["import", "bank", &csv, "--bank-format", "csv"], 2);
    has(&err, &["la date est vide", "ni débit ni crédit"]);
}

#[test]
fn matching_explanations_read_in_french_and_json_stays_english() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2026-02-01");
    env.ok(&["import", "bank", &data("bank/releve.csv")]);
    let (code, out, err) = env.cmdline("--lang fr payment match");
    assert_eq!(code, 0, "{out}{err}");
    has(
        &out,
        &[
            "numéro de facture dans le libellé bancaire",
            "aucun numéro de facture dans le libellé et aucun payeur connu (nom ou IBAN)",
        ],
    );
    assert!(!out.contains("no known payer"), "{out}");
    let (_, english, _) = env.cmdline("payment match");
    has(
        &english,
        &["invoice number in the bank text", "no known payer (name or IBAN)"],
    );
    same_in_both_languages(&env, "payment match --format json");
}

#[test]
fn a_dry_run_names_its_problems_and_warnings_in_french() {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Martin",
        "--kind",
        "individual",
        "--address",
        "3 rue Neuve\\n75011 Paris",
    ]);
    for customer in ["ACME", "BOB"] {
        env.ok(&[
            "invoice",
            "create",
            "--customer",
            customer,
            "--line",
            "@AUDIT;1",
            "--issue",
            "--date",
            "2026-01-10",
        ]);
    }
    let (code, out, err) = env.cmdline("--lang fr dunning run --dry-run");
    assert_eq!(code, 1, "{out}{err}");
    has(
        &err,
        &[
            "avertissement : les courriels vont dans le dossier d'envoi",
            "problème : le client BOB n'a pas d'adresse électronique : ajoutez-en une avec `creances customer edit BOB --email ...`",
        ],
    );
    assert!(!err.contains("has no email"), "{err}");
    // JSON keeps the English findings
    let (_, fr, _) = env.cmdline("--lang fr dunning run --dry-run --format json");
    has(
        &fr,
        &[
            "customer BOB has no email address",
            "mail goes to the outbox folder",
        ],
    );
    same_in_both_languages(&env, "dunning run --dry-run --format json");
}

#[test]
fn call_tasks_are_worded_in_french_when_listed() {
    let env = demo();
    // a run in French stores the same title as in English: it is worded when listed
    let (code, out, err) = env.cmdline("--lang fr dunning run --as-of 2026-11-25");
    assert_eq!(code, 0, "{out}{err}");
    let fr = pin(&env, "task_list", "--lang fr task list --as-of 2026-11-25");
    has(
        &fr,
        &[
            "Appeler Menuiserie Girard (GIRARD) au sujet de FACT-2026-0044 : 10 jours de retard, 3\u{202f}630,00 EUR dus",
        ],
    );
    let (_, en, _) = env.cmdline("task list --as-of 2026-11-25");
    has(
        &en,
        &["Call Menuiserie Girard (GIRARD) about FACT-2026-0044: 10 day(s) late, 3630.00 EUR due"],
    );
    // the stored title is what JSON and CSV give
    same_in_both_languages(&env, "task list --as-of 2026-11-25 --format json");
    same_in_both_languages(&env, "task list --as-of 2026-11-25 --format csv");
}

#[test]
fn the_french_customer_list_fits_100_columns() {
    let env = demo();
    let fr = pin(&env, "customer_list", "--lang fr customer list");
    let (_, en, _) = env.cmdline("customer list");
    for text in [&fr, &en] {
        for line in text.lines() {
            assert!(
                line.chars().count() <= 100,
                "{} columns: {line}",
                line.chars().count()
            );
        }
    }
    has(&fr, &["retardataire", "en relance", "bloqué"]);
    // CSV keeps every field
    let (_, csv, _) = env.cmdline("customer list --format csv");
    has(&csv, &["kind", "open", "days late", "late payer"]);
}

#[test]
fn possible_values_and_their_help_read_in_french() {
    let env = TestEnv::empty();
    let (_, long, _) = env.cmdline("--lang fr invoice list --help");
    has(
        &long,
        &[
            "Valeurs possibles :",
            "- auto   : Sur un terminal, sauf si NO_COLOR est défini",
            "- always : Toujours, même dans un tube ou avec NO_COLOR",
            "[par défaut : auto]",
        ],
    );
    assert!(
        !long.contains("Possible values") && !long.contains("On a terminal"),
        "{long}"
    );
    let (_, short, _) = env.cmdline("--lang fr invoice list -h");
    has(&short, &["[valeurs possibles : auto,\n", "always, never]"]);
    assert!(!short.contains("Valeurs possibles :"), "{short}");
    let (_, layout, _) = env.cmdline("--lang fr export entries --help");
    has(
        &layout,
        &["- sage    : Import Sage 50 / Ciel XImport : largeur fixe, page de codes 850"],
    );
}

#[test]
fn each_kind_of_command_line_error_reads_in_french() {
    let env = TestEnv::empty();
    let cases: [(&str, &str); 10] = [
        (
            "invoice create --customer",
            "une valeur est requise pour « --customer <CUSTOMER> »",
        ),
        (
            "--color bogus invoice list",
            "valeur « bogus » invalide pour « --color <WHEN> »",
        ),
        ("invoice list --bogus", "argument inattendu « --bogus »"),
        (
            "export fec --year 2026 --from 2026-01-01",
            "ne peut pas être utilisé avec",
        ),
        (
            "invoice list --status paid --status paid",
            "l'argument « --status <STATUS> » ne peut être donné qu'une fois",
        ),
        (
            "invoice list --desc=yes",
            "valeur « yes » inattendue pour « --desc » : aucune autre n'était attendue",
        ),
        ("invoice show", "ces arguments obligatoires manquent :"),
        ("invoice lst", "sous-commande inconnue « lst »"),
        (
            "invoice list --limit abc",
            "valeur « abc » invalide pour « --limit <N> » : ce n'est pas un nombre entier",
        ),
        (
            "invoice list --limit 99999999999999999999",
            "nombre trop grand ou trop petit",
        ),
    ];
    for (line, french) in cases {
        let (code, _, err) = env.cmdline(&format!("--lang fr {line}"));
        assert_eq!(code, 2, "{line}: {err}");
        has(
            &err,
            &["erreur : ", french, "Pour en savoir plus, essayez « --help »."],
        );
        assert!(
            !err.contains("error:") && !err.contains("For more information"),
            "{line}: {err}"
        );
    }
    // a command without its subcommand shows its help, in French
    let (code, _, err) = env.cmdline("--lang fr invoice");
    assert_eq!(code, 2, "{err}");
    has(
        &err,
        &[
            "Utilisation : creances invoice [OPTIONS] <COMMAND>",
            "Commandes :",
        ],
    );
}
