//! The catalogue as tables, CSV and JSON.

use serde::Serialize;

use super::fmt::{amount, plain};
use super::{Format, Listing, print_list, print_record};
use crate::domain::product::Product;

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
    let mut l = Listing::new(vec!["sku", "name", "unit price", "vat %", "unit", "kind"]).right(&[2, 3]);
    for p in products {
        l.push(vec![
            p.sku.clone(),
            p.name.clone(),
            amount(p.unit_price),
            plain(p.vat_rate),
            p.unit.clone().unwrap_or_default(),
            p.kind.as_str().into(),
        ]);
    }
    let json: Vec<ProductJson> = products.iter().map(ProductJson::from).collect();
    print_list(format, &l, json);
}

/// `product add` and `product edit`: the product as it is now.
pub fn show(format: Format, p: &Product) {
    let fields = [
        ("sku", p.sku.clone()),
        ("name", p.name.clone()),
        ("unit_price", amount(p.unit_price)),
        ("vat_rate", plain(p.vat_rate)),
        ("unit", p.unit.clone().unwrap_or_default()),
        ("kind", p.kind.as_str().into()),
    ];
    print_record(format, &ProductJson::from(p), &fields, &[]);
}
