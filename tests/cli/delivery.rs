//! Delivery notes (bons de livraison) and the invoices made of several of them or of
//! several quotes: numbered, frozen, each document billed once (by the database too).

use crate::common::{TestEnv, pdftotext_layout};

/// ACME with three delivery notes in March (BL-2026-0001, 0002 and 0004) and BOB with one
/// (BL-2026-0003).
fn deliveries() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Bâtiment",
        "--siren",
        "732829320",
        "--address",
        "3 rue Neuve\\n13001 Marseille",
    ]);
    for (customer, day, lines) in [
        ("ACME", "2026-03-02", vec!["Palette de parpaings;3;145;20;goods"]),
        (
            "ACME",
            "2026-03-09",
            vec!["Sable (tonne);2,5;38;20;goods", "Livraison;1;60;20"],
        ),
        ("BOB", "2026-03-10", vec!["Sable (tonne);1;38;20;goods"]),
        ("ACME", "2026-03-14", vec!["@AUDIT;1"]),
    ] {
        let mut args = vec!["delivery", "create", "--customer", customer, "--date", day];
        for l in &lines {
            args.extend(["--line", l]);
        }
        env.ok(&args);
    }
    env
}

fn sql(env: &TestEnv, statement: &str) -> Result<usize, String> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    conn.execute(statement, []).map_err(|e| e.to_string())
}

#[test]
fn delivery_notes_are_numbered_in_date_order_and_never_change() {
    let env = deliveries();
    let list = env.json(&["delivery", "list"]);
    let numbers: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["number"].as_str().unwrap())
        .collect();
    assert_eq!(
        numbers,
        ["BL-2026-0001", "BL-2026-0002", "BL-2026-0003", "BL-2026-0004"]
    );
    let note = env.json(&["delivery", "show", "bl-2026-0002"]);
    assert_eq!(note["customer"], "ACME");
    assert_eq!(note["date"], "2026-03-09");
    assert_eq!(note["invoiced"], false);
    assert_eq!(note["lines"][0]["quantity"], "2.5");
    assert_eq!(note["lines"][1]["unit_price"], "60.00");
    // numbers follow dates, as for invoices
    let err = env.fails(
        &[
            "delivery",
            "create",
            "--customer",
            "ACME",
            "--date",
            "2026-03-01",
            "--line",
            "X;1;1;20",
        ],
        2,
    );
    assert!(
        err.contains("BL-2026-0004") && err.contains("--date 2026-03-14"),
        "{err}"
    );
    // nor dated after today: its number would hold back every later one
    let err = env.fails(
        &[
            "delivery",
            "create",
            "--customer",
            "ACME",
            "--date",
            "2026-03-16",
            "--line",
            "X;1;1;20",
        ],
        2,
    );
    assert!(
        err.contains("after today") && err.contains("--date 2026-03-15"),
        "{err}"
    );
    // frozen even to raw SQL
    for statement in [
        "UPDATE delivery_note SET date = '2026-03-03' WHERE number = 'BL-2026-0001'",
        "DELETE FROM delivery_note WHERE number = 'BL-2026-0001'",
        "UPDATE delivery_line SET quantity = '30' WHERE delivery_id = 1",
        "DELETE FROM delivery_line WHERE delivery_id = 1",
        "INSERT INTO delivery_line (delivery_id, position, designation, quantity, unit_price_cents, vat_rate)
         VALUES (1, 2, 'Extra', '1', 100, '20')",
    ] {
        let err = sql(&env, statement).expect_err(statement);
        assert!(
            err.contains("immutable") || err.contains("never deleted"),
            "{statement}: {err}"
        );
    }
    let err = env.fails(&["delivery", "show", "BL-2026-0099"], 2);
    assert!(err.contains("delivery list"), "{err}");
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn a_delivery_note_pdf_shows_quantities_and_no_amount() {
    let env = deliveries();
    let out = env.dir.path().join("bl.pdf");
    env.ok(&["delivery", "pdf", "BL-2026-0002", "--out", out.to_str().unwrap()]);
    let text = pdftotext_layout(&out);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "BON DE LIVRAISON",
        "N° BL-2026-0002",
        "Livré à",
        "ACME SAS",
        "Sable (tonne) 2,5",
        "ne vaut pas facture",
    ] {
        assert!(flat.contains(words), "{words:?} missing:\n{text}");
    }
    for words in ["38,00", "60,00", "Total", "€"] {
        assert!(
            !flat.contains(words),
            "a delivery note shows no amount, found {words:?}:\n{text}"
        );
    }
}

