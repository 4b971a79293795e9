//! Delivery notes as tables, CSV and JSON.

use serde::Serialize;

use super::dunning::words::{borrowed, cols, fields, machine_words, money_cell};
use super::fmt::{amount, plain};
use super::{Format, Listing, print_list, print_record};
use crate::domain::delivery::{DeliveryNote, DeliverySheet};
use crate::domain::document::Line;

/// A delivery note in JSON, keys in the order of docs/json.md.
#[derive(Serialize)]
struct DeliveryJson<'a> {
    id: i64,
    number: &'a str,
    customer: &'a str,
    customer_name: &'a str,
    date: String,
    invoiced: bool,
    invoice: Option<&'a str>,
    notes: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<Vec<DeliveredJson<'a>>>,
}

/// A line delivered: what, how many, and the price it will be invoiced at (the PDF, for
/// the customer, shows no price).
#[derive(Serialize)]
struct DeliveredJson<'a> {
    sku: Option<&'a str>,
    designation: &'a str,
    quantity: String,
    unit: Option<&'a str>,
    unit_price: String,
    vat_rate: String,
    kind: &'static str,
}

impl<'a> DeliveryJson<'a> {
    fn new(n: &'a DeliveryNote) -> Self {
        DeliveryJson {
            id: n.id,
            number: &n.number,
            customer: &n.customer_code,
            customer_name: &n.customer_name,
            date: n.date.to_string(),
            invoiced: n.invoice.is_some(),
            invoice: n.invoice.as_deref(),
            notes: n.notes.as_deref(),
            lines: None,
        }
    }
}

fn delivered_json(lines: &[Line]) -> Vec<DeliveredJson<'_>> {
    lines
        .iter()
        .map(|l| DeliveredJson {
            sku: l.sku.as_deref(),
            designation: &l.designation,
            quantity: plain(l.quantity),
            unit: l.unit.as_deref(),
            unit_price: amount(l.unit_price),
            vat_rate: plain(l.vat_rate),
            kind: l.kind.as_str(),
        })
        .collect()
}

/// `delivery list`.
pub fn list(format: Format, notes: &[DeliveryNote]) {
    let _english = machine_words(format);
    let mut listing = Listing::new(cols(&["number", "customer", "date", "invoice"]));
    for n in notes {
        listing.push(vec![
            n.number.clone(),
            n.customer_code.clone(),
            n.date.to_string(),
            n.invoice.clone().unwrap_or_default(),
        ]);
    }
    let json: Vec<DeliveryJson> = notes.iter().map(DeliveryJson::new).collect();
    print_list(format, &listing, json);
}

/// One delivery note with its lines.
pub fn show(format: Format, sheet: &DeliverySheet) {
    let _english = machine_words(format);
    let n = &sheet.note;
    let fields = fields([
        ("delivery note", n.number.clone()),
        ("customer", format!("{} ({})", n.customer_code, n.customer_name)),
        ("date", n.date.to_string()),
        (
            "invoice",
            n.invoice
                .clone()
                .unwrap_or_else(|| t!("flow-delivery-not-invoiced")),
        ),
        ("notes", n.notes.clone().unwrap_or_default()),
    ]);
    let mut lines = Listing::new(cols(&LINE_HEADERS)).right(&[1, 3, 4]);
    for l in &sheet.lines {
        lines.push(vec![
            l.designation.clone(),
            super::words::number_cell(format, &plain(l.quantity)),
            l.unit.clone().unwrap_or_default(),
            money_cell(format, l.unit_price),
            super::words::number_cell(format, &plain(l.vat_rate)),
        ]);
    }
    let json = DeliveryJson {
        lines: Some(delivered_json(&sheet.lines)),
        ..DeliveryJson::new(n)
    };
    let title = t!("flow-delivery-lines");
    print_record(format, &json, &borrowed(&fields), &[(title.as_str(), &lines)]);
}

/// The columns of a delivery note's lines (in English: the CSV's).
const LINE_HEADERS: [&str; 5] = ["designation", "qty", "unit", "unit price", "vat %"];

#[cfg(test)]
mod tests {
    #[test]
    fn every_column_and_label_of_a_delivery_note_reads_in_both_languages() {
        use crate::render::dunning::words::tests::every_column;
        every_column(&super::LINE_HEADERS);
        every_column(&["number", "customer", "date", "invoice", "delivery note", "notes"]);
    }
}
