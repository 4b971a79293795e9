//! The pure accounting core: no I/O, no clock, no SQLite.

pub mod aging;
pub mod allocation;
pub mod bank;
pub mod customer;
pub mod document;
pub mod dunning;
pub mod fec;
pub mod import;
pub mod interest;
pub mod matching;
pub mod mentions;
pub mod money;
pub mod numbering;
pub mod offer;
pub mod receivable;
pub mod status;

/// A rule of the ledger was broken by the input; the message says how to fix it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    #[error("{0}")]
    Invalid(String),
}

/// Reads a YYYY-MM-DD date.
pub fn parse_date(what: &str, text: &str) -> Result<chrono::NaiveDate, DomainError> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        DomainError::Invalid(format!(
            "{what} `{text}` is not a date: write YYYY-MM-DD, e.g. 2026-11-24"
        ))
    })
}
