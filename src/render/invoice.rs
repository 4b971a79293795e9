//! Invoices and credit notes as tables, CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::{amount, human, plain};
use super::{Format, Listing, emit, emit_json, print_record, words};
use crate::domain::delivery::{LineGroup, SourceKind, is_recap};
use crate::domain::discount::Discount;
use crate::domain::document::{Line, compute_totals};
use crate::domain::hold::Hold;
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::{Currency, Money};
use crate::domain::story::StoryEvent;

/// A document line in JSON: `{sku, designation, quantity, unit, unit_price, vat_rate,
/// amount, kind}`, with `discount` and `discount_amount` when the line has a discount
/// (`amount` is then after it).
#[derive(Serialize)]
pub struct LineJson<'a> {
    sku: Option<&'a str>,
    designation: &'a str,
    quantity: String,
    unit: Option<&'a str>,
    unit_price: String,
    vat_rate: String,
    amount: String,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    discount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    discount_amount: Option<String>,
}

/// The VAT of one rate: `{rate, net, vat}`.
#[derive(Serialize)]
pub struct RateJson {
    rate: String,
    net: String,
    vat: String,
}

pub fn lines_json(lines: &[Line], currency: Currency) -> Vec<LineJson<'_>> {
    lines
        .iter()
        .map(|l| LineJson {
            sku: l.sku.as_deref(),
            designation: &l.designation,
            quantity: plain(l.quantity),
            unit: l.unit.as_deref(),
            unit_price: amount(l.unit_price),
            vat_rate: plain(l.vat_rate),
            amount: l.amount(currency).to_string(),
            kind: l.kind.as_str(),
            discount: l.discount.map(Discount::to_text),
            discount_amount: l.discount.map(|_| l.discount_amount(currency).to_string()),
        })
        .collect()
}

/// A document's own discount for people: `5 % (-61.50)` or `-150.00`.
pub fn discount_text(
    discount: Discount,
    lines: &[Line],
    prices_include_vat: bool,
    currency: Currency,
) -> String {
    let off = compute_totals(lines, Some(discount), prices_include_vat, currency).discount;
    match discount {
        Discount::Percent(_) => format!("{discount} (-{})", amount(off)),
        Discount::Amount(_) => format!("-{}", amount(off)),
    }
}

/// What a document's own discount takes off, as JSON writes it.
pub fn discount_amount(
    discount: Option<Discount>,
    lines: &[Line],
    prices_include_vat: bool,
    currency: Currency,
) -> Option<String> {
    discount.map(|d| {
        compute_totals(lines, Some(d), prices_include_vat, currency)
            .discount
            .to_string()
    })
}

pub fn vat_breakdown_json(
    lines: &[Line],
    discount: Option<Discount>,
    prices_include_vat: bool,
    currency: Currency,
) -> Vec<RateJson> {
    compute_totals(lines, discount, prices_include_vat, currency)
        .by_rate
        .iter()
        .map(|b| RateJson {
            rate: plain(b.rate),
            net: b.net.to_string(),
            vat: b.vat.to_string(),
        })
        .collect()
}

#[derive(Serialize)]
struct HoldJson<'a> {
    reason: &'a str,
    since: String,
    until: Option<String>,
}

/// An invoice or credit note in JSON, keys in the order of docs/json.md.
#[derive(Serialize)]
pub struct InvoiceJson<'a> {
    id: i64,
    kind: &'static str,
    number: Option<&'a str>,
    series: &'a str,
    status: &'static str,
    customer: &'a str,
    customer_name: &'a str,
    issue_date: Option<String>,
    due_date: Option<String>,
    currency: &'a str,
    total_net: String,
    total_vat: String,
    total: String,
    paid: String,
    credited: String,
    written_off: String,
    balance: String,
    days_late: i64,
    sent_on: Option<String>,
    prices_include_vat: bool,
    purchase_order: Option<&'a str>,
    offer: Option<&'a str>,
    credit_notes: &'a [String],
    credited_invoice: Option<&'a str>,
    reason: Option<&'a str>,
    imported: bool,
    /// In another currency than the accounting one only: the rate fixed at issue (units
    /// of `currency` per unit of the accounting currency) and the amounts converted at it.
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_rate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accounting_currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accounting_total: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accounting_balance: Option<String>,
    /// The discount off the whole invoice as typed (`5%`, `150`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    discount: Option<String>,
    /// What it takes off (on `invoice show` and changes).
    #[serde(skip_serializing_if = "Option::is_none")]
    discount_amount: Option<String>,
    /// On `invoice show` and changes of an invoice (not a credit note): null or the hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    hold: Option<Option<HoldJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<Vec<LineJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_breakdown: Option<Vec<RateJson>>,
    /// On `invoice show` and changes: the delivery notes and quotes it bills.
    #[serde(skip_serializing_if = "Option::is_none")]
    bills: Option<Vec<BilledJson<'a>>>,
}

