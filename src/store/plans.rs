//! The lookups a user types (a number, a code) are served by an index, exact or
//! case-blind: an unknown name costs no more than a known one. The hot report queries
//! read the whole table only where the report needs all of it, in the table's own
//! order (no sort), and search through an index wherever one can serve.

use super::Db;

/// SQLite's plan of `sql`, one step per line.
pub(crate) fn plan_of(db: &mut Db, sql: &str) -> String {
    db.read(|tx| {
        let mut stmt = tx.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let nulls = vec![rusqlite::types::Value::Null; stmt.parameter_count()];
        let steps = stmt
            .query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(steps.join("\n"))
    })
    .unwrap()
}

/// Asserts that `sql` finds its rows in `table` (aliased `alias`) through `index`.
pub(crate) fn assert_searched(db: &mut Db, sql: &str, alias: &str, index: &str) {
    let plan = plan_of(db, sql);
    assert!(
        plan.lines()
            .any(|l| l.starts_with(&format!("SEARCH {alias} USING")) && l.contains(index)),
        "{sql}\nexpected a search of {alias} through {index}, got:\n{plan}"
    );
    assert!(
        !plan.lines().any(|l| l.starts_with(&format!("SCAN {alias}"))),
        "{sql}\nscans {alias}:\n{plan}"
    );
}

pub(crate) fn ledger() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::create(&dir.path().join("plans.sqlite")).unwrap();
    (dir, db)
}

#[test]
fn a_number_is_found_through_an_index_exact_or_case_blind() {
    let (_dir, mut db) = ledger();
    for (header, column, alias, table) in [
        (super::invoice::HEADER, "i.number", "i", "invoice"),
        (super::offer::HEADER, "o.number", "o", "offer"),
    ] {
        let exact = super::by_number_sql(header, column, "");
        assert_searched(&mut db, &exact, alias, &format!("sqlite_autoindex_{table}"));
        let blind = super::by_number_sql(header, column, " COLLATE NOCASE");
        assert_searched(&mut db, &blind, alias, &format!("{table}_number_nocase"));
    }
}

#[test]
fn the_free_credit_of_one_customer_is_found_through_its_index() {
    // the dunning run asks it of every customer it reminds: a read of every payment
    // each time made a 100 000-invoice dry run take 15 s
    let (_dir, mut db) = ledger();
    let sql = super::payment::free_credit_sql(true);
    assert_searched(&mut db, &sql, "p", "payment_customer");
}

#[test]
fn a_customer_code_and_a_sku_are_found_through_a_case_blind_index() {
    let (_dir, mut db) = ledger();
    assert_searched(
        &mut db,
        &super::customer::by_code_sql(),
        "customer",
        "customer_code_nocase",
    );
    assert_searched(
        &mut db,
        &super::product::by_sku_sql(),
        "product",
        "product_sku_nocase",
    );
}

/// Asserts that `sql` reads `alias` once in its own order: no index could narrow it
/// (the report needs every row) and no sort of the whole table is made.
fn assert_scanned_in_order(db: &mut Db, sql: &str, alias: &str) {
    let plan = plan_of(db, sql);
    assert!(
        plan.lines().any(|l| l.starts_with(&format!("SCAN {alias}"))),
        "{sql}\nexpected one pass over {alias}, got:\n{plan}"
    );
    assert!(!plan.contains("TEMP B-TREE"), "{sql}\nsorts:\n{plan}");
}

