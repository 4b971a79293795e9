//! Invoices in another currency (issue 11 defect 2): the rate is fixed at issue (given or
//! from the rates file), the books are in the accounting currency with the invoice's own
//! amounts beside them (Montantdevise, Idevise), payments in the invoice's currency book
//! their exchange difference on 666 / 766 so the customer account clears exactly, and the
//! reports convert at the issue rate.

use crate::common::{TestEnv, day};
use crate::fec::{aging_totals, balances_411, read_checked};
use crate::fec_checker::{Encoding, fec_lines};

const RATES: &str = "Date,USD,JPY\n2026-03-19,1.1000,160.1\n2026-03-02,1.0900,159.5\n";

fn write_rates(env: &TestEnv) {
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("exchange_rates.csv"), RATES).unwrap();
}

/// The FEC of 2026, checked by the independent checker, as lines.
fn fec_2026(env: &TestEnv) -> Vec<crate::fec_checker::FecLine> {
    env.ok(&["export", "fec", "--year", "2026", "--as-of", "2026-12-31"]);
    let path = env.dir.path().join("842130577FEC20261231.txt");
    let text = read_checked(&path, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    fec_lines(&text)
}

fn dollar_invoice(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec![
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--currency",
        "USD",
        "--line",
        "Conseil;1;1000;20",
        "--issue",
        "--date",
        "2026-03-02",
        "--as-of",
        "2026-03-02",
    ];
    args.extend_from_slice(extra);
    env.json(&args)["number"].as_str().unwrap().to_string()
}

/// `amount` USD paid on the invoice `number` on 2026-03-20, at `rate`.
fn pay_in_dollars(env: &TestEnv, number: &str, amount: &str, rate: &str) {
    env.ok(&[
        "invoice",
        "pay",
        number,
        "--amount",
        amount,
        "--rate",
        rate,
        "--date",
        "2026-03-20",
        "--as-of",
        "2026-03-20",
    ]);
}

/// 700 USD received from ACME on 2026-04-02 at 1.05 (what is left of the dollar invoice
/// after 500 USD).
fn pay_the_rest_in_dollars(env: &TestEnv) {
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "700",
        "--currency",
        "USD",
        "--rate",
        "1.05",
        "--date",
        "2026-04-02",
        "--as-of",
        "2026-04-02",
    ]);
}

#[test]
fn defect_2_a_dollar_invoice_is_booked_in_euros_at_its_issue_rate_with_its_dollars_beside() {
    let env = TestEnv::with_customer();
    let number = dollar_invoice(&env, &["--rate", "1.0842"]);
    let lines = fec_2026(&env);
    let entry: Vec<_> = lines.iter().filter(|l| l.get("PieceRef") == number).collect();
    let get = |account: &str, field: &str| {
        entry
            .iter()
            .find(|l| l.get("CompteNum") == account)
            .map(|l| l.get(field).to_string())
            .unwrap_or_else(|| panic!("no {account} line: {lines:?}"))
    };
    // 1 200.00 USD / 1.0842 = 1 106.81 EUR on the customer, 1 000 and 200 USD beside
    assert_eq!(get("411000", "Debit"), "1106,81");
    assert_eq!(get("411000", "Montantdevise"), "1200,00");
    assert_eq!(get("706000", "Montantdevise"), "1000,00");
    assert_eq!(get("44571", "Montantdevise"), "200,00");
    assert!(entry.iter().all(|l| l.get("Idevise") == "USD"), "{entry:?}");
    // the rate is frozen with the invoice, even to raw SQL
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT exchange_rate FROM invoice WHERE number = ?1",
            [&number],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, "1.0842");
    let err = conn
        .execute(
            "UPDATE invoice SET exchange_rate = '1.2' WHERE number = ?1",
            [&number],
        )
        .unwrap_err();
    assert!(err.to_string().contains("immutable"), "{err}");
}

