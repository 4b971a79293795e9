//! The plan ahead (streamed) and the log of what was done.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::words::{Kind, cols, machine_words, money_cell, word};
use super::{JsonRows, Row, RowJson, stdout, write_csv, write_table};
use crate::domain::dunning::{Action, CustomerActions, DayPlan};
use crate::domain::reminder::Reminder;
use crate::render::fmt::amount;
use crate::render::{Format, Listing, print_list};

/// A row of `dunning plan`.
struct PlanRow<'a> {
    day: NaiveDate,
    customer: &'a CustomerActions,
    action: &'a Action,
}

/// A row of `dunning plan` in JSON.
#[derive(Serialize)]
pub(super) struct PlanJson<'a> {
    date: String,
    customer: &'a str,
    invoice: &'a str,
    step: &'a str,
    channel: &'a str,
    action: &'a str,
    balance: String,
    days_late: i64,
}

impl PlanRow<'_> {
    fn action_word(&self) -> &'static str {
        if self.action.performs() { "perform" } else { "skip" }
    }

    fn days_late(&self) -> i64 {
        (self.day - self.action.owed.due_date).num_days().max(0)
    }
}

impl Row for PlanRow<'_> {
    fn cells(&self, format: Format) -> Vec<String> {
        let (c, a) = (self.customer, self.action);
        vec![
            self.day.to_string(),
            c.customer.code.clone(),
            a.owed.number.clone(),
            a.step.name.clone(),
            word(Kind::Channel, a.step.channel.as_str()),
            word(Kind::Action, self.action_word()),
            money_cell(format, a.owed.balance),
            self.days_late().to_string(),
        ]
    }

    fn json(&self) -> RowJson<'_> {
        let (c, a) = (self.customer, self.action);
        RowJson::Plan(PlanJson {
            date: self.day.to_string(),
            customer: &c.customer.code,
            invoice: &a.owed.number,
            step: &a.step.name,
            channel: a.step.channel.as_str(),
            action: self.action_word(),
            balance: amount(a.owed.balance),
            days_late: self.days_late(),
        })
    }
}

const PLAN_HEADERS: [&str; 8] = [
    "date",
    "customer",
    "invoice",
    "step",
    "channel",
    "action",
    "balance",
    "days late",
];

/// `dunning plan`: each day's actions, days in order.
pub fn plan(format: Format, days: &[(NaiveDate, DayPlan)]) {
    let _english = machine_words(format);
    let each = |visit: &mut dyn FnMut(&dyn Row)| {
        for (day, plan) in days {
            for c in plan.iter() {
                for action in &c.actions {
                    visit(&PlanRow {
                        day: *day,
                        customer: &c,
                        action,
                    });
                }
            }
        }
    };
    let mut out = stdout();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &JsonRows(&each))
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n")),
        Format::Csv => write_csv(&mut out, &PLAN_HEADERS, &each),
        Format::Table => match write_table(&mut out, &cols(&PLAN_HEADERS), &[6, 7], &each, &mut |_| {}) {
            Ok(0) => writeln!(out, "{}", crate::t!("flow-none")),
            other => other.map(|_| ()),
        },
    };
    // a closed pipe (`creances ... | head`) is not an error
    let _ = written.and_then(|()| out.flush());
}

/// `dunning plan` as CSV or JSON, written day by day as the days are planned: the bytes
/// `plan` writes for the same days.
pub struct PlanStream {
    out: crate::render::stream::ListStream,
    /// CSV and JSON speak English while the stream lives.
    _english: super::words::MachineWords,
}

impl PlanStream {
    /// None for a table (its columns are sized on every row first).
    pub fn new(format: Format) -> Option<PlanStream> {
        let english = machine_words(format);
        crate::render::stream::ListStream::new(format, &PLAN_HEADERS).map(|out| PlanStream {
            out,
            _english: english,
        })
    }

    /// The actions of one day.
    pub fn day(&mut self, day: NaiveDate, plan: &DayPlan) {
        for c in plan.iter() {
            for action in &c.actions {
                let row = PlanRow {
                    day,
                    customer: &c,
                    action,
                };
                if self.out.is_json() {
                    self.out.json(&row.json());
                } else {
                    self.out.cells(&row.cells(Format::Csv));
                }
            }
        }
    }

    pub fn finish(self) {
        self.out.finish();
    }
}

/// A reminder of the log in JSON (docs/json.md).
#[derive(Serialize)]
struct ReminderJson<'a> {
    invoice: &'a str,
    customer: &'a str,
    step: &'a str,
    channel: &'a str,
    status: &'a str,
    date: String,
    balance: String,
    days_late: i64,
    interest: String,
    recipient: Option<&'a str>,
    attempts: i64,
    manual: bool,
    error: Option<&'a str>,
}

/// `dunning log`.
pub fn log(format: Format, rows: &[Reminder]) {
    let _english = machine_words(format);
    let mut listing = Listing::new(cols(&LOG_HEADERS)).right(&[6, 7]);
    for r in rows {
        listing.push(vec![
            r.date.to_string(),
            r.customer_code.clone(),
            r.invoice_number.clone(),
            r.step.clone(),
            word(Kind::Channel, r.channel.as_str()),
            word(Kind::Action, r.status.as_str()),
            money_cell(format, r.balance),
            r.days_late.to_string(),
            r.error.clone().unwrap_or_default(),
        ]);
    }
    let json: Vec<ReminderJson> = rows
        .iter()
        .map(|r| ReminderJson {
            invoice: &r.invoice_number,
            customer: &r.customer_code,
            step: &r.step,
            channel: r.channel.as_str(),
            status: r.status.as_str(),
            date: r.date.to_string(),
            balance: amount(r.balance),
            days_late: r.days_late,
            interest: amount(r.interest),
            recipient: r.recipient.as_deref(),
            attempts: r.attempts,
            manual: r.manual,
            error: r.error.as_deref(),
        })
        .collect();
    print_list(format, &listing, json);
}

/// The columns of `dunning log` (in English: the CSV's).
const LOG_HEADERS: [&str; 9] = [
    "date",
    "customer",
    "invoice",
    "step",
    "channel",
    "status",
    "balance",
    "days late",
    "error",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_of_the_plan_and_log_reads_in_both_languages() {
        use crate::render::dunning::words::tests::every_column;
        every_column(&PLAN_HEADERS);
        every_column(&LOG_HEADERS);
    }
}