#[test]
fn the_report_scan_reads_each_table_once_in_its_own_order() {
    // aging, dmp, split, kpis, forecast, the dunning plan and run: one shared scan
    let (_dir, mut db) = ledger();
    let columns = "customer_id, issue_date, due_date, total_cents";
    assert_scanned_in_order(&mut db, &super::scan::stream_sql(columns, false), "invoice");
    // the allocations streamed beside the invoices in invoice order: their index read
    // whole, no sort (nothing of ten years held in memory)
    let allocations = plan_of(&mut db, super::scan::ALLOCATIONS_BY_INVOICE);
    assert_eq!(
        allocations, "SCAN allocation USING INDEX allocation_invoice",
        "{allocations}"
    );
    // the credit notes are found through the partial index of credited invoices
    assert_searched(
        &mut db,
        &super::scan::credits_sql(false),
        "invoice",
        "invoice_credited",
    );
    // the dunning plan and run: the reminders' steps once, from their index alone,
    // without their invoices (migration 027)
    let steps = super::dunning::STEPS_DONE_SQL;
    assert_scanned_in_order(&mut db, steps, "r USING COVERING INDEX reminder_steps");
    assert!(!plan_of(&mut db, steps).contains("invoice"), "{steps}");
    // the invoices reminded after their due day (split, the standings) and the formal
    // notices (the scores): from the record's partial indexes of them alone, never a
    // reminder's row nor an invoice's
    // the reminded ones still open on a day: two ranges of the record's index of them
    // (the open ones, those settled after the day)
    let open = super::dunning::reminded_after_due_sql(false);
    let plan = plan_of(&mut db, &open);
    assert!(
        plan.contains("SEARCH s USING COVERING INDEX settlement_reminded (settled_day=? AND reminded_day<?)")
            && plan.contains("SEARCH s USING COVERING INDEX settlement_reminded (settled_day>?)"),
        "{open}\n{plan}"
    );
    for scope in ["", " AND s.customer_id = ?3"] {
        let notices = super::score::NOTICES_SQL.replace("{scope}", scope);
        let plan = plan_of(&mut db, &notices);
        assert!(
            plan.starts_with("SCAN s USING COVERING INDEX settlement_notice")
                || plan.starts_with(
                    "SEARCH s USING COVERING INDEX settlement_notice (customer_id=? AND notice_day>? AND notice_day<?)"
                ),
            "{notices}\n{plan}"
        );
    }
}

#[test]
fn one_customers_report_reads_only_its_rows() {
    // `customer show`, `report aging --customer`: the customer's rows through indexes
    let (_dir, mut db) = ledger();
    let columns = "customer_id, issue_date, due_date, total_cents";
    assert_searched(
        &mut db,
        &super::scan::stream_sql(columns, true),
        "invoice",
        "invoice_customer",
    );
    let allocations = super::scan::CUSTOMER_ALLOCATIONS;
    assert_searched(&mut db, allocations, "i", "invoice_customer");
    assert_searched(&mut db, allocations, "a", "allocation_invoice");
    let credits = super::scan::credits_sql(true);
    let plan = plan_of(&mut db, &credits);
    assert!(
        plan.starts_with("SEARCH invoice USING INDEX"),
        "{credits}\nexpected a search through an index, got:\n{plan}"
    );
}

