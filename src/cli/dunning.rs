//! `creances dunning ...`: the reminder run for cron, its forecast and its history.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use std::process::ExitCode;

use super::Ctx;
use crate::ops::dunning::{self as ops, Action, CustomerActions, RunReport};
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Format, Listing, neutralise_formula, print_list};

#[derive(Debug, Subcommand)]
pub enum DunningCommand {
    /// Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends
    /// failed and will be retried, 2 bad usage, 3 ledger locked)
    Run(RunArgs),
    /// What the runs of the next days will do, if nothing is paid meanwhile
    Plan(PlanArgs),
    /// What was sent, skipped, failed or planned
    Log(LogArgs),
    /// Send an invoice's current reminder now; it counts as that step
    Send(SendArgs),
    /// Send again, with the next run, a reminder whose send was interrupted (uncertain)
    Resend(ResendArgs),
}

#[derive(Debug, Args)]
pub struct ResendArgs {
    /// The reminder's id, as `dunning run` lists the uncertain ones
    id: i64,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Show exactly what a run would do and change nothing
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// How many days ahead
    #[arg(long, default_value_t = 30, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=366))]
    days: u64,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this customer
    #[arg(long)]
    customer: Option<String>,
    /// Only this invoice
    #[arg(long)]
    invoice: Option<String>,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Invoice number
    invoice: String,
}

pub fn run(ctx: &Ctx, cmd: DunningCommand) -> crate::error::Result<ExitCode> {
    match cmd {
        DunningCommand::Run(args) => {
            let config = ctx.config()?;
            let mut ledger = ctx.open()?;
            let report = ops::run(&mut ledger, &config, ctx.as_of, args.dry_run)?;
            let code = print_report(ctx, &report)?;
            // a send a dead run left unfinished is never repeated on its own: say so
            let uncertain = ledger.uncertain_reminders()?;
            if uncertain.is_empty() {
                return Ok(code);
            }
            for u in &uncertain {
                eprintln!(
                    "uncertain: reminder #{} ({} {}, to {}) was being sent when a run stopped; the server may have it. Check the mailbox, then `creances dunning resend {}` to send it again",
                    u.id,
                    u.invoice,
                    u.step,
                    u.recipient.as_deref().unwrap_or("?"),
                    u.id
                );
            }
            Ok(ExitCode::from(1))
        }
        DunningCommand::Resend(args) => {
            ctx.open()?.resend_reminder(args.id)?;
            eprintln!(
                "reminder #{} will be sent by the next `creances dunning run`",
                args.id
            );
            Ok(ExitCode::SUCCESS)
        }
        DunningCommand::Send(args) => {
            let config = ctx.config()?;
            let mut ledger = ctx.open()?;
            let report = ops::send_now(&mut ledger, &config, &args.invoice, ctx.as_of)?;
            print_report(ctx, &report)
        }
        DunningCommand::Plan(args) => plan(ctx, args).map(|()| ExitCode::SUCCESS),
        DunningCommand::Log(args) => log(ctx, args).map(|()| ExitCode::SUCCESS),
    }
}

fn status_word(report: &RunReport, a: &Action) -> &'static str {
    if report.dry_run {
        if a.perform { "planned" } else { "skipped" }
    } else {
        a.status.as_str()
    }
}

/// One action of a run in JSON (the keys, their order and types are the scripts'
/// contract), serialized without building a `Value`.
#[derive(serde::Serialize)]
struct ActionJson<'a> {
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

fn action_json<'a>(
    report: &RunReport,
    date: &'a str,
    c: &'a CustomerActions,
    a: &'a Action,
) -> ActionJson<'a> {
    ActionJson {
        customer: &c.customer.code,
        invoice: &a.owed.number,
        step: &a.step.name,
        channel: a.step.channel.as_str(),
        status: status_word(report, a),
        date,
        balance: fmt_amount(a.owed.balance),
        days_late: a.owed.days_late,
        interest: fmt_amount(a.owed.interest),
        indemnity: fmt_amount(a.owed.indemnity),
        retry: a.retry,
        manual: a.manual,
        tell_owner: a.perform && a.step.tell_owner,
        frequent_late_payer: c.frequent_late_payer,
        output: a.output.as_deref(),
        error: a.error.as_deref(),
    }
}

