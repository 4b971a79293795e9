//! Payments received from customers, and the part of each allocated to invoices.

use super::DomainError;
use super::money::Money;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub id: i64,
    pub customer_id: i64,
    pub customer_code: String,
    pub date: NaiveDate,
    pub amount: Money,
    pub method: Method,
    pub reference: Option<String>,
    /// Invoice numbers and the part of the payment each holds now.
    pub allocations: Vec<(String, Money)>,
}

impl Payment {
    /// What is not allocated to any invoice: the customer's credit.
    pub fn unallocated(&self) -> Money {
        self.amount - Money::sum(self.allocations.iter().map(|a| a.1), self.amount.currency())
    }
}

/// A part of a customer's credit applied to an invoice: which payment it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct AppliedCredit {
    pub payment_id: i64,
    pub payment_date: NaiveDate,
    pub invoice: String,
    pub amount: Money,
}

/// What `payment apply` did: the customer's credit before, each part applied, what is left.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditApplied {
    pub customer_code: String,
    pub date: NaiveDate,
    pub credit_before: Money,
    pub applied: Vec<AppliedCredit>,
    pub credit_left: Money,
}

/// How money arrived. The French and English names a user or a spreadsheet writes are
/// all understood (virement, chèque, carte, espèces, prélèvement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Transfer,
    Check,
    Card,
    Cash,
    DirectDebit,
    Other,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::Transfer,
        Method::Check,
        Method::Card,
        Method::Cash,
        Method::DirectDebit,
        Method::Other,
    ];

    /// The name the ledger stores and JSON shows.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Transfer => "transfer",
            Method::Check => "check",
            Method::Card => "card",
            Method::Cash => "cash",
            Method::DirectDebit => "direct_debit",
            Method::Other => "other",
        }
    }

    /// Reads a method in English or French, in any case, with or without accents.
    pub fn parse(text: &str) -> Result<Method, DomainError> {
        let key: String = text
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => super::unaccent(c).to_ascii_lowercase(),
            })
            .collect();
        let method = match key.as_str() {
            "transfer" | "virement" | "vir" => Method::Transfer,
            "check" | "cheque" | "chq" => Method::Check,
            "card" | "carte" | "cb" | "carte_bancaire" => Method::Card,
            "cash" | "especes" => Method::Cash,
            "direct_debit" | "prelevement" | "prlv" => Method::DirectDebit,
            "other" | "autre" => Method::Other,
            _ => {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-method-unknown",
                    text = text,
                    methods = Method::ALL.map(Method::as_str).join(", ")
                )));
            }
        };
        Ok(method)
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_read_in_french_and_english() {
        for (text, method) in [
            ("transfer", Method::Transfer),
            ("Virement", Method::Transfer),
            ("chèque", Method::Check),
            ("CHQ", Method::Check),
            ("carte", Method::Card),
            ("espèces", Method::Cash),
            ("prélèvement", Method::DirectDebit),
            ("direct-debit", Method::DirectDebit),
            ("autre", Method::Other),
        ] {
            assert_eq!(Method::parse(text).unwrap(), method, "{text}");
        }
        for m in Method::ALL {
            assert_eq!(Method::parse(m.as_str()).unwrap(), m);
        }
        let err = Method::parse("bitcoin").unwrap_err().to_string();
        assert!(err.contains("`bitcoin`") && err.contains("virement"), "{err}");
    }
}
