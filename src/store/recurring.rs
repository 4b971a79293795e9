//! Subscriptions: schedules, their lines, revisions and pauses, and the period each
//! invoice was made for (UNIQUE per schedule and period).

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::lines::{self, LineTable};
use super::{date_sql, now_stamp, opt_date, parse_stored_date, parse_stored_decimal};
use crate::domain::document::Line;
use crate::domain::recurring::{
    Billed, Calendar, ChangeNote, EditedSchedule, Frequency, Indexation, LineChange, Pause, Schedule,
};
use crate::error::{Error, Result};

/// A schedule to save.
pub struct NewSchedule<'a> {
    pub customer_id: i64,
    pub calendar: &'a Calendar,
    pub lines: &'a [Line],
    pub indexations: &'a [Indexation],
    pub issue: bool,
    pub send: bool,
}

pub fn insert(tx: &Transaction, new: &NewSchedule) -> Result<i64> {
    let c = new.calendar;
    tx.execute(
        "INSERT INTO recurring_schedule (customer_id, every, start_date, day_of_month, end_date,
             period_count, issue, send, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            new.customer_id,
            c.every.as_str(),
            date_sql(c.start),
            c.day_of_month,
            c.end.map(date_sql),
            c.count,
            new.issue,
            new.send,
            now_stamp()
        ],
    )?;
    let id = tx.last_insert_rowid();
    lines::insert(tx, LineTable::Recurring, id, new.lines)?;
    let mut stmt =
        tx.prepare_cached("INSERT INTO recurring_index (schedule_id, rate, from_date) VALUES (?1, ?2, ?3)")?;
    for i in new.indexations {
        stmt.execute(params![id, i.rate.normalize().to_string(), date_sql(i.from)])?;
    }
    Ok(id)
}

/// Every schedule, oldest first.
pub fn all(tx: &Transaction) -> Result<Vec<Schedule>> {
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM recurring_schedule ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| by_id(tx, id)).collect()
}