/// The columns of a run's table and CSV.
const RUN_HEADERS: [&str; 8] = [
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

fn run_cells(report: &RunReport, c: &CustomerActions, a: &Action) -> Vec<String> {
    vec![
        c.customer.code.clone(),
        a.owed.number.clone(),
        a.step.name.clone(),
        a.step.channel.as_str().into(),
        fmt_amount(a.owed.balance),
        a.owed.days_late.to_string(),
        status_word(report, a).into(),
        a.error.clone().or_else(|| a.output.clone()).unwrap_or_default(),
    ]
}

fn owner_note(c: &CustomerActions, a: &Action) -> Option<String> {
    (a.perform && a.step.tell_owner).then(|| {
        format!(
            "consider calling {} ({}) about {}: {} days late",
            c.customer.name, c.customer.code, a.owed.number, a.owed.days_late
        )
    })
}

/// Prints a run's report. A first run on a large ledger can list hundreds of thousands
/// of actions: they are written as they are read, never all held as text or JSON.
fn print_report(ctx: &Ctx, report: &RunReport) -> crate::error::Result<ExitCode> {
    let summary = report.summary();
    let out = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    // a closed pipe (`creances ... | head`) is not an error
    let _ = match ctx.format {
        Format::Json => write_run_json(&mut out, report),
        Format::Csv => write_run_csv(&mut out, report),
        Format::Table => write_run_table(&mut out, report, &summary),
    }
    .and_then(|()| out.flush());
    drop(out);
    let failed = report.failed();
    if failed > 0 {
        return Ok(super::partly_failed(&format!(
            "{failed} reminder(s) could not be sent; they stay recorded as failed and the next run retries them"
        )));
    }
    Ok(ExitCode::SUCCESS)
}

/// The run as one JSON object, the same as `emit_json` would print, written action by action.
fn write_run_json(out: &mut impl std::io::Write, report: &RunReport) -> std::io::Result<()> {
    use serde::ser::{SerializeMap, SerializeSeq};

    struct Actions<'a>(&'a RunReport);
    impl serde::Serialize for Actions<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let report = self.0;
            let mut seq = s.serialize_seq(Some(report.len()))?;
            let date = report.as_of.to_string();
            for c in report.customers() {
                for a in &c.actions {
                    seq.serialize_element(&action_json(report, &date, &c, a))?;
                }
            }
            seq.end()
        }
    }
    struct Whole<'a>(&'a RunReport);
    impl serde::Serialize for Whole<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let report = self.0;
            let mut map = s.serialize_map(Some(4))?;
            map.serialize_entry("date", &report.as_of.to_string())?;
            map.serialize_entry("dry_run", &report.dry_run)?;
            map.serialize_entry("actions", &Actions(report))?;
            map.serialize_entry(
                "summary",
                &json!({
                    "mails": if report.dry_run { report.planned_mails() } else { report.mails },
                    "sent": report.sent(),
                    "failed": report.failed(),
                    "skipped": report.skipped(),
                    "tasks": report.tasks(),
                }),
            )?;
            map.end()
        }
    }
    serde_json::to_writer_pretty(&mut *out, &Whole(report))?;
    out.write_all(b"\n")
}

/// The run as CSV, the same as `Listing::to_csv` would print, written row by row.
fn write_run_csv(out: &mut impl std::io::Write, report: &RunReport) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(RUN_HEADERS)?;
    for c in report.customers() {
        for a in &c.actions {
            w.write_record(
                run_cells(report, &c, a)
                    .iter()
                    .map(|cell| neutralise_formula(cell)),
            )?;
        }
    }
    w.flush()
}

