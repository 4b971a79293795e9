//! SEPA direct debit: mandates, the collection file (pain.008) of the invoices due, and
//! the bank statement that settles or returns them.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::identity::{parse_bic, parse_iban};
use crate::domain::payment::Method;
use crate::domain::sepa::{
    CollectionFile, Debit, Mandate, MandateKind, StatementEffect, collection_date, message_id, named_in,
    next_sequence, parse_mandate_reference,
};
use crate::error::{Result, invalid};
use crate::files::Target;
use crate::store::customer as customers;
use crate::store::invoice as invoices;
use crate::store::sepa as store;

/// `customer mandate add`.
#[derive(Debug, Clone)]
pub struct NewMandate {
    pub customer: String,
    pub iban: String,
    pub bic: String,
    pub reference: String,
    pub signed_on: NaiveDate,
    pub kind: MandateKind,
}

/// What `collect sepa` did: the file and the invoices in it (none: no file written).
#[derive(Debug, Clone)]
pub struct Collected {
    pub message_id: Option<String>,
    pub path: Option<PathBuf>,
    pub debits: Vec<Debit>,
}

/// Settles the collections whose money a new credit line shows (its text names the
/// invoice, its amount is the collection's) and returns those a new debit line names
/// (an R-transaction): returns first, so a statement holding both leaves the invoice open.
pub fn apply_statement(tx: &Transaction, line_ids: &[i64]) -> Result<StatementEffect> {
    let mut effect = StatementEffect::default();
    if line_ids.is_empty() {
        return Ok(effect);
    }
    let currency = crate::store::company::get(tx)?.currency;
    let mut lines = crate::store::bank::lines_by_id(tx, line_ids)?;
    // debits (returns) before credits
    lines.sort_by_key(|l| (l.amount.is_sign_positive(), l.date, l.id));
    for line in lines {
        let items = store::open_items(tx, currency)?;
        let numbers: Vec<&str> = items.iter().map(|i| i.number.as_str()).collect();
        let named = named_in(&line.text, &numbers);
        let [only] = named.as_slice() else {
            continue;
        };
        let item = &items[*only];
        let amount = crate::domain::money::Money::exact(line.amount.abs(), currency)?;
        if line.amount.is_sign_negative() {
            match item.state {
                crate::domain::sepa::CollectionState::Pending => {
                    store::mark_returned(tx, item.id, line.date, line.text.trim())?;
                    effect.returned.push(item.number.clone());
                }
                _ => effect.to_check.push(item.number.clone()),
            }
        } else if item.state == crate::domain::sepa::CollectionState::Pending && amount == item.amount {
            let payment_id = collected(tx, item, line.date, amount)?;
            crate::store::bank::mark_matched(
                tx,
                line.id,
                payment_id,
                crate::domain::matching::Rule::Number,
                line.date,
            )?;
            store::settle(tx, item.id, payment_id, line.date)?;
            effect.settled.push(item.number.clone());
        }
    }
    Ok(effect)
}

/// Records the money of a collection. The invoice may have changed while the debit
/// travelled: what it no longer owes (a credit note made meanwhile) stays with the
/// customer as credit, as an overpayment does (`invoice pay --overpay`), and an invoice
/// with nothing left to pay takes none of it: the whole amount becomes credit.
fn collected(
    tx: &Transaction,
    item: &store::Item,
    date: NaiveDate,
    amount: crate::domain::money::Money,
) -> Result<i64> {
    let reference = format!("SEPA {}", item.number);
    let record = invoices::find(tx, &format!("#{}", item.invoice_id))?;
    if super::invoice::check_open(&record, "paid").is_err() {
        return crate::store::payment::insert(
            tx,
            record.customer_id,
            date,
            amount,
            Method::DirectDebit,
            Some(&reference),
            None,
        );
    }
    let input = super::invoice::PaymentInput {
        amount: Some(amount.to_decimal()),
        date,
        method: Method::DirectDebit,
        reference: Some(reference),
        overpay: true,
        rate: None,
    };
    Ok(super::invoice::pay(tx, &format!("#{}", item.invoice_id), &input, None)?.1)
}

