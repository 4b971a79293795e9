//! What the reports read besides the scan of invoices: sums and groups that SQL computes
//! much faster than loading the rows.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rusqlite::types::ValueRef;

use super::{date_sql, parse_stored_decimal};
use crate::domain::discount::Discount;
use crate::domain::document::{Line, LineKind};
use crate::domain::money::{Currency, Money, from_cents};
use crate::domain::report::RevenueLine;
use crate::error::Result;

/// Every payment received in the period, allocated or not.
pub fn received_between(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Money> {
    let minor: i64 = tx.query_row(
        "SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE date BETWEEN ?1 AND ?2",
        [date_sql(from), date_sql(to)],
        |r| r.get(0),
    )?;
    Ok(Money::from_minor(minor, currency))
}

/// Money received up to each of `days` (sorted, each included), in one read of the
/// payments.
pub fn received_by(tx: &Transaction, days: &[NaiveDate], currency: Currency) -> Result<Vec<Money>> {
    let mut by = ReceivedBy::new(days);
    let mut stmt = tx.prepare("SELECT date, amount_cents FROM payment")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        by.add(r.get_ref(0)?, r.get(1)?)?;
    }
    Ok(by.finish(currency))
}

/// What [`received_by`] sums, fed payment by payment, so that a read of the payments
/// made for something else (the customers' credit, see `Scan::credits_left_seeing`)
/// serves it too.
pub struct ReceivedBy<'a> {
    days: &'a [NaiveDate],
    /// Minor units received after the day before and up to each day.
    per_day: Vec<i64>,
}

impl<'a> ReceivedBy<'a> {
    /// `days` sorted.
    pub fn new(days: &'a [NaiveDate]) -> Self {
        ReceivedBy {
            days,
            per_day: vec![0; days.len()],
        }
    }

    /// One payment: its stored date and its amount.
    pub fn add(&mut self, date: ValueRef, minor: i64) -> rusqlite::Result<()> {
        let Some(date) = super::scan::stored_date(date)? else {
            return Ok(());
        };
        let i = self.days.partition_point(|d| *d < date);
        if i < self.per_day.len() {
            self.per_day[i] += minor;
        }
        Ok(())
    }

    /// What was received by each day.
    pub fn finish(self, currency: Currency) -> Vec<Money> {
        let mut sum = 0;
        self.per_day
            .into_iter()
            .map(|minor| {
                sum += minor;
                Money::from_minor(sum, currency)
            })
            .collect()
    }
}

/// Signs a document's amount: credit notes subtract.
const SIGN: &str = "CASE i.kind WHEN 'credit_note' THEN -1 ELSE 1 END";

/// Net sales (excl. VAT, credit notes subtracted) per month of issue, in month order;
/// one GROUP BY over the stored integer totals.
pub fn net_sales_by_month(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    grouped(
        tx,
        &format!(
            "SELECT substr(i.issue_date, 1, 7), '',
                    SUM(i.kind = 'invoice'), SUM({SIGN} * i.total_net_cents)
             FROM invoice i WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2
             GROUP BY 1 ORDER BY 1"
        ),
        from,
        to,
        currency,
    )
}

/// Net sales per customer, largest first (then by code).
pub fn net_sales_by_customer(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    grouped(
        tx,
        &format!(
            "SELECT c.code, c.name, SUM(i.kind = 'invoice'), SUM({SIGN} * i.total_net_cents)
             FROM invoice i JOIN customer c ON c.id = i.customer_id
             WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2
             GROUP BY c.id ORDER BY 4 DESC, 1"
        ),
        from,
        to,
        currency,
    )
}

fn grouped(
    tx: &Transaction,
    sql: &str,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt
        .query_map([date_sql(from), date_sql(to)], |r| {
            Ok(RevenueLine {
                key: r.get(0)?,
                label: r.get(1)?,
                invoices: r.get(2)?,
                net: Money::from_minor(r.get(3)?, currency),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Calls `visit` with every line of the invoices and credit notes issued in the period:
/// (document id, is a credit note, prices include VAT, the document's discount, the line).
pub fn for_each_sold_line(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    mut visit: impl FnMut(i64, bool, bool, Option<Discount>, Line),
) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT i.id, i.kind = 'credit_note', i.prices_include_vat, l.sku, l.designation, l.quantity,
                l.unit_price_cents, l.vat_rate, l.discount, i.discount
         FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
         WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query([date_sql(from), date_sql(to)])?;
    while let Some(r) = rows.next()? {
        let line = Line {
            sku: r.get(3)?,
            designation: r.get(4)?,
            quantity: parse_stored_decimal(&r.get::<_, String>(5)?)?,
            unit_price: from_cents(r.get(6)?),
            vat_rate: parse_stored_decimal(&r.get::<_, String>(7)?)?,
            unit: None,
            kind: LineKind::Service,
            discount: super::lines::stored_discount(r.get(8)?)?,
        };
        let discount = super::lines::stored_discount(r.get(9)?)?;
        visit(r.get(0)?, r.get(1)?, r.get(2)?, discount, line);
    }
    Ok(())
}

/// The currencies other than the accounting one of invoices issued by `as_of`: what a
/// report converts at their issue rate.
pub fn converted_currencies(
    tx: &Transaction,
    as_of: NaiveDate,
) -> Result<Vec<crate::domain::money::Currency>> {
    let mut stmt = tx.prepare(
        "SELECT DISTINCT currency FROM invoice
         WHERE exchange_rate IS NOT NULL AND number IS NOT NULL AND issue_date <= ?1 ORDER BY currency",
    )?;
    let rows = stmt
        .query_map([super::date_sql(as_of)], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
