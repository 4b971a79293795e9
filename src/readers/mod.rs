//! Readers of outside files: spreadsheets (CSV in UTF-8 or ISO-8859-15) and bank
//! statements (CSV exports, CAMT.053, OFX). Pure: bytes and text in, the domain's rows
//! and statement lines out, or the reason a file or row is refused. The rules those rows
//! then meet (matching, allocation, numbering) stay in `domain`.

pub mod camt;
pub mod ofx;
pub mod rows;
pub mod statement;
pub mod text;

use crate::domain::DomainError;

/// A statement refused: its format, then what is wrong.
fn bad(format: &str, what: String) -> DomainError {
    DomainError::Invalid(format!("{format} statement: {what}"))
}