#[test]
fn defect_2_the_rate_comes_from_the_rates_file_or_the_issue_is_refused_naming_it() {
    let env = TestEnv::with_customer();
    let before = env.snapshot();
    let err = env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--currency",
            "USD",
            "--line",
            "Conseil;1;1000;20",
            "--issue",
            "--as-of",
            "2026-03-02",
        ],
        2,
    );
    assert!(
        err.contains("exchange_rates.csv") && err.contains("--rate"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing recorded");
    write_rates(&env);
    // a day before the file's first rate: refused, naming the file and the fix
    let err = env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--currency",
            "USD",
            "--line",
            "Conseil;1;1000;20",
            "--issue",
            "--date",
            "2026-03-01",
            "--as-of",
            "2026-03-01",
        ],
        2,
    );
    assert!(err.contains("no USD rate") && err.contains("2026-03-01"), "{err}");
    // a Saturday takes the last rate published before it
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--currency",
        "USD",
        "--line",
        "Conseil;1;1000;20",
        "--issue",
        "--date",
        "2026-03-21",
        "--as-of",
        "2026-03-21",
    ]);
    assert_eq!(v["exchange_rate"], "1.1", "{v:#}");
    // the accounting currency takes no rate
    let err = env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Conseil;1;10;20",
            "--issue",
            "--rate",
            "1.1",
        ],
        2,
    );
    assert!(err.contains("takes no --rate"), "{err}");
}

#[test]
fn defect_2_dollar_payments_book_their_exchange_difference_and_clear_the_customer_exactly() {
    let env = TestEnv::with_customer();
    write_rates(&env);
    let number = dollar_invoice(&env, &[]); // 1.09 from the file: 1 100.92 EUR
    // 500 USD at 1.10 (worth less than booked: a loss), then the rest at 1.05 (a gain)
    env.ok(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "500",
        "--date",
        "2026-03-20",
        "--as-of",
        "2026-03-20",
    ]);
    pay_the_rest_in_dollars(&env);
    let lines = fec_2026(&env);
    let on = |account: &str| -> Vec<_> { lines.iter().filter(|l| l.get("CompteNum") == account).collect() };
    assert_eq!(on("666000").len(), 1, "{lines:?}");
    assert_eq!(on("766000").len(), 1, "{lines:?}");
    assert!(
        balances_411(&lines).is_empty(),
        "411 cleared exactly: {:?}",
        balances_411(&lines)
    );
    let bank: i128 = on("512000").iter().map(|l| l.debit()).sum();
    assert_eq!(bank, 45455 + 66667, "500 / 1.10 + 700 / 1.05");
    assert_eq!(
        env.json(&["invoice", "show", &number, "--as-of", "2026-12-31"])["status"],
        "paid"
    );
    // a euro payment never settles a dollar invoice: it stays credit
    let other = dollar_invoice(&env, &["--rate", "1.0842"]);
    let v = env.json(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "100",
        "--as-of",
        "2026-04-03",
    ]);
    assert_eq!(v["unallocated"], "100.00", "{v:#}");
    assert_eq!(
        env.json(&["invoice", "show", &other, "--as-of", "2026-12-31"])["paid"],
        "0.00"
    );
}

#[test]
fn defect_2_aging_and_customer_balances_convert_at_the_issue_rate_and_agree_with_the_books() {
    let env = TestEnv::with_customer();
    let number = dollar_invoice(&env, &["--rate", "1.0842"]);
    pay_in_dollars(&env, &number, "200.01", "1.2");
    env.ok(&[
        "invoice",
        "credit",
        &number,
        "--amount",
        "100",
        "--reason",
        "remise",
        "--date",
        "2026-03-25",
        "--as-of",
        "2026-03-25",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Conseil;1;100;20",
        "--issue",
        "--date",
        "2026-03-26",
        "--as-of",
        "2026-03-26",
    ]);
    let lines = fec_2026(&env);
    let books = balances_411(&lines);
    // 899.99 USD left at 1.0842 = 830.10, and 120.00 EUR
    assert_eq!(books.get("ACME"), Some(&(83010 + 12000)), "{books:?}");
    assert_eq!(aging_totals(&env, "2026-12-31"), books);
    let list = env.json(&["customer", "list", "--as-of", "2026-12-31"]);
    assert_eq!(list[0]["balance"], "950.10", "{list:#}");
    let aging = env.ok(&["report", "aging", "--as-of", "2026-12-31"]);
    assert!(
        aging.contains("converted at the rate fixed at their issue"),
        "{aging}"
    );
    let v = env.json(&["invoice", "show", &number, "--as-of", "2026-12-31"]);
    assert_eq!(
        (v["currency"].as_str(), v["balance"].as_str()),
        (Some("USD"), Some("899.99")),
        "{v:#}"
    );
    assert_eq!(v["accounting_currency"], "EUR", "{v:#}");
    assert_eq!(v["accounting_balance"], "830.10", "{v:#}");
}

