//! Credit control (issue 14): a credit limit per customer and a score floor stop new
//! quotes and invoices (exit 2, ledger unchanged) unless `--force`, on the same path as a
//! blocked customer.

use crate::common::TestEnv;

/// ACME with a credit limit of 2000.00 and one invoice of 1200.00 issued on 2026-03-01,
/// due 2026-03-31 (so nothing is late on TODAY, 2026-03-15).
fn near_its_limit() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "2000"]);
    env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    env
}

/// Asserts a refusal names the figures and --force, and changes nothing.
fn refused(env: &TestEnv, args: &[&str], document: &str) -> String {
    let before = env.snapshot();
    let err = env.fails(args, 2);
    for part in [
        "customer ACME",
        document,
        "would take its open balance to 2,400.00 EUR, over its credit limit",
        "Open balance 1,200.00 EUR",
        "credit limit 2,000.00 EUR",
        "score new",
        "without --force",
    ] {
        assert!(err.contains(part), "`{part}` missing from: {err}");
    }
    assert_eq!(env.snapshot(), before, "a refused {args:?} changed the ledger");
    err
}

#[test]
fn a_credit_limit_is_set_shown_and_cleared() {
    let env = TestEnv::with_customer();
    assert!(env.json(&["customer", "show", "ACME"])["credit_limit"].is_null());
    let v = env.json(&["customer", "edit", "ACME", "--credit-limit", "10 000"]);
    assert_eq!(v["credit_limit"], "10000.00", "{v:#}");
    assert_eq!(
        env.json(&["customer", "show", "ACME"])["credit_limit"],
        "10000.00"
    );
    let table = env.ok(&["customer", "show", "ACME"]);
    assert!(table.contains("credit_limit  10,000.00"), "{table}");
    let v = env.json(&["customer", "edit", "ACME", "--credit-limit", "none"]);
    assert!(v["credit_limit"].is_null(), "{v:#}");
    assert!(
        env.ok(&["customer", "show", "ACME"])
            .contains("credit_limit  none")
    );
    let v = env.json(&[
        "customer",
        "add",
        "--code",
        "BETA",
        "--name",
        "Beta SARL",
        "--credit-limit",
        "500,50",
    ]);
    assert_eq!(v["credit_limit"], "500.50", "{v:#}");
}

#[test]
fn a_credit_limit_that_is_not_an_amount_of_zero_or_more_is_refused() {
    let env = TestEnv::with_customer();
    let before = env.snapshot();
    for bad in [
        "--credit-limit=-1",
        "--credit-limit=lots",
        "--credit-limit=10.001",
    ] {
        let err = env.fails(&["customer", "edit", "ACME", bad], 2);
        assert!(err.contains("--credit-limit"), "{bad}: {err}");
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn an_invoice_over_the_limit_is_refused_with_the_figures_and_the_ledger_unchanged() {
    let env = near_its_limit();
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;1000;20",
        ],
        "this invoice of 1,200.00 EUR",
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;1000;20",
            "--issue",
        ],
        "this invoice of 1,200.00 EUR",
    );
}

#[test]
fn a_quote_over_the_limit_is_refused() {
    let env = near_its_limit();
    refused(
        &env,
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;1000;20",
        ],
        "this quote of 1,200.00 EUR",
    );
}

#[test]
fn issuing_a_draft_or_accepting_a_quote_made_before_the_limit_is_refused() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    let draft = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
    ]);
    let draft_id = draft["id"].to_string();
    let quote = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
    ]);
    let quote = quote["number"].as_str().unwrap().to_string();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "2000"]);
    refused(
        &env,
        &["invoice", "issue", &draft_id],
        "this invoice of 1,200.00 EUR",
    );
    refused(&env, &["offer", "accept", &quote], "this invoice of 1,200.00 EUR");
    refused(
        &env,
        &["offer", "accept", &quote, "--issue"],
        "this invoice of 1,200.00 EUR",
    );
}

