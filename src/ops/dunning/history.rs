//! Reminders seen from outside the run: the log, the plan ahead, and the uncertain sends,
//! which are never resent without being asked.

use chrono::{Days, NaiveDate};

use super::book;
use crate::config::Config;
use crate::domain::dunning::{DayPlan, Rules, plan_compact};
use crate::domain::reminder::{Reminder, Uncertain};
use crate::error::Result;
use crate::ops::Ledger;
use crate::store::customer as customers;
use crate::store::dunning as store;
use crate::store::invoice as invoices;

impl Ledger {
    /// The reminders whose send was interrupted.
    pub fn uncertain_reminders(&mut self) -> Result<Vec<Uncertain>> {
        self.read(store::uncertain)
    }

    /// Sends an uncertain reminder again with the next run, on purpose.
    pub fn resend_reminder(&mut self, id: i64) -> Result<()> {
        self.write(|tx| store::resend(tx, id))
    }

    /// The dunning log, for one customer or one invoice when given.
    pub fn dunning_log(&mut self, customer: Option<&str>, invoice: Option<&str>) -> Result<Vec<Reminder>> {
        self.read(|tx| {
            let customer = customer
                .map(|c| customers::by_code(tx, c))
                .transpose()?
                .map(|c| c.id);
            let invoice = invoice.map(|i| invoices::find(tx, i)).transpose()?.map(|i| i.id);
            store::log(tx, customer, invoice)
        })
    }

    /// What the runs of the next `days` days will do if nothing is paid meanwhile, each
    /// action taken as successful: the days with something to do, each plan held compactly.
    pub fn dunning_plan(
        &mut self,
        config: &Config,
        from: NaiveDate,
        days: u64,
    ) -> Result<Vec<(NaiveDate, DayPlan)>> {
        let mut out = Vec::new();
        self.each_dunning_day(config, from, days, |day, actions| out.push((day, actions)))?;
        Ok(out)
    }

    /// `dunning_plan` day by day: `visit` hears each day that has actions, in order, as
    /// soon as it is planned.
    pub fn each_dunning_day(
        &mut self,
        config: &Config,
        from: NaiveDate,
        days: u64,
        mut visit: impl FnMut(NaiveDate, DayPlan),
    ) -> Result<()> {
        self.read(|tx| {
            let until = from.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX);
            let mut book = book::load_until(tx, from, until, None)?;
            for n in 0..=days {
                let Some(day) = from.checked_add_days(Days::new(n)) else {
                    break;
                };
                let rules = Rules {
                    policy: &config.policy,
                    rates: &config.rates,
                    as_of: day,
                    catch_up: Default::default(),
                };
                let actions = plan_compact(&book, &rules);
                book.apply(&actions, day);
                if !actions.is_empty() {
                    visit(day, actions);
                }
            }
            Ok(())
        })
    }
}
