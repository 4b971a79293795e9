//! `report dashboard`: one read of the ledger, one pass over its invoices feeding every
//! report's tally (aging, DMP/DSO now and month by month, split, KPIs, forecast), the
//! customers' standings and scores, and the book today's dunning run would plan with.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Ledger;
use super::customer::StandingPass;
use super::dunning::book::BookBuilder;
use super::report::{aging_of, customer_index, dmp_of, kpis_of, ledger_currency};
use crate::config::Config;
use crate::domain::aging::{Basis, Buckets};
use crate::domain::dashboard::{
    Dashboard, FORECAST_WEEKS, TrendTally, grade_counts, trend_months, worst_and_best,
};
use crate::domain::dunning::{Rules, RunReport, plan_compact};
use crate::domain::report::{AgingBy, report_period};
use crate::domain::tally::{AgingTally, DmpTally, ForecastTally, KpiTally, SplitTally};
use crate::error::Result;
use crate::store::dunning::for_each_issued_in;
use crate::store::report as report_store;
use crate::store::scan::Scan;

impl Ledger {
    /// The dashboard on `as_of`, with the dunning policy and the score weights of `config`.
    pub fn dashboard(&mut self, config: &Config, as_of: NaiveDate) -> Result<Dashboard> {
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of,
            catch_up: Default::default(),
        };
        self.read(|tx| {
            let currency = ledger_currency(tx)?;
            let customers = customer_index(tx)?;
            let (from, to) = report_period(None, None, as_of)?;
            let scan = Scan::load(tx)?;
            let mut standings = StandingPass::new(tx, as_of, None)?;
            let mut book = BookBuilder::new(as_of, as_of, None);
            let mut aging =
                AgingTally::new(as_of, AgingBy::Customer, Buckets::default(), Basis::Due, currency);
            let mut split = SplitTally::new(as_of, currency);
            let mut kpis = KpiTally::new(from, to, currency);
            let mut dmp = DmpTally::new(from, to, false, currency);
            let mut trend = TrendTally::new(trend_months(as_of), currency);
            let mut forecast = ForecastTally::new(as_of, currency);
            let mut allocated: HashMap<i64, i64> = HashMap::new();
            for_each_issued_in(&scan, tx, |inv| {
                book.add(inv)?;
                let r = inv.receivable();
                if r.issue > as_of {
                    return Ok(());
                }
                let paid = r.paid_on(as_of).minor();
                if paid != 0 {
                    *allocated.entry(r.customer_id).or_insert(0) += paid;
                }
                standings.add(&r);
                aging.add(&r, inv.number);
                split.add(&r, standings.reminded.contains(&r.id));
                kpis.add(&r);
                dmp.add(&r);
                trend.add(&r);
                forecast.add(&r);
                Ok(())
            })?;
            let credits = scan.credits_left(tx, as_of, allocated)?;
            let trend = trend.finish();
            let collected = report_store::received_between(tx, from, to, currency)?;
            // what was received by each month's end, then by the end of the twelve months
            let ends: Vec<NaiveDate> = trend.iter().map(|m| m.to).chain([to]).collect();
            let mut received = report_store::received_by(tx, &ends, currency)?;
            let received_by_to = received.pop().unwrap_or(collected);
            let standings = standings.finish(tx, &config.score, &credits)?;
            let grades = grade_counts(&standings);
            let (worst, best) = worst_and_best(standings);
            let plan = plan_compact(&book.finish(tx)?, &rules);
            Ok(Dashboard {
                as_of,
                kpis: kpis_of(kpis, &customers, &credits, collected),
                dmp: dmp_of(dmp, &customers, received_by_to),
                trend: trend
                    .into_iter()
                    .zip(received)
                    .map(|(month, received)| dmp_of(month, &customers, received))
                    .collect(),
                aging: aging_of(aging, &customers, &credits),
                split: split.report,
                forecast: forecast.weeks(FORECAST_WEEKS),
                worst,
                best,
                dunning: RunReport::dry(as_of, plan),
                grades,
            })
        })
    }
}
