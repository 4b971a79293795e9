//! Where an exchange rate comes from: given on the command line (`--rate`), else the
//! rates file the user keeps up to date (`[currency] rates_file`), the rate of the day or
//! the last one published before it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Ledger;
use crate::domain::exchange::ExchangeRate;
use crate::domain::money::Currency;
use crate::error::{Result, invalid};

/// The rate a command was given, and the rates file to read when it was not.
#[derive(Debug, Clone, Copy, Default)]
pub struct Rates<'a> {
    pub given: Option<Decimal>,
    pub file: Option<&'a Path>,
}

impl Rates<'_> {
    /// The rate between `currency` and the ledger's `accounting` one on `day`; None when
    /// they are the same. A rate given for the accounting currency, or none to be found,
    /// is refused with the way to give one.
    pub fn rate(
        &self,
        currency: Currency,
        accounting: Currency,
        day: NaiveDate,
    ) -> Result<Option<ExchangeRate>> {
        if currency == accounting {
            if self.given.is_some() {
                return invalid(crate::t!(
                    "ops-rate-for-accounting-currency",
                    currency = currency.to_string()
                ));
            }
            return Ok(None);
        }
        if let Some(given) = self.given {
            return Ok(Some(ExchangeRate::new(currency, accounting, given)?));
        }
        let how = crate::t!(
            "ops-rate-how",
            currency = currency.to_string(),
            accounting = accounting.to_string(),
            day = day.to_string()
        );
        let Some(file) = self.file else {
            return invalid(crate::t!(
                "ops-rate-needed",
                currency = currency.to_string(),
                accounting = accounting.to_string(),
                day = day.to_string(),
                how = how.as_str()
            ));
        };
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return invalid(crate::t!(
                    "ops-rate-file-missing",
                    currency = currency.to_string(),
                    accounting = accounting.to_string(),
                    day = day.to_string(),
                    path = file.display().to_string(),
                    how = how.as_str()
                ));
            }
            Err(e) => {
                return invalid(crate::t!(
                    "ops-rates-file-unreadable",
                    path = file.display().to_string(),
                    error = e.to_string()
                ));
            }
        };
        let table = crate::readers::exchange_rates::parse(&text).map_err(|e| {
            crate::error::Error::Input(crate::t!(
                "ops-rates-file-bad",
                path = file.display().to_string(),
                error = e.to_string()
            ))
        })?;
        match table.rate_on(currency, accounting, day) {
            Some((_, rate)) => Ok(Some(rate)),
            None => invalid(crate::t!(
                "ops-rates-file-no-rate",
                path = file.display().to_string(),
                currency = currency.to_string(),
                accounting = accounting.to_string(),
                day = day.to_string(),
                how = how.as_str()
            )),
        }
    }
}

impl Ledger {
    /// Reads exchange rates from this file when a command needs one and was given none.
    pub fn use_rates_file(&mut self, file: Option<PathBuf>) {
        self.rates_file = file;
    }
}
