//! Deposits (acomptes): a deposit invoice asked on accepting a quote, its VAT due at once,
//! then the final invoice listing the contract and deducting each deposit; together they
//! ask for the contract total once, and every report, the books and the reminders agree.

use serde_json::Value;

use crate::common::{TestEnv, day, pdftotext_layout};
use crate::fec::{aging_totals, balances_411, read_checked};
use crate::fec_checker::{Encoding, fec_lines};

/// A quote of 2 × 1000 at 20 % and 10 books at 30 (5.5 %, goods): 2400 + 316.50 =
/// 2716.50 including VAT. Returns its number.
fn quote(env: &TestEnv) -> String {
    let v = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;2;1000;20",
        "--line",
        "Livres;10;30;5.5;goods",
        "--date",
        "2026-03-01",
    ]);
    v["number"].as_str().unwrap().to_string()
}

fn number(v: &Value) -> String {
    v["number"].as_str().expect("number").to_string()
}

#[test]
fn a_deposit_and_the_final_invoice_ask_for_the_contract_total_once() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    let deposit = env.json(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-02",
    ]);
    assert_eq!(deposit["kind"], "deposit", "{deposit:#}");
    assert_eq!(
        deposit["number"], "FACT-2026-0001",
        "issued at once, in the invoice series"
    );
    // 30 % of 2716.50 = 814.95, shared 720.00 (20 %) / 94.95 (5.5 %)
    assert_eq!(deposit["total"], "814.95");
    assert_eq!(deposit["total_net"], "690.00");
    assert_eq!(deposit["vat_breakdown"][0]["vat"], "120.00");
    assert_eq!(deposit["vat_breakdown"][1]["vat"], "4.95");
    assert_eq!(deposit["lines"][1]["kind"], "goods");
    // a second deposit before the final invoice
    let second = env.json(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "500",
        "--date",
        "2026-03-05",
    ]);
    assert_eq!(second["total"], "500.00");
    let last = env.json(&[
        "offer",
        "invoice",
        &dev,
        "--final",
        "--issue",
        "--date",
        "2026-03-10",
    ]);
    assert_eq!(last["kind"], "invoice");
    // 2716.50 - 814.95 - 500.00
    assert_eq!(last["total"], "1401.55", "{last:#}");
    let lines = last["lines"].as_array().unwrap();
    assert_eq!(
        lines.len(),
        2 + 2 + 2,
        "the contract, then each deposit per VAT rate"
    );
    assert!(
        lines[2]["designation"]
            .as_str()
            .unwrap()
            .contains("FACT-2026-0001 du 02/03/2026")
    );
    assert_eq!(lines[2]["amount"], "-600.00");
    // the story of each side names the other
    let story = env.json(&["invoice", "show", &number(&last)]);
    let deposits: Vec<&Value> = story["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "deposit")
        .collect();
    assert_eq!(deposits.len(), 2, "{story:#}");
    assert_eq!(deposits[0]["reference"], "FACT-2026-0001");
    let story = env.json(&["invoice", "show", "FACT-2026-0001"]);
    assert!(
        story["history"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "deposit" && e["reference"] == number(&last)),
        "{story:#}"
    );
    // a quote is invoiced once, and the deposits are never deducted twice
    let before = env.snapshot();
    let err = env.fails(&["offer", "invoice", &dev, "--final"], 2);
    assert!(
        err.contains(&format!("already invoiced by {}", number(&last))),
        "{err}"
    );
    let err = env.fails(&["offer", "accept", &dev, "--deposit", "10%"], 2);
    assert!(err.contains("already accepted"), "{err}");
    assert_eq!(env.snapshot(), before);
    // the customer owes the contract total, whatever was paid on which invoice
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--date", "2026-03-12"]);
    let aging = env.json(&["report", "aging", "--as-of", "2026-03-15"]);
    assert_eq!(aging[0]["total"], "1901.55", "{aging:#}");
    let statement = env.ok(&["customer", "statement", "ACME"]);
    assert!(statement.contains("1,901.55"), "{statement}");
}

#[test]
fn bad_deposits_exit_2_and_change_nothing() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
        "--discount",
        "5%",
    ]);
    let before = env.snapshot();
    let cases: [(&[&str], &str); 6] = [
        (&["offer", "accept", &dev, "--deposit", "100%"], "below 100 %"),
        (&["offer", "accept", &dev, "--deposit", "120%"], "below 100 %"),
        (
            &["offer", "accept", &dev, "--deposit", "2716.50"],
            "ask less than 2716.50",
        ),
        (
            &["offer", "accept", &dev, "--deposit", "trente"],
            "neither a percentage nor an amount",
        ),
        (&["offer", "invoice", &dev, "--final"], "is not accepted"),
        (
            &["offer", "accept", "DEV-2026-0002", "--deposit", "30%"],
            "discount of its own",
        ),
    ];
    for (args, words) in cases {
        let err = env.fails(args, 2);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    assert_eq!(env.snapshot(), before, "the ledger is unchanged");
    // a quote accepted whole has no deposit to deduct
    env.ok(&["offer", "accept", &dev]);
    let err = env.fails(&["offer", "invoice", &dev, "--final"], 2);
    assert!(err.contains("already invoiced by draft #1"), "{err}");
}

