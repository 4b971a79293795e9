//! The owner's to-dos made by dunning ("call the customer").

use chrono::NaiveDate;

use super::Ledger;
use crate::domain::reminder::Task;
use crate::error::{Error, Result};
use crate::store::dunning as store;

impl Ledger {
    /// Open tasks, oldest first; done ones too with `all`.
    pub fn tasks(&mut self, all: bool) -> Result<Vec<Task>> {
        self.read(|tx| store::tasks(tx, all))
    }

    /// Marks a task done on `day`, with what came of it.
    pub fn task_done(&mut self, id: i64, day: NaiveDate, note: Option<&str>) -> Result<Task> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        self.write(|tx| {
            store::task_done(tx, id, day, note)?;
            store::tasks(tx, true)?
                .into_iter()
                .find(|t| t.id == id)
                .ok_or_else(|| Error::NotFound(crate::t!("ops-task-unknown", id = id)))
        })
    }
}
