//! Holds (disputes): an invoice on hold gets no reminder until released or until its
//! day has passed; it stays in every balance.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::hold::Hold;
use crate::domain::invoice::Invoice;
use crate::error::{Result, invalid};
use crate::store::dunning as store;
use crate::store::invoice as invoices;

/// An invoice that can be put on hold: issued, not a credit note, not settled.
fn holdable(tx: &Transaction, reference: &str) -> Result<Invoice> {
    let inv = invoices::find(tx, reference)?;
    let label = inv.label();
    if inv.number.is_none() || inv.is_credit_note {
        return invalid(crate::t!("ops-hold-not-issued", invoice = label.as_str()));
    }
    if !inv.view(crate::ops::END_OF_TIME).status.is_open() {
        return invalid(crate::t!("ops-hold-settled", invoice = label.as_str()));
    }
    Ok(inv)
}

/// Puts an invoice on hold (a dispute): no reminder until released or `until` has passed.
/// It stays in every balance.
pub fn hold(
    tx: &Transaction,
    reference: &str,
    reason: &str,
    since: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<(Invoice, Hold)> {
    let inv = holdable(tx, reference)?;
    let reason = crate::domain::identity::one_line("--reason", reason)?;
    if reason.is_empty() {
        return invalid(crate::t!("ops-hold-reason-empty"));
    }
    store::hold(tx, inv.id, &reason, since, until)?;
    let hold = Hold {
        invoice_id: inv.id,
        reason,
        since,
        until,
    };
    Ok((inv, hold))
}

/// Ends the hold of an invoice: the next run reminds it again.
pub fn release(tx: &Transaction, reference: &str, on: NaiveDate) -> Result<Invoice> {
    let inv = invoices::find(tx, reference)?;
    if !store::release(tx, inv.id, on)? {
        return invalid(crate::t!("ops-hold-not-held", invoice = inv.label()));
    }
    Ok(inv)
}

impl Ledger {
    /// Puts an invoice on hold from `since`, until released or `until` has passed.
    pub fn hold_invoice(
        &mut self,
        reference: &str,
        reason: &str,
        since: NaiveDate,
        until: Option<NaiveDate>,
    ) -> Result<(Invoice, Hold)> {
        self.write(|tx| hold(tx, reference, reason, since, until))
    }

    /// Ends the hold of an invoice on `on`.
    pub fn release_invoice(&mut self, reference: &str, on: NaiveDate) -> Result<Invoice> {
        self.write(|tx| release(tx, reference, on))
    }
}
