//! `report dashboard`: the figures a manager looks at every morning, each computed by the
//! rule of its own report (see [`super::tally`]) from one pass over the ledger.

use chrono::{Datelike, Months, NaiveDate};

use super::customer::Standing;
use super::dunning::DryCounts;
use super::money::{Currency, Money};
use super::receivable::Receivable;
use super::report::{AgingReport, DelayLine, DmpReport, ForecastWeek, KpiReport, SplitReport};
use super::score::Grade;
use super::tally::DmpTally;

/// Months of the DMP and DSO trend.
pub const TREND_MONTHS: u32 = 12;
/// Weeks of the cash-in forecast.
pub const FORECAST_WEEKS: usize = 8;
/// Payers listed at each end of the ranking.
pub const PAYERS: usize = 5;

/// Everything the dashboard shows on a day.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub as_of: NaiveDate,
    /// Over the twelve months to `as_of`: receivables, late now, over 90 days late.
    pub kpis: KpiReport,
    /// DMP and DSO over the twelve months to `as_of`.
    pub dmp: DmpReport,
    /// DMP and DSO of each of the last twelve months, oldest first (the last one ends on `as_of`).
    pub trend: Vec<DmpReport>,
    /// Open balances by age (by customer, 30/60/90, from the due date).
    pub aging: AgingReport,
    pub split: SplitReport,
    pub forecast: Vec<ForecastWeek>,
    /// Worst scores first.
    pub worst: Vec<Standing>,
    /// Best scores first.
    pub best: Vec<Standing>,
    /// What today's dunning run would do.
    pub dunning: DryCounts,
    /// How many customers have each grade (A to E, then new), customers without a score left out.
    pub grades: Vec<(Grade, usize)>,
}

/// What `report trends` shows: the dashboard's monthly series and its grade counts.
#[derive(Debug, Clone)]
pub struct Trends {
    pub as_of: NaiveDate,
    /// As [`Dashboard::trend`].
    pub trend: Vec<DmpReport>,
    /// As [`Dashboard::grades`].
    pub grades: Vec<(Grade, usize)>,
}

/// How many of the customers have each grade, A to E then new, every grade listed.
pub fn grade_counts(standings: &[Standing]) -> Vec<(Grade, usize)> {
    [Grade::A, Grade::B, Grade::C, Grade::D, Grade::E, Grade::New]
        .into_iter()
        .map(|g| {
            let n = standings
                .iter()
                .filter(|s| s.score.as_ref().is_some_and(|sc| sc.grade == g))
                .count();
            (g, n)
        })
        .collect()
}

/// The trend's months as (first day, last day), oldest first; the last one is the month
/// of `as_of`, cut at `as_of`.
pub fn trend_months(as_of: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let this_month = as_of.with_day(1).unwrap_or(as_of);
    (0..TREND_MONTHS)
        .rev()
        .map(|back| {
            let first = this_month - Months::new(back);
            let last = (first + Months::new(1)).pred_opt().unwrap_or(first).min(as_of);
            (first, last)
        })
        .collect()
}

/// The `PAYERS` worst and best scored customers (a "new" one has no score to rank).
pub fn worst_and_best(standings: &[Standing]) -> (Vec<Standing>, Vec<Standing>) {
    // sorted by reference: only the few shown are copied
    let mut scored: Vec<&Standing> = standings
        .iter()
        .filter(|s| s.score.as_ref().is_some_and(|sc| sc.grade != Grade::New))
        .collect();
    // worst payers first, then by code (`sort_worst_payers_first`; no new customer is left)
    let points = |s: &Standing| s.score.as_ref().map_or(0, |sc| sc.points);
    scored.sort_by(|a, b| {
        points(a)
            .cmp(&points(b))
            .then_with(|| a.customer.code.cmp(&b.customer.code))
    });
    let worst = scored.iter().take(PAYERS).map(|s| (*s).clone()).collect();
    scored.sort_by(|a, b| {
        points(b)
            .cmp(&points(a))
            .then_with(|| a.customer.code.cmp(&b.customer.code))
    });
    let best = scored.iter().take(PAYERS).map(|s| (*s).clone()).collect();
    (worst, best)
}

/// The DMP and DSO figures of consecutive months (the trend), seen in one walk over each
/// invoice's dates instead of one [`DmpTally`] per month: a payment or credit note falls
/// in the month that holds its day, and an invoice's balance, fixed after its last
/// payment, credit note or write-off, is counted once for that month and every later
/// one. [`TrendTally::finish`] gives what a [`DmpTally`] of each month would hold.
#[derive(Debug, Clone)]
pub struct TrendTally {
    /// (first day, last day) of each month, in order.
    months: Vec<(NaiveDate, NaiveDate)>,
    currency: Currency,
    /// Per month, in minor units: paid in the month, Σ minor × days from issue, payments.
    paid: Vec<i64>,
    weighted_days: Vec<i128>,
    payments: Vec<usize>,
    /// Per month: invoiced in the month less credit notes of the month.
    revenue: Vec<i64>,
    /// Balances and paid amounts at the month's end, of that month only.
    receivables: Vec<i64>,
    allocated: Vec<i64>,
    /// The same, for that month and every later one (summed in `finish`).
    receivables_on: Vec<i64>,
    allocated_on: Vec<i64>,
}

