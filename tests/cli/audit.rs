//! Closed periods and the tamper-evident log (issue 11).

use crate::common::{TestEnv, demo_env};

/// Issue 11 defect 3: a payment dated inside a period already handed over is refused,
/// and so is every other dated fact; the correction is dated after the closing day.
#[test]
fn nothing_is_recorded_in_a_closed_period() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;1000;20", "2026-01-10");
    let c = env.json(&["period", "close", "--until", "2026-01-31"]);
    assert_eq!(c["closed_until"], "2026-01-31");
    assert_eq!(env.json(&["company", "show"])["closed_until"], "2026-01-31");
    let before = env.snapshot();
    for args in [
        &[
            "invoice",
            "pay",
            number.as_str(),
            "--amount",
            "100",
            "--date",
            "2026-01-20",
        ][..],
        &[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            "100",
            "--date",
            "2026-01-31",
        ],
        &[
            "invoice",
            "credit",
            number.as_str(),
            "--amount",
            "100",
            "--reason",
            "geste",
            "--date",
            "2026-01-15",
        ],
        &[
            "invoice",
            "write-off",
            number.as_str(),
            "--reason",
            "perte",
            "--date",
            "2026-01-25",
        ],
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "A;1;1;20",
            "--issue",
            "--date",
            "2026-01-20",
        ],
    ] {
        let err = env.fails(args, 2);
        assert!(err.contains("closed period"), "{args:?}: {err}");
        assert_eq!(env.snapshot(), before, "{args:?} changed the ledger");
    }
    // closing only moves forward, and never past today
    assert!(
        env.fails(&["period", "close", "--until", "2026-01-15"], 2)
            .contains("already closed up to 2026-01-31")
    );
    assert!(
        env.fails(&["period", "close", "--until", "2026-12-31"], 2)
            .contains("after today")
    );
    // the correction dated after the closing day goes in
    env.ok(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "100",
        "--date",
        "2026-02-01",
    ]);
}

#[test]
fn verify_finds_a_payment_changed_behind_the_programs_back() {
    let env = demo_env();
    let v = env.json(&["verify"]);
    assert_eq!(v["whole"], true, "{v:#}");
    assert!(v["log_rows"].as_u64().unwrap() > 100, "{v:#}");
    assert!(v["documents_checked"].as_u64().unwrap() > 10, "{v:#}");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "UPDATE payment SET amount_cents = amount_cents + 1000 WHERE id = 3",
        [],
    )
    .unwrap();
    drop(conn);
    let out = env.run(&["verify", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["whole"], false);
    let facts = v["facts"].to_string();
    assert!(
        facts.contains("payment:3 (payment) was changed outside creances"),
        "{facts}"
    );
}

