//! Invoices: drafts, issuing, payments, write-offs (credit notes are in credit.rs).

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

mod list;
mod pay;

pub use pay::{Paid, PaymentInput, pay};

use super::credit_control::{Clearance, check_credit, check_not_blocked};
use super::exchange::Rates;
use super::{END_OF_TIME, Ledger};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::customer::validate_terms;
use crate::domain::discount::Discount;
use crate::domain::document::{Line, LineSpec, validate_lines};
use crate::domain::identity::{one_line, text_lines};
use crate::domain::invoice::{Delivery, Draft, Invoice, Sheet};
use crate::domain::money::{Currency, Money};
use crate::domain::numbering::{INVOICE_SERIES, validate_series};
use crate::domain::status::InvoiceStatus;
use crate::domain::story::{StoryEvent, in_order};
use crate::error::{Result, invalid};
use crate::store::invoice as store;

/// Turns command-line line specs into lines, looking catalogue products up.
/// Under VAT franchise every line is at 0 %.
pub fn resolve_lines(tx: &Transaction, company: &Company, specs: &[LineSpec]) -> Result<Vec<Line>> {
    let mut lines = Vec::with_capacity(specs.len());
    for spec in specs {
        let line = match spec {
            LineSpec::Free(line) => line.clone(),
            LineSpec::Product {
                sku,
                quantity,
                discount,
            } => {
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
                    discount: *discount,
                }
            }
        };
        if company.vat_franchise && !line.vat_rate.is_zero() {
            return invalid(crate::t!(
                "ops-line-vat-under-franchise",
                designation = line.designation.as_str(),
                rate = line.vat_rate.to_string()
            ));
        }
        lines.push(line);
    }
    validate_lines(&lines, None, false, company.currency)?;
    Ok(lines)
}

/// Creates a draft and returns it, refused for a blocked customer unless forced; no
/// credit limit or score floor (they need a day: see [`create_draft_cleared`]).
pub fn create_draft(tx: &Transaction, customer: &Customer, draft: Draft, force: bool) -> Result<Invoice> {
    check_not_blocked(customer, force, "invoice")?;
    validate_lines(
        &draft.lines,
        draft.discount,
        draft.prices_include_vat,
        draft.currency,
    )?;
    let id = store::insert_draft(tx, &draft)?;
    store::find(tx, &format!("#{id}"))
}

/// Creates a draft and returns it, unless credit control refuses it.
pub fn create_draft_cleared(
    tx: &Transaction,
    customer: &Customer,
    draft: Draft,
    clearance: &Clearance,
) -> Result<Invoice> {
    check_not_blocked(customer, clearance.force, "invoice")?;
    let total = validate_lines(
        &draft.lines,
        draft.discount,
        draft.prices_include_vat,
        draft.currency,
    )?
    .total;
    // a draft in another currency has no rate yet: its issue checks it, converted
    if draft.currency == crate::store::company::get(tx)?.currency {
        check_credit(tx, customer, total, clearance, "invoice")?;
    }
    let id = store::insert_draft(tx, &draft)?;
    store::find(tx, &format!("#{id}"))
}

/// Finds a draft, or explains why the invoice cannot be changed.
pub fn find_draft(tx: &Transaction, reference: &str, verb: &str) -> Result<Invoice> {
    let record = store::find(tx, reference)?;
    if let Some(number) = &record.number {
        let kind = if record.is_credit_note {
            "credit-note"
        } else {
            "invoice"
        };
        return invalid(crate::t!(
            "ops-invoice-issued-immutable",
            kind = kind,
            number = number.as_str(),
            verb = verb.replace(' ', "-")
        ));
    }
    Ok(record)
}

pub fn update_draft(tx: &Transaction, record: &Invoice, draft: Draft) -> Result<Invoice> {
    validate_lines(
        &draft.lines,
        draft.discount,
        draft.prices_include_vat,
        draft.currency,
    )?;
    store::update_draft(tx, record.id, &draft)?;
    store::find(tx, &format!("#{}", record.id))
}

/// Issues a draft on `date`: the next number of its series, due date, customer snapshot,
/// the exchange rate of an invoice in another currency; unless credit control refuses it.
pub fn issue_cleared(
    tx: &Transaction,
    reference: &str,
    date: NaiveDate,
    customer: &Customer,
    clearance: &Clearance,
    rates: &Rates,
) -> Result<Invoice> {
    let today = clearance.as_of;
    let record = store::find(tx, reference)?;
    if let Some(number) = &record.number {
        return invalid(crate::t!("ops-invoice-already-issued", number = number.as_str()));
    }
    let company = crate::store::company::get(tx)?;
    let in_accounting = rates
        .rate(record.currency, company.currency, date)?
        .map_or(record.total, |r| r.to_accounting(record.total));
    check_credit(tx, customer, in_accounting, clearance, "invoice")?;
    if let Some(why) = crate::domain::mentions::refuse_issue(&company, customer, date, today) {
        return invalid(why);
    }
    let rate = rates.rate(record.currency, company.currency, date)?;
    let number = store::issue(tx, &record, date, rate)?;
    store::find(tx, &number)
}

