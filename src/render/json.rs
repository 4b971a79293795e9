//! The JSON shapes scripts rely on (documented in docs/json.md). Amounts are strings
//! with two decimals; dates are YYYY-MM-DD; absent values are null.

use serde_json::{Value, json};

use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::ops::customer::{HistoryLine, Standing};
use crate::render::fmt::plain as fmt_plain;

pub fn customer(c: &Customer, standing: Option<&Standing>) -> Value {
    let mut v = json!({
        "id": c.id,
        "code": c.code,
        "name": c.name,
        "kind": c.kind.as_str(),
        "email": c.email,
        "address": c.address,
        "siren": c.siren,
        "vat_number": c.vat_number,
        "payment_terms_days": c.payment_terms_days,
        "dunning_profile": c.dunning_profile.as_str(),
        "language": c.language,
        "blocked": c.blocked,
        "blocked_reason": c.blocked_reason,
    });
    if let Some(s) = standing {
        v["balance"] = json!(s.balance.to_string());
        v["overdue"] = json!(s.overdue.to_string());
        v["credit"] = json!(s.credit.to_string());
        v["open_invoices"] = json!(s.open_invoices);
        v["max_days_late"] = json!(s.max_days_late);
        v["status"] = json!(s.status());
        v["in_dunning"] = json!(s.in_dunning);
        v["frequent_late_payer"] = json!(s.frequent_late_payer);
    }
    v
}

pub fn history(rows: &[HistoryLine]) -> Value {
    Value::Array(
        rows.iter()
            .map(|h| {
                json!({
                    "date": h.event.date.to_string(),
                    "kind": h.event.kind,
                    "reference": h.event.reference,
                    "debit": h.event.debit.to_string(),
                    "credit": h.event.credit.to_string(),
                    "balance": h.balance.to_string(),
                })
            })
            .collect(),
    )
}

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
