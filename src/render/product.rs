//! The catalogue as tables, CSV and JSON.

use serde::Serialize;

use super::dunning::words::{borrowed, machine_words};
use super::fmt::{amount, plain};
use super::words::{money_cell, number_cell};
use super::{Format, Listing, print_list, print_record};
use crate::domain::document::LineKind;
use crate::domain::product::Product;

/// Goods or service as a person reads it; CSV keeps the code (the caller holds
/// `machine_words`).
fn kind_word(kind: LineKind) -> String {
    match kind {
        LineKind::Goods => t!("views-product-goods"),
        LineKind::Service => t!("views-product-service"),
    }
}

/// A product in JSON (docs/json.md).
#[derive(Serialize)]
struct ProductJson<'a> {
    id: i64,
    sku: &'a str,
    name: &'a str,
    unit_price: String,
    vat_rate: String,
    unit: Option<&'a str>,
    kind: &'static str,
}

impl<'a> From<&'a Product> for ProductJson<'a> {
    fn from(p: &'a Product) -> Self {
        ProductJson {
            id: p.id,
            sku: &p.sku,
            name: &p.name,
            unit_price: amount(p.unit_price),
            vat_rate: plain(p.vat_rate),
            unit: p.unit.as_deref(),
            kind: p.kind.as_str(),
        }
    }
}

/// `product list`.
pub fn list(format: Format, products: &[Product]) {
    let _english = machine_words(format);
    let unit = t!("views-product-unit");
    let mut l =
        Listing::new(vec!["sku", "name", "unit price", "vat %", unit.as_str(), "kind"]).right(&[2, 3]);
    for p in products {
        l.push(vec![
            p.sku.clone(),
            p.name.clone(),
            money_cell(format, p.unit_price),
            number_cell(format, &plain(p.vat_rate)),
            p.unit.clone().unwrap_or_default(),
            kind_word(p.kind),
        ]);
    }
    let json: Vec<ProductJson> = products.iter().map(ProductJson::from).collect();
    print_list(format, &l, json);
}

/// `product add` and `product edit`: the product as it is now.
pub fn show(format: Format, p: &Product) {
    let _english = machine_words(format);
    let fields = [
        ("sku".to_string(), p.sku.clone()),
        ("name".to_string(), p.name.clone()),
        (t!("views-product-unit_price"), money_cell(format, p.unit_price)),
        (
            t!("views-product-vat_rate"),
            number_cell(format, &plain(p.vat_rate)),
        ),
        (t!("views-product-unit"), p.unit.clone().unwrap_or_default()),
        ("kind".to_string(), kind_word(p.kind)),
    ];
    print_record(format, &ProductJson::from(p), &borrowed(&fields), &[]);
}
