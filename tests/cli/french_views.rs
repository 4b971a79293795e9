//! What was still English in a French interface (`views` catalogue area): `report
//! trends`, the product catalogue, `company show`, an invoice's history (payments,
//! reminders, subscriptions, drafts), a subscription's changes and the grade "new";
//! pinned as golden snapshots (tests/cli/snapshots/french_views_*.snap). Their CSV and
//! JSON are the same bytes in both languages, and English keeps its words.

use crate::common::{TestEnv, demo_on_its_day as demo, has, pin_transcript, same_in_both_languages};

/// Pins the transcript of `line` as the snapshot `french_views_NAME`; returns stdout.
#[track_caller]
fn pin(env: &TestEnv, name: &str, line: &str) -> String {
    pin_transcript(env, &format!("french_views_{name}"), line)
}

/// Asserts that `text` holds none of `needles`.
#[track_caller]
fn lacks(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(!text.contains(needle), "`{needle}` still in:\n{text}");
    }
}

#[test]
fn trends_read_in_french_with_grouped_figures() {
    let env = demo();
    let trends = pin(&env, "report_trends", "--lang fr report trends");
    has(
        &trends,
        &[
            "Tendances au 2026-11-24, mois par mois",
            "DMP et DSO (jours)",
            "Facturé et encaissé",
            " facturé ",
            " encaissé ",
            "Clients par classe de note",
            " nouveau ",
            "14\u{202f}142,00",
            "12,0",
        ],
    );
    lacks(&trends, &["Trends", "invoiced", "collected", " new ", "14142.00"]);
    let english = env.ok(&["report", "trends"]);
    has(
        &english,
        &["Trends on 2026-11-24", "invoiced", "14142.00", " new "],
    );
}

#[test]
fn products_show_grouped_prices_and_french_kinds() {
    let env = demo();
    let list = pin(&env, "product_list", "--lang fr product list");
    has(&list, &["1\u{202f}200,00", "unité", "bien", "service", "5,5"]);
    lacks(&list, &["1200.00", "goods", " unit "]);
    // English groups its prices too now, like every other human table
    let english = env.ok(&["product", "list"]);
    has(&english, &["1,200.00", "goods", "unit price"]);
    let edited = env.ok(&["--lang", "fr", "product", "edit", "AUDIT", "--price", "1350.5"]);
    has(
        &edited,
        &[
            "prix unitaire",
            "1\u{202f}350,50",
            "taux de TVA",
            "unité",
            "service",
        ],
    );
    lacks(&edited, &["unit_price", "vat_rate"]);
}

