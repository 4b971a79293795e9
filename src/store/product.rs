//! The catalogue.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::parse_stored_decimal;
use crate::domain::document::LineKind;
use crate::domain::money::{from_cents, to_cents};
use crate::domain::product::Product;
use crate::error::Result;

fn from_row(r: &Row) -> rusqlite::Result<Product> {
    let kind: String = r.get(6)?;
    Ok(Product {
        id: r.get(0)?,
        sku: r.get(1)?,
        name: r.get(2)?,
        unit_price: from_cents(r.get(3)?),
        vat_rate: parse_stored_decimal(&r.get::<_, String>(4)?)?,
        unit: r.get(5)?,
        kind: LineKind::parse(&kind).unwrap_or(LineKind::Service),
    })
}

const COLUMNS: &str = "id, sku, name, unit_price_cents, vat_rate, unit, kind";

pub fn insert(tx: &Transaction, p: &Product) -> Result<i64> {
    tx.execute(
        "INSERT INTO product (sku, name, unit_price_cents, vat_rate, unit, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![p.sku, p.name, to_cents(p.unit_price), p.vat_rate.normalize().to_string(), p.unit, p.kind.as_str()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn update(tx: &Transaction, p: &Product) -> Result<()> {
    tx.execute(
        "UPDATE product SET name = ?2, unit_price_cents = ?3, vat_rate = ?4, unit = ?5, kind = ?6 WHERE id = ?1",
        params![p.id, p.name, to_cents(p.unit_price), p.vat_rate.normalize().to_string(), p.unit, p.kind.as_str()],
    )?;
    Ok(())
}

pub fn find(tx: &Transaction, sku: &str) -> Result<Option<Product>> {
    Ok(tx.query_row(&by_sku_sql(), [sku.trim()], from_row).optional()?)
}

pub fn all(tx: &Transaction) -> Result<Vec<Product>> {
    let mut stmt = tx.prepare(&format!("SELECT {COLUMNS} FROM product ORDER BY sku"))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The case-blind lookup by SKU, served by its own index.
pub(crate) fn by_sku_sql() -> String {
    format!("SELECT {COLUMNS} FROM product WHERE sku = ?1 COLLATE NOCASE")
}
