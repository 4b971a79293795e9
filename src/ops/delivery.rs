//! Delivery notes, and invoices made of several delivery notes (`invoice group`) or of
//! several quotes (`invoice create --from-offers`): each document billed once.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use super::credit_control::Clearance;
use super::invoice::{create_draft_cleared, issue_cleared, resolve_lines, sheet, with_credit_applied};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::delivery::{
    DeliveryNote, DeliverySheet, Source, SourceKind, delivery_period, gather, invoice_words,
};
use crate::domain::document::LineSpec;
use crate::domain::identity::text_lines;
use crate::domain::invoice::{Delivery, Draft, Sheet};
use crate::domain::numbering::{DELIVERY_SERIES, INVOICE_SERIES, validate_series};
use crate::domain::offer::OfferStatus;
use crate::error::{Result, invalid};
use crate::store::customer as customers;
use crate::store::delivery as store;

/// `delivery create`.
#[derive(Debug, Clone)]
pub struct NewDelivery {
    pub customer: String,
    pub lines: Vec<LineSpec>,
    pub date: NaiveDate,
    pub notes: Option<String>,
}

/// Which delivery notes `invoice group` bills.
#[derive(Debug, Clone)]
pub enum Deliveries {
    /// These, by number.
    Named(Vec<String>),
    /// Every one of the customer's not yet invoiced, dated on or before this day.
    Until(NaiveDate),
}

/// `invoice group`: one draft invoice (issued with `issue_on`) of several delivery notes.
#[derive(Debug, Clone)]
pub struct GroupInvoice {
    pub customer: String,
    pub deliveries: Deliveries,
    pub series: Option<String>,
    pub issue_on: Option<NaiveDate>,
    pub force: bool,
}

/// `invoice create --from-offers`: one draft invoice of several quotes.
#[derive(Debug, Clone)]
pub struct OffersInvoice {
    pub offers: Vec<String>,
    /// When given, every quote must be this customer's.
    pub customer: Option<String>,
    pub series: Option<String>,
    pub issue_on: Option<NaiveDate>,
    pub force: bool,
}

fn delivery_sheet(tx: &Transaction, note: DeliveryNote) -> Result<DeliverySheet> {
    Ok(DeliverySheet {
        lines: store::lines(tx, note.id)?,
        note,
    })
}

/// A delivery note as a document to bill, refused when an invoice bills it already.
fn unbilled_delivery(tx: &Transaction, note: &DeliveryNote) -> Result<Source> {
    if let Some(invoice) = &note.invoice {
        return invalid(crate::t!(
            "ops-delivery-already-invoiced",
            number = note.number.as_str(),
            invoice = invoice_words(invoice)
        ));
    }
    Ok(Source {
        kind: SourceKind::Delivery,
        id: note.id,
        number: note.number.clone(),
        customer_id: note.customer_id,
        customer_code: note.customer_code.clone(),
        date: note.date,
        lines: store::lines(tx, note.id)?,
    })
}

/// Makes the draft of `sources` for `customer`, records what it bills (the database
/// refuses a document billed twice) and issues it with `issue_on`.
#[allow(clippy::too_many_arguments)]
fn invoice_sources(
    tx: &Transaction,
    company: &Company,
    customer: &Customer,
    sources: &[Source],
    series: &str,
    prices_include_vat: bool,
    issue_on: Option<NaiveDate>,
    clearance: &Clearance,
    auto_credit: bool,
) -> Result<Sheet> {
    let (lines, groups) = gather(sources)?;
    if sources[0].customer_id != customer.id {
        return invalid(crate::t!(
            "ops-delivery-source-other-customer",
            number = sources[0].number.as_str(),
            owner = sources[0].customer_code.as_str(),
            code = customer.code.as_str()
        ));
    }
    let draft = Draft {
        customer_id: customer.id,
        series: series.to_string(),
        payment_terms_days: customer.payment_terms_days.unwrap_or(company.payment_terms_days),
        currency: company.currency,
        prices_include_vat,
        penalty_rate: company.penalty_rate,
        purchase_order: None,
        notes: None,
        offer_id: None,
        lines,
        delivery: delivery_period(&groups).and_then(|(a, b)| Delivery::from_bounds(Some(a), Some(b))),
        delivery_address: None,
        discount: None,
        collect: customer.collect_method,
    };
    let mut invoice = create_draft_cleared(tx, customer, draft, clearance)?;
    for (group, source) in groups.iter().zip(sources) {
        store::link(tx, invoice.id, group, source.id)?;
    }
    if let Some(date) = issue_on {
        invoice = issue_cleared(
            tx,
            &format!("#{}", invoice.id),
            date,
            customer,
            clearance,
            &crate::ops::exchange::Rates::default(),
        )?;
        if auto_credit {
            invoice = with_credit_applied(tx, invoice, date)?;
        }
    }
    sheet(tx, invoice, clearance.as_of)
}

