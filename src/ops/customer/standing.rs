//! Every customer's standing and score on a day: one pass over the ledger (or over the
//! rows of the settlement record a score weighs, on a day it answers for).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::customer::{Customer, Standing};
use crate::domain::money::Money;
use crate::domain::receivable::{Receivable, is_frequent_late_payer};
use crate::domain::score::{History, ScorePolicy};
use crate::domain::standings::Standings;
use crate::error::Result;
use crate::store::customer as store;
use crate::store::scan::{Credits, Part, Scan};

/// Adds a customer, making a code from its name when none is given.
/// Every customer's standing and score on `as_of` (or one customer's), from one pass
/// over the ledger.
pub fn standings(
    tx: &Transaction,
    as_of: NaiveDate,
    only: Option<i64>,
    policy: &ScorePolicy,
) -> Result<Vec<Standing>> {
    standings_through(tx, as_of, only, policy, true)
}

/// [`standings`] through the settlement record where it answers (`record`), or the
/// history.
pub(crate) fn standings_through(
    tx: &Transaction,
    as_of: NaiveDate,
    only: Option<i64>,
    policy: &ScorePolicy,
    record: bool,
) -> Result<Vec<Standing>> {
    Ok(held_standings_through(tx, as_of, only, policy, record)?.into_scored())
}

/// [`standings_through`], each score left to be worked out as its row is shown.
pub(crate) fn held_standings_through(
    tx: &Transaction,
    as_of: NaiveDate,
    only: Option<i64>,
    policy: &ScorePolicy,
    record: bool,
) -> Result<Standings> {
    let scan = match only {
        Some(id) if record => Scan::load_customer_on(tx, id, as_of, score_since(as_of))?,
        Some(id) => Scan::load_customer(tx, id)?,
        None if record => Scan::load_recent_on(tx, as_of, score_since(as_of), false)?,
        None => Scan::load(tx)?,
    };
    let mut pass = StandingPass::new(tx, as_of, only)?;
    let credits = match scan.part() {
        // the paid-up invoices due before both windows of lateness only count: not
        // read one by one, counted where the letter "new" depends on them (one
        // customer's are few: all read)
        Part::Recent { since, open: false } if only.is_none() => {
            let until = History::counted_only_until(as_of);
            let allocated = scan.each_weighed_invoice(tx, as_of, until, |r, _| pass.add(r))?;
            pass.add_counted_only(tx, policy, until, since)?;
            scan.credits_left(tx, as_of, allocated)?
        }
        _ => scan.for_each_invoice(tx, as_of, |r, _| pass.add(r))?,
    };
    pass.add_recorded_credit_notes(&scan, tx)?;
    pass.finish_held(tx, policy, &credits)
}

/// The first day whose events a standing needs dated, on a day the settlement record
/// answers for: none. Every invoice (but those at a rate, for their rounding) gives its
/// balance, lateness (the record's sums of its payment days), due day and whether it was
/// paid late (the record's paid-up day) from the record alone; the credit notes of the
/// score's twelve months are read apart ([`StandingPass::add_recorded_credit_notes`]).
pub(crate) fn score_since(as_of: NaiveDate) -> NaiveDate {
    as_of.succ_opt().unwrap_or(as_of)
}

/// Customers' standings and score histories, fed invoice by invoice (by `standings`, or
/// by a pass that feeds reports at the same time: `report dashboard`).
pub struct StandingPass {
    as_of: NaiveDate,
    only: Option<i64>,
    out: Vec<Standing>,
    index: HashMap<i64, usize>,
    /// Invoices reminded after their due date by `as_of` and not settled by then.
    pub reminded: crate::store::dunning::InvoiceIds,
    late_invoices: HashMap<usize, usize>,
    histories: Vec<History>,
}

impl StandingPass {
    pub fn new(tx: &Transaction, as_of: NaiveDate, only: Option<i64>) -> Result<Self> {
        // one customer's standing reads its own row, not the whole customer table
        let customers = match only {
            Some(id) => vec![store::by_id(tx, id)?],
            None => store::all(tx)?,
        };
        Self::of(tx, as_of, only, customers)
    }