impl TrendTally {
    /// `months` as [`trend_months`] gives them: (first day, last day), oldest first.
    pub fn new(months: Vec<(NaiveDate, NaiveDate)>, currency: Currency) -> Self {
        let n = months.len();
        TrendTally {
            months,
            currency,
            paid: vec![0; n],
            weighted_days: vec![0; n],
            payments: vec![0; n],
            revenue: vec![0; n],
            receivables: vec![0; n],
            allocated: vec![0; n],
            receivables_on: vec![0; n],
            allocated_on: vec![0; n],
        }
    }

    /// The month that holds `day`, if one does.
    fn month_of(&self, day: NaiveDate) -> Option<usize> {
        let i = self.months.partition_point(|m| m.1 < day);
        (i < self.months.len() && self.months[i].0 <= day).then_some(i)
    }

    /// Sees one invoice (each month counts it from the month whose end follows its issue).
    pub fn add(&mut self, r: &Receivable) {
        let n = self.months.len();
        // the first month ending on or after the issue: earlier ones do not see the invoice
        let first = self.months.partition_point(|m| m.1 < r.issue);
        if first == n {
            return;
        }
        let counted = |i: Option<usize>| i.filter(|&i| i >= first);
        if let Some(i) = counted(self.month_of(r.issue)) {
            self.revenue[i] += r.total.minor();
        }
        for &(day, minor) in r.credits {
            if let Some(i) = counted(self.month_of(day)) {
                self.revenue[i] -= minor;
            }
        }
        let mut last = NaiveDate::MIN;
        for &(day, minor) in r.payments {
            last = last.max(day);
            if let Some(i) = counted(self.month_of(day)) {
                self.paid[i] += minor;
                self.weighted_days[i] += (day - r.issue).num_days().max(0) as i128 * minor as i128;
                self.payments[i] += 1;
            }
        }
        for &(day, _) in r.credits {
            last = last.max(day);
        }
        if let Some((day, _)) = r.write_off {
            last = last.max(day);
        }
        // from the first month ending on or after the last event on, the balance is fixed
        let settled = self.months.partition_point(|m| m.1 < last).max(first);
        for i in first..settled {
            let end = self.months[i].1;
            self.receivables[i] += r.balance_on(end).minor();
            self.allocated[i] += r.paid_on(end).minor();
        }
        if settled < n {
            let end = self.months[settled].1;
            self.receivables_on[settled] += r.balance_on(end).minor();
            self.allocated_on[settled] += r.paid_on(end).minor();
        }
    }

    /// Invoices settled before the first month with nothing dated since, summed
    /// elsewhere: each month counts what was `paid` on them as allocated (what `add` of
    /// each would count).
    pub fn add_settled_before(&mut self, paid: i64) {
        if let Some(first) = self.allocated_on.first_mut() {
            *first += paid;
        }
    }

