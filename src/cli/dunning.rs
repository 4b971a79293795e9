//! `creances dunning ...`: the reminder run for cron, its forecast and its history.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::dunning::{CatchUp, RunReport};
use crate::render::dunning as render;

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
    /// Show exactly what a run would do and change nothing; also check what the real run
    /// needs (sender, mail config, customers' emails, letters): exit 1 if something due
    /// could not be sent
    #[arg(long)]
    dry_run: bool,
    /// What a formal notice due before any reminder was mailed becomes: `reminder` (the
    /// firmest reminder first, the notice after the ladder's delay) or `notice` (at once)
    #[arg(long, value_name = "WHAT", default_value = "reminder", value_parser = ["reminder", "notice"])]
    catch_up: String,
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
            let catch_up = CatchUp::parse(&args.catch_up).unwrap_or_default();
            let report = ledger.dunning_run(&config, ctx.as_of, args.dry_run, catch_up)?;
            let code = print_report(ctx, &report);
            // a send a dead run left unfinished is never repeated on its own: say so
            let uncertain = ledger.uncertain_reminders()?;
            if uncertain.is_empty() {
                return Ok(code);
            }
            render::uncertain(&uncertain);
            Ok(ExitCode::from(1))
        }
        DunningCommand::Resend(args) => {
            ctx.open()?.resend_reminder(args.id)?;
            render::resent(args.id);
            Ok(ExitCode::SUCCESS)
        }
        DunningCommand::Send(args) => {
            let config = ctx.config()?;
            let report = ctx.open()?.dunning_send(&config, &args.invoice, ctx.as_of)?;
            Ok(print_report(ctx, &report))
        }
        DunningCommand::Plan(args) => {
            let config = ctx.config()?;
            let mut ledger = ctx.open()?;
            // for a script: written row by row; a table measures its columns first
            match render::PlanStream::new(ctx.format) {
                Some(mut out) => {
                    ledger.each_plan_line(&config, ctx.as_of, args.days, 1, |_, line| out.line(line))?;
                    out.finish();
                }
                None => {
                    let mut table = render::PlanTable::default();
                    let passes = render::PlanTable::PASSES;
                    ledger.each_plan_line(&config, ctx.as_of, args.days, passes, |p, line| {
                        table.line(p, line)
                    })?;
                    table.finish();
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        DunningCommand::Log(args) => {
            let mut out = render::LogWriter::new(ctx.format);
            let passes = out.passes();
            ctx.open()?.each_logged(
                args.customer.as_deref(),
                args.invoice.as_deref(),
                passes,
                |pass, r| out.row(pass, &r),
            )?;
            out.finish();
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints a run's report; exit 1 when some of its mails failed, or when a dry run found
/// something due that the real run could not send.
fn print_report(ctx: &Ctx, report: &RunReport) -> ExitCode {
    render::run(ctx.format, report);
    render::dry_run_findings(report);
    if !report.problems.is_empty() {
        return super::partly_failed(&render::dry_run_failed(report.problems.len()));
    }
    match report.failed() {
        0 => ExitCode::SUCCESS,
        failed => super::partly_failed(&render::run_failed(failed)),
    }
}

/// The end of `creances demo`: the first dunning run of the demo ledger, into its outbox
/// (never by SMTP, whatever the config says), and what was sent.
pub fn demo_section(ctx: &Ctx, ledger: &std::path::Path) -> crate::error::Result<String> {
    let mut config = ctx.config().unwrap_or_else(|_| crate::config::Config::defaults());
    config.mail.transport = crate::config::Transport::Outbox(None);
    let report =
        crate::ops::Ledger::open(ledger)?.dunning_run(&config, ctx.as_of, false, CatchUp::Reminder)?;
    let outbox = crate::config::beside_ledger(ledger, "outbox");
    Ok(render::demo_section(&report, &outbox, ctx.as_of))
}
