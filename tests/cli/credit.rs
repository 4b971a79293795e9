//! A customer's credit (an overpayment, a payment freed by a credit note) applied to its
//! open invoices: `payment apply`, the `[payments]` option, and what dunning says about it
//! (issue 11 defect 5).

use serde_json::Value;

use crate::common::TestEnv;

/// ACME overpaid FACT-2026-0001 (1200.00) by 300.00 on 2026-01-20, then was invoiced
/// FACT-2026-0002 (1200.00, 2026-02-01) and FACT-2026-0003 (120.00, 2026-02-05).
fn with_credit() -> TestEnv {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2026-01-10");
    env.ok(&[
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--amount",
        "1500",
        "--overpay",
        "--date",
        "2026-01-20",
    ]);
    env.issued_invoice("Audit;1;1000;20", "2026-02-01");
    env.issued_invoice("Suivi;1;100;20", "2026-02-05");
    env
}

fn customer(env: &TestEnv) -> Value {
    env.json(&["customer", "list"])[0].clone()
}

fn balance(env: &TestEnv, number: &str) -> String {
    env.json(&["invoice", "show", number])["balance"]
        .as_str()
        .unwrap()
        .to_string()
}

fn log_rows(env: &TestEnv) -> u64 {
    env.json(&["verify"])["log_rows"].as_u64().unwrap()
}

#[test]
fn payment_apply_settles_the_oldest_invoice_with_the_customer_credit() {
    let env = with_credit();
    let before = customer(&env);
    assert_eq!(before["credit"], "300.00", "{before:#}");
    let rows = log_rows(&env);
    let v = env.json(&["payment", "apply", "--customer", "ACME"]);
    assert_eq!(v["customer"], "ACME");
    assert_eq!(v["date"], crate::common::TODAY);
    assert_eq!(v["credit_before"], "300.00");
    assert_eq!(v["credit_left"], "0.00");
    let applied = v["applied"].as_array().unwrap();
    assert_eq!(applied.len(), 1, "{v:#}");
    assert_eq!(
        applied[0]["invoice"], "FACT-2026-0002",
        "the oldest open invoice first"
    );
    assert_eq!(applied[0]["amount"], "300.00");
    assert_eq!(balance(&env, "FACT-2026-0002"), "900.00");
    assert_eq!(balance(&env, "FACT-2026-0003"), "120.00");
    // the customer account (411) is what it was: credit moved onto an invoice
    let after = customer(&env);
    assert_eq!(after["balance"], before["balance"]);
    assert_eq!(after["credit"], "0.00");
    // one allocation, one audit row, the chain whole
    assert_eq!(log_rows(&env), rows + 1);
    assert_eq!(env.json(&["verify"])["whole"], true);
    // nothing left: exit 2, unchanged
    let snapshot = env.snapshot();
    let err = env.fails(&["payment", "apply", "--customer", "ACME"], 2);
    assert!(err.contains("ACME has no credit"), "{err}");
    assert_eq!(env.snapshot(), snapshot);
}

#[test]
fn payment_apply_to_one_invoice_and_what_it_refuses() {
    let env = with_credit();
    let v = env.json(&[
        "payment",
        "apply",
        "--customer",
        "ACME",
        "--invoice",
        "FACT-2026-0003",
    ]);
    assert_eq!(v["applied"][0]["invoice"], "FACT-2026-0003");
    assert_eq!(
        v["applied"][0]["amount"], "120.00",
        "no more than the invoice's balance"
    );
    assert_eq!(v["credit_left"], "180.00");
    assert_eq!(balance(&env, "FACT-2026-0003"), "0.00");
    assert_eq!(balance(&env, "FACT-2026-0002"), "1200.00");

    let refused = |args: &[&str], needle: &str| {
        let snapshot = env.snapshot();
        let err = env.fails(args, 2);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(env.snapshot(), snapshot, "{args:?} changed the ledger");
    };
    refused(
        &[
            "payment",
            "apply",
            "--customer",
            "ACME",
            "--invoice",
            "FACT-2026-0003",
        ],
        "paid",
    );
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob",
        "--kind",
        "individual",
    ]);
    refused(
        &[
            "payment",
            "apply",
            "--customer",
            "BOB",
            "--invoice",
            "FACT-2026-0002",
        ],
        "not of BOB",
    );
    refused(&["payment", "apply", "--customer", "BOB"], "BOB has no credit");
    refused(
        &["payment", "apply", "--customer", "ACME", "--date", "2026-01-31"],
        "no open invoice issued on or before 2026-01-31",
    );
    env.ok(&["period", "close", "--until", "2026-02-28"]);
    refused(
        &["payment", "apply", "--customer", "ACME", "--date", "2026-02-15"],
        "closed period",
    );
    let v = env.json(&["payment", "apply", "--customer", "ACME"]);
    assert_eq!(v["applied"][0]["invoice"], "FACT-2026-0002");
    assert_eq!(v["applied"][0]["amount"], "180.00");
}

