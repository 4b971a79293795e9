//! The lists and records a person reads, in French (`--lang fr`, or a French locale):
//! `customer list`, `customer show`, `invoice list`, `invoice show`, `report payers`,
//! pinned as golden snapshots (tests/cli/snapshots/french_render_*.snap), with French
//! column names, status words and grouped amounts ("22 896,02" with a narrow no-break
//! space); their CSV and JSON are the same bytes whatever the language.

use crate::common::{TestEnv, demo_on_its_day as demo, has, pin_transcript, same_in_both_languages};

/// Pins the transcript of `line` as the snapshot `french_render_NAME`; returns stdout.
#[track_caller]
fn pin(env: &TestEnv, name: &str, line: &str) -> String {
    pin_transcript(env, &format!("french_render_{name}"), line)
}

#[test]
fn customers_and_invoices_read_in_french_with_grouped_amounts() {
    let env = demo();
    let list = pin(&env, "customer_list", "--lang fr customer list");
    has(
        &list,
        &[
            "nom",
            "solde",
            "échu",
            "statut",
            "retardataire",
            "en relance",
            "bloqué",
            "oui",
        ],
    );
    // a thousands group is a narrow no-break space, the decimals after a comma
    has(&list, &["5\u{202f}070,00"]);
    assert!(!list.contains("5070.00") && !list.contains(" late "), "{list}");
    let show = pin(&env, "customer_show", "--lang fr customer show GIRARD");
    has(
        &show,
        &[
            "plafond d'encours",
            "Factures ouvertes",
            "Historique",
            "critère",
            "facture",
        ],
    );
    let invoices = pin(&env, "invoice_list", "--lang fr invoice list");
    has(&invoices, &["numéro", "client", "payée"]);
    let invoice = pin(&env, "invoice_show", "--lang fr invoice show FACT-2026-0027");
    has(&invoice, &["total HT", "désignation", "prix unitaire", "statut"]);
    pin(&env, "report_payers", "--lang fr report payers");
    // the English table groups its amounts too, with commas
    let (_, english, _) = env.cmdline("customer list");
    has(&english, &["5,070.00", "late payer"]);
}

#[test]
fn machine_formats_do_not_change_with_the_language() {
    let env = demo();
    for line in [
        "customer list --format csv",
        "customer list --format json",
        "customer show GIRARD --format csv",
        "customer show GIRARD --format json",
        "invoice list --format csv",
        "invoice show FACT-2026-0027 --format csv",
        "invoice show FACT-2026-0027 --format json",
        "report payers --format csv",
        "report payers --format json",
    ] {
        same_in_both_languages(&env, line);
    }
}

#[test]
fn a_french_locale_speaks_french_and_an_empty_list_says_so() {
    let env = demo();
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["invoice", "list", "--status", "draft", "--customer", "BONNET"])
        .output()
        .expect("run creances");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert_eq!(text.trim(), "(aucun élément)");
}

#[test]
fn the_aged_balance_reads_in_french_and_the_reports_machine_forms_do_not_change() {
    let env = demo();
    let aging = pin(&env, "report_aging", "--lang fr report aging");
    has(&aging, &["client", "non échu", "crédit", "5\u{202f}070,00"]);
    assert!(!aging.contains("not due"), "{aging}");
    let dashboard = pin(&env, "report_dashboard", "--lang fr report dashboard");
    has(
        &dashboard,
        &[
            "Tableau de bord au",
            "Balance âgée",
            "non échu",
            "semaine du",
            "pires",
        ],
    );
    for english in ["Dashboard", "receivables", "week of", "worst"] {
        assert!(!dashboard.contains(english), "`{english}` in:\n{dashboard}");
    }
    for line in [
        "--format json report dashboard",
        "--format csv report aging",
        "--format json report aging --by invoice",
        "--format csv report kpis",
        "--format json report dmp",
        "--format csv report forecast",
    ] {
        same_in_both_languages(&env, line);
    }
}
