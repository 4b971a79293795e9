//! What `report dmp` and `report kpis` need of a period, on a day the settlement record
//! answers for, from the invoices it holds without an exchange rate: their payments of
//! the period and what was issued in it (through the record's index of last days),
//! their open balances (through `settlement_open`), what was credited and written off
//! in the period (through the indexes of those dates), each one's balance thirty days
//! after its due day (through `settlement_due`). Never a read of every invoice's
//! history: the invoices at a rate are read from theirs by the caller. Stored days are
//! compared as text only where an index range needs it (`YYYY-MM-DD`, as written).

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::scan::required_date;
use super::settlement::{day_number, day_of};
use crate::domain::money::Currency;
use crate::error::Result;

/// One allocation (or release, negative) of an invoice without a rate, with the
/// invoice's customer, issue and due days: what the period's payments are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paid {
    pub customer_id: i64,
    pub issue: NaiveDate,
    pub due: NaiveDate,
    pub day: NaiveDate,
    pub minor: i64,
}

/// Hands `visit` every allocation dated from `from` to `to` (both included) of the
/// invoices the record holds without a rate; returns Σ totals of those issued in that
/// period. Such an invoice's last day is on or after the allocation's or its issue: the
/// ids of those are found through `settlement_last` (the index alone), their rows and
/// allocations then looked up in id order, each invoice's together (the days compared
/// here, parsed as the history's).
pub fn each_paid(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    mut visit: impl FnMut(Paid),
) -> Result<i64> {
    let (first, last) = (day_number(from), day_number(to));
    let mut stmt = tx.prepare(PAID_SQL)?;
    let mut rows = stmt.query([first])?;
    let mut issued = 0;
    let mut seen = None;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let issue: i64 = r.get(2)?;
        if seen != Some(id) {
            seen = Some(id);
            if issue >= first && issue <= last {
                issued += r.get::<_, i64>(4)?;
            }
        }
        let Some(day) = super::scan::stored_date(r.get_ref(5)?)? else {
            // an invoice without allocations
            continue;
        };
        if day < from || day > to {
            continue;
        }
        visit(Paid {
            customer_id: r.get(1)?,
            issue: day_of(issue),
            due: day_of(r.get(3)?),
            day,
            minor: r.get(6)?,
        });
    }
    Ok(issued)
}

/// The query of [`each_paid`].
pub(crate) const PAID_SQL: &str = "SELECT s.invoice_id, s.customer_id, s.issue_day, s.due_day, s.total_cents,
     a.date, a.amount_cents
     FROM settlement s LEFT JOIN allocation a ON a.invoice_id = s.invoice_id
     WHERE s.invoice_id IN (SELECT invoice_id FROM settlement WHERE last_day >= ?1) AND s.converted = 0";

/// Σ the credit notes issued from `from` to `to` on invoices without a rate: what they
/// take off the period's sales.
pub fn credited(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<i64> {
    Ok(
        tx.query_row(CREDITED_SQL, [super::date_sql(from), super::date_sql(to)], |r| {
            r.get(0)
        })?,
    )
}

pub(crate) const CREDITED_SQL: &str = "SELECT COALESCE(SUM(c.total_cents), 0)
     FROM invoice c CROSS JOIN settlement s ON s.invoice_id = c.credited_invoice_id
     WHERE c.issue_date >= ?1 AND c.issue_date <= ?2 AND c.kind = 'credit_note' AND c.number IS NOT NULL
     AND c.credited_invoice_id IS NOT NULL AND s.converted = 0";

/// Hands `visit` (invoice id, customer id, due day, balance) of every open invoice
/// without a rate: each balance is positive.
pub fn each_open(tx: &Transaction, mut visit: impl FnMut(i64, i64, NaiveDate, i64)) -> Result<()> {
    let mut stmt = tx.prepare(OPEN_SQL)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        visit(r.get(0)?, r.get(1)?, day_of(r.get(2)?), r.get(3)?);
    }
    Ok(())
}