#[test]
fn a_recap_invoice_bills_each_delivery_note_once() {
    let env = deliveries();
    let draft = env.json(&["invoice", "group", "--customer", "ACME", "--until", "2026-03-12"]);
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["total_net"], "590.00", "435 + 95 + 60");
    let bills = draft["bills"].as_array().unwrap();
    assert_eq!(bills.len(), 2);
    assert_eq!(bills[0]["number"], "BL-2026-0001");
    assert_eq!(
        (bills[1]["first_line"].as_u64(), bills[1]["line_count"].as_u64()),
        (Some(2), Some(2))
    );
    let id = draft["id"].as_i64().unwrap().to_string();

    // a delivery note is invoiced once: named, or by --until
    let before = env.snapshot();
    let err = env.fails(
        &[
            "invoice",
            "group",
            "--customer",
            "ACME",
            "--deliveries",
            "BL-2026-0002",
        ],
        2,
    );
    assert!(
        err.contains(&format!("BL-2026-0002 is already invoiced by draft #{id}")),
        "{err}"
    );
    let err = env.fails(
        &["invoice", "group", "--customer", "ACME", "--until", "2026-03-12"],
        2,
    );
    assert!(
        err.contains("no delivery note to invoice") && err.contains("--uninvoiced"),
        "{err}"
    );
    // two customers' deliveries are never grouped
    let err = env.fails(
        &[
            "invoice",
            "group",
            "--customer",
            "ACME",
            "--deliveries",
            "BL-2026-0004,BL-2026-0003",
        ],
        2,
    );
    assert!(
        err.contains("BL-2026-0003 is for customer BOB, not ACME"),
        "{err}"
    );
    // a recap invoice keeps its lines
    let err = env.fails(&["invoice", "edit", &id, "--line", "Autre;1;1;20"], 2);
    assert!(
        err.contains("recap invoice") && err.contains("--add-line"),
        "{err}"
    );
    let err = env.fails(&["invoice", "edit", &id, "--customer", "BOB"], 2);
    assert!(err.contains("cannot change customer"), "{err}");
    assert_eq!(env.snapshot(), before, "refusals change nothing");
    // the database refuses it too
    let err = sql(
        &env,
        "INSERT INTO invoice_source (invoice_id, delivery_id, first_line, line_count) VALUES (1, 2, 0, 1)",
    )
    .unwrap_err();
    assert!(err.contains("UNIQUE"), "{err}");

    let uninvoiced = env.json(&["delivery", "list", "--uninvoiced", "--customer", "ACME"]);
    assert_eq!(uninvoiced.as_array().unwrap().len(), 1);
    assert_eq!(uninvoiced[0]["number"], "BL-2026-0004");
    assert_eq!(
        env.json(&["delivery", "show", "BL-2026-0001"])["invoice"],
        format!("#{id}")
    );

    // deleting the draft frees its notes; once issued they stay billed
    env.ok(&["invoice", "delete", &id]);
    assert_eq!(
        env.json(&["delivery", "list", "--uninvoiced"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    let issued = env.json(&[
        "invoice",
        "group",
        "--customer",
        "ACME",
        "--deliveries",
        "BL-2026-0002,BL-2026-0001",
        "--issue",
    ]);
    assert_eq!(issued["number"], "FACT-2026-0001");
    assert_eq!(issued["bills"][0]["number"], "BL-2026-0001", "in date order");
    let err = sql(&env, "DELETE FROM invoice_source").unwrap_err();
    assert!(err.contains("immutable"), "{err}");
    let err = env.fails(
        &[
            "invoice",
            "group",
            "--customer",
            "ACME",
            "--deliveries",
            "BL-2026-0001",
        ],
        2,
    );
    assert!(err.contains("already invoiced by FACT-2026-0001"), "{err}");
    let shown = env.ok(&["invoice", "show", "FACT-2026-0001"]);
    assert!(
        shown.contains("BL-2026-0001 (2026-03-02), BL-2026-0002 (2026-03-09)"),
        "{shown}"
    );
    // the delivery dates are the invoice's delivery period
    let xml = env.ok(&["invoice", "xml", "FACT-2026-0001"]);
    assert!(
        xml.contains("<ram:Content>Bon de livraison BL-2026-0002 du 09/03/2026</ram:Content>"),
        "{xml}"
    );
    assert!(
        xml.contains("<udt:DateTimeString format=\"102\">20260302</udt:DateTimeString>"),
        "{xml}"
    );
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn a_recap_invoice_prints_its_lines_under_each_delivery_note() {
    let env = deliveries();
    env.ok(&[
        "invoice",
        "group",
        "--customer",
        "ACME",
        "--until",
        "2026-03-15",
        "--issue",
    ]);
    let out = env.dir.path().join("f.pdf");
    env.ok(&["invoice", "pdf", "FACT-2026-0001", "--out", out.to_str().unwrap()]);
    let text = pdftotext_layout(&out);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Facture récapitulative des documents BL-2026-0001, BL-2026-0002, BL-2026-0004",
        "Bon de livraison n° BL-2026-0001 du 02/03/2026 Palette de parpaings 3",
        "Bon de livraison n° BL-2026-0002 du 09/03/2026 Sable (tonne) 2,5",
        "Bon de livraison n° BL-2026-0004 du 14/03/2026 Audit technique",
    ] {
        assert!(flat.contains(words), "{words:?} missing:\n{text}");
    }
}

#[test]
fn several_quotes_make_one_invoice_and_each_is_invoiced_once() {
    let env = deliveries();
    let quote = |customer: &str, line: &str| {
        env.json(&[
            "offer",
            "create",
            "--customer",
            customer,
            "--line",
            line,
            "--date",
            "2026-03-01",
        ])["number"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (a, b, c) = (
        quote("ACME", "Étude;1;800;20"),
        quote("ACME", "Plans;2;300;20"),
        quote("BOB", "Devis;1;1;20"),
    );
    let both = format!("{a},{b}");
    let err = env.fails(&["invoice", "create", "--from-offers", &format!("{a},{c}")], 2);
    assert!(err.contains("one invoice is for one customer"), "{err}");
    let v = env.json(&[
        "invoice",
        "create",
        "--from-offers",
        &both,
        "--issue",
        "--date",
        "2026-03-05",
    ]);
    assert_eq!(v["number"], "FACT-2026-0001");
    assert_eq!(v["total_net"], "1400.00");
    assert_eq!(v["bills"][1]["number"], b.as_str());
    assert_eq!(v["bills"][1]["kind"], "quote");
    assert_eq!(env.json(&["offer", "show", &a])["status"], "accepted");
    assert_eq!(env.json(&["offer", "show", &b])["invoice"], "FACT-2026-0001");
    let before = env.snapshot();
    let err = env.fails(&["invoice", "create", "--from-offers", &b], 2);
    assert!(
        err.contains(&format!("quote {b} is already invoiced by FACT-2026-0001")),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // a quote accepted the usual way is billed by its invoice, and not again
    let d = quote("ACME", "Suivi;1;100;20");
    let draft = env.json(&["offer", "accept", &d]);
    let err = env.fails(&["invoice", "create", "--from-offers", &d], 2);
    assert!(
        err.contains(&format!("already invoiced by draft #{}", draft["id"])),
        "{err}"
    );
    let xml = env.ok(&["invoice", "xml", "FACT-2026-0001"]);
    assert!(
        xml.contains(&format!("<ram:Content>Devis {a} du 01/03/2026</ram:Content>")),
        "{xml}"
    );
}
