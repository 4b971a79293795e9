//! `creances invoice ...`: drafts, issuing, payments, credit notes, write-offs.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs};
use crate::domain::exchange::parse_rate;
use crate::domain::invoice::Delivery;
use crate::domain::invoice_list::{InvoiceSort, Search};
use crate::domain::money::{Currency, parse_percent, parse_positive_amount};
use crate::domain::payment::Method;
use crate::ops::credit::CreditRequest;
use crate::ops::delivery::{Deliveries, GroupInvoice, OffersInvoice};
use crate::ops::invoice::{DraftFields, EditDraft, InvoiceQuery, NewInvoice, PaymentInput};
use crate::render::invoice as render;
use crate::render::invoice_list as list;

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Create a draft invoice (no number until it is issued)
    Create(CreateArgs),
    /// One invoice of several delivery notes of a customer (a recap invoice, facture
    /// récapitulative): its lines under each note's number and date
    Group(GroupArgs),
    /// Change a draft (issued invoices are immutable: make a credit note)
    Edit(EditArgs),
    /// Delete a draft
    Delete(RefArg),
    /// Issue a draft: next number of its series, due date from the terms, content frozen
    Issue(IssueArgs),
    /// Invoices with status, balance and days late
    List(ListArgs),
    /// One invoice with its lines and its story: sends, payments, credit notes, reminders, holds
    Show(RefArg),
    /// Record a payment of this invoice
    Pay(PayArgs),
    /// Issue a credit note (avoir) against an invoice, full or partial
    Credit(CreditArgs),
    /// Write the remaining balance off as bad debt
    WriteOff(WriteOffArgs),
    /// Write the PDF (an issued invoice's first PDF is archived; later ones are compared with it)
    Pdf(super::document::InvoicePdfArgs),
    /// Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)
    Xml(super::document::InvoiceXmlArgs),
    /// Mail the PDF to the customer with a cover message (a draft is issued first)
    Send(super::document::InvoiceSendArgs),
    /// Record that the invoice was sent to the customer (by other means than `invoice send`)
    MarkSent(MarkSentArgs),
    /// Hold a disputed invoice: no reminder until released (it stays in every balance)
    Hold(HoldArgs),
    /// End a hold: reminders resume
    Release(RefArg),
}

