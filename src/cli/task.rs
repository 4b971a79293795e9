//! `creances task ...`: the owner's to-dos made by dunning ("call the customer").

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::json;

use super::{Ctx, date_arg};
use crate::render::Format;
use crate::render::{Listing, emit, emit_json, print_list};
use crate::store::dunning as store;

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

fn task_json(t: &crate::domain::reminder::Task) -> serde_json::Value {
    json!({
        "id": t.id,
        "invoice": t.invoice_number,
        "customer": t.customer_code,
        "step": t.step,
        "title": t.title,
        "due_on": t.due_on.to_string(),
        "done_on": t.done_on.map(|d| d.to_string()),
        "note": t.note,
    })
}

pub fn run(ctx: &Ctx, cmd: TaskCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        TaskCommand::List(args) => {
            let tasks = ledger.read(|tx| store::tasks(tx, args.all))?;
            let mut listing =
                Listing::new(vec!["id", "due", "customer", "invoice", "task", "done"]).right(&[0]);
            for t in &tasks {
                listing.push(vec![
                    t.id.to_string(),
                    t.due_on.to_string(),
                    t.customer_code.clone(),
                    t.invoice_number.clone(),
                    t.title.clone(),
                    t.done_on.map(|d| d.to_string()).unwrap_or_default(),
                ]);
            }
            print_list(
                ctx.format,
                &listing,
                tasks.iter().map(task_json).collect::<Vec<_>>(),
            );
        }
        TaskCommand::Done(args) => {
            let day = args.date.unwrap_or(ctx.as_of);
            let note = args.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            let task = ledger.write(|tx| {
                store::task_done(tx, args.id, day, note)?;
                Ok(store::tasks(tx, true)?.into_iter().find(|t| t.id == args.id))
            })?;
            match (ctx.format, task) {
                (Format::Json, Some(t)) => emit_json(&task_json(&t)),
                (_, Some(t)) => emit(&format!("task #{} done on {day}: {}", t.id, t.title)),
                (_, None) => {}
            }
        }
    }
    Ok(())
}
