//! Archived PDFs and the record of every mail that carried a document.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{date_sql, now_stamp};
use crate::domain::archive::{Archived, Send, Subject};
use crate::error::Result;

pub fn archived(tx: &Transaction, invoice_id: i64) -> Result<Option<Archived>> {
    Ok(tx
        .query_row(
            "SELECT file, sha256, size FROM document_archive WHERE invoice_id = ?1",
            [invoice_id],
            |r| {
                Ok(Archived {
                    file: r.get(0)?,
                    sha256: r.get(1)?,
                    size: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// Records the archive of an invoice; false when it already had one.
pub fn insert_archive(tx: &Transaction, invoice_id: i64, a: &Archived) -> Result<bool> {
    let added = tx.execute(
        "INSERT INTO document_archive (invoice_id, file, sha256, size, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (invoice_id) DO NOTHING",
        params![invoice_id, a.file, a.sha256, a.size, now_stamp()],
    )?;
    Ok(added == 1)
}

pub fn record_send(tx: &Transaction, subject: Subject, s: &Send) -> Result<i64> {
    let (invoice, offer) = match subject {
        Subject::Invoice(id) => (Some(id), None),
        Subject::Offer(id) => (None, Some(id)),
    };
    tx.execute(
        "INSERT INTO document_send (invoice_id, offer_id, sent_on, sent_at, recipient, message_id, sha256, transport)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            invoice,
            offer,
            date_sql(s.sent_on),
            s.sent_at,
            s.recipient,
            s.message_id,
            s.sha256,
            s.transport
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// How many times a document was sent: numbers each mail's message id.
pub fn send_count(tx: &Transaction, subject: Subject) -> Result<i64> {
    let (sql, id) = match subject {
        Subject::Invoice(id) => ("SELECT count(*) FROM document_send WHERE invoice_id = ?1", id),
        Subject::Offer(id) => ("SELECT count(*) FROM document_send WHERE offer_id = ?1", id),
    };
    Ok(tx.query_row(sql, [id], |r| r.get(0))?)
}

/// The ids of the issued invoices and credit notes that have no archived PDF yet, oldest
/// first; with `since`, only those issued on or after that day.
pub fn unarchived(tx: &Transaction, since: Option<NaiveDate>) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare(
        "SELECT i.id FROM invoice i WHERE i.number IS NOT NULL
           AND (?1 IS NULL OR i.issue_date >= ?1)
           AND NOT EXISTS (SELECT 1 FROM document_archive a WHERE a.invoice_id = i.id)
         ORDER BY i.issue_date, i.id",
    )?;
    let ids = stmt
        .query_map([since.map(date_sql)], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}
