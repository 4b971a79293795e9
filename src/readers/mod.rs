//! Readers of outside files: spreadsheets (CSV in UTF-8 or ISO-8859-15) and bank
//! statements (CSV exports, CAMT.053, OFX). Pure: bytes and text in, the domain's rows
//! and statement lines out, or the reason a file or row is refused. The rules those rows
//! then meet (matching, allocation, numbering) stay in `domain`.

pub mod camt;
pub mod exchange_rates;
pub mod ofx;
pub mod rows;
pub mod statement;
pub mod text;

use rust_decimal::Decimal;

use crate::domain::DomainError;
use crate::domain::money::parse_amount;

/// A statement refused: its format, then what is wrong.
fn bad(format: &str, what: String) -> DomainError {
    DomainError::Invalid(crate::t!("checks-statement-bad", format = format, problem = what))
}

/// An amount as a bank file writes it (a point for decimals, an optional sign), checked
/// the same way for the three statement formats: at most two decimals, within the
/// ledger's limit.
fn statement_amount(text: &str) -> Result<Decimal, DomainError> {
    parse_amount("amount", text.trim())
}

#[cfg(test)]
mod fuzz;