#[test]
fn defect_2_the_e_invoice_and_the_page_give_the_vat_in_the_accounting_currency_too() {
    let env = TestEnv::with_customer();
    let number = dollar_invoice(&env, &["--rate", "1.0842"]);
    let xml = env.ok(&["invoice", "xml", &number]);
    assert!(
        xml.contains("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>"),
        "{xml}"
    );
    assert!(
        xml.contains("<ram:InvoiceCurrencyCode>USD</ram:InvoiceCurrencyCode>"),
        "{xml}"
    );
    // 200.00 USD of VAT, and 184.47 EUR at 1.0842 (BT-110, BT-111)
    assert!(
        xml.contains(r#"<ram:TaxTotalAmount currencyID="USD">200.00</ram:TaxTotalAmount>"#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<ram:TaxTotalAmount currencyID="EUR">184.47</ram:TaxTotalAmount>"#),
        "{xml}"
    );
    // a euro invoice says nothing of a tax currency
    let euro = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Conseil;1;10;20",
        "--issue",
        "--date",
        "2026-03-02",
        "--as-of",
        "2026-03-02",
    ])["number"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!env.ok(&["invoice", "xml", &euro]).contains("TaxCurrencyCode"));
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn defect_2_the_pdf_gives_the_totals_in_both_currencies() {
    let env = TestEnv::with_customer();
    let number = dollar_invoice(&env, &["--rate", "1.0842"]);
    let pdf = env.dir.path().join("usd.pdf");
    env.ok(&["invoice", "pdf", &number, "--out", pdf.to_str().unwrap()]);
    let text = crate::common::pdftotext_layout(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Taux de change : 1 EUR = 1,0842 USD",
        "TVA en EUR 184,47",
        "Total TTC en EUR 1 106,81",
    ] {
        assert!(flat.contains(words), "the PDF lacks {words:?}:\n{text}");
    }
}

#[test]
fn defect_2_a_credit_limit_weighs_a_dollar_invoice_at_its_issue_rate() {
    let env = TestEnv::with_customer();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "1150"]);
    // 1 200.00 USD is 1 106.81 EUR at 1.0842: under the limit of 1 150.00 EUR
    dollar_invoice(&env, &["--rate", "1.0842"]);
    // a second one would take the balance to 2 213.62 EUR: refused, nothing recorded
    let err = env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--currency",
            "USD",
            "--line",
            "Conseil;1;1000;20",
            "--issue",
            "--rate",
            "1.0842",
            "--date",
            "2026-03-02",
            "--as-of",
            "2026-03-02",
        ],
        2,
    );
    assert!(err.contains("1,150"), "{err}");
}

