//! `report dmp` and `report kpis` on a day the settlement record answers for: the
//! invoices at a rate from their history (for their rounding), every other one from the
//! record's rows and the period's payments, balances and write-offs summed through their
//! indexes ([`crate::store::period`]), never the history of each invoice with an event
//! in the period. What each tally is handed adds up to what it counts of each invoice.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{customer_index, dmp_of, kpis_of, ledger_currency};
use crate::domain::money::Money;
use crate::domain::report::{DmpReport, KpiReport};
use crate::domain::tally::{DmpTally, KpiTally};
use crate::error::Result;
use crate::store::report as report_store;
use crate::store::scan::{Part, Scan};
use crate::store::{period, settlement};

/// The history of the invoices at a rate alone, when the record answers for `to`
/// (nothing the record holds is dated after it, so none is read for its date): None
/// when it does not.
fn converted_scan(tx: &Transaction, to: NaiveDate) -> Result<Option<Scan>> {
    let Some(after) = to.succ_opt() else {
        return Ok(None);
    };
    let scan = Scan::load_recent_on(tx, to, after, false)?;
    Ok((scan.part() != Part::All).then_some(scan))
}

/// [`super::dmp`] on a day the record answers for; None on any other day.
pub(super) fn dmp(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    by_customer: bool,
) -> Result<Option<DmpReport>> {
    let Some(scan) = converted_scan(tx, to)? else {
        return Ok(None);
    };
    let currency = ledger_currency(tx)?;
    let money = |minor| Money::from_minor(minor, currency);
    let mut tally = DmpTally::new(from, to, by_customer, currency);
    scan.each_read_invoice(tx, to, |r, _| tally.add(r))?;
    let mut receivables = 0;
    period::each_open(tx, |_, _, _, balance| receivables += balance)?;
    let allocated: i64 = settlement::allocated_by_customer(tx)?.values().sum();
    let issued = period::each_paid(tx, from, to, |p| {
        tally.add_payment(p.customer_id, p.issue, p.day, money(p.minor))
    })?;
    let revenue = issued - period::credited(tx, from, to)?;
    tally.add_summed(money(receivables), money(allocated), money(revenue));
    let received = match period::received_by(tx, to, currency)? {
        Some(minor) => money(minor),
        None => report_store::received_by(tx, &[to], currency)?[0],
    };
    Ok(Some(dmp_of(tally, &customer_index(tx)?, received)))
}

/// [`super::kpis`] on a day the record answers for; None on any other day.
pub(super) fn kpis(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<Option<KpiReport>> {
    let Some(scan) = converted_scan(tx, to)? else {
        return Ok(None);
    };
    let currency = ledger_currency(tx)?;
    let money = |minor| Money::from_minor(minor, currency);
    let mut tally = KpiTally::new(from, to, currency);
    scan.each_read_invoice(tx, to, |r, _| tally.add(r))?;
    for customer in period::invoiced_customers(tx)? {
        tally.payer(customer);
    }
    let (total, unpaid) = period::due_30(tx, from, to)?;
    tally.add_due_30(money(total), money(unpaid));
    // an open invoice's late balance and its write-off of the period are one amount
    let mut written_off: HashMap<i64, (i64, NaiveDate, i64)> = period::written_off_since(tx, from)?
        .into_iter()
        .map(|(id, customer, due, minor)| (id, (customer, due, minor)))
        .collect();
    period::each_open(tx, |id, customer, due, balance| {
        let late = tally.add_balance(due, money(balance));
        let off = written_off.remove(&id).map_or(0, |w| w.2);
        let unpaid = if late > 0 { balance } else { 0 } + off;
        tally.add_unpaid(customer, due, money(unpaid));
    })?;
    for (customer, due, minor) in written_off.into_values() {
        tally.add_unpaid(customer, due, money(minor));
    }
    for (customer, count) in period::late_by_customer(tx, to)? {
        tally.add_late(customer, count);
    }
    let issued = period::each_paid(tx, from, to, |p| {
        tally.add_payment(p.customer_id, p.due, p.day, money(p.minor))
    })?;
    tally.add_invoiced(money(issued - period::credited(tx, from, to)?));
    let credits = scan.credits_left(tx, to, settlement::allocated_by_customer(tx)?)?;
    let collected = report_store::received_between(tx, from, to, currency)?;
    Ok(Some(kpis_of(tally, &customer_index(tx)?, &credits, collected)))
}
