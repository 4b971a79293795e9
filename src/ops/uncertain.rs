//! Reminders whose send was interrupted: the server may or may not have them, so they
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