#[test]
fn a_customer_with_a_dollar_invoice_shows_its_history_in_euros() {
    let env = TestEnv::with_customer();
    let number = dollar_invoice(&env, &["--rate", "1.0842"]);
    pay_in_dollars(&env, &number, "500", "1.10");
    for args in [
        vec!["customer", "show", "ACME", "--as-of", "2026-04-01"],
        vec!["customer", "statement", "ACME", "--as-of", "2026-04-01"],
        vec![
            "--format",
            "json",
            "customer",
            "show",
            "ACME",
            "--as-of",
            "2026-04-01",
        ],
    ] {
        let out = env.ok(&args);
        assert!(out.contains(&number), "{args:?}: {out}");
    }
    // the account in euros as the FEC books it: the invoice at its issue rate, the
    // dollars paid at what they took off the invoice (700 USD left: 645.64 EUR)
    let show = env.json(&["customer", "show", "ACME", "--as-of", "2026-04-01"]);
    let history = show["history"].as_array().unwrap();
    assert_eq!(history[0]["debit"], "1106.81", "{show:#}");
    assert_eq!(history[1]["credit"], "461.17", "{show:#}");
    assert_eq!(history[1]["balance"], show["balance"], "{show:#}");
    // the rest paid at another rate: the account is cleared, as 411 is in the FEC
    pay_the_rest_in_dollars(&env);
    let show = env.json(&["customer", "show", "ACME", "--as-of", "2026-04-03"]);
    let last = show["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["balance"], "0.00", "{show:#}");
    assert_eq!(show["balance"], "0.00", "{show:#}");
    assert!(balances_411(&fec_2026(&env)).is_empty());
}

/// Sales in dollars count in euros at the issue rate in every view of `report revenue`
/// (they were summed as if dollars were euros: 1 000.00 for 917.43).
#[test]
fn revenue_counts_a_dollar_invoice_in_euros_at_its_issue_rate() {
    let env = TestEnv::with_customer();
    write_rates(&env);
    dollar_invoice(&env, &[]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
        "--issue",
        "--date",
        "2026-03-05",
        "--as-of",
        "2026-03-05",
    ]);
    // 1 000.00 USD at 1.0900 (the rates file on 2026-03-02) and 100.00 EUR
    for (by, key) in [("month", "month"), ("customer", "customer"), ("product", "sku")] {
        let rows = env.json(&[
            "report",
            "revenue",
            "--by",
            by,
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--as-of",
            "2026-06-30",
        ]);
        let rows = rows.as_array().unwrap();
        let nets: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r[key].as_str().unwrap(), r["net"].as_str().unwrap()))
            .collect();
        let want: Vec<(&str, &str)> = match by {
            "month" => vec![("2026-03", "1017.43")],
            "customer" => vec![("ACME", "1017.43")],
            _ => vec![("", "1017.43")],
        };
        assert_eq!(nets, want, "by {by}");
    }
}

/// What was collected and what is owed agree with the invoice's balance: dollars paid on
/// a dollar invoice count at its issue rate, dollars left unallocated at their own rate
/// (they were summed as if dollars were euros), through the record and the history.
#[test]
fn kpis_and_dso_count_dollars_received_in_euros() {
    let env = TestEnv::with_customer();
    write_rates(&env);
    let number = dollar_invoice(&env, &[]);
    pay_in_dollars(&env, &number, "500", "1.10");
    // 1 200.00 USD at 1.09 = 1 100.92 EUR; 500 USD of it paid = 458.72 EUR at that rate
    for to in ["2026-06-30", "2026-05-30"] {
        let kpis = env.json(&[
            "report",
            "kpis",
            "--from",
            "2026-01-01",
            "--to",
            to,
            "--as-of",
            "2026-06-30",
        ]);
        assert_eq!(
            (kpis["collected"].as_str(), kpis["receivables"].as_str()),
            (Some("458.72"), Some("642.20")),
            "to {to}: {kpis}"
        );
    }
    let dmp = env.json(&["report", "dmp", "--as-of", "2026-06-30"]);
    assert_eq!(dmp["receivables"].as_str(), Some("642.20"), "{dmp}");
    // 900 USD more at 1.05: the 700 USD left on the invoice at its rate (642.20 EUR), the
    // 200 USD over it kept as credit at the payment's own rate (190.48 EUR)
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "900",
        "--currency",
        "USD",
        "--rate",
        "1.05",
        "--date",
        "2026-06-01",
        "--as-of",
        "2026-06-01",
    ]);
    let kpis = env.json(&[
        "report",
        "kpis",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--as-of",
        "2026-06-30",
    ]);
    assert_eq!(kpis["collected"].as_str(), Some("1291.40"), "{kpis}");
    let dmp = env.json(&["report", "dmp", "--as-of", "2026-06-30"]);
    assert_eq!(dmp["receivables"].as_str(), Some("-190.48"), "{dmp}");
    let dashboard = env.json(&["report", "dashboard", "--as-of", "2026-06-30"]);
    assert_eq!(dashboard["receivables"].as_str(), Some("-190.48"), "{dashboard}");
}
