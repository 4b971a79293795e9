//! `creances offer ...`: quotes (devis) and their acceptance into invoices.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs};
use crate::domain::deposit::DepositAsk;
use crate::domain::offer::OfferStatus;
use crate::error::Error;
use crate::ops::offer::{AcceptOffer, FinalInvoice, NewOffer};
use crate::render::offer as render;

#[derive(Debug, Subcommand)]
pub enum OfferCommand {
    /// Create a quote, numbered in its own series (DEV-2026-0001)
    Create(CreateArgs),
    /// Quotes with their status (open, expired, accepted, declined)
    List(ListArgs),
    /// One quote with its lines
    Show(RefArg),
    /// Accept a quote: a draft invoice with every line (issued at once with --issue), or
    /// with --deposit a deposit invoice (facture d'acompte), issued at once
    Accept(AcceptArgs),
    /// The final invoice of a quote accepted with a deposit: every line, each deposit deducted
    Invoice(FinalArgs),
    /// Decline a quote
    Decline(RefArg),
    /// Write the quote's PDF
    Pdf(super::document::OfferPdfArgs),
    /// Mail the quote's PDF to the customer with a cover message
    Send(super::document::OfferSendArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Customer code
    #[arg(long)]
    customer: Option<String>,
    /// A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]",
    /// the discount a percentage (-10%) or an amount (-50) (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// Date of the quote (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Last day the quote can be accepted (default: 30 days after its date)
    #[arg(long, value_parser = date_arg)]
    valid_until: Option<NaiveDate>,
    /// Unit prices include VAT
    #[arg(long)]
    prices_include_vat: bool,
    /// A note printed on the quote
    #[arg(long)]
    notes: Option<String>,
    /// A discount off the whole quote, shared over its VAT rates: a percentage (5%) or an
    /// amount (150)
    #[arg(long, value_name = "PERCENT%|AMOUNT")]
    discount: Option<String>,
    /// Numbering series (default DEV)
    #[arg(long)]
    series: Option<String>,
    /// Quote a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer's quotes (customer code)
    #[arg(long)]
    customer: Option<String>,
    /// open, expired, accepted or declined
    #[arg(long)]
    status: Option<String>,
}

#[derive(Debug, Args)]
pub struct RefArg {
    /// Quote number (DEV-2026-0001)
    offer: String,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// Quote number (DEV-2026-0001)
    offer: String,
    /// Issue the invoice at once
    #[arg(long)]
    issue: bool,
    /// Issue date with --issue (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Invoice series (default FACT)
    #[arg(long)]
    series: Option<String>,
    /// Ask a deposit instead: a percentage of the total including VAT (30%) or an amount
    /// including VAT; the deposit invoice is issued at once (on --date, else today)
    #[arg(long, value_name = "PERCENT%|AMOUNT")]
    deposit: Option<String>,
    /// Invoice a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct FinalArgs {
    /// Quote number (DEV-2026-0001)
    offer: String,
    /// The final invoice: the quote's total less each deposit invoiced
    #[arg(long, required = true)]
    r#final: bool,
    /// Issue it at once
    #[arg(long)]
    issue: bool,
    /// Issue date with --issue (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Invoice series (default FACT)
    #[arg(long)]
    series: Option<String>,
    /// Invoice a blocked customer all the same
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Ctx, cmd: OfferCommand) -> crate::error::Result<()> {
    let (format, as_of) = (ctx.format, ctx.as_of);
    match cmd {
        OfferCommand::Create(args) => {
            let new = NewOffer {
                customer: super::required_customer(ctx, args.customer)?,
                lines: line_specs(&super::required_lines(ctx, args.lines)?)?,
                series: args.series,
                date: args.date.unwrap_or(as_of),
                valid_until: args.valid_until,
                prices_include_vat: args.prices_include_vat,
                notes: args.notes,
                discount: args
                    .discount
                    .as_deref()
                    .map(super::discount_arg)
                    .transpose()?
                    .flatten(),
                force: args.force,
            };
            render::show(
                format,
                &ctx.open_for_sale(false)?.create_offer(&new, as_of)?,
                as_of,
            );
        }
        OfferCommand::List(args) => {
            let status = args.status.as_deref().map(parse_status).transpose()?;
            let offers = ctx.open()?.offers(args.customer.as_deref(), status, as_of)?;
            render::list(format, &offers, as_of);
        }
        OfferCommand::Show(args) => render::show(format, &ctx.open()?.offer(&args.offer)?, as_of),
        OfferCommand::Accept(args) => {
            let accept = AcceptOffer {
                reference: args.offer,
                series: args.series,
                issue_on: match args.deposit {
                    Some(_) => Some(args.date.unwrap_or(as_of)),
                    None => args.issue.then(|| args.date.unwrap_or(as_of)),
                },
                deposit: args.deposit.as_deref().map(DepositAsk::parse).transpose()?,
                force: args.force,
            };
            let mut ledger = ctx.open_for_sale(accept.issue_on.is_some())?;
            let sheet = ledger.accept_offer(&accept, as_of)?;
            crate::render::invoice::show(format, &sheet, as_of);
        }
        OfferCommand::Invoice(args) => {
            let request = FinalInvoice {
                reference: args.offer,
                series: args.series,
                issue_on: args.issue.then(|| args.date.unwrap_or(as_of)),
                force: args.force,
            };
            let mut ledger = ctx.open_for_sale(request.issue_on.is_some())?;
            let sheet = ledger.final_invoice(&request, as_of)?;
            crate::render::invoice::show(format, &sheet, as_of);
        }
        OfferCommand::Pdf(args) => super::document::offer_pdf(ctx, args)?,
        OfferCommand::Send(args) => super::document::offer_send(ctx, args)?,
        OfferCommand::Decline(args) => {
            render::show(format, &ctx.open()?.decline_offer(&args.offer, as_of)?, as_of);
        }
    }
    Ok(())
}

fn parse_status(text: &str) -> Result<OfferStatus, Error> {
    OfferStatus::parse(text).ok_or_else(|| Error::Input(crate::t!("cli-offer-status-unknown", text = text)))
}
