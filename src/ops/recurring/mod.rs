//! Subscriptions: schedules that bill a customer every week, month, quarter or year.
//! `run` makes each period's invoice through the invoice operations (same totals,
//! numbering and checks as `invoice create --issue` and `invoice send`).

mod run;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use super::credit_control::check_not_blocked;
use super::invoice::resolve_lines;
use crate::domain::document::{LineSpec, compute_totals};
use crate::domain::recurring::{
    Calendar, Frequency, Indexation, LineChange, Schedule, ScheduleEdit, Subscription, next_period,
};
use crate::error::{Result, invalid};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::recurring as store;

/// How far ahead a listing looks for the next period.
const HORIZON: u32 = 100_000;

/// `recurring add`.
#[derive(Debug, Clone)]
pub struct NewSubscription {
    pub customer: String,
    pub every: Frequency,
    pub start: NaiveDate,
    pub day_of_month: Option<u32>,
    pub end: Option<NaiveDate>,
    pub count: Option<u32>,
    pub lines: Vec<LineSpec>,
    pub indexations: Vec<Indexation>,
    pub issue: bool,
    pub send: bool,
    pub force: bool,
}

/// `recurring edit`: None leaves a part as it is.
#[derive(Debug, Clone, Default)]
pub struct SubscriptionEdit {
    /// New lines, for the periods starting on or after `from`.
    pub lines: Vec<LineSpec>,
    /// Default: the edit's day.
    pub from: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub count: Option<u32>,
    pub day_of_month: Option<u32>,
    pub issue: Option<bool>,
    pub send: Option<bool>,
}

/// A schedule as listings show it on `as_of`.
fn subscription(tx: &Transaction, schedule: Schedule, as_of: NaiveDate) -> Result<Subscription> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, schedule.customer_id)?;
    let next = next_period(&schedule.calendar, &schedule.pauses, as_of, HORIZON);
    let priced_on = next
        .map(|p| p.start)
        .or(schedule.billed.last().map(|b| b.start))
        .unwrap_or(schedule.calendar.start);
    let lines = schedule.lines_on(priced_on);
    let amount = compute_totals(&lines, None, false, company.currency).total;
    Ok(Subscription {
        state: schedule.state(as_of),
        schedule,
        customer_name: customer.name,
        next,
        amount,
    })
}

impl Ledger {
    /// Saves a new schedule; nothing is billed until `recurring run`.
    pub fn add_subscription(&mut self, new: &NewSubscription, as_of: NaiveDate) -> Result<Subscription> {
        let calendar = Calendar::new(new.every, new.start, new.day_of_month, new.end, new.count)?;
        if new.lines.is_empty() {
            return invalid(crate::t!("ops-subscription-needs-line"));
        }
        let mut indexations = new.indexations.clone();
        indexations.sort_by_key(|i| i.from);
        self.write(|tx| {
            let company = company::get(tx)?;
            let customer = customers::by_code(tx, &new.customer)?;
            check_not_blocked(&customer, new.force, "subscription")?;
            if new.send && customer.email.is_none() {
                return invalid(crate::t!(
                    "ops-subscription-send-no-email-new",
                    code = customer.code.as_str()
                ));
            }
            // catalogue lines take the catalogue's price today: the contract's price
            let lines = resolve_lines(tx, &company, &new.lines)?;
            let id = store::insert(
                tx,
                &store::NewSchedule {
                    customer_id: customer.id,
                    calendar: &calendar,
                    lines: &lines,
                    indexations: &indexations,
                    issue: new.issue || new.send,
                    send: new.send,
                },
            )?;
            subscription(tx, store::by_id(tx, id)?, as_of)
        })
    }

