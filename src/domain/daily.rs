//! `creances daily`: the runs a cron line performs each morning, in order, and what each did.

use serde::Serialize;

use super::dunning::RunReport;
use super::recurring::RecurringReport;
use super::reminder::Uncertain;

/// The parts of the daily run, in the order they run. Scheduled sends (`invoice send
/// --at`) come between the two: the invoices a subscription made are then sent before
/// the reminders look at them.
pub const PARTS: [DailyPart; 3] = [DailyPart::Recurring, DailyPart::Sends, DailyPart::Dunning];

/// One part of the daily run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DailyPart {
    Recurring,
    /// The invoices `invoice send --at` scheduled for the day (or before).
    Sends,
    Dunning,
}

impl DailyPart {
    /// The name stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            DailyPart::Recurring => "recurring",
            DailyPart::Sends => "sends",
            DailyPart::Dunning => "dunning",
        }
    }
}

/// What the scheduled sends did: the documents mailed, and those that failed with why
/// (tried again by the next run).
#[derive(Debug, Default)]
pub struct SendsReport {
    pub sent: Vec<String>,
    pub failed: Vec<(String, String)>,
}

/// What a part did.
#[derive(Debug)]
pub enum PartOutcome {
    /// A `daily` already did it that day.
    AlreadyDone,
    Recurring(RecurringReport),
    Sends(SendsReport),
    /// The run, and the reminders a dead run left uncertain.
    Dunning(RunReport, Vec<Uncertain>),
    /// It could not run: the message and the exit code its error gives alone.
    Refused {
        message: String,
        exit: u8,
    },
}

impl PartOutcome {
    /// The exit code the part gives on its own (`recurring run`, `dunning run`).
    pub fn exit(&self) -> u8 {
        match self {
            PartOutcome::AlreadyDone => 0,
            PartOutcome::Recurring(r) => u8::from(r.failed() > 0),
            PartOutcome::Sends(r) => u8::from(!r.failed.is_empty()),
            PartOutcome::Dunning(r, uncertain) => u8::from(r.failed() > 0 || !uncertain.is_empty()),
            PartOutcome::Refused { exit, .. } => *exit,
        }
    }

    /// Whether the part did everything it had to (then a later `daily` that day skips it).
    pub fn complete(&self) -> bool {
        !matches!(self, PartOutcome::Refused { .. }) && self.exit() == 0
    }
}

/// The daily run's parts, in order, with what each did.
#[derive(Debug)]
pub struct DailyReport {
    pub as_of: chrono::NaiveDate,
    pub parts: Vec<(DailyPart, PartOutcome)>,
}

impl DailyReport {
    /// The worst part's exit code: 3 locked, 2 bad input or config, 1 partly failed, 0 done.
    pub fn exit(&self) -> u8 {
        self.parts.iter().map(|(_, o)| o.exit()).max().unwrap_or(0)
    }
}
