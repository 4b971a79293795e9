//! Quotes: creation, acceptance into a draft invoice, decline.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::credit_control::{Clearance, check_credit, check_not_blocked};
use super::invoice::{create_draft_cleared, issue_cleared, resolve_lines, sheet};
use super::{END_OF_TIME, Ledger};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::delivery::{LineGroup, SourceKind};
use crate::domain::deposit::{DepositAsk, DepositFacts, deduction_lines, deposit_amount, deposit_lines};
use crate::domain::discount::Discount;
use crate::domain::document::{LineSpec, compute_totals, validate_lines};
use crate::domain::invoice::Draft;
use crate::domain::invoice::Invoice;
use crate::domain::invoice::Sheet;
use crate::domain::money::Money;
use crate::domain::numbering::{INVOICE_SERIES, OFFER_SERIES, validate_series};
use crate::domain::offer::Offer;
use crate::domain::offer::OfferStatus;
use crate::domain::offer::{OfferSheet, default_valid_until};
use crate::domain::status::InvoiceStatus;
use crate::error::{Result, invalid};
use crate::store::customer as customers;
use crate::store::invoice as invoices;
use crate::store::offer as store;

/// Refuses a decision on a quote that is not open.
fn open_offer(tx: &Transaction, reference: &str, as_of: NaiveDate, verb: &str) -> Result<Offer> {
    let offer = store::find(tx, reference)?;
    match offer.status(as_of) {
        OfferStatus::Open => Ok(offer),
        OfferStatus::Expired => invalid(crate::t!(
            "ops-offer-expired",
            number = offer.number.as_str(),
            valid_until = offer.valid_until.to_string(),
            verb = verb
        )),
        other => invalid(crate::t!(
            "ops-offer-already",
            number = offer.number.as_str(),
            status = other.as_str()
        )),
    }
}

/// Accepts a quote: a draft invoice with every line, the customer and a link back;
/// issued at once when `issue_on` is given. With a deposit, the invoice is instead the
/// deposit invoice, issued at once (on `issue_on`, else `as_of`).
#[allow(clippy::too_many_arguments)]
pub fn accept(
    tx: &Transaction,
    company: &Company,
    reference: &str,
    as_of: NaiveDate,
    series: &str,
    issue_on: Option<NaiveDate>,
    deposit: Option<DepositAsk>,
    clearance: &Clearance,
) -> Result<(Offer, Invoice)> {
    let offer = match deposit {
        // a further deposit on a quote accepted with one, before its final invoice
        Some(_) if further_deposit_allowed(tx, reference)? => store::find(tx, reference)?,
        _ => open_offer(tx, reference, as_of, "accepted")?,
    };
    let customer: Customer = customers::by_id(tx, offer.customer_id)?;
    check_not_blocked(&customer, clearance.force, "invoice")?;
    if let Some(ask) = deposit {
        if offer.decision.is_none() {
            store::decide(tx, offer.id, "accepted", as_of)?;
        }
        let invoice = deposit_invoice(
            tx,
            company,
            &offer,
            &customer,
            ask,
            series,
            issue_on.unwrap_or(as_of),
            clearance,
        )?;
        return Ok((store::find(tx, &offer.number)?, invoice));
    }
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
        discount: offer.discount,
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
        invoice = issue_cleared(
            tx,
            &format!("#{}", invoice.id),
            date,
            &customer,
            clearance,
            &super::exchange::Rates::default(),
        )?;
    }
    Ok((store::find(tx, &offer.number)?, invoice))
}

/// Whether a quote was accepted with a deposit and has no final invoice yet.
fn further_deposit_allowed(tx: &Transaction, reference: &str) -> Result<bool> {
    let offer = store::find(tx, reference)?;
    Ok(offer.decision.as_deref() == Some("accepted")
        && invoices::final_of_offer(tx, offer.id)?.is_none()
        && !invoices::deposits_of_offer(tx, offer.id)?.is_empty())
}

/// Issues a deposit invoice of an accepted quote: the part asked of its total including
/// VAT, shared over its VAT rates.
#[allow(clippy::too_many_arguments)]
fn deposit_invoice(
    tx: &Transaction,
    company: &Company,
    offer: &Offer,
    customer: &Customer,
    ask: DepositAsk,
    series: &str,
    date: NaiveDate,
    clearance: &Clearance,
) -> Result<Invoice> {
    if offer.discount.is_some() {
        return invalid(crate::t!(
            "ops-offer-global-discount",
            number = offer.number.as_str()
        ));
    }
    let lines = store::lines(tx, offer.id)?;
    let contract = compute_totals(&lines, None, offer.prices_include_vat, company.currency);
    let already = Money::sum(
        invoices::deposits_of_offer(tx, offer.id)?
            .iter()
            .map(|(d, _)| d.total),
        company.currency,
    );
    let amount = deposit_amount(ask, contract.total, already)?;
    let label = match ask {
        DepositAsk::Percent(p) => format!("Acompte de {} % sur le devis {}", p.normalize(), offer.number),
        DepositAsk::Amount(_) => format!("Acompte sur le devis {}", offer.number),
    };
    let draft = Draft {
        customer_id: customer.id,
        series: series.to_string(),
        payment_terms_days: customer.payment_terms_days.unwrap_or(company.payment_terms_days),
        currency: company.currency,
        prices_include_vat: true,
        penalty_rate: company.penalty_rate,
        purchase_order: None,
        notes: None,
        offer_id: Some(offer.id),
        lines: deposit_lines(amount, &contract, &lines, &label),
        delivery: None,
        delivery_address: None,
        discount: None,
        collect: customer.collect_method,
    };
    let draft = create_draft_cleared(tx, customer, draft, clearance)?;
    invoices::mark_deposit(tx, draft.id)?;
    issue_cleared(
        tx,
        &format!("#{}", draft.id),
        date,
        customer,
        clearance,
        &super::exchange::Rates::default(),
    )
}

