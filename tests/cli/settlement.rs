//! The settlement record (migration 017): a ledger written by the previous schema opens,
//! converts in place and reports exactly as before, through the record or without it.

use crate::common::*;

/// The reports the record serves or must leave alone, on a day after everything in the
/// demo (the record answers) and on an earlier one (the dated history answers).
fn reports(env: &TestEnv) -> Vec<String> {
    let mut out = Vec::new();
    for day in [DEMO_DAY, "2026-12-31", "2026-06-30"] {
        for args in [
            &["report", "aging"][..],
            &["report", "aging", "--by", "invoice"],
            &["report", "split"],
            &["report", "dmp"],
            &["report", "payers"],
            &["report", "forecast"],
            &["report", "dashboard"],
            &["report", "trends"],
            &["customer", "list"],
        ] {
            let mut all = args.to_vec();
            all.extend(["--as-of", day]);
            out.push(env.json(&all).to_string());
            out.push(env.ok(&all));
        }
    }
    out
}

/// (invoice, settled day, paid-up day, Σ paid × days after due, the same late only, the
/// steps of its reminders while it is open)
type Kept = (i64, Option<i64>, Option<i64>, i64, i64, Option<String>);

/// Each invoice's row of the record: the settled and paid-up days, the payment-day sums
/// and the steps (migration 028).
fn recorded(conn: &rusqlite::Connection) -> Vec<Kept> {
    let mut stmt = conn
        .prepare(
            "SELECT invoice_id, settled_day, paid_up_day, paid_days_cents, late_days_cents, steps
             FROM settlement ORDER BY invoice_id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

#[test]
fn a_ledger_of_the_previous_schema_converts_and_reports_the_same() {
    let env = demo_env();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    // the demo's day is after everything it holds: today's reports go through the record
    let latest: i64 = conn
        .query_row("SELECT MAX(last_day) FROM settlement", [], |r| r.get(0))
        .unwrap();
    let demo_day: i64 = conn
        .query_row(
            "SELECT CAST(julianday(?1) - 2440587.5 AS INTEGER)",
            [DEMO_DAY],
            |r| r.get(0),
        )
        .unwrap();
    assert!(latest <= demo_day, "the demo holds rows dated after {DEMO_DAY}");
    let open: i64 = conn
        .query_row(
            "SELECT count(*) FROM settlement WHERE settled_day IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(open > 0, "the demo has open invoices");
    let before = reports(&env);
    let kept = recorded(&conn);
    assert!(
        kept.iter().any(|k| k.5.is_some()),
        "the demo's open invoices were reminded: the conversion must list their steps"
    );
    // the ledger as the schema before the record (16) left it: what 017 and later add
    // undone (18: item indexes, 19: customer date indexes, 20: paid_up_day, 21: customer
    // money, 22: the payment-day sums, 24: the direct debits' index, 27: the reminders'
    // days in the record)
    conn.execute_batch(
        "DROP INDEX invoice_direct_debit; DROP TRIGGER customer_money_paid; DROP TRIGGER customer_money_unpaid;
         DROP TRIGGER customer_money_payment_changed; DROP TRIGGER customer_money_allocated;
         DROP TRIGGER customer_money_released; DROP VIEW customer_money_source;
         DROP INDEX payment_foreign; DROP TABLE customer_money;
         DROP TRIGGER settlement_allocation_added; DROP TRIGGER settlement_allocation_removed;
         DROP TRIGGER settlement_invoice_added; DROP TRIGGER settlement_invoice_changed;
         DROP TRIGGER settlement_invoice_removed; DROP VIEW settlement_source;
         DROP INDEX sepa_collection_item_invoice; DROP INDEX invoice_hold_invoice;
         DROP INDEX invoice_customer; CREATE INDEX invoice_customer ON invoice(customer_id);
         DROP INDEX payment_customer; CREATE INDEX payment_customer ON payment(customer_id);
         DROP TRIGGER settlement_reminder_added; DROP TRIGGER settlement_reminder_changed;
         DROP INDEX settlement_reminded; DROP INDEX settlement_mailed; DROP INDEX settlement_notice;
         DROP INDEX reminder_steps;
         DROP INDEX settlement_due; DROP TABLE settlement; PRAGMA user_version = 16;",
    )
    .unwrap();
    drop(conn);
    let after = reports(&env);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let migrated: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(migrated, version, "the ledger migrated as it opened");
    let rebuilt = recorded(&conn);
    assert_eq!(rebuilt, kept, "the conversion builds the record the writes kept");
    let money = |table: &str| -> Vec<(i64, i64, i64)> {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT customer_id, received_cents, allocated_cents FROM {table}
                 WHERE received_cents <> 0 OR allocated_cents <> 0 ORDER BY customer_id"
            ))
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let filled = money("customer_money");
    assert!(!filled.is_empty(), "the demo's customers paid");
    assert_eq!(
        filled,
        money("customer_money_source"),
        "the conversion sums each customer's money"
    );
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(a, b, "a report changed with the conversion");
    }
    assert_eq!(before.len(), after.len());
}

#[test]
fn each_write_keeps_the_record_of_its_invoice() {
    // payment, credit note and write-off through the commands: the open set follows
    let env = demo_env();
    let open = |env: &TestEnv| -> i64 {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.query_row(
            "SELECT count(*) FROM settlement WHERE settled_day IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let source_matches = |env: &TestEnv| {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let differ: i64 = conn
            .query_row(
                "SELECT count(*) FROM (SELECT * FROM settlement EXCEPT SELECT * FROM settlement_source
                 UNION ALL SELECT * FROM settlement_source EXCEPT SELECT * FROM settlement)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(differ, 0, "the record and the history disagree");
    };
    source_matches(&env);
    let aging = env.json(&["report", "aging", "--by", "invoice", "--as-of", DEMO_DAY]);
    let first = aging
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["invoice"].as_str().is_some_and(|n| !n.starts_with('(')))
        .expect("an open invoice")["invoice"]
        .as_str()
        .unwrap()
        .to_string();
    let before = open(&env);
    env.ok(&[
        "invoice",
        "write-off",
        &first,
        "--reason",
        "test",
        "--as-of",
        DEMO_DAY,
    ]);
    source_matches(&env);
    assert_eq!(
        open(&env),
        before - 1,
        "the written-off invoice left the open set"
    );
}

#[test]
#[ignore = "needs the sqlite3 command (Debian's sqlite3); scripts/test.sh installs it"]
fn the_ledger_opens_in_the_systems_sqlite3() {
    // the bundled SQLite is newer than the sqlite3 that distributions ship (Debian 12:
    // 3.40), with which users, their accountants and the benchmark's floor open the
    // ledger: every view and trigger must parse there. An aggregate's own ORDER BY
    // (SQLite 3.44) in the record's view once made the whole schema unreadable to it.
    let env = demo_env();
    env.ok(&["dunning", "run", "--as-of", DEMO_DAY]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let views: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(views.iter().any(|v| v == "settlement_source"), "{views:?}");
    let reminded: i64 = conn
        .query_row(
            "SELECT count(*) FROM settlement WHERE steps IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(reminded > 0, "the demo's invoices were reminded");
    for view in views {
        let sql = format!("SELECT count(*) FROM {view}");
        let ours: i64 = conn.query_row(&sql, [], |r| r.get(0)).unwrap();
        let out = std::process::Command::new("sqlite3")
            .args(["-readonly", env.db.to_str().unwrap(), &sql])
            .output()
            .expect("the sqlite3 command is missing: install Debian's sqlite3 (scripts/test.sh does)");
        assert!(
            out.status.success(),
            "sqlite3 cannot read the ledger's {view}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            ours.to_string(),
            "{view}"
        );
    }
    // the record's steps as the view lists them there too
    let sql = "SELECT count(*) FROM settlement s JOIN settlement_source v USING (invoice_id)
               WHERE s.steps IS NOT v.steps";
    let out = std::process::Command::new("sqlite3")
        .args(["-readonly", env.db.to_str().unwrap(), sql])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}
