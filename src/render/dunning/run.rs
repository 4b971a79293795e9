//! A run's report: its actions as a table (with the owner's notes and the summary line),
//! CSV or JSON, and what a run says on stderr.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::words::{Kind, cols, machine_words, push_money_cell, word};
use super::{JsonRows, Row, RowJson, stdout, write_csv, write_table};
use crate::domain::dunning::{ActionRow, Channel, CreditToApply, DryCounts, ReminderStatus, RunReport};
use crate::domain::reminder::Uncertain;
use crate::render::fmt::{amount, human, human_width};
use crate::render::table::{Table, width};
use crate::render::{Format, Listing};

/// The columns of a run's table and CSV (in English: the CSV's).
pub(super) const RUN_HEADERS: [&str; 8] = [
    "customer",
    "invoice",
    "step",
    "channel",
    "balance",
    "days late",
    "status",
    "detail",
];

/// The right-aligned columns of a run's table (amounts and counts).
const RUN_NUMERIC: [usize; 2] = [4, 5];

/// One action of a run.
struct RunRow<'a> {
    report: &'a RunReport,
    date: &'a str,
    action: ActionRow<'a>,
    words: &'a RunWords,
}

/// The words a run's table repeats on every row (channels and statuses), looked up once.
struct RunWords {
    channels: [String; 3],
    /// Each status code with its word.
    statuses: Vec<(&'static str, String)>,
}

impl RunWords {
    fn new() -> RunWords {
        let channels = [Channel::Email, Channel::Task, Channel::Letter];
        // a dry run's two words are codes of these too
        let statuses = [
            ReminderStatus::Planned,
            ReminderStatus::Sending,
            ReminderStatus::Sent,
            ReminderStatus::Failed,
            ReminderStatus::Skipped,
        ];
        RunWords {
            channels: channels.map(|c| word(Kind::Channel, c.as_str())),
            statuses: statuses
                .iter()
                .map(|s| (s.as_str(), word(Kind::Action, s.as_str())))
                .collect(),
        }
    }

    fn channel(&self, c: Channel) -> &str {
        &self.channels[match c {
            Channel::Email => 0,
            Channel::Task => 1,
            Channel::Letter => 2,
        }]
    }

    fn status(&self, code: &'static str) -> &str {
        self.statuses
            .iter()
            .find(|(known, _)| *known == code)
            .map_or(code, |(_, w)| w.as_str())
    }
}

/// The status word of an action: a dry run says what it would do.
fn status_word(report: &RunReport, a: &ActionRow) -> &'static str {
    if report.dry_run {
        if a.performs() { "planned" } else { "skipped" }
    } else {
        a.state.status().as_str()
    }
}

/// One action of a run in JSON (the keys, their order and types are the scripts'
/// contract).
#[derive(Serialize)]
pub(super) struct ActionJson<'a> {
    customer: &'a str,
    invoice: &'a str,
    step: &'a str,
    channel: &'a str,
    status: &'a str,
    date: &'a str,
    balance: String,
    days_late: i64,
    interest: String,
    indemnity: String,
    retry: bool,
    manual: bool,
    tell_owner: bool,
    frequent_late_payer: bool,
    output: Option<&'a str>,
    error: Option<&'a str>,
}

impl Row for RunRow<'_> {
    fn cells(&self, format: Format) -> Vec<String> {
        let mut cells = Vec::new();
        self.cells_into(format, &mut cells);
        cells
    }

    fn cells_into(&self, format: Format, cells: &mut Vec<String>) {
        let a = &self.action;
        cells.resize_with(RUN_HEADERS.len(), String::new);
        cells.iter_mut().for_each(String::clear);
        cells[0].push_str(&a.customer.code);
        cells[1].push_str(a.number);
        cells[2].push_str(&a.step.name);
        cells[3].push_str(self.words.channel(a.step.channel));
        push_money_cell(&mut cells[4], format, a.balance);
        let _ = write!(cells[5], "{}", a.days_late);
        cells[6].push_str(self.words.status(status_word(self.report, a)));
        match (a.error, a.output) {
            (Some(error), _) => cells[7].push_str(error),
            (None, Some(output)) => cells[7].push_str(&output_cell(format, output)),
            (None, None) => {}
        }
    }

    fn widen(&self, table: &mut Table, _cells: &mut Vec<String>) {
        let a = &self.action;
        let detail = match (a.error, a.output) {
            (Some(error), _) => width(error),
            (None, Some(output)) => width(&output_cell(Format::Table, output)),
            (None, None) => 0,
        };
        let days = a
            .days_late
            .unsigned_abs()
            .checked_ilog10()
            .map_or(1, |d| d as usize + 1);
        table.widen_to(&[
            width(&a.customer.code),
            width(a.number),
            width(&a.step.name),
            width(self.words.channel(a.step.channel)),
            human_width(a.balance),
            days + usize::from(a.days_late < 0),
            width(self.words.status(status_word(self.report, a))),
            detail,
        ]);
    }

    fn json(&self) -> RowJson<'_> {
        let a = &self.action;
        RowJson::Action(ActionJson {
            customer: &a.customer.code,
            invoice: a.number,
            step: &a.step.name,
            channel: a.step.channel.as_str(),
            status: status_word(self.report, a),
            date: self.date,
            balance: amount(a.balance),
            days_late: a.days_late,
            interest: amount(a.interest),
            indemnity: amount(a.indemnity),
            retry: a.state.attempt().is_some_and(|t| t.retry),
            manual: a.state.attempt().is_some_and(|t| t.manual),
            tell_owner: a.tells_owner(),
            frequent_late_payer: a.frequent_late_payer,
            output: a.output,
            error: a.error,
        })
    }

    fn note(&self) -> Option<String> {
        owner_note(&self.action)
    }
}

