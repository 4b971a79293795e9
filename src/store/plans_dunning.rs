//! The plan of today's dunning run (and of `dunning plan`, and the dashboard's count of
//! the run): the open invoices, their reminders, holds and collections found through
//! indexes, never a pass over the ledger's history.

use super::plans::{assert_no_scan, assert_open_only, assert_searched, ledger, plan_of};

#[test]
fn todays_dunning_run_reads_only_the_open_invoices_and_their_reminders() {
    // `dunning run --dry-run` and `dunning plan` on a day after everything: the open
    // invoices through the record (the same scan as today's aged balance), their
    // reminders, holds and collections by key, the late payers through the due days of
    // the last twelve months; no pass over invoices, allocations, reminders or payments
    let (_dir, mut db) = ledger();
    let open = crate::store::settlement::Reach::Open { also: None };
    let columns = "customer_id, number, issue_date, due_date, sent_on, total_cents, written_off_on,
             write_off_cents, currency, penalty_rate, exchange_rate";
    let stream = crate::store::scan::stream_scoped_sql(columns, false, true);
    assert_open_only(&mut db, &stream);
    // every column the run reads of an open invoice, from the record's partial index of
    // them alone: for all of them, and for a group of customers (migration 026)
    assert_eq!(
        plan_of(&mut db, &stream),
        "SCAN settlement USING COVERING INDEX settlement_open",
        "{stream}"
    );
    db.write(|tx| crate::store::plan_lines::open_groups(tx, 10).map(drop))
        .unwrap();
    let [chunk, ..] = crate::store::scan::part_sql(columns, crate::store::scan::Part::Chunk);
    let plan = plan_of(&mut db, &chunk);
    assert!(
        plan.contains("SEARCH settlement USING COVERING INDEX settlement_open")
            && !plan
                .lines()
                .any(|l| l.contains("SCAN invoice") || l.contains("SEARCH invoice")),
        "{chunk}\n{plan}"
    );
    let reads = [
        (
            crate::store::dunning::holds_sql(open),
            "invoice_hold",
            "invoice_hold",
        ),
        (
            crate::store::sepa::pending_sql(open),
            "item",
            "sepa_collection_item_invoice",
        ),
        (
            crate::store::sepa::awaiting_collection_sql(open),
            "i",
            "COVERING INDEX invoice_direct_debit",
        ),
    ];
    for (sql, alias, index) in &reads {
        assert_open_only(&mut db, sql);
        assert_searched(&mut db, sql, alias, index);
        // the open invoices' partial index is read whole, in id order (an IN list made
        // in customer order, from the other one, costs four times as much at 10 M)
        assert_no_scan(
            &mut db,
            sql,
            &["settlement USING COVERING INDEX settlement_open", "CONSTANT ROW"],
        );
    }
    let late = crate::store::settlement::LATE_SQL;
    assert_searched(&mut db, late, "settlement", "settlement_due");
    assert_no_scan(&mut db, late, &[]);
    // the groups of customers: the open invoices counted, then listed a group at a
    // time, from the record's index of them by customer alone (no row looked up)
    let counted = plan_of(&mut db, crate::store::plan_lines::OPEN_BY_CUSTOMER_SQL);
    assert_eq!(
        counted, "SCAN settlement USING COVERING INDEX settlement_open_customer",
        "{counted}"
    );
    let listed = crate::store::plan_lines::OPEN_OF_CUSTOMERS_SQL;
    assert_searched(
        &mut db,
        listed,
        "settlement",
        "COVERING INDEX settlement_open_customer",
    );
}

#[test]
fn a_runs_reminders_are_read_without_their_rows_or_invoices() {
    // a ledger dunned every day holds a few reminders per invoice: a run reads its
    // open invoices' steps and last mailing from the record, and never a reminder's row
    // nor an invoice's
    let (_dir, mut db) = crate::store::plans::ledger();
    let open = crate::store::settlement::Reach::Open { also: None };
    // the open invoices' steps and last mailings, from the record's partial index of
    // those reminded (migration 028): all of them, or a group of customers
    let sql = crate::store::dunning::open_reminders_sql(open);
    let plan = plan_of(&mut db, &sql);
    assert!(
        plan.lines()
            .any(|l| l == "SCAN rec USING COVERING INDEX settlement_open_steps"),
        "{sql}\n{plan}"
    );
    db.write(|tx| crate::store::plan_lines::open_groups(tx, 10).map(drop))
        .unwrap();
    let chunk = crate::store::dunning::open_reminders_sql(crate::store::settlement::Reach::Chunk);
    let plan = plan_of(&mut db, &chunk);
    assert!(
        plan.lines()
            .any(|l| l == "SEARCH rec USING COVERING INDEX settlement_open_steps (invoice_id=?)"),
        "{chunk}\n{plan}"
    );
    // every invoice's (the history's): the reminders' index of their steps in order,
    // and the record's index of last mailings, no invoice read and nothing sorted
    for sql in [
        crate::store::dunning::STEPS_DONE_SQL,
        crate::store::dunning::LAST_MAILED_SQL,
    ] {
        let plan = plan_of(&mut db, sql);
        assert!(
            !plan.contains(" invoice") && !plan.contains("TEMP B-TREE"),
            "{sql}\nreads invoices or sorts:\n{plan}"
        );
    }
    // the uncertain sends, which every run reads first: the unfinished ones alone
    let plan = plan_of(&mut db, crate::store::dunning::UNCERTAIN_SQL);
    assert!(
        plan.lines()
            .any(|l| l == "SEARCH r USING INDEX reminder_status (status=?)"),
        "{plan}"
    );
}