/// Whether comfy-table prints a cell as it is, one column a character: printable ASCII.
fn plain(cell: &str) -> bool {
    cell.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// The table, notes and summary line. Plain cells (always, but for unusual error text)
/// are laid out here in two passes over the actions, as `Listing::to_table` lays them
/// out; otherwise the listing is built.
fn write_run_table(out: &mut impl std::io::Write, report: &RunReport, summary: &str) -> std::io::Result<()> {
    let mut widths = RUN_HEADERS.map(str::len);
    let mut rows = 0usize;
    let mut all_plain = true;
    let mut notes = Vec::new();
    for c in report.customers() {
        for a in &c.actions {
            for (width, cell) in widths.iter_mut().zip(run_cells(report, &c, a)) {
                all_plain &= plain(&cell);
                *width = (*width).max(cell.len());
            }
            rows += 1;
            notes.extend(owner_note(&c, a));
        }
    }
    if rows > 0 {
        if all_plain {
            let mut table = PlainTable::new(&RUN_HEADERS, &RUN_NUMERIC, &widths);
            table.head(out)?;
            for c in report.customers() {
                for a in &c.actions {
                    table.row(out, &run_cells(report, &c, a))?;
                }
            }
        } else {
            let mut listing = Listing::new(RUN_HEADERS.to_vec()).right(&RUN_NUMERIC);
            for c in report.customers() {
                for a in &c.actions {
                    listing.push(run_cells(report, &c, a));
                }
            }
            out.write_all(listing.to_table().as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    for note in &notes {
        writeln!(out, "note: {note}")?;
    }
    writeln!(out, "{summary}")
}

/// A table of plain cells (see `plain`) in the layout of `Listing::to_table`: each
/// column as wide as its widest cell, padded by one space each side, columns apart by
/// one space, right-aligned numeric columns, a rule under the header; each line ends
/// with a newline.
struct PlainTable<'a> {
    headers: &'a [&'a str],
    numeric: &'a [usize],
    widths: &'a [usize],
    line: String,
}

impl<'a> PlainTable<'a> {
    fn new(headers: &'a [&'a str], numeric: &'a [usize], widths: &'a [usize]) -> Self {
        PlainTable {
            headers,
            numeric,
            widths,
            line: String::new(),
        }
    }

    fn head(&mut self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let headers: Vec<&str> = self.headers.to_vec();
        self.row(out, &headers)?;
        self.line.clear();
        for (i, w) in self.widths.iter().enumerate() {
            if i > 0 {
                self.line.push(' ');
            }
            self.line.extend(std::iter::repeat_n('─', w.max(&1) + 2));
        }
        self.line.push('\n');
        out.write_all(self.line.as_bytes())
    }

    fn row(&mut self, out: &mut impl std::io::Write, cells: &[impl AsRef<str>]) -> std::io::Result<()> {
        self.line.clear();
        for (i, (w, cell)) in self.widths.iter().zip(cells).enumerate() {
            let cell = cell.as_ref();
            let pad = (*w).max(1).saturating_sub(cell.len());
            if i > 0 {
                self.line.push(' ');
            }
            self.line.push(' ');
            if self.numeric.contains(&i) {
                self.line.extend(std::iter::repeat_n(' ', pad));
                self.line.push_str(cell);
            } else {
                self.line.push_str(cell);
                self.line.extend(std::iter::repeat_n(' ', pad));
            }
            self.line.push(' ');
        }
        self.line.push('\n');
        out.write_all(self.line.as_bytes())
    }
}

/// One row of a streamed list: its cells for a table or CSV, its JSON object.
trait ListRow {
    fn cells(&self) -> Vec<String>;
    fn json(&self) -> Value;
}

/// Visits each row of a list, in order.
type EachRow<'a> = dyn Fn(&mut dyn FnMut(&dyn ListRow)) + 'a;

/// Prints what `print_list` prints for the rows `each` visits (in order, once per
/// call), made on demand rather than held: a table visits them twice, widths first.
fn stream_list(format: Format, headers: &[&str], numeric: &[usize], each: &EachRow) -> std::io::Result<()> {
    let out = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Json => {
            struct Rows<'a>(&'a EachRow<'a>);
            impl serde::Serialize for Rows<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeSeq;
                    let mut seq = s.serialize_seq(None)?;
                    let mut failed = None;
                    (self.0)(&mut |row| {
                        if failed.is_none() {
                            failed = seq.serialize_element(&row.json()).err();
                        }
                    });
                    match failed {
                        Some(e) => Err(e),
                        None => seq.end(),
                    }
                }
            }
            serde_json::to_writer_pretty(&mut out, &Rows(each))?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(headers)?;
            let mut failed = None;
            each(&mut |row| {
                if failed.is_none() {
                    failed = w
                        .write_record(row.cells().iter().map(|cell| neutralise_formula(cell)))
                        .err();
                }
            });
            if let Some(e) = failed {
                return Err(e.into());
            }
            w.flush()?;
        }
        Format::Table => {
            let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
            let (mut rows, mut all_plain) = (0usize, headers.iter().all(|h| plain(h)));
            each(&mut |row| {
                for (width, cell) in widths.iter_mut().zip(row.cells()) {
                    all_plain &= plain(&cell);
                    *width = (*width).max(cell.len());
                }
                rows += 1;
            });
            if rows == 0 {
                out.write_all(b"(none)\n")?;
            } else if all_plain {
                let mut table = PlainTable::new(headers, numeric, &widths);
                table.head(&mut out)?;
                let mut failed = None;
                each(&mut |row| {
                    if failed.is_none() {
                        failed = table.row(&mut out, &row.cells()).err();
                    }
                });
                if let Some(e) = failed {
                    return Err(e);
                }
            } else {
                let mut listing = Listing::new(headers.to_vec()).right(numeric);
                each(&mut |row| listing.push(row.cells()));
                out.write_all(listing.to_table().as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()
}

/// A row of `dunning plan`.
struct PlanRow<'a> {
    day: chrono::NaiveDate,
    customer: &'a CustomerActions,
    action: &'a Action,
}

impl PlanRow<'_> {
    fn action_word(&self) -> &'static str {
        if self.action.perform { "perform" } else { "skip" }
    }

    fn days_late(&self) -> i64 {
        (self.day - self.action.owed.due_date).num_days().max(0)
    }
}

