//! Discounts (remises): off a line and off a whole invoice or quote, VAT computed after
//! them per rate, carried into the books, refused when they take more than there is.

use serde_json::Value;

use crate::common::{TestEnv, day, pdftotext_layout};
use crate::fec::read_checked;
use crate::fec_checker::{Encoding, fec_lines};

/// Audit 2 × 500 less 10 % = 900, Formation 3 × 120 less 50 = 310, Licence 333.33:
/// 1233.33 at 20 % and 310.00 at 5.5 %, 1543.33 in all; 5 % off = 77.17, shared
/// 61.67 / 15.50: VAT 20 % on 1171.66 = 234.33, 5.5 % on 294.50 = 16.20.
const LINES: [&str; 3] = [
    "Audit;2;500;20;-10%",
    "Formation;3;120;5.5;-50",
    "Licence;1;333.33;20",
];

fn create(env: &TestEnv, extra: &[&str]) -> Value {
    let mut args = vec!["invoice", "create", "--customer", "ACME"];
    for line in LINES {
        args.extend(["--line", line]);
    }
    args.extend_from_slice(extra);
    env.json(&args)
}

#[test]
fn vat_is_computed_per_rate_after_the_line_and_invoice_discounts() {
    let env = TestEnv::with_customer();
    let v = create(&env, &["--discount", "5%", "--issue", "--date", "2026-03-02"]);
    assert_eq!(v["total_net"], "1466.16", "{v:#}");
    assert_eq!(v["total_vat"], "250.53");
    assert_eq!(v["total"], "1716.69");
    assert_eq!(v["discount"], "5%");
    assert_eq!(v["discount_amount"], "77.17");
    assert_eq!(v["lines"][0]["amount"], "900.00");
    assert_eq!(v["lines"][0]["discount"], "10%");
    assert_eq!(v["lines"][0]["discount_amount"], "100.00");
    assert_eq!(v["lines"][1]["discount"], "50");
    assert_eq!(
        v["lines"][2].get("discount"),
        None,
        "no key on a line without one"
    );
    let rates = &v["vat_breakdown"];
    assert_eq!(rates[0]["net"], "1171.66");
    assert_eq!(rates[0]["vat"], "234.33");
    assert_eq!(rates[1]["net"], "294.50");
    assert_eq!(rates[1]["vat"], "16.20");
    // the table says it too
    let number = v["number"].as_str().unwrap();
    let shown = env.ok(&["invoice", "show", number]);
    assert!(shown.contains("5 % (-77.17)"), "{shown}");
    assert!(shown.contains("10 % (-100.00)"), "{shown}");
}

#[test]
fn a_quote_with_a_discount_is_invoiced_with_it() {
    let env = TestEnv::with_customer();
    let quote = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;2;-15%",
        "--line",
        "Déplacement;1;150;20",
        "--discount",
        "100",
    ]);
    // 2000 less 15 % = 1700, + 150 = 1850, less 100 = 1750 net, 350 VAT
    assert_eq!(quote["total_net"], "1750.00", "{quote:#}");
    assert_eq!(quote["total"], "2100.00");
    assert_eq!(quote["discount"], "100");
    let number = quote["number"].as_str().unwrap();
    let invoice = env.json(&["offer", "accept", number, "--issue"]);
    assert_eq!(invoice["total"], "2100.00", "{invoice:#}");
    assert_eq!(invoice["discount"], "100");
    assert_eq!(invoice["lines"][0]["discount"], "15%");
}

#[test]
fn a_draft_discount_can_be_changed_and_taken_away_but_not_once_issued() {
    let env = TestEnv::with_customer();
    let v = create(&env, &["--discount", "5%"]);
    let id = v["id"].as_i64().unwrap().to_string();
    let v = env.json(&["invoice", "edit", &id, "--discount", "43.33"]);
    assert_eq!(v["total_net"], "1500.00", "{v:#}");
    let v = env.json(&["invoice", "edit", &id, "--discount", "none"]);
    assert_eq!(v["total_net"], "1543.33");
    assert_eq!(v.get("discount"), None);
    env.ok(&["invoice", "edit", &id, "--discount", "5%"]);
    let issued = env.json(&["invoice", "issue", &id, "--date", "2026-03-02"]);
    let number = issued["number"].as_str().unwrap();
    let err = env.fails(&["invoice", "edit", number, "--discount", "none"], 2);
    assert!(err.contains("immutable"), "{err}");
    // even to raw SQL
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    for sql in [
        "UPDATE invoice SET discount = NULL WHERE number IS NOT NULL",
        "UPDATE invoice_line SET discount = NULL WHERE invoice_id = (SELECT id FROM invoice WHERE number IS NOT NULL)",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("immutable"), "{sql}: {err}");
    }
}

