//! `creances task ...`: the owner's to-dos made by dunning ("call the customer").

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg};
use crate::render::task as render;

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Open tasks, oldest first (--all for done ones too)
    List(ListArgs),
    /// Mark a task done
    Done(DoneArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include the tasks already done
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// Task number (see `creances task list`)
    id: i64,
    /// What came of it ("promised payment by Friday")
    #[arg(long)]
    note: Option<String>,
    /// Day it was done (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, cmd: TaskCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        TaskCommand::List(args) => render::list(ctx.format, &ledger.tasks(args.all)?),
        TaskCommand::Done(args) => {
            let day = args.date.unwrap_or(ctx.as_of);
            let task = ledger.task_done(args.id, day, args.note.as_deref())?;
            render::done(ctx.format, &task, day);
        }
    }
    Ok(())
}
