//! `creances daily`: the one cron line (recurring run, then dunning run).

use std::process::ExitCode;

use clap::Args;

use super::Ctx;
use crate::render::daily as render;

#[derive(Debug, Args)]
pub struct DailyArgs {}

pub fn run(ctx: &Ctx, _args: DailyArgs) -> crate::error::Result<ExitCode> {
    let config = ctx.config()?;
    let report = ctx.open()?.daily(&config, ctx.as_of)?;
    render::daily(ctx.format, &report);
    Ok(ExitCode::from(report.exit()))
}
