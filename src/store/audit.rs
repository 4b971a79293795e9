//! The audit log's rows (migration 5): sealed before each write commits, read back by
//! `creances verify`.

use rusqlite::{OptionalExtension, Transaction};

use super::scan::text_at;
use crate::domain::audit::{AuditRow, chain_hash};
use crate::error::Result;

/// The last row on the chain: its id and hash.
pub(crate) const LAST_SEALED: &str =
    "SELECT id, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1";
/// The rows still off the chain after an id, in order: through the partial index of
/// unsealed rows, which holds only what this transaction logged.
pub(crate) const PENDING: &str =
    "SELECT id, at, event, subject, content FROM audit_log INDEXED BY audit_log_unsealed
     WHERE hash IS NULL AND id > ?1 ORDER BY id LIMIT 4096";
/// Puts one row on the chain.
pub(crate) const SEAL: &str = "UPDATE audit_log SET prev = ?2, hash = ?3 WHERE id = ?1";

/// Seals the rows the triggers appended in this transaction, in order, onto the chain.
pub fn seal_pending(tx: &Transaction) -> Result<()> {
    // rows are sealed in the order of their ids: the pending ones all come after the
    // last sealed one, and the search starts there (from the first id, it stepped over
    // every sealed row of the log in each write: seconds on a ten-year ledger)
    let (mut after, mut last): (i64, Option<String>) = tx
        .query_row(LAST_SEALED, [], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((0, None));
    // a few thousand rows at a time: a bulk load leaves millions of rows to seal
    let mut select = tx.prepare(PENDING)?;
    let mut update = tx.prepare(SEAL)?;
    loop {
        let pending: Vec<AuditRow> = select.query_map([after], row)?.collect::<rusqlite::Result<_>>()?;
        let Some(end) = pending.last().map(|r| r.id) else {
            return Ok(());
        };
        for r in &pending {
            let hash = chain_hash(last.as_deref(), r);
            update.execute(rusqlite::params![r.id, last, hash])?;
            last = Some(hash);
        }
        after = end;
    }
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        event: r.get(2)?,
        subject: r.get(3)?,
        content: r.get(4)?,
    })
}

/// Hands `visit` every row of the log with its stored `prev` and `hash`, in order.
pub fn walk_chain(
    tx: &Transaction,
    mut visit: impl FnMut(&AuditRow, Option<&str>, Option<&str>),
) -> Result<()> {
    let mut stmt =
        tx.prepare("SELECT id, at, event, subject, content, prev, hash FROM audit_log ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        visit(&row(r)?, text_at(r.get_ref(5)?)?, text_at(r.get_ref(6)?)?);
    }
    Ok(())
}