impl ListRow for PlanRow<'_> {
    fn cells(&self) -> Vec<String> {
        let (c, a) = (self.customer, self.action);
        vec![
            self.day.to_string(),
            c.customer.code.clone(),
            a.owed.number.clone(),
            a.step.name.clone(),
            a.step.channel.as_str().into(),
            self.action_word().into(),
            fmt_amount(a.owed.balance),
            self.days_late().to_string(),
        ]
    }

    fn json(&self) -> Value {
        let (c, a) = (self.customer, self.action);
        json!({
            "date": self.day.to_string(),
            "customer": c.customer.code,
            "invoice": a.owed.number,
            "step": a.step.name,
            "channel": a.step.channel.as_str(),
            "action": self.action_word(),
            "balance": fmt_amount(a.owed.balance),
            "days_late": self.days_late(),
        })
    }
}

fn plan(ctx: &Ctx, args: PlanArgs) -> crate::error::Result<()> {
    let config = ctx.config()?;
    let mut ledger = ctx.open()?;
    let days = ledger.dunning_plan(&config, ctx.as_of, args.days)?;
    let each = |visit: &mut dyn FnMut(&dyn ListRow)| {
        for (day, plan) in &days {
            for c in plan.iter() {
                for a in &c.actions {
                    visit(&PlanRow {
                        day: *day,
                        customer: &c,
                        action: a,
                    });
                }
            }
        }
    };
    // a closed pipe (`creances ... | head`) is not an error
    let _ = stream_list(
        ctx.format,
        &[
            "date",
            "customer",
            "invoice",
            "step",
            "channel",
            "action",
            "balance",
            "days late",
        ],
        &[6, 7],
        &each,
    );
    Ok(())
}

fn log(ctx: &Ctx, args: LogArgs) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let rows = ledger.dunning_log(args.customer.as_deref(), args.invoice.as_deref())?;
    let mut listing = Listing::new(vec![
        "date",
        "customer",
        "invoice",
        "step",
        "channel",
        "status",
        "balance",
        "days late",
        "error",
    ])
    .right(&[6, 7]);
    let mut json_rows = Vec::new();
    for r in &rows {
        listing.push(vec![
            r.date.to_string(),
            r.customer_code.clone(),
            r.invoice_number.clone(),
            r.step.clone(),
            r.channel.as_str().into(),
            r.status.as_str().into(),
            fmt_amount(r.balance),
            r.days_late.to_string(),
            r.error.clone().unwrap_or_default(),
        ]);
        json_rows.push(json!({
            "invoice": r.invoice_number,
            "customer": r.customer_code,
            "step": r.step,
            "channel": r.channel.as_str(),
            "status": r.status.as_str(),
            "date": r.date.to_string(),
            "balance": fmt_amount(r.balance),
            "days_late": r.days_late,
            "interest": fmt_amount(r.interest),
            "recipient": r.recipient,
            "attempts": r.attempts,
            "manual": r.manual,
            "error": r.error,
        }));
    }
    print_list(ctx.format, &listing, json_rows);
    Ok(())
}

