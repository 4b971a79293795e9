//! Reminders, holds and tasks (migration 2). The reminder table's UNIQUE(invoice_id, step)
//! is what makes a step happen at most once.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

pub use super::issued::{Converted, Issued, for_each_issued, for_each_issued_in};
pub use super::settlement::Reach;
use super::{date_sql, now_stamp, opt_date, parse_stored_date};
use crate::domain::dunning::{Channel, DoneSteps, ReminderStatus};
use crate::domain::hold::Hold;
use crate::domain::money::Money;
use crate::domain::reminder::{NewReminder, Reminder, Task, Uncertain};
use crate::error::{Result, invalid};

const REMINDER_COLUMNS: &str = "r.id, r.invoice_id, i.number, c.code, r.step, r.channel, r.status, r.date,
    r.balance_cents, r.days_late, r.interest_cents, r.recipient, r.error, r.attempts, r.manual, i.currency
  FROM reminder r JOIN invoice i ON i.id = r.invoice_id JOIN customer c ON c.id = i.customer_id";

fn reminder_row(r: &rusqlite::Row) -> rusqlite::Result<Reminder> {
    let currency = r.get(15)?;
    let channel: String = r.get(5)?;
    let status: String = r.get(6)?;
    Ok(Reminder {
        id: r.get(0)?,
        invoice_id: r.get(1)?,
        invoice_number: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
        customer_code: r.get(3)?,
        step: r.get(4)?,
        channel: Channel::parse(&channel).unwrap_or(Channel::Email),
        status: ReminderStatus::parse(&status).unwrap_or(ReminderStatus::Failed),
        date: parse_stored_date(&r.get::<_, String>(7)?)?,
        balance: Money::from_minor(r.get(8)?, currency),
        days_late: r.get(9)?,
        interest: Money::from_minor(r.get(10)?, currency),
        recipient: r.get(11)?,
        error: r.get(12)?,
        attempts: r.get(13)?,
        manual: r.get(14)?,
    })
}

/// What a run reads of the reminders of the invoices it plans: the (step, status) of
/// each of an invoice's reminders, oldest first, and the day of the latest one mailed
/// (mail or letter, sent) after its due date.
#[derive(Debug, Default)]
pub struct RemindersDone {
    pub steps: HashMap<i64, DoneSteps>,
    pub last_mailed: HashMap<i64, NaiveDate>,
}

/// The reminders of the invoices within `reach` that `wanted` keeps. The open invoices
/// (and the one invoice `Reach::Open` adds) are read from the settlement record's partial
/// index of those reminded (migration 028); every invoice from the reminders' index of
/// their steps and the record's index of the last mailings.
pub fn reminders_done(tx: &Transaction, reach: Reach, wanted: impl Fn(i64) -> bool) -> Result<RemindersDone> {
    let mut out = RemindersDone::default();
    if reach == Reach::All {
        let mut stmt = tx.prepare(STEPS_DONE_SQL)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let invoice_id: i64 = r.get(0)?;
            if wanted(invoice_id) {
                let status = ReminderStatus::parse(r.get_ref(2)?.as_str()?).unwrap_or(ReminderStatus::Failed);
                out.steps
                    .entry(invoice_id)
                    .or_default()
                    .push(r.get_ref(1)?.as_str()?, status);
            }
        }
        let mut stmt = tx.prepare(LAST_MAILED_SQL)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let invoice_id: i64 = r.get(0)?;
            if wanted(invoice_id) {
                out.last_mailed
                    .insert(invoice_id, super::scan::required_date(r.get_ref(1)?)?);
            }
        }
        return Ok(out);
    }
    let mut stmt = tx.prepare(&open_reminders_sql(reach))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(reach.params()))?;
    while let Some(r) = rows.next()? {
        let invoice_id: i64 = r.get(0)?;
        if !wanted(invoice_id) {
            continue;
        }
        if let Some(steps) = r.get(1)? {
            out.steps.insert(invoice_id, DoneSteps::listed(steps));
        }
        if let Some(day) = super::scan::stored_date(r.get_ref(2)?)? {
            out.last_mailed.insert(invoice_id, day);
        }
    }
    Ok(out)
}

