//! Scheduled sends of invoices (`invoice send --at`), claimed one by one by the daily run.

use chrono::NaiveDate;
use rusqlite::{Transaction, params};

use super::{date_sql, now_stamp, parse_stored_date};
use crate::error::{Result, invalid};

/// Records a send of `invoice_id` on `due_on`; refused when one is already waiting.
pub fn insert(tx: &Transaction, invoice_id: i64, label: &str, due_on: NaiveDate) -> Result<()> {
    let pending: Option<String> = tx
        .query_row(
            "SELECT due_on FROM scheduled_send WHERE invoice_id = ?1 AND state IN ('scheduled', 'failed')",
            [invoice_id],
            |r| r.get(0),
        )
        .ok();
    if let Some(day) = pending {
        return invalid(format!(
            "{label} is already scheduled to be sent on {day}: it is sent once"
        ));
    }
    tx.execute(
        "INSERT INTO scheduled_send (invoice_id, due_on, created_at) VALUES (?1, ?2, ?3)",
        params![invoice_id, date_sql(due_on), now_stamp()],
    )?;
    Ok(())
}

/// The sends due on `as_of` (scheduled, or failed before): (row id, invoice id).
pub fn due(tx: &Transaction, as_of: NaiveDate) -> Result<Vec<(i64, i64)>> {
    let mut stmt = tx.prepare(
        "SELECT id, invoice_id FROM scheduled_send WHERE state IN ('scheduled', 'failed') AND due_on <= ?1
         ORDER BY due_on, id",
    )?;
    let rows = stmt
        .query_map([date_sql(as_of)], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Takes a due send for this run: false when another run took it first.
pub fn claim(tx: &Transaction, id: i64) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE scheduled_send SET state = 'sending' WHERE id = ?1 AND state IN ('scheduled', 'failed')",
        [id],
    )?;
    Ok(changed == 1)
}

/// Records how a claimed send ended: sent, or failed with the reason.
pub fn finish(tx: &Transaction, id: i64, day: NaiveDate, error: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE scheduled_send SET state = ?2, done_on = ?3, error = ?4 WHERE id = ?1",
        params![
            id,
            if error.is_some() { "failed" } else { "sent" },
            date_sql(day),
            error
        ],
    )?;
    Ok(())
}

/// The scheduled sends of an invoice: (due day, state, day done, error).
pub fn of_invoice(tx: &Transaction, invoice_id: i64) -> Result<Vec<(NaiveDate, String, Option<String>)>> {
    let mut stmt =
        tx.prepare("SELECT due_on, state, error FROM scheduled_send WHERE invoice_id = ?1 ORDER BY id")?;
    let rows = stmt
        .query_map([invoice_id], |r| {
            Ok((
                parse_stored_date(&r.get::<_, String>(0)?)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