#[test]
fn company_show_speaks_french_keys_and_values() {
    let env = demo();
    let show = pin(&env, "company_show", "--lang fr company show");
    has(
        &show,
        &[
            "franchise de TVA",
            "non",
            "téléphone",
            "forme juridique",
            "délai de paiement",
            "30 jours",
            "taux BCE + 10 points",
            "devise",
            "identifiant créancier SEPA",
            "IBAN",
        ],
    );
    lacks(
        &show,
        &["vat_franchise", "\nphone ", "legal_form", "30 days", "ECB rate"],
    );
    // the locale chooses French too
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["company", "show"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    has(&text, &["délai de paiement", "30 jours"]);
    let english = env.ok(&["company", "show"]);
    has(
        &english,
        &[
            "payment_terms     30 days",
            "ECB rate + 10 points",
            "vat_franchise",
        ],
    );
}

#[test]
fn an_invoice_history_is_told_in_french() {
    let env = demo();
    let paid = pin(&env, "invoice_show_paid", "--lang fr invoice show FACT-2026-0002");
    has(
        &paid,
        &[
            "échéance le 2026-02-12",
            "paiement n° 7",
            "chèque, CHQ FACT-2026-0002",
        ],
    );
    lacks(&paid, &["payment #", "check,", "due 2026"]);
    let reminded = env.ok(&["--lang", "fr", "invoice", "show", "FACT-2026-0011"]);
    has(
        &reminded,
        &["courriel, envoyée", "courriel, ignorée", "tâche, ignorée"],
    );
    lacks(&reminded, &["email, ", "skipped"]);
    // a draft is named in French where it is shown, in English in CSV and JSON
    let draft = env.ok(&["--lang", "fr", "invoice", "show", "58"]);
    has(&draft, &["brouillon n° 58"]);
    let list = env.ok(&["--lang", "fr", "invoice", "list", "--status", "draft"]);
    has(&list, &["brouillon n° 58"]);
    let csv = env.ok(&[
        "--lang", "fr", "invoice", "list", "--status", "draft", "--format", "csv",
    ]);
    has(&csv, &["draft #58"]);
    let english = env.ok(&["invoice", "show", "FACT-2026-0002"]);
    has(
        &english,
        &["due 2026-02-12", "payment #7", "check, CHQ FACT-2026-0002"],
    );
}

#[test]
fn a_subscription_names_its_period_and_its_changes_in_french() {
    let mut env = demo();
    env.today = "2026-12-01";
    env.ok(&["recurring", "run"]);
    env.ok(&[
        "recurring",
        "edit",
        "1",
        "--end",
        "2027-11-30",
        "--no-send",
        "--no-issue",
    ]);
    let invoice = env.ok(&["--lang", "fr", "invoice", "show", "FACT-2026-0052"]);
    has(&invoice, &["abonnement n° 1", "période 1"]);
    lacks(&invoice, &["subscription #", "period 1"]);
    let show = pin(&env, "recurring_show", "--lang fr recurring show 1");
    has(
        &show,
        &[
            "fin le 2027-11-30",
            "émission désactivée",
            "nombre de périodes : 12",
        ],
    );
    lacks(&show, &["end 2027", "issue off", "count 12"]);
    let english = env.ok(&["recurring", "show", "1"]);
    has(&english, &["end 2027-11-30", "issue off"]);
    same_in_both_languages(&env, "recurring show 1 --format json");
    same_in_both_languages(&env, "invoice show FACT-2026-0052 --format json");
}

#[test]
fn a_new_customer_is_graded_nouveau() {
    let env = demo();
    let payers = env.ok(&["--lang", "fr", "report", "payers"]);
    has(&payers, &[" nouveau "]);
    let csv = env.ok(&["--lang", "fr", "report", "payers", "--format", "csv"]);
    has(&csv, &[",new,"]);
}

#[test]
fn machine_formats_do_not_change_with_the_language() {
    let env = demo();
    for line in [
        "report trends --format csv",
        "report trends --format json",
        "product list --format csv",
        "product list --format json",
        "company show --format csv",
        "company show --format json",
        "invoice show FACT-2026-0002 --format csv",
        "invoice show FACT-2026-0002 --format json",
        "invoice show FACT-2026-0011 --format json",
        "invoice show 58 --format csv",
        "payment list --format csv",
        "report payers --format csv",
    ] {
        same_in_both_languages(&env, line);
    }
}

/// `pin` for a command that exits `expected`.
#[track_caller]
fn pin_exit(env: &TestEnv, name: &str, line: &str, expected: i32) -> (String, String) {
    let (code, stdout, stderr) = env.cmdline(line);
    let text = format!("$ creances {line}\n[exit {code}]\n[stdout]\n{stdout}[stderr]\n{stderr}[end]\n");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(format!("french_views_{name}"), text));
    assert_eq!(code, expected, "{text}");
    (stdout, stderr)
}