/// A delivery note or quote an invoice bills, and which of its lines came from it
/// (`first_line` counts from 1).
#[derive(Serialize)]
pub struct BilledJson<'a> {
    kind: &'static str,
    number: &'a str,
    date: String,
    first_line: usize,
    line_count: usize,
}

fn billed_json(groups: &[LineGroup]) -> Vec<BilledJson<'_>> {
    groups
        .iter()
        .map(|g| BilledJson {
            kind: match g.kind {
                SourceKind::Delivery => "delivery_note",
                SourceKind::Quote => "quote",
            },
            number: &g.number,
            date: g.date.to_string(),
            first_line: g.first + 1,
            line_count: g.count,
        })
        .collect()
}

/// "BL-2026-0001 (2026-03-02), BL-2026-0002 (2026-03-09)": what a recap invoice bills.
fn billed_text(groups: &[LineGroup]) -> String {
    groups
        .iter()
        .map(|g| format!("{} ({})", g.number, g.date))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The status word of an invoice on `as_of`; a credit note is `issued`.
pub(super) fn status(r: &Invoice, as_of: NaiveDate) -> &'static str {
    if r.is_credit_note {
        "issued"
    } else {
        r.status_word(as_of)
    }
}

impl<'a> InvoiceJson<'a> {
    /// The invoice alone, as `invoice list` shows it.
    pub fn new(r: &'a Invoice, as_of: NaiveDate) -> Self {
        let view = r.view(as_of);
        let (balance, days_late) = (view.balance.to_string(), view.days_late);
        InvoiceJson {
            id: r.id,
            kind: if r.is_credit_note {
                "credit_note"
            } else if r.is_deposit {
                "deposit"
            } else {
                "invoice"
            },
            number: r.number.as_deref(),
            series: &r.series,
            status: status(r, as_of),
            customer: &r.customer_code,
            customer_name: &r.customer_name,
            issue_date: r.issue_date.map(|d| d.to_string()),
            due_date: r.due_date.map(|d| d.to_string()),
            currency: r.currency.code(),
            total_net: r.total_net.to_string(),
            total_vat: r.total_vat.to_string(),
            total: r.total.to_string(),
            paid: view.paid.to_string(),
            credited: view.credited.to_string(),
            written_off: view.written_off.to_string(),
            balance,
            days_late,
            sent_on: r.facts.sent_on.filter(|d| *d <= as_of).map(|d| d.to_string()),
            prices_include_vat: r.prices_include_vat,
            purchase_order: r.purchase_order.as_deref(),
            offer: r.offer_number.as_deref(),
            credit_notes: &r.credit_notes,
            credited_invoice: r.credited_invoice_number.as_deref(),
            reason: r.reason.as_deref().or(r.write_off_reason.as_deref()),
            imported: r.imported,
            exchange_rate: r.exchange_rate.map(|x| x.per_unit.to_string()),
            accounting_currency: r.exchange_rate.map(|x| x.accounting.to_string()),
            accounting_total: r.exchange_rate.map(|x| x.to_accounting(r.total).to_string()),
            accounting_balance: r.exchange_rate.map(|x| x.to_accounting(view.balance).to_string()),
            discount: r.discount.map(Discount::to_text),
            discount_amount: None,
            hold: None,
            lines: None,
            vat_breakdown: None,
            bills: None,
        }
    }