#[test]
fn one_customers_sheet_on_a_day_the_record_answers_for_reads_its_rows_by_key() {
    // `customer show` (and the credit check of `invoice issue`) on a day after
    // everything: the customer's invoices through its index, each one's row of the
    // record by key; the allocations of those read at a rate alone; its payments
    // through its index, without their allocations
    let (_dir, mut db) = ledger();
    let part = super::scan::Part::Recent {
        since: 20_000,
        open: false,
    };
    let [stream, allocations, credits] = super::scan::customer_part_sql("customer_id, total_cents", part);
    // the row of the record in an EXISTS: "SEARCH s EXISTS USING INTEGER PRIMARY KEY"
    let mut row_by_key = |sql: &str| {
        let plan = plan_of(&mut db, sql);
        assert!(
            plan.lines()
                .any(|l| l.starts_with("SEARCH s ") && l.contains("INTEGER PRIMARY KEY")),
            "{sql}\nexpected the row of the record by key, got:\n{plan}"
        );
    };
    row_by_key(&stream);
    row_by_key(&allocations);
    row_by_key(&credits);
    // the ids from the customer's index, then only the invoices and credit notes of those
    // by key: the customer's other invoices are not read
    for sql in [&stream, &allocations, &credits] {
        assert_searched(&mut db, sql, "i", "COVERING INDEX invoice_customer");
    }
    assert_searched(&mut db, &stream, "invoice", "INTEGER PRIMARY KEY");
    assert_searched(&mut db, &allocations, "a", "allocation_invoice");
    assert_searched(&mut db, &credits, "invoice", "invoice_credited");
    let recorded = super::scan::recorded_credits_of_sql(part, true).expect("a query for a part");
    assert_searched(&mut db, &recorded, "c", "invoice_customer");
    assert_searched(&mut db, &recorded, "s", "INTEGER PRIMARY KEY");
    for sql in [
        super::settlement::CUSTOMER_SQL,
        super::settlement::CUSTOMER_OPEN_SQL,
    ] {
        assert_searched(&mut db, sql, "i", "invoice_customer");
        assert_searched(&mut db, sql, "s", "INTEGER PRIMARY KEY");
    }
    assert_searched(&mut db, super::payment::OF_CUSTOMER, "p", "payment_customer");
    // its credit: its money summed by the triggers, its row by key
    let received = super::settlement::RECEIVED_OF_SQL;
    assert_searched(&mut db, received, "customer_money", "INTEGER PRIMARY KEY");
    for sql in [stream, allocations, credits, recorded] {
        assert_no_scan(&mut db, &sql, &[]);
    }
}

/// Asserts that no step of `sql`'s plan reads a whole table (a sort of the few rows
/// an index found is fine), but for the small tables named in `small`.
pub(crate) fn assert_no_scan(db: &mut Db, sql: &str, small: &[&str]) {
    let plan = plan_of(db, sql);
    let scans = plan
        .lines()
        .filter_map(|l| l.trim_start_matches(['|', '`', '-', ' ']).strip_prefix("SCAN "))
        .filter(|table| !small.contains(table));
    assert_eq!(scans.count(), 0, "{sql}\nreads a whole table:\n{plan}");
}

#[test]
fn issuing_numbers_through_the_series_index() {
    // `invoice issue`: the last number of the series, and whether the next is taken
    let (_dir, mut db) = ledger();
    assert_searched(
        &mut db,
        super::invoice::LAST_IN_SERIES,
        "invoice",
        "(series=? AND year=?)",
    );
    assert_no_scan(&mut db, super::invoice::LAST_IN_SERIES, &[]);
    assert_searched(&mut db, super::invoice::NUMBER_TAKEN, "invoice", "(number=?)");
}

#[test]
fn each_write_seals_its_audit_rows_from_the_end_of_the_chain() {
    // every write (`invoice issue`, `invoice pay`...) ends by sealing what its
    // triggers logged: the pending rows through the partial index of unsealed rows
    // (it stepped over every sealed row before), each sealed by key
    let (_dir, mut db) = ledger();
    assert_searched(&mut db, super::audit::PENDING, "audit_log", "audit_log_unsealed");
    assert_searched(
        &mut db,
        super::audit::SEAL,
        "audit_log",
        "INTEGER PRIMARY KEY (rowid=?)",
    );
    // the last sealed row: read backwards from the newest, never sorted; what it
    // steps over is what this transaction logged
    let plan = plan_of(&mut db, super::audit::LAST_SEALED);
    assert_eq!(plan, "SCAN audit_log", "{plan}");
}

#[test]
fn one_customers_reminders_are_found_through_its_invoices() {
    // `customer show`: whether its invoices were reminded, not every reminder's
    let (_dir, mut db) = ledger();
    let sql = super::dunning::reminded_after_due_sql(true);
    assert_searched(&mut db, &sql, "i", "invoice_customer");
    assert_no_scan(&mut db, &sql, &[]);
}

