//! The JSON shapes scripts rely on (documented in docs/json.md). Amounts are strings
//! with two decimals; dates are YYYY-MM-DD; absent values are null.

use serde_json::{Value, json};

use crate::domain::company::Company;
use crate::render::fmt::plain as fmt_plain;

pub fn company(c: &Company) -> Value {
    json!({
        "name": c.name,
        "address": c.address,
        "siren": c.siren,
        "vat_number": c.vat_number,
        "vat_franchise": c.vat_franchise,
        "iban": c.iban,
        "bic": c.bic,
        "email": c.email,
        "phone": c.phone,
        "legal_form": c.legal_form,
        "payment_terms_days": c.payment_terms_days,
        "penalty_rate": c.penalty_rate.map(fmt_plain),
        "currency": c.currency.code(),
    })
}