#[derive(Debug, Args)]
pub struct HoldArgs {
    /// Invoice number
    invoice: String,
    /// Why (e.g. "delivery disputed")
    #[arg(long)]
    reason: String,
    /// Last day of the hold (default: until released)
    #[arg(long, value_parser = date_arg)]
    until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DocFields {
    /// A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]",
    /// the discount a percentage (-10%) or an amount (-50) (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// Numbering series (default FACT)
    #[arg(long)]
    series: Option<String>,
    /// Payment terms in days after issue (default: the customer's, else the company's)
    #[arg(long, value_name = "DAYS")]
    terms: Option<i64>,
    /// Unit prices include VAT (VAT is then taken out per rate)
    #[arg(long)]
    prices_include_vat: bool,
    /// Late-payment rate in percent per year for this invoice
    #[arg(long, value_name = "PERCENT")]
    penalty_rate: Option<String>,
    /// The customer's purchase-order number
    #[arg(long = "po", value_name = "NUMBER")]
    purchase_order: Option<String>,
    /// A note printed on the invoice
    #[arg(long)]
    notes: Option<String>,
    /// When the goods were delivered or the service done, if not on the issue date:
    /// a day (2026-03-15) or a period (2026-03-01..2026-03-31)
    #[arg(long, value_name = "DATE|FROM..TO")]
    delivered: Option<String>,
    /// The delivery address, when it is not the customer's (\n for line breaks)
    #[arg(long, value_name = "ADDRESS")]
    deliver_to: Option<String>,
    /// The invoice's currency (ISO 4217, e.g. USD; default: the company's)
    #[arg(long, value_name = "CODE")]
    currency: Option<String>,
    /// A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or
    /// an amount (150); `none` takes it away (edit)
    #[arg(long, value_name = "PERCENT%|AMOUNT")]
    discount: Option<String>,
    /// How it is paid: transfer, or direct-debit under the customer's SEPA mandate
    /// (default: the customer's way)
    #[arg(long, value_name = "METHOD")]
    collect: Option<String>,
}

#[derive(Debug, Args)]
pub struct GroupArgs {
    /// Customer code
    #[arg(long)]
    customer: String,
    /// The delivery notes to invoice, comma-separated (BL-2026-0001,BL-2026-0002)
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "NUMBERS",
        required_unless_present = "until",
        conflicts_with = "until"
    )]
    deliveries: Vec<String>,
    /// Every delivery note of the customer not invoiced yet, dated on or before this day
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    until: Option<NaiveDate>,
    /// Numbering series (default FACT)
    #[arg(long)]
    series: Option<String>,
    /// Issue it at once
    #[arg(long)]
    issue: bool,
    /// Issue date with --issue (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Invoice a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Customer code
    #[arg(long)]
    customer: Option<String>,
    #[command(flatten)]
    fields: DocFields,
    /// Invoice these quotes together, comma-separated (DEV-2026-0001,DEV-2026-0002): their
    /// lines under each quote's number; an open quote is accepted on the way
    #[arg(long, value_delimiter = ',', value_name = "NUMBERS", conflicts_with_all = ["lines", "terms", "prices_include_vat", "penalty_rate", "purchase_order", "notes", "delivered", "deliver_to"])]
    from_offers: Vec<String>,
    /// Invoice this quote (DEV-2026-0001), as --from-offers does for one; a quote with
    /// deposits gets its final invoice, deducting them
    #[arg(long, value_name = "NUMBER", conflicts_with_all = ["from_offers", "lines", "terms", "prices_include_vat", "penalty_rate", "purchase_order", "notes", "delivered", "deliver_to"])]
    from_offer: Option<String>,
    /// Issue it at once
    #[arg(long)]
    issue: bool,
    /// Issue date with --issue (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// With --issue, for an invoice in another currency: how many units of it one unit of
    /// the accounting currency buys (default: the rates file's rate of the issue date)
    #[arg(long, requires = "issue")]
    rate: Option<String>,
    /// Invoice a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Draft id
    invoice: String,
    /// Another customer code
    #[arg(long)]
    customer: Option<String>,
    #[command(flatten)]
    fields: DocFields,
    /// Add lines instead of replacing them all with --line
    #[arg(long = "add-line", value_name = "LINE")]
    add_lines: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RefArg {
    /// Invoice number (FACT-2026-0001) or draft id
    invoice: String,
}

#[derive(Debug, Args)]
pub struct IssueArgs {
    /// Draft id
    invoice: String,
    /// Issue date (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// For an invoice in another currency: how many units of it one unit of the accounting
    /// currency buys, fixed on the invoice (default: the rates file's rate of the issue date)
    #[arg(long)]
    rate: Option<String>,
    /// Issue for a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: draft, unsent, sent, overdue, partially_paid, paid, credited,
    /// written_off, or pending_collection (a SEPA debit made, its money not on a statement yet)
    #[arg(long)]
    status: Option<String>,
    /// Only this customer
    #[arg(long)]
    customer: Option<String>,
    /// Issued on or after
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// Issued on or before
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
    /// Only invoices past their due date with a balance
    #[arg(long)]
    overdue: bool,
    /// List credit notes instead of invoices
    #[arg(long)]
    credit_notes: bool,
    /// Only those whose number or customer (code or name) contains TEXT, or whose total
    /// or balance is the amount TEXT
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// The order: issued (as recorded), due, customer, total, balance or days-late
    #[arg(long, value_enum, default_value = "issued", value_name = "KEY")]
    sort: SortKey,
    /// Largest (or latest) first
    #[arg(long)]
    desc: bool,
    /// At most N invoices, after sorting
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Print straight to the terminal: no pager, even for a list longer than the screen
    /// (a list is paged only on a terminal, with $PAGER or `less -FRX`)
    #[arg(long)]
    no_pager: bool,
}

