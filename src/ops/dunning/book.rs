//! Loading the book a run plans with: every issued invoice streamed once, the open ones
//! kept, with their customers, recorded steps and holds, in a few queries. On a day the
//! settlement record answers for (nothing dated after it), only the open invoices are
//! read, through the record, with their reminders, holds and collections by index.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::dunning::{Book, Dunned};
use crate::domain::money::Money;
use crate::domain::receivable::{in_late_payer_window, is_frequent_late_payer};
use crate::domain::status::{InvoiceFacts, invoice_view};
use crate::error::Result;
use crate::store::customer as customers;
use crate::store::dunning::{self as store, Issued, Reach};
use crate::store::parse_stored_decimal;
use crate::store::plan_lines;
use crate::store::scan::Scan;
use crate::store::settlement;

/// The book on `as_of` (one invoice alone when `only_invoice` says so: `dunning send`;
/// a whole day's plan is made a group of customers at a time, `history::plan_today`).
pub fn load(tx: &Transaction, as_of: NaiveDate, only_invoice: Option<i64>) -> Result<Book> {
    let through_record = settlement::answers_for(tx, as_of)?;
    load_through(tx, as_of, as_of, only_invoice, through_record)
}

/// The book on `as_of`, keeping the invoices open on any day up to `until` (for a plan
/// of the days after `as_of` with the same book), read through the settlement record
/// (only for a day it answers for) or through the whole dated history.
pub(crate) fn load_through(
    tx: &Transaction,
    as_of: NaiveDate,
    until: NaiveDate,
    only_invoice: Option<i64>,
    through_record: bool,
) -> Result<Book> {
    let mut builder = BookBuilder::new(as_of, until, only_invoice);
    if through_record {
        // nothing is dated after `as_of`: an invoice settled then stays settled up to
        // `until`, so the open ones are all a plan can act on, and the late payers are
        // counted in the record
        builder.reach = Reach::Open { also: only_invoice };
        store::for_each_issued_in(&Scan::load_open(tx)?, tx, |inv| builder.add(inv))?;
    } else {
        store::for_each_issued(tx, |inv| builder.add(inv))?;
    }
    builder.finish(tx)
}

/// A book made from invoices streamed one by one (by `load_through`, or by a pass that
/// feeds reports at the same time: `report dashboard`).
pub struct BookBuilder {
    as_of: NaiveDate,
    until: NaiveDate,
    only_invoice: Option<i64>,
    late_invoices: HashMap<i64, usize>,
    invoices: Vec<Dunned>,
    facts: InvoiceFacts,
    /// The invoices whose reminders and holds are read; with the open ones alone, the
    /// late invoices are counted in the settlement record, not as invoices stream by.
    reach: Reach,
}

impl BookBuilder {
    pub fn new(as_of: NaiveDate, until: NaiveDate, only_invoice: Option<i64>) -> Self {
        BookBuilder {
            as_of,
            until,
            only_invoice,
            late_invoices: HashMap::new(),
            invoices: Vec::new(),
            facts: InvoiceFacts::default(),
            reach: Reach::All,
        }
    }

    /// Sees one issued invoice.
    pub fn add(&mut self, inv: &Issued) -> Result<()> {
        let (as_of, until) = (self.as_of, self.until);
        let penalty_rate = inv.penalty_rate.map(parse_stored_decimal).transpose()?;
        if inv.issue_date > as_of {
            return Ok(());
        }
        let Some(due) = inv.due_date else {
            return Ok(());
        };
        // only invoices due in the last twelve months make a late payer
        let counts = self.reach == Reach::All && in_late_payer_window(due, as_of);
        // most invoices are settled: a balance in cents tells without building facts
        let wanted = self.only_invoice.is_none_or(|id| inv.id == id) && owes_between(inv, as_of, until);
        if !counts && !wanted {
            return Ok(());
        }
        if counts && inv.receivable().was_late(as_of) {
            *self.late_invoices.entry(inv.customer_id).or_default() += 1;
        }
        fill_facts(&mut self.facts, inv);
        if wanted && open_between(&self.facts, as_of, until) {
            self.invoices.push(Dunned {
                id: inv.id,
                customer_id: inv.customer_id,
                label: inv.number.to_string(),
                currency: inv.currency,
                penalty_rate,
                facts: self.facts.clone(),
            });
        }
        Ok(())
    }

