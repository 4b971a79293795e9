//! What the commands do to the ledger: the domain's rules applied inside one store
//! transaction. The CLI parses and prints; everything that decides lives here or in domain/.

pub mod audit;
pub mod backup;
pub mod bank;
pub mod company;
pub mod credit;
pub mod credit_control;
pub mod customer;
pub mod customer_credit;
pub mod daily;
pub mod dashboard;
pub mod delivery;
pub mod documents;
pub mod dunning;
pub mod exchange;
pub mod export;
pub mod hold;
pub mod import;
pub mod invoice;
pub mod offer;
pub mod payment;
pub mod product;
pub mod receipt;
pub mod recurring;
pub mod report;
pub mod report_lines;
pub mod scheduled;
pub mod sepa;
pub mod task;

use chrono::NaiveDate;

/// The day every fact recorded so far counts: used when a command needs the invoice as
/// it stands with all its payments, whatever `--as-of` says.
pub const END_OF_TIME: NaiveDate = NaiveDate::MAX;

use std::path::{Path, PathBuf};

use rusqlite::Transaction;

use crate::error::Result;
use crate::files::Files;
use crate::store::Db;

/// The library's one door. Every command goes through a method of `Ledger`: a typed
/// request in, a typed result out, one transaction per method. Because every write passes
/// through [`Ledger::write`], that one place can refuse a closed period, append to the
/// audit log and keep derived records in step.
pub struct Ledger {
    db: Db,
    files: Files,
    /// `[payments] apply_credit_automatically`: a payment or an issue also applies the
    /// customer's credit.
    auto_credit: bool,
    /// `[score]`: its floor refuses new quotes and invoices (see [`credit_control`]).
    score_policy: crate::domain::score::ScorePolicy,
    /// `[currency] rates_file`: where a rate is read when a command is given none.
    rates_file: Option<std::path::PathBuf>,
}

impl Ledger {
    /// Opens an existing ledger and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Ledger> {
        Ok(Ledger {
            db: Db::open(path)?,
            files: Files::for_ledger(path),
            auto_credit: false,
            score_policy: Default::default(),
            rates_file: None,
        })
    }

    /// Creates a new ledger file; refuses to touch an existing file.
    pub fn create(path: &Path) -> Result<Ledger> {
        Ok(Ledger {
            db: Db::create(path)?,
            files: Files::for_ledger(path),
            auto_credit: false,
            score_policy: Default::default(),
            rates_file: None,
        })
    }

    pub fn path(&self) -> &Path {
        self.db.path()
    }

    /// With `on`, `add_payment` and the issue of an invoice also apply the customer's
    /// credit to its open invoices (`[payments] apply_credit_automatically`).
    pub fn apply_credit_automatically(&mut self, on: bool) {
        self.auto_credit = on;
    }

    /// Also refuses to write any output over `path` (the config file).
    pub fn protect(&mut self, path: &Path) {
        self.files.protect(path);
    }

    /// The writer of every file besides the ledger.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// Writes a report the user asked for with `--out` (an xlsx workbook), whole or not at
    /// all, through the one file writer; returns the path written.
    pub fn write_out(&self, path: &Path, bytes: &[u8]) -> Result<PathBuf> {
        self.files
            .write(crate::files::Target::Chosen { path, flag: "--out" }, bytes)
    }

    /// One write transaction, taken at once so that concurrent writers queue.
    pub(crate) fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.db.write(work)
    }

    /// `write` that fills a ledger just created: see `Db::write_fresh`.
    pub(crate) fn write_fresh<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.db.write_fresh(work)
    }

    /// `write` for a bulk load: see `Db::write_bulk`.
    pub(crate) fn write_bulk<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.db.write_bulk(work)
    }

    /// One consistent snapshot for a read.
    pub(crate) fn read<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.db.read(work)
    }
}
