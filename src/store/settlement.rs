//! The settlement record (migration 017): one narrow row per issued invoice with what
//! settled it so far, kept by triggers in the statement of every write that changes it.
//! A report of a day on or after everything the ledger holds reads only the open
//! invoices through it (`settlement_open`, a partial index); any earlier day reads the
//! dated history as before.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::money::Currency;
use crate::error::Result;

/// The open invoices: those the partial index `settlement_open` holds, read in id order
/// (an `IN` list built from them in customer order costs four times as much at 10 M).
pub(crate) const OPEN_IDS: &str =
    "SELECT invoice_id FROM settlement INDEXED BY settlement_open WHERE settled_day IS NULL";

/// A day as the record stores it: days since 1970-01-01.
pub fn day_number(day: NaiveDate) -> i64 {
    (day - NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid day")).num_days()
}

/// Whether the record answers for `as_of`: nothing in the ledger is dated after it (no
/// invoice or credit note issued, no allocation, credit or write-off), so every open
/// balance of that day is the record's current one. Two index look-ups.
pub fn answers_for(tx: &Transaction, as_of: NaiveDate) -> Result<bool> {
    Ok(tx.query_row(
        LATEST_SQL,
        rusqlite::params![day_number(as_of), crate::store::date_sql(as_of)],
        |r| r.get::<_, bool>(0),
    )?)
}

pub(crate) const LATEST_SQL: &str = "SELECT COALESCE((SELECT MAX(last_day) FROM settlement), ?1) <= ?1
     AND COALESCE((SELECT MAX(issue_date) FROM invoice), ?2) <= ?2";

/// What was allocated to each customer's invoices without an exchange rate, in minor
/// units: what a report of a day the record answers for counts against payments (those
/// of converted invoices are counted with their payments). From `customer_money`
/// (migration 021): one row per customer, not one per invoice.
pub fn allocated_by_customer(tx: &Transaction) -> Result<std::collections::HashMap<i64, i64>> {
    let mut stmt = tx.prepare(ALLOCATED_SQL)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) const ALLOCATED_SQL: &str =
    "SELECT customer_id, allocated_cents FROM customer_money WHERE allocated_cents <> 0";

/// What each customer paid in the accounting currency, when no payment is dated after
/// `as_of` (then every one counts that day); None when one is, and the payments must be
/// read with their dates.
pub fn received_by_customer(
    tx: &Transaction,
    as_of: NaiveDate,
) -> Result<Option<std::collections::HashMap<i64, i64>>> {
    received_by(tx, as_of, None)
}

/// [`received_by_customer`], of every customer or of one (its row by key: `invoice
/// issue` checking a customer's credit no longer reads its ten years of payments).
pub fn received_by(
    tx: &Transaction,
    as_of: NaiveDate,
    customer: Option<i64>,
) -> Result<Option<std::collections::HashMap<i64, i64>>> {
    let later: bool = tx.query_row(LATER_PAYMENT_SQL, [crate::store::date_sql(as_of)], |r| r.get(0))?;
    if later {
        return Ok(None);
    }
    let mut stmt = match customer {
        Some(_) => tx.prepare(RECEIVED_OF_SQL)?,
        None => tx.prepare(RECEIVED_SQL)?,
    };
    let rows = stmt
        .query_map(rusqlite::params_from_iter(customer), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(rows))
}

pub(crate) const LATER_PAYMENT_SQL: &str = "SELECT COALESCE((SELECT MAX(date) FROM payment) > ?1, 0)";

pub(crate) const RECEIVED_SQL: &str =
    "SELECT customer_id, received_cents FROM customer_money WHERE received_cents <> 0";

/// [`RECEIVED_SQL`] of one customer.
pub(crate) const RECEIVED_OF_SQL: &str =
    "SELECT customer_id, received_cents FROM customer_money WHERE customer_id = ?1 AND received_cents <> 0";

/// The customers that can hold unallocated credit on `as_of` (ids), when the record
/// answers for that day and no payment is dated after it; None when each must be asked.
/// Every payment's allocations add up to at most its amount, so a customer whose money
/// in the accounting currency was allocated in full (`customer_money`: as much received
/// as allocated) holds none of it; one with a payment in another currency is always
/// asked. A dunning run on a ten-year ledger no longer reads each reminded customer's
/// payments to find that most hold nothing.
pub fn may_hold_credit(tx: &Transaction, as_of: NaiveDate) -> Result<Option<std::collections::HashSet<i64>>> {
    let later: bool = tx.query_row(LATER_PAYMENT_SQL, [crate::store::date_sql(as_of)], |r| r.get(0))?;
    if later || !answers_for(tx, as_of)? {
        return Ok(None);
    }
    let mut stmt = tx.prepare(MAY_HOLD_CREDIT_SQL)?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(ids))
}