    /// What a [`DmpTally`] (not by customer) of each month would hold, oldest first.
    pub fn finish(self) -> Vec<DmpTally> {
        let money = |minor| Money::from_minor(minor, self.currency);
        let (mut receivables_on, mut allocated_on) = (0, 0);
        (0..self.months.len())
            .map(|i| {
                receivables_on += self.receivables_on[i];
                allocated_on += self.allocated_on[i];
                let (from, to) = self.months[i];
                let mut month = DmpTally::new(from, to, false, self.currency);
                month.total = DelayLine {
                    customer: None,
                    paid: money(self.paid[i]),
                    weighted_days: self.weighted_days[i],
                    payments: self.payments[i],
                };
                month.receivables = money(self.receivables[i] + receivables_on);
                month.allocated = money(self.allocated[i] + allocated_on);
                month.revenue = money(self.revenue[i]);
                month
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The worst and best payers are those of the whole list sorted the two ways (the
        /// worst as `sort_worst_payers_first` orders them), new customers left out.
        #[test]
        fn the_worst_and_best_payers_are_the_ends_of_the_sorted_list(
            scores in prop::collection::vec((0u8..100, prop::bool::weighted(0.2)), 0..20),
        ) {
            use crate::domain::customer::{Customer, sort_worst_payers_first};
            use crate::domain::score::{Grade, Score};
            let zero = crate::domain::money::Money::zero(crate::domain::money::Currency::EUR);
            let standings: Vec<Standing> = scores
                .iter()
                .enumerate()
                .map(|(i, &(points, new))| {
                    // codes in an order unlike the list's
                    let code = format!("C{:02}", (i * 7) % 20);
                    let mut s = Standing::clear(Customer::new(&code, &code), zero);
                    s.score = Some(Score {
                        points,
                        grade: if new { Grade::New } else { Grade::B },
                        factors: Vec::new(),
                    });
                    s
                })
                .collect();
            let (worst, best) = worst_and_best(&standings);
            let mut sorted: Vec<Standing> =
                standings.iter().filter(|s| s.score.as_ref().is_some_and(|x| x.grade != Grade::New)).cloned().collect();
            sort_worst_payers_first(&mut sorted);
            let codes = |v: &[Standing]| v.iter().map(|s| s.customer.code.clone()).collect::<Vec<_>>();
            prop_assert_eq!(codes(&worst), codes(&sorted[..sorted.len().min(PAYERS)]));
            let points = |s: &Standing| s.score.as_ref().map_or(0, |x| x.points);
            sorted.sort_by(|a, b| points(b).cmp(&points(a)).then_with(|| a.customer.code.cmp(&b.customer.code)));
            prop_assert_eq!(codes(&best), codes(&sorted[..sorted.len().min(PAYERS)]));
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// (issue, days to due, total, payments, credit notes, write-off) in days from a start.
    type Story = (
        i64,
        i64,
        i64,
        Vec<(i64, i64)>,
        Vec<(i64, i64)>,
        Option<(i64, i64)>,
    );

    fn story() -> impl Strategy<Value = Story> {
        let events = || proptest::collection::vec((0i64..900, -2_000i64..60_000), 0..4);
        (
            0i64..900,
            0i64..90,
            0i64..100_000,
            events(),
            events(),
            proptest::option::of((0i64..900, 1i64..50_000)),
        )
    }

    proptest! {
        /// One walk per invoice gives what twelve month-by-month tallies gave.
        #[test]
        fn the_trend_in_one_walk_equals_one_tally_per_month(
            as_of in 0i64..900,
            stories in proptest::collection::vec(story(), 0..12),
        ) {
            let start = day("2024-01-01");
            let at = |d: i64| start + chrono::Duration::days(d);
            let as_of = at(as_of);
            let months = trend_months(as_of);
            let mut one_walk = TrendTally::new(months.clone(), Currency::EUR);
            let mut per_month: Vec<DmpTally> = months
                .iter()
                .map(|&(first, last)| DmpTally::new(first, last, false, Currency::EUR))
                .collect();
            for (id, (issue, due, total, mut pays, mut credits, write_off)) in stories.into_iter().enumerate() {
                let dated = |items: &mut Vec<(i64, i64)>| -> Vec<(NaiveDate, i64)> {
                    items.sort_by_key(|e| e.0);
                    items.iter().map(|&(d, m)| (at(d), m)).collect()
                };
                let (pays, credits) = (dated(&mut pays), dated(&mut credits));
                let r = Receivable {
                    id: id as i64,
                    customer_id: 1,
                    issue: at(issue),
                    due: at(issue + due),
                    total: Money::eur(total),
                    payments: &pays,
                    credits: &credits,
                    write_off: write_off.map(|(d, m)| (at(d), Money::eur(m))),
                    summed: None,
                };
                // as the dashboard does: invoices issued after as_of are left out
                if r.issue > as_of {
                    continue;
                }
                one_walk.add(&r);
                for month in &mut per_month {
                    month.add(&r);
                }
            }
            let got = one_walk.finish();
            prop_assert_eq!(got.len(), per_month.len());
            for (a, b) in got.iter().zip(&per_month) {
                prop_assert_eq!((a.from, a.to), (b.from, b.to));
                prop_assert_eq!(a.total.paid, b.total.paid);
                prop_assert_eq!(a.total.weighted_days, b.total.weighted_days);
                prop_assert_eq!(a.total.payments, b.total.payments);
                prop_assert_eq!(a.receivables, b.receivables);
                prop_assert_eq!(a.allocated, b.allocated);
                prop_assert_eq!(a.revenue, b.revenue);
                prop_assert!(a.per_customer.is_empty());
            }
        }
    }

    #[test]
    fn the_trend_is_the_last_twelve_months_the_last_one_cut_at_as_of() {
        let months = trend_months(day("2026-11-24"));
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], (day("2025-12-01"), day("2025-12-31")));
        assert_eq!(months[2], (day("2026-02-01"), day("2026-02-28")));
        assert_eq!(months[11], (day("2026-11-01"), day("2026-11-24")));
        for w in months.windows(2) {
            assert_eq!(w[0].1.succ_opt().unwrap(), w[1].0, "{w:?}");
        }
    }
}