    /// Every customer's standing with its customer's record brief ([`store::all_brief`]):
    /// for the standings that show a code and a name, or only count grades.
    pub fn brief(tx: &Transaction, as_of: NaiveDate) -> Result<Self> {
        Self::of(tx, as_of, None, store::all_brief(tx)?)
    }

    fn of(tx: &Transaction, as_of: NaiveDate, only: Option<i64>, customers: Vec<Customer>) -> Result<Self> {
        let zero = Money::zero(crate::store::company::get(tx)?.currency);
        let out: Vec<Standing> = customers
            .into_iter()
            .map(|customer| Standing::clear(customer, zero))
            .collect();
        let index = out.iter().enumerate().map(|(i, s)| (s.customer.id, i)).collect();
        let histories = out.iter().map(|_| History::new(as_of, zero)).collect();
        Ok(StandingPass {
            as_of,
            only,
            out,
            index,
            reminded: crate::store::dunning::reminded_open_after_due_of(tx, as_of, only)?,
            late_invoices: HashMap::new(),
            histories,
        })
    }

    /// Sees one invoice issued by `as_of`.
    pub fn add(&mut self, r: &Receivable) {
        let as_of = self.as_of;
        let Some(&i) = self.index.get(&r.customer_id) else {
            return;
        };
        self.histories[i].add_invoice(r);
        if r.counts_as_late(as_of) {
            *self.late_invoices.entry(i).or_default() += 1;
        }
        if r.days_late_on(as_of) > 0 && self.reminded.contains(&r.id) {
            self.out[i].in_dunning = true;
        }
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            let s = &mut self.out[i];
            s.balance += balance;
            s.open_invoices += 1;
            let late = r.days_late_on(as_of);
            if late > 0 {
                s.overdue += balance;
                s.max_days_late = s.max_days_late.max(late);
            }
        }
    }

    /// The paid-up invoices of the record due on or before `until` and last dated before
    /// `since` that a pass did not see, counted for each customer whose letter could
    /// still change with them (under the policy's minimum), up to what it lacks.
    pub(crate) fn add_counted_only(
        &mut self,
        tx: &Transaction,
        policy: &ScorePolicy,
        until: NaiveDate,
        since: i64,
    ) -> Result<()> {
        for (i, s) in self.out.iter().enumerate() {
            let wanted = self.histories[i].due_wanted(policy);
            if wanted > 0 {
                let count = crate::store::settlement::counted_only(tx, s.customer.id, until, since, wanted)?;
                self.histories[i].add_counted_only(count);
            }
        }
        Ok(())
    }

    /// The credit notes of the score's twelve months for the invoices `scan` left to the
    /// settlement record (it holds their sum, not their days).
    pub fn add_recorded_credit_notes(&mut self, scan: &Scan, tx: &Transaction) -> Result<()> {
        let after = crate::domain::score::year_before(self.as_of);
        for (customer, day) in scan.recorded_credit_notes(tx, after, self.as_of)? {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_credit_note(day);
            }
        }
        Ok(())
    }

    /// The standings, given each customer's unallocated payments, each score left to be
    /// worked out as its row is shown.
    pub fn finish_held(
        mut self,
        tx: &Transaction,
        policy: &ScorePolicy,
        credits: &Credits,
    ) -> Result<Standings> {
        for (i, late) in self.late_invoices {
            self.out[i].frequent_late_payer = is_frequent_late_payer(late);
        }
        let year = (crate::domain::score::year_before(self.as_of), self.as_of);
        let (disputes, notices) = crate::store::score::disputes_and_notices(tx, self.only, year)?;
        for (customer, since) in disputes {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_dispute(since);
            }
        }
        for (customer, day) in notices {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_notice(day);
            }
        }
        for (customer, credit) in credits {
            if let Some(&i) = self.index.get(customer) {
                self.out[i].credit += *credit;
                self.out[i].balance -= *credit;
            }
        }
        Ok(Standings::new(self.out, self.histories, policy))
    }
}