#[test]
fn an_invoices_story_is_read_through_indexes() {
    // `invoice show`: each part of the story by the invoice's id
    let (_dir, mut db) = ledger();
    for sql in [
        super::story::SUBSCRIPTION,
        super::story::DEPOSITS,
        super::story::DEPOSIT_FINAL,
        super::story::SENDS,
        super::story::PAYMENTS,
        super::story::CREDIT_NOTES,
        super::story::REMINDERS,
    ] {
        assert_no_scan(&mut db, sql, &[]);
    }
    assert_no_scan(&mut db, super::story::HOLDS, &[]);
    assert_searched(
        &mut db,
        super::story::HOLDS,
        "invoice_hold",
        "invoice_hold_invoice",
    );
    // the invoice's payments and credit notes: its own, not its customer's
    let [payments, credits] = super::invoice::FACTS_OF_INVOICE;
    assert_searched(&mut db, payments, "allocation", "allocation_invoice");
    assert_searched(&mut db, credits, "invoice", "invoice_credited");
    // the sheet's active hold: one index step, not every hold of the ledger
    assert_no_scan(&mut db, super::dunning::HOLD_OF_SQL, &[]);
    assert_searched(
        &mut db,
        super::dunning::HOLD_OF_SQL,
        "invoice_hold",
        "invoice_hold",
    );
}

/// Asserts that `sql` finds the open invoices through the partial index of the record.
pub(crate) fn assert_open_only(db: &mut Db, sql: &str) {
    let plan = plan_of(db, sql);
    assert!(
        plan.lines()
            .any(|l| l.contains("settlement USING") && l.contains("INDEX settlement_open")),
        "{sql}\nexpected the open invoices through settlement_open, got:\n{plan}"
    );
    assert!(
        !plan.contains("SCAN invoice"),
        "{sql}\nscans the invoices:\n{plan}"
    );
    assert!(
        !plan.contains("SCAN allocation"),
        "{sql}\nscans the allocations:\n{plan}"
    );
}

#[test]
fn todays_aged_balance_reads_only_the_open_invoices() {
    // `report aging` on a day after everything: the partial index of open invoices,
    // then each one's row, allocations and credit notes by key; no pass over history
    let (_dir, mut db) = ledger();
    let columns = "customer_id, issue_date, due_date, total_cents";
    let stream = super::scan::stream_scoped_sql(columns, false, true);
    assert_open_only(&mut db, &stream);
    // the open invoices' columns from the record's partial index alone (migration 026)
    assert_eq!(
        plan_of(&mut db, &stream),
        "SCAN settlement USING COVERING INDEX settlement_open",
        "{stream}"
    );
    let allocations = super::scan::streamed_allocations_sql(super::scan::Part::Open);
    assert!(
        !plan_of(&mut db, &allocations).contains("TEMP B-TREE"),
        "{allocations}"
    );
    assert_open_only(&mut db, &allocations);
    assert_searched(&mut db, &allocations, "allocation", "allocation_invoice");
    let credits = super::scan::credits_scoped_sql(false, true);
    assert_open_only(&mut db, &credits);
    assert_searched(&mut db, &credits, "invoice", "invoice_credited");
    // whether the record answers for the day: the latest day of each, by index
    let latest = super::settlement::LATEST_SQL;
    assert_searched(&mut db, latest, "settlement", "settlement_last");
    assert_searched(&mut db, latest, "invoice", "invoice_issue_date");
    // the currencies at a rate: a pass over their partial index alone
    let converted = plan_of(&mut db, super::settlement::CONVERTED_SQL);
    assert_eq!(
        converted, "SCAN settlement USING COVERING INDEX settlement_converted",
        "{converted}"
    );
    // the record kept at each write: one invoice and its history by key
    let refresh = "SELECT * FROM settlement_source WHERE invoice_id IN (?1, ?2)";
    assert_searched(&mut db, refresh, "i", "INTEGER PRIMARY KEY");
    assert_searched(&mut db, refresh, "a", "allocation_invoice");
    assert_searched(&mut db, refresh, "c", "invoice_credited");
    // the customers' credit: their money summed by the triggers, one row each, and the
    // payments in another currency through their partial index (not every payment)
    for sql in [super::settlement::ALLOCATED_SQL, super::settlement::RECEIVED_SQL] {
        let plan = plan_of(&mut db, sql);
        assert_eq!(plan, "SCAN customer_money", "{sql}");
    }
    // the customers that can hold credit: the same rows, and the foreign payments' index
    let may_hold = plan_of(&mut db, super::settlement::MAY_HOLD_CREDIT_SQL);
    assert!(may_hold.contains("SCAN customer_money"), "{may_hold}");
    assert!(
        may_hold.contains("SCAN payment USING INDEX payment_foreign"),
        "{may_hold}"
    );
    let later = super::settlement::LATER_PAYMENT_SQL;
    assert_searched(&mut db, later, "payment", "payment_date");
    // the dashboard's months: the payments after the first month's end, by date
    let after = super::report::RECEIVED_AFTER_SQL;
    assert_searched(&mut db, after, "payment", "payment_date");
    let all = super::scan::foreign_free_sql(false);
    let plan = plan_of(&mut db, &all);
    assert!(plan.starts_with("SCAN p USING INDEX payment_foreign"), "{plan}");
    assert_searched(&mut db, &all, "a", "allocation_payment");
    let one = super::scan::foreign_free_sql(true);
    assert_searched(&mut db, &one, "p", "payment_foreign");
}