#[test]
fn verify_words_what_differs_in_french_and_keeps_json_english() {
    let env = demo();
    let docs = env.dir.path().join("ledger-documents");
    std::fs::remove_file(docs.join("FACT-2026-0001.pdf")).unwrap();
    let pdf = docs.join("FACT-2026-0002.pdf");
    let mut bytes = std::fs::read(&pdf).unwrap();
    let last = bytes.len() - 10;
    bytes[last] ^= 1;
    std::fs::write(&pdf, bytes).unwrap();
    let (out, _) = pin_exit(&env, "verify", "--lang fr verify", 1);
    has(
        &out,
        &[
            "FACT-2026-0001.pdf (FACT-2026-0001) est absent de ",
            "FACT-2026-0002.pdf (FACT-2026-0002) diffère du document archivé",
        ],
    );
    lacks(&out, &["is missing", "differs from"]);
    let english = env.run(&["verify"]);
    has(
        &String::from_utf8_lossy(&english.stdout),
        &[
            "(FACT-2026-0001) is missing from ",
            "(FACT-2026-0002) differs from the document archived",
        ],
    );
    let json = env.run(&["--lang", "fr", "verify", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let docs = v["documents"].to_string();
    has(&docs, &["is missing from", "differs from the document archived"]);
    same_in_both_languages(&env, "verify --format json");
}

#[test]
fn a_subscription_change_shows_its_lines_in_french_figures() {
    let env = demo();
    let show = env.ok(&["--lang", "fr", "recurring", "show", "1"]);
    has(&show, &["Hébergement et sauvegarde 1 × 65,00 (TVA 20 %)"]);
    lacks(&show, &["1 x 65 (20 %)"]);
    let english = env.ok(&["recurring", "show", "1"]);
    has(&english, &["Hébergement et sauvegarde 1 x 65 (20 %), count 12"]);
}

#[test]
fn reports_say_their_sentences_in_french() {
    let env = demo();
    let split = pin(&env, "report_split", "--lang fr report split");
    has(
        &split,
        &[
            " payé ",
            " en attente ",
            " en relance ",
            "84\u{202f}781,01",
            "70,2",
            "laissée de côté",
        ],
    );
    lacks(&split, &["pending", "dunning", "left out", "84781.01"]);
    let kpis = pin(&env, "report_kpis", "--lang fr report kpis");
    has(
        &kpis,
        &[
            "facturé du 2025-11-25 au 2026-11-24",
            "Payeurs",
            "retardataire fréquent",
            "meilleurs payeurs : ",
            "(73,9 %)",
        ],
    );
    lacks(
        &kpis,
        &[
            "invoiced",
            "collected",
            "frequent late payer",
            "best payers",
            "late invoices",
        ],
    );
    let dmp = env.ok(&["--lang", "fr", "report", "dmp"]);
    has(
        &dmp,
        &[
            "Période du 2025-11-25 au 2026-11-24 (365 jours)",
            "tous les clients",
            "DSO 86,5 jours = créances",
        ],
    );
    lacks(&dmp, &["Period", "all customers", "receivables"]);
    let forecast = env.ok(&["--lang", "fr", "report", "forecast"]);
    has(&forecast, &[" plus tard ", " douteux ", "Chaque solde ouvert"]);
    lacks(&forecast, &["later", "doubtful"]);
    let english = env.ok(&["report", "kpis"]);
    has(
        &english,
        &[
            "invoiced 2025-11-25 to 2026-11-24",
            "best payers: ",
            "frequent late payer",
        ],
    );
    let english = env.ok(&["report", "dmp"]);
    has(
        &english,
        &["Period 2025-11-25 to 2026-11-24 (365 days)", "all customers"],
    );
    for line in [
        "report split --format csv",
        "report split --format json",
        "report kpis --format csv",
        "report kpis --format json",
        "report dmp --format csv",
        "report forecast --format csv",
        "report forecast --format json",
        "report revenue --by month --format csv",
    ] {
        same_in_both_languages(&env, line);
    }
}

#[test]
fn an_imported_row_names_its_problems_in_french() {
    let env = demo();
    let file = env.dir.path().join("customers.csv");
    std::fs::write(&file, "code,name,kind,email\nBAD,,business,\n").unwrap();
    let path = file.to_str().unwrap();
    let err = crate::common::fails_fr(&env, &["import", "customers", path], 2);
    has(&err, &["ligne 2 : la colonne name est vide"]);
    let err = env.fails(&["import", "customers", path], 2);
    has(&err, &["line 2: name is empty"]);
    let file = env.dir.path().join("payments.csv");
    std::fs::write(&file, "date,customer,amount\n2026-11-20,GIRARD,-3\n").unwrap();
    let path = file.to_str().unwrap();
    let mut cmd = env.cmd();
    cmd.env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let out = cmd
        .args(["--as-of", "2026-11-24", "import", "payments", path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    has(
        &String::from_utf8_lossy(&out.stderr),
        &["amount -3 : le montant doit être supérieur à zéro"],
    );
}

#[test]
fn a_mandate_kind_reads_in_french_in_a_table_only() {
    let env = demo();
    let list = env.ok(&["--lang", "fr", "customer", "mandate", "list"]);
    has(&list, &[" récurrent "]);
    let english = env.ok(&["customer", "mandate", "list"]);
    has(&english, &[" recurrent "]);
    same_in_both_languages(&env, "customer mandate list --format csv");
    same_in_both_languages(&env, "customer mandate list --format json");
}

#[test]
fn the_dashboard_workbook_says_where_it_went_in_french() {
    let env = demo();
    let fr = env.ok(&["--lang", "fr", "report", "dashboard", "--out", "tableau.xlsx"]);
    assert_eq!(fr, "tableau.xlsx écrit\n");
    let en = env.ok(&["report", "dashboard", "--out", "board.xlsx"]);
    assert_eq!(en, "wrote board.xlsx\n");
}

#[test]
fn invoice_xml_names_its_file_with_a_french_colon() {
    let env = demo();
    let fr = env.ok(&[
        "--lang",
        "fr",
        "invoice",
        "xml",
        "FACT-2026-0044",
        "--out",
        "f.xml",
    ]);
    assert_eq!(fr, "FACT-2026-0044 : f.xml\n");
    let en = env.ok(&["invoice", "xml", "FACT-2026-0044", "--out", "e.xml"]);
    assert_eq!(en, "FACT-2026-0044: e.xml\n");
}

#[test]
fn a_call_step_names_its_task_in_french() {
    let env = demo();
    let fr = env.ok(&["--lang", "fr", "dunning", "send", "FACT-2026-0044"]);
    has(&fr, &[" tâche n° 1 "]);
    lacks(&fr, &["task #"]);
    let csv = env.ok(&["--lang", "fr", "dunning", "log", "--format", "csv"]);
    lacks(&csv, &["tâche n°"]);
}

#[test]
fn verify_says_in_french_that_a_fact_was_changed() {
    let env = demo();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE payment SET amount_cents = amount_cents + 1000 WHERE id = 3",
        [],
    )
    .unwrap();
    drop(conn);
    let fr = env.run(&["--lang", "fr", "verify"]);
    assert_eq!(fr.status.code(), Some(1));
    has(
        &String::from_utf8_lossy(&fr.stdout),
        &["payment:3 (payment) a été modifié hors de creances : le journal a enregistré "],
    );
    let json = env.run(&["--lang", "fr", "verify", "--format", "json"]);
    has(
        &String::from_utf8_lossy(&json.stdout),
        &["payment:3 (payment) was changed outside creances: the log recorded "],
    );
}

#[test]
fn revenue_names_its_label_column_in_french() {
    let env = demo();
    let fr = env.ok(&["--lang", "fr", "report", "revenue", "--by", "product"]);
    has(&fr, &[" désignation "]);
    lacks(&fr, &[" label "]);
    let fr = env.ok(&["--lang", "fr", "report", "revenue", "--by", "customer"]);
    has(&fr, &[" nom "]);
    has(&env.ok(&["report", "revenue", "--by", "product"]), &[" label "]);
    same_in_both_languages(&env, "report revenue --by product --format csv");
    same_in_both_languages(&env, "report revenue --by customer --format json");
}
