//! The parts of `creances daily` done on each day.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{date_sql, now_stamp};
use crate::error::Result;

pub fn is_done(tx: &Transaction, day: NaiveDate, part: &str) -> Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM daily_run WHERE day = ?1 AND part = ?2",
            params![date_sql(day), part],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub fn mark_done(tx: &Transaction, day: NaiveDate, part: &str) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO daily_run (day, part, finished_at) VALUES (?1, ?2, ?3)",
        params![date_sql(day), part, now_stamp()],
    )?;
    Ok(())
}
