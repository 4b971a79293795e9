//! Credit notes: what a credit takes off an invoice, and the customer credit it frees.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::invoice::{check_after_issue, issued_invoice, reason, resolve_lines, sheet};
use super::{END_OF_TIME, Ledger};
use crate::domain::allocation::release_newest_first;
use crate::domain::document::{
    Line, LineKind, LineSpec, Totals, VatBreakdown, compute_totals, single_vat_rate, split_gross_by_rate,
    validate_lines,
};
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::Money;
use crate::domain::numbering::{CREDIT_NOTE_SERIES, validate_series};
use crate::domain::status::InvoiceStatus;
use crate::error::{Error, Result, invalid};
use crate::store::invoice as store;
use crate::store::payment as payments;

/// How much a credit note takes off, and why.
#[derive(Debug, Clone)]
pub enum CreditAmount {
    /// Everything not credited yet.
    Full,
    /// An amount including VAT, spread over the invoice's VAT rates.
    Amount(Decimal),
    /// Named lines (net prices unless the invoice's prices include VAT).
    Lines(Vec<Line>),
}

/// Issues a credit note against an invoice. When it cancels money already paid, the
/// freed part of the payments becomes customer credit.
pub fn credit(
    tx: &Transaction,
    reference: &str,
    amount: CreditAmount,
    reason: &str,
    date: NaiveDate,
    series: &str,
) -> Result<(Invoice, Invoice)> {
    let invoice = issued_invoice(tx, reference, "credited")?;
    let view = invoice.view(END_OF_TIME);
    if view.status == InvoiceStatus::WrittenOff {
        return invalid(crate::t!("ops-credit-written-off", invoice = invoice.label()));
    }
    check_after_issue(&invoice, date, "a credit note")?;
    let creditable = invoice.total - view.credited;
    if !creditable.is_positive() {
        return invalid(crate::t!("ops-credit-already-full", invoice = invoice.label()));
    }
    let number = invoice.number.clone().unwrap_or_default();
    let (lines, gross) = match amount {
        // a discount off the whole invoice is not copied: such an invoice is credited per VAT rate
        CreditAmount::Full if view.credited.is_zero() && !invoice.imported && invoice.discount.is_none() => {
            (store::lines(tx, invoice.id)?, invoice.prices_include_vat)
        }
        CreditAmount::Full => (gross_lines(tx, &invoice, creditable, &number)?, true),
        CreditAmount::Amount(a) => {
            let a = Money::exact(a, invoice.currency)?;
            if a > creditable {
                return invalid(crediting_too_much(&invoice, a, creditable));
            }
            (gross_lines(tx, &invoice, a, &number)?, true)
        }
        CreditAmount::Lines(lines) => (lines, invoice.prices_include_vat),
    };
    let totals = validate_lines(&lines, None, gross, invoice.currency)?;
    if totals.total > creditable {
        return invalid(crediting_too_much(&invoice, totals.total, creditable));
    }
    let excess = totals.total - view.balance;
    if excess.is_positive() {
        let allocations = payments::allocations_of(tx, invoice.id)?;
        let paid_on: std::collections::HashMap<i64, NaiveDate> =
            allocations.iter().map(|a| (a.0, a.1)).collect();
        for (payment_id, taken) in release_newest_first(excess, &allocations) {
            // never before the payment itself: a credit note dated earlier frees it on arrival
            let on = paid_on.get(&payment_id).map_or(date, |d| date.max(*d));
            payments::allocate(tx, payment_id, invoice.id, on, -taken)?;
        }
    }
    let (id, _) = store::insert_credit_note(tx, &invoice, &lines, gross, series, reason, date)?;
    Ok((
        store::find(tx, &format!("#{}", invoice.id))?,
        store::find(tx, &format!("#{id}"))?,
    ))
}

fn crediting_too_much(invoice: &Invoice, asked: Money, creditable: Money) -> String {
    crate::t!(
        "ops-credit-too-much",
        asked = asked.to_string(),
        invoice = invoice.label(),
        creditable = creditable.to_string()
    )
}

/// Credit-note lines for an amount including VAT, one per VAT rate of the invoice.
fn gross_lines(tx: &Transaction, invoice: &Invoice, amount: Money, number: &str) -> Result<Vec<Line>> {
    let lines = store::lines(tx, invoice.id)?;
    let totals = if lines.is_empty() {
        // an invoice imported from another tool has totals but no lines
        let rate = single_vat_rate(invoice.total_net, invoice.total_vat).ok_or_else(|| {
            Error::Input(crate::t!(
                "ops-credit-imported-no-rate",
                number = number,
                vat = invoice.total_vat.to_string()
            ))
        })?;
        Totals {
            lines: invoice.total_net,
            lines_net: invoice.total_net,
            net: invoice.total_net,
            vat: invoice.total_vat,
            total: invoice.total,
            by_rate: vec![VatBreakdown::plain(rate, invoice.total_net, invoice.total_vat)],
            ..Totals::zero(invoice.currency)
        }
    } else {
        compute_totals(
            &lines,
            invoice.discount,
            invoice.prices_include_vat,
            invoice.currency,
        )
    };
    Ok(split_gross_by_rate(amount, &totals)
        .into_iter()
        .map(|(rate, gross)| Line {
            sku: None,
            designation: format!("Avoir sur facture {number} (TVA {} %)", rate.normalize()),
            quantity: Decimal::ONE,
            unit_price: gross.to_decimal(),
            vat_rate: rate,
            unit: None,
            kind: LineKind::Service,
            discount: None,
        })
        .collect())
}

/// `invoice credit`: what to credit, by amount, by lines, or all that is left.
#[derive(Debug, Clone)]
pub struct CreditRequest {
    pub reference: String,
    pub amount: Option<Decimal>,
    pub lines: Vec<LineSpec>,
    pub reason: String,
    pub date: NaiveDate,
    pub series: Option<String>,
}

impl Ledger {
    /// Issues a credit note against an invoice; returns the credit note.
    pub fn credit_invoice(&mut self, request: &CreditRequest, as_of: NaiveDate) -> Result<Sheet> {
        let why = reason(&request.reason, "--reason")?;
        let series = validate_series(request.series.as_deref().unwrap_or(CREDIT_NOTE_SERIES))?;
        self.write(|tx| {
            let how = match (request.amount, request.lines.is_empty()) {
                (Some(a), _) => CreditAmount::Amount(a),
                (None, false) => {
                    let company = crate::store::company::get(tx)?;
                    CreditAmount::Lines(resolve_lines(tx, &company, &request.lines)?)
                }
                (None, true) => CreditAmount::Full,
            };
            let (_invoice, note) = credit(tx, &request.reference, how, &why, request.date, &series)?;
            sheet(tx, note, as_of)
        })
    }
}