/// The issued invoice after its customer's credit was applied to its open invoices
/// (`[payments] apply_credit_automatically`), read again.
pub(crate) fn with_credit_applied(tx: &Transaction, invoice: Invoice, date: NaiveDate) -> Result<Invoice> {
    let customer = crate::store::customer::by_id(tx, invoice.customer_id)?;
    if super::payment::apply_customer_credit(tx, &customer, None, date)?.is_empty() {
        return Ok(invoice);
    }
    store::find(tx, &format!("#{}", invoice.id))
}

/// An invoice that can receive money or a credit: issued, not a credit note.
pub(crate) fn issued_invoice(tx: &Transaction, reference: &str, verb: &str) -> Result<Invoice> {
    let record = store::find(tx, reference)?;
    if record.number.is_none() {
        return invalid(crate::t!(
            "ops-invoice-draft-not-issued",
            verb = verb.replace(' ', "-"),
            id = record.id
        ));
    }
    if record.is_credit_note {
        return invalid(crate::t!(
            "ops-invoice-is-credit-note",
            invoice = record.label(),
            verb = verb.replace(' ', "-")
        ));
    }
    Ok(record)
}

pub(crate) fn check_after_issue(record: &Invoice, date: NaiveDate, what: &str) -> Result<()> {
    match record.issue_date {
        Some(issued) if date < issued => invalid(crate::t!(
            "ops-dated-before-issue",
            what = what.replace(' ', "-"),
            date = date.to_string(),
            invoice = record.label(),
            issued = issued.to_string()
        )),
        _ => Ok(()),
    }
}

/// Refuses to take money or credit on an invoice that is settled.
pub(crate) fn check_open(record: &Invoice, verb: &str) -> Result<Money> {
    let view = record.view(END_OF_TIME);
    let label = record.label();
    let verb = verb.replace(' ', "-");
    match view.status {
        InvoiceStatus::Paid => invalid(crate::t!(
            "ops-invoice-already-paid",
            invoice = label.as_str(),
            verb = verb.as_str()
        )),
        InvoiceStatus::Credited => invalid(crate::t!(
            "ops-invoice-fully-credited",
            invoice = label.as_str(),
            verb = verb.as_str()
        )),
        InvoiceStatus::WrittenOff => invalid(crate::t!(
            "ops-invoice-written-off",
            invoice = label.as_str(),
            verb = verb.as_str()
        )),
        _ => Ok(view.balance),
    }
}

/// Writes the remaining balance off as bad debt.
pub fn write_off(tx: &Transaction, reference: &str, reason: &str, date: NaiveDate) -> Result<Invoice> {
    let record = issued_invoice(tx, reference, "written off")?;
    let balance = check_open(&record, "written off")?;
    check_after_issue(&record, date, "a write-off")?;
    store::write_off(tx, record.id, date, balance, reason)?;
    store::find(tx, &format!("#{}", record.id))
}

/// Records that the invoice was sent to the customer on `date`.
pub fn mark_sent(tx: &Transaction, reference: &str, date: NaiveDate) -> Result<Invoice> {
    let record = issued_invoice(tx, reference, "sent")?;
    check_after_issue(&record, date, "sending")?;
    store::mark_sent(tx, record.id, date)?;
    store::find(tx, &format!("#{}", record.id))
}

/// The fields of a draft a user gives on `invoice create` and `invoice edit`; what is
/// left out comes from the customer, then the company (create) or stays (edit).
#[derive(Debug, Clone, Default)]
pub struct DraftFields {
    pub lines: Vec<LineSpec>,
    pub series: Option<String>,
    pub terms: Option<i64>,
    pub prices_include_vat: bool,
    pub penalty_rate: Option<Decimal>,
    pub purchase_order: Option<String>,
    pub notes: Option<String>,
    pub delivery: Option<Delivery>,
    pub delivery_address: Option<String>,
    /// The invoice's currency when it is not the accounting one.
    pub currency: Option<Currency>,
    /// A discount off the whole invoice; `Some(None)` takes it away (edit).
    pub discount: Option<Option<Discount>>,
    /// `--collect`: transfer or direct debit (default: the customer's).
    pub collect: Option<crate::domain::sepa::CollectMethod>,
}

