//! `creances recurring ...`: subscriptions and the run that bills them (for cron).

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs, required_lines};
use crate::domain::recurring::{Frequency, Indexation};
use crate::ops::recurring::{NewSubscription, SubscriptionEdit};
use crate::render::recurring as render;

#[derive(Debug, Subcommand)]
pub enum RecurringCommand {
    /// Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)
    Add(AddArgs),
    /// Subscriptions with their next period and state
    List,
    /// One subscription with its lines, revisions, pauses and invoices
    Show(IdArg),
    /// Stop billing from today (or --as-of) until resumed: the periods in between are never billed
    Pause(IdArg),
    /// Bill again from today (or --as-of)
    Resume(IdArg),
    /// End a subscription: no period starts after --on (default: today or --as-of)
    End(EndArgs),
    /// Change a subscription from a day on: its lines (--line, --from), its limit
    /// (--end, --count), --issue/--send, its day of month; billed periods never change,
    /// and `recurring show` lists each edit
    Edit(EditArgs),
    /// Make the invoice of every period due, catching up missed days (for cron: exit 0
    /// done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)
    Run(RunArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Customer code
    #[arg(long)]
    customer: String,
    /// How often: week, month, quarter or year
    #[arg(long, value_parser = Frequency::parse)]
    every: Frequency,
    /// The first period's day
    #[arg(long, value_parser = date_arg)]
    start: NaiveDate,
    /// The last day a period may start
    #[arg(long, value_parser = date_arg, conflicts_with = "count")]
    end: Option<NaiveDate>,
    /// How many periods in all
    #[arg(long, value_name = "N")]
    count: Option<u32>,
    /// A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]",
    /// the discount a percentage (-10%) or an amount (-50) (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// Issue each invoice on its period's first day (default: left as a draft)
    #[arg(long)]
    issue: bool,
    /// Issue and mail each invoice
    #[arg(long)]
    send: bool,
    /// Periods start on this day of the month (31: the month's last day)
    #[arg(long, value_name = "N")]
    day_of_month: Option<u32>,
    /// A price revision from a day on, e.g. 3.5%@2027-01-01 (repeatable, compounding)
    #[arg(long = "index", value_name = "RATE%@DATE", value_parser = Indexation::parse)]
    indexations: Vec<Indexation>,
    /// Subscribe a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Subscription id, as `recurring list` shows it
    id: i64,
}

#[derive(Debug, Args)]
pub struct EndArgs {
    /// Subscription id
    id: i64,
    /// The last day a period may start (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    on: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Subscription id
    id: i64,
    /// The new lines, replacing all the current ones from --from on:
    /// "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]" (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// The first period start billed with the new lines (default: today or --as-of)
    #[arg(long, value_parser = date_arg, requires = "lines")]
    from: Option<NaiveDate>,
    /// The last day a period may start (replaces a --count)
    #[arg(long, value_parser = date_arg, conflicts_with = "count")]
    end: Option<NaiveDate>,
    /// How many periods in all (replaces an --end)
    #[arg(long, value_name = "N")]
    count: Option<u32>,
    /// Issue each invoice on its period's first day
    #[arg(long, conflicts_with = "no_issue")]
    issue: bool,
    /// Leave each invoice as a draft (needs --no-send if the invoices are mailed)
    #[arg(long)]
    no_issue: bool,
    /// Issue and mail each invoice
    #[arg(long, conflicts_with = "no_send")]
    send: bool,
    /// Stop mailing the invoices (they stay issued unless --no-issue)
    #[arg(long)]
    no_send: bool,
    /// Periods start on this day of the month (only before a period is billed)
    #[arg(long, value_name = "N")]
    day_of_month: Option<u32>,
}

/// `--flag` / `--no-flag` / neither.
fn switch(on: bool, off: bool) -> Option<bool> {
    match (on, off) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Show what a run would do and change nothing
    #[arg(long)]
    dry_run: bool,
    /// Invoice blocked customers too
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Ctx, cmd: RecurringCommand) -> crate::error::Result<ExitCode> {
    match cmd {
        RecurringCommand::Add(args) => {
            let lines = line_specs(&required_lines(ctx, args.lines)?)?;
            let new = NewSubscription {
                customer: args.customer,
                every: args.every,
                start: args.start,
                day_of_month: args.day_of_month,
                end: args.end,
                count: args.count,
                lines,
                indexations: args.indexations,
                issue: args.issue,
                send: args.send,
                force: args.force,
            };
            let s = ctx.open()?.add_subscription(&new, ctx.as_of)?;
            render::show(ctx.format, &s);
        }
        RecurringCommand::List => render::list(ctx.format, &ctx.open()?.subscriptions(ctx.as_of)?),
        RecurringCommand::Show(a) => render::show(ctx.format, &ctx.open()?.subscription(a.id, ctx.as_of)?),
        RecurringCommand::Pause(a) => {
            render::show(ctx.format, &ctx.open()?.pause_subscription(a.id, ctx.as_of)?)
        }
        RecurringCommand::Resume(a) => {
            render::show(ctx.format, &ctx.open()?.resume_subscription(a.id, ctx.as_of)?)
        }
        RecurringCommand::End(a) => {
            let on = a.on.unwrap_or(ctx.as_of);
            render::show(ctx.format, &ctx.open()?.end_subscription(a.id, on, ctx.as_of)?)
        }
        RecurringCommand::Edit(args) => {
            let edit = SubscriptionEdit {
                lines: line_specs(&args.lines)?,
                from: args.from,
                end: args.end,
                count: args.count,
                day_of_month: args.day_of_month,
                issue: switch(args.issue, args.no_issue),
                send: switch(args.send, args.no_send),
            };
            let s = ctx.open()?.edit_subscription(args.id, &edit, ctx.as_of)?;
            render::show(ctx.format, &s);
        }
        RecurringCommand::Run(args) => {
            let config = ctx.config()?;
            let report = ctx
                .open()?
                .recurring_run(&config, ctx.as_of, args.dry_run, args.force)?;
            render::run(ctx.format, &report);
            return Ok(match report.failed() {
                0 => ExitCode::SUCCESS,
                n => super::partly_failed(&render::run_failed(n)),
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}
