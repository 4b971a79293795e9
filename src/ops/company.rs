//! The company whose receivables the ledger holds.

use std::path::Path;

use super::Ledger;
use crate::domain::company::{Company, CompanyChange};
use crate::error::Result;
use crate::store::company as store;

impl Ledger {
    /// Creates a new ledger file holding `company`. Nothing is left behind when it fails.
    pub fn init(path: &Path, company: &Company) -> Result<(Ledger, Company)> {
        let mut ledger = Ledger::create(path)?;
        let created = ledger.write(|tx| {
            store::insert(tx, company)?;
            store::get(tx)
        });
        match created {
            Ok(company) => Ok((ledger, company)),
            Err(e) => {
                drop(ledger);
                let _ = std::fs::remove_file(path);
                Err(e)
            }
        }
    }

    /// The company's identity.
    pub fn company(&mut self) -> Result<Company> {
        self.read(store::get)
    }

    /// Changes the fields given.
    pub fn set_company(&mut self, change: CompanyChange) -> Result<Company> {
        self.write(|tx| {
            let mut c = store::get(tx)?;
            c.apply(change)?;
            store::update(tx, &c)?;
            store::get(tx)
        })
    }
}