/// `invoice create`: a draft for a customer, issued at once when `issue_on` is given.
#[derive(Debug, Clone)]
pub struct NewInvoice {
    pub customer: String,
    pub fields: DraftFields,
    pub issue_on: Option<NaiveDate>,
    pub force: bool,
    /// With `issue_on`, the exchange rate (else the rates file's).
    pub rate: Option<Decimal>,
}

/// `invoice edit`: `fields.lines` replace the lines when given, `add_lines` add to them.
#[derive(Debug, Clone)]
pub struct EditDraft {
    pub reference: String,
    pub customer: Option<String>,
    pub fields: DraftFields,
    pub add_lines: Vec<LineSpec>,
}

/// `invoice list`: which invoices (or credit notes) to show.
#[derive(Debug, Clone, Default)]
pub struct InvoiceQuery {
    /// The status word shown: a derived status, or `pending_collection`.
    pub status: Option<&'static str>,
    pub customer: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub overdue: bool,
    pub credit_notes: bool,
    /// Only those matching (number, customer, amount).
    pub search: Option<crate::domain::invoice_list::Search>,
    pub sort: crate::domain::invoice_list::InvoiceSort,
    pub descending: bool,
    /// At most this many, after sorting.
    pub limit: Option<usize>,
}

/// A user's reason, trimmed; an empty one is refused.
pub(crate) fn reason(text: &str, flag: &str) -> Result<String> {
    let t = one_line(flag, text)?;
    if t.is_empty() {
        return invalid(crate::t!("ops-flag-empty", flag = flag));
    }
    Ok(t)
}

/// The purchase order and notes of a draft, refused when they hold control characters.
fn check_texts(f: &DraftFields) -> Result<()> {
    if let Some(po) = &f.purchase_order {
        one_line("--po", po)?;
    }
    if let Some(notes) = &f.notes {
        text_lines("--notes", notes)?;
    }
    if let Some(address) = &f.delivery_address {
        text_lines("--deliver-to", address)?;
    }
    Ok(())
}

/// The invoice with its lines and its active hold on `as_of`.
pub(crate) fn sheet(tx: &Transaction, invoice: Invoice, as_of: NaiveDate) -> Result<Sheet> {
    let hold = if invoice.is_credit_note {
        None
    } else {
        crate::store::dunning::hold_of(tx, invoice.id)?.filter(|h| h.is_active(as_of))
    };
    Ok(Sheet {
        lines: store::lines(tx, invoice.id)?,
        groups: crate::store::delivery::groups(tx, invoice.id)?,
        invoice,
        hold,
    })
}