    /// The whole sheet, as `invoice show` and every change of an invoice show it.
    pub fn sheet(s: &'a Sheet, as_of: NaiveDate) -> Self {
        let r = &s.invoice;
        InvoiceJson {
            hold: (!r.is_credit_note).then(|| {
                s.hold.as_ref().map(|h| HoldJson {
                    reason: &h.reason,
                    since: h.since.to_string(),
                    until: h.until.map(|d| d.to_string()),
                })
            }),
            lines: Some(lines_json(&s.lines, r.currency)),
            vat_breakdown: Some(vat_breakdown_json(
                &s.lines,
                r.discount,
                r.prices_include_vat,
                r.currency,
            )),
            discount_amount: discount_amount(r.discount, &s.lines, r.prices_include_vat, r.currency),
            bills: Some(billed_json(&s.groups)),
            ..InvoiceJson::new(r, as_of)
        }
    }
}

/// The lines of a document as a table for people.
/// A discount column appears when a line has a discount.
pub fn lines_table(lines: &[Line], currency: Currency) -> Listing {
    if !lines.iter().any(|l| l.discount.is_some()) {
        let mut l =
            Listing::new(vec!["designation", "qty", "unit price", "vat %", "amount"]).right(&[1, 2, 3, 4]);
        for line in lines {
            l.push(vec![
                line.designation.clone(),
                words::number_cell(Format::Table, &plain(line.quantity)),
                human(line.unit_price),
                words::number_cell(Format::Table, &plain(line.vat_rate)),
                human(line.amount(currency)),
            ]);
        }
        return l;
    }
    let mut l = Listing::new(vec![
        "designation",
        "qty",
        "unit price",
        "vat %",
        "discount",
        "amount",
    ])
    .right(&[1, 2, 3, 4, 5]);
    for line in lines {
        l.push(vec![
            line.designation.clone(),
            words::number_cell(Format::Table, &plain(line.quantity)),
            human(line.unit_price),
            words::number_cell(Format::Table, &plain(line.vat_rate)),
            line.discount
                .map(|d| format!("{d} (-{})", human(line.discount_amount(currency))))
                .unwrap_or_default(),
            human(line.amount(currency)),
        ]);
    }
    l
}

/// One invoice or credit note with its lines.
pub fn show(format: Format, sheet: &Sheet, as_of: NaiveDate) {
    show_with(format, sheet, as_of, None);
}

/// `invoice show`: the invoice with its lines, then its whole story.
pub fn show_story(format: Format, sheet: &Sheet, story: &[StoryEvent], as_of: NaiveDate) {
    show_with(format, sheet, as_of, Some(story));
}

