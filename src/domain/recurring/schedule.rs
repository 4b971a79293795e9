//! A stored schedule, its state on a day, and what a run reports.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Calendar, ChangeNote, Indexation, LineChange, Pause, Period, due_periods};
use crate::domain::document::Line;
use crate::domain::money::Money;

/// A period already billed, and the invoice made for it (None once a draft was deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Billed {
    pub index: u32,
    pub start: NaiveDate,
    pub invoice_id: Option<i64>,
    /// "FACT-2026-0003"; None for a draft.
    pub invoice_number: Option<String>,
}

impl Billed {
    /// The invoice's number, else "draft #12" ("brouillon n° 12" in French); None once
    /// the draft was deleted.
    pub fn invoice_label(&self) -> Option<String> {
        match (&self.invoice_number, self.invoice_id) {
            (Some(number), _) => Some(number.clone()),
            (None, Some(id)) => Some(crate::t!("views-invoice-draft", id = id)),
            (None, None) => None,
        }
    }
}

/// A subscription as stored: who, when, what, and what was billed so far.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub id: i64,
    pub customer_id: i64,
    pub customer_code: String,
    pub calendar: Calendar,
    /// The lines it started with.
    pub lines: Vec<Line>,
    /// Lines changed by `recurring edit`, each from a day on, oldest first.
    pub line_changes: Vec<LineChange>,
    /// Every `recurring edit`, oldest first.
    pub history: Vec<ChangeNote>,
    pub indexations: Vec<Indexation>,
    pub pauses: Vec<Pause>,
    /// Issue each invoice on its period's first day.
    pub issue: bool,
    /// Mail each invoice once issued.
    pub send: bool,
    pub billed: Vec<Billed>,
}

/// What a schedule is doing on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleState {
    Active,
    Paused,
    /// No period starts after the day and every period is billed.
    Ended,
}

impl ScheduleState {
    pub fn as_str(self) -> &'static str {
        match self {
            ScheduleState::Active => "active",
            ScheduleState::Paused => "paused",
            ScheduleState::Ended => "ended",
        }
    }
}

impl Schedule {
    /// The indices billed so far.
    pub fn billed_indices(&self) -> BTreeSet<u32> {
        self.billed.iter().map(|b| b.index).collect()
    }

    /// The periods to bill on `as_of`.
    pub fn due(&self, as_of: NaiveDate) -> Vec<Period> {
        due_periods(&self.calendar, &self.pauses, &self.billed_indices(), as_of)
    }

    /// The pause going on, if any.
    pub fn open_pause(&self) -> Option<&Pause> {
        self.pauses.iter().find(|p| p.until.is_none())
    }

    /// Its state on `as_of`.
    pub fn state(&self, as_of: NaiveDate) -> ScheduleState {
        if self.calendar.finished_after(as_of) && self.due(as_of).is_empty() {
            ScheduleState::Ended
        } else if self.open_pause().is_some_and(|p| p.from <= as_of) {
            ScheduleState::Paused
        } else {
            ScheduleState::Active
        }
    }
}

/// A schedule as listings show it on a day.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub schedule: Schedule,
    pub customer_name: String,
    pub state: ScheduleState,
    /// The next period to be billed after the day, if any.
    pub next: Option<Period>,
    /// Total including VAT of one period at the prices of the next period (else the last).
    pub amount: Money,
}

/// An invoice a run made (or, in a dry run, would make) for a period.
#[derive(Debug, Clone)]
pub struct PeriodInvoice {
    pub schedule_id: i64,
    pub customer_code: String,
    pub period: Period,
    /// "FACT-2026-0004", "draft #9"; empty in a dry run.
    pub invoice: String,
    pub total: Money,
    pub issued: bool,
    /// Why an invoice meant to be issued was left a draft.
    pub not_issued: Option<String>,
}

/// Periods a run left for later because the customer is blocked.
#[derive(Debug, Clone)]
pub struct BlockedPeriods {
    pub schedule_id: i64,
    pub customer_code: String,
    pub periods: Vec<Period>,
}

/// A period a run left for later because credit control refused its invoice: the
/// customer's credit limit or the score floor (`--force` bills it all the same).
#[derive(Debug, Clone)]
pub struct RefusedPeriod {
    pub schedule_id: i64,
    pub customer_code: String,
    pub period: Period,
    /// What was breached, with the figures.
    pub reason: String,
}

/// An invoice mailed by a run, or why it was not.
#[derive(Debug, Clone)]
pub struct PeriodSend {
    pub invoice: String,
    pub customer_code: String,
    pub error: Option<String>,
}

/// What `recurring run` did, or would do.
#[derive(Debug, Clone)]
pub struct RecurringReport {
    pub as_of: NaiveDate,
    pub dry_run: bool,
    pub invoices: Vec<PeriodInvoice>,
    pub blocked: Vec<BlockedPeriods>,
    pub refused: Vec<RefusedPeriod>,
    pub sends: Vec<PeriodSend>,
}

impl RecurringReport {
    /// Invoices left as drafts against the schedule's wish, plus mails not sent.
    pub fn failed(&self) -> usize {
        self.invoices.iter().filter(|i| i.not_issued.is_some()).count()
            + self.sends.iter().filter(|s| s.error.is_some()).count()
    }

    pub fn issued(&self) -> usize {
        self.invoices.iter().filter(|i| i.issued).count()
    }

    pub fn sent(&self) -> usize {
        self.sends.iter().filter(|s| s.error.is_none()).count()
    }

    pub fn blocked_periods(&self) -> usize {
        self.blocked.iter().map(|b| b.periods.len()).sum()
    }
}
