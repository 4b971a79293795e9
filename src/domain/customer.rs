//! Customers: kinds, dunning profiles, payment terms, codes.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::DomainError;

/// Business customers owe the 40 € recovery indemnity and show a SIREN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerKind {
    Business,
    Individual,
}

impl CustomerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerKind::Business => "business",
            CustomerKind::Individual => "individual",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "business" | "b2b" | "entreprise" | "pro" => Ok(CustomerKind::Business),
            "individual" | "b2c" | "particulier" => Ok(CustomerKind::Individual),
            other => Err(DomainError::Invalid(format!(
                "customer kind `{other}` is unknown: use business or individual"
            ))),
        }
    }
}

/// Which reminder ladder a customer gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DunningProfile {
    Standard,
    Vip,
    New,
    LatePayer,
}

impl DunningProfile {
    pub fn as_str(self) -> &'static str {
        match self {
            DunningProfile::Standard => "standard",
            DunningProfile::Vip => "vip",
            DunningProfile::New => "new",
            DunningProfile::LatePayer => "late_payer",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "standard" => Ok(DunningProfile::Standard),
            "vip" => Ok(DunningProfile::Vip),
            "new" => Ok(DunningProfile::New),
            "late_payer" => Ok(DunningProfile::LatePayer),
            other => Err(DunningProfile::unknown(other)),
        }
    }

    fn unknown(other: &str) -> DomainError {
        DomainError::Invalid(format!(
            "dunning profile `{other}` is unknown: use standard, vip, new or late_payer"
        ))
    }
}

/// Language of the documents and mails a customer receives.
pub fn parse_language(text: &str) -> Result<String, DomainError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "fr" | "français" | "francais" | "french" => Ok("fr".into()),
        "en" | "english" | "anglais" => Ok("en".into()),
        other => Err(DomainError::Invalid(format!(
            "language `{other}` is not supported: use fr or en"
        ))),
    }
}

/// Payment terms in days after issue. French law (C. com. L441-10) caps agreed terms at 60 days.
pub fn validate_terms(days: i64) -> Result<i64, DomainError> {
    if (0..=60).contains(&days) {
        Ok(days)
    } else {
        Err(DomainError::Invalid(format!(
            "payment terms of {days} days are not allowed: use 0 to 60 days (C. com. L441-10)"
        )))
    }
}

/// The due date of an invoice issued on `issue_date` with `terms_days`.
pub fn due_date(issue_date: NaiveDate, terms_days: i64) -> NaiveDate {
    issue_date
        .checked_add_days(Days::new(terms_days.max(0) as u64))
        .unwrap_or(issue_date)
}

/// A SIREN: nine digits with a valid Luhn key.
pub fn validate_siren(text: &str) -> Result<String, DomainError> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit()) && luhn(&digits) {
        Ok(digits)
    } else {
        Err(DomainError::Invalid(format!(
            "SIREN `{text}` is not valid: it is nine digits with a Luhn check digit, e.g. 732829320"
        )))
    }
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A customer code: letters, digits, dashes and underscores, upper-cased.
pub fn validate_code(text: &str) -> Result<String, DomainError> {
    let code = text.trim().to_ascii_uppercase();
    if !code.is_empty()
        && code.len() <= 20
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Ok(code)
    } else {
        Err(DomainError::Invalid(format!(
            "customer code `{text}` is not valid: use 1 to 20 letters, digits, - or _"
        )))
    }
}

/// A code made from a name: its first letters, upper-cased, without accents, plus a
/// number when `taken` says it is used.
pub fn code_from_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = code_base(name);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|c| !taken(c))
        .unwrap_or(base)
}

/// The first eight letters or digits of a name, capitals without accents: what a
/// generated code starts with (CLIENT for a name with none).
pub fn code_base(name: &str) -> String {
    let base: String = name
        .chars()
        .map(super::unaccent)
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .take(8)
        .collect();
    if base.is_empty() {
        "CLIENT".to_string()
    } else {
        base
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: CustomerKind,
    pub email: Option<String>,
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    /// None: the company's default terms.
    pub payment_terms_days: Option<i64>,
    pub dunning_profile: DunningProfile,
    pub language: String,
    pub blocked: bool,
    pub blocked_reason: Option<String>,
}

impl Customer {
    /// A business customer with the defaults of `customer add`: standard dunning, French,
    /// the company's payment terms. Not saved.
    pub fn new(code: &str, name: &str) -> Self {
        Customer {
            id: 0,
            code: code.into(),
            name: name.into(),
            kind: CustomerKind::Business,
            email: None,
            address: String::new(),
            siren: None,
            vat_number: None,
            payment_terms_days: None,
            dunning_profile: DunningProfile::Standard,
            language: "fr".into(),
            blocked: false,
            blocked_reason: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siren_luhn() {
        assert_eq!(validate_siren("732 829 320").unwrap(), "732829320");
        assert!(validate_siren("732829321").is_err());
        assert!(validate_siren("12345678").is_err());
    }

    #[test]
    fn codes_from_names() {
        assert_eq!(code_from_name("Société Générale", |_| false), "SOCIETEG");
        assert_eq!(code_from_name("Acme", |c| c == "ACME"), "ACME2");
        assert_eq!(code_from_name("Acme", |c| c == "ACME" || c == "ACME2"), "ACME3");
        assert_eq!(code_from_name("!!!", |_| false), "CLIENT");
    }

    #[test]
    fn terms_and_due_dates() {
        assert!(validate_terms(61).is_err());
        assert!(validate_terms(-1).is_err());
        assert_eq!(validate_terms(45).unwrap(), 45);
        let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(due_date(d, 30), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        assert_eq!(due_date(d, 0), d);
    }

    #[test]
    fn parses_enums() {
        assert_eq!(
            CustomerKind::parse("Particulier").unwrap(),
            CustomerKind::Individual
        );
        assert_eq!(
            DunningProfile::parse("late-payer").unwrap(),
            DunningProfile::LatePayer
        );
        assert!(DunningProfile::parse("gold").is_err());
        assert_eq!(parse_language("EN").unwrap(), "en");
        assert!(validate_code("AC ME").is_err());
    }
}
