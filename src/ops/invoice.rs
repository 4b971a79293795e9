//! Invoices: drafts, issuing, payments, credit notes, write-offs.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::END_OF_TIME;
use crate::domain::allocation::release_newest_first;
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::{
    Line, LineKind, LineSpec, Totals, VatBreakdown, compute_totals, single_vat_rate, split_gross_by_rate,
    validate_lines,
};
use crate::domain::invoice::Draft;
use crate::domain::invoice::Invoice;
use crate::domain::money::Money;
use crate::domain::payment::Method;
use crate::domain::status::InvoiceStatus;
use crate::error::{Error, Result, invalid};
use crate::store::invoice as store;
use crate::store::payment as payments;

/// Turns command-line line specs into lines, looking catalogue products up.
/// Under VAT franchise every line is at 0 %.
pub fn resolve_lines(tx: &Transaction, company: &Company, specs: &[LineSpec]) -> Result<Vec<Line>> {
    let mut lines = Vec::with_capacity(specs.len());
    for spec in specs {
        let line = match spec {
            LineSpec::Free(line) => line.clone(),
            LineSpec::Product { sku, quantity } => {
                let p = super::product::product(tx, sku)?;
                Line {
                    sku: Some(p.sku),
                    designation: p.name,
                    quantity: *quantity,
                    unit_price: p.unit_price,
                    vat_rate: if company.vat_franchise {
                        Decimal::ZERO
                    } else {
                        p.vat_rate
                    },
                    unit: p.unit,
                    kind: p.kind,
                }
            }
        };
        if company.vat_franchise && !line.vat_rate.is_zero() {
            return invalid(format!(
                "line `{}` has VAT at {} % but the company is under VAT franchise (CGI art. 293 B): use a rate of 0",
                line.designation, line.vat_rate
            ));
        }
        lines.push(line);
    }
    validate_lines(&lines, false, company.currency)?;
    Ok(lines)
}

/// Refuses new business with a blocked customer unless forced.
pub fn check_not_blocked(customer: &Customer, force: bool, what: &str) -> Result<()> {
    if customer.blocked && !force {
        let why = customer
            .blocked_reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        return invalid(format!(
            "customer {} is blocked{why}: no new {what} without --force, or unblock it with `creances customer unblock {}`",
            customer.code, customer.code
        ));
    }
    Ok(())
}

/// Creates a draft and returns it.
pub fn create_draft(tx: &Transaction, customer: &Customer, draft: Draft, force: bool) -> Result<Invoice> {
    check_not_blocked(customer, force, "invoice")?;
    validate_lines(&draft.lines, draft.prices_include_vat, draft.currency)?;
    let id = store::insert_draft(tx, &draft)?;
    store::find(tx, &id.to_string())
}

/// Finds a draft, or explains why the invoice cannot be changed.
pub fn find_draft(tx: &Transaction, reference: &str, verb: &str) -> Result<Invoice> {
    let record = store::find(tx, reference)?;
    if let Some(number) = &record.number {
        let what = if record.is_credit_note {
            "credit note"
        } else {
            "invoice"
        };
        return invalid(format!(
            "{what} {number} is issued and cannot be {verb}: issued documents are immutable; make a credit note with `creances invoice credit {number} --reason ...`"
        ));
    }
    Ok(record)
}

pub fn update_draft(tx: &Transaction, record: &Invoice, draft: Draft) -> Result<Invoice> {
    validate_lines(&draft.lines, draft.prices_include_vat, draft.currency)?;
    store::update_draft(tx, record.id, &draft)?;
    store::find(tx, &record.id.to_string())
}

/// Issues a draft on `date`: the next number of its series, due date, customer snapshot.
pub fn issue(
    tx: &Transaction,
    reference: &str,
    date: NaiveDate,
    customer: &Customer,
    force: bool,
) -> Result<Invoice> {
    let record = store::find(tx, reference)?;
    if let Some(number) = &record.number {
        return invalid(format!("invoice {number} is already issued"));
    }
    check_not_blocked(customer, force, "invoice")?;
    let number = store::issue(tx, &record, date)?;
    store::find(tx, &number)
}

/// An invoice that can receive money or a credit: issued, not a credit note.
fn issued_invoice(tx: &Transaction, reference: &str, verb: &str) -> Result<Invoice> {
    let record = store::find(tx, reference)?;
    if record.number.is_none() {
        return invalid(format!(
            "{} is a draft: it cannot be {verb} before it is issued; issue it with `creances invoice issue {}`",
            record.label(),
            record.id
        ));
    }
    if record.is_credit_note {
        return invalid(format!(
            "{} is a credit note: it cannot be {verb}",
            record.label()
        ));
    }
    Ok(record)
}

fn check_after_issue(record: &Invoice, date: NaiveDate, what: &str) -> Result<()> {
    match record.issue_date {
        Some(issued) if date < issued => invalid(format!(
            "{what} dated {date} is before {} was issued ({issued}): give a --date on or after {issued}",
            record.label()
        )),
        _ => Ok(()),
    }
}

