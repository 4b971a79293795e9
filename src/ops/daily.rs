//! `creances daily`: the one cron line. Runs each part in order, at most once a day
//! (a part that partly failed runs again with the next `daily`), one process at a time.

use chrono::NaiveDate;

use super::Ledger;
use super::dunning::RunLock;
use crate::config::Config;
use crate::domain::daily::{DailyPart, DailyReport, PARTS, PartOutcome};
use crate::error::{Error, Result};
use crate::store::daily as store;

impl Ledger {
    /// The daily run on `as_of`. A part that cannot run (locked, a bad config) is reported
    /// and the next part runs all the same.
    pub fn daily(&mut self, config: &Config, as_of: NaiveDate) -> Result<DailyReport> {
        // a second `daily` started meanwhile waits, then finds every part done
        let _lock = RunLock::named(self.path(), "daily")?;
        let mut parts = Vec::with_capacity(PARTS.len());
        for part in PARTS {
            let outcome = match self.read(|tx| store::is_done(tx, as_of, part.as_str())) {
                Ok(true) => PartOutcome::AlreadyDone,
                Ok(false) => self.daily_part(config, part, as_of).unwrap_or_else(refused),
                Err(e) => refused(e),
            };
            if outcome.complete()
                && !matches!(outcome, PartOutcome::AlreadyDone)
                && let Err(e) = self.write(|tx| store::mark_done(tx, as_of, part.as_str()))
            {
                parts.push((part, refused(e)));
                continue;
            }
            parts.push((part, outcome));
        }
        Ok(DailyReport { as_of, parts })
    }

    fn daily_part(&mut self, config: &Config, part: DailyPart, as_of: NaiveDate) -> Result<PartOutcome> {
        Ok(match part {
            DailyPart::Recurring => PartOutcome::Recurring(self.recurring_run(config, as_of, false, false)?),
            DailyPart::Sends => PartOutcome::Sends(self.scheduled_sends(config, as_of)?),
            DailyPart::Dunning => {
                let report =
                    self.dunning_run(config, as_of, false, crate::domain::dunning::CatchUp::Reminder)?;
                PartOutcome::Dunning(report, self.uncertain_reminders()?)
            }
        })
    }
}

fn refused(e: Error) -> PartOutcome {
    PartOutcome::Refused {
        exit: e.kind().exit_code(),
        message: e.to_string(),
    }
}
