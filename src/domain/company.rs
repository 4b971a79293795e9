//! The company whose receivables the ledger holds: the identity printed on documents.

use rust_decimal::Decimal;

use super::money::Currency;

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
}