#[test]
fn a_listed_invoices_latest_collection_is_found_by_its_key() {
    // `invoice list` and `invoice show`: the latest SEPA item of each invoice by index,
    // not a pass over every collection item per invoice listed
    let (_dir, mut db) = ledger();
    let sql = format!("{} WHERE i.id = ?1", super::invoice::HEADER);
    assert_searched(&mut db, &sql, "s", "sepa_collection_item_invoice");
    // the company's one row (its currency) is the only table read whole
    assert_no_scan(&mut db, &sql, &["company"]);
}

#[test]
fn the_payments_of_an_invoice_are_found_through_the_allocation_index() {
    let (_dir, mut db) = ledger();
    let sql = super::payment::ALLOCATIONS_OF;
    assert_searched(&mut db, sql, "a", "allocation_invoice");
    assert_searched(&mut db, sql, "p", "INTEGER PRIMARY KEY");
}

#[test]
fn todays_split_dmp_and_kpis_read_the_record() {
    // `report split`, `dmp` and `kpis` on a day after everything: one pass over the
    // narrow record, and the history of the recent, open or converted invoices alone,
    // found through the record's indexes, then each by key; no pass over the invoices
    // or the allocations
    let (_dir, mut db) = ledger();
    assert_scanned_in_order(&mut db, super::settlement::ALL_SQL, "settlement");
    let columns = "customer_id, issue_date, due_date, total_cents";
    for open in [false, true] {
        let part = super::scan::Part::Recent { since: 20_000, open };
        let [stream, allocations, credits] = super::scan::part_sql(columns, part);
        for sql in [&stream, &allocations, &credits] {
            let plan = plan_of(&mut db, sql);
            // the converted and the open invoices: a pass over their partial index alone
            let whole = |l: &str, table: &str| {
                l.contains(&format!("SCAN {table}"))
                    && !l.contains("INDEX settlement_converted")
                    && !l.contains("INDEX settlement_open")
            };
            for table in ["invoice", "allocation", "settlement"] {
                assert!(
                    !plan.lines().any(|l| whole(l, table)),
                    "{sql}\nreads the whole of {table}:\n{plan}"
                );
            }
            assert!(
                plan.contains("settlement_last"),
                "{sql}\nexpected the recent invoices by index:\n{plan}"
            );
        }
        // their columns from the record's rows (narrower than the invoices', migration
        // 026), each found by key
        let plan = plan_of(&mut db, &stream);
        assert!(
            plan.contains("SEARCH settlement USING INTEGER PRIMARY KEY")
                && !plan
                    .lines()
                    .any(|l| l.contains("SCAN invoice") || l.contains("SEARCH invoice")),
            "{stream}\n{plan}"
        );
        assert_searched(&mut db, &allocations, "allocation", "allocation_invoice");
        // streamed beside the invoices in their order: no sort
        for sql in [&stream, &allocations] {
            assert!(!plan_of(&mut db, sql).contains("TEMP B-TREE"), "{sql}");
        }
        if open {
            // the older open invoices from the record's partial index alone (their wide
            // rows lie all over the table), merged with the recent ones in id order
            let plan = plan_of(&mut db, &stream);
            assert!(
                plan.starts_with("MERGE (UNION ALL)")
                    && plan.contains("SCAN settlement USING COVERING INDEX settlement_open"),
                "{stream}\n{plan}"
            );
        }
        assert_searched(&mut db, &credits, "invoice", "invoice_credited");
    }
}

