//! Issued invoices streamed with their payments and credit notes, the way the dunning
//! run and the one-pass reports (`report dashboard`) read the ledger.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::scan::{Scan, required_date, stored_date, text_at};
use crate::domain::exchange::{Settlements, settlements_in_accounting};
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::Receivable;
use crate::error::Result;

/// An issued invoice (not a credit note) as the dunning run streams it: amounts in cents,
/// payments and credit notes borrowed for the length of one visit.
#[derive(Debug, Clone, Copy)]
pub struct Issued<'a> {
    pub id: i64,
    pub customer_id: i64,
    pub number: &'a str,
    pub issue_date: NaiveDate,
    pub due_date: Option<NaiveDate>,
    pub sent_on: Option<NaiveDate>,
    pub total_cents: i64,
    pub write_off: Option<(NaiveDate, i64)>,
    /// (date, cents) allocated to it, by date then allocation id (releases included).
    pub payments: &'a [(NaiveDate, i64)],
    /// (issue date, cents) of its credit notes, by date then sequence.
    pub credits: &'a [(NaiveDate, i64)],
    pub currency: Currency,
    /// The invoice's own penalty rate as stored, if any.
    pub penalty_rate: Option<&'a str>,
    /// Its rate to the ledger's currency, fixed at issue (an invoice in another currency).
    pub exchange_rate: Option<&'a str>,
}

/// An invoice in another currency as the reports count it: converted at its issue rate,
/// with each settlement converted so that what it leaves open is the converted balance.
pub struct Converted {
    total: Money,
    settlements: Settlements,
}

impl Converted {
    /// The converted invoice, for the rules the reports share.
    pub fn receivable<'b>(&'b self, inv: &Issued) -> Receivable<'b> {
        Receivable {
            id: inv.id,
            customer_id: inv.customer_id,
            issue: inv.issue_date,
            due: inv.due_date.unwrap_or(inv.issue_date),
            total: self.total,
            payments: &self.settlements.0,
            credits: &self.settlements.1,
            write_off: self.settlements.2,
            summed: None,
        }
    }
}

impl<'a> Issued<'a> {
    /// For an invoice in another currency than `accounting`, the invoice converted as the
    /// single reports read it (`Scan::for_each_invoice`); None for one in `accounting`.
    pub fn converted(&self, accounting: Currency) -> Result<Option<Converted>> {
        if self.currency == accounting {
            return Ok(None);
        }
        let Some(rate) =
            super::payment::stored_rate(self.currency, accounting, self.exchange_rate.map(str::to_string))?
        else {
            return Ok(None);
        };
        let total = Money::from_minor(self.total_cents, self.currency);
        let write_off = self
            .write_off
            .map(|(d, m)| (d, Money::from_minor(m, self.currency)));
        Ok(Some(Converted {
            total: rate.to_accounting(total),
            settlements: settlements_in_accounting(&rate, total, self.payments, self.credits, write_off),
        }))
    }

    /// The invoice as the reports see it, for the rules they share.
    pub fn receivable(&self) -> Receivable<'a> {
        Receivable {
            id: self.id,
            customer_id: self.customer_id,
            issue: self.issue_date,
            due: self.due_date.unwrap_or(self.issue_date),
            total: Money::from_minor(self.total_cents, self.currency),
            payments: self.payments,
            credits: self.credits,
            write_off: self
                .write_off
                .map(|(d, m)| (d, Money::from_minor(m, self.currency))),
            summed: None,
        }
    }
}

/// Streams every issued invoice in id order with its payments and credit notes, in
/// bounded memory: allocations and credit notes are read once into flat arrays (a few
/// bytes a row), invoices are never held. `visit` sees each invoice once.
pub fn for_each_issued(tx: &Transaction, visit: impl FnMut(&Issued) -> Result<()>) -> Result<()> {
    for_each_issued_in(&Scan::load(tx)?, tx, visit)
}

/// `for_each_issued` with allocations and credit notes already read (one scan shared by
/// several reports: `report dashboard`).
pub fn for_each_issued_in(
    scan: &Scan,
    tx: &Transaction,
    mut visit: impl FnMut(&Issued) -> Result<()>,
) -> Result<()> {
    let columns = "customer_id, number, issue_date, due_date, sent_on, total_cents, written_off_on,
             write_off_cents, currency, penalty_rate, exchange_rate";
    scan.stream(tx, columns, |r, payments, credits| {
        let write_off = match (stored_date(r.get_ref(7)?)?, r.get::<_, Option<i64>>(8)?) {
            (Some(d), Some(cents)) => Some((d, cents)),
            _ => None,
        };
        visit(&Issued {
            id: r.get(0)?,
            customer_id: r.get(1)?,
            number: text_at(r.get_ref(2)?)?.unwrap_or_default(),
            issue_date: required_date(r.get_ref(3)?)?,
            due_date: stored_date(r.get_ref(4)?)?,
            sent_on: stored_date(r.get_ref(5)?)?,
            total_cents: r.get(6)?,
            write_off,
            payments,
            credits,
            currency: r.get(9)?,
            penalty_rate: text_at(r.get_ref(10)?)?,
            exchange_rate: text_at(r.get_ref(11)?)?,
        })
    })
}