/// Every invoice's reminders, each invoice's in the order they were made: from the
/// index of their steps alone (migration 027), never their rows.
pub(crate) const STEPS_DONE_SQL: &str =
    "SELECT r.invoice_id, r.step, r.status FROM reminder r INDEXED BY reminder_steps
     ORDER BY r.invoice_id, r.id";

/// Every invoice's last mailing, from the record's partial index of them (migration 027).
pub(crate) const LAST_MAILED_SQL: &str =
    "SELECT rec.invoice_id, rec.last_mailed_day FROM settlement rec INDEXED BY settlement_mailed
     WHERE rec.last_mailed_day IS NOT NULL";

/// The query of `reminders_done` for the open invoices of `reach` (not `Reach::All`):
/// their steps and last mailing as the record keeps them (migration 028), and, for
/// `Reach::Open`, those of the one invoice it adds (?1) when it is settled, its steps
/// from its reminders.
pub(crate) fn open_reminders_sql(reach: Reach) -> String {
    let open = "SELECT rec.invoice_id, rec.steps, rec.last_mailed_day FROM settlement rec
         INDEXED BY settlement_open_steps WHERE rec.settled_day IS NULL AND rec.steps IS NOT NULL";
    match reach {
        Reach::Chunk => format!("{open} AND rec.invoice_id IN ({})", super::plan_lines::CHUNK_IDS),
        // the record keeps no steps for a settled invoice: its reminders tell them
        Reach::Open { .. } | Reach::All => format!(
            "{open} UNION ALL SELECT rec.invoice_id, (SELECT group_concat(d.step || ':' || d.status, ',')
                 FROM (SELECT r.step, r.status FROM reminder r WHERE r.invoice_id = rec.invoice_id ORDER BY r.id) d),
                 rec.last_mailed_day
             FROM settlement rec WHERE rec.invoice_id = ?1 AND rec.settled_day IS NOT NULL"
        ),
    }
}

/// The dunning history, oldest first, optionally for one customer or invoice, handed
/// over reminder by reminder, none held (a ledger dunned every day holds three
/// reminders per invoice).
pub fn for_each_logged(
    tx: &Transaction,
    customer_id: Option<i64>,
    invoice_id: Option<i64>,
    mut visit: impl FnMut(Reminder) -> Result<()>,
) -> Result<()> {
    let (by_customer, by_invoice) = (
        super::and_equals("i.customer_id", 1, customer_id),
        super::and_equals("r.invoice_id", 2, invoice_id),
    );
    let mut stmt = tx.prepare(&format!(
        "SELECT {REMINDER_COLUMNS} WHERE 1 = 1{by_customer}{by_invoice} ORDER BY r.date, i.number, r.id"
    ))?;
    let mut rows = stmt.query(params![customer_id, invoice_id])?;
    while let Some(row) = rows.next()? {
        visit(reminder_row(row)?)?;
    }
    Ok(())
}

/// Records a step, or takes over its planned or failed record for a retry. Returns the
/// reminder id, or None when the step is already sent or skipped: the database, not
/// the caller's memory, decides.
pub fn record(tx: &Transaction, r: &NewReminder) -> Result<Option<i64>> {
    let now = now_stamp();
    // prepared once per connection: a first run on a large ledger records hundreds of
    // thousands of steps
    let id = tx
        .prepare_cached(
            "INSERT INTO reminder (invoice_id, step, channel, status, date, balance_cents, days_late,
                 interest_cents, recipient, manual, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
             ON CONFLICT (invoice_id, step) DO UPDATE SET status = excluded.status, date = excluded.date,
                 channel = excluded.channel, balance_cents = excluded.balance_cents,
                 days_late = excluded.days_late, interest_cents = excluded.interest_cents,
                 recipient = excluded.recipient, manual = excluded.manual, error = NULL,
                 updated_at = excluded.updated_at
             WHERE reminder.status IN ('planned', 'failed')
             RETURNING id",
        )?
        .query_row(
            params![
                r.invoice_id,
                r.step,
                r.channel.as_str(),
                r.status.as_str(),
                date_sql(r.date),
                r.balance.minor(),
                r.days_late,
                r.interest.minor(),
                r.recipient,
                r.manual,
                now
            ],
            |row| row.get(0),
        )
        .optional()?;
    Ok(id)
}

