//! `creances invoice ...`: drafts, issuing, payments, credit notes, write-offs.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg, line_specs};
use crate::domain::customer::validate_terms;
use crate::domain::document::LineSpec;
use crate::domain::invoice::Draft;
use crate::domain::invoice::Invoice;
use crate::domain::money::{parse_percent, parse_positive_amount};
use crate::domain::numbering::{CREDIT_NOTE_SERIES, INVOICE_SERIES, validate_series};
use crate::domain::payment::Method;
use crate::domain::status::InvoiceStatus;
use crate::error::Error;
use crate::ops::invoice::{self as ops, CreditAmount, PaymentInput};
use crate::render::fmt::{amount as fmt_amount, plain as fmt_plain};
use crate::render::{Format, Listing, json, print_list, print_record};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::invoice::{self as store, Filter};

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Create a draft invoice (no number until it is issued)
    Create(CreateArgs),
    /// Change a draft (issued invoices are immutable: make a credit note)
    Edit(EditArgs),
    /// Delete a draft
    Delete(RefArg),
    /// Issue a draft: next number of its series, due date from the terms, content frozen
    Issue(IssueArgs),
    /// Invoices with status, balance and days late
    List(ListArgs),
    /// One invoice with its lines
    Show(RefArg),
    /// Record a payment of this invoice
    Pay(PayArgs),
    /// Issue a credit note (avoir) against an invoice, full or partial
    Credit(CreditArgs),
    /// Write the remaining balance off as bad debt
    WriteOff(WriteOffArgs),
    /// Write the PDF (an issued invoice's first PDF is archived; later ones are compared with it)
    Pdf(super::document::InvoicePdfArgs),
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
    /// A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)
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
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Customer code
    #[arg(long)]
    customer: Option<String>,
    #[command(flatten)]
    fields: DocFields,
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
    /// Issue for a blocked customer all the same
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: draft, unsent, sent, overdue, partially_paid, paid, credited, written_off
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
}

#[derive(Debug, Args)]
pub struct PayArgs {
    /// Invoice number
    invoice: String,
    /// Amount received (default: the balance)
    #[arg(long)]
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
    /// Mail the customer a payment receipt (always, if the config says `receipts = true`)
    #[arg(long)]
    notify: bool,
}

