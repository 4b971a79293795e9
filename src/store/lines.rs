//! Lines shared by quotes, invoices, subscriptions and delivery notes: same columns in
//! `offer_line`, `invoice_line`, `recurring_line` and `delivery_line`.

use rusqlite::{Transaction, params};

use super::parse_stored_decimal;
use crate::domain::discount::Discount;
use crate::domain::document::{Line, LineKind};
use crate::domain::money::{from_cents, to_cents};
use crate::error::Result;

/// The two line tables and the column naming their document.
#[derive(Clone, Copy)]
pub enum LineTable {
    Offer,
    Invoice,
    Recurring,
    /// The lines a `recurring edit` sets from a day on.
    RecurringChange,
    Delivery,
}

impl LineTable {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            LineTable::Offer => ("offer_line", "offer_id"),
            LineTable::Invoice => ("invoice_line", "invoice_id"),
            LineTable::Recurring => ("recurring_line", "schedule_id"),
            LineTable::RecurringChange => ("recurring_change_line", "change_id"),
            LineTable::Delivery => ("delivery_line", "delivery_id"),
        }
    }
}

pub fn insert(tx: &Transaction, table: LineTable, doc_id: i64, lines: &[Line]) -> Result<()> {
    let (name, fk) = table.names();
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO {name} ({fk}, position, sku, designation, quantity, unit_price_cents, vat_rate, unit, kind, discount)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    ))?;
    for (i, l) in lines.iter().enumerate() {
        stmt.execute(params![
            doc_id,
            i as i64 + 1,
            l.sku,
            l.designation,
            l.quantity.normalize().to_string(),
            to_cents(l.unit_price),
            l.vat_rate.normalize().to_string(),
            l.unit,
            l.kind.as_str(),
            l.discount.map(Discount::to_text)
        ])?;
    }
    Ok(())
}

pub fn delete(tx: &Transaction, table: LineTable, doc_id: i64) -> Result<()> {
    let (name, fk) = table.names();
    tx.execute(&format!("DELETE FROM {name} WHERE {fk} = ?1"), [doc_id])?;
    Ok(())
}

pub fn load(tx: &Transaction, table: LineTable, doc_id: i64) -> Result<Vec<Line>> {
    let (name, fk) = table.names();
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT sku, designation, quantity, unit_price_cents, vat_rate, unit, kind, discount FROM {name}
         WHERE {fk} = ?1 ORDER BY position"
    ))?;
    let rows = stmt
        .query_map([doc_id], |r| {
            let kind: String = r.get(6)?;
            Ok(Line {
                sku: r.get(0)?,
                designation: r.get(1)?,
                quantity: parse_stored_decimal(&r.get::<_, String>(2)?)?,
                unit_price: from_cents(r.get(3)?),
                vat_rate: parse_stored_decimal(&r.get::<_, String>(4)?)?,
                unit: r.get(5)?,
                kind: LineKind::parse(&kind).unwrap_or(LineKind::Service),
                discount: stored_discount(r.get(7)?)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A discount as stored ("10%" or "50"), read back.
pub fn stored_discount(text: Option<String>) -> rusqlite::Result<Option<Discount>> {
    text.map(|t| {
        Discount::parse("stored discount", &t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}