    /// Changes a subscription from a day on (lines, limit, flags, day of month); the
    /// periods already billed never change, and `recurring show` lists each edit.
    pub fn edit_subscription(
        &mut self,
        id: i64,
        edit: &SubscriptionEdit,
        as_of: NaiveDate,
    ) -> Result<Subscription> {
        if edit.from.is_some() && edit.lines.is_empty() {
            return invalid(crate::t!("ops-subscription-from-needs-line"));
        }
        self.write(|tx| {
            let s = store::by_id(tx, id)?;
            let lines = if edit.lines.is_empty() {
                None
            } else {
                let company = company::get(tx)?;
                Some(LineChange {
                    from: edit.from.unwrap_or(as_of),
                    lines: resolve_lines(tx, &company, &edit.lines)?,
                })
            };
            let edited = s.edit(ScheduleEdit {
                lines,
                end: edit.end,
                count: edit.count,
                day_of_month: edit.day_of_month,
                issue: edit.issue,
                send: edit.send,
            })?;
            if edited.send && !s.send {
                let customer = customers::by_id(tx, s.customer_id)?;
                if customer.email.is_none() {
                    return invalid(crate::t!(
                        "ops-subscription-send-no-email",
                        code = customer.code.as_str()
                    ));
                }
            }
            store::save_edit(tx, id, as_of, &edited)?;
            subscription(tx, store::by_id(tx, id)?, as_of)
        })
    }

    /// Every schedule as it stands on `as_of`.
    pub fn subscriptions(&mut self, as_of: NaiveDate) -> Result<Vec<Subscription>> {
        self.read(|tx| {
            store::all(tx)?
                .into_iter()
                .map(|s| subscription(tx, s, as_of))
                .collect()
        })
    }

    /// One schedule with its periods billed so far.
    pub fn subscription(&mut self, id: i64, as_of: NaiveDate) -> Result<Subscription> {
        self.read(|tx| subscription(tx, store::by_id(tx, id)?, as_of))
    }

    /// Stops billing from `as_of` on, until resumed: the periods in between are never billed.
    pub fn pause_subscription(&mut self, id: i64, as_of: NaiveDate) -> Result<Subscription> {
        self.write(|tx| {
            let s = store::by_id(tx, id)?;
            if let Some(p) = s.open_pause() {
                return invalid(crate::t!(
                    "ops-subscription-already-paused",
                    id = id,
                    since = p.from.to_string()
                ));
            }
            if let Some(last) = s.pauses.iter().filter_map(|p| p.until).max()
                && as_of < last
            {
                return invalid(crate::t!(
                    "ops-subscription-resumed-on",
                    id = id,
                    last = last.to_string()
                ));
            }
            store::pause(tx, id, as_of)?;
            subscription(tx, store::by_id(tx, id)?, as_of)
        })
    }

    /// Bills again from `as_of` on: the first period starting on or after it is billed.
    pub fn resume_subscription(&mut self, id: i64, as_of: NaiveDate) -> Result<Subscription> {
        self.write(|tx| {
            let s = store::by_id(tx, id)?;
            let Some(pause) = s.open_pause() else {
                return invalid(crate::t!("ops-subscription-not-paused", id = id));
            };
            if as_of < pause.from {
                return invalid(crate::t!(
                    "ops-subscription-resume-too-early",
                    id = id,
                    from = pause.from.to_string()
                ));
            }
            store::resume(tx, id, as_of)?;
            subscription(tx, store::by_id(tx, id)?, as_of)
        })
    }

    /// Ends a schedule: `on` is the last day a period may start.
    pub fn end_subscription(&mut self, id: i64, on: NaiveDate, as_of: NaiveDate) -> Result<Subscription> {
        self.write(|tx| {
            let s = store::by_id(tx, id)?;
            if let Some(b) = s.billed.iter().find(|b| b.start > on) {
                return invalid(crate::t!(
                    "ops-subscription-period-billed",
                    id = id,
                    start = b.start.to_string(),
                    invoice = b
                        .invoice_label()
                        .unwrap_or_else(|| crate::t!("ops-subscription-deleted-draft"))
                ));
            }
            if s.calendar.finished_after(on) {
                return invalid(crate::t!(
                    "ops-subscription-nothing-to-end",
                    id = id,
                    on = on.to_string()
                ));
            }
            Calendar::new(
                s.calendar.every,
                s.calendar.start,
                s.calendar.day_of_month,
                Some(on),
                None,
            )?;
            store::set_end(tx, id, on)?;
            subscription(tx, store::by_id(tx, id)?, as_of)
        })
    }
}