#[test]
fn force_overrides_the_limit() {
    let env = near_its_limit();
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--issue",
        "--force",
    ]);
    assert_eq!(v["number"], "FACT-2026-0002", "{v:#}");
    env.ok(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--force",
    ]);
}

#[test]
fn reaching_the_limit_exactly_is_allowed() {
    let env = near_its_limit();
    // 800.00 + 20 % = 800.00 more: 1200.00 + 800.00 = the limit
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;666.67;20",
    ]);
    assert_eq!(v["total"], "800.00", "{v:#}");
}

#[test]
fn a_payment_that_brings_the_balance_back_under_the_limit_lets_the_invoice_through() {
    let env = near_its_limit();
    env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;1000;20",
        ],
        2,
    );
    env.ok(&[
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--amount",
        "400",
        "--date",
        "2026-03-10",
    ]);
    // 800.00 still open + 1200.00 = the limit
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--issue",
    ]);
    assert_eq!(v["number"], "FACT-2026-0002", "{v:#}");
}

#[test]
fn a_limit_cleared_with_none_no_longer_refuses() {
    let env = near_its_limit();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "none"]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--issue",
    ]);
}

fn set_floor(env: &TestEnv, floor: u64) {
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), format!("[score]\nfloor = {floor}\n")).unwrap();
}

/// ACME with three invoices of 2025, none paid: long overdue on TODAY, a poor score.
fn a_bad_payer() -> (TestEnv, u64) {
    let env = TestEnv::with_customer();
    for date in ["2025-10-01", "2025-11-01", "2025-12-01"] {
        env.issued_invoice("Audit;1;1000;20", date);
    }
    let v = env.json(&["customer", "show", "ACME"]);
    let points = v["score"].as_u64().unwrap();
    assert!(points < 100 && v["grade"] != "new", "{v:#}");
    (env, points)
}

#[test]
fn a_customer_under_the_score_floor_is_refused_and_at_the_floor_is_not() {
    let (env, points) = a_bad_payer();
    set_floor(&env, points + 1);
    let before = env.snapshot();
    let err = env.fails(
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;1;20",
        ],
        2,
    );
    let grade = env.json(&["customer", "show", "ACME"])["grade"]
        .as_str()
        .unwrap()
        .to_string();
    for part in [
        format!("its payment score is under the floor of {}", points + 1),
        "Open balance 3,600.00 EUR".to_string(),
        "credit limit none".to_string(),
        format!("score {points}/100 ({grade})"),
        "--force".to_string(),
    ] {
        assert!(err.contains(&part), "`{part}` missing from: {err}");
    }
    let err = env.fails(
        &["offer", "create", "--customer", "ACME", "--line", "Audit;1;1;20"],
        2,
    );
    assert!(err.contains("no new quote without --force"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1;20",
        "--force",
    ]);
    set_floor(&env, points);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1;20",
    ]);
}

#[test]
fn a_new_customer_is_not_refused_on_its_score() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2025-10-01");
    let v = env.json(&["customer", "show", "ACME"]);
    assert_eq!(v["grade"], "new", "{v:#}");
    assert!(v["score"].as_u64().unwrap() < 100, "{v:#}");
    set_floor(&env, 100);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1;20",
        "--issue",
    ]);
}

/// ACME with a credit limit of 250.00 and a monthly subscription of 120.00 (VAT
/// included) issued from 2026-01-01.
fn subscribed_with_a_limit() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "250"]);
    env.ok(&[
        "recurring",
        "add",
        "--customer",
        "ACME",
        "--every",
        "month",
        "--start",
        "2026-01-01",
        "--line",
        "Maintenance;1;100;20",
        "--issue",
        "--as-of",
        "2026-01-01",
    ]);
    env
}

