//! The auto-block policy (issue 14): with `[dunning] block_at_notice = true`, the formal
//! notice blocks its customer (new quotes and invoices refused without --force), and the
//! payment that leaves it nothing overdue unblocks it; each change is in the customer's
//! history and the audit log, with its reason.

use crate::common::TestEnv;

fn block_at_notice(env: &TestEnv, on: bool) {
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!("[dunning]\nblock_at_notice = {on}\n"),
    )
    .unwrap();
}

/// ACME with FACT-2026-0001 (1200.00, due 2026-01-31) unpaid and reminded at r3 on
/// 2026-02-15: on TODAY (2026-03-15) its formal notice (due + 30) is due.
fn a_customer_at_its_notice(on: bool) -> TestEnv {
    let env = TestEnv::with_customer();
    block_at_notice(&env, on);
    env.issued_invoice("Audit;1;1000;20", "2026-01-01");
    // a notice is never the first contact: the firm reminder went out first
    env.ok(&["dunning", "run", "--as-of", "2026-02-15"]);
    env
}

/// The customer's block and unblock lines of `customer show`: (date, kind, reference).
fn block_history(env: &TestEnv) -> Vec<(String, String, String)> {
    let v = env.json(&["customer", "show", "ACME"]);
    v["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["kind"] == "blocked" || h["kind"] == "unblocked")
        .map(|h| {
            (
                h["date"].as_str().unwrap().to_string(),
                h["kind"].as_str().unwrap().to_string(),
                h["reference"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The audit log's block and unblock rows: (event, content).
fn audit_blocks(env: &TestEnv) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut stmt = conn
        .prepare("SELECT event, content FROM audit_log WHERE event IN ('block', 'unblock') ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

fn new_invoice(force: bool) -> Vec<&'static str> {
    let mut args = vec![
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
    ];
    if force {
        args.push("--force");
    }
    args
}

#[test]
fn the_formal_notice_blocks_the_customer_and_new_work_is_refused_without_force() {
    let env = a_customer_at_its_notice(true);
    let run = env.json(&["dunning", "run"]);
    assert!(
        run.to_string().contains("notice"),
        "the run sends the formal notice: {run:#}"
    );
    let v = env.json(&["customer", "show", "ACME"]);
    assert_eq!(v["blocked"], true, "{v:#}");
    assert_eq!(v["blocked_reason"], "formal notice FACT-2026-0001", "{v:#}");
    assert_eq!(
        block_history(&env),
        vec![(
            "2026-03-15".into(),
            "blocked".into(),
            "by the policy: formal notice FACT-2026-0001".into()
        )]
    );
    let audit = audit_blocks(&env);
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(audit[0].0, "block");
    assert!(
        audit[0].1.contains(r#""automatic":1"#) && audit[0].1.contains("formal notice FACT-2026-0001"),
        "{audit:?}"
    );
    assert_eq!(env.json(&["verify"])["whole"], true);

    let before = env.snapshot();
    let err = env.fails(&new_invoice(false), 2);
    assert!(
        err.contains("customer ACME is blocked (formal notice FACT-2026-0001)") && err.contains("--force"),
        "{err}"
    );
    let err = env.fails(
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;20",
        ],
        2,
    );
    assert!(err.contains("is blocked"), "{err}");
    assert_eq!(env.snapshot(), before, "a refusal changes nothing");
    env.ok(&new_invoice(true));
}

#[test]
fn a_second_run_does_not_block_again_and_a_dry_run_blocks_nobody() {
    let env = a_customer_at_its_notice(true);
    env.ok(&["dunning", "run", "--dry-run"]);
    assert_eq!(env.json(&["customer", "show", "ACME"])["blocked"], false);
    env.ok(&["dunning", "run"]);
    env.ok(&["dunning", "run", "--as-of", "2026-03-16"]);
    assert_eq!(block_history(&env).len(), 1);
    assert_eq!(audit_blocks(&env).len(), 1);
}

#[test]
fn without_the_option_a_formal_notice_blocks_nobody() {
    let env = a_customer_at_its_notice(false);
    env.ok(&["dunning", "run"]);
    let v = env.json(&["customer", "show", "ACME"]);
    assert_eq!(v["blocked"], false, "{v:#}");
    assert!(block_history(&env).is_empty());
    env.ok(&new_invoice(false));
}

#[test]
fn the_payment_that_leaves_nothing_overdue_unblocks_the_customer() {
    let env = a_customer_at_its_notice(true);
    env.issued_invoice("Audit;1;500;20", "2026-01-10");
    env.ok(&["dunning", "run"]);
    assert_eq!(env.json(&["customer", "show", "ACME"])["blocked"], true);
    // one of the two overdue invoices paid: still blocked
    env.ok(&[
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--date",
        "2026-03-16",
        "--as-of",
        "2026-03-16",
    ]);
    assert_eq!(
        env.json(&["customer", "show", "ACME", "--as-of", "2026-03-16"])["blocked"],
        true
    );
    // the rest by `payment add`: nothing overdue any more
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "600",
        "--date",
        "2026-03-17",
        "--as-of",
        "2026-03-17",
    ]);
    let v = env.json(&["customer", "show", "ACME", "--as-of", "2026-03-17"]);
    assert_eq!(v["blocked"], false, "{v:#}");
    assert!(v["blocked_reason"].is_null(), "{v:#}");
    let history = env.json(&["customer", "show", "ACME", "--as-of", "2026-03-17"])["history"].clone();
    let kinds: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["kind"] == "blocked" || h["kind"] == "unblocked")
        .map(|h| h["reference"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec![
            "by the policy: formal notice FACT-2026-0001",
            "by the policy: paid: nothing overdue any more"
        ]
    );
    let audit = audit_blocks(&env);
    assert_eq!(
        audit.iter().map(|(e, _)| e.as_str()).collect::<Vec<_>>(),
        vec!["block", "unblock"]
    );
    assert!(audit[1].1.contains(r#""date":"2026-03-17""#), "{audit:?}");
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
        "--as-of",
        "2026-03-17",
    ]);
    assert_eq!(env.json(&["verify"])["whole"], true);
}

#[test]
fn a_block_by_hand_is_never_lifted_by_a_payment() {
    let env = a_customer_at_its_notice(true);
    env.ok(&["customer", "block", "ACME", "--reason", "litige"]);
    env.ok(&["dunning", "run"]);
    env.ok(&["invoice", "pay", "FACT-2026-0001"]);
    let v = env.json(&["customer", "show", "ACME"]);
    assert_eq!(v["blocked"], true, "{v:#}");
    assert_eq!(v["blocked_reason"], "litige", "{v:#}");
    assert_eq!(
        block_history(&env),
        vec![("2026-03-15".into(), "blocked".into(), "litige".into())]
    );
}

#[test]
fn blocking_and_unblocking_by_hand_are_in_the_history_and_the_audit_log() {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "block",
        "ACME",
        "--reason",
        "impayés",
        "--as-of",
        "2026-03-01",
    ]);
    // the same block again changes nothing
    env.ok(&[
        "customer",
        "block",
        "ACME",
        "--reason",
        "impayés",
        "--as-of",
        "2026-03-02",
    ]);
    env.ok(&["customer", "unblock", "ACME", "--as-of", "2026-03-10"]);
    env.ok(&["customer", "unblock", "ACME", "--as-of", "2026-03-11"]);
    assert_eq!(
        block_history(&env),
        vec![
            ("2026-03-01".into(), "blocked".into(), "impayés".into()),
            ("2026-03-10".into(), "unblocked".into(), "by hand".into()),
        ]
    );
    assert_eq!(
        audit_blocks(&env)
            .iter()
            .map(|(e, _)| e.as_str())
            .collect::<Vec<_>>(),
        vec!["block", "unblock"]
    );
    let statement = env.ok(&["customer", "statement", "ACME"]);
    assert!(
        !statement.contains("blocked"),
        "a statement is for the customer: {statement}"
    );
}

#[test]
fn the_notice_of_a_manual_dunning_send_blocks_too() {
    let env = a_customer_at_its_notice(true);
    // on TODAY the step due is the notice: `dunning send` sends it now, as the run would
    env.ok(&["dunning", "send", "FACT-2026-0001"]);
    let v = env.json(&["customer", "show", "ACME"]);
    assert_eq!(v["blocked"], true, "{v:#}");
}
