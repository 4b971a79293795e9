//! What the dunning run records: one reminder per (invoice, step), and the owner's tasks.

use super::money::Money;
use chrono::NaiveDate;

use super::dunning::{Channel, ReminderStatus};

/// One recorded (invoice, step).
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub id: i64,
    pub invoice_id: i64,
    pub invoice_number: String,
    pub customer_code: String,
    pub step: String,
    pub channel: Channel,
    pub status: ReminderStatus,
    pub date: NaiveDate,
    pub balance: Money,
    pub days_late: i64,
    pub interest: Money,
    pub recipient: Option<String>,
    pub error: Option<String>,
    pub attempts: i64,
    pub manual: bool,
}

/// What a run records for one (invoice, step).
#[derive(Debug, Clone)]
pub struct NewReminder<'a> {
    pub invoice_id: i64,
    pub step: &'a str,
    pub channel: Channel,
    pub status: ReminderStatus,
    pub date: NaiveDate,
    pub balance: Money,
    pub days_late: i64,
    pub interest: Money,
    pub recipient: Option<&'a str>,
    pub manual: bool,
}

/// An owner's to-do made by a task step.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub id: i64,
    pub invoice_number: String,
    pub customer_code: String,
    pub step: String,
    pub title: String,
    pub due_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// A reminder left `sending` by a run that died before knowing the outcome.
#[derive(Debug, Clone)]
pub struct Uncertain {
    pub id: i64,
    pub invoice: String,
    pub step: String,
    pub recipient: Option<String>,
}
