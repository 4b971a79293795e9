//! `creances payment ...`: money received, spread over the oldest invoices first.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Ctx, date_arg};
use crate::domain::money::parse_positive_amount;
use crate::domain::payment::Method;
use crate::domain::payment::Payment;
use crate::ops::payment as ops;
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Listing, json, print_list, print_record};
use crate::store::customer as customers;
use crate::store::payment as store;

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    /// Record a payment from a customer, settling its oldest invoices first
    Add(AddArgs),
    /// Payments with what each settled
    List(ListArgs),
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
    #[arg(long)]
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
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer
    #[arg(long)]
    customer: Option<String>,
}

fn allocations_text(p: &Payment) -> String {
    p.allocations
        .iter()
        .map(|(n, a)| format!("{n} {}", fmt_amount(*a)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn run(ctx: &Ctx, cmd: PaymentCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        PaymentCommand::Match(args) => {
            super::reconcile::run_match(ctx, &mut ledger, args.auto, args.interactive)?
        }
        PaymentCommand::Unmatched => super::reconcile::run_unmatched(ctx, &mut ledger)?,
        PaymentCommand::Add(args) => {
            let amount = parse_positive_amount("--amount", &args.amount)?;
            let method = Method::parse(&args.method)?;
            let date = args.date.unwrap_or(ctx.as_of);
            let p = ledger.write(|tx| {
                let customer = customers::by_code(tx, &args.customer)?;
                ops::add(tx, &customer, amount, date, method, args.reference.as_deref())
            })?;
            let fields = [
                ("payment", p.id.to_string()),
                ("customer", p.customer_code.clone()),
                ("date", p.date.to_string()),
                ("amount", fmt_amount(p.amount)),
                ("method", p.method.to_string()),
                ("reference", p.reference.clone().unwrap_or_default()),
                ("settles", allocations_text(&p)),
                ("credit left", fmt_amount(p.unallocated())),
            ];
            print_record(ctx.format, &json::payment(&p), &fields, &[]);
        }
        PaymentCommand::List(args) => {
            let payments = ledger.read(|tx| {
                let customer = args
                    .customer
                    .as_deref()
                    .map(|c| customers::by_code(tx, c))
                    .transpose()?;
                store::list(tx, customer.map(|c| c.id))
            })?;
            let mut l = Listing::new(vec![
                "id",
                "date",
                "customer",
                "amount",
                "method",
                "reference",
                "settles",
                "unallocated",
            ])
            .right(&[0, 3, 7]);
            for p in &payments {
                l.push(vec![
                    p.id.to_string(),
                    p.date.to_string(),
                    p.customer_code.clone(),
                    fmt_amount(p.amount),
                    p.method.to_string(),
                    p.reference.clone().unwrap_or_default(),
                    allocations_text(p),
                    fmt_amount(p.unallocated()),
                ]);
            }
            print_list(
                ctx.format,
                &l,
                payments.iter().map(json::payment).collect::<Vec<_>>(),
            );
        }
    }
    Ok(())
}
