//! The catalogue: products and services sold at a price.

use rust_decimal::Decimal;

use super::document::LineKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub unit_price: Decimal,
    pub vat_rate: Decimal,
    pub unit: Option<String>,
    pub kind: LineKind,
}