/// Money freed by a credit note on a paid invoice is credit `payment apply` can use.
#[test]
fn credit_freed_by_a_credit_note_is_applied() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;1000;20", "2026-01-10");
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--date", "2026-01-20"]);
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0001",
        "--amount",
        "240",
        "--reason",
        "Remise",
        "--date",
        "2026-02-01",
    ]);
    env.issued_invoice("Suivi;1;500;20", "2026-02-10");
    let v = env.json(&["payment", "apply", "--customer", "ACME"]);
    assert_eq!(v["credit_before"], "240.00");
    assert_eq!(v["applied"][0]["invoice"], "FACT-2026-0002");
    assert_eq!(balance(&env, "FACT-2026-0002"), "360.00");
}

#[test]
fn credit_is_applied_automatically_only_when_the_config_says_so() {
    let env = with_credit();
    let config = env.dir.path().join("auto.toml");
    std::fs::write(&config, "[payments]\napply_credit_automatically = true\n").unwrap();
    let config = config.to_str().unwrap();
    // by default an issue leaves the credit alone (with_credit issued two invoices)
    assert_eq!(customer(&env)["credit"], "300.00");
    // with the option, the next issue applies it, oldest invoice first
    let v = env.json(&[
        "--config",
        config,
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Suivi;1;50;20",
        "--issue",
        "--date",
        "2026-03-01",
    ]);
    assert_eq!(v["number"], "FACT-2026-0004");
    assert_eq!(balance(&env, "FACT-2026-0002"), "900.00");
    assert_eq!(customer(&env)["credit"], "0.00");
    // a credit note frees 120.00 of FACT-2026-0001's payment; `payment add` applies it too
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0001",
        "--amount",
        "120",
        "--reason",
        "Remise",
        "--date",
        "2026-03-02",
    ]);
    assert_eq!(customer(&env)["credit"], "120.00");
    env.ok(&[
        "--config",
        config,
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "100",
        "--date",
        "2026-03-03",
    ]);
    assert_eq!(customer(&env)["credit"], "0.00");
    assert_eq!(balance(&env, "FACT-2026-0002"), "680.00");
}

/// A reminder for an invoice the customer's own credit could settle is not sent
/// silently: the run names the customer, its credit and the command that applies it.
#[test]
fn dunning_run_says_when_the_customers_credit_could_settle_a_reminded_invoice() {
    let env = with_credit();
    let as_of = "2026-04-20";
    let v = env.json(&["dunning", "run", "--dry-run", "--as-of", as_of]);
    let reminded: Vec<&str> = v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["status"] == "planned")
        .map(|a| a["invoice"].as_str().unwrap())
        .collect();
    assert!(reminded.contains(&"FACT-2026-0003"), "{v:#}");
    assert_eq!(v["credit_to_apply"][0]["customer"], "ACME", "{v:#}");
    assert_eq!(v["credit_to_apply"][0]["credit"], "300.00");
    assert_eq!(
        v["credit_to_apply"][0]["invoices"],
        serde_json::json!(["FACT-2026-0003"])
    );
    let table = env.ok(&["dunning", "run", "--dry-run", "--as-of", as_of]);
    assert!(
        table.contains(
            "note: customer ACME has credit 300.00 that could settle FACT-2026-0003: run `creances payment apply --customer ACME`"
        ),
        "{table}"
    );
    // once applied, the run has nothing to say
    env.ok(&["payment", "apply", "--customer", "ACME", "--date", "2026-03-15"]);
    let v = env.json(&["dunning", "run", "--dry-run", "--as-of", as_of]);
    assert!(v.get("credit_to_apply").is_none(), "{v:#}");
}
