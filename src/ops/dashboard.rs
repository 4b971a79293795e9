//! `report dashboard`: one read of the ledger, one pass over its invoices feeding every
//! report's tally (aging, DMP/DSO now and month by month, split, KPIs, forecast), the
//! customers' standings and scores, and the book today's dunning run would plan with.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use super::customer::StandingPass;
use super::dunning::book::BookBuilder;
use super::dunning::{PLAN_GROUP, each_planned_day};
use super::report::{aging_of, dmp_of, kpis_of, ledger_currency};
use crate::config::Config;
use crate::domain::aging::{Basis, Buckets};
use crate::domain::dashboard::{
    Dashboard, FORECAST_WEEKS, TrendTally, Trends, grade_counts, trend_months, worst_and_best,
};
use crate::domain::dunning::{DryCounts, Rules, plan_compact};
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::Receivable;
use crate::domain::report::{DmpReport, report_period};
use crate::domain::score::History;
use crate::domain::standings::Standings;
use crate::domain::tally::{AgingTally, DmpTally, ForecastTally, KpiTally, SplitTally};
use crate::error::Result;
use crate::store::dunning::for_each_issued_in;
use crate::store::period::SettledLeft;
use crate::store::report::{self as report_store, ReceivedBy};
use crate::store::scan::{Credits, Part, Scan};

impl Ledger {
    /// The dashboard on `as_of`, with the dunning policy and the score weights of `config`.
    pub fn dashboard(&mut self, config: &Config, as_of: NaiveDate) -> Result<Dashboard> {
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of,
            catch_up: Default::default(),
        };
        self.read(|tx| dashboard_through(tx, config, &rules, true))
    }

    /// The dashboard's monthly series and grade counts on `as_of` (`report trends`), from
    /// the same pass without the figures it does not show.
    pub fn trends(&mut self, config: &Config, as_of: NaiveDate) -> Result<Trends> {
        self.read(|tx| trends_through(tx, config, as_of, true))
    }
}

/// [`Ledger::dashboard`] through the settlement record where it answers (`record`), or
/// the history.
pub(crate) fn dashboard_through(
    tx: &Transaction,
    config: &Config,
    rules: &Rules,
    record: bool,
) -> Result<Dashboard> {
    let as_of = rules.as_of;
    let currency = ledger_currency(tx)?;
    // the dashboard shows totals: its reports' lines by customer go unnamed (as its
    // months' do), and the customers' records are not read (100 000 of them at 10 M)
    let customers = HashMap::new();
    let (from, to) = report_period(None, None, as_of)?;
    // the dunning book and the aged balance read the open invoices' history
    let scan = if record {
        Scan::load_recent_on(tx, as_of, first_dated(as_of, from), true)?
    } else {
        Scan::load(tx)?
    };
    let mut months = MonthsPass::new(tx, as_of, currency)?;
    // through the record, today's dunning run is planned afterwards, a group of customers
    // at a time (as `dunning plan` does); through the history, from the pass's book
    let mut book = (scan.part() == Part::All).then(|| BookBuilder::new(as_of, as_of, None));
    let mut aging = AgingTally::pooled(as_of, Buckets::default(), Basis::Due, currency);
    let mut split = SplitTally::new(as_of, currency);
    let mut kpis = KpiTally::pooled(from, to, currency);
    let mut dmp = DmpTally::new(from, to, false, currency);
    let mut forecast = ForecastTally::new(as_of, currency);
    if record {
        // every invoice the record holds open is one the forecast keeps
        forecast.expect_open(crate::store::settlement::open_count(tx)?);
    }
    // what every invoice feeds, whether read from its history or the record
    let mut feed = |r: &Receivable, converted: bool| {
        months.add(r, converted);
        split.add(r, months.standings.reminded.contains(&r.id));
        kpis.add(r);
        dmp.add(r);
        forecast.add(r);
    };
    for_each_issued_in(&scan, tx, |inv| {
        if let Some(book) = book.as_mut() {
            book.add(inv)?;
        }
        // the tallies count in the ledger's currency, as the single reports do
        let converted = inv.converted(currency)?;
        let r = converted
            .as_ref()
            .map_or_else(|| inv.receivable(), |c| c.receivable(inv));
        if r.issue > as_of {
            return Ok(());
        }
        aging.add(&r, inv.number);
        feed(&r, converted.is_some());
        Ok(())
    })?;
    // settled invoices with nothing dated in the figures' twelve months, on a day
    // the record answers for: not in the book nor the aged balance; summed in SQL
    // where the record sums them, else each fed from its row
    let settled_left = settled_left_of(tx, &scan, (from, to), currency)?;
    match settled_left {
        Some((since, left)) => {
            let money = |minor| Money::from_minor(minor, currency);
            let zero = money(0);
            months.add_settled_left(tx, &scan, config, since, &left)?;
            dmp.add_summed(zero, money(left.paid_cents), zero);
            kpis.add_due_30(money(left.due_30_cents), zero);
            split.add_settled(left.split.paid, money(left.split.paid_cents), left.split.other);
            for (customer, (days, paid)) in left.habits {
                forecast.add_habit(customer, days, paid);
            }
        }
        None => scan.each_recorded(tx, |r| feed(r, false))?,
    }
    months.standings.add_recorded_credit_notes(&scan, tx)?;
    let (months, credits, received_by_to) = months.finish(tx, &scan, config, to)?;
    let collected = report_store::received_between(tx, from, to, currency)?;
    let grades = grade_counts(months.standings.brief());
    let (worst, best) = worst_and_best(months.standings.brief());
    let dunning = match book {
        Some(book) => DryCounts::of(&plan_compact(&book.finish(tx)?, rules)),
        None => dry_counts_by_groups(tx, rules)?,
    };
    Ok(Dashboard {
        as_of,
        kpis: kpis_of(kpis, &customers, &credits, collected),
        dmp: dmp_of(dmp, &customers, received_by_to),
        trend: months.trend,
        aging: aging_of(aging, &customers, &credits),
        split: split.report,
        forecast: forecast.weeks(FORECAST_WEEKS),
        worst,
        best,
        dunning,
        grades,
    })
}

