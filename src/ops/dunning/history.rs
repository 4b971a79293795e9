//! Reminders seen from outside the run: the log, the plan ahead, and the uncertain sends,
//! which are never resent without being asked.

use chrono::{Days, NaiveDate};

use super::book;
use crate::config::Config;
use crate::domain::dunning::{Book, DayPlan, PlanLine, Rules, plan_compact};
use crate::domain::reminder::{Reminder, Uncertain};
use crate::error::Result;
use crate::ops::Ledger;
use crate::store::customer as customers;
use crate::store::dunning as store;
use crate::store::invoice as invoices;
use crate::store::{plan_lines, settlement, with_cache_share};

impl Ledger {
    /// The reminders whose send was interrupted.
    pub fn uncertain_reminders(&mut self) -> Result<Vec<Uncertain>> {
        self.read(store::uncertain)
    }

    /// Sends an uncertain reminder again with the next run, on purpose.
    pub fn resend_reminder(&mut self, id: i64) -> Result<()> {
        self.write(|tx| store::resend(tx, id))
    }

    /// The dunning log, for one customer or one invoice when given, handed over
    /// reminder by reminder `passes` times over one snapshot (a table measures its
    /// columns on a first pass): none is held.
    pub fn each_logged(
        &mut self,
        customer: Option<&str>,
        invoice: Option<&str>,
        passes: usize,
        mut visit: impl FnMut(usize, Reminder),
    ) -> Result<()> {
        self.read(|tx| {
            let customer = customer
                .map(|c| customers::by_code(tx, c))
                .transpose()?
                .map(|c| c.id);
            let invoice = invoice.map(|i| invoices::find(tx, i)).transpose()?.map(|i| i.id);
            for pass in 0..passes {
                store::for_each_logged(tx, customer, invoice, |r| {
                    visit(pass, r);
                    Ok(())
                })?;
            }
            Ok(())
        })
    }

    /// What the runs of the next `days` days will do if nothing is paid meanwhile, each
    /// action taken as successful: every row, by day then customer code, heard `passes`
    /// times (a table measures its columns on a first pass).
    pub fn each_plan_line(
        &mut self,
        config: &Config,
        from: NaiveDate,
        days: u64,
        passes: usize,
        visit: impl FnMut(usize, &PlanLine),
    ) -> Result<()> {
        self.plan_lines_in_groups(config, (from, days), PLAN_GROUP, passes, visit)
    }

    /// `each_plan_line`, reading at most about `per_group` open invoices at a time. On a
    /// day the settlement record answers for, the customers are planned a group at a
    /// time, each group's book dropped once its days are planned; the rows wait in a
    /// temporary table (on file) to be read back in order. On an earlier day the whole
    /// book is read from the history.
    pub(crate) fn plan_lines_in_groups(
        &mut self,
        config: &Config,
        (from, days): (NaiveDate, u64),
        per_group: usize,
        passes: usize,
        mut visit: impl FnMut(usize, &PlanLine),
    ) -> Result<()> {
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of: from,
            catch_up: Default::default(),
        };
        self.read(|tx| {
            plan_lines::start(tx)?;
            each_planned_day(tx, &rules, days, per_group, |day, plan| {
                plan.each_line(day, |line| plan_lines::add(tx, &line))
            })?;
            for pass in 0..passes {
                plan_lines::each(tx, |line| visit(pass, line))?;
            }
            plan_lines::end(tx)
        })
    }
}

/// Plans the days from `rules.as_of` to `days` days later with `rules`, each day's
/// actions taken as done for the next, and hands `visit` each day's plan. On a day the
/// settlement record answers for, the customers are planned a group at a time (about
/// `per_group` open invoices, a customer never split), each group's book dropped once its
/// days are planned: `visit` hears the days of one group, then those of the next. On an
/// earlier day one book is read from the whole history. The temporary tables are left
/// for the caller to drop ([`plan_lines::end`]).
pub(crate) fn each_planned_day(
    tx: &rusqlite::Transaction,
    rules: &Rules,
    days: u64,
    per_group: usize,
    mut visit: impl FnMut(NaiveDate, DayPlan) -> Result<()>,
) -> Result<()> {
    let from = rules.as_of;
    let until = from.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX);
    if settlement::answers_for(tx, from)? {
        let groups = plan_lines::open_groups(tx, per_group)?;
        let late = book::late_payers_on(tx, from)?;
        for group in groups {
            let mut book = book::load_customers(tx, (from, until), group, &late)?;
            plan_days(&mut book, rules, days, &mut visit)?;
        }
    } else {
        let mut book = book::load_through(tx, from, until, None, false)?;
        plan_days(&mut book, rules, days, &mut visit)?;
    }
    Ok(())
}

/// The plan of a run on `rules.as_of` (see [`each_planned_day`]): the groups' plans
/// made one after the other and put together, customers by code.
pub(crate) fn plan_today(tx: &rusqlite::Transaction, rules: &Rules) -> Result<DayPlan> {
    plan_today_in(tx, rules, PLAN_GROUP)
}

/// [`plan_today`] with groups of about `per_group` open invoices.
pub(super) fn plan_today_in(tx: &rusqlite::Transaction, rules: &Rules, per_group: usize) -> Result<DayPlan> {
    plan_today_seen(tx, rules, per_group, |_| ())
}

/// [`plan_today_in`], showing `seen` each group's plan as it is made (the dry run checks
/// its mails meanwhile).
pub(super) fn plan_today_seen(
    tx: &rusqlite::Transaction,
    rules: &Rules,
    per_group: usize,
    mut seen: impl FnMut(&DayPlan),
) -> Result<DayPlan> {
    let mut plan = DayPlan::default();
    // the open invoices are read once: a quarter of the cache is plenty
    with_cache_share(tx, 4, || {
        each_planned_day(tx, rules, 0, per_group, |_, group| {
            seen(&group);
            plan.append(group);
            Ok(())
        })
    })?;
    plan_lines::end(tx)?;
    plan.sort_customers();
    Ok(plan)
}

/// How many open invoices a plan holds at a time (each customer's whole).
pub(crate) const PLAN_GROUP: usize = 10_000;

/// Plans the days from `rules.as_of` on with `book`, each day's actions taken as done
/// for the next, and hands `visit` each day's plan.
pub(super) fn plan_days(
    book: &mut Book,
    rules: &Rules,
    days: u64,
    mut visit: impl FnMut(NaiveDate, DayPlan) -> Result<()>,
) -> Result<()> {
    for n in 0..=days {
        let Some(day) = rules.as_of.checked_add_days(Days::new(n)) else {
            break;
        };
        let rules = Rules { as_of: day, ..*rules };
        let actions = plan_compact(book, &rules);
        book.apply(&actions, day);
        visit(day, actions)?;
    }
    Ok(())
}