/// `invoice list --sort`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SortKey {
    Issued,
    Due,
    Customer,
    Total,
    Balance,
    DaysLate,
}

impl From<SortKey> for InvoiceSort {
    fn from(k: SortKey) -> InvoiceSort {
        match k {
            SortKey::Issued => InvoiceSort::Issued,
            SortKey::Due => InvoiceSort::Due,
            SortKey::Customer => InvoiceSort::Customer,
            SortKey::Total => InvoiceSort::Total,
            SortKey::Balance => InvoiceSort::Balance,
            SortKey::DaysLate => InvoiceSort::DaysLate,
        }
    }
}

#[derive(Debug, Args)]
pub struct PayArgs {
    /// Invoice number
    invoice: String,
    /// Amount received (default: the balance)
    #[arg(long, allow_negative_numbers = true)]
    amount: Option<String>,
    /// Day the money arrived (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// transfer, check, card, cash, direct_debit or other
    #[arg(long, default_value = "transfer")]
    method: String,
    /// Bank reference, cheque number...
    #[arg(long)]
    reference: Option<String>,
    /// Accept more than the balance and keep the excess as customer credit
    #[arg(long)]
    overpay: bool,
    /// For an invoice in another currency: the rate of the day the money arrived
    /// (default: the rates file's)
    #[arg(long)]
    rate: Option<String>,
    /// Mail the customer a payment receipt (always, if the config says `receipts = true`)
    #[arg(long)]
    notify: bool,
}

#[derive(Debug, Args)]
pub struct CreditArgs {
    /// Invoice number
    invoice: String,
    /// Amount to credit, VAT included (default: all that is not credited yet)
    #[arg(long, conflicts_with = "lines", allow_negative_numbers = true)]
    amount: Option<String>,
    /// Lines to credit: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)
    #[arg(long = "line", value_name = "LINE")]
    lines: Vec<String>,
    /// Why: printed on the credit note
    #[arg(long)]
    reason: String,
    /// Credit note date (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Credit-note series (default AV)
    #[arg(long)]
    series: Option<String>,
}

