//! Reports on small hand-built ledgers with amounts worked out by hand: aging (by
//! customer, by invoice, other buckets, from the issue date), DMP and DSO, KPIs, revenue,
//! the cash-in forecast; bad input; and a property test through the library: aging
//! totals equal the sum of invoice balances less unallocated payments.
//!
//! Every command runs on 2026-03-15 (a Sunday; its week starts on Monday 2026-03-09)
//! unless it says otherwise.

use serde_json::Value;

use crate::common::TestEnv;

/// Issues an invoice for `customer` with one line on `date`; returns its number.
fn invoice(env: &TestEnv, customer: &str, line: &str, date: &str) -> String {
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        customer,
        "--line",
        line,
        "--issue",
        "--date",
        date,
    ]);
    v["number"].as_str().expect("number").to_string()
}

fn pay(env: &TestEnv, number: &str, amount: &str, date: &str) {
    env.ok(&["invoice", "pay", number, "--amount", amount, "--date", date]);
}

fn add_customer(env: &TestEnv, code: &str, name: &str, terms: Option<&str>) {
    // a business customer with the mentions an invoice needs (address, SIREN)
    let mut args = vec![
        "customer",
        "add",
        "--code",
        code,
        "--name",
        name,
        "--address",
        "1 rue X\\n75001 Paris",
        "--siren",
        "732829320",
    ];
    if let Some(t) = terms {
        args.extend(["--terms", t]);
    }
    env.ok(&args);
}

/// The rows of a JSON array keyed by `key`.
fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array()
        .unwrap_or_else(|| panic!("not an array: {rows:#}"))
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row with {key} = {value} in {rows:#}"))
}