/// The facts the log vouches for (issued invoices, write-offs, payments, allocations)
/// that differ from the log's latest row about them, computed the way the triggers wrote
/// them, in the ledger's order: (subject, event, content now, content the log recorded).
/// A fact added outside has no recorded content; one removed has no content now (those
/// come last, by subject). Compared by SQLite, so that no side is held in memory.
pub fn facts_not_as_logged(
    tx: &Transaction,
    mut visit: impl FnMut(&str, &str, Option<&str>, Option<&str>),
) -> Result<()> {
    let sql = "
        WITH facts(subject, event, content) AS (
            SELECT 'invoice:' || id, 'issue', json_object('number', number, 'kind', kind, 'customer_id', customer_id,
                   'issue_date', issue_date, 'due_date', due_date, 'total_cents', total_cents,
                   'total_vat_cents', total_vat_cents)
            FROM invoice WHERE number IS NOT NULL
            UNION ALL
            SELECT 'invoice:' || id, 'write_off', json_object('written_off_on', written_off_on,
                   'write_off_cents', write_off_cents)
            FROM invoice WHERE written_off_on IS NOT NULL
            UNION ALL
            SELECT 'payment:' || id, 'payment', json_object('customer_id', customer_id, 'date', date,
                   'amount_cents', amount_cents, 'method', method)
            FROM payment
            UNION ALL
            SELECT 'allocation:' || id, 'allocation', json_object('payment_id', payment_id,
                   'invoice_id', invoice_id, 'date', date, 'amount_cents', amount_cents)
            FROM allocation),
        logged(subject, event, content) AS MATERIALIZED (
            SELECT l.subject, l.event, l.content FROM audit_log l
            WHERE l.event IN ('issue', 'write_off', 'payment', 'allocation')
              AND NOT EXISTS (SELECT 1 FROM audit_log n
                              WHERE n.subject = l.subject AND n.event = l.event AND n.id > l.id))
        SELECT f.subject, f.event, f.content, g.content
        FROM facts f LEFT JOIN logged g ON g.subject = f.subject AND g.event = f.event
        WHERE f.content IS NOT g.content
        UNION ALL
        SELECT * FROM (
            SELECT g.subject, g.event, NULL, g.content FROM logged g
            WHERE (g.subject, g.event) IN (SELECT subject, event FROM logged EXCEPT SELECT subject, event FROM facts)
            ORDER BY g.subject, g.event)";
    let mut stmt = tx.prepare(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        visit(
            r.get_ref(0)?.as_str()?,
            r.get_ref(1)?.as_str()?,
            text_at(r.get_ref(2)?)?,
            text_at(r.get_ref(3)?)?,
        );
    }
    Ok(())
}

/// The archived documents: (invoice number, file name, SHA-256 recorded at archiving).
pub fn archives(tx: &Transaction) -> Result<Vec<(String, String, String)>> {
    let mut stmt = tx.prepare(
        "SELECT coalesce(i.number, '#' || i.id), a.file, a.sha256
         FROM document_archive a JOIN invoice i ON i.id = a.invoice_id ORDER BY a.id",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The latest closing day, if a period was closed.
pub fn closed_until(tx: &Transaction) -> Result<Option<chrono::NaiveDate>> {
    let day: Option<String> = tx.query_row("SELECT max(until) FROM period_close", [], |r| r.get(0))?;
    Ok(day.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
}

/// Closes the books up to `until` (inclusive), decided on `on`.
pub fn close_period(tx: &Transaction, until: chrono::NaiveDate, on: chrono::NaiveDate) -> Result<()> {
    tx.execute(
        "INSERT INTO period_close (until, closed_on, created_at) VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        rusqlite::params![until.to_string(), on.to_string()],
    )?;
    Ok(())
}

/// Brings the facts that have no row in the log yet (a ledger older than the log, or one
/// the synthetic generator filled with its triggers off) into it, as they stand.
pub fn adopt_existing(tx: &Transaction) -> Result<()> {
    tx.execute_batch(ADOPT)?;
    Ok(())
}

const ADOPT: &str = "
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'issue', 'invoice:' || id,
       json_object('number', number, 'kind', kind, 'customer_id', customer_id,
                   'issue_date', issue_date, 'due_date', due_date,
                   'total_cents', total_cents, 'total_vat_cents', total_vat_cents)
FROM invoice WHERE number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'invoice:' || invoice.id AND l.event = 'issue') ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'write_off', 'invoice:' || id,
       json_object('written_off_on', written_off_on, 'write_off_cents', write_off_cents)
FROM invoice WHERE written_off_on IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'invoice:' || invoice.id AND l.event = 'write_off') ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'payment', 'payment:' || id,
       json_object('customer_id', customer_id, 'date', date, 'amount_cents', amount_cents, 'method', method)
FROM payment WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'payment:' || payment.id) ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'allocation', 'allocation:' || id,
       json_object('payment_id', payment_id, 'invoice_id', invoice_id, 'date', date, 'amount_cents', amount_cents)
FROM allocation WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'allocation:' || allocation.id) ORDER BY id;
";