    /// The book, with the customers, the steps done and the holds.
    pub fn finish(mut self, tx: &Transaction) -> Result<Book> {
        let late_invoices = match self.reach {
            Reach::All => std::mem::take(&mut self.late_invoices),
            Reach::Open { .. } | Reach::Chunk => settlement::late_invoices_by_customer(tx, self.as_of)?,
        };
        let late_payers = frequent_late_payers(late_invoices);
        let customers = customers::all(tx)?;
        self.finish_with(tx, late_payers, customers)
    }

    /// `finish` with the late payers and the customers already known.
    fn finish_with(
        self,
        tx: &Transaction,
        late_payers: HashSet<i64>,
        customers: Vec<crate::domain::customer::Customer>,
    ) -> Result<Book> {
        let customers = customers.into_iter().map(|c| (c.id, c)).collect();
        let wanted: HashSet<i64> = self
            .invoices
            .iter()
            .map(|i| i.id)
            .chain(self.only_invoice)
            .collect();
        let done = store::reminders_done(tx, self.reach, |id| wanted.contains(&id))?;
        Ok(Book {
            invoices: self.invoices,
            customers,
            done: done.steps,
            holds: with_collections(tx, self.reach, store::holds(tx, self.reach)?)?,
            late_payers,
            reminded: done.last_mailed,
        })
    }
}

/// The customers with enough late invoices to be flagged.
fn frequent_late_payers(late_invoices: HashMap<i64, usize>) -> HashSet<i64> {
    late_invoices
        .into_iter()
        .filter(|(_, late)| is_frequent_late_payer(*late))
        .map(|(id, _)| id)
        .collect()
}

/// The frequent late payers on `as_of`, a day the settlement record answers for.
pub(crate) fn late_payers_on(tx: &Transaction, as_of: NaiveDate) -> Result<HashSet<i64>> {
    Ok(frequent_late_payers(settlement::late_invoices_by_customer(
        tx, as_of,
    )?))
}

/// As `load_through` on a day the settlement record answers for, for the customers whose
/// ids run from `first` to `last` alone (`late_payers`: those of the whole ledger).
pub(crate) fn load_customers(
    tx: &Transaction,
    (as_of, until): (NaiveDate, NaiveDate),
    (first, last): (i64, i64),
    late_payers: &HashSet<i64>,
) -> Result<Book> {
    plan_lines::choose(tx, first, last)?;
    let mut builder = BookBuilder::new(as_of, until, None);
    builder.reach = Reach::Chunk;
    store::for_each_issued_in(&Scan::load_chunk(tx)?, tx, |inv| builder.add(inv))?;
    let late = late_payers
        .iter()
        .copied()
        .filter(|id| (first..=last).contains(id))
        .collect();
    builder.finish_with(tx, late, customers::with_ids(tx, first, last)?)
}

/// The holds, and every invoice whose SEPA collection waits for its money: the bank
/// will debit it, so no reminder goes out meanwhile. An invoice to be collected by direct
/// debit that no file holds yet is not reminded before its due day either (the customer
/// has nothing to pay by hand); if it is still not collected once due, reminders follow.
fn with_collections(
    tx: &Transaction,
    reach: Reach,
    mut holds: HashMap<i64, crate::domain::hold::Hold>,
) -> Result<HashMap<i64, crate::domain::hold::Hold>> {
    for (invoice_id, since) in crate::store::sepa::pending(tx, reach)? {
        holds.entry(invoice_id).or_insert(crate::domain::hold::Hold {
            invoice_id,
            reason: crate::t!("checks-dunning-hold-pending"),
            since,
            until: None,
        });
    }
    for (invoice_id, since, due) in crate::store::sepa::awaiting_collection(tx, reach)? {
        holds.entry(invoice_id).or_insert(crate::domain::hold::Hold {
            invoice_id,
            reason: crate::t!("checks-dunning-hold-awaiting"),
            since,
            until: Some(due),
        });
    }
    Ok(holds)
}

