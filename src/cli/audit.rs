//! `creances period close` and `creances verify`: books handed over stay as they were.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg};
use crate::error::Result;
use crate::render::audit as render;

#[derive(Debug, Subcommand)]
pub enum PeriodCommand {
    /// Close the books up to a day (inclusive): nothing may be recorded on or before it
    Close(CloseArgs),
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// Last day of the closed period, e.g. the end of the fiscal year handed to the accountant
    #[arg(long, value_parser = date_arg)]
    until: NaiveDate,
}

pub fn period(ctx: &Ctx, cmd: PeriodCommand) -> Result<()> {
    match cmd {
        PeriodCommand::Close(args) => {
            let until = ctx.open()?.close_period(args.until, ctx.as_of)?;
            render::closed(ctx.format, until);
            Ok(())
        }
    }
}

/// Check the audit log's chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)
#[derive(Debug, Args)]
pub struct VerifyArgs {}

pub fn verify(ctx: &Ctx, _args: VerifyArgs) -> Result<ExitCode> {
    let v = ctx.open()?.verify()?;
    render::verification(ctx.format, &v);
    if v.is_whole() {
        Ok(ExitCode::SUCCESS)
    } else {
        let why = match v.broken_at {
            Some(id) => crate::t!("cli-audit-broken", row = id.to_string()),
            None => crate::t!(
                "cli-audit-differs",
                facts = v.facts.len(),
                documents = v.documents.len()
            ),
        };
        Ok(super::partly_failed(&why))
    }
}