#[test]
fn verify_compares_the_facts_with_the_log_by_key() {
    // a materialized copy of the log with automatic indexes held 180 MB at 1 M invoices
    let (_dir, mut db) = ledger();
    let plan = plan_of(&mut db, super::audit::FACTS_NOT_AS_LOGGED);
    for held in ["AUTOMATIC", "MATERIALIZE", "TEMP B-TREE", "BLOOM"] {
        assert!(!plan.contains(held), "{held} in:\n{plan}");
    }
    assert!(plan.contains("audit_log_subject"), "{plan}");
}

#[test]
fn the_payment_day_sums_are_filled_and_kept_by_key() {
    // migration 022 fills the sums of each invoice's payment days in one pass over the
    // record, each invoice's allocations by key; the triggers keep them for one invoice
    let (_dir, mut db) = ledger();
    let migration = include_str!("../../migrations/022_payment_behaviour.sql");
    let fill = &migration[migration.find("UPDATE settlement").expect("the fill")..];
    let plan = plan_of(&mut db, fill.trim_end().trim_end_matches(';'));
    assert!(plan.contains("SCAN settlement"), "{plan}");
    assert!(plan.contains("allocation_invoice"), "{plan}");
    assert!(
        !plan.contains("SCAN a"),
        "the fill reads every allocation per invoice:\n{plan}"
    );
    let refresh = "SELECT paid_days_cents, late_days_cents FROM settlement_source WHERE invoice_id = ?1";
    assert_searched(&mut db, refresh, "i", "INTEGER PRIMARY KEY");
    assert_searched(&mut db, refresh, "a", "allocation_invoice");
}

#[test]
fn the_credit_notes_of_the_score_year_are_found_by_issue_date() {
    // `customer list`, `report payers` and the dashboard on a day after everything read
    // settled invoices from the record; the credit notes of the score's year for them are
    // found through the issue-date index, their invoice's row of the record by key
    let (_dir, mut db) = ledger();
    for open in [false, true] {
        let part = super::scan::Part::Recent { since: 20_000, open };
        let sql = super::scan::recorded_credits_sql(part).expect("a query for a part");
        assert_searched(&mut db, &sql, "c", "invoice_issue_date");
        assert_searched(&mut db, &sql, "s", "INTEGER PRIMARY KEY");
    }
    assert!(super::scan::recorded_credits_sql(super::scan::Part::All).is_none());
}