impl Ledger {
    /// Creates a draft (issued at once with `issue_on`).
    pub fn create_invoice(&mut self, new: &NewInvoice, as_of: NaiveDate) -> Result<Sheet> {
        let f = &new.fields;
        check_texts(f)?;
        let series = validate_series(f.series.as_deref().unwrap_or(INVOICE_SERIES))?;
        let terms = f.terms.map(validate_terms).transpose()?;
        let auto_credit = self.auto_credit;
        let clearance = self.clearance(new.force, as_of);
        let rates_file = self.rates_file.clone();
        let rates = Rates {
            given: new.rate,
            file: rates_file.as_deref(),
        };
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let customer = crate::store::customer::by_code(tx, &new.customer)?;
            let lines = resolve_lines(tx, &company, &f.lines)?;
            let draft = Draft {
                customer_id: customer.id,
                series,
                payment_terms_days: terms
                    .or(customer.payment_terms_days)
                    .unwrap_or(company.payment_terms_days),
                currency: f.currency.unwrap_or(company.currency),
                prices_include_vat: f.prices_include_vat,
                penalty_rate: f.penalty_rate.or(company.penalty_rate),
                purchase_order: f.purchase_order.clone(),
                notes: f.notes.clone(),
                offer_id: None,
                lines,
                delivery: f.delivery,
                delivery_address: f.delivery_address.clone(),
                discount: f.discount.flatten(),
                collect: f.collect.unwrap_or(customer.collect_method),
            };
            let record = create_draft_cleared(tx, &customer, draft, &clearance)?;
            let record = match new.issue_on {
                Some(date) => {
                    let record = issue_cleared(
                        tx,
                        &format!("#{}", record.id),
                        date,
                        &customer,
                        &clearance,
                        &rates,
                    )?;
                    if auto_credit {
                        with_credit_applied(tx, record, date)?
                    } else {
                        record
                    }
                }
                None => record,
            };
            sheet(tx, record, as_of)
        })
    }

    /// Changes a draft; issued invoices are immutable.
    pub fn edit_draft(&mut self, edit: &EditDraft, as_of: NaiveDate) -> Result<Sheet> {
        let f = &edit.fields;
        check_texts(f)?;
        let series = f.series.as_deref().map(validate_series).transpose()?;
        let terms = f.terms.map(validate_terms).transpose()?;
        self.write(|tx| {
            let record = find_draft(tx, &edit.reference, "edited")?;
            crate::domain::delivery::check_edit(
                &crate::store::delivery::groups(tx, record.id)?,
                &record.label(),
                record.id,
                &record.customer_code,
                edit.customer.as_deref(),
                !edit.fields.lines.is_empty(),
            )?;
            let company = crate::store::company::get(tx)?;
            let customer_id = match &edit.customer {
                Some(code) => crate::store::customer::by_code(tx, code)?.id,
                None => record.customer_id,
            };
            let mut lines = if f.lines.is_empty() {
                store::lines(tx, record.id)?
            } else {
                resolve_lines(tx, &company, &f.lines)?
            };
            if !edit.add_lines.is_empty() {
                lines.extend(resolve_lines(tx, &company, &edit.add_lines)?);
            }
            let draft = Draft {
                customer_id,
                series: series.unwrap_or(record.series.clone()),
                payment_terms_days: terms.unwrap_or(record.payment_terms_days),
                currency: f.currency.unwrap_or(record.currency),
                prices_include_vat: f.prices_include_vat || record.prices_include_vat,
                penalty_rate: f.penalty_rate.or(record.penalty_rate),
                purchase_order: f.purchase_order.clone().or(record.purchase_order.clone()),
                notes: f.notes.clone().or(record.notes.clone()),
                offer_id: None,
                lines,
                delivery: f.delivery.or(record.delivery),
                delivery_address: f.delivery_address.clone().or(record.delivery_address.clone()),
                discount: f.discount.unwrap_or(record.discount),
                collect: f.collect.unwrap_or(record.collect),
            };
            let record = update_draft(tx, &record, draft)?;
            sheet(tx, record, as_of)
        })
    }

    /// Deletes a draft; returns it as it was.
    pub fn delete_draft(&mut self, reference: &str) -> Result<Invoice> {
        self.write(|tx| {
            let record = find_draft(tx, reference, "deleted")?;
            store::delete_draft(tx, record.id)?;
            Ok(record)
        })
    }

    /// Issues a draft on `date`.
    pub fn issue_invoice(
        &mut self,
        reference: &str,
        date: NaiveDate,
        force: bool,
        rate: Option<Decimal>,
        as_of: NaiveDate,
    ) -> Result<Sheet> {
        let auto_credit = self.auto_credit;
        let clearance = self.clearance(force, as_of);
        let rates_file = self.rates_file.clone();
        let rates = Rates {
            given: rate,
            file: rates_file.as_deref(),
        };
        self.write(|tx| {
            let draft = store::find(tx, reference)?;
            let customer = crate::store::customer::by_id(tx, draft.customer_id)?;
            let record = issue_cleared(tx, reference, date, &customer, &clearance, &rates)?;
            let record = if auto_credit {
                with_credit_applied(tx, record, date)?
            } else {
                record
            };
            sheet(tx, record, as_of)
        })
    }

    /// One invoice or credit note, by number or draft id.
    pub fn invoice(&mut self, reference: &str, as_of: NaiveDate) -> Result<Sheet> {
        self.read(|tx| {
            let record = store::find(tx, reference)?;
            sheet(tx, record, as_of)
        })
    }

    /// One invoice with its story up to `as_of`: issue, sends, payments, credit notes,
    /// reminders, holds, write-off, oldest first.
    pub fn invoice_story(&mut self, reference: &str, as_of: NaiveDate) -> Result<(Sheet, Vec<StoryEvent>)> {
        self.read(|tx| {
            let record = store::find(tx, reference)?;
            let events = crate::store::story::events(tx, &record)?;
            let known = events.into_iter().filter(|e| e.known_on(as_of)).collect();
            Ok((sheet(tx, record, as_of)?, in_order(known)))
        })
    }

    /// Writes the remaining balance off as bad debt.
    pub fn write_off_invoice(
        &mut self,
        reference: &str,
        why: &str,
        date: NaiveDate,
        as_of: NaiveDate,
    ) -> Result<Sheet> {
        let why = reason(why, "--reason")?;
        self.write(|tx| {
            let record = write_off(tx, reference, &why, date)?;
            sheet(tx, record, as_of)
        })
    }

    /// Records that the invoice reached the customer by other means.
    pub fn mark_invoice_sent(&mut self, reference: &str, date: NaiveDate, as_of: NaiveDate) -> Result<Sheet> {
        self.write(|tx| {
            let record = mark_sent(tx, reference, date)?;
            sheet(tx, record, as_of)
        })
    }
}
