//! Payments as tables, CSV and JSON.

use serde::Serialize;

use super::fmt::amount;
use super::{Format, Listing, print_list, print_record};
use crate::domain::money::Money;
use crate::domain::payment::{CreditApplied, Payment};

/// A payment in JSON (docs/json.md).
#[derive(Serialize)]
pub struct PaymentJson<'a> {
    id: i64,
    customer: &'a str,
    date: String,
    amount: String,
    method: &'static str,
    reference: Option<&'a str>,
    allocations: Vec<AllocationJson<'a>>,
    unallocated: String,
}

#[derive(Serialize)]
struct AllocationJson<'a> {
    invoice: &'a str,
    amount: String,
}

impl<'a> From<&'a Payment> for PaymentJson<'a> {
    fn from(p: &'a Payment) -> Self {
        PaymentJson {
            id: p.id,
            customer: &p.customer_code,
            date: p.date.to_string(),
            amount: p.amount.to_string(),
            method: p.method.as_str(),
            reference: p.reference.as_deref(),
            allocations: p
                .allocations
                .iter()
                .map(|(n, a)| AllocationJson {
                    invoice: n,
                    amount: a.to_string(),
                })
                .collect(),
            unallocated: p.unallocated().to_string(),
        }
    }
}

/// An amount inside a table's text: grouped in French; English and CSV keep the
/// machine form their outputs always had.
fn figure(format: Format, value: Money) -> String {
    if format == Format::Table && crate::i18n::current() == crate::i18n::Lang::Fr {
        super::fmt::human(value)
    } else {
        amount(value)
    }
}

fn allocations_text(format: Format, p: &Payment) -> String {
    p.allocations
        .iter()
        .map(|(n, a)| format!("{n} {}", figure(format, *a)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `payment add`: the payment and what it settled.
pub fn show(format: Format, p: &Payment) {
    let fields = [
        ("payment", p.id.to_string()),
        ("customer", p.customer_code.clone()),
        ("date", p.date.to_string()),
        ("amount", super::words::money_cell(format, p.amount)),
        ("method", super::words::method_cell(format, p.method)),
        ("reference", p.reference.clone().unwrap_or_default()),
        ("settles", allocations_text(format, p)),
        ("credit left", super::words::money_cell(format, p.unallocated())),
    ];
    print_record(format, &PaymentJson::from(p), &fields, &[]);
}

/// `payment list`; in CSV one value per cell: a row per invoice a payment settles
/// (`invoice`, `allocated`), the payment's own cells repeated on each, and one row with
/// the two empty for a payment that settles nothing.
pub fn list(format: Format, payments: &[Payment]) {
    if format == Format::Csv {
        let mut c = Listing::new(vec![
            "id",
            "date",
            "customer",
            "amount",
            "method",
            "reference",
            "invoice",
            "allocated",
            "unallocated",
        ]);
        for p in payments {
            let row = |invoice: &str, allocated: String| {
                vec![
                    p.id.to_string(),
                    p.date.to_string(),
                    p.customer_code.clone(),
                    amount(p.amount),
                    p.method.to_string(),
                    p.reference.clone().unwrap_or_default(),
                    invoice.to_string(),
                    allocated,
                    amount(p.unallocated()),
                ]
            };
            if p.allocations.is_empty() {
                c.push(row("", String::new()));
            }
            for (number, allocated) in &p.allocations {
                c.push(row(number, amount(*allocated)));
            }
        }
        return super::emit(&c.to_csv());
    }
    let mut l = Listing::new(vec![
        "id",
        "date",
        "customer",
        "amount",
        "method",
        "reference",
        "settles",
        "unallocated",
    ])
    .right(&[0, 3, 7]);
    for p in payments {
        l.push(vec![
            p.id.to_string(),
            p.date.to_string(),
            p.customer_code.clone(),
            super::words::money_cell(format, p.amount),
            super::words::method_cell(format, p.method),
            p.reference.clone().unwrap_or_default(),
            allocations_text(format, p),
            super::words::money_cell(format, p.unallocated()),
        ]);
    }
    let json: Vec<PaymentJson> = payments.iter().map(PaymentJson::from).collect();
    print_list(format, &l, json);
}

/// `payment apply` in JSON (docs/json.md).
#[derive(Serialize)]
struct CreditAppliedJson<'a> {
    customer: &'a str,
    date: String,
    credit_before: String,
    applied: Vec<AppliedJson<'a>>,
    credit_left: String,
}

#[derive(Serialize)]
struct AppliedJson<'a> {
    payment: i64,
    payment_date: String,
    invoice: &'a str,
    amount: String,
}

/// `payment apply`: the credit before, each part applied to an invoice, what is left.
pub fn applied(format: Format, c: &CreditApplied) {
    let _english = super::dunning::words::machine_words(format);
    let (received, applied) = (t!("views-payment-received"), t!("views-payment-applied"));
    let mut parts =
        Listing::new(vec!["payment", received.as_str(), "invoice", applied.as_str()]).right(&[0, 3]);
    for a in &c.applied {
        parts.push(vec![
            a.payment_id.to_string(),
            a.payment_date.to_string(),
            a.invoice.clone(),
            figure(format, a.amount),
        ]);
    }
    let total = c.credit_before - c.credit_left;
    let fields = [
        ("customer".to_string(), c.customer_code.clone()),
        ("date".to_string(), c.date.to_string()),
        (t!("views-payment-credit-before"), figure(format, c.credit_before)),
        (applied.clone(), figure(format, total)),
        ("credit left".to_string(), figure(format, c.credit_left)),
    ];
    let json = CreditAppliedJson {
        customer: &c.customer_code,
        date: c.date.to_string(),
        credit_before: c.credit_before.to_string(),
        applied: c
            .applied
            .iter()
            .map(|a| AppliedJson {
                payment: a.payment_id,
                payment_date: a.payment_date.to_string(),
                invoice: &a.invoice,
                amount: a.amount.to_string(),
            })
            .collect(),
        credit_left: c.credit_left.to_string(),
    };
    let applied_to = t!("views-payment-applied-to");
    print_record(
        format,
        &json,
        &super::dunning::words::borrowed(&fields),
        &[(applied_to.as_str(), &parts)],
    );
}
