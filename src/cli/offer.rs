//! `creances offer ...`: quotes (devis) and their acceptance into invoices.

use chrono::{Days, NaiveDate};
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs};
use crate::domain::document::validate_lines;
use crate::domain::numbering::{INVOICE_SERIES, OFFER_SERIES, validate_series};
use crate::domain::offer::Offer;
use crate::domain::offer::OfferStatus;
use crate::error::Error;
use crate::ops::invoice::{check_not_blocked, resolve_lines};
use crate::ops::offer as ops;
use crate::render::fmt::{amount as fmt_amount, plain as fmt_plain};
use crate::render::{Listing, json, print_list, print_record};
use crate::store::offer as store;
use crate::store::{company, customer as customers};

#[derive(Debug, Subcommand)]
pub enum OfferCommand {
    /// Create a quote, numbered in its own series (DEV-2026-0001)
    Create(CreateArgs),
    /// Quotes with their status (open, expired, accepted, declined)
    List(ListArgs),
    /// One quote with its lines
    Show(RefArg),
    /// Accept a quote: a draft invoice with every line (issued at once with --issue)
    Accept(AcceptArgs),
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
    /// A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)
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
    /// Numbering series (default DEV)
    #[arg(long)]
    series: Option<String>,
    /// Quote a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
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
    /// Invoice a blocked customer all the same
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Ctx, cmd: OfferCommand) -> crate::error::Result<()> {
    match cmd {
        OfferCommand::Create(args) => create(ctx, args),
        OfferCommand::List(args) => list(ctx, args),
        OfferCommand::Show(args) => {
            let mut ledger = ctx.open()?;
            let offer = ledger.read(|tx| store::find(tx, &args.offer))?;
            show(ctx, &mut ledger, &offer)
        }
        OfferCommand::Accept(args) => {
            let series = validate_series(args.series.as_deref().unwrap_or(INVOICE_SERIES))?;
            let issue_on = args.issue.then(|| args.date.unwrap_or(ctx.as_of));
            let mut ledger = ctx.open()?;
            let (_offer, invoice) = ledger.write(|tx| {
                let company = company::get(tx)?;
                ops::accept(
                    tx,
                    &company,
                    &args.offer,
                    ctx.as_of,
                    &series,
                    issue_on,
                    args.force,
                )
            })?;
            super::invoice::show_record(ctx, &mut ledger, &invoice)
        }
        OfferCommand::Pdf(args) => super::document::offer_pdf(ctx, args),
        OfferCommand::Send(args) => super::document::offer_send(ctx, args),
        OfferCommand::Decline(args) => {
            let mut ledger = ctx.open()?;
            let offer = ledger.write(|tx| ops::decline(tx, &args.offer, ctx.as_of))?;
            show(ctx, &mut ledger, &offer)
        }
    }
}

fn create(ctx: &Ctx, args: CreateArgs) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let code = super::required(args.customer, "--customer", "Customer code")?;
    let specs = line_specs(&super::required_lines(args.lines)?)?;
    let series = validate_series(args.series.as_deref().unwrap_or(OFFER_SERIES))?;
    let date = args.date.unwrap_or(ctx.as_of);
    let valid_until = args
        .valid_until
        .unwrap_or_else(|| date.checked_add_days(Days::new(30)).unwrap_or(date));
    let offer = ledger.write(|tx| {
        let company = company::get(tx)?;
        let customer = customers::by_code(tx, &code)?;
        check_not_blocked(&customer, args.force, "quote")?;
        let lines = resolve_lines(tx, &company, &specs)?;
        validate_lines(&lines, args.prices_include_vat, company.currency)?;
        let (id, _) = store::insert(
            tx,
            customer.id,
            &series,
            date,
            valid_until,
            args.prices_include_vat,
            args.notes.as_deref(),
            &lines,
            company.currency,
        )?;
        store::find(tx, &id.to_string())
    })?;
    show(ctx, &mut ledger, &offer)
}

fn list(ctx: &Ctx, args: ListArgs) -> crate::error::Result<()> {
    let status = match &args.status {
        Some(s) => Some(OfferStatus::parse(s).ok_or_else(|| {
            Error::Input(format!(
                "--status `{s}` is unknown: use open, expired, accepted or declined"
            ))
        })?),
        None => None,
    };
    let mut ledger = ctx.open()?;
    let offers = ledger.read(|tx| {
        let customer = args
            .customer
            .as_deref()
            .map(|c| customers::by_code(tx, c))
            .transpose()?;
        store::list(tx, customer.map(|c| c.id))
    })?;
    let mut listing = Listing::new(vec![
        "number",
        "customer",
        "date",
        "valid until",
        "total",
        "status",
        "invoice",
    ])
    .right(&[4]);
    let mut out = Vec::new();
    for o in offers
        .iter()
        .filter(|o| status.is_none_or(|s| o.status(ctx.as_of) == s))
    {
        listing.push(vec![
            o.number.clone(),
            o.customer_code.clone(),
            o.issue_date.to_string(),
            o.valid_until.to_string(),
            fmt_amount(o.total),
            o.status(ctx.as_of).as_str().into(),
            o.invoice.clone().unwrap_or_default(),
        ]);
        out.push(json::offer(o, None, ctx.as_of));
    }
    print_list(ctx.format, &listing, out);
    Ok(())
}

fn show(ctx: &Ctx, ledger: &mut crate::ops::Ledger, offer: &Offer) -> crate::error::Result<()> {
    let lines = ledger.read(|tx| store::lines(tx, offer.id))?;
    let fields = [
        ("quote", offer.number.clone()),
        ("status", offer.status(ctx.as_of).as_str().into()),
        (
            "customer",
            format!("{} ({})", offer.customer_code, offer.customer_name),
        ),
        ("date", offer.issue_date.to_string()),
        ("valid_until", offer.valid_until.to_string()),
        ("total_net", fmt_amount(offer.total_net)),
        ("total_vat", fmt_amount(offer.total_vat)),
        ("total", fmt_amount(offer.total)),
        ("invoice", offer.invoice.clone().unwrap_or_default()),
    ];
    let mut l =
        Listing::new(vec!["designation", "qty", "unit price", "vat %", "amount"]).right(&[1, 2, 3, 4]);
    for line in &lines {
        l.push(vec![
            line.designation.clone(),
            fmt_plain(line.quantity),
            fmt_amount(line.unit_price),
            fmt_plain(line.vat_rate),
            fmt_amount(line.amount(offer.total.currency())),
        ]);
    }
    print_record(
        ctx.format,
        &json::offer(offer, Some(&lines), ctx.as_of),
        &fields,
        &[("Lines", &l)],
    );
    Ok(())
}
