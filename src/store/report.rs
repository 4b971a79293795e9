//! What the reports read besides the scan of invoices: sums and groups that SQL computes
//! much faster than loading the rows.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rusqlite::types::ValueRef;

use super::{date_sql, parse_stored_decimal};
use crate::domain::discount::Discount;
use crate::domain::document::{Line, LineKind};
use crate::domain::exchange::ExchangeRate;
use crate::domain::money::{Currency, Money, from_cents};
use crate::domain::report::RevenueLine;
use crate::error::Result;

/// Every payment received in the period, allocated or not, in the accounting currency
/// (see [`foreign_received`] for the money in other currencies).
pub fn received_between(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Money> {
    let ours: i64 = tx.query_row(
        "SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE date BETWEEN ?1 AND ?2 AND currency IS NULL",
        [date_sql(from), date_sql(to)],
        |r| r.get(0),
    )?;
    let foreign: i64 = foreign_received(tx, currency)?
        .into_iter()
        .filter(|(day, _)| (from..=to).contains(day))
        .map(|(_, minor)| minor)
        .sum();
    Ok(Money::from_minor(ours + foreign, currency))
}

/// Money received up to each of `days` (sorted, each included), in one read of the
/// payments, in the accounting currency.
pub fn received_by(tx: &Transaction, days: &[NaiveDate], currency: Currency) -> Result<Vec<Money>> {
    let mut by = ReceivedBy::new(days);
    let mut stmt = tx.prepare("SELECT date, amount_cents FROM payment WHERE currency IS NULL")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        by.add(r.get_ref(0)?, r.get(1)?)?;
    }
    by.add_foreign(tx, currency)?;
    Ok(by.finish(currency))
}

/// The money received in other currencies, in minor units of the accounting one, as steps
/// by day: what a payment received by a day is worth that day is the sum of its steps up
/// to it. What it paid of an invoice counts at the invoice's rate (as the invoice's
/// balance does), the rest at the payment's own rate (as the customer's credit does),
/// so that what was invoiced less what was received is what is owed. Few rows: the
/// payments through their partial index, each with its allocations.
pub fn foreign_received(tx: &Transaction, accounting: Currency) -> Result<Vec<(NaiveDate, i64)>> {
    let mut stmt = tx.prepare(FOREIGN_RECEIVED_SQL)?;
    let mut rows = stmt.query([])?;
    let mut steps = Vec::new();
    // the payment being read: its id, its day, its rate, and what is left unallocated
    let mut current: Option<(i64, NaiveDate, Option<ExchangeRate>, Money)> = None;
    let own = |rate: Option<ExchangeRate>, m: Money| rate.map_or(m.minor(), |r| r.to_accounting(m).minor());
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if current.is_none_or(|c| c.0 != id) {
            let currency: Currency = r.get(3)?;
            let day = super::parse_stored_date(&r.get::<_, String>(1)?)?;
            let rate = super::payment::stored_rate(currency, accounting, r.get(4)?)?;
            let amount = Money::from_minor(r.get(2)?, currency);
            steps.push((day, own(rate, amount)));
            current = Some((id, day, rate, amount));
        }
        let (Some(day), Some(cents)) = (r.get::<_, Option<String>>(5)?, r.get::<_, Option<i64>>(6)?) else {
            continue;
        };
        let Some((_, paid_on, rate, left)) = current.as_mut() else {
            continue;
        };
        let part = Money::from_minor(cents, left.currency());
        let on_invoice = match (r.get::<_, Option<Currency>>(7)?, r.get::<_, Option<String>>(8)?) {
            (Some(c), rate @ Some(_)) if c == part.currency() => {
                super::payment::stored_rate(c, accounting, rate)?
            }
            _ => *rate,
        };
        let before = own(*rate, *left);
        *left -= part;
        let day = super::parse_stored_date(&day)?.max(*paid_on);
        steps.push((day, own(on_invoice, part) + own(*rate, *left) - before));
    }
    Ok(steps)
}

pub(crate) const FOREIGN_RECEIVED_SQL: &str =
    "SELECT p.id, p.date, p.amount_cents, p.currency, p.exchange_rate, a.date, a.amount_cents,
            i.currency, i.exchange_rate
     FROM payment p INDEXED BY payment_foreign
     LEFT JOIN allocation a ON a.payment_id = p.id LEFT JOIN invoice i ON i.id = a.invoice_id
     WHERE p.currency IS NOT NULL ORDER BY p.id, a.date, a.id";

/// The payments in the accounting currency dated after a day (`ReceivedBy::add_total`).
pub(crate) const RECEIVED_AFTER_SQL: &str =
    "SELECT date, amount_cents FROM payment WHERE date > ?1 AND currency IS NULL";