/// The named string fields of a JSON object, for one readable comparison.
fn fields<'a>(v: &'a Value, names: &[&str]) -> Vec<&'a str> {
    names
        .iter()
        .map(|n| {
            v[*n]
                .as_str()
                .unwrap_or_else(|| panic!("`{n}` is not a string in {v:#}"))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Aging
// ---------------------------------------------------------------------------------------

/// ACME (company terms, 30 days) and BETA (15 days), on 2026-03-15:
/// - A4 2025-11-01 240.00, due 2025-12-01: 104 days late, 134 since issue;
/// - A3 2025-12-01 600.00, due 2025-12-31: 74 days late, 104 since issue;
/// - B1 2026-01-15 600.00 (BETA), due 2026-01-30: 44 days late, 59 since issue;
/// - A2 2026-01-20 1200.00, due 2026-02-19, 200.00 paid on 02-01, 120.00 credited on
///   03-01: 880.00 open, 24 days late, 54 since issue;
/// - B2 2026-02-01 120.00 (BETA), paid 150.00 with --overpay on 02-10: settled, 30.00 of
///   credit;
/// - A1 2026-03-01 1200.00, due 2026-03-31: not due, 14 days since issue.
fn aging_ledger() -> TestEnv {
    let env = TestEnv::with_customer();
    add_customer(&env, "BETA", "Beta SARL", Some("15"));
    let a4 = invoice(&env, "ACME", "Petit audit;2;100;20", "2025-11-01");
    let a3 = invoice(&env, "ACME", "Conseil;1;500;20", "2025-12-01");
    let b1 = invoice(&env, "BETA", "Conseil;1;500;20", "2026-01-15");
    let a2 = invoice(&env, "ACME", "@AUDIT;1", "2026-01-20");
    pay(&env, &a2, "200", "2026-02-01");
    let b2 = invoice(&env, "BETA", "Frais;1;100;20", "2026-02-01");
    env.ok(&[
        "invoice",
        "pay",
        &b2,
        "--amount",
        "150",
        "--overpay",
        "--date",
        "2026-02-10",
    ]);
    env.ok(&[
        "invoice",
        "credit",
        &a2,
        "--amount",
        "120",
        "--reason",
        "Geste",
        "--date",
        "2026-03-01",
    ]);
    let a1 = invoice(&env, "ACME", "@AUDIT;1", "2026-03-01");
    assert_eq!(
        [
            a4.as_str(),
            a3.as_str(),
            b1.as_str(),
            a2.as_str(),
            b2.as_str(),
            a1.as_str()
        ],
        [
            "FACT-2025-0001",
            "FACT-2025-0002",
            "FACT-2026-0001",
            "FACT-2026-0002",
            "FACT-2026-0003",
            "FACT-2026-0004"
        ]
    );
    env
}

const DEFAULT_BUCKETS: [&str; 7] = [
    "not_due",
    "days_1_30",
    "days_31_60",
    "days_61_90",
    "days_over_90",
    "credit",
    "total",
];

#[test]
fn aging_by_customer_puts_each_open_balance_in_its_bucket() {
    let env = aging_ledger();
    let v = env.json(&["report", "aging"]);
    let rows = v.as_array().expect("rows");
    assert_eq!(
        rows.iter()
            .map(|r| r["customer"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["ACME", "BETA"],
        "one row per customer, by code; no totals row in JSON"
    );
    assert_eq!(row(&v, "customer", "ACME")["name"], "ACME SAS");
    assert_eq!(
        fields(row(&v, "customer", "ACME"), &DEFAULT_BUCKETS),
        ["1200.00", "880.00", "0.00", "600.00", "240.00", "0.00", "2920.00"]
    );
    assert_eq!(
        fields(row(&v, "customer", "BETA"), &DEFAULT_BUCKETS),
        ["0.00", "0.00", "600.00", "0.00", "0.00", "-30.00", "570.00"],
        "the overpaid 30.00 is credit, off the total"
    );

    // The past reads the same: on 2026-01-31 A2 is not due and nothing was paid yet.
    let v = env.json(&["report", "aging", "--as-of", "2026-01-31"]);
    assert_eq!(
        fields(row(&v, "customer", "ACME"), &DEFAULT_BUCKETS),
        ["1200.00", "0.00", "600.00", "240.00", "0.00", "0.00", "2040.00"],
        "A2 not due; A3 31 days late; A4 61 days late"
    );
    assert_eq!(
        fields(row(&v, "customer", "BETA"), &DEFAULT_BUCKETS),
        ["0.00", "600.00", "0.00", "0.00", "0.00", "0.00", "600.00"],
        "B1 one day late; B2 not issued yet"
    );
}

#[test]
fn aging_by_invoice_has_one_row_per_open_invoice_and_one_per_credit() {
    let env = aging_ledger();
    let v = env.json(&["report", "aging", "--by", "invoice"]);
    let rows = v.as_array().expect("rows");
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["invoice"].as_str().unwrap(), r["customer"].as_str().unwrap()))
        .collect();
    for expected in [
        ("FACT-2025-0001", "ACME"),
        ("FACT-2025-0002", "ACME"),
        ("FACT-2026-0001", "BETA"),
        ("FACT-2026-0002", "ACME"),
        ("FACT-2026-0004", "ACME"),
    ] {
        assert!(keys.contains(&expected), "{expected:?} in {keys:?}");
    }
    assert!(
        !keys.iter().any(|k| k.0 == "FACT-2026-0003"),
        "a settled invoice is not in the aged balance"
    );
    assert_eq!(
        rows.len(),
        6,
        "5 open invoices and BETA's unallocated credit: {keys:?}"
    );
    let expect = [
        (
            "FACT-2025-0001",
            ["0.00", "0.00", "0.00", "0.00", "240.00", "0.00", "240.00"],
        ),
        (
            "FACT-2025-0002",
            ["0.00", "0.00", "0.00", "600.00", "0.00", "0.00", "600.00"],
        ),
        (
            "FACT-2026-0001",
            ["0.00", "0.00", "600.00", "0.00", "0.00", "0.00", "600.00"],
        ),
        (
            "FACT-2026-0002",
            ["0.00", "880.00", "0.00", "0.00", "0.00", "0.00", "880.00"],
        ),
        (
            "FACT-2026-0004",
            ["1200.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1200.00"],
        ),
    ];
    for (number, amounts) in expect {
        assert_eq!(
            fields(row(&v, "invoice", number), &DEFAULT_BUCKETS),
            amounts,
            "{number}"
        );
    }
    let credit = rows
        .iter()
        .find(|r| r["customer"] == "BETA" && r["invoice"] != "FACT-2026-0001")
        .expect("BETA's credit row");
    assert_eq!(fields(credit, &["credit", "total"]), ["-30.00", "-30.00"]);
    let total: i64 = rows.iter().map(|r| cents(r["total"].as_str().unwrap())).sum();
    assert_eq!(total, 349000, "the same total as by customer: 2920.00 + 570.00");
}

#[test]
fn aging_with_other_buckets_names_the_columns_after_them() {
    let env = aging_ledger();
    let v = env.json(&["report", "aging", "--buckets", "15,45"]);
    let names = [
        "not_due",
        "days_1_15",
        "days_16_45",
        "days_over_45",
        "credit",
        "total",
    ];
    let acme = row(&v, "customer", "ACME");
    assert_eq!(
        fields(acme, &names),
        ["1200.00", "0.00", "880.00", "840.00", "0.00", "2920.00"],
        "A2 24 days: 16-45; A3 74 and A4 104 days: over 45"
    );
    assert!(
        acme.get("days_1_30").is_none(),
        "no default column names: {acme:#}"
    );
    assert_eq!(
        fields(row(&v, "customer", "BETA"), &names),
        ["0.00", "0.00", "600.00", "0.00", "-30.00", "570.00"]
    );
    // One bucket only.
    let v = env.json(&["report", "aging", "--buckets", "60"]);
    assert_eq!(
        fields(
            row(&v, "customer", "ACME"),
            &["not_due", "days_1_60", "days_over_60", "total"]
        ),
        ["1200.00", "880.00", "840.00", "2920.00"]
    );
}

#[test]
fn aging_from_the_issue_date_counts_days_since_issue() {
    let env = aging_ledger();
    let v = env.json(&["report", "aging", "--basis", "issue"]);
    assert_eq!(
        fields(row(&v, "customer", "ACME"), &DEFAULT_BUCKETS),
        ["0.00", "1200.00", "880.00", "0.00", "840.00", "0.00", "2920.00"],
        "A1 14 days, A2 54, A3 104, A4 134 days since issue"
    );
    assert_eq!(
        fields(row(&v, "customer", "BETA"), &DEFAULT_BUCKETS),
        ["0.00", "0.00", "600.00", "0.00", "0.00", "-30.00", "570.00"],
        "B1 59 days since issue"
    );
    let v = env.json(&[
        "report",
        "aging",
        "--basis",
        "issue",
        "--by",
        "invoice",
        "--buckets",
        "100",
    ]);
    assert_eq!(
        fields(
            row(&v, "invoice", "FACT-2025-0002"),
            &["days_1_100", "days_over_100"]
        ),
        ["0.00", "600.00"],
        "104 days since issue"
    );
}

#[test]
fn aging_table_and_csv_carry_a_totals_row() {
    let env = aging_ledger();
    let csv = env.ok(&["report", "aging", "--format", "csv"]);
    let last = csv.lines().last().expect("a totals row");
    assert!(last.starts_with("total"), "{csv}");
    assert!(
        last.contains("3490.00"),
        "2920.00 + 570.00 in the totals row: {last}"
    );
    let table = env.ok(&["report", "aging"]);
    assert!(table.contains("3,490.00"), "{table}");
    assert!(table.contains("31-60") && table.contains("> 90"), "{table}");
}

// ---------------------------------------------------------------------------------------
// DMP and DSO
// ---------------------------------------------------------------------------------------

#[test]
fn dmp_is_weighted_by_the_amounts_paid() {
    let env = TestEnv::with_customer();
    add_customer(&env, "BETA", "Beta SARL", None);
    // 1000.00 paid 10 days after issue, 3000.00 paid 30 days after issue:
    // (1000 × 10 + 3000 × 30) ÷ 4000 = 25.0 days (a plain average would say 20).
    let d1 = invoice(&env, "ACME", "Conseil;1;1000;0", "2026-01-05");
    let d2 = invoice(&env, "BETA", "Conseil;1;3000;0", "2026-01-10");
    pay(&env, &d1, "1000", "2026-01-15");
    pay(&env, &d2, "3000", "2026-02-09");
    let v = env.json(&["report", "dmp", "--from", "2026-01-01", "--to", "2026-03-15"]);
    assert_eq!(
        (
            v["from"].as_str(),
            v["to"].as_str(),
            v["days"].as_i64(),
            v["payments"].as_i64()
        ),
        (Some("2026-01-01"), Some("2026-03-15"), Some(74), Some(2))
    );
    assert_eq!(
        fields(&v, &["paid", "dmp_days", "receivables", "revenue", "dso_days"]),
        ["4000.00", "25.0", "0.00", "4000.00", "0.0"]
    );

    // A part payment weighs what it paid: 2000.00 issued 02-01, 500.00 paid 20 days later.
    // DMP (10000 + 90000 + 500 × 20) ÷ 4500 = 24.4; DSO 1500 ÷ 6000 × 74 = 18.5 days.
    let d3 = invoice(&env, "ACME", "Conseil;1;2000;0", "2026-02-01");
    pay(&env, &d3, "500", "2026-02-21");
    let v = env.json(&[
        "report",
        "dmp",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-15",
        "--by",
        "customer",
    ]);
    assert_eq!(
        fields(&v, &["paid", "dmp_days", "receivables", "revenue", "dso_days"]),
        ["4500.00", "24.4", "1500.00", "6000.00", "18.5"]
    );
    assert_eq!(v["payments"], 3);
    let by = &v["by_customer"];
    assert_eq!(by.as_array().map(|a| a.len()), Some(2), "{v:#}");
    let acme = row(by, "customer", "ACME");
    assert_eq!(
        fields(acme, &["paid", "dmp_days"]),
        ["1500.00", "13.3"],
        "(10000 + 10000) ÷ 1500"
    );
    assert_eq!(acme["payments"], 2);
    let beta = row(by, "customer", "BETA");
    assert_eq!(fields(beta, &["paid", "dmp_days"]), ["3000.00", "30.0"]);
    assert_eq!(beta["payments"], 1);

    // Only what was paid in the period counts: from 02-01, D2 (30 days, 3000.00) and the
    // part of D3 (20 days, 500.00): (90000 + 10000) ÷ 3500 = 28.6; revenue: D3 only.
    let v = env.json(&["report", "dmp", "--from", "2026-02-01", "--to", "2026-03-15"]);
    assert_eq!(
        fields(&v, &["paid", "dmp_days", "receivables", "revenue"]),
        ["3500.00", "28.6", "1500.00", "2000.00"]
    );
    assert_eq!(v["days"], 43);

    // Nothing paid: no DMP, not zero.
    let v = env.json(&["report", "dmp", "--from", "2026-03-01", "--to", "2026-03-15"]);
    assert_eq!(v["payments"], 0);
    assert!(v["dmp_days"].is_null(), "{v:#}");

    // The table prints the formula under the numbers.
    let table = env.ok(&["report", "dmp", "--from", "2026-01-01", "--to", "2026-03-15"]);
    assert!(table.contains("DMP ="), "{table}");
    assert!(table.contains("DSO"), "{table}");
    assert!(table.contains("24.4") && table.contains("18.5"), "{table}");
}

// ---------------------------------------------------------------------------------------
// KPIs
// ---------------------------------------------------------------------------------------

#[test]
fn kpis_on_a_small_ledger() {
    let env = TestEnv::with_customer();
    add_customer(&env, "BETA", "Beta SARL", None);
    // K4 BETA 2025-11-10 1200.00, due 12-10, never paid: 95 days late.
    let k4 = invoice(&env, "BETA", "@AUDIT;1", "2025-11-10");
    // K1 ACME 01-05 1200.00, due 02-04, paid on 02-14: 10 days late.
    let k1 = invoice(&env, "ACME", "@AUDIT;1", "2026-01-05");
    // K2 ACME 01-10 1200.00, due 02-09, 600.00 paid on 02-19 (10 days late), 600.00 open.
    let k2 = invoice(&env, "ACME", "@AUDIT;1", "2026-01-10");
    // K3 BETA 01-15 600.00, due 02-14, paid early on 02-10.
    let k3 = invoice(&env, "BETA", "Conseil;1;500;20", "2026-01-15");
    pay(&env, &k3, "600", "2026-02-10");
    pay(&env, &k1, "1200", "2026-02-14");
    pay(&env, &k2, "600", "2026-02-19");
    assert_eq!(k4, "FACT-2025-0001");

    let v = env.json(&["report", "kpis", "--from", "2026-01-01", "--to", "2026-03-15"]);
    assert_eq!(
        fields(
            &v,
            &[
                "from",
                "to",
                "invoiced",
                "collected",
                "collected_share",
                "unpaid_rate_30_days_after_due",
                "late_now_amount",
                "receivables",
                "receivables_over_90_days"
            ]
        ),
        [
            "2026-01-01",
            "2026-03-15",
            "3000.00",
            "2400.00",
            "80.0",
            // 30 days after due: K4 (01-09) 1200 unpaid, K1 (03-06) paid, K2 (03-11) 600
            // unpaid; K3's (03-16) is after the period: 1800 ÷ 3600.
            "50.0",
            "1800.00",
            "1800.00",
            "1200.00"
        ]
    );
    assert_eq!(v["late_now_count"], 2, "K2 and K4");
    let names = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key}: {v:#}"))
            .iter()
            .map(|p| p["customer"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("late_recurrence"), ["ACME", "BETA"]);
    let acme = row(&v["late_recurrence"], "customer", "ACME");
    assert_eq!(acme["late_invoices_12_months"], 2, "K1 paid late, K2 still late");
    assert_eq!(
        fields(acme, &["paid", "unpaid_late", "average_days_late"]),
        ["1800.00", "600.00", "16.0"],
        "(1200 × 10 + 600 × 10 paid, 600 × 34 still open on 03-15) ÷ 2400"
    );
    assert_eq!(acme["frequent_late_payer"], false);
    let beta = row(&v["late_recurrence"], "customer", "BETA");
    assert_eq!(beta["late_invoices_12_months"], 1, "K4");
    assert_eq!(
        fields(beta, &["paid", "unpaid_late", "average_days_late"]),
        ["600.00", "1200.00", "63.3"],
        "(600 × 0 paid early, K4's 1200 × 95 days open) ÷ 1800"
    );
    assert_eq!(names("worst_payers"), ["BETA", "ACME"]);
    assert_eq!(names("best_payers"), ["ACME", "BETA"]);
}

// ---------------------------------------------------------------------------------------
// Revenue
// ---------------------------------------------------------------------------------------

/// R1 ACME 01-10: 2 × AUDIT (2000.00 net) and a free line of 150.00; R2 BETA 02-03:
/// 1 × AUDIT; R3 ACME 02-20: a free line 3 × 400.00; a credit note of 1 × AUDIT against
/// R1 on 03-01.
fn revenue_ledger() -> TestEnv {
    let env = TestEnv::with_customer();
    add_customer(&env, "BETA", "Beta SARL", None);
    let r1 = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;2",
        "--line",
        "Déplacement;1;150;20",
        "--issue",
        "--date",
        "2026-01-10",
    ]);
    assert_eq!(r1["total_net"], "2150.00");
    invoice(&env, "BETA", "@AUDIT;1", "2026-02-03");
    invoice(&env, "ACME", "Conseil;3;400;20", "2026-02-20");
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0001",
        "--line",
        "@AUDIT;1",
        "--reason",
        "Une journée de moins",
        "--date",
        "2026-03-01",
    ]);
    env
}

