//! Customers.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{date_sql, now_stamp, parse_stored_date};
use crate::domain::customer::{BlockChange, Customer};
use crate::domain::customer::{CustomerKind, DunningProfile};
use crate::domain::money::{from_cents, to_cents};
use crate::domain::sepa::CollectMethod;

/// How a customer's or an invoice's payment method is stored: NULL for a transfer.
pub(crate) fn stored_method(m: CollectMethod) -> Option<&'static str> {
    match m {
        CollectMethod::Transfer => None,
        CollectMethod::DirectDebit => Some("direct_debit"),
    }
}
use crate::error::{Result, invalid};

const COLUMNS: &str = "id, code, name, kind, email, address, siren, vat_number, payment_terms_days,
    dunning_profile, language, blocked, blocked_reason, credit_limit, collect_method";

fn from_row(r: &Row) -> rusqlite::Result<Customer> {
    let kind: String = r.get(3)?;
    let profile: String = r.get(9)?;
    Ok(Customer {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kind: CustomerKind::parse(&kind).unwrap_or(CustomerKind::Business),
        email: r.get(4)?,
        address: r.get(5)?,
        siren: r.get(6)?,
        vat_number: r.get(7)?,
        payment_terms_days: r.get(8)?,
        dunning_profile: DunningProfile::parse(&profile).unwrap_or(DunningProfile::Standard),
        language: r.get(10)?,
        blocked: r.get(11)?,
        blocked_reason: r.get(12)?,
        credit_limit: r.get::<_, Option<i64>>(13)?.map(from_cents),
        collect_method: match r.get::<_, Option<String>>(14)?.as_deref() {
            Some("direct_debit") => CollectMethod::DirectDebit,
            _ => CollectMethod::Transfer,
        },
    })
}

pub fn code_taken(tx: &Transaction, code: &str) -> Result<bool> {
    Ok(tx
        .query_row("SELECT 1 FROM customer WHERE code = ?1", [code], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The codes that start with `prefix`, through the code's index (codes are ASCII below `~`).
pub fn codes_starting_with(tx: &Transaction, prefix: &str) -> Result<std::collections::HashSet<String>> {
    let mut stmt = tx.prepare("SELECT code FROM customer WHERE code >= ?1 AND code < ?1 || '~'")?;
    let codes = stmt
        .query_map([prefix], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(codes)
}

/// Inserts a customer; `c.id` is ignored. Returns the new id.
pub fn insert(tx: &Transaction, c: &Customer) -> Result<i64> {
    if code_taken(tx, &c.code)? {
        return invalid(crate::t!("ops-customer-code-used", code = c.code.as_str()));
    }
    tx.execute(
        "INSERT INTO customer (code, name, kind, email, address, siren, vat_number, payment_terms_days,
             dunning_profile, language, blocked, blocked_reason, created_at, credit_limit, collect_method)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            c.code,
            c.name,
            c.kind.as_str(),
            c.email,
            c.address,
            c.siren,
            c.vat_number,
            c.payment_terms_days,
            c.dunning_profile.as_str(),
            c.language,
            c.blocked,
            c.blocked_reason,
            now_stamp(),
            c.credit_limit.map(to_cents),
            stored_method(c.collect_method)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn update(tx: &Transaction, c: &Customer) -> Result<()> {
    tx.execute(
        "UPDATE customer SET name = ?2, kind = ?3, email = ?4, address = ?5, siren = ?6, vat_number = ?7,
             payment_terms_days = ?8, dunning_profile = ?9, language = ?10, blocked = ?11, blocked_reason = ?12,
             credit_limit = ?13, collect_method = ?14
         WHERE id = ?1",
        params![
            c.id, c.name, c.kind.as_str(), c.email, c.address, c.siren, c.vat_number, c.payment_terms_days,
            c.dunning_profile.as_str(), c.language, c.blocked, c.blocked_reason, c.credit_limit.map(to_cents),
            stored_method(c.collect_method)
        ],
    )?;
    Ok(())
}

/// Finds a customer by code (case-insensitive).
pub fn by_code(tx: &Transaction, code: &str) -> Result<Customer> {
    let found = tx.query_row(&by_code_sql(), [code.trim()], from_row).optional()?;
    match found {
        Some(c) => Ok(c),
        None => invalid(crate::t!("ops-customer-unknown", code = code)),
    }
}

pub fn by_id(tx: &Transaction, id: i64) -> Result<Customer> {
    Ok(tx.query_row(
        &format!("SELECT {COLUMNS} FROM customer WHERE id = ?1"),
        [id],
        from_row,
    )?)
}

pub fn all(tx: &Transaction) -> Result<Vec<Customer>> {
    let mut stmt = tx.prepare(&format!("SELECT {COLUMNS} FROM customer ORDER BY code"))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every customer by code, brief: its id, code, name and whether it is blocked, the rest
/// left as `Customer::new` has it (what a standing shown in a list of payers needs: the
/// dashboard's, of 100 000 customers at ten million invoices).
pub fn all_brief(tx: &Transaction) -> Result<Vec<Customer>> {
    let mut stmt = tx.prepare("SELECT id, code, name, blocked FROM customer ORDER BY code")?;
    let rows = stmt
        .query_map([], |r| {
            let (code, name): (String, String) = (r.get(1)?, r.get(2)?);
            Ok(Customer {
                id: r.get(0)?,
                blocked: r.get(3)?,
                language: String::new(),
                ..Customer::new(&code, &name)
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The customers whose ids run from `first` to `last`, by id.
pub fn with_ids(tx: &Transaction, first: i64, last: i64) -> Result<Vec<Customer>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM customer WHERE id BETWEEN ?1 AND ?2"
    ))?;
    let rows = stmt
        .query_map([first, last], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The case-blind lookup by code, served by its own index.
pub(crate) fn by_code_sql() -> String {
    format!("SELECT {COLUMNS} FROM customer WHERE code = ?1 COLLATE NOCASE")
}

/// Records that a customer was blocked or unblocked (the audit log's trigger logs it).
pub fn record_block(tx: &Transaction, customer_id: i64, change: &BlockChange) -> Result<()> {
    tx.execute(
        "INSERT INTO customer_block (customer_id, date, blocked, automatic, reason, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            customer_id,
            date_sql(change.date),
            change.blocked,
            change.automatic,
            change.reason,
            now_stamp()
        ],
    )?;
    Ok(())
}

/// Every time the customer was blocked or unblocked, in the order it happened.
pub fn block_changes(tx: &Transaction, customer_id: i64) -> Result<Vec<BlockChange>> {
    let mut stmt = tx.prepare(
        "SELECT date, blocked, automatic, reason FROM customer_block WHERE customer_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([customer_id], |r| {
            Ok(BlockChange {
                date: parse_stored_date(&r.get::<_, String>(0)?)?,
                blocked: r.get(1)?,
                automatic: r.get(2)?,
                reason: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
