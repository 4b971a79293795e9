//! The company whose receivables the ledger holds: the identity printed on documents.

use rust_decimal::Decimal;

use super::DomainError;
use super::customer::validate_terms;
use super::identity::{
    check_vat_matches_siren, optional_line, optional_text, parse_address, parse_bic, parse_email, parse_iban,
    parse_name, parse_vat_number, validate_siren,
};
use super::money::{Currency, parse_percent};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Company {
    pub name: String,
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    /// Micro-entrepreneur VAT franchise (CGI art. 293 B): no VAT on documents.
    pub vat_franchise: bool,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub legal_form: Option<String>,
    pub payment_terms_days: i64,
    /// Yearly late-payment rate in percent; None means ECB rate + 10 points.
    pub penalty_rate: Option<Decimal>,
    pub currency: Currency,
    pub is_demo: bool,
    /// The SEPA creditor identifier (ICS) its direct debits are collected under.
    pub sepa_creditor_id: Option<String>,
}

/// The fields `init` and `company set` may set; None leaves a field as it is, and an
/// empty text clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct CompanyChange {
    pub name: Option<String>,
    pub address: Option<String>,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    pub vat_franchise: Option<bool>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub legal_form: Option<String>,
    pub terms: Option<i64>,
    /// A yearly rate in percent, or `legal` (or empty) for the ECB rate + 10 points.
    pub penalty_rate: Option<String>,
    pub currency: Option<String>,
    /// The ICS, or empty to clear it.
    pub sepa_creditor_id: Option<String>,
}

impl Company {
    /// A new ledger's company: 30 days' terms, euros, then the fields of `change`.
    pub fn new(change: CompanyChange) -> Result<Company, DomainError> {
        let mut c = Company {
            payment_terms_days: 30,
            currency: Currency::EUR,
            ..Default::default()
        };
        c.apply(change)?;
        Ok(c)
    }

    /// Applies a change, checking each field given.
    pub fn apply(&mut self, change: CompanyChange) -> Result<(), DomainError> {
        if let Some(name) = change.name {
            self.name = parse_name("--name", &name)?;
        }
        if let Some(a) = change.address {
            self.address = parse_address(&a)?;
        }
        if let Some(s) = change.siren {
            self.siren = optional_text(&s).map(|s| validate_siren(&s)).transpose()?;
        }
        if let Some(v) = change.vat_number {
            self.vat_number = optional_text(&v).map(|v| parse_vat_number(&v)).transpose()?;
        }
        if let Some(b) = change.vat_franchise {
            self.vat_franchise = b;
        }
        if let Some(v) = change.iban {
            self.iban = optional_text(&v).map(|v| parse_iban(&v)).transpose()?;
        }
        if let Some(v) = change.bic {
            self.bic = optional_text(&v).map(|v| parse_bic(&v)).transpose()?;
        }
        if let Some(v) = change.email {
            self.email = optional_text(&v).map(|e| parse_email(&e)).transpose()?;
        }
        if let Some(v) = change.phone {
            self.phone = optional_line("--phone", &v)?;
        }
        if let Some(v) = change.legal_form {
            self.legal_form = optional_line("--legal-form", &v)?;
        }
        if let Some(t) = change.terms {
            self.payment_terms_days = validate_terms(t)?;
        }
        if let Some(r) = change.penalty_rate {
            self.penalty_rate = if r.trim().eq_ignore_ascii_case("legal") || r.trim().is_empty() {
                None
            } else {
                Some(parse_percent("--penalty-rate", &r)?)
            };
        }
        if let Some(cur) = change.currency {
            let upper = cur.trim().to_ascii_uppercase();
            self.currency = Currency::parse(&cur).map_err(|_| {
                DomainError::Invalid(crate::t!(
                    "domain-company-currency-invalid",
                    code = upper.as_str()
                ))
            })?;
        }
        if let Some(v) = change.sepa_creditor_id {
            self.sepa_creditor_id = optional_text(&v)
                .map(|v| super::sepa::parse_creditor_id(&v))
                .transpose()?;
        }
        check_vat_matches_siren(self.vat_number.as_deref(), self.siren.as_deref())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_company_has_thirty_days_and_euros_unless_told() {
        let c = Company::new(CompanyChange {
            name: Some(" Atelier ".into()),
            address: Some("1 rue A\\n69002 Lyon".into()),
            vat_number: Some("fr68 842130577".into()),
            ..CompanyChange::default()
        })
        .unwrap();
        assert_eq!(c.name, "Atelier");
        assert_eq!(c.address, "1 rue A\n69002 Lyon");
        assert_eq!(c.vat_number.as_deref(), Some("FR68842130577"));
        assert_eq!(c.payment_terms_days, 30);
        assert_eq!(c.currency, Currency::EUR);
    }

    #[test]
    fn each_field_is_checked_and_legal_clears_the_penalty_rate() {
        let mut c = Company::new(CompanyChange {
            name: Some("A".into()),
            penalty_rate: Some("12,5".into()),
            currency: Some("usd".into()),
            ..CompanyChange::default()
        })
        .unwrap();
        assert_eq!(c.penalty_rate, Some(Decimal::new(125, 1)));
        assert_eq!(c.currency.code(), "USD");
        c.apply(CompanyChange {
            penalty_rate: Some("legal".into()),
            email: Some(" ".into()),
            ..CompanyChange::default()
        })
        .unwrap();
        assert_eq!(c.penalty_rate, None);
        assert_eq!(c.email, None);
        for bad in [
            CompanyChange {
                name: Some("".into()),
                ..CompanyChange::default()
            },
            CompanyChange {
                siren: Some("123".into()),
                ..CompanyChange::default()
            },
            CompanyChange {
                terms: Some(90),
                ..CompanyChange::default()
            },
            CompanyChange {
                currency: Some("EURO".into()),
                ..CompanyChange::default()
            },
            CompanyChange {
                penalty_rate: Some("douze".into()),
                ..CompanyChange::default()
            },
        ] {
            assert!(c.apply(bad.clone()).is_err(), "{bad:?}");
        }
    }
}
