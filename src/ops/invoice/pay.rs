//! Payments of one invoice: in its own currency, at the rate of their day when that is not
//! the accounting one.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::super::credit_control::unblock_when_paid;
use super::super::exchange::Rates;
use super::super::{END_OF_TIME, Ledger};
use super::{check_after_issue, check_open, issued_invoice, sheet};
use crate::domain::identity::one_line;
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::Money;
use crate::domain::payment::Method;
use crate::error::{Result, invalid};
use crate::store::invoice as store;
use crate::store::payment as payments;

/// How a payment is recorded.
#[derive(Debug, Clone)]
pub struct PaymentInput {
    pub amount: Option<Decimal>,
    pub date: NaiveDate,
    pub method: Method,
    pub reference: Option<String>,
    pub overpay: bool,
    /// For an invoice in another currency: the rate of the payment's day.
    pub rate: Option<Decimal>,
}

/// Records a payment of one invoice, in the invoice's currency (at the rate of its day
/// when that is not the accounting one, from `rates_file` unless given); the excess of an
/// overpayment stays as customer credit.
pub fn pay(
    tx: &Transaction,
    reference: &str,
    input: &PaymentInput,
    rates_file: Option<&std::path::Path>,
) -> Result<(Invoice, i64)> {
    let payment_reference = input
        .reference
        .as_deref()
        .map(|r| one_line("--reference", r))
        .transpose()?;
    let record = issued_invoice(tx, reference, "paid")?;
    let balance = check_open(&record, "paid")?;
    check_after_issue(&record, input.date, "a payment")?;
    let amount = match input.amount {
        Some(a) => Money::exact(a, record.currency)?,
        None => balance,
    };
    if amount > balance && !input.overpay {
        return invalid(crate::t!(
            "ops-payment-over-balance",
            amount = amount.to_string(),
            invoice = record.label(),
            balance = balance.to_string()
        ));
    }
    let rates = Rates {
        given: input.rate,
        file: rates_file,
    };
    let rate = rates.rate(
        record.currency,
        crate::store::company::get(tx)?.currency,
        input.date,
    )?;
    let payment_id = payments::insert(
        tx,
        record.customer_id,
        input.date,
        amount,
        input.method,
        payment_reference.as_deref().filter(|r| !r.is_empty()),
        rate,
    )?;
    payments::allocate(tx, payment_id, record.id, input.date, amount.min(balance))?;
    unblock_when_paid(tx, record.customer_id, input.date)?;
    Ok((store::find(tx, &format!("#{}", record.id))?, payment_id))
}

/// A payment recorded against one invoice: the invoice after it, the payment's id, and
/// the amount a receipt acknowledges (what was given, else the balance it settled).
#[derive(Debug, Clone)]
pub struct Paid {
    pub sheet: Sheet,
    pub payment_id: i64,
    pub amount: Money,
}

impl Ledger {
    /// Records a payment of one invoice.
    pub fn pay_invoice(&mut self, reference: &str, input: &PaymentInput, as_of: NaiveDate) -> Result<Paid> {
        let rates_file = self.rates_file.clone();
        self.write(|tx| {
            let before = store::find(tx, reference)?;
            let (record, payment_id) = pay(tx, reference, input, rates_file.as_deref())?;
            let amount = match input.amount {
                Some(a) => Money::exact(a, record.currency)?,
                None => before.view(END_OF_TIME).balance,
            };
            Ok(Paid {
                sheet: sheet(tx, record, as_of)?,
                payment_id,
                amount,
            })
        })
    }
}