pub(crate) const OPEN_SQL: &str = "SELECT invoice_id, customer_id, due_day,
     total_cents - paid_cents - credited_cents - written_off_cents
     FROM settlement INDEXED BY settlement_open WHERE settled_day IS NULL AND converted = 0";

/// (invoice id, customer id, due day, minor units) of every write-off of an invoice
/// without a rate dated on or after `from` (on a day the record answers for, none is
/// dated after the period), through the index of write-off days.
pub fn written_off_since(tx: &Transaction, from: NaiveDate) -> Result<Vec<(i64, i64, NaiveDate, i64)>> {
    let mut stmt = tx.prepare(WRITTEN_OFF_SQL)?;
    let mut rows = stmt.query([super::date_sql(from)])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if required_date(r.get_ref(4)?)? < from {
            continue;
        }
        out.push((r.get(0)?, r.get(1)?, day_of(r.get(2)?), r.get(3)?));
    }
    Ok(out)
}

pub(crate) const WRITTEN_OFF_SQL: &str =
    "SELECT i.id, s.customer_id, s.due_day, i.write_off_cents, i.written_off_on
     FROM invoice i CROSS JOIN settlement s ON s.invoice_id = i.id
     WHERE i.written_off_on >= ?1 AND i.write_off_cents IS NOT NULL AND s.converted = 0";

/// Of the invoices without a rate whose due day plus thirty days falls from `from` to
/// `to`: Σ totals and Σ what was still owed on that day. An invoice with nothing dated
/// after that day owes the record's balance; another one what its allocations, credit
/// notes and write-off dated by then leave (the write-off looked up only where the
/// record has one: it is zero when the history has none).
pub fn due_30(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<(i64, i64)> {
    Ok(
        tx.query_row(DUE_30_SQL, [day_number(from) - 30, day_number(to) - 30], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?,
    )
}

/// The query of [`due_30`]; `c` is the checkpoint, its day as the history stores days.
pub(crate) const DUE_30_SQL: &str = "SELECT COALESCE(SUM(total_cents), 0), COALESCE(SUM(max(0, total_cents
         - CASE WHEN last_day <= due_day + 30 THEN paid_cents + credited_cents + written_off_cents ELSE
             (SELECT COALESCE(SUM(a.amount_cents), 0) FROM allocation a
                 WHERE a.invoice_id = s.invoice_id AND a.date <= c)
             + (SELECT COALESCE(SUM(n.total_cents), 0) FROM invoice n WHERE n.credited_invoice_id = s.invoice_id
                 AND n.kind = 'credit_note' AND n.number IS NOT NULL AND n.issue_date <= c)
             + CASE WHEN written_off_cents = 0 THEN 0 ELSE (SELECT COALESCE(SUM(w.write_off_cents), 0)
                 FROM invoice w WHERE w.id = s.invoice_id AND w.written_off_on <= c) END
           END)), 0)
     FROM (SELECT *, date((due_day + 30) * 86400, 'unixepoch') AS c FROM settlement
           WHERE due_day >= ?1 AND due_day <= ?2 AND converted = 0) s";

/// How many invoices without a rate of each customer count towards the frequent late
/// payer flag on `as_of`: [`super::settlement::late_invoices_by_customer`] of them.
pub fn late_by_customer(tx: &Transaction, as_of: NaiveDate) -> Result<std::collections::HashMap<i64, usize>> {
    let year_ago = as_of
        .checked_sub_days(chrono::Days::new(365))
        .unwrap_or(NaiveDate::MIN);
    let mut stmt = tx.prepare(&late_sql())?;
    let mut rows = stmt.query([day_number(year_ago), day_number(as_of)])?;
    let mut late = std::collections::HashMap::new();
    while let Some(r) = rows.next()? {
        *late.entry(r.get(0)?).or_insert(0) += 1;
    }
    Ok(late)
}

pub(crate) fn late_sql() -> String {
    format!("{} AND converted = 0", super::settlement::LATE_SQL)
}