#[test]
fn verify_finds_a_row_of_the_log_deleted_or_a_fact_removed() {
    let env = demo_env();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute("DELETE FROM audit_log WHERE id = 5", []).unwrap();
    drop(conn);
    let err = env.fails(&["verify"], 1);
    assert!(err.contains("broken at row 6"), "{err}");

    let env = demo_env();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let id: i64 = conn
        .query_row("SELECT max(id) FROM allocation", [], |r| r.get(0))
        .unwrap();
    conn.execute("DELETE FROM allocation WHERE id = ?1", [id])
        .unwrap();
    drop(conn);
    let out = env.run(&["verify", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["facts"].to_string().contains(&format!(
            "allocation:{id} (allocation) was removed outside creances"
        )),
        "{v:#}"
    );
}

#[test]
fn verify_finds_an_archived_pdf_changed_on_disk() {
    let env = demo_env();
    let pdf = env.dir.path().join("ledger-documents/FACT-2026-0001.pdf");
    let mut bytes = std::fs::read(&pdf).unwrap();
    let last = bytes.len() - 10;
    bytes[last] ^= 1;
    std::fs::write(&pdf, bytes).unwrap();
    let out = env.run(&["verify", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["documents"].to_string().contains("FACT-2026-0001.pdf"), "{v:#}");
}

/// A ledger written before the log existed (schema 4) takes its facts into the log when
/// it is migrated, and verifies whole.
#[test]
fn a_ledger_older_than_the_log_is_adopted_whole() {
    let env = demo_env();
    let before = env.ok(&["report", "aging"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let triggers: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%audit_log%' OR name LIKE '%closed_period%' OR name = 'period_close_moves_forward'")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    for t in triggers {
        conn.execute_batch(&format!("DROP TRIGGER \"{t}\"")).unwrap();
    }
    conn.execute_batch(
        "DROP TRIGGER customer_money_paid; DROP TRIGGER customer_money_unpaid;
         DROP TRIGGER customer_money_payment_changed; DROP TRIGGER customer_money_allocated;
         DROP TRIGGER customer_money_released; DROP VIEW customer_money_source;
         DROP INDEX payment_foreign; DROP TABLE customer_money;
         DROP TRIGGER settlement_allocation_added; DROP TRIGGER settlement_allocation_removed;
         DROP TRIGGER settlement_invoice_added; DROP TRIGGER settlement_invoice_changed;
         DROP TRIGGER settlement_invoice_removed; DROP VIEW settlement_source;
         DROP TRIGGER settlement_reminder_added; DROP TRIGGER settlement_reminder_changed;
         DROP INDEX settlement_reminded; DROP INDEX settlement_mailed; DROP INDEX settlement_notice;
         DROP INDEX reminder_steps;
         DROP INDEX settlement_due; DROP INDEX settlement_open; DROP INDEX settlement_open_customer;
         ALTER TABLE settlement DROP COLUMN late_days_cents;
         ALTER TABLE settlement DROP COLUMN paid_days_cents; ALTER TABLE settlement DROP COLUMN paid_up_day;
         DROP TABLE settlement;
         DROP INDEX sepa_collection_item_invoice; DROP INDEX invoice_hold_invoice;
         DROP TABLE audit_log; DROP TABLE period_close; ALTER TABLE payment DROP COLUMN customer_name;
         DROP TRIGGER invoice_delivery_frozen; ALTER TABLE invoice DROP COLUMN delivery_from;
         ALTER TABLE invoice DROP COLUMN delivery_to; ALTER TABLE invoice DROP COLUMN delivery_address;
         ALTER TABLE customer DROP COLUMN credit_limit;
         DROP TRIGGER invoice_exchange_rate_frozen; DROP TRIGGER allocation_in_one_currency;
         ALTER TABLE invoice DROP COLUMN exchange_rate; ALTER TABLE payment DROP COLUMN currency;
         ALTER TABLE payment DROP COLUMN exchange_rate;
         DROP INDEX invoice_number_nocase; DROP INDEX offer_number_nocase;
         DROP INDEX customer_code_nocase; DROP INDEX product_sku_nocase;
         DROP TRIGGER invoice_discount_frozen; ALTER TABLE invoice DROP COLUMN discount;
         ALTER TABLE offer DROP COLUMN discount; ALTER TABLE invoice_line DROP COLUMN discount;
         ALTER TABLE offer_line DROP COLUMN discount; ALTER TABLE recurring_line DROP COLUMN discount;
         DROP TRIGGER invoice_deposit_frozen; ALTER TABLE invoice DROP COLUMN deposit;
         DROP TRIGGER invoice_collect_frozen; DROP INDEX invoice_direct_debit;
         ALTER TABLE invoice DROP COLUMN collect_method;
         ALTER TABLE customer DROP COLUMN collect_method; ALTER TABLE company DROP COLUMN sepa_creditor_id;
         DROP TABLE customer_block; DROP TABLE invoice_source;
         DROP TABLE recurring_change_line; DROP TABLE recurring_change;
         PRAGMA user_version = 4;",
    )
    .unwrap();
    drop(conn);
    let v = env.json(&["verify"]);
    assert_eq!(v["whole"], true, "{v:#}");
    assert!(v["log_rows"].as_u64().unwrap() > 100, "{v:#}");
    assert_eq!(
        env.ok(&["report", "aging"]),
        before,
        "the migration changes no report"
    );
}
