//! Payments received from a customer, spread over the oldest invoices first.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::{END_OF_TIME, Ledger};
use crate::domain::allocation::{OpenItem, allocate_oldest_first};
use crate::domain::customer::Customer;
use crate::domain::identity::one_line;
use crate::domain::money::Money;
use crate::domain::payment::{Method, Payment};
use crate::error::Result;
use crate::store::invoice::{self as invoices, Filter};
use crate::store::payment as store;

/// Records a payment and allocates it to the customer's open invoices, oldest due first.
/// Only invoices issued on or before the payment date receive it; the rest is credit.
pub fn add(
    tx: &Transaction,
    customer: &Customer,
    amount: Decimal,
    date: NaiveDate,
    method: Method,
    reference: Option<&str>,
) -> Result<Payment> {
    let filter = Filter {
        customer_id: Some(customer.id),
        include_invoices: true,
        ..Default::default()
    };
    let open: Vec<OpenItem<i64>> = invoices::list(tx, &filter)?
        .into_iter()
        .filter(|i| i.issue_date.is_some_and(|d| d <= date))
        .filter_map(|i| {
            let view = i.view(END_OF_TIME);
            view.status.is_open().then(|| OpenItem {
                key: i.id,
                due_date: i.due_date.unwrap_or(date),
                issue_date: i.issue_date.unwrap_or(date),
                balance: view.balance,
            })
        })
        .collect();
    let reference = reference.map(|r| one_line("--reference", r)).transpose()?;
    let reference = reference.as_deref().filter(|r| !r.is_empty());
    let amount = Money::exact(amount, crate::store::company::get(tx)?.currency)?;
    let (parts, _credit) = allocate_oldest_first(amount, &open);
    let id = store::insert(tx, customer.id, date, amount, method, reference)?;
    for (invoice_id, part) in parts {
        store::allocate(tx, id, invoice_id, date, part)?;
    }
    store::by_id(tx, id)
}

/// A payment as the user gives it: `payment add`.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub customer: String,
    pub amount: Decimal,
    pub date: NaiveDate,
    pub method: Method,
    pub reference: Option<String>,
}

impl Ledger {
    /// Records money received from a customer, settling its oldest invoices first.
    pub fn add_payment(&mut self, new: &NewPayment) -> Result<Payment> {
        self.write(|tx| {
            let customer = crate::store::customer::by_code(tx, &new.customer)?;
            add(
                tx,
                &customer,
                new.amount,
                new.date,
                new.method,
                new.reference.as_deref(),
            )
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
