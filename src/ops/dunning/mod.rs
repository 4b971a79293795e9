//! The dunning run through the Ledger: plan every open invoice with the pure policy
//! (domain::dunning), record what will be done before doing it, send one mail per
//! customer, then record what happened.
//!
//! Safety: a run holds an exclusive lock file beside the ledger for its whole length, so
//! two runs never work at once; each (invoice, step) is a row under UNIQUE(invoice_id,
//! step); a mail's rows are `planned` before it leaves, `sending` (committed) while it is
//! handed over, and `sent` only once the server took it, else `failed`, which the next
//! run retries.
//!
//! `lock` the run lock; `book` loading what a plan reads; `record` the transaction that
//! writes a run's actions down; `deliver` the mails and letters, each send in its own
//! small transactions; `run` the Ledger's run and send; `history` the log, the plan
//! ahead and uncertain sends.

pub(crate) mod book;
mod deliver;
mod history;
mod lock;
mod record;
mod run;

pub(crate) use history::{PLAN_GROUP, each_planned_day};
pub use lock::RunLock;

#[cfg(test)]
mod book_tests;
#[cfg(test)]
mod credit_tests;
#[cfg(test)]
mod run_tests;