fn revenue(env: &TestEnv, by: &str) -> Vec<(String, String, i64, String)> {
    let v = env.json(&[
        "report",
        "revenue",
        "--by",
        by,
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-15",
    ]);
    v.as_array()
        .unwrap_or_else(|| panic!("{v:#}"))
        .iter()
        .map(|r| {
            let key = match by {
                "product" => "sku",
                other => other,
            };
            (
                r[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("{key} in {r:#}"))
                    .to_string(),
                r["label"].as_str().unwrap().to_string(),
                r["invoices"].as_i64().unwrap(),
                r["net"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, &str, i64, &str)]) -> Vec<(String, String, i64, String)> {
    rows.iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), *c, d.to_string()))
        .collect()
}

#[test]
fn revenue_by_product_customer_and_month_subtracts_credit_notes() {
    let env = revenue_ledger();
    assert_eq!(
        revenue(&env, "product"),
        owned(&[
            ("AUDIT", "Audit technique", 2, "2000.00"),
            ("", "(free lines)", 2, "1350.00"),
        ]),
        "AUDIT: 2000 + 1000 - 1000; free lines: 150 + 1200"
    );
    assert_eq!(
        revenue(&env, "customer"),
        owned(&[
            ("ACME", "ACME SAS", 2, "2350.00"),
            ("BETA", "Beta SARL", 1, "1000.00"),
        ])
    );
    assert_eq!(
        revenue(&env, "month"),
        owned(&[
            ("2026-01", "", 1, "2150.00"),
            ("2026-02", "", 2, "2200.00"),
            ("2026-03", "", 0, "-1000.00"),
        ])
    );
    // The period bounds are inclusive and leave the rest out.
    let v = env.json(&[
        "report",
        "revenue",
        "--by",
        "month",
        "--from",
        "2026-02-03",
        "--to",
        "2026-02-19",
    ]);
    assert_eq!(v.as_array().map(|a| a.len()), Some(1), "{v:#}");
    assert_eq!(fields(&v[0], &["month", "net"]), ["2026-02", "1000.00"]);
}

