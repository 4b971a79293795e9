//! Delivery notes, numbered at creation and frozen by triggers; and `invoice_source`, which
//! records what each invoice bills (delivery notes and quotes, each at most once).

use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::lines::{self, LineTable};
use super::{date_sql, now_stamp, parse_stored_date};
use crate::domain::delivery::{DeliveryNote, LineGroup, SourceKind};
use crate::domain::document::Line;
use crate::domain::numbering::{check_chronology, format_number, next_sequence};
use crate::error::{Error, Result, invalid};

const HEADER: &str = "SELECT d.id, d.number, d.customer_id, c.code, d.customer_name, d.customer_address,
    d.date, d.notes,
    (SELECT COALESCE(i.number, '#' || i.id) FROM invoice_source s JOIN invoice i ON i.id = s.invoice_id
      WHERE s.delivery_id = d.id)
  FROM delivery_note d JOIN customer c ON c.id = d.customer_id";

fn from_row(r: &Row) -> rusqlite::Result<DeliveryNote> {
    Ok(DeliveryNote {
        id: r.get(0)?,
        number: r.get(1)?,
        customer_id: r.get(2)?,
        customer_code: r.get(3)?,
        customer_name: r.get(4)?,
        customer_address: r.get(5)?,
        date: parse_stored_date(&r.get::<_, String>(6)?)?,
        notes: r.get(7)?,
        invoice: r.get(8)?,
    })
}

/// Makes a delivery note with its lines: the next number of its series in the year of its
/// date (numbers follow dates), the customer's name and address as they are today.
pub fn insert(
    tx: &Transaction,
    customer_id: i64,
    series: &str,
    date: NaiveDate,
    notes: Option<&str>,
    lines: &[Line],
) -> Result<(i64, String)> {
    let last = tx
        .query_row(
            "SELECT seq, number, date FROM delivery_note WHERE series = ?1 AND year = ?2 ORDER BY seq DESC LIMIT 1",
            params![series, date.year()],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
        )
        .optional()?;
    let last = match last {
        Some((seq, number, day)) => Some((seq, number, parse_stored_date(&day)?)),
        None => None,
    };
    let seq = next_sequence(last.as_ref().map(|l| l.0));
    check_chronology(series, date, last.map(|(_, n, d)| (n, d)))?;
    let number = format_number(series, date, seq);
    tx.execute(
        "INSERT INTO delivery_note (number, series, year, seq, customer_id, date, customer_name,
             customer_address, notes, line_count, created_at)
         SELECT ?1, ?2, ?3, ?4, c.id, ?5, c.name, c.address, ?6, ?7, ?8 FROM customer c WHERE c.id = ?9",
        params![
            number,
            series,
            date.year(),
            seq,
            date_sql(date),
            notes,
            lines.len() as i64,
            now_stamp(),
            customer_id
        ],
    )?;
    let id = tx.last_insert_rowid();
    lines::insert(tx, LineTable::Delivery, id, lines)?;
    Ok((id, number))
}

/// A delivery note by its number (BL-2026-0001, any case).
pub fn find(tx: &Transaction, number: &str) -> Result<DeliveryNote> {
    super::find_by_number(tx, HEADER, "d.number", number.trim(), from_row)?.ok_or_else(|| {
        Error::NotFound(format!(
            "no delivery note `{}`: give its number (e.g. BL-2026-0001); see `creances delivery list`",
            number.trim()
        ))
    })
}

pub fn lines(tx: &Transaction, id: i64) -> Result<Vec<Line>> {
    lines::load(tx, LineTable::Delivery, id)
}

/// Delivery notes of one customer or all, by date then number; with `uninvoiced`, only
/// those no invoice bills yet; with `until`, only those dated on or before it.
pub fn list(
    tx: &Transaction,
    customer_id: Option<i64>,
    uninvoiced: bool,
    until: Option<NaiveDate>,
) -> Result<Vec<DeliveryNote>> {
    let mut sql = format!(
        "{HEADER} WHERE 1 = 1{}",
        super::and_equals("d.customer_id", 1, customer_id)
    );
    if uninvoiced {
        sql.push_str(" AND NOT EXISTS (SELECT 1 FROM invoice_source s WHERE s.delivery_id = d.id)");
    }
    sql.push_str(" AND (?2 IS NULL OR d.date <= ?2) ORDER BY d.date, d.series, d.seq");
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt
        .query_map(params![customer_id, until.map(date_sql)], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Records that `invoice_id` bills a delivery note or quote with its lines from `first`.
/// The database refuses a document billed twice, whatever runs at the same time.
pub fn link(tx: &Transaction, invoice_id: i64, group: &LineGroup, source_id: i64) -> Result<()> {
    let (delivery, offer) = match group.kind {
        SourceKind::Delivery => (Some(source_id), None),
        SourceKind::Quote => (None, Some(source_id)),
    };
    let done = tx.execute(
        "INSERT INTO invoice_source (invoice_id, delivery_id, offer_id, first_line, line_count)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            invoice_id,
            delivery,
            offer,
            group.first as i64,
            group.count as i64
        ],
    );
    match done {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation => {
            let by = billed_by(tx, group.kind, source_id)?.unwrap_or_default();
            invalid(format!(
                "{} is already invoiced by {}: a document is invoiced once",
                group.number,
                crate::domain::delivery::invoice_words(&by)
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// The invoice (number, or `#ID` for a draft) that bills a delivery note or quote; for a
/// quote, also one accepted into an invoice the old way (`invoice.offer_id`).
pub fn billed_by(tx: &Transaction, kind: SourceKind, source_id: i64) -> Result<Option<String>> {
    let sql = match kind {
        SourceKind::Delivery => {
            "SELECT COALESCE(i.number, '#' || i.id) FROM invoice_source s JOIN invoice i ON i.id = s.invoice_id
             WHERE s.delivery_id = ?1"
        }
        SourceKind::Quote => {
            "SELECT COALESCE(i.number, '#' || i.id) FROM invoice i
             WHERE i.offer_id = ?1 OR i.id IN (SELECT invoice_id FROM invoice_source WHERE offer_id = ?1)
             ORDER BY i.id LIMIT 1"
        }
    };
    Ok(tx.query_row(sql, [source_id], |r| r.get(0)).optional()?)
}

/// What an invoice bills, in the order of its lines: each delivery note or quote with its
/// number, date and lines.
pub fn groups(tx: &Transaction, invoice_id: i64) -> Result<Vec<LineGroup>> {
    let mut stmt = tx.prepare_cached(
        "SELECT s.delivery_id IS NOT NULL, COALESCE(d.number, o.number), COALESCE(d.date, o.issue_date),
                s.first_line, s.line_count
         FROM invoice_source s
         LEFT JOIN delivery_note d ON d.id = s.delivery_id
         LEFT JOIN offer o ON o.id = s.offer_id
         WHERE s.invoice_id = ?1 ORDER BY s.first_line, s.id",
    )?;
    let rows = stmt
        .query_map([invoice_id], |r| {
            Ok(LineGroup {
                kind: if r.get::<_, bool>(0)? {
                    SourceKind::Delivery
                } else {
                    SourceKind::Quote
                },
                number: r.get(1)?,
                date: parse_stored_date(&r.get::<_, String>(2)?)?,
                first: r.get::<_, i64>(3)? as usize,
                count: r.get::<_, i64>(4)? as usize,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