/// Visits every action of a run.
fn each_action(report: &RunReport, visit: &mut dyn FnMut(&dyn Row)) {
    let date = report.as_of.to_string();
    let words = RunWords::new();
    report.each_row(&mut |action| {
        visit(&RunRow {
            report,
            date: &date,
            action,
            words: &words,
        })
    });
}

/// The counts of a run in JSON.
#[derive(Serialize)]
struct SummaryJson {
    mails: usize,
    sent: usize,
    failed: usize,
    skipped: usize,
    tasks: usize,
}

/// A run in JSON: `{date, dry_run, actions, summary}`, and `credit_to_apply` when a
/// customer's credit could settle invoices it is reminded of.
#[derive(Serialize)]
struct RunJson<'a> {
    date: String,
    dry_run: bool,
    actions: JsonRows<'a>,
    summary: SummaryJson,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    credit_to_apply: Vec<CreditJson<'a>>,
    /// A dry run's problems (see `RunReport::problems`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<&'a str>,
}

/// A customer whose credit could settle invoices it is reminded of.
#[derive(Serialize)]
struct CreditJson<'a> {
    customer: &'a str,
    credit: String,
    invoices: &'a [String],
}

/// The note for the owner about a customer reminded of invoices its credit could settle.
fn credit_note(c: &CreditToApply) -> String {
    t!(
        "flow-dunning-credit-note",
        customer = c.customer_code.as_str(),
        credit = human(c.credit),
        invoices = c.invoices.join(", "),
    )
}

/// The one line for cron's log.
pub fn summary(report: &RunReport) -> String {
    if report.dry_run {
        return dry_summary(report.as_of, &report.dry_counts());
    }
    let date = report.as_of.to_string();
    t!("flow-dunning-line", date = date, text = summary_text(report))
}

/// The summary line of a dry run on `as_of`, from its counts.
pub fn dry_summary(as_of: NaiveDate, counts: &DryCounts) -> String {
    let date = as_of.to_string();
    t!(
        "flow-dunning-line-dry-run",
        date = date,
        text = dry_summary_text(counts)
    )
}

fn dry_summary_text(c: &DryCounts) -> String {
    t!(
        "flow-dunning-summary-dry-run",
        reminders = c.reminders,
        mails = c.mails,
        skipped = c.skipped,
        tasks = c.tasks,
    )
}

/// The summary line without its leading `dunning DATE:` (`daily` gives it under its
/// part's name).
pub fn summary_text(report: &RunReport) -> String {
    if report.dry_run {
        dry_summary_text(&report.dry_counts())
    } else {
        t!(
            "flow-dunning-summary",
            sent = report.sent(),
            mails = report.mails,
            failed = report.failed(),
            skipped = report.skipped(),
            tasks = report.tasks(),
        )
    }
}

/// The note for the owner about an action whose step says to consider a call.
fn owner_note(a: &ActionRow) -> Option<String> {
    a.tells_owner().then(|| {
        t!(
            "flow-dunning-call-note",
            name = a.customer.name.as_str(),
            code = a.customer.code.as_str(),
            invoice = a.number,
            days = a.days_late,
        )
    })
}

/// `dunning run` and `dunning send`: the actions, then (in a table) the owner's notes
/// and the summary line.
pub fn run(format: Format, report: &RunReport) {
    let _english = machine_words(format);
    let mut out = stdout();
    // a closed pipe (`creances ... | head`) is not an error
    let _ = write_run(&mut out, format, report).and_then(|()| out.flush());
}