// ---------------------------------------------------------------------------------------
// Forecast
// ---------------------------------------------------------------------------------------

#[test]
fn forecast_expects_each_balance_after_its_customers_usual_delay() {
    let env = TestEnv::with_customer();
    add_customer(&env, "BETA", "Beta SARL", None);
    // BETA has never paid: usual delay 0.
    let b1 = invoice(&env, "BETA", "X;1;100;20", "2026-01-01"); // due 01-31: 43 days late, doubtful
    // ACME paid F1 10 days after its due date: usual delay 10.
    let f1 = invoice(&env, "ACME", "@AUDIT;1", "2026-01-05"); // due 02-04
    pay(&env, &f1, "1200", "2026-02-14");
    let b4 = invoice(&env, "BETA", "X;1;400;20", "2026-02-01"); // due 03-03: 12 days late, this week
    let f3 = invoice(&env, "ACME", "@AUDIT;1", "2026-02-10"); // due 03-12 + 10 = 03-22
    let f2 = invoice(&env, "ACME", "@AUDIT;1", "2026-02-20"); // due 03-22 + 10 = 04-01
    let b2 = invoice(&env, "BETA", "X;1;200;20", "2026-03-01"); // due 03-31
    let b3 = env.json(&[
        "invoice",
        "create",
        "--customer",
        "BETA",
        "--line",
        "X;1;300;20",
        "--terms",
        "60",
        "--issue",
        "--date",
        "2026-03-14",
    ]); // due 05-13: beyond four weeks
    assert_eq!(b3["due_date"], "2026-05-13");
    let _ = (b1, b4, f3, f2, b2);

    let v = env.json(&["report", "forecast", "--weeks", "4"]);
    let got: Vec<(String, Option<String>, i64, String)> = v
        .as_array()
        .unwrap_or_else(|| panic!("{v:#}"))
        .iter()
        .map(|w| {
            (
                w["kind"].as_str().unwrap().to_string(),
                w["week"].as_str().map(String::from),
                w["invoices"].as_i64().unwrap(),
                w["expected"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        got,
        vec![
            ("week".to_string(), s("2026-03-09"), 1, "480.00".to_string()),
            ("week".to_string(), s("2026-03-16"), 1, "1200.00".to_string()),
            ("week".to_string(), s("2026-03-23"), 0, "0.00".to_string()),
            ("week".to_string(), s("2026-03-30"), 2, "1440.00".to_string()),
            ("later".to_string(), None, 1, "360.00".to_string()),
            ("doubtful".to_string(), None, 1, "120.00".to_string()),
        ]
    );
    let total: i64 = got.iter().map(|w| cents(&w.3)).sum();
    let aging = env.json(&["report", "aging"]);
    let open: i64 = aging
        .as_array()
        .unwrap()
        .iter()
        .map(|r| cents(r["total"].as_str().unwrap()))
        .sum();
    assert_eq!(total, open, "the forecast spreads exactly what is open");
    // The default horizon is 8 weeks.
    let v = env.json(&["report", "forecast"]);
    assert_eq!(
        v.as_array().map(|a| a.len()),
        Some(10),
        "8 weeks, later, doubtful"
    );
}

// ---------------------------------------------------------------------------------------
// Customer statement (relevé de compte)
// ---------------------------------------------------------------------------------------

#[test]
fn customer_statement_lists_every_movement_with_a_running_balance() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("@AUDIT;1", "2026-01-10");
    env.ok(&[
        "invoice",
        "pay",
        &f1,
        "--amount",
        "500",
        "--date",
        "2026-01-20",
        "--reference",
        "VIR-123",
    ]);
    env.ok(&[
        "invoice",
        "credit",
        &f1,
        "--amount",
        "240",
        "--reason",
        "Remise",
        "--date",
        "2026-02-20",
    ]);
    let v = env.json(&["customer", "statement", "ACME"]);
    assert_eq!(
        fields(&v, &["customer", "name", "to", "closing_balance"]),
        ["ACME", "ACME SAS", "2026-03-15", "460.00"]
    );
    let lines: Vec<Vec<&str>> = v["lines"]
        .as_array()
        .unwrap_or_else(|| panic!("{v:#}"))
        .iter()
        .map(|l| fields(l, &["date", "kind", "reference", "debit", "credit", "balance"]))
        .collect();
    assert_eq!(
        lines,
        vec![
            vec![
                "2026-01-10",
                "invoice",
                "FACT-2026-0001",
                "1200.00",
                "0.00",
                "1200.00"
            ],
            vec![
                "2026-01-20",
                "payment",
                "transfer VIR-123",
                "0.00",
                "500.00",
                "700.00"
            ],
            vec![
                "2026-02-20",
                "credit_note",
                "AV-2026-0001",
                "0.00",
                "240.00",
                "460.00"
            ],
        ]
    );
    // From a day: what came before is the opening balance.
    let v = env.json(&["customer", "statement", "ACME", "--from", "2026-02-01"]);
    let lines: Vec<Vec<&str>> = v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| fields(l, &["date", "kind", "debit", "credit", "balance"]))
        .collect();
    assert_eq!(
        lines,
        vec![
            vec!["2026-02-01", "opening_balance", "700.00", "0.00", "700.00"],
            vec!["2026-02-20", "credit_note", "0.00", "240.00", "460.00"],
        ]
    );
    // The closing balance is what the aged balance says on the same day.
    for d in ["2026-01-15", "2026-02-01", "2026-03-15"] {
        let statement = env.json(&["customer", "statement", "ACME", "--as-of", d]);
        let aging = env.json(&["report", "aging", "--as-of", d]);
        assert_eq!(statement["closing_balance"], aging[0]["total"], "on {d}");
    }
}

// ---------------------------------------------------------------------------------------
// Split
// ---------------------------------------------------------------------------------------

#[test]
fn split_counts_paid_pending_and_dunning() {
    let env = aging_ledger();
    let v = env.json(&["report", "split"]);
    let got: Vec<Vec<String>> = v
        .as_array()
        .unwrap_or_else(|| panic!("{v:#}"))
        .iter()
        .map(|p| {
            vec![
                p["status"].as_str().unwrap().to_string(),
                p["count"].to_string(),
                p["count_share"].as_str().unwrap().to_string(),
                p["amount"].as_str().unwrap().to_string(),
                p["amount_share"].as_str().unwrap().to_string(),
            ]
        })
        .collect();
    let want: Vec<Vec<String>> = [
        ["paid", "1", "16.7", "120.00", "3.3"],
        ["pending", "5", "83.3", "3520.00", "96.7"],
        ["dunning", "0", "0.0", "0.00", "0.0"],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    assert_eq!(got, want, "B2 paid; five open invoices, none reminded");
}

// ---------------------------------------------------------------------------------------
// A credit note dated before a payment recorded earlier
// ---------------------------------------------------------------------------------------

/// Regression (fixed): `invoice credit` releases the paid excess with an allocation dated on the credit
/// note's day (src/ops/invoice.rs, `credit`), even when the payment it releases is dated
/// later. Between the two days the invoice shows a negative `paid` (-400.00) and a balance
/// of 1000.00, more than total less credits (600.00); the aged balance follows it, while
/// the customer statement and the FEC say 600.00. What is owed on 02-15 is 1200.00 less
/// the 600.00 credit note: the payment of 03-01 had not arrived.
#[test]
fn a_credit_note_dated_before_a_later_payment_owes_total_less_credit_in_between() {
    let env = TestEnv::with_customer();
    let f1 = invoice(&env, "ACME", "Conseil;1;1000;20", "2026-01-10");
    pay(&env, &f1, "1000", "2026-03-01");
    env.ok(&[
        "invoice",
        "credit",
        &f1,
        "--amount",
        "600",
        "--reason",
        "Remise",
        "--date",
        "2026-02-01",
    ]);
    let on = |d: &str| {
        let inv = env.json(&["invoice", "show", &f1, "--as-of", d]);
        let aging = env.json(&["report", "aging", "--as-of", d]);
        let statement = env.json(&["customer", "statement", "ACME", "--as-of", d]);
        (
            fields(&inv, &["paid", "credited", "balance"])
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
            aging[0]["total"].as_str().unwrap().to_string(),
            statement["closing_balance"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        on("2026-03-15"),
        (
            vec!["600.00".into(), "600.00".into(), "0.00".into()],
            "-400.00".into(),
            "-400.00".into()
        ),
        "after the payment: settled, 400.00 of credit"
    );
    assert_eq!(
        on("2026-02-15"),
        (
            vec!["0.00".into(), "600.00".into(), "600.00".into()],
            "600.00".into(),
            "600.00".into()
        ),
        "before the payment: 600.00 owed"
    );
}

// ---------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------

#[test]
fn bad_report_input_exits_2_and_changes_nothing() {
    let env = aging_ledger();
    let before = env.snapshot();
    for (args, says) in [
        (vec!["report", "aging", "--buckets", "60,30"], "buckets"),
        (vec!["report", "aging", "--buckets", "30,30"], "buckets"),
        (vec!["report", "aging", "--buckets", "0,30"], "buckets"),
        (vec!["report", "aging", "--buckets", "thirty"], "buckets"),
        (vec!["report", "aging", "--basis", "payment"], "basis"),
        (vec!["report", "aging", "--by", "product"], "by"),
        (
            vec!["report", "dmp", "--from", "2026-03-01", "--to", "2026-02-01"],
            "--from",
        ),
        (
            vec!["report", "kpis", "--from", "2026-03-01", "--to", "2026-02-01"],
            "--from",
        ),
        (
            vec![
                "report",
                "revenue",
                "--by",
                "month",
                "--from",
                "2026-03-01",
                "--to",
                "2026-02-01",
            ],
            "--from",
        ),
        (vec!["report", "revenue"], "--by"),
        (vec!["report", "dmp", "--from", "2026-02-30"], "2026-02-30"),
        (vec!["report", "forecast", "--weeks", "0"], "weeks"),
        (vec!["report", "forecast", "--weeks", "-3"], "-3"),
    ] {
        let err = env.fails(&args, 2);
        assert!(err.contains(says), "{args:?} should name `{says}`: {err}");
    }
    assert_eq!(env.snapshot(), before, "reports never write");
}

// ---------------------------------------------------------------------------------------
// Property: aging totals are the sum of invoice balances less unallocated payments
// ---------------------------------------------------------------------------------------

mod property {
    use std::collections::BTreeMap;
    use std::str::FromStr;

    use chrono::{Days, NaiveDate};
    use creances::domain::aging::{Basis, Buckets};
    use creances::domain::company::Company;
    use creances::domain::customer::Customer;
    use creances::domain::customer::{CustomerKind, DunningProfile};
    use creances::domain::document::{Line, LineKind};
    use creances::domain::invoice::Draft;
    use creances::domain::report::AgingBy;
    use creances::ops::credit::{self as credits, CreditAmount};
    use creances::ops::invoice::{self as invoices, PaymentInput};
    use creances::ops::report::aging;
    use creances::store::Db;
    use creances::store::company;
    use creances::store::invoice::{self as store, Filter};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// Something that happens to the ledger after the invoices are issued.
    #[derive(Debug, Clone)]
    enum Event {
        /// Pay `percent` of the invoice's total, `delay` days after its issue.
        Pay {
            invoice: usize,
            percent: u32,
            delay: u64,
            overpay: bool,
        },
        /// Credit `percent` of the total.
        Credit {
            invoice: usize,
            percent: u32,
            delay: u64,
        },
        /// A payment on the customer's account, oldest invoices first.
        Account {
            customer: usize,
            cents: i64,
            day: u64,
        },
        WriteOff {
            invoice: usize,
            delay: u64,
        },
    }

    fn event() -> impl Strategy<Value = Event> {
        prop_oneof![
            (0usize..8, 1u32..130, 0u64..90, any::<bool>()).prop_map(|(invoice, percent, delay, overpay)| {
                Event::Pay {
                    invoice,
                    percent,
                    delay,
                    overpay,
                }
            }),
            (0usize..8, 1u32..100, 0u64..90).prop_map(|(invoice, percent, delay)| Event::Credit {
                invoice,
                percent,
                delay
            }),
            (0usize..3, 1i64..300_000, 0u64..200).prop_map(|(customer, cents, day)| Event::Account {
                customer,
                cents,
                day
            }),
            (0usize..8, 0u64..120).prop_map(|(invoice, delay)| Event::WriteOff { invoice, delay }),
        ]
    }

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, 1).unwrap()
    }

    fn day_after(days: u64) -> NaiveDate {
        start() + Days::new(days)
    }

    fn customer(code: &str) -> Customer {
        Customer {
            id: 0,
            code: code.into(),
            name: format!("{code} SARL"),
            kind: CustomerKind::Business,
            email: None,
            address: "1 rue X\n75001 Paris".into(),
            siren: Some("732829320".into()),
            vat_number: None,
            payment_terms_days: None,
            dunning_profile: DunningProfile::Standard,
            language: "fr".into(),
            blocked: false,
            blocked_reason: None,
            credit_limit: None,
            collect_method: Default::default(),
        }
    }

    /// Unallocated money per customer id on `day`, straight from the tables.
    fn unallocated(tx: &rusqlite::Transaction, day: NaiveDate) -> BTreeMap<i64, i64> {
        let d = day.format("%Y-%m-%d").to_string();
        let mut stmt = tx
            .prepare(
                "SELECT p.customer_id,
                        p.amount_cents - COALESCE((SELECT SUM(a.amount_cents) FROM allocation a
                                                    WHERE a.payment_id = p.id AND a.date <= ?1), 0)
                 FROM payment p WHERE p.date <= ?1",
            )
            .unwrap();
        let mut out = BTreeMap::new();
        let rows = stmt
            .query_map([&d], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .unwrap();
        for r in rows {
            let (c, cents) = r.unwrap();
            *out.entry(c).or_insert(0) += cents;
        }
        out
    }

    // Regression (fixed): this property fails whenever a credit note is dated before a payment recorded
    // earlier that it partly releases (src/ops/invoice.rs `credit` dates the release on
    // the credit note's day): between the two days `Invoice::view` counts the
    // release of money not received yet, so the invoice's balance is off (e.g. paid 0.30,
    // balance 0.01 where 1.20 - 0.89 credited - 0.35 paid leaves nothing owed) and the
    // aging total (1.16, also what `customer statement` says) differs from the sum of
    // invoice balances less unallocated payments (1.17). See
    // `a_credit_note_dated_before_a_later_payment_owes_total_less_credit_in_between`.
    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn aging_totals_are_invoice_balances_less_unallocated_payments(
            mut specs in proptest::collection::vec(
                (0usize..3, 0u64..150, 100i64..500_000, 0usize..4, 1u32..4, 0i64..61), 1..8),
            events in proptest::collection::vec(event(), 0..14),
            limits in proptest::collection::btree_set(1i64..120, 1..4),
            issue_basis in any::<bool>(),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let mut ledger = Db::create(&dir.path().join("p.sqlite")).unwrap();
            let company = Company {
                name: "Prop SARL".into(),
                address: "1 rue Y\n69001 Lyon".into(),
                siren: Some("842130577".into()),
                vat_number: Some("FR68842130577".into()),
                payment_terms_days: 30,
                currency: creances::domain::money::Currency::EUR,
                ..Company::default()
            };
            let customers: Vec<Customer> = ledger
                .write(|tx| {
                    company::insert(tx, &company)?;
                    ["AAA", "BBB", "CCC"]
                        .iter()
                        .map(|c| creances::ops::customer::add(tx, customer(c), Some(c.to_string())))
                        .collect()
                })
                .unwrap();
            // Issued in date order, as numbering wants.
            specs.sort_by_key(|s| s.1);
            let rates = ["20", "10", "5.5", "0"];
            let mut issued: Vec<(String, NaiveDate)> = Vec::new();
            for (c, days, price, rate, qty, terms) in &specs {
                let date = day_after(*days);
                let cust = customers[*c].clone();
                let number = ledger
                    .write(|tx| {
                        let draft = Draft {
                            customer_id: cust.id,
                            series: "FACT".into(),
                            payment_terms_days: *terms,
                            currency: creances::domain::money::Currency::EUR,
                            prices_include_vat: false,
                            penalty_rate: None,
                            purchase_order: None,
                            notes: None,
                            delivery: None,
                            delivery_address: None,
                            collect: Default::default(),
                            offer_id: None,
                            lines: vec![Line {
                                sku: None,
                                designation: "Prestation".into(),
                                quantity: Decimal::from(*qty),
                                unit_price: Decimal::new(*price, 2),
                                vat_rate: Decimal::from_str(rates[*rate]).unwrap(),
                                unit: None,
                                kind: LineKind::Service,
                                discount: None,
                            }],
                            discount: None,
                        };
                        let d = invoices::create_draft(tx, &cust, draft, false)?;
                        let no_floor = creances::domain::score::ScorePolicy::default();
                        let clearance = creances::ops::credit_control::Clearance {
                            force: false,
                            as_of: date,
                            policy: std::borrow::Cow::Borrowed(&no_floor),
                        };
                        invoices::issue_cleared(tx, &d.id.to_string(), date, &cust, &clearance, &Default::default())
                    })
                    .unwrap()
                    .number
                    .unwrap();
                issued.push((number, date));
            }
            let mut last_day = specs.iter().map(|s| day_after(s.1)).max().unwrap();
            // Events may be refused (already paid, written off...): the ledger stays as it was.
            for e in &events {
                let outcome = match e {
                    Event::Pay { invoice, percent, delay, overpay } => {
                        let (number, issue) = issued[invoice % issued.len()].clone();
                        let date = issue + Days::new(*delay);
                        ledger.write(|tx| {
                            let r = store::find(tx, &number)?;
                            let amount = (r.total.to_decimal() * Decimal::from(*percent) / Decimal::ONE_HUNDRED).round_dp(2);
                            let input = PaymentInput {
                                amount: Some(amount.max(Decimal::new(1, 2))),
                                date,
                                method: creances::domain::payment::Method::Transfer,
                                reference: None,
                                overpay: *overpay,
                                rate: None,
                            };
                            invoices::pay(tx, &number, &input, None).map(|_| date)
                        })
                    }
                    Event::Credit { invoice, percent, delay } => {
                        let (number, issue) = issued[invoice % issued.len()].clone();
                        let date = issue + Days::new(*delay);
                        ledger.write(|tx| {
                            let r = store::find(tx, &number)?;
                            let amount = (r.total.to_decimal() * Decimal::from(*percent) / Decimal::ONE_HUNDRED).round_dp(2);
                            credits::credit(
                                tx,
                                &number,
                                CreditAmount::Amount(amount.max(Decimal::new(1, 2))),
                                "test",
                                date,
                                "AV",
                            )
                            .map(|_| date)
                        })
                    }
                    Event::Account { customer, cents, day } => {
                        let date = day_after(*day);
                        let cust = customers[*customer].clone();
                        ledger.write(|tx| {
                            creances::ops::payment::add(tx, &cust, &creances::ops::payment::Received { amount: Decimal::new(*cents, 2), ..Default::default() }, date, creances::domain::payment::Method::Transfer, None)
                                .map(|_| date)
                        })
                    }
                    Event::WriteOff { invoice, delay } => {
                        let (number, issue) = issued[invoice % issued.len()].clone();
                        let date = issue + Days::new(*delay);
                        ledger.write(|tx| invoices::write_off(tx, &number, "test", date).map(|_| date))
                    }
                };
                if let Ok(d) = outcome {
                    last_day = last_day.max(d);
                }
            }

            let buckets = Buckets { limits: limits.into_iter().collect() };
            let basis = if issue_basis { Basis::Issue } else { Basis::Due };
            let days = [day_after(40), day_after(100), last_day, last_day + Days::new(400)];
            for as_of in days {
                let (by_customer, by_invoice, records, credit) = ledger
                    .read(|tx| {
                        Ok((
                            aging(tx, as_of, AgingBy::Customer, &buckets, basis)?,
                            aging(tx, as_of, AgingBy::Invoice, &buckets, basis)?,
                            store::list(tx, &Filter { include_invoices: true, ..Filter::default() })?,
                            unallocated(tx, as_of),
                        ))
                    })
                    .unwrap();
                // What each customer owes, from the invoices themselves.
                let mut owed: BTreeMap<String, i64> = BTreeMap::new();
                let mut balances: BTreeMap<String, i64> = BTreeMap::new();
                for r in records.iter().filter(|r| r.number.is_some() && r.issue_date.is_some_and(|d| d <= as_of)) {
                    let b = r.view(as_of).balance.minor();
                    *owed.entry(r.customer_code.clone()).or_insert(0) += b;
                    if b != 0 {
                        balances.insert(r.number.clone().unwrap(), b);
                    }
                }
                for c in &customers {
                    *owed.entry(c.code.clone()).or_insert(0) -= credit.get(&c.id).copied().unwrap_or(0);
                }
                owed.retain(|_, v| *v != 0);
                let reported: BTreeMap<String, i64> = by_customer
                    .lines
                    .iter()
                    .map(|l| (l.customer.clone(), l.row.total().minor()))
                    .filter(|(_, v)| *v != 0)
                    .collect();
                prop_assert_eq!(&reported, &owed, "per customer on {}", as_of);
                prop_assert_eq!(by_customer.totals.total().minor(), owed.values().sum::<i64>(), "grand total on {}", as_of);
                prop_assert_eq!(by_invoice.totals.total(), by_customer.totals.total());
                prop_assert_eq!(&by_invoice.totals.amounts, &by_customer.totals.amounts);
                // By invoice: each open balance sits whole in exactly one bucket, the right one.
                let mut seen: BTreeMap<String, i64> = BTreeMap::new();
                for l in by_invoice.lines.iter().filter(|l| l.row.credit.is_zero()) {
                    let number = l.invoice.clone().unwrap();
                    let nonzero: Vec<(usize, i64)> =
                        l.row.amounts.iter().map(|a| a.minor()).enumerate().filter(|c| c.1 != 0).collect();
                    prop_assert_eq!(nonzero.len(), 1, "{} on {}: {:?}", number, as_of, l.row);
                    let r = records.iter().find(|r| r.number.as_deref() == Some(number.as_str())).unwrap();
                    let age = match basis {
                        Basis::Due => (as_of - r.due_date.unwrap()).num_days(),
                        Basis::Issue => (as_of - r.issue_date.unwrap()).num_days(),
                    };
                    let expected_column = if age <= 0 {
                        0
                    } else {
                        buckets.limits.iter().position(|&l| age <= l).map(|i| i + 1).unwrap_or(buckets.limits.len() + 1)
                    };
                    prop_assert_eq!(nonzero[0].0, expected_column, "{} is {} days old on {}", number, age, as_of);
                    seen.insert(number, nonzero[0].1);
                }
                prop_assert_eq!(&seen, &balances, "open invoices on {}", as_of);
            }
        }
    }
}

/// Amount text `1234.56` to cents.
fn cents(text: &str) -> i64 {
    let negative = text.starts_with('-');
    let body = text.trim_start_matches('-');
    let (units, decimals) = body.split_once('.').unwrap_or((body, "0"));
    let c = units.parse::<i64>().unwrap() * 100 + format!("{decimals:0<2}")[..2].parse::<i64>().unwrap();
    if negative { -c } else { c }
}
