//! `report dashboard`: the figures a manager looks at every morning, each computed by the
//! rule of its own report (see [`super::tally`]) from one pass over the ledger.

use chrono::{Datelike, Months, NaiveDate};

use super::customer::{Standing, sort_worst_payers_first};
use super::dunning::RunReport;
use super::report::{AgingReport, DmpReport, ForecastWeek, KpiReport, SplitReport};
use super::score::Grade;

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
    pub dunning: RunReport,
    /// How many customers have each grade (A to E, then new), customers without a score left out.
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
pub fn worst_and_best(mut standings: Vec<Standing>) -> (Vec<Standing>, Vec<Standing>) {
    standings.retain(|s| s.score.as_ref().is_some_and(|sc| sc.grade != Grade::New));
    sort_worst_payers_first(&mut standings);
    let worst = standings.iter().take(PAYERS).cloned().collect();
    let points = |s: &Standing| s.score.as_ref().map_or(0, |sc| sc.points);
    standings.sort_by(|a, b| {
        points(b)
            .cmp(&points(a))
            .then_with(|| a.customer.code.cmp(&b.customer.code))
    });
    standings.truncate(PAYERS);
    (worst, standings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
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