fn write_run(out: &mut impl Write, format: Format, report: &RunReport) -> io::Result<()> {
    let each = |visit: &mut dyn FnMut(&dyn Row)| each_action(report, visit);
    match format {
        Format::Json => {
            let whole = RunJson {
                date: report.as_of.to_string(),
                dry_run: report.dry_run,
                actions: JsonRows(&each),
                summary: SummaryJson {
                    mails: report.mails_or_planned(),
                    sent: report.sent(),
                    failed: report.failed(),
                    skipped: report.skipped(),
                    tasks: report.tasks(),
                },
                credit_to_apply: report
                    .credit_to_apply
                    .iter()
                    .map(|c| CreditJson {
                        customer: &c.customer_code,
                        credit: amount(c.credit),
                        invoices: &c.invoices,
                    })
                    .collect(),
                problems: report.problems.iter().map(|f| f.english.as_str()).collect(),
                warnings: report.warnings.iter().map(|f| f.english.as_str()).collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &whole)?;
            out.write_all(b"\n")
        }
        Format::Csv => write_csv(out, &RUN_HEADERS, &each),
        Format::Table => {
            let mut notes = Vec::new();
            write_table(out, &cols(&RUN_HEADERS), &RUN_NUMERIC, &each, &mut |row| {
                notes.extend(row.note())
            })?;
            notes.extend(report.credit_to_apply.iter().map(credit_note));
            for note in &notes {
                writeln!(out, "{}", t!("flow-note", note = note.as_str()))?;
            }
            writeln!(out, "{}", summary(report))
        }
    }
}

/// Why a run exits 1 when some of its mails failed.
pub fn run_failed(failed: usize) -> String {
    t!("flow-dunning-run-failed", failed = failed)
}

/// What a dry run found the real run would stumble on, on stderr: each problem (a mail
/// due today that could not be sent) and each warning.
pub fn dry_run_findings(report: &RunReport) {
    for w in &report.warnings {
        eprintln!("{}", t!("flow-warning", message = w.shown.as_str()));
    }
    for p in &report.problems {
        eprintln!("{}", t!("flow-problem", message = p.shown.as_str()));
    }
}

/// Why a dry run exits 1: the real run would not send everything due.
pub fn dry_run_failed(problems: usize) -> String {
    t!("flow-dunning-dry-run-failed", problems = problems)
}

/// The reminders a dead run left `sending`, on stderr: never sent again on their own.
pub fn uncertain(reminders: &[Uncertain]) {
    for u in reminders {
        eprintln!(
            "{}",
            t!(
                "flow-dunning-uncertain",
                id = u.id,
                invoice = u.invoice.as_str(),
                step = u.step.as_str(),
                recipient = u.recipient.as_deref().unwrap_or("?"),
            )
        );
    }
}

/// `dunning resend`: what happens next, on stderr.
pub fn resent(id: i64) {
    eprintln!("{}", t!("flow-dunning-resent", id = id));
}

/// What an action left, in a table: the task it created ("task #3") worded in the
/// interface's language; a message id or a letter's path as it is, and CSV unchanged.
fn output_cell(format: Format, output: &str) -> String {
    match output
        .strip_prefix("task #")
        .and_then(|id| id.parse::<i64>().ok())
    {
        Some(id) if format == Format::Table => t!("views-dunning-task-created", id = id.to_string()),
        _ => output.to_string(),
    }
}

/// The end of `creances demo`: what its first run sent, into `outbox`.
pub fn demo_section(report: &RunReport, outbox: &std::path::Path, as_of: NaiveDate) -> String {
    let mut text = format!(
        "\n\n{}\n",
        t!("flow-dunning-demo-title", outbox = outbox.display().to_string())
    );
    let mut l = Listing::new(cols(&DEMO_HEADERS)).right(&[3]);
    for c in report.customers() {
        for a in c.actions.iter().filter(|a| a.performs()) {
            l.push(vec![
                c.customer.code.clone(),
                a.owed.number.clone(),
                a.step.name.clone(),
                a.owed.days_late.to_string(),
                word(Kind::Action, a.status().as_str()),
                a.output
                    .as_deref()
                    .map(|o| output_cell(Format::Table, o))
                    .unwrap_or_default(),
            ]);
        }
    }
    if !l.rows.is_empty() {
        text.push_str(&l.to_table());
        text.push('\n');
    }
    text.push_str(&summary(report));
    text.push_str(&format!(
        "\n  creances dunning log --as-of {as_of}      # {}\n  creances dunning plan --days 30       # {}\n",
        t!("flow-dunning-demo-log"),
        t!("flow-dunning-demo-plan")
    ));
    text
}

/// The columns of the demo's table.
const DEMO_HEADERS: [&str; 6] = ["customer", "invoice", "step", "days late", "status", "mail"];

#[cfg(test)]
mod tests;