#[test]
fn a_discount_over_what_it_applies_to_exits_2_and_changes_nothing() {
    let env = TestEnv::with_customer();
    create(&env, &["--discount", "5%"]);
    let before = env.snapshot();
    let cases: [(&[&str], &str); 6] = [
        (&["--line", "Audit;2;500;20;-1000.01"], "is over line `Audit`"),
        (&["--line", "Audit;2;500;20;-120%"], "at most 100"),
        (
            &["--line", "Audit;2;500;20;-x"],
            "neither a percentage nor an amount",
        ),
        (
            &["--line", "Audit;2;500;20", "--discount", "1000"],
            "give less than 1000.00",
        ),
        (
            &["--line", "Audit;2;500;20", "--discount", "100%"],
            "give less than 1000.00",
        ),
        (
            &[
                "--line",
                "Audit;2;500;20",
                "--line",
                "Remise;1;-10;5.5",
                "--discount",
                "5%",
            ],
            "discount the lines instead",
        ),
    ];
    for (extra, words) in cases {
        let mut args = vec!["invoice", "create", "--customer", "ACME"];
        args.extend_from_slice(extra);
        let err = env.fails(&args, 2);
        assert!(err.contains(words), "{extra:?}: {err}");
    }
    let err = env.fails(
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;50;20",
            "--discount",
            "50",
        ],
        2,
    );
    assert!(err.contains("give less than 50.00"), "{err}");
    assert_eq!(env.snapshot(), before, "the ledger is unchanged");
}

#[test]
fn the_books_and_the_revenue_take_the_discount_off() {
    let env = TestEnv::with_customer();
    let v = create(&env, &["--discount", "5%", "--issue", "--date", "2026-03-02"]);
    let number = v["number"].as_str().unwrap().to_string();
    let out = env.dir.path().join("842130577FEC20261231.txt");
    env.ok(&["export", "fec", "--year", "2026", "--out", out.to_str().unwrap()]);
    let text = read_checked(&out, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    let lines = fec_lines(&text);
    let of = |account: &str| -> i128 {
        lines
            .iter()
            .filter(|l| l.get("PieceRef") == number && l.get("CompteNum") == account)
            .map(|l| l.credit() - l.debit())
            .sum()
    };
    assert_eq!(of("411000"), -171_669);
    assert_eq!(of("706000"), 146_616);
    assert_eq!(of("44571"), 25_053);
    // revenue by product adds up to revenue by month
    let month = env.json(&["report", "revenue", "--by", "month"]);
    let product = env.json(&["report", "revenue", "--by", "product"]);
    let sum = |rows: &Value| -> f64 {
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| r["net"].as_str().unwrap().parse::<f64>().unwrap())
            .sum()
    };
    assert!((sum(&month) - 1466.16).abs() < 0.001, "{month:#}");
    assert!((sum(&product) - 1466.16).abs() < 0.001, "{product:#}");
    // a full credit note of it cancels exactly what it charged, per VAT rate
    let credit = env.json(&[
        "invoice",
        "credit",
        &number,
        "--reason",
        "Annulée",
        "--date",
        "2026-03-05",
    ]);
    assert_eq!(credit["total"], "1716.69", "{credit:#}");
    assert_eq!(credit["total_vat"], "250.53");
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn the_pdf_prints_each_discount_and_the_lines_total() {
    let env = TestEnv::with_customer();
    let v = create(&env, &["--discount", "5%", "--issue", "--date", "2026-03-02"]);
    let number = v["number"].as_str().unwrap();
    let pdf = env.dir.path().join("f.pdf");
    env.ok(&["invoice", "pdf", number, "--out", pdf.to_str().unwrap()]);
    let text = pdftotext_layout(&pdf).replace(['\u{202f}', '\u{a0}'], " ");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Remise 10 % sur 1 000,00 € : -100,00 €",
        "Remise sur 360,00 € : -50,00 €",
        "Total des lignes HT 1 543,33 €",
        "Remise 5 % -77,17 €",
        "Total HT 1 466,16 €",
        "Total TTC 1 716,69 €",
    ] {
        assert!(flat.contains(words), "{words:?} missing:\n{text}");
    }
}
