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
                return invalid(format!(
                    "{currency} is the accounting currency: it takes no --rate; leave --rate out"
                ));
            }
            return Ok(None);
        }
        if let Some(given) = self.given {
            return Ok(Some(ExchangeRate::new(currency, accounting, given)?));
        }
        let how =
            format!("give --rate (how many {currency} one {accounting} buys on {day}, e.g. --rate 1.0842)");
        let Some(file) = self.file else {
            return invalid(format!(
                "an amount in {currency} needs its exchange rate to {accounting} on {day}: {how}, or keep a rates file ([currency] rates_file in the config)"
            ));
        };
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return invalid(format!(
                    "an amount in {currency} needs its exchange rate to {accounting} on {day}, and the rates file {} does not exist: {how}, or write the file (the ECB's CSV: Date,{currency},... one row per day)",
                    file.display()
                ));
            }
            Err(e) => return invalid(format!("cannot read the rates file {}: {e}", file.display())),
        };
        let table = crate::readers::exchange_rates::parse(&text)
            .map_err(|e| crate::error::Error::Input(format!("the rates file {}: {e}", file.display())))?;
        match table.rate_on(currency, accounting, day) {
            Some((_, rate)) => Ok(Some(rate)),
            None => invalid(format!(
                "the rates file {} has no {currency} rate to {accounting} on or before {day}: add a row for that day to it (Date,{currency},...), or {how}",
                file.display()
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