/// The mail is about to be handed to the server: committed before it leaves, so a run
/// that dies before knowing the outcome leaves the reminders `sending` (uncertain), never
/// `planned` (which the next run would send again).
pub fn mark_sending(tx: &Transaction, ids: &[i64], message_id: &str) -> Result<()> {
    let mut stmt = tx.prepare(
        "UPDATE reminder SET status = 'sending', message_id = ?2, updated_at = ?3
         WHERE id = ?1 AND status IN ('planned', 'failed')",
    )?;
    let now = now_stamp();
    for id in ids {
        stmt.execute(params![id, message_id, now])?;
    }
    Ok(())
}

/// The query of `uncertain`: through the partial index of unfinished reminders, whose
/// condition it names (SQLite otherwise reads every reminder of the ledger).
pub(crate) const UNCERTAIN_SQL: &str =
    "SELECT r.id, i.number, r.step, r.recipient FROM reminder r JOIN invoice i ON i.id = r.invoice_id
     WHERE r.status = 'sending' AND r.status IN ('planned', 'sending', 'failed') ORDER BY r.id";

/// Reminders a dead run left `sending`: the server may or may not have them.
pub fn uncertain(tx: &Transaction) -> Result<Vec<Uncertain>> {
    let mut stmt = tx.prepare(UNCERTAIN_SQL)?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Uncertain {
                id: r.get(0)?,
                invoice: r.get(1)?,
                step: r.get(2)?,
                recipient: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// `dunning resend ID`: an uncertain reminder is to be sent again by the next run.
pub fn resend(tx: &Transaction, id: i64) -> Result<()> {
    let status: Option<String> = tx
        .query_row("SELECT status FROM reminder WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    match status.as_deref() {
        None => invalid(crate::t!("ops-reminder-unknown", id = id)),
        Some("sending") => {
            tx.execute(
                "UPDATE reminder SET status = 'failed', error = 'resent on request after an uncertain send',
                     updated_at = ?2 WHERE id = ?1",
                params![id, now_stamp()],
            )?;
            Ok(())
        }
        Some(other) => invalid(crate::t!("ops-reminder-not-uncertain", id = id, status = other)),
    }
}

/// The server accepted the message: the reminders become sent (final).
pub fn mark_sent(tx: &Transaction, ids: &[i64], message_id: &str) -> Result<()> {
    let mut stmt = tx.prepare(
        "UPDATE reminder SET status = 'sent', message_id = ?2, error = NULL, attempts = attempts + 1,
             updated_at = ?3
         WHERE id = ?1 AND status IN ('planned', 'sending', 'failed')",
    )?;
    let now = now_stamp();
    for id in ids {
        stmt.execute(params![id, message_id, now])?;
    }
    Ok(())
}

/// The send failed: the reminders stay to be retried by the next run.
pub fn mark_failed(tx: &Transaction, ids: &[i64], error: &str) -> Result<()> {
    let mut stmt = tx.prepare(
        "UPDATE reminder SET status = 'failed', error = ?2, attempts = attempts + 1, updated_at = ?3
         WHERE id = ?1 AND status IN ('planned', 'sending', 'failed')",
    )?;
    let now = now_stamp();
    for id in ids {
        stmt.execute(params![id, error, now])?;
    }
    Ok(())
}

/// Holds not released, by invoice id (expired ones included: check `is_active`), of the
/// invoices within `reach`.
pub fn holds(tx: &Transaction, reach: Reach) -> Result<HashMap<i64, Hold>> {
    let mut stmt = tx.prepare(&holds_sql(reach))?;
    let mut out = HashMap::new();
    let mut rows = stmt.query(rusqlite::params_from_iter(reach.params()))?;
    while let Some(r) = rows.next()? {
        let hold = hold_of_row(r)?;
        out.insert(hold.invoice_id, hold);
    }
    Ok(out)
}

/// The hold of one invoice not released (expired or not: check `is_active`), found
/// through the index of active holds: `invoice show` on a large ledger.
pub fn hold_of(tx: &Transaction, invoice_id: i64) -> Result<Option<Hold>> {
    let mut stmt = tx.prepare_cached(HOLD_OF_SQL)?;
    let mut rows = stmt.query([invoice_id])?;
    Ok(match rows.next()? {
        Some(r) => Some(hold_of_row(r)?),
        None => None,
    })
}

/// The query of `hold_of` (at most one row: `invoice_hold_active` is unique).
pub(crate) const HOLD_OF_SQL: &str =
    "SELECT invoice_id, reason, since, until FROM invoice_hold WHERE invoice_id = ?1 AND released_on IS NULL";

fn hold_of_row(r: &rusqlite::Row) -> Result<Hold> {
    Ok(Hold {
        invoice_id: r.get(0)?,
        reason: r.get(1)?,
        since: parse_stored_date(&r.get::<_, String>(2)?)?,
        until: opt_date(r.get(3)?)?,
    })
}

/// The query of `holds`.
pub(crate) fn holds_sql(reach: Reach) -> String {
    let reach = reach.clause("invoice_id");
    format!("SELECT invoice_id, reason, since, until FROM invoice_hold WHERE released_on IS NULL{reach}")
}

/// Puts an invoice on hold from `since`, replacing a hold that is still recorded.
pub fn hold(
    tx: &Transaction,
    invoice_id: i64,
    reason: &str,
    since: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<()> {
    if until.is_some_and(|u| u < since) {
        return invalid(crate::t!(
            "ops-hold-until-past",
            until = until.map(date_sql).unwrap_or_default(),
            since = since.to_string()
        ));
    }
    tx.execute(
        "UPDATE invoice_hold SET released_on = ?2 WHERE invoice_id = ?1 AND released_on IS NULL",
        params![invoice_id, date_sql(since)],
    )?;
    tx.execute(
        "INSERT INTO invoice_hold (invoice_id, reason, since, until, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            invoice_id,
            reason,
            date_sql(since),
            until.map(date_sql),
            now_stamp()
        ],
    )?;
    Ok(())
}

/// Ends a hold. Returns false when there was none.
pub fn release(tx: &Transaction, invoice_id: i64, on: NaiveDate) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE invoice_hold SET released_on = ?2 WHERE invoice_id = ?1 AND released_on IS NULL",
        params![invoice_id, date_sql(on)],
    )?;
    Ok(changed > 0)
}