/// The end of `creances demo`: the first dunning run of the demo ledger, into its outbox
/// (never by SMTP, whatever the config says), and what was sent.
pub fn demo_section(ctx: &Ctx, ledger: &std::path::Path) -> crate::error::Result<String> {
    let mut config = ctx.config().unwrap_or_else(|_| crate::config::Config::defaults());
    config.mail.transport = crate::config::Transport::Outbox(None);
    let mut open = crate::ops::Ledger::open(ledger)?;
    let report = ops::run(&mut open, &config, ctx.as_of, false)?;
    let outbox = crate::config::beside_ledger(ledger, "outbox");
    let mut text = format!(
        "\n\nFirst dunning run (`creances dunning run`), mails written to {}:\n",
        outbox.display()
    );
    let mut l = Listing::new(vec!["customer", "invoice", "step", "days late", "status", "mail"]).right(&[3]);
    for c in report.customers() {
        for a in c.actions.iter().filter(|a| a.perform) {
            l.push(vec![
                c.customer.code.clone(),
                a.owed.number.clone(),
                a.step.name.clone(),
                a.owed.days_late.to_string(),
                a.status.as_str().into(),
                a.output.clone().unwrap_or_default(),
            ]);
        }
    }
    if !l.rows.is_empty() {
        text.push_str(&l.to_table());
        text.push('\n');
    }
    text.push_str(&report.summary());
    text.push_str(&format!(
        "\n  creances dunning log --as-of {}      # what was sent and skipped\n  creances dunning plan --days 30       # what the next runs will do\n",
        ctx.as_of
    ));
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::{Currency, Money};
    use proptest::prelude::*;

    fn plain_table(rows: &[Vec<String>]) -> String {
        let mut widths = RUN_HEADERS.map(str::len);
        for row in rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.len());
            }
        }
        let mut out = Vec::new();
        let mut table = PlainTable::new(&RUN_HEADERS, &RUN_NUMERIC, &widths);
        table.head(&mut out).unwrap();
        for row in rows {
            table.row(&mut out, row).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    fn listing_table(rows: &[Vec<String>]) -> String {
        let mut listing = Listing::new(RUN_HEADERS.to_vec()).right(&RUN_NUMERIC);
        for row in rows {
            listing.push(row.clone());
        }
        listing.to_table() + "\n"
    }

    #[test]
    fn the_plain_table_is_the_listing_table() {
        let rows = vec![
            vec![
                "C000001".to_string(),
                "FACT-2026-81723".into(),
                "pre-7".into(),
                "email".into(),
                "4320.00".into(),
                "0".into(),
                "skipped".into(),
                String::new(),
            ],
            vec![
                "A-VERY-LONG-CUSTOMER-CODE".to_string(),
                "F-1".into(),
                "notice".into(),
                "letter".into(),
                "123456789.99".into(),
                "1234".into(),
                "sent".into(),
                "creances.2026-11-24.ACME.12@localhost".into(),
            ],
        ];
        assert_eq!(plain_table(&rows), listing_table(&rows));
        assert!(plain("abc ~!") && !plain("é") && !plain("a\nb") && !plain("\t"));
    }

    #[test]
    fn an_action_in_json_has_the_keys_of_the_contract() {
        use crate::domain::dunning::standard_ladder;
        use rust_decimal::Decimal;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let step = standard_ladder().into_iter().find(|s| s.name == "r2").unwrap();
        let c = CustomerActions {
            customer: crate::domain::customer::Customer {
                id: 1,
                ..crate::domain::customer::Customer::new("ACME", "ACME SAS")
            },
            frequent_late_payer: true,
            actions: vec![Action {
                owed: ops::Owed {
                    invoice_id: 7,
                    number: "FACT-2026-0007".into(),
                    issue_date: day,
                    due_date: day,
                    total: Money::eur(120000),
                    balance: Money::eur(70050),
                    days_late: 9,
                    interest: Money::eur(123),
                    indemnity: Money::eur(4000),
                    currency: Currency::EUR,
                    penalty_rate: Decimal::new(1215, 2),
                },
                step,
                perform: true,
                retry: false,
                manual: true,
                reminder_id: Some(3),
                status: crate::domain::dunning::ReminderStatus::Failed,
                error: Some("smtp: \"refused\"\nbye".into()),
                output: None,
            }],
        };
        let report = ops::RunReport::from_done(day, vec![c.clone()], 0);
        let a = &c.actions[0];
        let expected = json!({
            "customer": "ACME",
            "invoice": "FACT-2026-0007",
            "step": "r2",
            "channel": "email",
            "status": "failed",
            "date": "2026-03-01",
            "balance": "700.50",
            "days_late": 9,
            "interest": "1.23",
            "indemnity": "40.00",
            "retry": false,
            "manual": true,
            "tell_owner": true,
            "frequent_late_payer": true,
            "output": null,
            "error": "smtp: \"refused\"\nbye",
        });
        let date = day.to_string();
        assert_eq!(
            serde_json::to_string_pretty(&action_json(&report, &date, &c, a)).unwrap(),
            serde_json::to_string_pretty(&expected).unwrap()
        );
    }

    proptest! {
        #[test]
        fn plain_cells_lay_out_as_the_listing_does(
            rows in prop::collection::vec(prop::collection::vec("[ -~]{0,14}", 8), 1..6)
        ) {
            prop_assert_eq!(plain_table(&rows), listing_table(&rows));
        }
    }
}