#[derive(Debug, Args)]
pub struct CreditArgs {
    /// Invoice number
    invoice: String,
    /// Amount to credit, VAT included (default: all that is not credited yet)
    #[arg(long, conflicts_with = "lines")]
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
    let done = match cmd {
        InvoiceCommand::Create(args) => create(ctx, args),
        InvoiceCommand::Edit(args) => edit(ctx, args),
        InvoiceCommand::Delete(args) => {
            let mut ledger = ctx.open()?;
            let record = ledger.write(|tx| {
                let record = ops::find_draft(tx, &args.invoice, "deleted")?;
                store::delete_draft(tx, record.id)?;
                Ok(record)
            })?;
            match ctx.format {
                Format::Json => crate::render::emit_json(&serde_json::json!({"deleted": record.id})),
                _ => crate::render::emit(&format!("deleted draft #{}", record.id)),
            }
            Ok(())
        }
        InvoiceCommand::Issue(args) => {
            let mut ledger = ctx.open()?;
            let date = args.date.unwrap_or(ctx.as_of);
            let record = ledger.write(|tx| {
                let draft = store::find(tx, &args.invoice)?;
                let customer = customers::by_id(tx, draft.customer_id)?;
                ops::issue(tx, &args.invoice, date, &customer, args.force)
            })?;
            show_record(ctx, &mut ledger, &record)
        }
        InvoiceCommand::List(args) => list(ctx, args),
        InvoiceCommand::Show(args) => {
            let mut ledger = ctx.open()?;
            let record = ledger.read(|tx| store::find(tx, &args.invoice))?;
            show_record(ctx, &mut ledger, &record)
        }
        InvoiceCommand::Pay(args) => {
            let amount = args
                .amount
                .as_deref()
                .map(|a| parse_positive_amount("--amount", a))
                .transpose()?;
            let input = PaymentInput {
                amount,
                date: args.date.unwrap_or(ctx.as_of),
                method: Method::parse(&args.method)?,
                reference: args.reference,
                overpay: args.overpay,
            };
            // a receipt: asked for (a bad config is then an error), or always by the config
            let config = if args.notify {
                Some(ctx.config()?)
            } else {
                ctx.config().ok().filter(|c| c.mail.receipts)
            };
            let mut ledger = ctx.open()?;
            let before = ledger.read(|tx| store::find(tx, &args.invoice))?;
            let (record, payment_id) = ledger.write(|tx| ops::pay(tx, &args.invoice, &input))?;
            show_record(ctx, &mut ledger, &record)?;
            if let Some(config) = config {
                let amount = match input.amount {
                    Some(a) => crate::domain::money::Money::exact(a, record.currency)?,
                    None => before.view(crate::ops::END_OF_TIME).balance,
                };
                let sent = crate::ops::dunning::send_receipt(
                    &mut ledger,
                    &config,
                    &record,
                    payment_id,
                    amount,
                    input.date,
                )?;
                match sent {
                    Ok(note) => eprintln!("{note}"),
                    Err(e) => {
                        return Ok(super::partly_failed(&format!(
                            "the payment is recorded but the receipt was not sent: {e}"
                        )));
                    }
                }
            }
            Ok(())
        }
        InvoiceCommand::Credit(args) => credit(ctx, args),
        InvoiceCommand::WriteOff(args) => {
            let reason = nonempty(&args.reason, "--reason")?;
            let mut ledger = ctx.open()?;
            let date = args.date.unwrap_or(ctx.as_of);
            let record = ledger.write(|tx| ops::write_off(tx, &args.invoice, &reason, date))?;
            show_record(ctx, &mut ledger, &record)
        }
        InvoiceCommand::Hold(args) => {
            let mut ledger = ctx.open()?;
            let (record, hold) = ledger.write(|tx| {
                crate::ops::dunning::hold(tx, &args.invoice, &args.reason, ctx.as_of, args.until)
            })?;
            print_hold(ctx, &record, Some(&hold));
            Ok(())
        }
        InvoiceCommand::Release(args) => {
            let mut ledger = ctx.open()?;
            let record = ledger.write(|tx| crate::ops::dunning::release(tx, &args.invoice, ctx.as_of))?;
            print_hold(ctx, &record, None);
            Ok(())
        }
        InvoiceCommand::Pdf(args) => super::document::invoice_pdf(ctx, args),
        InvoiceCommand::Send(args) => super::document::invoice_send(ctx, args),
        InvoiceCommand::MarkSent(args) => {
            let mut ledger = ctx.open()?;
            let date = args.date.unwrap_or(ctx.as_of);
            let record = ledger.write(|tx| ops::mark_sent(tx, &args.invoice, date))?;
            show_record(ctx, &mut ledger, &record)
        }
    };
    done.map(|()| ExitCode::SUCCESS)
}

fn nonempty(text: &str, flag: &str) -> Result<String, Error> {
    let t = text.trim();
    if t.is_empty() {
        Err(Error::Input(format!("{flag} cannot be empty")))
    } else {
        Ok(t.to_string())
    }
}

fn series_or(given: Option<&str>, default: &str) -> Result<String, Error> {
    Ok(validate_series(given.unwrap_or(default))?)
}

fn create(ctx: &Ctx, args: CreateArgs) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let code = super::required(args.customer, "--customer", "Customer code")?;
    let specs = line_specs(&super::required_lines(args.fields.lines.clone())?)?;
    let f = &args.fields;
    let series = series_or(f.series.as_deref(), INVOICE_SERIES)?;
    let terms = f.terms.map(validate_terms).transpose()?;
    let penalty = f
        .penalty_rate
        .as_deref()
        .map(|r| parse_percent("--penalty-rate", r))
        .transpose()?;
    let issue_on = args.issue.then(|| args.date.unwrap_or(ctx.as_of));
    let record = ledger.write(|tx| {
        let company = company::get(tx)?;
        let customer = customers::by_code(tx, &code)?;
        let lines = ops::resolve_lines(tx, &company, &specs)?;
        let draft = Draft {
            customer_id: customer.id,
            series,
            payment_terms_days: terms
                .or(customer.payment_terms_days)
                .unwrap_or(company.payment_terms_days),
            currency: company.currency,
            prices_include_vat: f.prices_include_vat,
            penalty_rate: penalty.or(company.penalty_rate),
            purchase_order: f.purchase_order.clone(),
            notes: f.notes.clone(),
            offer_id: None,
            lines,
        };
        let record = ops::create_draft(tx, &customer, draft, args.force)?;
        match issue_on {
            Some(date) => ops::issue(tx, &record.id.to_string(), date, &customer, args.force),
            None => Ok(record),
        }
    })?;
    show_record(ctx, &mut ledger, &record)
}

