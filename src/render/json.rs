//! The JSON shapes scripts rely on (documented in docs/json.md). Amounts are strings
//! with two decimals; dates are YYYY-MM-DD; absent values are null.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::{Line, compute_totals};
use crate::domain::invoice::Invoice;
use crate::domain::money::Currency;
use crate::domain::offer::Offer;
use crate::domain::payment::Payment;
use crate::ops::customer::{HistoryLine, Standing};
use crate::render::fmt::{amount as fmt_amount, plain as fmt_plain};

fn date(d: Option<NaiveDate>) -> Value {
    d.map(|d| Value::String(d.to_string())).unwrap_or(Value::Null)
}

pub fn lines(lines: &[Line], currency: Currency) -> Value {
    Value::Array(
        lines
            .iter()
            .map(|l| {
                json!({
                    "sku": l.sku,
                    "designation": l.designation,
                    "quantity": fmt_plain(l.quantity),
                    "unit": l.unit,
                    "unit_price": fmt_amount(l.unit_price),
                    "vat_rate": fmt_plain(l.vat_rate),
                    "amount": l.amount(currency).to_string(),
                    "kind": l.kind.as_str(),
                })
            })
            .collect(),
    )
}

fn vat_breakdown(doc_lines: &[Line], prices_include_vat: bool, currency: Currency) -> Value {
    Value::Array(
        compute_totals(doc_lines, prices_include_vat, currency)
            .by_rate
            .iter()
            .map(|b| json!({"rate": fmt_plain(b.rate), "net": b.net.to_string(), "vat": b.vat.to_string()}))
            .collect(),
    )
}

/// An invoice or credit note on `as_of`. A credit note's status is `issued`.
pub fn invoice(r: &Invoice, doc_lines: Option<&[Line]>, as_of: NaiveDate) -> Value {
    let view = r.view(as_of);
    let (status, balance, days_late) = if r.is_credit_note {
        ("issued", "0.00".to_string(), 0)
    } else {
        (view.status.as_str(), view.balance.to_string(), view.days_late)
    };
    let mut v = json!({
        "id": r.id,
        "kind": if r.is_credit_note { "credit_note" } else { "invoice" },
        "number": r.number,
        "series": r.series,
        "status": status,
        "customer": r.customer_code,
        "customer_name": r.customer_name,
        "issue_date": date(r.issue_date),
        "due_date": date(r.due_date),
        "currency": r.currency.code(),
        "total_net": r.total_net.to_string(),
        "total_vat": r.total_vat.to_string(),
        "total": r.total.to_string(),
        "paid": view.paid.to_string(),
        "credited": view.credited.to_string(),
        "written_off": view.written_off.to_string(),
        "balance": balance,
        "days_late": days_late,
        "sent_on": date(r.facts.sent_on.filter(|d| *d <= as_of)),
        "prices_include_vat": r.prices_include_vat,
        "purchase_order": r.purchase_order,
        "offer": r.offer_number,
        "credit_notes": r.credit_notes,
        "credited_invoice": r.credited_invoice_number,
        "reason": r.reason.clone().or_else(|| r.write_off_reason.clone()),
        "imported": r.imported,
    });
    if let Some(doc_lines) = doc_lines {
        v["lines"] = lines(doc_lines, r.currency);
        v["vat_breakdown"] = vat_breakdown(doc_lines, r.prices_include_vat, r.currency);
    }
    v
}

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

pub fn offer(o: &Offer, doc_lines: Option<&[Line]>, as_of: NaiveDate) -> Value {
    let mut v = json!({
        "id": o.id,
        "number": o.number,
        "status": o.status(as_of).as_str(),
        "customer": o.customer_code,
        "customer_name": o.customer_name,
        "issue_date": o.issue_date.to_string(),
        "valid_until": o.valid_until.to_string(),
        "total_net": o.total_net.to_string(),
        "total_vat": o.total_vat.to_string(),
        "total": o.total.to_string(),
        "prices_include_vat": o.prices_include_vat,
        "decided_on": date(o.decided_on),
        "invoice": o.invoice,
        "notes": o.notes,
    });
    if let Some(doc_lines) = doc_lines {
        v["lines"] = lines(doc_lines, o.total.currency());
        v["vat_breakdown"] = vat_breakdown(doc_lines, o.prices_include_vat, o.total.currency());
    }
    v
}

pub fn payment(p: &Payment) -> Value {
    json!({
        "id": p.id,
        "customer": p.customer_code,
        "date": p.date.to_string(),
        "amount": p.amount.to_string(),
        "method": p.method.as_str(),
        "reference": p.reference,
        "allocations": p.allocations.iter()
            .map(|(n, a)| json!({"invoice": n, "amount": a.to_string()}))
            .collect::<Vec<_>>(),
        "unallocated": p.unallocated().to_string(),
    })
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
