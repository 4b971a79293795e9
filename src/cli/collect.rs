//! `creances customer mandate ...` and `creances collect sepa`: SEPA direct debit.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg};
use crate::domain::sepa::MandateKind;
use crate::error::Result;
use crate::ops::sepa::NewMandate;
use crate::render::sepa as render;

#[derive(Debug, Subcommand)]
pub enum MandateCommand {
    /// Record a customer's signed SEPA direct-debit mandate (the latest one is used)
    Add(MandateAddArgs),
    /// Mandates, with how many collections each made
    List(MandateListArgs),
}

#[derive(Debug, Args)]
pub struct MandateAddArgs {
    /// Customer code
    customer: String,
    /// The account debited (checked: country length and mod-97 key)
    #[arg(long)]
    iban: String,
    /// The debtor's bank
    #[arg(long)]
    bic: String,
    /// The unique mandate reference (RUM) printed on the signed mandate
    #[arg(long, value_name = "RUM")]
    reference: String,
    /// The day the customer signed it
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    signed: NaiveDate,
    /// For every collection until revoked (the default)
    #[arg(long, conflicts_with = "one_off")]
    recurrent: bool,
    /// For one collection only
    #[arg(long)]
    one_off: bool,
}

#[derive(Debug, Args)]
pub struct MandateListArgs {
    /// Only this customer
    customer: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CollectCommand {
    /// Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and
    /// mark them pending collection; a second run skips them
    Sepa(SepaArgs),
}

#[derive(Debug, Args)]
pub struct SepaArgs {
    /// Invoices due on or before this day
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    until: NaiveDate,
    /// The file to write for the bank
    #[arg(long, value_name = "FILE.xml")]
    out: PathBuf,
}

pub fn mandate(ctx: &Ctx, cmd: MandateCommand) -> Result<()> {
    match cmd {
        MandateCommand::Add(args) => {
            let new = NewMandate {
                customer: args.customer,
                iban: args.iban,
                bic: args.bic,
                reference: args.reference,
                signed_on: args.signed,
                kind: if args.one_off {
                    MandateKind::OneOff
                } else {
                    MandateKind::Recurrent
                },
            };
            render::mandate(ctx.format, &ctx.open()?.add_mandate(&new, ctx.as_of)?);
        }
        MandateCommand::List(args) => {
            render::mandates(ctx.format, &ctx.open()?.mandates(args.customer.as_deref())?);
        }
    }
    Ok(())
}

pub fn run(ctx: &Ctx, cmd: CollectCommand) -> Result<()> {
    match cmd {
        CollectCommand::Sepa(args) => {
            let mut ledger = ctx.open()?;
            let done = ledger.collect_sepa(args.until, &args.out, ctx.as_of)?;
            let currency = ledger.company()?.currency;
            render::collected(
                ctx.format,
                done.message_id.as_deref(),
                done.path.as_deref(),
                &done.debits,
                currency,
            );
        }
    }
    Ok(())
}
