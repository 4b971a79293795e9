//! Reminders seen from outside the run: uncertain sends, the log and the plan ahead.
//! are never resent without being asked.

use super::Ledger;
use crate::domain::reminder::Uncertain;
use crate::error::Result;
use crate::store::dunning as store;

impl Ledger {
    /// The reminders whose send was interrupted.
    pub fn uncertain_reminders(&mut self) -> Result<Vec<Uncertain>> {
        self.read(store::uncertain)
    }

    /// Sends an uncertain reminder again with the next run, on purpose.
    pub fn resend_reminder(&mut self, id: i64) -> Result<()> {
        self.write(|tx| store::resend(tx, id))
    }
}

impl Ledger {
    /// The dunning log, for one customer or one invoice when given.
    pub fn dunning_log(
        &mut self,
        customer: Option<&str>,
        invoice: Option<&str>,
    ) -> Result<Vec<crate::domain::reminder::Reminder>> {
        self.read(|tx| {
            let customer = customer
                .map(|c| crate::store::customer::by_code(tx, c))
                .transpose()?
                .map(|c| c.id);
            let invoice = invoice
                .map(|i| crate::store::invoice::find(tx, i))
                .transpose()?
                .map(|i| i.id);
            store::log(tx, customer, invoice)
        })
    }
}

impl Ledger {
    /// What the runs of the next `days` days will do if nothing is paid meanwhile.
    pub fn dunning_plan(
        &mut self,
        config: &crate::config::Config,
        from: chrono::NaiveDate,
        days: u64,
    ) -> Result<Vec<(chrono::NaiveDate, super::dunning::DayPlan)>> {
        self.read(|tx| super::dunning::forecast_plans(tx, config, from, days))
    }
}
