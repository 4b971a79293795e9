//! Quotes as tables, CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{Kind, borrowed, cols, fields, machine_words, money_cell, word};
use super::invoice::{
    LineJson, RateJson, discount_amount, discount_text, lines_json, lines_table, vat_breakdown_json,
};
use super::{Format, Listing, print_list, print_record};
use crate::domain::offer::{Offer, OfferSheet};

/// A quote in JSON, keys in the order of docs/json.md.
#[derive(Serialize)]
struct OfferJson<'a> {
    id: i64,
    number: &'a str,
    status: &'static str,
    customer: &'a str,
    customer_name: &'a str,
    issue_date: String,
    valid_until: String,
    total_net: String,
    total_vat: String,
    total: String,
    prices_include_vat: bool,
    decided_on: Option<String>,
    invoice: Option<&'a str>,
    notes: Option<&'a str>,
    /// The discount off the whole quote as typed, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    discount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    discount_amount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<Vec<LineJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_breakdown: Option<Vec<RateJson>>,
}

impl<'a> OfferJson<'a> {
    fn new(o: &'a Offer, as_of: NaiveDate) -> Self {
        OfferJson {
            id: o.id,
            number: &o.number,
            status: o.status(as_of).as_str(),
            customer: &o.customer_code,
            customer_name: &o.customer_name,
            issue_date: o.issue_date.to_string(),
            valid_until: o.valid_until.to_string(),
            total_net: o.total_net.to_string(),
            total_vat: o.total_vat.to_string(),
            total: o.total.to_string(),
            prices_include_vat: o.prices_include_vat,
            decided_on: o.decided_on.map(|d| d.to_string()),
            invoice: o.invoice.as_deref(),
            notes: o.notes.as_deref(),
            discount: o.discount.map(|d| d.to_text()),
            discount_amount: None,
            lines: None,
            vat_breakdown: None,
        }
    }
}

/// `offer list`.
pub fn list(format: Format, offers: &[Offer], as_of: NaiveDate) {
    let _english = machine_words(format);
    let mut listing = Listing::new(cols(&LIST_HEADERS)).right(&[4]);
    for o in offers {
        listing.push(vec![
            o.number.clone(),
            o.customer_code.clone(),
            o.issue_date.to_string(),
            o.valid_until.to_string(),
            money_cell(format, o.total),
            word(Kind::Offer, o.status(as_of).as_str()),
            o.invoice.clone().unwrap_or_default(),
        ]);
    }
    let json: Vec<OfferJson> = offers.iter().map(|o| OfferJson::new(o, as_of)).collect();
    print_list(format, &listing, json);
}

/// One quote with its lines.
pub fn show(format: Format, sheet: &OfferSheet, as_of: NaiveDate) {
    let offer = &sheet.offer;
    let _english = machine_words(format);
    let currency = offer.total.currency();
    let mut pairs = vec![
        ("quote", offer.number.clone()),
        ("status", word(Kind::Offer, offer.status(as_of).as_str())),
        (
            "customer",
            format!("{} ({})", offer.customer_code, offer.customer_name),
        ),
        ("date", offer.issue_date.to_string()),
        ("valid_until", offer.valid_until.to_string()),
    ];
    if let Some(d) = offer.discount {
        pairs.push((
            "discount",
            discount_text(d, &sheet.lines, offer.prices_include_vat, currency),
        ));
    }
    pairs.extend([
        ("total_net", money_cell(format, offer.total_net)),
        ("total_vat", money_cell(format, offer.total_vat)),
        ("total", money_cell(format, offer.total)),
        ("invoice", offer.invoice.clone().unwrap_or_default()),
    ]);
    let json = OfferJson {
        lines: Some(lines_json(&sheet.lines, currency)),
        vat_breakdown: Some(vat_breakdown_json(
            &sheet.lines,
            offer.discount,
            offer.prices_include_vat,
            currency,
        )),
        discount_amount: discount_amount(offer.discount, &sheet.lines, offer.prices_include_vat, currency),
        ..OfferJson::new(offer, as_of)
    };
    let l = lines_table(&sheet.lines, currency);
    let title = t!("flow-offer-lines");
    print_record(format, &json, &borrowed(&fields(pairs)), &[(title.as_str(), &l)]);
}

/// The columns of `offer list` (in English: the CSV's).
const LIST_HEADERS: [&str; 7] = [
    "number",
    "customer",
    "date",
    "valid until",
    "total",
    "status",
    "invoice",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::OfferStatus;
    use crate::render::dunning::words::tests::{every_column, every_word};

    #[test]
    fn every_column_label_and_status_of_a_quote_reads_in_both_languages() {
        every_column(&LIST_HEADERS);
        every_column(&["quote", "status", "customer", "date", "valid_until", "discount"]);
        every_column(&["total_net", "total_vat", "total", "invoice"]);
        let all = [
            OfferStatus::Open,
            OfferStatus::Expired,
            OfferStatus::Accepted,
            OfferStatus::Declined,
        ];
        every_word(Kind::Offer, &all.map(OfferStatus::as_str));
    }
}