/// One schedule with everything it holds; a missing id names the fix.
pub fn by_id(tx: &Transaction, id: i64) -> Result<Schedule> {
    let head = tx
        .query_row(
            "SELECT s.customer_id, c.code, s.every, s.start_date, s.day_of_month, s.end_date,
                    s.period_count, s.issue, s.send
             FROM recurring_schedule s JOIN customer c ON c.id = s.customer_id WHERE s.id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    parse_stored_date(&r.get::<_, String>(3)?)?,
                    r.get::<_, Option<u32>>(4)?,
                    opt_date(r.get(5)?)?,
                    r.get::<_, Option<u32>>(6)?,
                    r.get::<_, bool>(7)?,
                    r.get::<_, bool>(8)?,
                ))
            },
        )
        .optional()?;
    let Some((customer_id, customer_code, every, start, day_of_month, end, count, issue, send)) = head else {
        return Err(Error::not_found(crate::t!("ops-subscription-unknown", id = id)));
    };
    let every = Frequency::parse(&every)?;
    let indexations = tx
        .prepare_cached(
            "SELECT rate, from_date FROM recurring_index WHERE schedule_id = ?1 ORDER BY from_date, id",
        )?
        .query_map([id], |r| {
            Ok(Indexation {
                rate: parse_stored_decimal(&r.get::<_, String>(0)?)?,
                from: parse_stored_date(&r.get::<_, String>(1)?)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let pauses = tx
        .prepare_cached(
            "SELECT paused_on, resumed_on FROM recurring_pause WHERE schedule_id = ?1 ORDER BY paused_on, id",
        )?
        .query_map([id], |r| {
            Ok(Pause {
                from: parse_stored_date(&r.get::<_, String>(0)?)?,
                until: opt_date(r.get(1)?)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let billed = tx
        .prepare_cached(
            "SELECT r.period, r.period_start, r.invoice_id, i.number
             FROM recurring_invoice r LEFT JOIN invoice i ON i.id = r.invoice_id
             WHERE r.schedule_id = ?1 ORDER BY r.period",
        )?
        .query_map([id], |r| {
            Ok(Billed {
                index: r.get(0)?,
                start: parse_stored_date(&r.get::<_, String>(1)?)?,
                invoice_id: r.get(2)?,
                invoice_number: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let changes = tx
        .prepare_cached(
            "SELECT id, made_on, from_date, note FROM recurring_change WHERE schedule_id = ?1 ORDER BY id",
        )?
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                parse_stored_date(&r.get::<_, String>(1)?)?,
                opt_date(r.get(2)?)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut line_changes = Vec::new();
    let mut history = Vec::new();
    for (change_id, made_on, from, note) in changes {
        if let Some(from) = from {
            line_changes.push(LineChange {
                from,
                lines: lines::load(tx, LineTable::RecurringChange, change_id)?,
            });
        }
        history.push(ChangeNote { made_on, text: note });
    }
    // each change bills from its day until the next change's day; on the same day, the
    // one made last (the sort keeps the order made)
    line_changes.sort_by_key(|c| c.from);
    Ok(Schedule {
        id,
        customer_id,
        customer_code,
        calendar: Calendar {
            every,
            start,
            day_of_month,
            end,
            count,
        },
        lines: lines::load(tx, LineTable::Recurring, id)?,
        line_changes,
        history,
        indexations,
        pauses,
        issue,
        send,
        billed,
    })
}

/// Records that `period` of a schedule was billed by `invoice_id`. A second record of the
/// same period is refused by the database.
pub fn record_billed(
    tx: &Transaction,
    schedule_id: i64,
    period: u32,
    start: NaiveDate,
    invoice_id: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO recurring_invoice (schedule_id, period, period_start, invoice_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![schedule_id, period, date_sql(start), invoice_id, now_stamp()],
    )?;
    Ok(())
}

pub fn pause(tx: &Transaction, schedule_id: i64, from: NaiveDate) -> Result<()> {
    tx.execute(
        "INSERT INTO recurring_pause (schedule_id, paused_on) VALUES (?1, ?2)",
        params![schedule_id, date_sql(from)],
    )?;
    Ok(())
}

pub fn resume(tx: &Transaction, schedule_id: i64, on: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE recurring_pause SET resumed_on = ?2 WHERE schedule_id = ?1 AND resumed_on IS NULL",
        params![schedule_id, date_sql(on)],
    )?;
    Ok(())
}

/// Sets the last day a period may start on (and drops a count).
pub fn set_end(tx: &Transaction, schedule_id: i64, end: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE recurring_schedule SET end_date = ?2, period_count = NULL WHERE id = ?1",
        params![schedule_id, date_sql(end)],
    )?;
    Ok(())
}

/// Saves a checked `recurring edit`: the new calendar and flags, and its history line
/// (with the lines it sets from a day on).
pub fn save_edit(
    tx: &Transaction,
    schedule_id: i64,
    made_on: NaiveDate,
    edited: &EditedSchedule,
) -> Result<()> {
    let c = &edited.calendar;
    tx.execute(
        "UPDATE recurring_schedule SET day_of_month = ?2, end_date = ?3, period_count = ?4, issue = ?5, send = ?6
         WHERE id = ?1",
        params![
            schedule_id,
            c.day_of_month,
            c.end.map(date_sql),
            c.count,
            edited.issue,
            edited.send
        ],
    )?;
    tx.execute(
        "INSERT INTO recurring_change (schedule_id, made_on, from_date, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            schedule_id,
            date_sql(made_on),
            edited.lines.as_ref().map(|l| date_sql(l.from)),
            edited.note,
            now_stamp()
        ],
    )?;
    if let Some(change) = &edited.lines {
        let change_id = tx.last_insert_rowid();
        lines::insert(tx, LineTable::RecurringChange, change_id, &change.lines)?;
    }
    Ok(())
}
