//! The rule that matched a credit, and why a credit is not matched alone: a code and the facts, worded where it is shown
//! (`render::reconcile::reason_text`), so that the same decision reads in either
//! language and JSON keeps English.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Why the matcher left a credit to the user (ambiguous) or alone (unmatched).
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The line takes money out.
    Debit,
    /// The text names invoices of more than one customer (their numbers, joined).
    SeveralCustomers { numbers: String },
    /// The credit is more than what is still due on the invoices its text names.
    MoreThanDue {
        amount: Decimal,
        due: Decimal,
        numbers: String,
    },
    /// Several open invoices of the payer have the credit's amount as balance.
    SameBalance { count: usize },
    /// Neither an invoice number nor a known payer.
    NoPayer,
    /// The payer owes no invoice or set of invoices of this amount.
    NoSet,
    /// Several sets of the payer's invoices add up to the amount.
    SeveralSets,
    /// No rule took the credit.
    NoRule,
    /// The text names invoices that are no longer open on the credit's day.
    Settled { numbers: Vec<String>, date: NaiveDate },
}

impl Reason {
    /// Its code, one word (tests and logs).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Debit => "debit",
            Reason::SeveralCustomers { .. } => "several-customers",
            Reason::MoreThanDue { .. } => "more-than-due",
            Reason::SameBalance { .. } => "same-balance",
            Reason::NoPayer => "no-payer",
            Reason::NoSet => "no-set",
            Reason::SeveralSets => "several-sets",
            Reason::NoRule => "no-rule",
            Reason::Settled { .. } => "settled",
        }
    }
}

/// The rule that made a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Number,
    Amount,
    Sum,
    /// Picked by the user (`--interactive`).
    Manual,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Number => "number",
            Rule::Amount => "amount",
            Rule::Sum => "sum",
            Rule::Manual => "manual",
        }
    }

    /// The rule in words, in the interface's language (English for JSON).
    pub fn explain(self) -> String {
        match self {
            Rule::Number => crate::t!("checks-rule-number"),
            Rule::Amount => crate::t!("checks-rule-amount"),
            Rule::Sum => crate::t!("checks-rule-sum"),
            Rule::Manual => crate::t!("checks-rule-manual"),
        }
    }
}
