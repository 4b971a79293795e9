//! The domain's rules and the command line's own messages and prompts in French
//! (`--lang fr`, or a French locale): errors of bad input, the VAT-rate warning, the
//! prompts of a terminal, the demo's summary, and the French words a person may type
//! (`invoice list --status payée`, `payment add --method chèque`). English stays pinned
//! by the other tests and the English golden snapshots.

use crate::common::{TestEnv, fails_fr, snapshot};

#[test]
fn a_bad_date_is_refused_in_french() {
    let env = TestEnv::with_customer();
    let before = snapshot(&env.db);
    let err = fails_fr(
        &env,
        &[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            "100",
            "--date",
            "2026-13-01",
        ],
        2,
    );
    assert!(
        err.contains("la date `2026-13-01` n'est pas une date : écrivez AAAA-MM-JJ"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_bad_line_is_refused_in_french_and_the_ledger_is_unchanged() {
    let env = TestEnv::with_customer();
    let before = snapshot(&env.db);
    let err = fails_fr(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", "Audit;2;500"],
        2,
    );
    assert!(err.starts_with("erreur : "), "{err}");
    assert!(
        err.contains(
            "la ligne `Audit;2;500` doit avoir quatre champs `DÉSIGNATION;QUANTITÉ;PRIX_UNITAIRE;TAUX_TVA`"
        ),
        "{err}"
    );
    let err = fails_fr(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;deux;500;20",
        ],
        2,
    );
    assert!(
        err.contains("ligne `Audit;deux;500;20` : la quantité `deux` n'est pas un nombre"),
        "{err}"
    );
    assert_eq!(snapshot(&env.db), before);
}

#[test]
fn a_bad_iban_is_refused_in_french() {
    let env = TestEnv::new();
    let err = fails_fr(
        &env,
        &["company", "set", "--iban", "FR76 3000 6000 0112 3456 7890 188"],
        2,
    );
    assert!(
        err.contains("l'IBAN `FR76 3000 6000 0112 3456 7890 188` n'est pas valide"),
        "{err}"
    );
    assert!(err.contains("vérifiez-le sur le RIB"), "{err}");
}

#[test]
fn an_unusual_vat_rate_is_warned_about_in_french_and_kept() {
    let env = TestEnv::with_customer();
    let out = env.run(&[
        "--lang",
        "fr",
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;19",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("le taux de TVA de 19 % n'est pas un taux français ("),
        "{err}"
    );
    assert!(
        err.contains("vérifiez qu'il ne s'agit pas d'une faute de frappe"),
        "{err}"
    );
}

#[test]
fn a_french_locale_is_enough() {
    let env = TestEnv::with_customer();
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args([
            "--as-of",
            "2026-03-15",
            "customer",
            "add",
            "--code",
            "X Y",
            "--name",
            "Z",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("le code client `X Y` n'est pas valide : utilisez 1 à 20 lettres, chiffres, - ou _"),
        "{err}"
    );
    // and English with an English locale
    let out = env
        .cmd()
        .env("LANG", "en_GB.UTF-8")
        .args([
            "--as-of",
            "2026-03-15",
            "customer",
            "add",
            "--code",
            "X Y",
            "--name",
            "Z",
        ])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("customer code `X Y` is not valid"), "{err}");
}

#[test]
fn prompts_speak_french_on_a_terminal() {
    let env = TestEnv::with_customer();
    let out = env.on_a_terminal(
        "--lang fr invoice create --format json",
        b"NOPE\rACME\rAudit;deux;500;20\rAudit;2;500;20\r\r",
    );
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("Code client"), "{shown}");
    assert!(
        shown.contains("Ligne (DÉSIGNATION;QTÉ;PRIX_UNITAIRE;TAUX_TVA ou @SKU;QTÉ)"),
        "{shown}"
    );
    assert!(
        shown.contains("la quantité `deux` n'est pas un nombre"),
        "{shown}"
    );
    assert!(shown.contains("Autre ligne (vide pour terminer)"), "{shown}");
    let list = env.json(&["invoice", "list", "--status", "draft"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{shown}");
}

#[test]
fn in_a_pipe_the_missing_value_is_named_in_french() {
    let env = TestEnv::with_customer();
    let err = fails_fr(&env, &["delivery", "create", "--line", "@AUDIT;1"], 2);
    assert!(
        err.contains("--customer manquant : le code client est obligatoire (donnez --customer CODE)"),
        "{err}"
    );
    let err = fails_fr(&env, &["product", "add", "--sku", "X"], 2);
    assert!(
        err.contains("--name manquant : le champ « Nom du produit » est obligatoire"),
        "{err}"
    );
}

#[test]
fn invoice_list_reads_french_status_words() {
    let env = TestEnv::with_customer();
    let late = env.issued_invoice("Audit;1;100;20", "2026-01-05");
    env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;200;20",
    ]);
    let numbers = |status: &str| -> Vec<String> {
        env.json(&["invoice", "list", "--status", status])
            .as_array()
            .expect("a list")
            .iter()
            .map(|i| i["number"].as_str().unwrap_or("(draft)").to_string())
            .collect()
    };
    assert_eq!(numbers("en retard"), vec![late.clone()]);
    assert_eq!(numbers("En-Retard"), vec![late.clone()]);
    assert_eq!(numbers("overdue"), vec![late]);
    assert_eq!(numbers("Brouillon").len(), 1);
    assert_eq!(numbers("brouillons").len(), 1);
    assert!(numbers("payée").is_empty());
    assert!(numbers("payees").is_empty());
    assert!(numbers("partiellement payée").is_empty());
    assert!(numbers("prélèvement en cours").is_empty());
    let err = fails_fr(&env, &["invoice", "list", "--status", "perdue"], 2);
    assert!(
        err.contains("--status `perdue` inconnu : utilisez l'un de ces statuts : brouillon, non envoyée"),
        "{err}"
    );
    let err = env.fails(&["invoice", "list", "--status", "perdue"], 2);
    assert!(err.contains("use one of draft, unsent, sent"), "{err}");
}

#[test]
fn payment_methods_are_read_in_french() {
    let env = TestEnv::with_customer();
    for (typed, code) in [
        ("chèque", "check"),
        ("virement", "transfer"),
        ("Espèces", "cash"),
        ("prélèvement", "direct_debit"),
    ] {
        env.ok(&[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            "10",
            "--method",
            typed,
        ]);
        let payments = env.json(&["payment", "list"]);
        let last = payments
            .as_array()
            .and_then(|p| p.last())
            .expect("a payment")
            .clone();
        assert_eq!(last["method"], code, "{typed}: {payments:#}");
    }
    let err = fails_fr(
        &env,
        &[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            "10",
            "--method",
            "troc",
        ],
        2,
    );
    assert!(err.contains("mode de paiement `troc` inconnu"), "{err}");
}

#[test]
fn the_demo_speaks_french() {
    let env = TestEnv::empty();
    let (code, out, err) = env.cmdline("--lang fr demo --as-of 2026-11-24");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Registre de démonstration écrit dans ledger.sqlite (au 2026-11-24) :\n  "),
        "{out}"
    );
    assert!(out.contains(" clients, "), "{out}");
    assert!(out.contains("\n  créances "), "{out}");
    assert!(out.contains("plafond d'encours"), "{out}");
    assert!(out.contains("jours de retard"), "{out}");
    assert!(out.contains(" à jour ") && out.contains(" bloqué "), "{out}");
    assert!(out.contains("factures et avoirs se trouve dans"), "{out}");
    assert!(out.contains("\nEssayez :\n  export CREANCES_DB="), "{out}");
    // a second run over a real ledger is refused in French
    let other = TestEnv::new();
    let (code, _, err) = other.cmdline("--lang fr demo --as-of 2026-11-24");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("n'est pas un registre de démonstration"), "{err}");
}