/// The sums of the settled invoices `scan` leaves to the record, with the day number it
/// reads the others' history from: for a scan of the invoices dated from then on and of
/// the open ones (every row it leaves is settled); None otherwise, or when one of them
/// is in another currency (then each is fed from its row).
fn settled_left_of(
    tx: &Transaction,
    scan: &Scan,
    period: (NaiveDate, NaiveDate),
    currency: Currency,
) -> Result<Option<(i64, SettledLeft)>> {
    Ok(match scan.part() {
        Part::Recent { since, open: true } => {
            crate::store::period::settled_left(tx, since, period, currency)?.map(|left| (since, left))
        }
        _ => None,
    })
}

/// What today's dunning run would do on `as_of`, a day the settlement record answers
/// for: planned a group of customers at a time, their counts added up.
fn dry_counts_by_groups(tx: &Transaction, rules: &Rules) -> Result<DryCounts> {
    let mut counts = DryCounts::default();
    each_planned_day(tx, rules, 0, PLAN_GROUP, |_, plan| {
        counts.add(DryCounts::of(&plan));
        Ok(())
    })?;
    crate::store::plan_lines::end(tx)?;
    Ok(counts)
}

/// [`Ledger::trends`] through the settlement record where it answers (`record`), or the
/// history.
pub(crate) fn trends_through(
    tx: &Transaction,
    config: &Config,
    as_of: NaiveDate,
    record: bool,
) -> Result<Trends> {
    let currency = ledger_currency(tx)?;
    let (from, to) = report_period(None, None, as_of)?;
    // the open invoices' history read too: the rows left to the record are then settled,
    // and summed
    let scan = if record {
        Scan::load_recent_on(tx, as_of, first_dated(as_of, from), true)?
    } else {
        Scan::load(tx)?
    };
    let mut months = MonthsPass::new(tx, as_of, currency)?;
    for_each_issued_in(&scan, tx, |inv| {
        let converted = inv.converted(currency)?;
        let r = converted
            .as_ref()
            .map_or_else(|| inv.receivable(), |c| c.receivable(inv));
        if r.issue <= as_of {
            months.add(&r, converted.is_some());
        }
        Ok(())
    })?;
    let settled_left = settled_left_of(tx, &scan, (from, to), currency)?;
    match settled_left {
        Some((since, left)) => months.add_settled_left(tx, &scan, config, since, &left)?,
        None => scan.each_recorded(tx, |r| months.add(r, false))?,
    }
    months.standings.add_recorded_credit_notes(&scan, tx)?;
    let (months, _, _) = months.finish(tx, &scan, config, to)?;
    Ok(Trends {
        as_of,
        trend: months.trend,
        grades: grade_counts(months.standings.brief()),
    })
}