#[test]
fn the_invoice_list_walks_the_issue_date_index_without_a_sort() {
    // `invoice list` and `export invoices`: a sort of every wide row held up to the page
    // cache's size beside it; the index gives the order
    let (_dir, mut db) = ledger();
    for kind in ["", " AND i.kind = 'invoice'", " AND i.kind = 'credit_note'"] {
        let selected = format!("{} WHERE 1 = 1{kind}", super::invoice::HEADER);
        let [issued, drafts] = super::invoice::list_sql(&selected);
        let plan = plan_of(&mut db, &issued);
        assert!(
            plan.starts_with("SCAN i USING INDEX invoice_issue_date")
                || plan.starts_with("SEARCH i USING INDEX invoice_issue_date"),
            "{plan}"
        );
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        let plan = plan_of(&mut db, &drafts);
        assert!(
            plan.contains("invoice_issue_date"),
            "the drafts by their index:\n{plan}"
        );
        // the allocations of a list of the whole ledger, read beside it in its order
        let [issued, _] = super::invoice::list_payments_sql(&format!(" WHERE 1 = 1{kind}"));
        let plan = plan_of(&mut db, &issued);
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        assert_searched(&mut db, &issued, "a", "allocation_invoice");
    }
    // one customer's list: its invoices by its index, their allocations by key
    let [issued, _] = super::invoice::list_payments_sql(" WHERE 1 = 1 AND i.customer_id = ?");
    assert_searched(&mut db, &issued, "i", "invoice_customer");
    assert_searched(&mut db, &issued, "a", "allocation_invoice");
}

#[test]
fn dmp_and_kpis_of_a_day_the_record_answers_for_read_their_rows_through_indexes() {
    // `report dmp` and `report kpis` (and a year of them): each sum or row of the period
    // through an index, never a read of every invoice, payment, allocation or record row
    use super::period;
    let (_dir, mut db) = ledger();
    let late = period::late_sql();
    let searched: [(&str, &str, &str); 14] = [
        (period::PAID_SQL, "settlement", "settlement_last"),
        (period::PAID_SQL, "s", "INTEGER PRIMARY KEY"),
        (period::PAID_SQL, "a", "allocation_invoice"),
        (period::CREDITED_SQL, "c", "invoice_issue_date"),
        (period::CREDITED_SQL, "s", "INTEGER PRIMARY KEY"),
        (period::WRITTEN_OFF_SQL, "i", "invoice_written_off"),
        (period::WRITTEN_OFF_SQL, "s", "INTEGER PRIMARY KEY"),
        (period::DUE_30_SQL, "settlement", "settlement_due"),
        (period::DUE_30_SQL, "a", "allocation_invoice"),
        (period::DUE_30_SQL, "n", "invoice_credited"),
        (period::DUE_30_SQL, "w", "INTEGER PRIMARY KEY"),
        (&late, "settlement", "settlement_due"),
        (period::CUSTOMERS_SQL, "i", "invoice_customer"),
        (period::CUSTOMERS_SQL, "s", "INTEGER PRIMARY KEY"),
    ];
    for (sql, alias, index) in searched {
        assert_searched(&mut db, sql, alias, index);
    }
    // the open rows alone, the payments in another currency alone: their partial indexes
    let plan = plan_of(&mut db, period::OPEN_SQL);
    assert_eq!(
        plan, "SCAN settlement USING COVERING INDEX settlement_open",
        "{plan}"
    );
    let plan = plan_of(&mut db, super::report::FOREIGN_RECEIVED_SQL);
    assert!(plan.starts_with("SCAN p USING INDEX payment_foreign"), "{plan}");
    assert_searched(
        &mut db,
        super::report::FOREIGN_RECEIVED_SQL,
        "a",
        "allocation_payment",
    );
    // one row per customer, read whole
    for sql in [period::CUSTOMERS_SQL, period::RECEIVED_SQL] {
        let plan = plan_of(&mut db, sql);
        for table in ["invoice", "payment", "allocation", "settlement"] {
            assert!(
                !plan.lines().any(|l| l.starts_with("SCAN") && l.contains(table)),
                "{sql}\n{plan}"
            );
        }
    }
}