/// What [`received_by`] sums, fed payment by payment (those in the accounting currency;
/// then [`ReceivedBy::add_foreign`]), so that a read of the payments
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

    /// On a day no payment is dated after (see [`super::settlement::received_by`]):
    /// `total` received in the accounting currency, of which the payments dated after the
    /// first day are read (through their index by date) and put in their days, the rest
    /// in the first. A ten-year ledger's dashboard reads one year of payments, not ten.
    pub fn add_total(&mut self, tx: &Transaction, total: i64) -> Result<()> {
        let Some(first) = self.days.first() else {
            return Ok(());
        };
        let mut stmt = tx.prepare(RECEIVED_AFTER_SQL)?;
        let mut rows = stmt.query([super::date_sql(*first)])?;
        let mut by_first = total;
        while let Some(r) = rows.next()? {
            let minor: i64 = r.get(1)?;
            by_first -= minor;
            self.add(r.get_ref(0)?, minor)?;
        }
        self.per_day[0] += by_first;
        Ok(())
    }

    /// The money received in other currencies ([`foreign_received`]).
    pub fn add_foreign(&mut self, tx: &Transaction, accounting: Currency) -> Result<()> {
        for (day, minor) in foreign_received(tx, accounting)? {
            let i = self.days.partition_point(|d| *d < day);
            if i < self.per_day.len() {
                self.per_day[i] += minor;
            }
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

/// Net sales (excl. VAT, credit notes subtracted) per month of issue, in month order, in
/// the accounting currency: one GROUP BY over the stored integer totals of the documents
/// in that currency, and each document at an exchange rate converted at its rate.
pub fn net_sales_by_month(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    let mut lines = grouped(
        tx,
        &format!(
            "SELECT substr(i.issue_date, 1, 7), '', SUM(i.kind = 'invoice'), SUM({SIGN} * i.total_net_cents)
             FROM invoice i
             WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2 AND i.exchange_rate IS NULL
             GROUP BY 1 ORDER BY 1"
        ),
        (from, to, currency),
    )?;
    let converted = converted_sales(tx, "substr(i.issue_date, 1, 7), ''", (from, to, currency))?;
    merge_sales(&mut lines, converted);
    lines.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(lines)
}

/// Net sales per customer, largest first (then by code), in the accounting currency (see
/// [`net_sales_by_month`]).
pub fn net_sales_by_customer(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    let mut lines = grouped(
        tx,
        &format!(
            "SELECT c.code, c.name, SUM(i.kind = 'invoice'), SUM({SIGN} * i.total_net_cents)
             FROM invoice i JOIN customer c ON c.id = i.customer_id
             WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2 AND i.exchange_rate IS NULL
             GROUP BY c.id"
        ),
        (from, to, currency),
    )?;
    let converted = converted_sales(tx, "c.code, c.name", (from, to, currency))?;
    merge_sales(&mut lines, converted);
    lines.sort_by(|a, b| b.net.minor().cmp(&a.net.minor()).then(a.key.cmp(&b.key)));
    Ok(lines)
}

fn grouped(
    tx: &Transaction,
    sql: &str,
    (from, to, currency): (NaiveDate, NaiveDate, Currency),
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

/// The documents of the period at an exchange rate, one line each under `key_label` (two
/// SQL expressions), their net converted at their rate (few rows: read one by one).
fn converted_sales(
    tx: &Transaction,
    key_label: &str,
    (from, to, accounting): (NaiveDate, NaiveDate, Currency),
) -> Result<Vec<RevenueLine>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {key_label}, i.kind = 'invoice', {SIGN} * i.total_net_cents, i.currency, i.exchange_rate
         FROM invoice i JOIN customer c ON c.id = i.customer_id
         WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2 AND i.exchange_rate IS NOT NULL"
    ))?;
    let rows = stmt
        .query_map([date_sql(from), date_sql(to)], |r| {
            let currency: Currency = r.get(4)?;
            let net = Money::from_minor(r.get(3)?, currency);
            let net = match super::payment::stored_rate(currency, accounting, r.get(5)?)? {
                Some(rate) => rate.to_accounting(net),
                None => Money::from_minor(net.minor(), accounting),
            };
            Ok(RevenueLine {
                key: r.get(0)?,
                label: r.get(1)?,
                invoices: r.get(2)?,
                net,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Adds each converted document to the line of its key (a new line when it has none).
fn merge_sales(lines: &mut Vec<RevenueLine>, converted: Vec<RevenueLine>) {
    let mut at: std::collections::HashMap<String, usize> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (l.key.clone(), i))
        .collect();
    for doc in converted {
        match at.get(&doc.key) {
            Some(&i) => {
                lines[i].invoices += doc.invoices;
                lines[i].net += doc.net;
            }
            None => {
                at.insert(doc.key.clone(), lines.len());
                lines.push(doc);
            }
        }
    }
}

/// Calls `visit` with every line of the invoices and credit notes issued in the period:
/// (document id, is a credit note, prices include VAT, the document's discount, its rate
/// to the accounting currency when it has one, the line in the document's currency).
pub fn for_each_sold_line(
    tx: &Transaction,
    (from, to, accounting): (NaiveDate, NaiveDate, Currency),
    mut visit: impl FnMut(i64, bool, bool, Option<Discount>, Option<ExchangeRate>, Line),
) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT i.id, i.kind = 'credit_note', i.prices_include_vat, l.sku, l.designation, l.quantity,
                l.unit_price_cents, l.vat_rate, l.discount, i.discount, i.currency, i.exchange_rate
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
        let currency: Option<Currency> = r.get(10)?;
        let rate = match (currency, r.get::<_, Option<String>>(11)?) {
            (Some(currency), rate @ Some(_)) => super::payment::stored_rate(currency, accounting, rate)?,
            _ => None,
        };
        visit(r.get(0)?, r.get(1)?, r.get(2)?, discount, rate, line);
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