fn show_with(format: Format, sheet: &Sheet, as_of: NaiveDate, story: Option<&[StoryEvent]>) {
    let record = &sheet.invoice;
    let v = record.view(as_of);
    // CSV fields speak English whatever the language
    let _english = super::dunning::words::machine_words(format);
    let money = |m: Money| words::money_cell(format, m);
    let what = if record.is_credit_note {
        "credit note"
    } else if record.is_deposit {
        "deposit invoice"
    } else {
        "invoice"
    };
    let mut fields = vec![
        (
            what,
            super::story::invoice_label(record.number.as_deref(), record.id),
        ),
        ("status", words::status_cell(format, status(record, as_of))),
        (
            "customer",
            format!("{} ({})", record.customer_code, record.customer_name),
        ),
        (
            "issue_date",
            record
                .issue_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| t!("render-invoice-not-issued")),
        ),
    ];
    if record.is_credit_note {
        fields.push((
            "corrects",
            record.credited_invoice_number.clone().unwrap_or_default(),
        ));
        fields.push(("reason", record.reason.clone().unwrap_or_default()));
    } else {
        fields.push((
            "due_date",
            record
                .due_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| t!("render-invoice-due-after-issue", days = record.payment_terms_days)),
        ));
    }
    if let Some(d) = record.discount {
        fields.push((
            "discount",
            discount_text(d, &sheet.lines, record.prices_include_vat, record.currency),
        ));
    }
    fields.extend([
        ("total_net", money(record.total_net)),
        ("total_vat", money(record.total_vat)),
        ("total", format!("{} {}", money(record.total), record.currency)),
    ]);
    if let Some(rate) = record.exchange_rate {
        fields.extend([
            (
                "exchange_rate",
                format!("1 {} = {} {}", rate.accounting, rate.per_unit, rate.foreign),
            ),
            (
                "total_accounting",
                format!("{} {}", money(rate.to_accounting(record.total)), rate.accounting),
            ),
        ]);
    }
    if !record.is_credit_note {
        fields.extend([
            ("paid", money(v.paid)),
            ("credited", money(v.credited)),
            (
                "written_off",
                if v.written_off.is_zero() {
                    String::new()
                } else {
                    money(v.written_off)
                },
            ),
            ("balance", money(v.balance)),
        ]);
        // a payment recorded with a later date (a bank line dated after today): not in
        // the balance yet, said beside it
        let to_come = super::story::paid_to_come(record, as_of);
        if to_come.is_positive() {
            fields.push((
                "paid_to_come",
                t!(
                    "render-invoice-paid-to-come",
                    amount = money(to_come),
                    as_of = as_of.to_string()
                ),
            ));
        }
        fields.extend([
            (
                "days_late",
                if v.days_late > 0 {
                    v.days_late.to_string()
                } else {
                    String::new()
                },
            ),
            (
                "on_hold",
                sheet
                    .hold
                    .as_ref()
                    .map(|h| {
                        t!(
                            "render-invoice-on-hold-since",
                            reason = h.reason.as_str(),
                            since = h.since.to_string()
                        )
                    })
                    .unwrap_or_default(),
            ),
            ("offer", record.offer_number.clone().unwrap_or_default()),
        ]);
        if record.collect == crate::domain::sepa::CollectMethod::DirectDebit {
            let state = match record.collection {
                Some((state, since)) => format!("{} (file of {since})", state.as_str()),
                None => t!("render-invoice-not-collected"),
            };
            fields.push(("direct_debit", state));
        }
        if is_recap(&sheet.groups) {
            fields.push(("bills", billed_text(&sheet.groups)));
        }
        fields.extend([
            ("credit_notes", record.credit_notes.join(", ")),
            (
                "purchase_order",
                record.purchase_order.clone().unwrap_or_default(),
            ),
        ]);
    }
    let l = lines_table(&sheet.lines, record.currency);
    let title = if record.prices_include_vat {
        "Lines (prices incl. VAT)"
    } else {
        "Lines (prices excl. VAT)"
    };
    let Some(story) = story else {
        print_record(format, &InvoiceJson::sheet(sheet, as_of), &fields, &[(title, &l)]);
        return;
    };
    super::story::print(
        format,
        InvoiceJson::sheet(sheet, as_of),
        sheet,
        as_of,
        story,
        &fields,
        &[(title, &l)],
    );
}

/// `invoice delete`.
pub fn deleted(format: Format, record: &Invoice) {
    #[derive(Serialize)]
    struct Deleted {
        deleted: i64,
    }
    match format {
        Format::Json => emit_json(&Deleted { deleted: record.id }),
        _ => emit(&t!("render-invoice-deleted", id = record.id)),
    }
}

/// What `invoice hold` and `invoice release` print.
pub fn hold(format: Format, record: &Invoice, hold: Option<&Hold>) {
    #[derive(Serialize)]
    struct HoldState<'a> {
        invoice: String,
        on_hold: bool,
        reason: Option<&'a str>,
        since: Option<String>,
        until: Option<String>,
    }
    let value = HoldState {
        invoice: record.label(),
        on_hold: hold.is_some(),
        reason: hold.map(|h| h.reason.as_str()),
        since: hold.map(|h| h.since.to_string()),
        until: hold.and_then(|h| h.until).map(|d| d.to_string()),
    };
    match (format, hold) {
        (Format::Json, _) => emit_json(&value),
        (_, Some(h)) => emit(&match h.until {
            Some(until) => t!(
                "render-invoice-on-hold-until",
                invoice = record.label(),
                since = h.since.to_string(),
                until = until.to_string(),
                reason = h.reason.as_str()
            ),
            None => t!(
                "render-invoice-on-hold",
                invoice = record.label(),
                since = h.since.to_string(),
                reason = h.reason.as_str()
            ),
        }),
        (_, None) => emit(&t!("render-invoice-released", invoice = record.label())),
    }
}