#[derive(Debug, Args)]
pub struct WriteOffArgs {
    /// Invoice number
    invoice: String,
    /// Why the debt is lost (liquidation, prescription...)
    #[arg(long)]
    reason: String,
    /// Date of the write-off (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct MarkSentArgs {
    /// Invoice number
    invoice: String,
    /// Day it was sent (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, cmd: InvoiceCommand) -> crate::error::Result<ExitCode> {
    let (format, as_of) = (ctx.format, ctx.as_of);
    match cmd {
        InvoiceCommand::Create(args) if !args.from_offers.is_empty() || args.from_offer.is_some() => {
            let request = OffersInvoice {
                offers: args.from_offer.into_iter().chain(args.from_offers).collect(),
                customer: args.customer,
                series: args.fields.series,
                issue_on: args.issue.then(|| args.date.unwrap_or(as_of)),
                force: args.force,
            };
            let mut ledger = ctx.open_for_sale(request.issue_on.is_some())?;
            render::show(format, &ledger.invoice_offers(&request, as_of)?, as_of);
        }
        InvoiceCommand::Group(args) => {
            let group = GroupInvoice {
                customer: args.customer,
                deliveries: match args.until {
                    Some(day) => Deliveries::Until(day),
                    None => Deliveries::Named(args.deliveries),
                },
                series: args.series,
                issue_on: args.issue.then(|| args.date.unwrap_or(as_of)),
                force: args.force,
            };
            let mut ledger = ctx.open_for_sale(group.issue_on.is_some())?;
            render::show(format, &ledger.group_invoice(&group, as_of)?, as_of);
        }
        InvoiceCommand::Create(args) => {
            let new = NewInvoice {
                customer: super::required_customer(ctx, args.customer)?,
                fields: args.fields.parse(ctx, true)?,
                issue_on: args.issue.then(|| args.date.unwrap_or(as_of)),
                force: args.force,
                rate: args.rate.as_deref().map(parse_rate).transpose()?,
            };
            let mut ledger = ctx.open_for_sale(new.issue_on.is_some())?;
            render::show(format, &ledger.create_invoice(&new, as_of)?, as_of);
        }
        InvoiceCommand::Edit(args) => {
            let edit = EditDraft {
                reference: args.invoice,
                customer: args.customer,
                fields: args.fields.parse(ctx, false)?,
                add_lines: line_specs(&args.add_lines)?,
            };
            render::show(format, &ctx.open()?.edit_draft(&edit, as_of)?, as_of);
        }
        InvoiceCommand::Delete(args) => {
            render::deleted(format, &ctx.open()?.delete_draft(&args.invoice)?);
        }
        InvoiceCommand::Issue(args) => {
            let date = args.date.unwrap_or(as_of);
            let sheet = ctx.open_for_sale(true)?.issue_invoice(
                &args.invoice,
                date,
                args.force,
                args.rate.as_deref().map(parse_rate).transpose()?,
                as_of,
            )?;
            render::show(format, &sheet, as_of);
        }
        InvoiceCommand::List(args) => {
            let query = InvoiceQuery {
                status: args
                    .status
                    .as_deref()
                    .map(super::invoice_status::parse)
                    .transpose()?,
                customer: args.customer,
                from: args.from,
                to: args.to,
                overdue: args.overdue,
                credit_notes: args.credit_notes,
                search: args.search.as_deref().map(Search::parse).transpose()?,
                sort: args.sort.into(),
                descending: args.desc,
                limit: args.limit,
            };
            if !args.no_pager {
                crate::render::pager::allow();
            }
            // in the recorded order and all of them: written as they are read
            let streamed = query.sort == InvoiceSort::Issued && !query.descending && query.limit.is_none();
            match streamed.then(|| list::ListStream::new(format, as_of)).flatten() {
                Some(mut out) => {
                    ctx.open()?.each_invoice(&query, as_of, |r| out.push(&r))?;
                    out.finish();
                }
                // a table: sized on every invoice, then written, over one snapshot
                None if streamed => {
                    let mut rows = list::TableRows::new(as_of);
                    ctx.open()?
                        .each_invoice_in_passes(&query, as_of, 2, |pass, r| match pass {
                            0 => rows.measure(&r),
                            _ => rows.write(&r),
                        })?;
                    rows.finish();
                }
                None => list::list(format, &ctx.open()?.invoices(&query, as_of)?, as_of),
            }
        }
        InvoiceCommand::Show(args) => {
            let (sheet, story) = ctx.open()?.invoice_story(&args.invoice, as_of)?;
            render::show_story(format, &sheet, &story, as_of);
        }
        InvoiceCommand::Pay(args) => return pay(ctx, args),
        InvoiceCommand::Credit(args) => {
            let request = CreditRequest {
                reference: args.invoice,
                amount: args
                    .amount
                    .as_deref()
                    .map(|a| parse_positive_amount("--amount", a))
                    .transpose()?,
                lines: line_specs(&args.lines)?,
                reason: args.reason,
                date: args.date.unwrap_or(as_of),
                series: args.series,
            };
            render::show(format, &ctx.open()?.credit_invoice(&request, as_of)?, as_of);
        }
        InvoiceCommand::WriteOff(args) => {
            let date = args.date.unwrap_or(as_of);
            let sheet = ctx
                .open()?
                .write_off_invoice(&args.invoice, &args.reason, date, as_of)?;
            render::show(format, &sheet, as_of);
        }
        InvoiceCommand::Hold(args) => {
            let (record, hold) = ctx
                .open()?
                .hold_invoice(&args.invoice, &args.reason, as_of, args.until)?;
            render::hold(format, &record, Some(&hold));
        }
        InvoiceCommand::Release(args) => {
            let record = ctx.open()?.release_invoice(&args.invoice, as_of)?;
            render::hold(format, &record, None);
        }
        InvoiceCommand::Pdf(args) => super::document::invoice_pdf(ctx, args)?,
        InvoiceCommand::Xml(args) => super::document::invoice_xml(ctx, args)?,
        InvoiceCommand::Send(args) => return super::document::invoice_send(ctx, args),
        InvoiceCommand::MarkSent(args) => {
            let date = args.date.unwrap_or(as_of);
            let sheet = ctx.open()?.mark_invoice_sent(&args.invoice, date, as_of)?;
            render::show(format, &sheet, as_of);
        }
    }
    Ok(ExitCode::SUCCESS)
}

