//! Bank lines, each stored once, and what the matcher reads: open credits, open
//! invoices with their balances, customers with the IBANs they pay from.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{date_sql, now_stamp, parse_stored_date};
use crate::domain::bank::{BankFormat, BankLine, StoredLine};
use crate::domain::matching::{OpenInvoice, Payer, Rule};
use crate::domain::money::{from_cents, to_cents};
use crate::error::Result;

/// Stores a line unless its key is known; true when it is new.
pub fn insert_line(
    tx: &Transaction,
    key: &str,
    account: &str,
    line: &BankLine,
    source: BankFormat,
) -> Result<bool> {
    let added = tx.execute(
        "INSERT INTO bank_line (key, account, date, amount_cents, currency, text, counterparty,
             counterparty_iban, bank_id, source, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (key) DO NOTHING",
        params![
            key,
            account,
            date_sql(line.date),
            to_cents(line.amount),
            line.currency,
            line.text,
            line.counterparty,
            line.counterparty_iban,
            line.bank_id,
            source.as_str(),
            now_stamp()
        ],
    )?;
    Ok(added == 1)
}

fn line_from(r: &Row) -> rusqlite::Result<StoredLine> {
    Ok(StoredLine {
        id: r.get(0)?,
        date: parse_stored_date(&r.get::<_, String>(1)?)?,
        amount: from_cents(r.get(2)?),
        currency: r.get(3)?,
        text: r.get(4)?,
        counterparty: r.get(5)?,
        counterparty_iban: r.get(6)?,
        account: r.get(7)?,
        source: r.get(8)?,
    })
}

/// The id and number of the invoice (not credit note) numbered `number`, in any case.
pub fn invoice_numbered(tx: &Transaction, number: &str) -> Result<Option<(i64, String)>> {
    Ok(tx
        .query_row(
            "SELECT id, number FROM invoice WHERE number = ?1 COLLATE NOCASE AND kind = 'invoice'",
            [number],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// The lines of these ids.
pub fn lines_by_id(tx: &Transaction, ids: &[i64]) -> Result<Vec<StoredLine>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, date, amount_cents, currency, text, counterparty, counterparty_iban, account, source
         FROM bank_line WHERE id = ?1",
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.push(stmt.query_row([id], line_from)?);
    }
    Ok(out)
}

/// Credits not matched yet, oldest first.
pub fn unmatched_credits(tx: &Transaction) -> Result<Vec<StoredLine>> {
    let mut stmt = tx.prepare(
        "SELECT id, date, amount_cents, currency, text, counterparty, counterparty_iban, account, source
         FROM bank_line WHERE payment_id IS NULL AND amount_cents > 0 ORDER BY date, id",
    )?;
    let rows = stmt
        .query_map([], line_from)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Issued invoices with money still due, with their balance. Balances are summed in SQL
/// (total − allocations − credit notes − write-off), the same arithmetic as
/// `domain::status`, so the matcher never loads whole invoices of a large ledger. Only
/// invoices in the accounting currency: a bank credit never settles one in another.
pub fn open_invoices(tx: &Transaction) -> Result<Vec<OpenInvoice>> {
    let mut stmt = tx.prepare(
        "SELECT i.id, i.number, i.customer_id, i.issue_date, i.due_date,
             i.total_cents - COALESCE(a.paid, 0) - COALESCE(cn.credited, 0) AS balance
         FROM invoice i
         LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM allocation GROUP BY invoice_id) a
             ON a.invoice_id = i.id
         LEFT JOIN (SELECT credited_invoice_id, SUM(total_cents) AS credited FROM invoice
                    WHERE kind = 'credit_note' AND number IS NOT NULL GROUP BY credited_invoice_id) cn
             ON cn.credited_invoice_id = i.id
         WHERE i.kind = 'invoice' AND i.number IS NOT NULL AND i.written_off_on IS NULL AND balance > 0
             AND i.exchange_rate IS NULL
         ORDER BY i.due_date, i.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(OpenInvoice {
                id: r.get(0)?,
                number: r.get(1)?,
                customer_id: r.get(2)?,
                issue_date: parse_stored_date(&r.get::<_, String>(3)?)?,
                due_date: parse_stored_date(&r.get::<_, String>(4)?)?,
                balance: from_cents(r.get(5)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every customer with the IBANs known to be theirs.
pub fn payers(tx: &Transaction) -> Result<Vec<Payer>> {
    let mut stmt = tx.prepare(
        "SELECT c.id, c.code, c.name, GROUP_CONCAT(b.iban, ' ') FROM customer c
         LEFT JOIN customer_iban b ON b.customer_id = c.id GROUP BY c.id ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Payer {
                customer_id: r.get(0)?,
                code: r.get(1)?,
                name: r.get(2)?,
                ibans: r
                    .get::<_, Option<String>>(3)?
                    .map(|s| s.split(' ').map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Records that a line became a payment, by which rule, on which day.
pub fn mark_matched(
    tx: &Transaction,
    line_id: i64,
    payment_id: i64,
    rule: Rule,
    on: NaiveDate,
) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE bank_line SET payment_id = ?2, rule = ?3, matched_on = ?4 WHERE id = ?1 AND payment_id IS NULL",
        params![line_id, payment_id, rule.as_str(), date_sql(on)],
    )?;
    Ok(changed == 1)
}

/// How many lines the ledger holds, matched and not.
pub fn counts(tx: &Transaction) -> Result<(i64, i64)> {
    Ok(tx.query_row(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE payment_id IS NULL AND amount_cents > 0) FROM bank_line",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}