/// Creates the task of a step; None when that step's task exists already.
pub fn insert_task(
    tx: &Transaction,
    invoice_id: i64,
    step: &str,
    title: &str,
    due_on: NaiveDate,
) -> Result<Option<i64>> {
    let changed = tx
        .prepare_cached(
            "INSERT INTO task (invoice_id, step, title, due_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (invoice_id, step) DO NOTHING",
        )?
        .execute(params![invoice_id, step, title, date_sql(due_on), now_stamp()])?;
    Ok((changed == 1).then(|| tx.last_insert_rowid()))
}

/// Tasks, open ones first; done ones only with `all`.
pub fn tasks(tx: &Transaction, all: bool) -> Result<Vec<Task>> {
    let mut stmt = tx.prepare(
        "SELECT t.id, i.number, c.code, t.step, t.title, t.due_on, t.done_on, t.note
         FROM task t JOIN invoice i ON i.id = t.invoice_id JOIN customer c ON c.id = i.customer_id
         WHERE ?1 OR t.done_on IS NULL
         ORDER BY t.done_on IS NOT NULL, t.due_on, t.id",
    )?;
    let rows = stmt
        .query_map([all], |r| {
            Ok(Task {
                id: r.get(0)?,
                invoice_number: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                customer_code: r.get(2)?,
                step: r.get(3)?,
                title: r.get(4)?,
                due_on: parse_stored_date(&r.get::<_, String>(5)?)?,
                done_on: opt_date(r.get(6)?)?,
                note: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Marks a task done. Refuses an unknown or already done task.
pub fn task_done(tx: &Transaction, id: i64, on: NaiveDate, note: Option<&str>) -> Result<()> {
    let done: Option<Option<String>> = tx
        .query_row("SELECT done_on FROM task WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    match done {
        None => invalid(crate::t!("ops-task-unknown", id = id)),
        Some(Some(day)) => invalid(crate::t!("ops-task-already-done", id = id, day = day)),
        Some(None) => {
            tx.execute(
                "UPDATE task SET done_on = ?2, note = ?3 WHERE id = ?1",
                params![id, date_sql(on), note],
            )?;
            Ok(())
        }
    }
}

/// The invoices still open on `as_of` that were reminded after their due date by then:
/// what a standing and the split of a day ask (whether an overdue invoice is being
/// dunned), of one customer (`customer show`) or of all. Some settled after `as_of` may
/// be in it too. Only these: every reminded invoice of ten years is a set of millions.
pub fn reminded_open_after_due_of(
    tx: &Transaction,
    as_of: NaiveDate,
    customer: Option<i64>,
) -> Result<InvoiceIds> {
    let mut stmt = tx.prepare(&reminded_after_due_sql(customer.is_some()))?;
    let mut args: Vec<rusqlite::types::Value> = vec![super::settlement::day_number(as_of).into()];
    args.extend(customer.map(rusqlite::types::Value::from));
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args), |r| r.get(0))?
        .collect::<rusqlite::Result<InvoiceIds>>()?;
    Ok(ids)
}

/// A set of invoice ids held as a sorted list: 8 bytes each, where a hash set takes two
/// to three times that (half a million reminded open invoices at 10 M).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvoiceIds(Vec<i64>);

impl InvoiceIds {
    pub fn contains(&self, id: &i64) -> bool {
        self.0.binary_search(id).is_ok()
    }
}

impl FromIterator<i64> for InvoiceIds {
    fn from_iter<I: IntoIterator<Item = i64>>(ids: I) -> Self {
        let mut ids: Vec<i64> = ids.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        ids.shrink_to_fit();
        InvoiceIds(ids)
    }
}

/// The query of `reminded_open_after_due_of` on day `?1`: the day of each invoice's
/// first reminder sent after its due day, which the settlement record keeps (migration
/// 027), of the invoices not settled by then; from the record's partial index of them,
/// in two ranges (the open ones, those settled after the day), or one customer's (`?2`)
/// through its invoices' index.
pub(crate) fn reminded_after_due_sql(one_customer: bool) -> String {
    if one_customer {
        "SELECT s.invoice_id FROM invoice i CROSS JOIN settlement s ON s.invoice_id = i.id
         WHERE i.customer_id = ?2 AND s.reminded_day <= ?1 AND (s.settled_day IS NULL OR s.settled_day > ?1)"
            .into()
    } else {
        "SELECT s.invoice_id FROM settlement s WHERE s.settled_day IS NULL AND s.reminded_day <= ?1
         UNION ALL
         SELECT s.invoice_id FROM settlement s WHERE s.settled_day > ?1 AND s.reminded_day <= ?1"
            .into()
    }
}

#[cfg(test)]
mod tests;