#[test]
fn a_deposit_invoice_is_reminded_like_any_invoice() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-02",
    ]);
    // due 2026-04-01: the friendly reminder three days after
    let run = env.json(&["dunning", "run", "--as-of", "2026-04-04"]);
    let text = run.to_string();
    assert!(text.contains("FACT-2026-0001"), "{run:#}");
    assert!(text.contains("r1"), "{run:#}");
}

#[test]
fn the_books_take_the_deposit_as_a_sale_and_the_final_invoice_deducts_it() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-02",
    ]);
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--date", "2026-03-05"]);
    env.ok(&[
        "offer",
        "invoice",
        &dev,
        "--final",
        "--issue",
        "--date",
        "2026-03-10",
    ]);
    let out = env.dir.path().join("842130577FEC20261231.txt");
    env.ok(&["export", "fec", "--year", "2026", "--out", out.to_str().unwrap()]);
    let text = read_checked(&out, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    let lines = fec_lines(&text);
    let net = |account: &str| -> i128 {
        lines
            .iter()
            .filter(|l| l.get("CompteNum") == account)
            .map(|l| l.credit() - l.debit())
            .sum()
    };
    // the contract's net once: services 2000 on 706, goods 300 on 707, VAT 400 + 16.50
    assert_eq!(net("706000"), 200_000);
    assert_eq!(net("707000"), 30_000);
    assert_eq!(net("44571"), 41_650);
    assert_eq!(balances_411(&lines), aging_totals(&env, "2026-12-31"));
}

#[test]
fn the_deposit_and_final_invoices_are_factur_x_of_their_types() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-02",
    ]);
    env.ok(&[
        "offer",
        "invoice",
        &dev,
        "--final",
        "--issue",
        "--date",
        "2026-03-10",
    ]);
    let deposit = env.ok(&["invoice", "xml", "FACT-2026-0001"]);
    assert!(deposit.contains("<ram:TypeCode>386</ram:TypeCode>"), "{deposit}");
    assert!(deposit.contains("<ram:DuePayableAmount>814.95</ram:DuePayableAmount>"));
    let last = env.ok(&["invoice", "xml", "FACT-2026-0002"]);
    assert!(last.contains("<ram:TypeCode>380</ram:TypeCode>"));
    assert!(
        last.contains("<ram:BilledQuantity unitCode=\"C62\">-1</ram:BilledQuantity>"),
        "{last}"
    );
    assert!(last.contains("<ram:GrandTotalAmount>1901.55</ram:GrandTotalAmount>"));
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn the_deposit_invoice_says_so_on_its_page() {
    let env = TestEnv::with_customer();
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-02",
    ]);
    let pdf = env.dir.path().join("acompte.pdf");
    env.ok(&["invoice", "pdf", "FACT-2026-0001", "--out", pdf.to_str().unwrap()]);
    let text = pdftotext_layout(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("FACTURE D'ACOMPTE"), "{text}");
    assert!(
        flat.contains("Acompte de 30 % sur le devis DEV-2026-0001"),
        "{text}"
    );
}

#[test]
fn invoice_create_from_offer_bills_one_quote_once_and_deducts_its_deposits() {
    let env = TestEnv::with_customer();
    // a quote without deposit: the same path as --from-offers, for one quote
    let plain = number(&env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Suivi;1;100;20",
        "--date",
        "2026-03-01",
    ]));
    let first = env.json(&[
        "invoice",
        "create",
        "--from-offer",
        &plain,
        "--issue",
        "--date",
        "2026-03-03",
    ]);
    assert_eq!(first["number"], "FACT-2026-0001");
    assert_eq!(first["total"], "120.00");
    assert_eq!(first["bills"][0]["number"], plain.as_str());
    let before = env.snapshot();
    let err = env.fails(&["invoice", "create", "--from-offer", &plain], 2);
    assert!(
        err.contains(&format!("quote {plain} is already invoiced by FACT-2026-0001")),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);

    // a quote with a deposit: --from-offer makes its final invoice, deposit deducted
    let dev = quote(&env);
    env.ok(&[
        "offer",
        "accept",
        &dev,
        "--deposit",
        "30%",
        "--date",
        "2026-03-04",
    ]);
    let err = env.fails(
        &["invoice", "create", "--from-offers", &format!("{dev},{plain}")],
        2,
    );
    assert!(
        err.contains(&format!("quote {dev} has deposit invoices")) && err.contains("--from-offer"),
        "{err}"
    );
    let last = env.json(&[
        "invoice",
        "create",
        "--from-offer",
        &dev,
        "--issue",
        "--date",
        "2026-03-10",
    ]);
    assert_eq!(last["number"], "FACT-2026-0003");
    // 2716.50 - 814.95
    assert_eq!(last["total"], "1901.55", "{last:#}");
    let before = env.snapshot();
    let err = env.fails(&["invoice", "create", "--from-offer", &dev], 2);
    assert!(
        err.contains(&format!("quote {dev} is already invoiced by FACT-2026-0003")),
        "{err}"
    );
    let err = env.fails(&["offer", "invoice", &dev, "--final"], 2);
    assert!(err.contains("FACT-2026-0003"), "{err}");
    assert_eq!(env.snapshot(), before);
    // one or the other, not both
    let err = env.fails(
        &["invoice", "create", "--from-offer", &dev, "--from-offers", &plain],
        2,
    );
    assert!(err.contains("--from-offer"), "{err}");
}
