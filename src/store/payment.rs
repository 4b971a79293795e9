//! Payments and their allocations to invoices.

use chrono::NaiveDate;
use rusqlite::{Row, Transaction, params};

use super::{date_sql, now_stamp, parse_stored_date};
use crate::domain::exchange::ExchangeRate;
use crate::domain::money::{Currency, Money};
use crate::domain::payment::{Method, Payment};
use crate::error::Result;

/// Records a payment; `rate` is the rate of its day when it is in another currency than
/// the accounting one (`amount` is then in that currency).
pub fn insert(
    tx: &Transaction,
    customer_id: i64,
    date: NaiveDate,
    amount: Money,
    method: Method,
    reference: Option<&str>,
    rate: Option<ExchangeRate>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO payment (customer_id, date, amount_cents, method, reference, created_at, customer_name,
             currency, exchange_rate)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT name FROM customer WHERE id = ?1), ?7, ?8)",
        params![
            customer_id,
            date_sql(date),
            amount.minor(),
            method.as_str(),
            reference,
            now_stamp(),
            rate.map(|r| r.foreign),
            rate.map(|r| r.per_unit.to_string()),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Moves `amount` of a payment onto an invoice from `date` on (negative: back to credit).
pub fn allocate(
    tx: &Transaction,
    payment_id: i64,
    invoice_id: i64,
    date: NaiveDate,
    amount: Money,
) -> Result<()> {
    tx.execute(
        "INSERT INTO allocation (payment_id, invoice_id, date, amount_cents) VALUES (?1, ?2, ?3, ?4)",
        params![payment_id, invoice_id, date_sql(date), amount.minor()],
    )?;
    Ok(())
}

/// The payments of one invoice, found through the allocation index.
pub(crate) const ALLOCATIONS_OF: &str =
    "SELECT a.payment_id, p.date, SUM(a.amount_cents), COALESCE(p.currency, (SELECT currency FROM company))
     FROM allocation a JOIN payment p ON p.id = a.payment_id
     WHERE a.invoice_id = ?1 GROUP BY a.payment_id HAVING SUM(a.amount_cents) > 0";

/// What each payment has on an invoice now: (payment id, payment date, net amount).
pub fn allocations_of(tx: &Transaction, invoice_id: i64) -> Result<Vec<(i64, NaiveDate, Money)>> {
    let mut stmt = tx.prepare(ALLOCATIONS_OF)?;
    let rows = stmt
        .query_map([invoice_id], |r| {
            Ok((
                r.get(0)?,
                parse_stored_date(&r.get::<_, String>(1)?)?,
                Money::from_minor(r.get(2)?, r.get(3)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A payment's rate to the accounting currency, from its stored columns.
pub(crate) fn stored_rate(
    currency: Currency,
    accounting: Currency,
    rate: Option<String>,
) -> rusqlite::Result<Option<ExchangeRate>> {
    match rate {
        Some(text) => ExchangeRate::new(currency, accounting, super::parse_stored_decimal(&text)?)
            .map(Some)
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)).into()),
        None => Ok(None),
    }
}

/// A payment in its own currency (the company's unless it says otherwise).
fn from_row(r: &Row) -> rusqlite::Result<Payment> {
    let currency: Currency = r.get(7)?;
    Ok(Payment {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer_code: r.get(2)?,
        date: parse_stored_date(&r.get::<_, String>(3)?)?,
        amount: Money::from_minor(r.get(4)?, currency),
        method: Method::parse(&r.get::<_, String>(5)?).unwrap_or(Method::Other),
        reference: r.get(6)?,
        allocations: Vec::new(),
    })
}

/// The query of [`of_customer`]: one customer's payments through its index, no allocation.
pub(crate) const OF_CUSTOMER: &str =
    "SELECT p.id, p.customer_id, c.code, p.date, p.amount_cents, p.method, p.reference,
         COALESCE(p.currency, (SELECT currency FROM company))
     FROM payment p JOIN customer c ON c.id = p.customer_id
     WHERE p.customer_id = ?1 ORDER BY p.date, p.id";

/// One customer's payments, oldest first, as `list` gives them but without their
/// allocations (a customer's history shows none: at ten million invoices, reading them
/// through the payments' index was a hundred page reads of a ten-year customer).
pub fn of_customer(tx: &Transaction, customer_id: i64) -> Result<Vec<Payment>> {
    let mut stmt = tx.prepare(OF_CUSTOMER)?;
    let payments = stmt
        .query_map([customer_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(payments)
}

/// The rates of one customer's payments in another currency than `accounting`, by
/// payment id (through their partial index `payment_foreign`).
pub fn foreign_rates_of(
    tx: &Transaction,
    customer_id: i64,
    accounting: Currency,
) -> Result<std::collections::HashMap<i64, ExchangeRate>> {
    let mut stmt = tx.prepare_cached(FOREIGN_RATES_OF)?;
    let mut rows = stmt.query([customer_id])?;
    let mut rates = std::collections::HashMap::new();
    while let Some(r) = rows.next()? {
        let currency: Currency = r.get(1)?;
        if let Some(rate) = stored_rate(currency, accounting, r.get(2)?)? {
            rates.insert(r.get(0)?, rate);
        }
    }
    Ok(rates)
}

pub(crate) const FOREIGN_RATES_OF: &str =
    "SELECT id, currency, exchange_rate FROM payment WHERE customer_id = ?1 AND currency IS NOT NULL";

/// Payments, oldest first, optionally of one customer, with their allocations.
pub fn list(tx: &Transaction, customer_id: Option<i64>) -> Result<Vec<Payment>> {
    let scope = super::and_equals("p.customer_id", 1, customer_id);
    let mut stmt = tx.prepare(&format!(
        "SELECT p.id, p.customer_id, c.code, p.date, p.amount_cents, p.method, p.reference,
             COALESCE(p.currency, (SELECT currency FROM company))
         FROM payment p JOIN customer c ON c.id = p.customer_id
         WHERE 1 = 1{scope} ORDER BY p.date, p.id"
    ))?;
    let mut payments = stmt
        .query_map([customer_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let index: std::collections::HashMap<i64, usize> =
        payments.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut stmt = tx.prepare(&format!(
        "SELECT a.payment_id, COALESCE(i.number, '#' || i.id), SUM(a.amount_cents) FROM allocation a
         JOIN invoice i ON i.id = a.invoice_id JOIN payment p ON p.id = a.payment_id
         WHERE 1 = 1{scope} GROUP BY a.payment_id, a.invoice_id
         HAVING SUM(a.amount_cents) <> 0 ORDER BY MIN(a.id)"
    ))?;
    let mut rows = stmt.query([customer_id])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            let amount = Money::from_minor(r.get(2)?, payments[i].amount.currency());
            payments[i].allocations.push((r.get(1)?, amount));
        }
    }
    Ok(payments)
}

pub fn by_id(tx: &Transaction, id: i64) -> Result<Payment> {
    let all = list(
        tx,
        Some(
            tx.query_row("SELECT customer_id FROM payment WHERE id = ?1", [id], |r| {
                r.get(0)
            })?,
        ),
    )?;
    Ok(all.into_iter().find(|p| p.id == id).expect("payment just read"))
}

/// A payment's part not allocated to any invoice: customer credit.
#[derive(Debug, Clone, PartialEq)]
pub struct FreeCredit {
    pub payment_id: i64,
    pub customer_id: i64,
    pub date: NaiveDate,
    /// In the payment's currency.
    pub amount: Money,
    /// The payment's rate, when it is in another currency than the accounting one.
    pub rate: Option<ExchangeRate>,
}

impl FreeCredit {
    /// The credit in the accounting currency, at the payment's rate.
    pub fn in_accounting(&self) -> Money {
        self.rate.map_or(self.amount, |r| r.to_accounting(self.amount))
    }
}

/// The query of [`free_credit`]: for one customer it goes through the customer's index
/// (an `?1 IS NULL OR` filter would let SQLite read every payment by date instead, once
/// per customer reminded in a run).
pub(crate) fn free_credit_sql(one_customer: bool) -> String {
    let customer = if one_customer {
        "p.customer_id = ?1"
    } else {
        "?1 = ?1"
    };
    format!(
        "SELECT p.id, p.customer_id, p.date,
             p.amount_cents - COALESCE((SELECT SUM(a.amount_cents) FROM allocation a
                 WHERE a.payment_id = p.id AND (?3 IS NULL OR a.date <= ?3)), 0) AS free,
             COALESCE(p.currency, (SELECT currency FROM company)), (SELECT currency FROM company),
             p.exchange_rate
         FROM payment p
         WHERE {customer} AND p.date <= ?2 AND free > 0
         ORDER BY p.date, p.id"
    )
}

/// The credit each payment received on or before `received_by` still holds, counting
/// its allocations dated on or before `allocated_by` (all of them: None); oldest payment
/// first, of one customer or all.
pub fn free_credit(
    tx: &Transaction,
    customer_id: Option<i64>,
    received_by: NaiveDate,
    allocated_by: Option<NaiveDate>,
) -> Result<Vec<FreeCredit>> {
    let mut stmt = tx.prepare(&free_credit_sql(customer_id.is_some()))?;
    let rows = stmt
        .query_map(
            params![
                customer_id.unwrap_or(0),
                date_sql(received_by),
                allocated_by.map(date_sql)
            ],
            |r| {
                Ok(FreeCredit {
                    payment_id: r.get(0)?,
                    customer_id: r.get(1)?,
                    date: parse_stored_date(&r.get::<_, String>(2)?)?,
                    amount: Money::from_minor(r.get(3)?, r.get(4)?),
                    rate: stored_rate(r.get(4)?, r.get(5)?, r.get(6)?)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