/// The customers with an issued invoice: one search of each customer's invoices.
pub fn invoiced_customers(tx: &Transaction) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare(CUSTOMERS_SQL)?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

pub(crate) const CUSTOMERS_SQL: &str = "SELECT c.id FROM customer c WHERE EXISTS (SELECT 1 FROM invoice i
     CROSS JOIN settlement s ON s.invoice_id = i.id WHERE i.customer_id = c.id)";

/// Every payment in the accounting currency, when none is dated after `as_of` (what
/// `report::received_by` sums up to that day): each customer's money received in it
/// (migration 021), and the payments in another one as `report::foreign_received`
/// counts them. None when a payment is dated later.
pub fn received_by(
    tx: &Transaction,
    as_of: NaiveDate,
    accounting: crate::domain::money::Currency,
) -> Result<Option<i64>> {
    let later: bool = tx.query_row(
        super::settlement::LATER_PAYMENT_SQL,
        [super::date_sql(as_of)],
        |r| r.get(0),
    )?;
    if later {
        return Ok(None);
    }
    let ours: i64 = tx.query_row(RECEIVED_SQL, [], |r| r.get(0))?;
    let foreign: i64 = super::report::foreign_received(tx, accounting)?
        .into_iter()
        .filter(|(day, _)| *day <= as_of)
        .map(|(_, minor)| minor)
        .sum();
    Ok(Some(ours + foreign))
}

pub(crate) const RECEIVED_SQL: &str = "SELECT COALESCE(SUM(received_cents), 0) FROM customer_money";

/// What the settled rows a scan of the invoices dated from `since` on leaves to the
/// record (settled, not at a rate, last dated before `since`) add to `report
/// dashboard`'s figures, summed in one pass over them: None when one of them is in
/// another currency than `currency` (then each is read as a receivable).
pub fn settled_left(
    tx: &Transaction,
    since: i64,
    (from, to): (NaiveDate, NaiveDate),
    currency: Currency,
) -> Result<Option<SettledLeft>> {
    let (from, to) = (day_number(from), day_number(to));
    let mut left = SettledLeft::default();
    let mut stmt = tx.prepare(SETTLED_LEFT_SQL)?;
    let mut rows = stmt.query(rusqlite::params![since, currency])?;
    while let Some(r) = rows.next()? {
        let (customer, paid_days, paid, written_off): (i64, i64, i64, i64) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let (total, due_day, ours): (i64, i64, bool) = (r.get(4)?, r.get(5)?, r.get(6)?);
        if !ours {
            return Ok(None);
        }
        left.split.add(paid, written_off);
        left.paid_cents += paid;
        if (from..=to).contains(&(due_day + 30)) {
            left.due_30_cents += total;
        }
        let habit = left.habits.entry(customer).or_default();
        habit.0 += i128::from(paid_days);
        habit.1 += paid;
    }
    Ok(Some(left))
}

/// The query of [`settled_left`]: a pass over the record's table in its own order. On a
/// day the record answers for, the rows left (settled before the figures' first dated
/// day) are most of the ledger: looked up one by one through `settlement_last` they cost
/// three times as much (0.52 s against 0.17 s at 1 M invoices).
pub(crate) const SETTLED_LEFT_SQL: &str =
    "SELECT customer_id, paid_days_cents, paid_cents, written_off_cents,
     total_cents, due_day, currency = ?2
     FROM settlement NOT INDEXED WHERE settled_day IS NOT NULL AND converted = 0 AND last_day < ?1";

/// See [`settled_left`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettledLeft {
    /// As [`super::settlement::settled_split`] counts them.
    pub split: super::settlement::SettledSplit,
    /// What was paid on them: each month's and the period's allocations.
    pub paid_cents: i64,
    /// The totals of those whose due day plus thirty days falls in the period.
    pub due_30_cents: i64,
    /// By customer: Σ minor units × days from due to payment, and Σ minor units paid.
    pub habits: std::collections::HashMap<i64, (i128, i64)>,
}
