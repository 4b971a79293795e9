//! Invoices and credit notes as tables, CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::{amount, plain};
use super::{Format, Listing, emit, emit_json, print_list, print_record};
use crate::domain::document::{Line, compute_totals};
use crate::domain::hold::Hold;
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::Currency;
use crate::domain::story::StoryEvent;

/// A document line in JSON: `{sku, designation, quantity, unit, unit_price, vat_rate,
/// amount, kind}`.
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
        })
        .collect()
}

pub fn vat_breakdown_json(lines: &[Line], prices_include_vat: bool, currency: Currency) -> Vec<RateJson> {
    compute_totals(lines, prices_include_vat, currency)
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
    /// On `invoice show` and changes of an invoice (not a credit note): null or the hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    hold: Option<Option<HoldJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<Vec<LineJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_breakdown: Option<Vec<RateJson>>,
}

/// The status word of an invoice on `as_of`; a credit note is `issued`.
fn status(r: &Invoice, as_of: NaiveDate) -> &'static str {
    if r.is_credit_note {
        "issued"
    } else {
        r.view(as_of).status.as_str()
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
            hold: None,
            lines: None,
            vat_breakdown: None,
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
            vat_breakdown: Some(vat_breakdown_json(&s.lines, r.prices_include_vat, r.currency)),
            ..InvoiceJson::new(r, as_of)
        }
    }
}

/// The lines of a document as a table for people.
pub fn lines_table(lines: &[Line], currency: Currency) -> Listing {
    let mut l =
        Listing::new(vec!["designation", "qty", "unit price", "vat %", "amount"]).right(&[1, 2, 3, 4]);
    for line in lines {
        l.push(vec![
            line.designation.clone(),
            plain(line.quantity),
            amount(line.unit_price),
            plain(line.vat_rate),
            amount(line.amount(currency)),
        ]);
    }
    l
}

/// `invoice list`.
pub fn list(format: Format, records: &[Invoice], as_of: NaiveDate) {
    let mut listing = Listing::new(vec![
        "number",
        "customer",
        "issued",
        "due",
        "total",
        "paid",
        "credited",
        "balance",
        "status",
        "days late",
    ])
    .right(&[4, 5, 6, 7, 9]);
    for r in records {
        let v = r.view(as_of);
        let mut styles = vec![None; 10];
        if !r.is_credit_note {
            styles[8] = super::colour::invoice_status(v.status);
        }
        listing.push_styled(
            vec![
                r.label(),
                r.customer_code.clone(),
                r.issue_date.map(|d| d.to_string()).unwrap_or_default(),
                r.due_date
                    .filter(|_| !r.is_credit_note)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                amount(r.total),
                amount(v.paid),
                amount(v.credited),
                if r.is_credit_note {
                    String::new()
                } else {
                    amount(v.balance)
                },
                status(r, as_of).into(),
                v.days_late.to_string(),
            ],
            styles,
        );
    }
    let json: Vec<InvoiceJson> = records.iter().map(|r| InvoiceJson::new(r, as_of)).collect();
    print_list(format, &listing, json);
}

/// One invoice or credit note with its lines.
pub fn show(format: Format, sheet: &Sheet, as_of: NaiveDate) {
    show_with(format, sheet, as_of, None);
}

/// An event of an invoice's story in JSON (docs/json.md).
#[derive(Serialize)]
struct EventJson<'a> {
    date: NaiveDate,
    event: &'static str,
    reference: &'a str,
    amount: Option<String>,
    note: Option<&'a str>,
}

/// `invoice show` in JSON: the invoice, then its history.
#[derive(Serialize)]
struct StoryJson<'a> {
    #[serde(flatten)]
    invoice: InvoiceJson<'a>,
    history: Vec<EventJson<'a>>,
}

/// `invoice show`: the invoice with its lines, then its whole story.
pub fn show_story(format: Format, sheet: &Sheet, story: &[StoryEvent], as_of: NaiveDate) {
    show_with(format, sheet, as_of, Some(story));
}

fn show_with(format: Format, sheet: &Sheet, as_of: NaiveDate, story: Option<&[StoryEvent]>) {
    let record = &sheet.invoice;
    let v = record.view(as_of);
    let what = if record.is_credit_note {
        "credit note"
    } else {
        "invoice"
    };
    let mut fields = vec![
        (what, record.label()),
        ("status", status(record, as_of).to_string()),
        (
            "customer",
            format!("{} ({})", record.customer_code, record.customer_name),
        ),
        (
            "issue_date",
            record
                .issue_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "(draft)".into()),
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
                .unwrap_or_else(|| format!("{} days after issue", record.payment_terms_days)),
        ));
    }
    fields.extend([
        ("total_net", amount(record.total_net)),
        ("total_vat", amount(record.total_vat)),
        ("total", format!("{} {}", amount(record.total), record.currency)),
    ]);
    if !record.is_credit_note {
        fields.extend([
            ("paid", amount(v.paid)),
            ("credited", amount(v.credited)),
            (
                "written_off",
                if v.written_off.is_zero() {
                    String::new()
                } else {
                    amount(v.written_off)
                },
            ),
            ("balance", amount(v.balance)),
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
                    .map(|h| format!("{} (since {})", h.reason, h.since))
                    .unwrap_or_default(),
            ),
            ("offer", record.offer_number.clone().unwrap_or_default()),
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
    let mut history = Listing::new(vec!["date", "event", "reference", "amount", "note"]).right(&[3]);
    for e in story {
        history.push(vec![
            e.date.to_string(),
            e.kind.as_str().replace('_', " "),
            e.reference.clone(),
            e.amount.map(amount).unwrap_or_default(),
            e.note.clone().unwrap_or_default(),
        ]);
    }
    let json = StoryJson {
        invoice: InvoiceJson::sheet(sheet, as_of),
        history: story
            .iter()
            .map(|e| EventJson {
                date: e.date,
                event: e.kind.as_str(),
                reference: &e.reference,
                amount: e.amount.map(amount),
                note: e.note.as_deref(),
            })
            .collect(),
    };
    print_record(format, &json, &fields, &[(title, &l), ("History", &history)]);
}

/// `invoice delete`.
pub fn deleted(format: Format, record: &Invoice) {
    #[derive(Serialize)]
    struct Deleted {
        deleted: i64,
    }
    match format {
        Format::Json => emit_json(&Deleted { deleted: record.id }),
        _ => emit(&format!("deleted draft #{}", record.id)),
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
        (_, Some(h)) => emit(&format!(
            "invoice {} is on hold from {}{}: {} (no reminder until released)",
            record.label(),
            h.since,
            h.until.map(|u| format!(" until {u}")).unwrap_or_default(),
            h.reason
        )),
        (_, None) => emit(&format!(
            "invoice {} is released: reminders resume with the next run",
            record.label()
        )),
    }
}
