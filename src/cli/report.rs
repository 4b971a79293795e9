//! `creances report ...`: who owes what since when, how fast customers pay, what comes in.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use super::{Ctx, date_arg};
use crate::domain::aging::{Basis, Buckets};
use crate::domain::report::{AgingBy, RevenueBy};
use crate::error::Result;
use crate::ops::report::{AgingRequest, PeriodRequest};
use crate::render::report as render;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late
    Aging(AgingArgs),
    /// Délai moyen de paiement (amount-weighted days from issue to payment) and DSO
    Dmp(DmpArgs),
    /// Paid / pending / dunning: counts, amounts and shares
    Split,
    /// Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers
    Kpis(PeriodArgs),
    /// Net revenue (excl. VAT, credit notes subtracted) by product, customer or month
    Revenue(RevenueArgs),
    /// Expected cash-in per week, from each customer's own past delay
    Forecast(ForecastArgs),
    /// Every customer's payment score, worst first, with what it is made of
    Payers(OutArgs),
    /// The morning's figures from one read of the ledger: receivables, overdue, DMP and
    /// DSO with their trend, aging, split, forecast, worst and best payers, today's dunning
    Dashboard(OutArgs),
    /// Charts by month: DMP and DSO, invoiced vs collected, and how many customers have
    /// each score grade
    Trends,
}

#[derive(Debug, Args)]
pub struct OutArgs {
    /// Write the report as an Excel workbook (FILE.xlsx) instead of printing it
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// The report into the workbook `out` when one is asked for, else printed.
fn out_or_print(
    ctx: &Ctx,
    ledger: &crate::ops::Ledger,
    out: Option<PathBuf>,
    workbook: impl FnOnce() -> Result<Vec<u8>>,
    print: impl FnOnce(),
) -> Result<()> {
    match out {
        Some(out) => {
            super::xlsx_out(&out)?;
            let path = ledger.write_out(&out, &workbook()?)?;
            crate::render::xlsx::written(ctx.format, &path);
        }
        None => print(),
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ByCustomerOrInvoice {
    Customer,
    Invoice,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum BasisArg {
    Due,
    Issue,
}

#[derive(Debug, Args)]
pub struct AgingArgs {
    /// One row per customer or per open invoice
    #[arg(long, value_enum, default_value = "customer")]
    by: ByCustomerOrInvoice,
    /// Upper limits of the late buckets, in days
    #[arg(long, default_value = "30,60,90")]
    buckets: String,
    /// Count days past the due date, or since the issue date
    #[arg(long, value_enum, default_value = "due")]
    basis: BasisArg,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// First day of the period (default: a year before --to)
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// Last day of the period (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DmpArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// One row per customer
    #[arg(long, value_enum)]
    by: Option<OnlyCustomer>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OnlyCustomer {
    Customer,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RevenueByArg {
    Product,
    Customer,
    Month,
}

#[derive(Debug, Args)]
pub struct RevenueArgs {
    /// One row per product, per customer or per month
    #[arg(long, value_enum)]
    by: RevenueByArg,
    #[command(flatten)]
    period: PeriodArgs,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    /// How many weeks ahead
    #[arg(long, default_value_t = 8)]
    weeks: usize,
}

impl PeriodArgs {
    fn request(&self, as_of: NaiveDate) -> PeriodRequest {
        PeriodRequest {
            from: self.from,
            to: self.to,
            as_of,
        }
    }
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        ReportCommand::Aging(args) => {
            let request = AgingRequest {
                as_of: ctx.as_of,
                by: match args.by {
                    ByCustomerOrInvoice::Customer => AgingBy::Customer,
                    ByCustomerOrInvoice::Invoice => AgingBy::Invoice,
                },
                buckets: Buckets::parse(&args.buckets)?,
                basis: match args.basis {
                    BasisArg::Due => Basis::Due,
                    BasisArg::Issue => Basis::Issue,
                },
            };
            // by invoice for a script: written line by line
            let streamed = request.by == AgingBy::Invoice && args.out.out.is_none();
            if let Some(mut lines) = streamed
                .then(|| render::AgingLines::new(ctx.format, &request.buckets))
                .flatten()
            {
                let totals = ledger.each_aging_line(&request, |line| lines.push(line))?;
                lines.finish(&totals);
                return Ok(());
            }
            let report = ledger.aging_report(&request)?;
            out_or_print(
                ctx,
                &ledger,
                args.out.out,
                || crate::render::xlsx::aging(&report, ctx.as_of),
                || render::aging(ctx.format, &report),
            )?;
        }
        ReportCommand::Dmp(args) => {
            let period = args.period.request(ctx.as_of);
            render::dmp(ctx.format, &ledger.dmp_report(period, args.by.is_some())?);
        }
        ReportCommand::Split => render::split(ctx.format, &ledger.split_report(ctx.as_of)?),
        ReportCommand::Kpis(args) => render::kpis(ctx.format, &ledger.kpi_report(args.request(ctx.as_of))?),
        ReportCommand::Revenue(args) => {
            let by = match args.by {
                RevenueByArg::Product => RevenueBy::Product,
                RevenueByArg::Customer => RevenueBy::Customer,
                RevenueByArg::Month => RevenueBy::Month,
            };
            let period = args.period.request(ctx.as_of);
            render::revenue(ctx.format, &ledger.revenue_report(period, by)?);
        }
        ReportCommand::Forecast(args) => {
            render::forecast(ctx.format, &ledger.forecast_report(ctx.as_of, args.weeks)?);
        }
        ReportCommand::Dashboard(args) => {
            let config = ctx.config()?;
            let d = ledger.dashboard(&config, ctx.as_of)?;
            out_or_print(
                ctx,
                &ledger,
                args.out,
                || crate::render::xlsx::dashboard(&d),
                || crate::render::dashboard::dashboard(ctx.format, &d),
            )?;
        }
        ReportCommand::Trends => {
            let config = ctx.config()?;
            crate::render::trends::trends(ctx.format, &ledger.trends(&config, ctx.as_of)?);
        }
        ReportCommand::Payers(args) => {
            let policy = ctx.config()?.score;
            let payers = ledger.payers_report(ctx.as_of, &policy)?;
            out_or_print(
                ctx,
                &ledger,
                args.out,
                || crate::render::xlsx::payers(&payers, ctx.as_of),
                || crate::render::score::payers(ctx.format, &payers),
            )?;
        }
    }
    Ok(())
}