/// The final invoice of a quote accepted with a deposit: every line of the quote, then
/// each deposit deducted (VAT per rate); a draft, issued at once with `issue_on`.
pub fn final_invoice(
    tx: &Transaction,
    company: &Company,
    reference: &str,
    series: &str,
    issue_on: Option<NaiveDate>,
    clearance: &Clearance,
) -> Result<Invoice> {
    let offer = store::find(tx, reference)?;
    if offer.decision.as_deref() != Some("accepted") {
        return invalid(crate::t!(
            "ops-offer-not-accepted",
            number = offer.number.as_str()
        ));
    }
    if let Some(done) = invoices::final_of_offer(tx, offer.id)? {
        return invalid(crate::t!(
            "ops-offer-already-invoiced",
            number = offer.number.as_str(),
            invoice = done.label()
        ));
    }
    let deposits: Vec<Invoice> = invoices::deposits_of_offer(tx, offer.id)?
        .into_iter()
        .map(|(d, _)| d)
        .filter(|d| d.view(END_OF_TIME).status != InvoiceStatus::Credited)
        .collect();
    if deposits.is_empty() {
        return invalid(crate::t!("ops-offer-no-deposit", number = offer.number.as_str()));
    }
    let customer: Customer = customers::by_id(tx, offer.customer_id)?;
    let mut lines = store::lines(tx, offer.id)?;
    for d in &deposits {
        let facts = DepositFacts {
            number: d.number.clone().unwrap_or_default(),
            date: d.issue_date.unwrap_or(clearance.as_of),
            lines: invoices::lines(tx, d.id)?,
        };
        lines.extend(deduction_lines(
            &facts,
            offer.prices_include_vat,
            company.currency,
        ));
    }
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
        lines,
        delivery: None,
        delivery_address: None,
        discount: None,
        collect: customer.collect_method,
    };
    let invoice = create_draft_cleared(tx, &customer, draft, clearance)?;
    for d in &deposits {
        invoices::record_deduction(tx, d.id, invoice.id)?;
    }
    match issue_on {
        Some(date) => issue_cleared(
            tx,
            &format!("#{}", invoice.id),
            date,
            &customer,
            clearance,
            &super::exchange::Rates::default(),
        ),
        None => Ok(invoice),
    }
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
    /// A discount off the whole quote.
    pub discount: Option<Discount>,
    pub force: bool,
}

/// `offer accept`.
#[derive(Debug, Clone)]
pub struct AcceptOffer {
    pub reference: String,
    pub series: Option<String>,
    pub issue_on: Option<NaiveDate>,
    /// Issue a deposit invoice of this part instead of the whole invoice.
    pub deposit: Option<DepositAsk>,
    pub force: bool,
}

/// `offer invoice --final`: the final invoice of a quote accepted with a deposit.
#[derive(Debug, Clone)]
pub struct FinalInvoice {
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
        let clearance = self.clearance(new.force, as_of);
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let customer = customers::by_code(tx, &new.customer)?;
            check_not_blocked(&customer, new.force, "quote")?;
            let lines = resolve_lines(tx, &company, &new.lines)?;
            let total = validate_lines(&lines, new.discount, new.prices_include_vat, company.currency)?.total;
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
                new.discount,
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
        let clearance = self.clearance(accept.force, as_of);
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let (_offer, invoice) = self::accept(
                tx,
                &company,
                &accept.reference,
                as_of,
                &series,
                accept.issue_on,
                accept.deposit,
                &clearance,
            )?;
            let invoice = match accept.issue_on {
                Some(date) if auto_credit => super::invoice::with_credit_applied(tx, invoice, date)?,
                _ => invoice,
            };
            sheet(tx, invoice, as_of)
        })
    }

    /// Makes the final invoice of a quote accepted with a deposit (issued with `issue_on`).
    pub fn final_invoice(&mut self, request: &FinalInvoice, as_of: NaiveDate) -> Result<Sheet> {
        let series = validate_series(request.series.as_deref().unwrap_or(INVOICE_SERIES))?;
        let clearance = self.clearance(request.force, as_of);
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let invoice = final_invoice(
                tx,
                &company,
                &request.reference,
                &series,
                request.issue_on,
                &clearance,
            )?;
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