fn edit(ctx: &Ctx, args: EditArgs) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let f = args.fields;
    let replace: Vec<LineSpec> = line_specs(&f.lines)?;
    let add: Vec<LineSpec> = line_specs(&args.add_lines)?;
    let series = f.series.as_deref().map(validate_series).transpose()?;
    let terms = f.terms.map(validate_terms).transpose()?;
    let penalty = f
        .penalty_rate
        .as_deref()
        .map(|r| parse_percent("--penalty-rate", r))
        .transpose()?;
    let record = ledger.write(|tx| {
        let record = ops::find_draft(tx, &args.invoice, "edited")?;
        let company = company::get(tx)?;
        let customer_id = match &args.customer {
            Some(code) => customers::by_code(tx, code)?.id,
            None => record.customer_id,
        };
        let mut lines = if replace.is_empty() {
            store::lines(tx, record.id)?
        } else {
            ops::resolve_lines(tx, &company, &replace)?
        };
        if !add.is_empty() {
            lines.extend(ops::resolve_lines(tx, &company, &add)?);
        }
        let draft = Draft {
            customer_id,
            series: series.clone().unwrap_or(record.series.clone()),
            payment_terms_days: terms.unwrap_or(record.payment_terms_days),
            currency: record.currency,
            prices_include_vat: f.prices_include_vat || record.prices_include_vat,
            penalty_rate: penalty.or(record.penalty_rate),
            purchase_order: f.purchase_order.clone().or(record.purchase_order.clone()),
            notes: f.notes.clone().or(record.notes.clone()),
            offer_id: None,
            lines,
        };
        ops::update_draft(tx, &record, draft)
    })?;
    show_record(ctx, &mut ledger, &record)
}

fn credit(ctx: &Ctx, args: CreditArgs) -> crate::error::Result<()> {
    let reason = nonempty(&args.reason, "--reason")?;
    let series = series_or(args.series.as_deref(), CREDIT_NOTE_SERIES)?;
    let date = args.date.unwrap_or(ctx.as_of);
    let specs = line_specs(&args.lines)?;
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_positive_amount("--amount", a))
        .transpose()?;
    let mut ledger = ctx.open()?;
    let (_invoice, note) = ledger.write(|tx| {
        let how = match (amount, specs.is_empty()) {
            (Some(a), _) => CreditAmount::Amount(a),
            (None, false) => CreditAmount::Lines(ops::resolve_lines(tx, &company::get(tx)?, &specs)?),
            (None, true) => CreditAmount::Full,
        };
        ops::credit(tx, &args.invoice, how, &reason, date, &series)
    })?;
    show_record(ctx, &mut ledger, &note)
}

fn list(ctx: &Ctx, args: ListArgs) -> crate::error::Result<()> {
    let status = match &args.status {
        Some(s) => Some(InvoiceStatus::parse(s).ok_or_else(|| {
            Error::Input(format!(
                "--status `{s}` is unknown: use one of {}",
                InvoiceStatus::ALL.map(|s| s.as_str()).join(", ")
            ))
        })?),
        None => None,
    };
    let mut ledger = ctx.open()?;
    let records = ledger.read(|tx| {
        let customer_id = args
            .customer
            .as_deref()
            .map(|c| customers::by_code(tx, c))
            .transpose()?
            .map(|c| c.id);
        store::list(
            tx,
            &Filter {
                customer_id,
                include_invoices: !args.credit_notes,
                include_credit_notes: args.credit_notes,
                from: args.from,
                to: args.to,
            },
        )
    })?;
    let mut listing = Listing::new(vec![
        "number",
        "customer",
        "issued",
        "due",
        "total",
        "paid",
        "credited",
        "balance",
        "status",
        "days late",
    ])
    .right(&[4, 5, 6, 7, 9]);
    let mut out = Vec::new();
    for r in &records {
        let v = r.view(ctx.as_of);
        if status.is_some_and(|s| s != v.status) || (args.overdue && v.days_late == 0) {
            continue;
        }
        if r.is_credit_note && (status.is_some() || args.overdue) {
            continue;
        }
        listing.push(vec![
            r.label(),
            r.customer_code.clone(),
            r.issue_date.map(|d| d.to_string()).unwrap_or_default(),
            r.due_date
                .filter(|_| !r.is_credit_note)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            fmt_amount(r.total),
            fmt_amount(v.paid),
            fmt_amount(v.credited),
            if r.is_credit_note {
                String::new()
            } else {
                fmt_amount(v.balance)
            },
            if r.is_credit_note {
                "issued".into()
            } else {
                v.status.as_str().into()
            },
            v.days_late.to_string(),
        ]);
        out.push(json::invoice(r, None, ctx.as_of));
    }
    print_list(ctx.format, &listing, out);
    Ok(())
}