impl Ledger {
    /// Makes a delivery note, numbered at once in series BL and frozen from then on; not
    /// dated after `as_of`.
    pub fn create_delivery(&mut self, new: &NewDelivery, as_of: NaiveDate) -> Result<DeliverySheet> {
        if let Some(notes) = &new.notes {
            text_lines("--notes", notes)?;
        }
        if new.date > as_of {
            return invalid(crate::t!(
                "ops-delivery-date-future",
                date = new.date.to_string(),
                as_of = as_of.to_string()
            ));
        }
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let customer = customers::by_code(tx, &new.customer)?;
            let lines = resolve_lines(tx, &company, &new.lines)?;
            let (_, number) = store::insert(
                tx,
                customer.id,
                DELIVERY_SERIES,
                new.date,
                new.notes.as_deref(),
                &lines,
            )?;
            let note = store::find(tx, &number)?;
            delivery_sheet(tx, note)
        })
    }

    /// One delivery note with its lines.
    pub fn delivery(&mut self, number: &str) -> Result<DeliverySheet> {
        self.read(|tx| {
            let note = store::find(tx, number)?;
            delivery_sheet(tx, note)
        })
    }

    /// Delivery notes of one customer or all; with `uninvoiced`, those no invoice bills.
    pub fn deliveries(&mut self, customer: Option<&str>, uninvoiced: bool) -> Result<Vec<DeliveryNote>> {
        self.read(|tx| {
            let customer = customer.map(|c| customers::by_code(tx, c)).transpose()?;
            store::list(tx, customer.map(|c| c.id), uninvoiced, None)
        })
    }

    /// One invoice of several delivery notes of one customer: a recap invoice whose lines
    /// go under each note's number and date.
    pub fn group_invoice(&mut self, group: &GroupInvoice, as_of: NaiveDate) -> Result<Sheet> {
        let series = validate_series(group.series.as_deref().unwrap_or(INVOICE_SERIES))?;
        let auto_credit = self.auto_credit;
        let clearance = self.clearance(group.force, as_of);
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let customer = customers::by_code(tx, &group.customer)?;
            let notes = match &group.deliveries {
                Deliveries::Named(numbers) => {
                    let mut notes = numbers
                        .iter()
                        .map(|n| store::find(tx, n))
                        .collect::<Result<Vec<_>>>()?;
                    if let Some(other) = notes.iter().find(|n| n.customer_id != customer.id) {
                        return invalid(crate::t!(
                            "ops-delivery-recap-other-customer",
                            number = other.number.as_str(),
                            owner = other.customer_code.as_str(),
                            code = customer.code.as_str()
                        ));
                    }
                    notes.sort_by_key(|n| (n.date, n.number.clone()));
                    notes
                }
                Deliveries::Until(day) => {
                    let notes = store::list(tx, Some(customer.id), true, Some(*day))?;
                    if notes.is_empty() {
                        return invalid(crate::t!(
                            "ops-delivery-none-to-invoice",
                            code = customer.code.as_str(),
                            day = day.to_string()
                        ));
                    }
                    notes
                }
            };
            let sources = notes
                .iter()
                .map(|n| unbilled_delivery(tx, n))
                .collect::<Result<Vec<_>>>()?;
            invoice_sources(
                tx,
                &company,
                &customer,
                &sources,
                &series,
                false,
                group.issue_on,
                &clearance,
                auto_credit,
            )
        })
    }

    /// One invoice of several quotes of one customer, each accepted on the way if it is
    /// still open; a quote already invoiced, declined or expired is refused.
    pub fn invoice_offers(&mut self, request: &OffersInvoice, as_of: NaiveDate) -> Result<Sheet> {
        let series = validate_series(request.series.as_deref().unwrap_or(INVOICE_SERIES))?;
        let auto_credit = self.auto_credit;
        let clearance = self.clearance(request.force, as_of);
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let mut sources = Vec::new();
            let mut include_vat = None;
            for reference in &request.offers {
                let offer = crate::store::offer::find(tx, reference)?;
                // a quote with deposits is billed by its final invoice, which deducts them
                let deposits = crate::store::invoice::deposits_of_offer(tx, offer.id)?;
                if !deposits.is_empty() {
                    if request.offers.len() > 1 {
                        return invalid(crate::t!(
                            "ops-delivery-quote-has-deposits",
                            number = offer.number.as_str()
                        ));
                    }
                    let invoice = super::offer::final_invoice(
                        tx,
                        &company,
                        reference,
                        &series,
                        request.issue_on,
                        &clearance,
                    )?;
                    let invoice = match request.issue_on {
                        Some(date) if auto_credit => with_credit_applied(tx, invoice, date)?,
                        _ => invoice,
                    };
                    return sheet(tx, invoice, as_of);
                }
                if let Some(invoice) = store::billed_by(tx, SourceKind::Quote, offer.id)? {
                    return invalid(crate::t!(
                        "ops-offer-already-invoiced",
                        number = offer.number.as_str(),
                        invoice = invoice_words(&invoice)
                    ));
                }
                match offer.status(as_of) {
                    OfferStatus::Accepted => {}
                    OfferStatus::Open => crate::store::offer::decide(tx, offer.id, "accepted", as_of)?,
                    other => {
                        return invalid(crate::t!(
                            "ops-delivery-quote-not-open",
                            number = offer.number.as_str(),
                            status = other.as_str()
                        ));
                    }
                }
                if *include_vat.get_or_insert(offer.prices_include_vat) != offer.prices_include_vat {
                    return invalid(crate::t!(
                        "ops-delivery-quote-vat-basis",
                        number = offer.number.as_str(),
                        basis = if offer.prices_include_vat {
                            "including"
                        } else {
                            "excluding"
                        }
                    ));
                }
                sources.push(Source {
                    kind: SourceKind::Quote,
                    id: offer.id,
                    lines: crate::store::offer::lines(tx, offer.id)?,
                    number: offer.number,
                    customer_id: offer.customer_id,
                    customer_code: offer.customer_code,
                    date: offer.issue_date,
                });
            }
            let (_, _) = gather(&sources)?;
            let customer = match &request.customer {
                Some(code) => customers::by_code(tx, code)?,
                None => customers::by_id(tx, sources[0].customer_id)?,
            };
            invoice_sources(
                tx,
                &company,
                &customer,
                &sources,
                &series,
                include_vat.unwrap_or(false),
                request.issue_on,
                &clearance,
                auto_credit,
            )
        })
    }
}