impl DocFields {
    /// The typed fields; on create at least one line is required (asked for on a terminal).
    fn parse(self, ctx: &Ctx, create: bool) -> crate::error::Result<DraftFields> {
        let lines = if create {
            super::required_lines(ctx, self.lines)?
        } else {
            self.lines
        };
        Ok(DraftFields {
            lines: line_specs(&lines)?,
            series: self.series,
            terms: self.terms,
            prices_include_vat: self.prices_include_vat,
            penalty_rate: self
                .penalty_rate
                .as_deref()
                .map(|r| parse_percent("--penalty-rate", r))
                .transpose()?,
            purchase_order: self.purchase_order,
            notes: self.notes,
            delivery: self.delivered.as_deref().map(Delivery::parse).transpose()?,
            delivery_address: self.deliver_to,
            currency: self.currency.as_deref().map(Currency::parse).transpose()?,
            discount: self.discount.as_deref().map(super::discount_arg).transpose()?,
            collect: self
                .collect
                .as_deref()
                .map(crate::domain::sepa::CollectMethod::parse)
                .transpose()?,
        })
    }
}

/// `invoice pay`: records the payment, then mails a receipt when asked (or always, by
/// the config); a receipt that fails leaves the payment recorded and exits 1.
fn pay(ctx: &Ctx, args: PayArgs) -> crate::error::Result<ExitCode> {
    let input = PaymentInput {
        amount: args
            .amount
            .as_deref()
            .map(|a| parse_positive_amount("--amount", a))
            .transpose()?,
        date: args.date.unwrap_or(ctx.as_of),
        method: Method::parse(&args.method)?,
        reference: args.reference,
        overpay: args.overpay,
        rate: args.rate.as_deref().map(parse_rate).transpose()?,
    };
    // a receipt: asked for (a bad config is then an error), or always by the config
    let config = if args.notify {
        Some(ctx.config()?)
    } else {
        ctx.config().ok().filter(|c| c.mail.receipts)
    };
    let mut ledger = ctx.open()?;
    ledger.use_rates_file(ctx.config()?.currency.rates_file);
    let paid = ledger.pay_invoice(&args.invoice, &input, ctx.as_of)?;
    render::show(ctx.format, &paid.sheet, ctx.as_of);
    if input.date > ctx.as_of {
        crate::render::story::payment_to_come(input.date, ctx.as_of);
    }
    if let Some(config) = config {
        // the payment is committed: whatever goes wrong with the receipt now (a broken
        // template, a server down) is a partial failure, never "nothing changed"
        let why = match ledger.send_receipt(&config, &paid, input.date) {
            Ok(receipt) => {
                eprintln!(
                    "{}",
                    crate::t!(
                        "cli-receipt-sent",
                        to = receipt.to.to_string(),
                        via = receipt.via.to_string()
                    )
                );
                return Ok(ExitCode::SUCCESS);
            }
            Err(e) => e.to_string(),
        };
        return Ok(super::partly_failed(&crate::t!(
            "cli-receipt-failed",
            reason = why
        )));
    }
    Ok(ExitCode::SUCCESS)
}
