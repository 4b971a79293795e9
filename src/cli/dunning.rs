//! `creances dunning ...`: the reminder run for cron, its forecast and its history.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use crate::domain::money::fmt_amount;
use crate::ops::dunning::{self as ops, Action, CustomerActions, RunReport};
use crate::render::{Format, Listing, emit, emit_json, print_list};
use crate::store::customer as customers;
use crate::store::dunning as store;
use crate::store::invoice as invoices;

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

pub fn run(ctx: &Ctx, cmd: DunningCommand) -> anyhow::Result<()> {
    match cmd {
        DunningCommand::Run(args) => {
            let config = ctx.config()?;
            let mut ledger = ctx.open()?;
            let report = ops::run(&mut ledger, &config, ctx.as_of, args.dry_run)?;
            print_report(ctx, &report)
        }
        DunningCommand::Send(args) => {
            let config = ctx.config()?;
            let mut ledger = ctx.open()?;
            let report = ops::send_now(&mut ledger, &config, &args.invoice, ctx.as_of)?;
            print_report(ctx, &report)
        }
        DunningCommand::Plan(args) => plan(ctx, args),
        DunningCommand::Log(args) => log(ctx, args),
    }
}

fn status_word(report: &RunReport, a: &Action) -> &'static str {
    if report.dry_run {
        if a.perform { "planned" } else { "skipped" }
    } else {
        a.status.as_str()
    }
}

fn action_json(report: &RunReport, c: &CustomerActions, a: &Action) -> Value {
    json!({
        "customer": c.customer.code,
        "invoice": a.owed.number,
        "step": a.step.name,
        "channel": a.step.channel.as_str(),
        "status": status_word(report, a),
        "date": report.as_of.to_string(),
        "balance": fmt_amount(a.owed.balance),
        "days_late": a.owed.days_late,
        "interest": fmt_amount(a.owed.interest),
        "indemnity": fmt_amount(a.owed.indemnity),
        "retry": a.retry,
        "manual": a.manual,
        "tell_owner": a.perform && a.step.tell_owner,
        "frequent_late_payer": c.frequent_late_payer,
        "output": a.output,
        "error": a.error,
    })
}

fn print_report(ctx: &Ctx, report: &RunReport) -> anyhow::Result<()> {
    let mut listing = Listing::new(vec![
        "customer",
        "invoice",
        "step",
        "channel",
        "balance",
        "days late",
        "status",
        "detail",
    ])
    .right(&[4, 5]);
    let mut rows = Vec::new();
    let mut owner_notes = Vec::new();
    for c in &report.customers {
        for a in &c.actions {
            listing.push(vec![
                c.customer.code.clone(),
                a.owed.number.clone(),
                a.step.name.clone(),
                a.step.channel.as_str().into(),
                fmt_amount(a.owed.balance),
                a.owed.days_late.to_string(),
                status_word(report, a).into(),
                a.error.clone().or_else(|| a.output.clone()).unwrap_or_default(),
            ]);
            rows.push(action_json(report, c, a));
            if a.perform && a.step.tell_owner {
                owner_notes.push(format!(
                    "consider calling {} ({}) about {}: {} days late",
                    c.customer.name, c.customer.code, a.owed.number, a.owed.days_late
                ));
            }
        }
    }
    let summary = report.summary();
    match ctx.format {
        Format::Json => emit_json(&json!({
            "date": report.as_of.to_string(),
            "dry_run": report.dry_run,
            "actions": rows,
            "summary": {
                "mails": if report.dry_run { report.planned_mails() } else { report.mails },
                "sent": report.sent(),
                "failed": report.failed(),
                "skipped": report.skipped(),
                "tasks": report.tasks(),
            },
        })),
        Format::Csv => emit(&listing.to_csv()),
        Format::Table => {
            let mut text = String::new();
            if !listing.rows.is_empty() {
                text.push_str(&listing.to_table());
                text.push('\n');
            }
            for note in &owner_notes {
                text.push_str(&format!("note: {note}\n"));
            }
            text.push_str(&summary);
            emit(&text);
        }
    }
    let failed = report.failed();
    if failed > 0 {
        anyhow::bail!(
            "{failed} reminder(s) could not be sent; they stay recorded as failed and the next run retries them"
        );
    }
    Ok(())
}

fn plan(ctx: &Ctx, args: PlanArgs) -> anyhow::Result<()> {
    let config = ctx.config()?;
    let mut ledger = ctx.open()?;
    let days = ledger.read(|tx| ops::forecast(tx, &config, ctx.as_of, args.days))?;
    let mut listing = Listing::new(vec![
        "date",
        "customer",
        "invoice",
        "step",
        "channel",
        "action",
        "balance",
        "days late",
    ])
    .right(&[6, 7]);
    let mut json_rows = Vec::new();
    for (day, customers) in &days {
        for c in customers {
            for a in &c.actions {
                let action = if a.perform { "perform" } else { "skip" };
                let days_late = (*day - a.owed.due_date).num_days().max(0);
                listing.push(vec![
                    day.to_string(),
                    c.customer.code.clone(),
                    a.owed.number.clone(),
                    a.step.name.clone(),
                    a.step.channel.as_str().into(),
                    action.into(),
                    fmt_amount(a.owed.balance),
                    days_late.to_string(),
                ]);
                json_rows.push(json!({
                    "date": day.to_string(),
                    "customer": c.customer.code,
                    "invoice": a.owed.number,
                    "step": a.step.name,
                    "channel": a.step.channel.as_str(),
                    "action": action,
                    "balance": fmt_amount(a.owed.balance),
                    "days_late": days_late,
                }));
            }
        }
    }
    print_list(ctx.format, &listing, json_rows);
    Ok(())
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let mut ledger = ctx.open()?;
    let rows = ledger.read(|tx| {
        let customer = args
            .customer
            .as_deref()
            .map(|c| customers::by_code(tx, c))
            .transpose()?
            .map(|c| c.id);
        let invoice = args
            .invoice
            .as_deref()
            .map(|i| invoices::find(tx, i))
            .transpose()?
            .map(|i| i.id);
        store::log(tx, customer, invoice)
    })?;
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
pub fn demo_section(ctx: &Ctx, ledger: &std::path::Path) -> anyhow::Result<String> {
    let mut config = ctx.config().unwrap_or_else(|_| crate::config::Config::defaults());
    config.mail.transport = crate::config::Transport::Outbox(None);
    let mut open = crate::store::Ledger::open(ledger)?;
    let report = ops::run(&mut open, &config, ctx.as_of, false)?;
    let outbox = crate::config::beside_ledger(ledger, "outbox");
    let mut text = format!(
        "\n\nFirst dunning run (`creances dunning run`), mails written to {}:\n",
        outbox.display()
    );
    let mut l = Listing::new(vec!["customer", "invoice", "step", "days late", "status", "mail"]).right(&[3]);
    for c in &report.customers {
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
