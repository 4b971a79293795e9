//! What an invoice, credit note, quote or delivery note prints, gathered from the ledger.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::delivery::DeliveryNote;
use crate::domain::document::compute_totals;
use crate::domain::invoice::Invoice;
use crate::domain::mentions::{DocumentKind, MentionFacts, PenaltyRate, mentions};
use crate::domain::offer::Offer;
use crate::error::Result;
use crate::render::pdf::invoice::{DirectDebit, Sheet};
use crate::render::pdf::{Party, lang_of};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::invoice as invoices;
use crate::store::offer as offers;

use super::Settings;

pub fn seller(company: &Company) -> Party {
    Party {
        name: company.name.clone(),
        address: company.address.clone(),
        siren: company.siren.clone(),
        vat_number: company.vat_number.clone(),
        email: company.email.clone(),
        phone: company.phone.clone(),
        legal_form: company.legal_form.clone(),
    }
}

/// The sheet of an invoice or credit note: the customer as copied at issue, the
/// company as it is now.
pub fn invoice_sheet(
    tx: &Transaction,
    record: &Invoice,
    settings: &Settings,
    as_of: NaiveDate,
) -> Result<Sheet> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, record.customer_id)?;
    let lines = invoices::lines(tx, record.id)?;
    let kind = if record.is_credit_note {
        DocumentKind::CreditNote
    } else if record.is_deposit {
        DocumentKind::Deposit
    } else {
        DocumentKind::Invoice
    };
    let date = record.issue_date.unwrap_or(as_of);
    let corrected = match record.credited_invoice_id {
        Some(id) => Some(invoices::find(tx, &format!("#{id}"))?),
        None => None,
    };
    let penalty = match record.penalty_rate {
        Some(rate) => PenaltyRate::Agreed(rate),
        None => PenaltyRate::LegalDefault(settings.rates.legal_rate(date)),
    };
    let due = record
        .due_date
        .unwrap_or_else(|| crate::domain::customer::due_date(date, record.payment_terms_days));
    let list = mentions(&MentionFacts {
        kind,
        customer_kind: customer.kind,
        vat_franchise: company.vat_franchise,
        vat_on_debits: settings.vat_on_debits,
        lines: &lines,
        due_date: Some(due),
        penalty_rate: Some(penalty),
        purchase_order: record.purchase_order.as_deref(),
        corrects: corrected
            .as_ref()
            .map(|c| (c.number.as_deref().unwrap_or_default(), c.issue_date)),
        reason: record.reason.as_deref(),
        valid_until: None,
        delivery: record.delivery,
        delivery_address: record.delivery_address.as_deref(),
    });
    Ok(Sheet {
        kind,
        lang: lang_of(&customer.language),
        number: record.number.clone(),
        date,
        seller: seller(&company),
        customer: Party {
            name: record.customer_name.clone(),
            address: record.customer_address.clone(),
            siren: record.customer_siren.clone(),
            vat_number: record.customer_vat_number.clone(),
            email: customer.email.clone(),
            ..Party::default()
        },
        totals: compute_totals(
            &lines,
            record.discount,
            record.prices_include_vat,
            record.currency,
        ),
        lines,
        prices_include_vat: record.prices_include_vat,
        discount: record.discount,
        currency: record.currency,
        exchange_rate: record.exchange_rate,
        vat_franchise: company.vat_franchise,
        mentions: list,
        notes: record.notes.clone(),
        offer_number: record.offer_number.clone(),
        iban: company.iban.clone(),
        bic: company.bic.clone(),
        has_logo: settings.logo.is_some(),
        customer_business: customer.kind == crate::domain::customer::CustomerKind::Business,
        groups: crate::store::delivery::groups(tx, record.id)?,
        direct_debit: direct_debit(tx, record, &company)?,
    })
}

/// The sheet of a delivery note: its lines without amounts, the customer as on its day.
pub fn delivery_sheet(tx: &Transaction, note: &DeliveryNote, settings: &Settings) -> Result<Sheet> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, note.customer_id)?;
    let lines = crate::store::delivery::lines(tx, note.id)?;
    Ok(Sheet {
        kind: DocumentKind::DeliveryNote,
        lang: lang_of(&customer.language),
        number: Some(note.number.clone()),
        date: note.date,
        seller: seller(&company),
        customer: Party {
            name: note.customer_name.clone(),
            address: note.customer_address.clone(),
            ..customer_party(&customer)
        },
        totals: compute_totals(&lines, None, false, company.currency),
        discount: None,
        exchange_rate: None,
        lines,
        prices_include_vat: false,
        currency: company.currency,
        vat_franchise: company.vat_franchise,
        mentions: Vec::new(),
        notes: note.notes.clone(),
        offer_number: None,
        iban: None,
        bic: None,
        has_logo: settings.logo.is_some(),
        customer_business: customer.kind == crate::domain::customer::CustomerKind::Business,
        groups: Vec::new(),
        direct_debit: None,
    })
}

/// For an invoice collected by direct debit under a mandate signed by its date, and a
/// company with an ICS: what the document names instead of a transfer.
fn direct_debit(tx: &Transaction, record: &Invoice, company: &Company) -> Result<Option<DirectDebit>> {
    if record.is_credit_note || record.collect != crate::domain::sepa::CollectMethod::DirectDebit {
        return Ok(None);
    }
    let Some(ics) = company.sepa_creditor_id.clone() else {
        return Ok(None);
    };
    let day = record.issue_date.unwrap_or(NaiveDate::MAX);
    let mandate = crate::store::sepa::mandates(tx, Some(record.customer_id))?
        .into_iter()
        .rfind(|m| m.signed_on <= day);
    Ok(mandate.map(|m| DirectDebit {
        mandate: m.reference,
        creditor_id: ics,
        debtor_iban: m.iban,
    }))
}

/// The sheet of a quote.
pub fn offer_sheet(tx: &Transaction, offer: &Offer, settings: &Settings) -> Result<Sheet> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, offer.customer_id)?;
    let lines = offers::lines(tx, offer.id)?;
    let list = mentions(&MentionFacts {
        kind: DocumentKind::Quote,
        customer_kind: customer.kind,
        vat_franchise: company.vat_franchise,
        vat_on_debits: settings.vat_on_debits,
        lines: &lines,
        due_date: None,
        penalty_rate: None,
        purchase_order: None,
        corrects: None,
        reason: None,
        valid_until: Some(offer.valid_until),
        delivery: None,
        delivery_address: None,
    });
    Ok(Sheet {
        kind: DocumentKind::Quote,
        lang: lang_of(&customer.language),
        number: Some(offer.number.clone()),
        date: offer.issue_date,
        seller: seller(&company),
        customer: customer_party(&customer),
        totals: compute_totals(&lines, offer.discount, offer.prices_include_vat, company.currency),
        exchange_rate: None,
        lines,
        prices_include_vat: offer.prices_include_vat,
        discount: offer.discount,
        currency: company.currency,
        vat_franchise: company.vat_franchise,
        mentions: list,
        notes: offer.notes.clone(),
        offer_number: None,
        iban: None,
        bic: None,
        has_logo: settings.logo.is_some(),
        customer_business: customer.kind == crate::domain::customer::CustomerKind::Business,
        groups: Vec::new(),
        direct_debit: None,
    })
}

pub fn customer_party(customer: &Customer) -> Party {
    Party {
        name: customer.name.clone(),
        address: customer.address.clone(),
        siren: customer.siren.clone(),
        vat_number: customer.vat_number.clone(),
        ..Party::default()
    }
}