/// Twenty refusals of the domain's rules, as a French user reads them.
#[test]
fn golden_french_domain_errors() {
    let env = TestEnv::with_customer();
    let lines = [
        "invoice create --customer ACME --line Audit;2;500",
        "invoice create --customer ACME --line Audit;0;500;20",
        "invoice create --customer ACME --line Audit;1;12.345;20",
        "invoice create --customer ACME --line Audit;1;100;120",
        "invoice create --customer ACME --line @;1",
        "invoice create --customer ACME --line Audit;1;100;20 --discount 150%",
        "invoice create --customer ACME --line Audit;1;100;20 --discount 500",
        "invoice create --customer ACME --line Audit;1;100;20;-150",
        "customer add --code ACME2 --name Acme --siren 123456789",
        "customer add --code ACME2 --name Acme --vat-number FR00512345679",
        "customer add --code ACME2 --name Acme --terms 90",
        "customer add --code ACME2 --name Acme --email a@b.fr,c@d.fr",
        "company set --iban FR7630006000011234567890188",
        "company set --bic XX",
        "payment add --customer ACME --amount 10,005",
        "payment add --customer ACME --amount 10 --method troc",
        "report aging --buckets 60,30",
        "invoice create --customer ACME --line Audit;1;100;20 --issue --date 2026-04-01",
        "customer add --code SANSADR --name Sans --siren 732829320",
        "invoice create --customer SANSADR --line Audit;1;100;20 --issue",
        "customer edit ACME --credit-limit 50",
        "invoice create --customer ACME --line Audit;1;100;20",
        "offer create --customer ACME --line Audit;1;100;20",
    ];
    let mut text = String::new();
    for line in lines {
        let (code, _, err) = env.cmdline(&format!("--lang fr {line}"));
        text.push_str(&format!("$ creances --lang fr {line}\n[exit {code}]\n{err}\n"));
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("french_domaincli_domain_errors", text));
}

#[test]
fn document_commands_report_in_french() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;100;20", "2026-03-10");
    let out = env.ok(&["--lang", "fr", "invoice", "pdf", &number, "--out", "facture.pdf"]);
    assert!(out.starts_with(&format!("{number} : facture.pdf (")), "{out}");
    assert!(
        out.contains(" octets, sha256 ") && out.contains(", archivé)"),
        "{out}"
    );
    let again = env.ok(&["--lang", "fr", "invoice", "pdf", &number, "--out", "encore.pdf"]);
    assert!(again.contains(", identique à la copie archivée)"), "{again}");
    let english = env.ok(&["invoice", "pdf", &number, "--out", "again.pdf"]);
    assert!(
        english.contains(" bytes, sha256 ") && english.contains(", identical to the archived copy)"),
        "{english}"
    );
    let out = env.ok(&["--lang", "fr", "invoice", "send", &number, "--at", "2026-03-20"]);
    assert_eq!(
        out.trim_end(),
        format!("{number} : envoi prévu le 2026-03-20 par `creances daily`")
    );
    env.issued_invoice("Audit;2;100;20", "2026-03-11");
    let out = env.ok(&["--lang", "fr", "invoice", "pdf", "--all"]);
    assert!(out.starts_with("1 PDF archivé dans "), "{out}");
}
