//! Quotes: creation, acceptance into a draft invoice, decline.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::invoice::{check_not_blocked, create_draft, issue};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::invoice::Draft;
use crate::domain::invoice::Invoice;
use crate::domain::offer::Offer;
use crate::domain::offer::OfferStatus;
use crate::error::{Result, invalid};
use crate::store::customer as customers;
use crate::store::offer as store;

/// Refuses a decision on a quote that is not open.
fn open_offer(tx: &Transaction, reference: &str, as_of: NaiveDate, verb: &str) -> Result<Offer> {
    let offer = store::find(tx, reference)?;
    match offer.status(as_of) {
        OfferStatus::Open => Ok(offer),
        OfferStatus::Expired => invalid(format!(
            "quote {} expired on {}: it cannot be {verb}; make a new quote",
            offer.number, offer.valid_until
        )),
        other => invalid(format!("quote {} is already {}", offer.number, other.as_str())),
    }
}

/// Accepts a quote: a draft invoice with every line, the customer and a link back;
/// issued at once when `issue_on` is given.
pub fn accept(
    tx: &Transaction,
    company: &Company,
    reference: &str,
    as_of: NaiveDate,
    series: &str,
    issue_on: Option<NaiveDate>,
    force: bool,
) -> Result<(Offer, Invoice)> {
    let offer = open_offer(tx, reference, as_of, "accepted")?;
    let customer: Customer = customers::by_id(tx, offer.customer_id)?;
    check_not_blocked(&customer, force, "invoice")?;
    let draft = Draft {
        customer_id: customer.id,
        series: series.to_string(),
        payment_terms_days: customer.payment_terms_days.unwrap_or(company.payment_terms_days),
        currency: company.currency,
        prices_include_vat: offer.prices_include_vat,
        penalty_rate: company.penalty_rate,
        purchase_order: None,
        notes: offer.notes.clone(),
        offer_id: Some(offer.id),
        lines: store::lines(tx, offer.id)?,
    };
    store::decide(tx, offer.id, "accepted", as_of)?;
    let mut invoice = create_draft(tx, &customer, draft, force)?;
    if let Some(date) = issue_on {
        invoice = issue(tx, &invoice.id.to_string(), date, &customer, force)?;
    }
    Ok((store::find(tx, &offer.number)?, invoice))
}

pub fn decline(tx: &Transaction, reference: &str, as_of: NaiveDate) -> Result<Offer> {
    let offer = open_offer(tx, reference, as_of, "declined")?;
    store::decide(tx, offer.id, "declined", as_of)?;
    store::find(tx, &offer.number)
}