/// Fills `facts` (its vectors reused) with what a streamed invoice's status derives from.
fn fill_facts(facts: &mut InvoiceFacts, inv: &Issued) {
    facts.issue_date = Some(inv.issue_date);
    facts.due_date = inv.due_date;
    facts.sent_on = inv.sent_on;
    let money = |minor: i64| Money::from_minor(minor, inv.currency);
    facts.total = money(inv.total_cents);
    facts.payments.clear();
    facts
        .payments
        .extend(inv.payments.iter().map(|(d, m)| (*d, money(*m))));
    facts.credits.clear();
    facts
        .credits
        .extend(inv.credits.iter().map(|(d, m)| (*d, money(*m))));
    facts.write_off = inv.write_off.map(|(d, m)| (d, money(m)));
}

/// Whether a balance is left on the invoice on some day from `from` to `until`, in cents:
/// the cheap test that lets settled invoices go by. An invoice open on one of those days
/// (`open_between`) always passes it.
fn owes_between(inv: &Issued, from: NaiveDate, until: NaiveDate) -> bool {
    let r = inv.receivable();
    r.balance_on(from).is_positive()
        || inv
            .payments
            .iter()
            .chain(inv.credits.iter())
            .map(|(d, _)| *d)
            .chain(inv.write_off.map(|(d, _)| d))
            .any(|d| from < d && d <= until && r.balance_on(d).is_positive())
}

/// Whether a plan on some day from `from` to `until` can act on the invoice: open with a
/// balance on one of those days. Its status only changes on the days of its payments,
/// credit notes and write-off, so those days and `from` are the ones to look at.
fn open_between(facts: &InvoiceFacts, from: NaiveDate, until: NaiveDate) -> bool {
    let open = |day: NaiveDate| {
        let view = invoice_view(facts, day);
        view.status.is_open() && view.balance.is_positive()
    };
    open(from)
        || facts
            .payments
            .iter()
            .chain(facts.credits.iter())
            .map(|(d, _)| *d)
            .chain(facts.write_off.map(|(d, _)| d))
            .any(|d| from < d && d <= until && open(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;
    use chrono::Days;

    fn day_n(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    proptest::proptest! {
        /// The cheap test in cents never lets by an invoice a plan could act on, and
        /// agrees with the status on the day of a run.
        #[test]
        fn the_cents_test_keeps_every_invoice_open_in_the_window(
            total in 1i64..100_000,
            pays in proptest::collection::vec((0i64..120, -50_000i64..100_000), 0..5),
            creds in proptest::collection::vec((0i64..120, 1i64..100_000), 0..3),
            write_off in proptest::option::of((0i64..120, 1i64..100_000)),
            sent in proptest::option::of(0i64..120),
            from in 0i64..120,
            span in 0u64..40,
        ) {
            let mut pays: Vec<(NaiveDate, i64)> =
                pays.into_iter().filter(|p| p.1 != 0).map(|(d, c)| (day_n(d), c)).collect();
            pays.sort_by_key(|p| p.0);
            let mut creds: Vec<(NaiveDate, i64)> = creds.into_iter().map(|(d, c)| (day_n(d), c)).collect();
            creds.sort_by_key(|c| c.0);
            let inv = Issued {
                id: 1,
                customer_id: 1,
                number: "FACT-2026-0001",
                issue_date: day_n(0),
                due_date: Some(day_n(30)),
                sent_on: sent.map(day_n),
                total_cents: total,
                write_off: write_off.map(|(d, c)| (day_n(d), c)),
                payments: &pays,
                credits: &creds,
                currency: Currency::EUR,
                penalty_rate: None,
                exchange_rate: None,
            };
            let mut facts = InvoiceFacts::default();
            fill_facts(&mut facts, &inv);
            let (from, until) = (day_n(from), day_n(from) + Days::new(span));
            if open_between(&facts, from, until) {
                proptest::prop_assert!(owes_between(&inv, from, until));
            }
            let view = invoice_view(&facts, from);
            proptest::prop_assert_eq!(
                open_between(&facts, from, from),
                view.status.is_open() && view.balance.is_positive()
            );
            // every day of the window: open on one of them means kept
            let open_some_day = (0..=span).any(|n| {
                let v = invoice_view(&facts, from + Days::new(n));
                v.status.is_open() && v.balance.is_positive()
            });
            proptest::prop_assert_eq!(open_between(&facts, from, until), open_some_day);
        }
    }
}