impl Ledger {
    /// Records a customer's signed mandate; the IBAN is checked (mod 97), the reference
    /// unique, the signature not after `as_of`.
    pub fn add_mandate(&mut self, new: &NewMandate, as_of: NaiveDate) -> Result<Mandate> {
        let iban = parse_iban(&new.iban)?;
        let bic = parse_bic(&new.bic)?;
        let reference = parse_mandate_reference(&new.reference)?;
        if new.signed_on > as_of {
            return invalid(crate::t!(
                "ops-mandate-signed-future",
                signed = new.signed_on.to_string(),
                as_of = as_of.to_string()
            ));
        }
        self.write(|tx| {
            let customer = customers::by_code(tx, &new.customer)?;
            store::insert_mandate(tx, customer.id, &reference, &iban, &bic, new.signed_on, new.kind)?;
            crate::store::import::remember_iban(tx, &iban, customer.id)?;
            let mut all = store::mandates(tx, Some(customer.id))?;
            Ok(all.pop().expect("the mandate just added"))
        })
    }

    /// The mandates of one customer or all.
    pub fn mandates(&mut self, customer: Option<&str>) -> Result<Vec<Mandate>> {
        self.read(|tx| {
            let customer = customer.map(|c| customers::by_code(tx, c)).transpose()?;
            store::mandates(tx, customer.map(|c| c.id))
        })
    }

    /// Writes the pain.008.001.02 file of every invoice to be paid by direct debit that is
    /// due by `until` and not collected yet, and records them as pending collection, in one
    /// transaction: a second run (or one at the same moment) finds them taken and writes
    /// nothing. An invoice whose customer has no mandate refuses the whole run.
    pub fn collect_sepa(&mut self, until: NaiveDate, out: &Path, as_of: NaiveDate) -> Result<Collected> {
        let files = self.files().clone();
        self.write(|tx| {
            let company = crate::store::company::get(tx)?;
            let mut debits: Vec<Debit> = Vec::new();
            for c in store::collectable(tx, until)? {
                let invoice = invoices::find(tx, &format!("#{}", c.invoice_id))?;
                let balance = invoice.view(as_of).balance;
                if !invoice.view(as_of).status.is_open() || !balance.is_positive() {
                    continue;
                }
                let Some(mandate) = store::current_mandate(tx, invoice.customer_id)? else {
                    return invalid(crate::t!(
                        "ops-sepa-no-mandate",
                        number = c.number.as_str(),
                        code = invoice.customer_code.as_str()
                    ));
                };
                let earlier = debits.iter().filter(|d| d.mandate.id == mandate.id).count() as i64;
                let sequence = next_sequence(&mandate, earlier)?;
                debits.push(Debit {
                    invoice_id: invoice.id,
                    invoice_number: c.number,
                    amount: balance,
                    debtor_name: invoice.customer_name.clone(),
                    date: collection_date(invoice.due_date.unwrap_or(as_of), as_of),
                    mandate,
                    sequence,
                });
            }
            if debits.is_empty() {
                return Ok(Collected {
                    message_id: None,
                    path: None,
                    debits,
                });
            }
            let Some(ics) = company.sepa_creditor_id.clone() else {
                return invalid(crate::t!("ops-sepa-no-creditor-id"));
            };
            let (Some(iban), Some(bic)) = (company.iban.clone(), company.bic.clone()) else {
                return invalid(crate::t!("ops-sepa-no-iban"));
            };
            let file_name = out.display().to_string();
            let id = store::insert_collection(tx, as_of, until, &file_name)?;
            let message = message_id(as_of, id);
            store::set_message_id(tx, id, &message)?;
            for d in &debits {
                store::insert_item(tx, id, d.invoice_id, d.mandate.id, d.sequence, d.amount, d.date)?;
            }
            let file = CollectionFile {
                message_id: message.clone(),
                made_on: as_of,
                debits,
            };
            let creditor = crate::render::sepa::Creditor {
                name: &company.name,
                iban: &iban,
                bic: &bic,
                ics: &ics,
            };
            let xml = crate::render::sepa::pain008(&file, &creditor);
            // written before the rows commit: rows without their file never exist, and a
            // failed commit leaves a file no invoice is pending for (made again next run)
            let path = files.write(
                Target::Chosen {
                    path: out,
                    flag: "--out",
                },
                xml.as_bytes(),
            )?;
            Ok(Collected {
                message_id: Some(message),
                path: Some(path),
                debits: file.debits,
            })
        })
    }
}
