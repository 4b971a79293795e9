//! Quotes: creation, acceptance into a draft invoice, decline.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use super::credit_control::{Clearance, check_credit, check_not_blocked};
use super::invoice::{create_draft_cleared, issue_cleared, resolve_lines, sheet};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::delivery::{LineGroup, SourceKind};
use crate::domain::document::{LineSpec, compute_totals, validate_lines};
use crate::domain::invoice::Draft;
use crate::domain::invoice::Invoice;
use crate::domain::invoice::Sheet;
use crate::domain::numbering::{INVOICE_SERIES, OFFER_SERIES, validate_series};
use crate::domain::offer::Offer;
use crate::domain::offer::OfferStatus;
use crate::domain::offer::{OfferSheet, default_valid_until};
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
    clearance: &Clearance,
) -> Result<(Offer, Invoice)> {
    let offer = open_offer(tx, reference, as_of, "accepted")?;
    let customer: Customer = customers::by_id(tx, offer.customer_id)?;
    check_not_blocked(&customer, clearance.force, "invoice")?;
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
        delivery: None,
        delivery_address: None,
        collect: customer.collect_method,
    };
    store::decide(tx, offer.id, "accepted", as_of)?;
    let count = draft.lines.len();
    let mut invoice = create_draft_cleared(tx, &customer, draft, clearance)?;
    let billed = LineGroup {
        kind: SourceKind::Quote,
        number: offer.number.clone(),
        date: offer.issue_date,
        first: 0,
        count,
    };
    crate::store::delivery::link(tx, invoice.id, &billed, offer.id)?;
    if let Some(date) = issue_on {
        invoice = issue_cleared(tx, &format!("#{}", invoice.id), date, &customer, clearance)?;
    }
    Ok((store::find(tx, &offer.number)?, invoice))
}

pub fn decline(tx: &Transaction, reference: &str, as_of: NaiveDate) -> Result<Offer> {
    let offer = open_offer(tx, reference, as_of, "declined")?;
    store::decide(tx, offer.id, "declined", as_of)?;
    store::find(tx, &offer.number)
}

/// `offer create`.
#[derive(Debug, Clone)]
pub struct NewOffer {
    pub customer: String,
    pub lines: Vec<LineSpec>,
    pub series: Option<String>,
    pub date: NaiveDate,
    /// Default: [`crate::domain::offer::DEFAULT_VALIDITY_DAYS`] after its date.
    pub valid_until: Option<NaiveDate>,
    pub prices_include_vat: bool,
    pub notes: Option<String>,
    pub force: bool,
}

/// `offer accept`.
#[derive(Debug, Clone)]
pub struct AcceptOffer {
    pub reference: String,
    pub series: Option<String>,
    pub issue_on: Option<NaiveDate>,
    pub force: bool,
}

fn offer_sheet(tx: &Transaction, offer: Offer) -> Result<OfferSheet> {
    Ok(OfferSheet {
        lines: store::lines(tx, offer.id)?,
        offer,
    })
}

impl Ledger {
    /// Makes a quote, numbered in its own series, unless credit control on `as_of`
    /// refuses it.
    pub fn create_offer(&mut self, new: &NewOffer, as_of: NaiveDate) -> Result<OfferSheet> {
        let series = validate_series(new.series.as_deref().unwrap_or(OFFER_SERIES))?;
        let valid_until = new.valid_until.unwrap_or_else(|| default_valid_until(new.date));
        let policy = self.score_policy.clone();
        let clearance = Clearance {
            force: new.force,
            as_of,
            policy: &policy,
        };
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let customer = customers::by_code(tx, &new.customer)?;
            check_not_blocked(&customer, new.force, "quote")?;
            let lines = resolve_lines(tx, &company, &new.lines)?;
            validate_lines(&lines, new.prices_include_vat, company.currency)?;
            let total = compute_totals(&lines, new.prices_include_vat, company.currency).total;
            check_credit(tx, &customer, total, &clearance, "quote")?;
            let (id, _) = store::insert(
                tx,
                customer.id,
                &series,
                new.date,
                valid_until,
                new.prices_include_vat,
                new.notes.as_deref(),
                &lines,
                company.currency,
            )?;
            let offer = store::find(tx, &id.to_string())?;
            offer_sheet(tx, offer)
        })
    }

    /// One quote with its lines.
    pub fn offer(&mut self, reference: &str) -> Result<OfferSheet> {
        self.read(|tx| {
            let offer = store::find(tx, reference)?;
            offer_sheet(tx, offer)
        })
    }

    /// Quotes of one customer or all, of one status on `as_of` or all.
    pub fn offers(
        &mut self,
        customer: Option<&str>,
        status: Option<OfferStatus>,
        as_of: NaiveDate,
    ) -> Result<Vec<Offer>> {
        let offers = self.read(|tx| {
            let customer = customer.map(|c| customers::by_code(tx, c)).transpose()?;
            store::list(tx, customer.map(|c| c.id))
        })?;
        Ok(offers
            .into_iter()
            .filter(|o| status.is_none_or(|s| o.status(as_of) == s))
            .collect())
    }

    /// Accepts a quote into a draft invoice (issued with `issue_on`); returns the invoice.
    pub fn accept_offer(&mut self, accept: &AcceptOffer, as_of: NaiveDate) -> Result<Sheet> {
        let series = validate_series(accept.series.as_deref().unwrap_or(INVOICE_SERIES))?;
        let auto_credit = self.auto_credit;
        let policy = self.score_policy.clone();
        let clearance = Clearance {
            force: accept.force,
            as_of,
            policy: &policy,
        };
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let (_offer, invoice) = self::accept(
                tx,
                &company,
                &accept.reference,
                as_of,
                &series,
                accept.issue_on,
                &clearance,
            )?;
            let invoice = match accept.issue_on {
                Some(date) if auto_credit => super::invoice::with_credit_applied(tx, invoice, date)?,
                _ => invoice,
            };
            sheet(tx, invoice, as_of)
        })
    }

    /// Declines an open quote.
    pub fn decline_offer(&mut self, reference: &str, as_of: NaiveDate) -> Result<OfferSheet> {
        self.write(|tx| {
            let offer = decline(tx, reference, as_of)?;
            offer_sheet(tx, offer)
        })
    }
}