/// The first day whose events the dashboard's figures need dated on `as_of`, the figures'
/// period starting on `from`: that period, the monthly series and the scores' twelve
/// months. An invoice with nothing dated from then on is read from the settlement record
/// alone on a day it answers for (its balance, payment-day sums and paid-up day).
fn first_dated(as_of: NaiveDate, from: NaiveDate) -> NaiveDate {
    let months = trend_months(as_of).first().map_or(from, |m| m.0);
    from.min(months).min(super::customer::score_since(as_of))
}

/// What the dashboard and the trends share: the customers' standings and scores, the
/// monthly DMP/DSO, and what each customer had allocated by `as_of` (for its credit).
struct MonthsPass {
    as_of: NaiveDate,
    currency: Currency,
    standings: StandingPass,
    trend: TrendTally,
    allocated: HashMap<i64, i64>,
}

/// The finished standings and months.
struct Months {
    standings: Standings,
    trend: Vec<DmpReport>,
}

impl MonthsPass {
    fn new(tx: &Transaction, as_of: NaiveDate, currency: Currency) -> Result<Self> {
        Ok(MonthsPass {
            as_of,
            currency,
            // the dashboard and the trends show a few payers' codes and names, and count grades
            standings: StandingPass::brief(tx, as_of)?,
            trend: TrendTally::new(trend_months(as_of), currency),
            allocated: HashMap::new(),
        })
    }

    /// Sees one invoice issued by `as_of` (`converted` from another currency: the money
    /// that paid it is counted with the payments in that currency, at their own rate, as
    /// `Scan::for_each_invoice` does).
    fn add(&mut self, r: &Receivable, converted: bool) {
        let paid = r.paid_on(self.as_of).minor();
        if paid != 0 && !converted {
            *self.allocated.entry(r.customer_id).or_insert(0) += paid;
        }
        self.standings.add(r);
        self.trend.add(r);
    }

    /// What the settled invoices a scan of the invoices dated from `since` on (and of the
    /// open ones) leaves to the record add, `left` their sums: the standings see the rows
    /// a score weighs and count the others where the letter "new" depends on them (as
    /// `customer list` does), each month counts what was paid on them as allocated, and
    /// what each customer allocated is the record's.
    fn add_settled_left(
        &mut self,
        tx: &Transaction,
        scan: &Scan,
        config: &Config,
        since: i64,
        left: &SettledLeft,
    ) -> Result<()> {
        let until = History::counted_only_until(self.as_of);
        scan.each_settled_weighed(tx, until, |r| self.standings.add(r))?;
        self.standings.add_counted_only(tx, &config.score, until, since)?;
        self.trend.add_settled_before(left.paid_cents);
        self.allocated = crate::store::settlement::allocated_by_customer(tx)?;
        Ok(())
    }

    /// The standings, the months, the customers' credit, and what was received by `to`
    /// (the end of the twelve months).
    fn finish(
        self,
        tx: &Transaction,
        scan: &Scan,
        config: &Config,
        to: NaiveDate,
    ) -> Result<(Months, Credits, Money)> {
        let trend = self.trend.finish();
        // what was received by each month's end, then by the end of the twelve months,
        // summed with the customers' credit (from the record, or in one read of the payments)
        let ends: Vec<NaiveDate> = trend.iter().map(|m| m.to).chain([to]).collect();
        let mut received = ReceivedBy::new(&ends);
        let credits = match scan.received_from_record(tx, self.as_of)? {
            // the payments dated after the first month's end alone are read
            Some(by_customer) => {
                received.add_total(tx, by_customer.values().sum())?;
                scan.credits_given(tx, self.as_of, by_customer, self.allocated)?
            }
            None => scan.credits_left_seeing(tx, self.as_of, self.allocated, |date, minor| {
                received.add(date, minor)
            })?,
        };
        received.add_foreign(tx, self.currency)?;
        let mut received = received.finish(self.currency);
        let received_by_to = received.pop().unwrap_or(Money::zero(self.currency));
        let standings = self.standings.finish_held(tx, &config.score, &credits)?;
        let no_customers = HashMap::new();
        let trend = trend
            .into_iter()
            .zip(received)
            .map(|(month, received)| dmp_of(month, &no_customers, received))
            .collect();
        Ok((Months { standings, trend }, credits, received_by_to))
    }
}

#[cfg(test)]
mod record_tests;