/// Prints one invoice or credit note with its lines.
pub fn show_record(ctx: &Ctx, ledger: &mut crate::ops::Ledger, record: &Invoice) -> crate::error::Result<()> {
    let (lines, hold) = ledger.read(|tx| {
        let hold = crate::store::dunning::holds(tx)?
            .remove(&record.id)
            .filter(|h| h.is_active(ctx.as_of));
        Ok((store::lines(tx, record.id)?, hold))
    })?;
    let v = record.view(ctx.as_of);
    let mut json = json::invoice(record, Some(&lines), ctx.as_of);
    if !record.is_credit_note {
        json["hold"] = match &hold {
            Some(h) => serde_json::json!({
                "reason": h.reason,
                "since": h.since.to_string(),
                "until": h.until.map(|d| d.to_string()),
            }),
            None => serde_json::Value::Null,
        };
    }
    let what = if record.is_credit_note {
        "credit note"
    } else {
        "invoice"
    };
    let mut fields = vec![
        (what, record.label()),
        ("status", json["status"].as_str().unwrap_or_default().to_string()),
        (
            "customer",
            format!("{} ({})", record.customer_code, record.customer_name),
        ),
        (
            "issue_date",
            record
                .issue_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "(draft)".into()),
        ),
    ];
    if record.is_credit_note {
        fields.push((
            "corrects",
            record.credited_invoice_number.clone().unwrap_or_default(),
        ));
        fields.push(("reason", record.reason.clone().unwrap_or_default()));
    } else {
        fields.push((
            "due_date",
            record
                .due_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| format!("{} days after issue", record.payment_terms_days)),
        ));
    }
    fields.extend([
        ("total_net", fmt_amount(record.total_net)),
        ("total_vat", fmt_amount(record.total_vat)),
        (
            "total",
            format!("{} {}", fmt_amount(record.total), record.currency),
        ),
    ]);
    if !record.is_credit_note {
        fields.extend([
            ("paid", fmt_amount(v.paid)),
            ("credited", fmt_amount(v.credited)),
            (
                "written_off",
                if v.written_off.is_zero() {
                    String::new()
                } else {
                    fmt_amount(v.written_off)
                },
            ),
            ("balance", fmt_amount(v.balance)),
            (
                "days_late",
                if v.days_late > 0 {
                    v.days_late.to_string()
                } else {
                    String::new()
                },
            ),
            (
                "on_hold",
                hold.as_ref()
                    .map(|h| format!("{} (since {})", h.reason, h.since))
                    .unwrap_or_default(),
            ),
            ("offer", record.offer_number.clone().unwrap_or_default()),
            ("credit_notes", record.credit_notes.join(", ")),
            (
                "purchase_order",
                record.purchase_order.clone().unwrap_or_default(),
            ),
        ]);
    }
    let mut l =
        Listing::new(vec!["designation", "qty", "unit price", "vat %", "amount"]).right(&[1, 2, 3, 4]);
    for line in &lines {
        l.push(vec![
            line.designation.clone(),
            fmt_plain(line.quantity),
            fmt_amount(line.unit_price),
            fmt_plain(line.vat_rate),
            fmt_amount(line.amount(record.currency)),
        ]);
    }
    let title = if record.prices_include_vat {
        "Lines (prices incl. VAT)"
    } else {
        "Lines (prices excl. VAT)"
    };
    print_record(ctx.format, &json, &fields, &[(title, &l)]);
    Ok(())
}

/// What `invoice hold` and `invoice release` print.
fn print_hold(ctx: &Ctx, record: &Invoice, hold: Option<&crate::domain::hold::Hold>) {
    let value = serde_json::json!({
        "invoice": record.label(),
        "on_hold": hold.is_some(),
        "reason": hold.map(|h| h.reason.clone()),
        "since": hold.map(|h| h.since.to_string()),
        "until": hold.and_then(|h| h.until).map(|d| d.to_string()),
    });
    match (ctx.format, hold) {
        (Format::Json, _) => crate::render::emit_json(&value),
        (_, Some(h)) => crate::render::emit(&format!(
            "invoice {} is on hold from {}{}: {} (no reminder until released)",
            record.label(),
            h.since,
            h.until.map(|u| format!(" until {u}")).unwrap_or_default(),
            h.reason
        )),
        (_, None) => crate::render::emit(&format!(
            "invoice {} is released: reminders resume with the next run",
            record.label()
        )),
    }
}