#[test]
fn a_subscription_run_bills_up_to_the_credit_limit_and_leaves_the_rest_waiting() {
    let env = subscribed_with_a_limit();
    let before = env.snapshot();
    let dry = env.json(&["recurring", "run", "--dry-run", "--as-of", "2026-03-02"]);
    assert_eq!(dry["invoices"].as_array().unwrap().len(), 2, "{dry:#}");
    assert_eq!(dry["summary"]["refused_periods"], 1, "{dry:#}");
    assert_eq!(env.snapshot(), before, "a dry run changes nothing");
    let run = env.json(&["recurring", "run", "--as-of", "2026-03-02"]);
    assert_eq!(run["invoices"].as_array().unwrap().len(), 2, "{run:#}");
    let refused = &run["refused"][0];
    assert_eq!(refused["customer"], "ACME", "{run:#}");
    assert_eq!(refused["period"]["start"], "2026-03-01", "{run:#}");
    assert_eq!(
        refused["reason"], "balance 240.00 + 120.00 over the credit limit of 250.00",
        "{run:#}"
    );
    let text = env.ok(&["recurring", "run", "--as-of", "2026-03-02"]);
    assert!(
        text.contains("credit control: balance 240.00 + 120.00 over the credit limit of 250.00"),
        "{text}"
    );
    assert!(
        text.contains(
            "0 invoice(s) created, 0 issued, 0 sent, 0 failed, 1 period(s) refused by credit control (ACME)"
        ),
        "{text}"
    );
    let forced = env.json(&["recurring", "run", "--force", "--as-of", "2026-03-02"]);
    assert_eq!(forced["invoices"][0]["invoice"], "FACT-2026-0003", "{forced:#}");
    assert_eq!(
        forced["invoices"][0]["period"]["start"], "2026-03-01",
        "{forced:#}"
    );
}

#[test]
fn a_subscription_waits_under_the_score_floor() {
    let (env, points) = a_bad_payer();
    set_floor(&env, points + 1);
    env.ok(&[
        "recurring",
        "add",
        "--customer",
        "ACME",
        "--every",
        "month",
        "--start",
        "2026-03-01",
        "--line",
        "Maintenance;1;100;20",
        "--force",
    ]);
    let run = env.json(&["recurring", "run"]);
    assert!(run["invoices"].as_array().unwrap().is_empty(), "{run:#}");
    let reason = run["refused"][0]["reason"].as_str().unwrap();
    assert_eq!(
        reason,
        format!("score {points}/100 under the floor of {}", points + 1)
    );
}

#[test]
fn sending_a_draft_goes_through_credit_control() {
    let env = near_its_limit();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "none"]);
    let draft = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
    ])["id"]
        .to_string();
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "2000"]);
    let before = env.snapshot();
    let err = env.fails(&["invoice", "send", &draft], 2);
    assert!(
        err.contains("this invoice of 1,200.00 EUR would take its open balance to 2,400.00 EUR")
            && err.contains("--force"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing issued");
    assert!(crate::common::outbox_mails(&env).is_empty(), "nothing mailed");

    // the score floor too (a customer under it, no limit)
    env.ok(&["customer", "edit", "ACME", "--credit-limit", "none"]);
    set_floor(&env, 100);
    for date in ["2025-10-01", "2025-11-01", "2025-12-01"] {
        env.issued_invoice("Audit;1;10;20", date);
    }
    let err = env.fails(&["invoice", "send", &draft], 2);
    assert!(
        err.contains("its payment score is under the floor of 100"),
        "{err}"
    );

    let sent = env.json(&["invoice", "send", &draft, "--force"]);
    assert_eq!(sent["document"], "FACT-2026-0002", "{sent:#}");
}

#[test]
fn sending_a_draft_of_a_blocked_customer_needs_force() {
    let env = TestEnv::with_customer();
    let draft = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
    ])["id"]
        .to_string();
    env.ok(&["customer", "block", "ACME", "--reason", "litige"]);
    let err = env.fails(&["invoice", "send", &draft], 2);
    assert!(err.contains("customer ACME is blocked (litige)"), "{err}");
    env.ok(&["invoice", "send", &draft, "--force"]);
}
