//! `creances payment ...`: money received, spread over the oldest invoices first.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg};
use crate::domain::money::parse_positive_amount;
use crate::domain::payment::Method;
use crate::ops::customer_credit::ApplyCredit;
use crate::ops::payment::NewPayment;
use crate::render::payment as render;

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    /// Record a payment from a customer, settling its oldest invoices first
    Add(AddArgs),
    /// Payments with what each settled
    List(ListArgs),
    /// Apply a customer's credit (an overpayment, a payment freed by a credit note) to
    /// its open invoices, oldest first, or to the one given
    Apply(ApplyArgs),
    /// Match imported bank credits to open invoices: the invoice number in the text first,
    /// then the amount of one open invoice of the payer, then the sum of several; shows
    /// what would be recorded unless --auto or --interactive
    Match(MatchArgs),
    /// Bank credits not matched to invoices yet, with what the matcher makes of them
    Unmatched,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Record the unambiguous matches as payments
    #[arg(long)]
    auto: bool,
    /// Also pick by hand, on a terminal, the invoices of ambiguous and unmatched credits
    /// (records the unambiguous matches too)
    #[arg(long)]
    interactive: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Customer code
    #[arg(long)]
    customer: String,
    /// Amount received
    #[arg(long, allow_negative_numbers = true)]
    amount: String,
    /// Day the money arrived (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// transfer, check, card, cash, direct_debit or other
    #[arg(long, default_value = "transfer")]
    method: String,
    /// Bank reference, cheque number...
    #[arg(long)]
    reference: Option<String>,
    /// The payment's currency when it is not the accounting one (it then settles the
    /// customer's invoices in that currency only)
    #[arg(long, value_name = "CODE")]
    currency: Option<String>,
    /// With --currency: how many units of it one unit of the accounting currency buys
    /// on the payment's day (default: the rates file's)
    #[arg(long)]
    rate: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Customer code
    #[arg(long)]
    customer: String,
    /// Only this invoice (number, or #ID); default: the oldest open invoices first
    #[arg(long)]
    invoice: Option<String>,
    /// Day the credit is applied (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer
    #[arg(long)]
    customer: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: PaymentCommand) -> crate::error::Result<()> {
    let mut ledger = match cmd {
        PaymentCommand::Add(_) => ctx.open_applying_credit()?,
        _ => ctx.open()?,
    };
    match cmd {
        PaymentCommand::Match(args) => {
            super::reconcile::run_match(ctx, &mut ledger, args.auto, args.interactive)?
        }
        PaymentCommand::Unmatched => super::reconcile::run_unmatched(ctx, &mut ledger)?,
        PaymentCommand::Add(args) => {
            let new = NewPayment {
                customer: args.customer,
                amount: parse_positive_amount("--amount", &args.amount)?,
                date: args.date.unwrap_or(ctx.as_of),
                method: Method::parse(&args.method)?,
                reference: args.reference,
                currency: args
                    .currency
                    .as_deref()
                    .map(crate::domain::money::Currency::parse)
                    .transpose()?,
                rate: args
                    .rate
                    .as_deref()
                    .map(crate::domain::exchange::parse_rate)
                    .transpose()?,
            };
            render::show(ctx.format, &ledger.add_payment(&new)?);
        }
        PaymentCommand::Apply(args) => {
            let request = ApplyCredit {
                customer: args.customer,
                invoice: args.invoice,
                date: args.date.unwrap_or(ctx.as_of),
            };
            render::applied(ctx.format, &ledger.apply_credit(&request)?);
        }
        PaymentCommand::List(args) => {
            render::list(ctx.format, &ledger.payments(args.customer.as_deref())?);
        }
    }
    Ok(())
}
