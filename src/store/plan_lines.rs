//! The rows of `dunning plan`, kept in temporary tables (on file: `temp_store` is FILE)
//! rather than in memory: the open invoices of the customers planned at the moment, and
//! every planned row, read back by day and customer.

use rusqlite::Transaction;

use super::parse_stored_date;
use crate::domain::dunning::{Channel, PlanLine};
use crate::domain::money::Money;
use crate::error::Result;

/// The open invoices of the customers being planned, as a sub-select.
pub(crate) const CHUNK_IDS: &str = "SELECT invoice_id FROM temp.dunning_chunk";

/// Makes the table of the group being planned, and counts the open invoices of each
/// customer (through the record's index of them by customer: for a day it answers for).
/// Returns the groups of customers (first and last id) to plan one after the other,
/// each with about `per_group` open invoices at most (a customer is never split).
pub fn open_groups(tx: &Transaction, per_group: usize) -> Result<Vec<(i64, i64)>> {
    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.dunning_chunk;
         CREATE TEMP TABLE dunning_chunk (invoice_id INTEGER PRIMARY KEY);",
    )?;
    let mut stmt = tx.prepare(OPEN_BY_CUSTOMER_SQL)?;
    let mut rows = stmt.query([])?;
    let mut groups: Vec<(i64, i64)> = Vec::new();
    let mut in_last = 0usize;
    while let Some(r) = rows.next()? {
        let (customer, count): (i64, i64) = (r.get(0)?, r.get(1)?);
        match groups.last_mut() {
            Some(last) if in_last + count as usize <= per_group => last.1 = customer,
            _ => {
                groups.push((customer, customer));
                in_last = 0;
            }
        }
        in_last += count as usize;
    }
    Ok(groups)
}

/// How many open invoices each customer has, by customer id.
pub(crate) const OPEN_BY_CUSTOMER_SQL: &str = "SELECT customer_id, count(*) FROM settlement
     WHERE settled_day IS NULL GROUP BY customer_id ORDER BY customer_id";

/// The open invoices of the customers whose ids run from ?1 to ?2.
pub(crate) const OPEN_OF_CUSTOMERS_SQL: &str = "SELECT invoice_id FROM settlement
     WHERE settled_day IS NULL AND customer_id BETWEEN ?1 AND ?2";

/// Makes the table of planned rows, empty.
pub fn start(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.dunning_line;
         CREATE TEMP TABLE dunning_line (day TEXT, customer TEXT, invoice TEXT, step TEXT,
             channel TEXT, performs INTEGER, balance_cents INTEGER, currency TEXT, days_late INTEGER);",
    )?;
    Ok(())
}

/// Lists the open invoices of the customers from `first` to `last` (ids) as the ones
/// being planned ([`CHUNK_IDS`]).
pub fn choose(tx: &Transaction, first: i64, last: i64) -> Result<()> {
    tx.execute("DELETE FROM temp.dunning_chunk", [])?;
    tx.execute(
        &format!("INSERT INTO temp.dunning_chunk {OPEN_OF_CUSTOMERS_SQL}"),
        [first, last],
    )?;
    Ok(())
}

/// Keeps one planned row.
pub fn add(tx: &Transaction, line: &PlanLine) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO temp.dunning_line (day, customer, invoice, step, channel, performs,
             balance_cents, currency, days_late) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    stmt.execute(rusqlite::params![
        line.day.to_string(),
        line.customer,
        line.invoice,
        line.step,
        line.channel.as_str(),
        line.performs,
        line.balance.minor(),
        line.balance.currency(),
        line.days_late,
    ])?;
    Ok(())
}

/// The rows kept, by day, then customer code, then in the order each customer's were
/// kept (the order of a day's plan).
pub fn each(tx: &Transaction, mut visit: impl FnMut(&PlanLine)) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT day, customer, invoice, step, channel, performs, balance_cents, currency, days_late
         FROM temp.dunning_line ORDER BY day, customer, rowid",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let channel = r.get_ref(4)?.as_str()?;
        visit(&PlanLine {
            day: parse_stored_date(r.get_ref(0)?.as_str()?)?,
            customer: r.get(1)?,
            invoice: r.get(2)?,
            step: r.get(3)?,
            channel: Channel::parse(channel).unwrap_or(Channel::Email),
            performs: r.get(5)?,
            balance: Money::from_minor(r.get(6)?, r.get(7)?),
            days_late: r.get(8)?,
        });
    }
    Ok(())
}

/// Drops the temporary tables.
pub fn end(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.dunning_chunk;
         DROP TABLE IF EXISTS temp.dunning_line;",
    )?;
    Ok(())
}
