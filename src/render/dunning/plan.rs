//! The plan ahead (a table in two passes over its rows, CSV and JSON streamed) and the
//! log of what was done.

use serde::Serialize;

use super::words::{Kind, cols, machine_words, money_cell, word};
use super::{Row, RowJson};
use crate::domain::dunning::PlanLine;
use crate::domain::reminder::Reminder;
use crate::render::Format;
use crate::render::fmt::amount;

/// A row of `dunning plan`.
struct PlanRow<'a> {
    line: &'a PlanLine,
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
        if self.line.performs { "perform" } else { "skip" }
    }
}

impl Row for PlanRow<'_> {
    fn cells(&self, format: Format) -> Vec<String> {
        let l = self.line;
        vec![
            l.day.to_string(),
            l.customer.clone(),
            l.invoice.clone(),
            l.step.clone(),
            word(Kind::Channel, l.channel.as_str()),
            word(Kind::Action, self.action_word()),
            money_cell(format, l.balance),
            l.days_late.to_string(),
        ]
    }

    fn json(&self) -> RowJson<'_> {
        let l = self.line;
        RowJson::Plan(PlanJson {
            date: l.day.to_string(),
            customer: &l.customer,
            invoice: &l.invoice,
            step: &l.step,
            channel: l.channel.as_str(),
            action: self.action_word(),
            balance: amount(l.balance),
            days_late: l.days_late,
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

/// `dunning plan` as a table: its columns measured on a first pass over the rows
/// (pass 0), the rows written on a second (pass 1), days in order.
pub struct PlanTable(crate::render::stream::TableStream);

impl Default for PlanTable {
    fn default() -> Self {
        PlanTable(crate::render::stream::TableStream::titled(
            cols(&PLAN_HEADERS),
            &[6, 7],
            crate::t!("flow-none"),
        ))
    }
}

impl PlanTable {
    /// One row, on the pass given.
    pub fn line(&mut self, pass: usize, line: &PlanLine) {
        let cells = PlanRow { line }.cells(Format::Table);
        if pass == 0 {
            self.0.measure(&cells);
        } else {
            self.0.write(&cells);
        }
    }

    /// Passes to make over the rows.
    pub const PASSES: usize = 2;

    pub fn finish(self) {
        self.0.finish();
    }
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

    /// One row.
    pub fn line(&mut self, line: &PlanLine) {
        let row = PlanRow { line };
        if self.out.is_json() {
            self.out.json(&row.json());
        } else {
            self.out.cells(&row.cells(Format::Csv));
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

/// `dunning log`, written as its reminders come (`each` hands them over `passes`
/// times): a table sized on every row first, CSV or JSON row by row.
pub struct LogWriter {
    format: Format,
    out: LogOut,
}

enum LogOut {
    Table(crate::render::stream::TableStream),
    List(crate::render::stream::ListStream),
}

impl LogWriter {
    pub fn new(format: Format) -> LogWriter {
        // CSV and JSON in English, while writing only: an error on the way (an unknown
        // customer) speaks the interface's language
        let _english = machine_words(format);
        let headers = cols(&LOG_HEADERS);
        let out = match crate::render::stream::ListStream::new(format, &headers) {
            Some(list) => LogOut::List(list),
            None => LogOut::Table(crate::render::stream::TableStream::titled(
                headers,
                &[6, 7],
                crate::t!("render-none"),
            )),
        };
        LogWriter { format, out }
    }

    /// How many times the rows are to be handed over: twice for a table.
    pub fn passes(&self) -> usize {
        match self.out {
            LogOut::Table(_) => 2,
            LogOut::List(_) => 1,
        }
    }

    /// One reminder, on pass `pass`.
    pub fn row(&mut self, pass: usize, r: &Reminder) {
        let _english = machine_words(self.format);
        match &mut self.out {
            LogOut::Table(table) if pass == 0 => table.measure(&log_cells(self.format, r)),
            LogOut::Table(table) => table.write(&log_cells(self.format, r)),
            LogOut::List(list) if list.is_json() => list.json(&ReminderJson {
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
            }),
            LogOut::List(list) => list.cells(&log_cells(self.format, r)),
        }
    }

    pub fn finish(self) {
        let _english = machine_words(self.format);
        match self.out {
            LogOut::Table(table) => table.finish(),
            LogOut::List(list) => list.finish(),
        }
    }
}

/// A reminder's cells in the log.
fn log_cells(format: Format, r: &Reminder) -> Vec<String> {
    vec![
        r.date.to_string(),
        r.customer_code.clone(),
        r.invoice_number.clone(),
        r.step.clone(),
        word(Kind::Channel, r.channel.as_str()),
        word(Kind::Action, r.status.as_str()),
        money_cell(format, r.balance),
        r.days_late.to_string(),
        r.error.clone().unwrap_or_default(),
    ]
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
