//! `creances delivery ...`: delivery notes (bons de livraison), invoiced later with
//! `invoice group`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs};
use crate::ops::delivery::NewDelivery;
use crate::render::delivery as render;

#[derive(Debug, Subcommand)]
pub enum DeliveryCommand {
    /// Make a delivery note, numbered at once (BL-2026-0001) and never changed after
    Create(CreateArgs),
    /// Delivery notes with the invoice that bills each
    List(ListArgs),
    /// One delivery note with its lines
    Show(RefArg),
    /// Write the delivery note's PDF (quantities delivered, no amount due)
    Pdf(PdfArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Customer code
    #[arg(long)]
    customer: Option<String>,
    /// A line delivered, at the price it will be invoiced:
    /// "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods]" or "@SKU;QTY" (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// Day of the delivery (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// A note printed on the delivery note
    #[arg(long)]
    notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer
    #[arg(long)]
    customer: Option<String>,
    /// Only those no invoice bills yet
    #[arg(long)]
    uninvoiced: bool,
}

#[derive(Debug, Args)]
pub struct RefArg {
    /// Delivery note number (BL-2026-0001)
    delivery: String,
}

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// Delivery note number (BL-2026-0001)
    delivery: String,
    /// Write the PDF here [default: the documents folder beside the ledger]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, cmd: DeliveryCommand) -> crate::error::Result<()> {
    let format = ctx.format;
    match cmd {
        DeliveryCommand::Create(args) => {
            let new = NewDelivery {
                customer: super::required_customer(ctx, args.customer)?,
                lines: line_specs(&super::required_lines(ctx, args.lines)?)?,
                date: args.date.unwrap_or(ctx.as_of),
                notes: args.notes,
            };
            render::show(format, &ctx.open()?.create_delivery(&new, ctx.as_of)?);
        }
        DeliveryCommand::List(args) => {
            let notes = ctx
                .open()?
                .deliveries(args.customer.as_deref(), args.uninvoiced)?;
            render::list(format, &notes);
        }
        DeliveryCommand::Show(args) => render::show(format, &ctx.open()?.delivery(&args.delivery)?),
        DeliveryCommand::Pdf(args) => super::document::delivery_pdf(ctx, &args.delivery, args.out)?,
    }
    Ok(())
}