pub(crate) const MAY_HOLD_CREDIT_SQL: &str =
    "SELECT customer_id FROM customer_money WHERE received_cents <> allocated_cents
     UNION SELECT customer_id FROM payment WHERE currency IS NOT NULL";

/// Builds the record again from the history (after rows went in with the triggers off).
pub fn rebuild(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM settlement; INSERT INTO settlement SELECT * FROM settlement_source;
         DELETE FROM customer_money; INSERT INTO customer_money SELECT * FROM customer_money_source;",
    )?;
    Ok(())
}

/// The currencies of the invoices read at an exchange rate, through their partial index:
/// [`super::report::converted_currencies`] on a day the record answers for.
pub fn converted_currencies(tx: &Transaction) -> Result<Vec<crate::domain::money::Currency>> {
    let mut stmt = tx.prepare(CONVERTED_SQL)?;
    let rows = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) const CONVERTED_SQL: &str =
    "SELECT DISTINCT currency FROM settlement WHERE converted = 1 ORDER BY currency";

/// Which invoices a dunning book reads the reminders, holds and collections of: every
/// invoice, or on a day the record answers for the open ones (through `settlement_open`)
/// and the one invoice a `dunning send` names, open or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    All,
    Open {
        also: Option<i64>,
    },
    /// The open invoices of the customers `dunning plan` works on at the moment (the
    /// temporary table [`super::plan_lines::CHUNK_IDS`] lists them).
    Chunk,
}

impl Reach {
    /// `AND <column> IN (the open invoices, ?1)`, or nothing for every invoice.
    pub(crate) fn clause(self, column: &str) -> String {
        match self {
            Reach::All => String::new(),
            Reach::Open { .. } => format!(" AND {column} IN ({OPEN_IDS} UNION ALL SELECT ?1)"),
            Reach::Chunk => format!(" AND {column} IN ({})", super::plan_lines::CHUNK_IDS),
        }
    }

    /// The parameters `clause` binds.
    pub(crate) fn params(self) -> Vec<rusqlite::types::Value> {
        match self {
            Reach::All | Reach::Chunk => Vec::new(),
            Reach::Open { also } => {
                vec![also.map_or(rusqlite::types::Value::Null, rusqlite::types::Value::Integer)]
            }
        }
    }
}

/// How many invoices of each customer count towards the frequent-late-payer flag on
/// `as_of`, a day the record answers for (nothing is dated after it): those due in the
/// twelve months up to it (through `settlement_due`) that were written off, paid up after
/// their due day with money, or are still not paid up past it. The same rule as
/// [`crate::domain::receivable::Receivable::counts_as_late`] on the full history.
pub fn late_invoices_by_customer(
    tx: &Transaction,
    as_of: NaiveDate,
) -> Result<std::collections::HashMap<i64, usize>> {
    let year_ago = as_of
        .checked_sub_days(chrono::Days::new(365))
        .unwrap_or(NaiveDate::MIN);
    let mut stmt = tx.prepare(LATE_SQL)?;
    let mut rows = stmt.query(rusqlite::params![day_number(year_ago), day_number(as_of)])?;
    let mut late = std::collections::HashMap::new();
    while let Some(r) = rows.next()? {
        *late.entry(r.get(0)?).or_insert(0) += 1;
    }
    Ok(late)
}