/// Refuses to take money or credit on an invoice that is settled.
fn check_open(record: &Invoice, verb: &str) -> Result<Money> {
    let view = record.view(END_OF_TIME);
    let label = record.label();
    match view.status {
        InvoiceStatus::Paid => invalid(format!(
            "invoice {label} is already paid: nothing left to be {verb}"
        )),
        InvoiceStatus::Credited => invalid(format!(
            "invoice {label} is fully credited: nothing left to be {verb}"
        )),
        InvoiceStatus::WrittenOff => invalid(format!(
            "invoice {label} is written off: nothing left to be {verb}"
        )),
        _ => Ok(view.balance),
    }
}

/// How a payment is recorded.
#[derive(Debug, Clone)]
pub struct PaymentInput {
    pub amount: Option<Decimal>,
    pub date: NaiveDate,
    pub method: Method,
    pub reference: Option<String>,
    pub overpay: bool,
}

/// Records a payment of one invoice; the excess of an overpayment stays as customer credit.
pub fn pay(tx: &Transaction, reference: &str, input: &PaymentInput) -> Result<(Invoice, i64)> {
    let record = issued_invoice(tx, reference, "paid")?;
    let balance = check_open(&record, "paid")?;
    check_after_issue(&record, input.date, "a payment")?;
    let amount = match input.amount {
        Some(a) => Money::exact(a, record.currency)?,
        None => balance,
    };
    if amount > balance && !input.overpay {
        return invalid(format!(
            "{amount} is more than the balance of {} ({balance}): pay at most {balance}, or add --overpay to keep the excess as customer credit",
            record.label(),
        ));
    }
    let payment_id = payments::insert(
        tx,
        record.customer_id,
        input.date,
        amount,
        input.method,
        input.reference.as_deref(),
    )?;
    payments::allocate(tx, payment_id, record.id, input.date, amount.min(balance))?;
    Ok((store::find(tx, &record.id.to_string())?, payment_id))
}

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
        return invalid(format!(
            "invoice {} is written off: it cannot be credited",
            invoice.label()
        ));
    }
    check_after_issue(&invoice, date, "a credit note")?;
    let creditable = invoice.total - view.credited;
    if !creditable.is_positive() {
        return invalid(format!("invoice {} is already fully credited", invoice.label()));
    }
    let number = invoice.number.clone().unwrap_or_default();
    let (lines, gross) = match amount {
        CreditAmount::Full if view.credited.is_zero() && !invoice.imported => {
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
    let totals = validate_lines(&lines, gross, invoice.currency)?;
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
        store::find(tx, &invoice.id.to_string())?,
        store::find(tx, &id.to_string())?,
    ))
}

fn crediting_too_much(invoice: &Invoice, asked: Money, creditable: Money) -> String {
    format!(
        "a credit of {asked} is more than what is left to credit on {} ({creditable}): credit at most {creditable}",
        invoice.label(),
    )
}

/// Credit-note lines for an amount including VAT, one per VAT rate of the invoice.
fn gross_lines(tx: &Transaction, invoice: &Invoice, amount: Money, number: &str) -> Result<Vec<Line>> {
    let lines = store::lines(tx, invoice.id)?;
    let totals = if lines.is_empty() {
        // an invoice imported from another tool has totals but no lines
        let rate = single_vat_rate(invoice.total_net, invoice.total_vat).ok_or_else(|| {
            Error::Input(format!(
                "{number} was imported without lines and its VAT ({}) matches no single rate: credit it with --line \"DESIGNATION;QTY;UNIT_PRICE;VAT_RATE\" for each rate",
                invoice.total_vat
            ))
        })?;
        Totals {
            net: invoice.total_net,
            vat: invoice.total_vat,
            total: invoice.total,
            by_rate: vec![VatBreakdown {
                rate,
                net: invoice.total_net,
                vat: invoice.total_vat,
            }],
        }
    } else {
        compute_totals(&lines, invoice.prices_include_vat, invoice.currency)
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
        })
        .collect())
}

/// Writes the remaining balance off as bad debt.
pub fn write_off(tx: &Transaction, reference: &str, reason: &str, date: NaiveDate) -> Result<Invoice> {
    let record = issued_invoice(tx, reference, "written off")?;
    let balance = check_open(&record, "written off")?;
    check_after_issue(&record, date, "a write-off")?;
    store::write_off(tx, record.id, date, balance, reason)?;
    store::find(tx, &record.id.to_string())
}

/// Records that the invoice was sent to the customer on `date`.
pub fn mark_sent(tx: &Transaction, reference: &str, date: NaiveDate) -> Result<Invoice> {
    let record = issued_invoice(tx, reference, "sent")?;
    check_after_issue(&record, date, "sending")?;
    store::mark_sent(tx, record.id, date)?;
    store::find(tx, &record.id.to_string())
}
