//! Payments received from a customer, spread over the oldest invoices first.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::credit_control::unblock_when_paid;
use super::exchange::Rates;
use super::{END_OF_TIME, Ledger};
use crate::domain::allocation::{OpenItem, allocate_oldest_first, apply_credit};
use crate::domain::customer::Customer;
use crate::domain::identity::one_line;
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};
use crate::domain::payment::{AppliedCredit, Method, Payment};
use crate::error::Result;
use crate::store::invoice::{self as invoices, Filter};
use crate::store::payment as store;

/// The customer's open invoices in `currency` issued on or before `date`, as payments
/// settle them.
fn open_items(
    tx: &Transaction,
    customer: &Customer,
    date: NaiveDate,
    currency: Currency,
) -> Result<Vec<(OpenItem<i64>, Invoice)>> {
    let filter = Filter {
        customer_id: Some(customer.id),
        include_invoices: true,
        ..Default::default()
    };
    Ok(invoices::list(tx, &filter)?
        .into_iter()
        .filter(|i| i.issue_date.is_some_and(|d| d <= date) && i.currency == currency)
        .filter_map(|i| {
            let view = i.view(END_OF_TIME);
            view.status.is_open().then(|| {
                let item = OpenItem {
                    key: i.id,
                    due_date: i.due_date.unwrap_or(date),
                    issue_date: i.issue_date.unwrap_or(date),
                    balance: view.balance,
                };
                (item, i)
            })
        })
        .collect())
}

/// Applies the customer's credit (payments received on or before `date` not wholly
/// allocated, oldest first) to its open invoices issued by then, oldest first, or to
/// `only` one of them; each part is an allocation dated `date`.
pub fn apply_customer_credit(
    tx: &Transaction,
    customer: &Customer,
    only: Option<i64>,
    date: NaiveDate,
) -> Result<Vec<AppliedCredit>> {
    let credits: Vec<(store::FreeCredit, Money)> = store::free_credit(tx, Some(customer.id), date, None)?
        .into_iter()
        .map(|c| {
            let amount = c.amount;
            (c, amount)
        })
        .collect();
    let mut currencies: Vec<Currency> = credits.iter().map(|c| c.1.currency()).collect();
    currencies.sort();
    currencies.dedup();
    let mut applied = Vec::new();
    // money of one currency settles invoices of that currency only
    for currency in currencies {
        let credits: Vec<(store::FreeCredit, Money)> = credits
            .iter()
            .filter(|c| c.1.currency() == currency)
            .cloned()
            .collect();
        applied.extend(apply_in_currency(tx, customer, only, date, currency, &credits)?);
    }
    Ok(applied)
}

fn apply_in_currency(
    tx: &Transaction,
    customer: &Customer,
    only: Option<i64>,
    date: NaiveDate,
    currency: Currency,
    credits: &[(store::FreeCredit, Money)],
) -> Result<Vec<AppliedCredit>> {
    let (open, records): (Vec<OpenItem<i64>>, Vec<Invoice>) = open_items(tx, customer, date, currency)?
        .into_iter()
        .filter(|(item, _)| only.is_none_or(|id| id == item.key))
        .unzip();
    let mut applied = Vec::new();
    for (credit, invoice_id, part) in apply_credit(credits, &open) {
        store::allocate(tx, credit.payment_id, invoice_id, date, part)?;
        let number = records
            .iter()
            .find(|r| r.id == invoice_id)
            .map(Invoice::label)
            .unwrap_or_default();
        applied.push(AppliedCredit {
            payment_id: credit.payment_id,
            payment_date: credit.date,
            invoice: number,
            amount: part,
        });
    }
    if !applied.is_empty() {
        unblock_when_paid(tx, customer.id, date)?;
    }
    Ok(applied)
}

/// An amount received, in the accounting currency unless `currency` says otherwise (then
/// at the rate `rates` give for its day).
#[derive(Debug, Clone, Default)]
pub struct Received<'a> {
    pub amount: Decimal,
    pub currency: Option<Currency>,
    pub rates: Rates<'a>,
}

/// Records a payment and allocates it to the customer's open invoices of its currency,
/// oldest due first. Only invoices issued on or before the payment date receive it; the
/// rest is credit. A payment in another currency than the accounting one takes the rate
/// of its day (`rates`). A customer the policy blocked is unblocked once nothing is overdue.
pub fn add(
    tx: &Transaction,
    customer: &Customer,
    received: &Received,
    date: NaiveDate,
    method: Method,
    reference: Option<&str>,
) -> Result<Payment> {
    let accounting = crate::store::company::get(tx)?.currency;
    let currency = received.currency.unwrap_or(accounting);
    let rate = received.rates.rate(currency, accounting, date)?;
    let amount = received.amount;
    let open: Vec<OpenItem<i64>> = open_items(tx, customer, date, currency)?
        .into_iter()
        .map(|(item, _)| item)
        .collect();
    let reference = reference.map(|r| one_line("--reference", r)).transpose()?;
    let reference = reference.as_deref().filter(|r| !r.is_empty());
    let amount = Money::exact(amount, currency)?;
    let (parts, _credit) = allocate_oldest_first(amount, &open);
    let id = store::insert(tx, customer.id, date, amount, method, reference, rate)?;
    for (invoice_id, part) in parts {
        store::allocate(tx, id, invoice_id, date, part)?;
    }
    unblock_when_paid(tx, customer.id, date)?;
    store::by_id(tx, id)
}

/// The customer's whole credit on `date`.
pub(crate) fn credit_of(tx: &Transaction, customer: &Customer, date: NaiveDate) -> Result<Money> {
    let currency = crate::store::company::get(tx)?.currency;
    Ok(Money::sum(
        store::free_credit(tx, Some(customer.id), date, None)?
            .into_iter()
            .map(|c| c.in_accounting()),
        currency,
    ))
}

/// A payment as the user gives it: `payment add`.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub customer: String,
    pub amount: Decimal,
    pub date: NaiveDate,
    pub method: Method,
    pub reference: Option<String>,
    /// Another currency than the accounting one, with the rate of the day when given.
    pub currency: Option<Currency>,
    pub rate: Option<Decimal>,
}

impl Ledger {
    /// Records money received from a customer, settling its oldest invoices first (and,
    /// when the config says so, applying the credit it had before).
    pub fn add_payment(&mut self, new: &NewPayment) -> Result<Payment> {
        let auto_credit = self.auto_credit;
        let rates_file = self.rates_file.clone();
        let rates = Rates {
            given: new.rate,
            file: rates_file.as_deref(),
        };
        self.write(|tx| {
            let customer = crate::store::customer::by_code(tx, &new.customer)?;
            let received = Received {
                amount: new.amount,
                currency: new.currency,
                rates,
            };
            let payment = add(
                tx,
                &customer,
                &received,
                new.date,
                new.method,
                new.reference.as_deref(),
            )?;
            if auto_credit && !apply_customer_credit(tx, &customer, None, new.date)?.is_empty() {
                return store::by_id(tx, payment.id);
            }
            Ok(payment)
        })
    }

    /// Payments with what each settled, of one customer or all.
    pub fn payments(&mut self, customer: Option<&str>) -> Result<Vec<Payment>> {
        self.read(|tx| {
            let customer = customer
                .map(|c| crate::store::customer::by_code(tx, c))
                .transpose()?;
            store::list(tx, customer.map(|c| c.id))
        })
    }
}