pub(crate) const LATE_SQL: &str = "SELECT customer_id FROM settlement WHERE due_day > ?1 AND due_day <= ?2
     AND (written_off_cents > 0
          OR CASE WHEN paid_up_day IS NULL THEN ?2 > due_day ELSE paid_up_day > due_day AND paid_cents > 0 END)";

/// A day number of the record back as a day.
pub fn day_of(number: i64) -> NaiveDate {
    day_of_checked(number).expect("a day number of the record")
}

/// [`day_of`], None for a number no calendar day has.
pub fn day_of_checked(number: i64) -> Option<NaiveDate> {
    // 1970-01-01 is day 719 163 of the common era
    i32::try_from(number.checked_add(719_163)?)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// One invoice as the record holds it: its sums and days, not its dated history.
#[derive(Debug, Clone, Copy)]
pub struct Recorded {
    pub invoice_id: i64,
    pub customer_id: i64,
    pub currency: crate::domain::money::Currency,
    pub converted: bool,
    pub total_cents: i64,
    pub paid_cents: i64,
    pub credited_cents: i64,
    pub written_off_cents: i64,
    pub issue_day: i64,
    pub due_day: i64,
    pub last_day: i64,
    pub open: bool,
    /// The first day its payments and credit notes, in order, reached its total
    /// (migration 020); None if they never did. Unlike the settled day it does not move
    /// when something comes afterwards: whether it was paid late.
    pub paid_up_day: Option<i64>,
    /// Σ allocated minor units × days from the due day to the allocation's (migration 022).
    pub paid_days_cents: i64,
    /// The same with the days before the due day counted 0.
    pub late_days_cents: i64,
}

/// Hands `visit` every row of the record, in invoice id order (the table's own: no sort):
/// one pass over the narrow table.
pub fn for_each(tx: &Transaction, visit: impl FnMut(&Recorded) -> Result<()>) -> Result<()> {
    for_each_of(tx, ALL_SQL, [], visit)
}

/// [`for_each`], or the rows of one customer's invoices (found through the customer's
/// index of invoices, each row by its key: `customer show` of a ten-year customer).
pub fn for_each_of_customer(
    tx: &Transaction,
    customer: Option<i64>,
    visit: impl FnMut(&Recorded) -> Result<()>,
) -> Result<()> {
    match customer {
        Some(id) => for_each_of(tx, CUSTOMER_SQL, [id], visit),
        None => for_each(tx, visit),
    }
}

/// [`for_each`] of the rows a pass over every customer's score weighs, the others read
/// from the history (`converted` or `last_day` on or after `since`): those due after
/// `until` (through `settlement_due`) and those still open (through `settlement_open`),
/// or with `settled_only` (the open ones read from their history: `report dashboard`)
/// the settled ones due after `until`. The rows left out are paid up and due on or
/// before `until`: [`counted_only`] counts them. In no particular order.
pub fn for_each_weighed(
    tx: &Transaction,
    (until, since): (NaiveDate, i64),
    settled_only: bool,
    visit: impl FnMut(&Recorded) -> Result<()>,
) -> Result<()> {
    let sql = if settled_only {
        settled_weighed_sql()
    } else {
        weighed_sql()
    };
    for_each_of(tx, &sql, rusqlite::params![day_number(until), since], visit)
}

/// The query of [`for_each_weighed`]: two index ranges that share no row (the open
/// ones named: SQLite would rather walk most of `settlement_due` for them).
pub(crate) fn weighed_sql() -> String {
    format!(
        "{ALL_SQL} WHERE due_day > ?1 AND converted = 0 AND last_day < ?2
         UNION ALL {ALL_SQL} INDEXED BY settlement_open WHERE settled_day IS NULL AND due_day <= ?1 AND converted = 0 AND last_day < ?2"
    )
}

/// The query of [`for_each_weighed`] of the settled rows, through `settlement_due`.
pub(crate) fn settled_weighed_sql() -> String {
    format!("{ALL_SQL} WHERE due_day > ?1 AND converted = 0 AND last_day < ?2 AND settled_day IS NOT NULL")
}

/// [`for_each`] of the open rows a scan of the invoices dated from `since` on (and of
/// those at a rate) leaves to the record, through `settlement_open`.
pub fn for_each_open_left(
    tx: &Transaction,
    since: i64,
    visit: impl FnMut(&Recorded) -> Result<()>,
) -> Result<()> {
    for_each_of(tx, &open_left_sql(), [since], visit)
}

/// The query of [`for_each_open_left`].
pub(crate) fn open_left_sql() -> String {
    format!(
        "{ALL_SQL} INDEXED BY settlement_open WHERE settled_day IS NULL AND converted = 0 AND last_day < ?1"
    )
}

/// What `report split` needs of the settled rows a scan of the invoices dated from
/// `since` on leaves to the record, summed in one read of the record: how many were paid
/// with nothing written off and what they were paid, how many were not. None if one of
/// them is in another currency than `currency` (then they are read row by row).
pub fn settled_split(tx: &Transaction, since: i64, currency: Currency) -> Result<Option<SettledSplit>> {
    let (paid, paid_cents, other, foreign): (i64, i64, i64, i64) =
        tx.query_row(SETTLED_SPLIT_SQL, rusqlite::params![since, currency], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    Ok((foreign == 0).then_some(SettledSplit {
        paid: paid as usize,
        paid_cents,
        other: other as usize,
    }))
}

/// The query of [`settled_split`].
pub(crate) const SETTLED_SPLIT_SQL: &str = "SELECT
     coalesce(sum(written_off_cents = 0 AND paid_cents > 0), 0),
     coalesce(sum(CASE WHEN written_off_cents = 0 AND paid_cents > 0 THEN paid_cents END), 0),
     coalesce(sum(NOT (written_off_cents = 0 AND paid_cents > 0)), 0),
     coalesce(sum(currency <> ?2), 0)
     FROM settlement WHERE settled_day IS NOT NULL AND converted = 0 AND last_day < ?1";

/// See [`settled_split`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SettledSplit {
    pub paid: usize,
    pub paid_cents: i64,
    pub other: usize,
}

impl SettledSplit {
    /// One settled row: paid with nothing written off, or not ([`SETTLED_SPLIT_SQL`]).
    pub(crate) fn add(&mut self, paid_cents: i64, written_off_cents: i64) {
        if written_off_cents == 0 && paid_cents > 0 {
            self.paid += 1;
            self.paid_cents += paid_cents;
        } else {
            self.other += 1;
        }
    }
}

/// Hands `visit` (customer id, Σ minor units × days from due to payment, Σ minor units
/// paid) of each settled row a scan of the invoices dated from `since` on leaves to the
/// record: what a customer's habit of payment needs of them (`report forecast`).
pub fn each_settled_habit(tx: &Transaction, since: i64, mut visit: impl FnMut(i64, i64, i64)) -> Result<()> {
    let mut stmt = tx.prepare(SETTLED_HABIT_SQL)?;
    let mut rows = stmt.query([since])?;
    while let Some(r) = rows.next()? {
        visit(r.get(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(())
}

/// The query of [`each_settled_habit`].
pub(crate) const SETTLED_HABIT_SQL: &str = "SELECT customer_id, paid_days_cents, paid_cents FROM settlement
     WHERE settled_day IS NOT NULL AND converted = 0 AND last_day < ?1";

/// How many of one customer's rows [`for_each_weighed`] leaves out (paid up, due on or
/// before `until`, not converted, last dated before `since`), counted up to `most`:
/// through the customer's invoices, each row by its key.
pub fn counted_only(
    tx: &Transaction,
    customer_id: i64,
    until: NaiveDate,
    since: i64,
    most: usize,
) -> Result<usize> {
    let mut stmt = tx.prepare_cached(COUNTED_ONLY_SQL)?;
    let count: i64 = stmt.query_row(
        rusqlite::params![customer_id, day_number(until), since, most as i64],
        |r| r.get(0),
    )?;
    Ok(count as usize)
}

pub(crate) const COUNTED_ONLY_SQL: &str = "SELECT count(*) FROM (SELECT 1 FROM invoice i
     JOIN settlement s ON s.invoice_id = i.id WHERE i.customer_id = ?1 AND s.due_day <= ?2
     AND s.settled_day IS NOT NULL AND s.converted = 0 AND s.last_day < ?3 LIMIT ?4)";

fn for_each_of(
    tx: &Transaction,
    sql: &str,
    params: impl rusqlite::Params,
    mut visit: impl FnMut(&Recorded) -> Result<()>,
) -> Result<()> {
    let mut stmt = tx.prepare(sql)?;
    let mut rows = stmt.query(params)?;
    // the currency read once per distinct text, not parsed again for each row
    let mut currency: Option<(String, crate::domain::money::Currency)> = None;
    while let Some(r) = rows.next()? {
        let text = r.get_ref(2)?.as_str()?;
        let parsed = match &currency {
            Some((t, c)) if t == text => *c,
            _ => {
                let c: crate::domain::money::Currency = r.get(2)?;
                currency = Some((text.to_string(), c));
                c
            }
        };
        visit(&Recorded {
            invoice_id: r.get(0)?,
            customer_id: r.get(1)?,
            currency: parsed,
            converted: r.get(3)?,
            total_cents: r.get(4)?,
            paid_cents: r.get(5)?,
            credited_cents: r.get(6)?,
            written_off_cents: r.get(7)?,
            issue_day: r.get(8)?,
            due_day: r.get(9)?,
            last_day: r.get(10)?,
            open: r.get_ref(11)? == rusqlite::types::ValueRef::Null,
            paid_up_day: r.get(12)?,
            paid_days_cents: r.get(13)?,
            late_days_cents: r.get(14)?,
        })?;
    }
    Ok(())
}

pub(crate) const ALL_SQL: &str =
    "SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents,
     credited_cents, written_off_cents, issue_day, due_day, last_day, settled_day, paid_up_day,
     paid_days_cents, late_days_cents FROM settlement";

/// [`ALL_SQL`] for one customer, in the same order.
pub(crate) const CUSTOMER_SQL: &str =
    "SELECT s.invoice_id, s.customer_id, s.currency, s.converted, s.total_cents, s.paid_cents,
     s.credited_cents, s.written_off_cents, s.issue_day, s.due_day, s.last_day, s.settled_day, s.paid_up_day,
     s.paid_days_cents, s.late_days_cents FROM invoice i JOIN settlement s ON s.invoice_id = i.id
     WHERE i.customer_id = ?1 ORDER BY s.invoice_id";

/// One customer's open invoices in the record, in the order of its lists (issue day,
/// series, number): on a day the record answers for, every invoice open that day is one.
/// Each row by its key (read already by the customer's standing), not a probe of the
/// partial index of the ledger's open invoices.
pub(crate) const CUSTOMER_OPEN_SQL: &str =
    "SELECT i.id FROM invoice i JOIN settlement s NOT INDEXED ON s.invoice_id = i.id
     WHERE i.customer_id = ?1 AND s.settled_day IS NULL ORDER BY i.issue_date, i.series, i.seq, i.id";

/// How many invoices the record holds open (through the narrower of its partial indexes
/// of them).
pub fn open_count(tx: &Transaction) -> Result<usize> {
    let n: i64 = tx.query_row(
        "SELECT count(*) FROM settlement INDEXED BY settlement_open_customer WHERE settled_day IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

/// The ids of [`CUSTOMER_OPEN_SQL`].
pub fn open_of_customer(tx: &Transaction, customer: i64) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare(CUSTOMER_OPEN_SQL)?;
    let ids = stmt
        .query_map([customer], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

#[cfg(test)]
/// Rows of `table` that `source` does not hold, and the other way round.
pub(crate) fn differ(db: &mut super::Db, table: &str, source: &str) -> i64 {
    db.read(|tx| {
        Ok(tx.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM (SELECT * FROM {table} EXCEPT SELECT * FROM {source}))
                      + (SELECT count(*) FROM (SELECT * FROM {source} EXCEPT SELECT * FROM {table}))"
            ),
            [],
            |r| r.get(0),
        )?)
    })
    .unwrap()
}

#[cfg(test)]
mod tests {
    use super::differ;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use crate::store::Db;

    proptest! {
        #[test]
        fn a_day_number_reads_back_as_its_day(days in -800_000i64..3_000_000) {
            let day = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(super::day_of_checked(super::day_number(day)), Some(day));
            prop_assert_eq!(super::day_of(super::day_number(day)), day);
        }
    }

    #[test]
    fn a_number_no_calendar_day_has_is_none() {
        assert_eq!(super::day_of_checked(i64::MAX), None);
        assert_eq!(super::day_of_checked(i64::from(i32::MAX)), None);
        assert_eq!(super::day_of(0), NaiveDate::from_ymd_opt(1970, 1, 1).unwrap());
    }

    #[test]
    fn the_settled_rows_left_to_the_record_are_summed_in_one_pass() {
        // the dashboard and the trends: most of the record, read in its own order rather
        // than row by row through the index of last days
        let (_dir, mut db) = crate::store::plans::ledger();
        let plan = crate::store::plans::plan_of(&mut db, crate::store::period::SETTLED_LEFT_SQL);
        assert_eq!(plan, "SCAN settlement", "{plan}");
    }

    #[test]
    fn split_and_forecast_read_the_open_rows_through_their_index() {
        // the settled ones are summed in one read of the record; the open ones only are
        // read row by row, through `settlement_open`
        let (_dir, mut db) = crate::store::plans::ledger();
        let plan = crate::store::plans::plan_of(&mut db, &super::open_left_sql());
        // a walk of the partial index (the open rows alone, every column: migration
        // 026), never of the table
        let steps: Vec<&str> = plan.lines().filter(|l| l.contains("settlement")).collect();
        assert_eq!(
            steps,
            ["SCAN settlement USING COVERING INDEX settlement_open"],
            "{plan}"
        );
    }

    #[test]
    fn the_scores_pass_reads_the_rows_it_weighs_through_their_indexes() {
        // `customer list` and `report payers` of today: the rows due in the score's two
        // years through `settlement_due`, the older open ones through `settlement_open`;
        // the older paid-up ones of a customer counted through its invoices
        let (_dir, mut db) = crate::store::plans::ledger();
        let plan = crate::store::plans::plan_of(&mut db, &super::weighed_sql());
        let steps: Vec<&str> = plan.lines().filter(|l| l.contains("settlement")).collect();
        assert_eq!(steps.len(), 2, "{plan}");
        assert!(
            steps[0].starts_with("SEARCH settlement USING INDEX settlement_due (due_day>?)"),
            "{plan}"
        );
        assert!(
            steps[1].contains("USING COVERING INDEX settlement_open"),
            "{plan}"
        );
        // the dashboard's: the settled ones due in those two years, the same index
        let plan = crate::store::plans::plan_of(&mut db, &super::settled_weighed_sql());
        assert!(
            plan.starts_with("SEARCH settlement USING INDEX settlement_due (due_day>?)"),
            "{plan}"
        );
        let count = crate::store::plans::plan_of(&mut db, super::COUNTED_ONLY_SQL);
        assert!(
            count.contains("SEARCH i USING COVERING INDEX invoice_customer (customer_id=?)"),
            "{count}"
        );
        assert!(
            count.contains("SEARCH s USING INTEGER PRIMARY KEY (rowid=?)"),
            "{count}"
        );
        assert!(!count.contains("SCAN s") && !count.contains("SCAN i"), "{count}");
    }

    #[test]
    fn the_generator_leaves_the_record_and_each_customers_money_as_the_history_gives_them() {
        // it fills its tables with their triggers off, then builds both again
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("g.sqlite")).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        db.write(|tx| crate::synthetic::generate(tx, 12, 600, 3, day))
            .unwrap();
        let rows: i64 = db
            .read(|tx| Ok(tx.query_row("SELECT count(*) FROM customer_money", [], |r| r.get(0))?))
            .unwrap();
        assert!(rows > 6, "{rows} customers with money");
        assert_eq!(differ(&mut db, "settlement", "settlement_source"), 0);
        assert_eq!(differ(&mut db, "customer_money", "customer_money_source"), 0);
    }
}
