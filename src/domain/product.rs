//! The catalogue: products and services sold at a price.

use rust_decimal::Decimal;

use super::DomainError;
use super::document::LineKind;

/// A catalogue item, named in lines as `@SKU`.
#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: i64,
    pub sku: String,
    pub name: String,
    /// Excluding VAT.
    pub unit_price: Decimal,
    pub vat_rate: Decimal,
    pub unit: Option<String>,
    pub kind: LineKind,
}

/// What a product edit changes; None leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProductChange {
    pub name: Option<String>,
    pub unit_price: Option<Decimal>,
    pub vat_rate: Option<Decimal>,
    /// Some("") removes the unit.
    pub unit: Option<String>,
    pub kind: Option<LineKind>,
}

impl Product {
    /// A new item with the fields of `change` on top of the defaults (a service).
    pub fn new(
        sku: &str,
        name: &str,
        unit_price: Decimal,
        vat_rate: Decimal,
    ) -> Result<Product, DomainError> {
        let mut p = Product {
            id: 0,
            sku: parse_sku(sku)?,
            name: String::new(),
            unit_price,
            vat_rate,
            unit: None,
            kind: LineKind::Service,
        };
        p.apply(ProductChange {
            name: Some(name.to_string()),
            ..ProductChange::default()
        })?;
        Ok(p)
    }

    /// Applies a change, checking each field given.
    pub fn apply(&mut self, change: ProductChange) -> Result<(), DomainError> {
        if let Some(name) = change.name {
            self.name = super::identity::parse_name("--name", &name)?;
        }
        if let Some(price) = change.unit_price {
            self.unit_price = price;
        }
        if let Some(rate) = change.vat_rate {
            self.vat_rate = rate;
        }
        if let Some(unit) = change.unit {
            self.unit = Some(unit.trim().to_string()).filter(|u| !u.is_empty());
        }
        if let Some(kind) = change.kind {
            self.kind = kind;
        }
        Ok(())
    }
}

/// A SKU: letters, digits, `-` and `_`, kept in capitals.
pub fn parse_sku(text: &str) -> Result<String, DomainError> {
    let sku = text.trim().to_ascii_uppercase();
    if sku.is_empty()
        || !sku
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(DomainError::Invalid(crate::t!("domain-sku-invalid", text = text)));
    }
    Ok(sku)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skus_are_capitals_of_a_safe_alphabet() {
        assert_eq!(parse_sku(" audit-2 ").unwrap(), "AUDIT-2");
        for bad in ["", "a b", "é", "x/y", "@A"] {
            assert!(parse_sku(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_change_checks_its_fields_and_keeps_the_rest() {
        let mut p = Product::new("AUDIT", "Audit", Decimal::from(1000), Decimal::from(20)).unwrap();
        assert!(
            p.apply(ProductChange {
                name: Some("  ".into()),
                ..Default::default()
            })
            .is_err()
        );
        p.apply(ProductChange {
            unit: Some("jour".into()),
            kind: Some(LineKind::Goods),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            (p.name.as_str(), p.unit.as_deref(), p.kind),
            ("Audit", Some("jour"), LineKind::Goods)
        );
        p.apply(ProductChange {
            unit: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(p.unit, None);
    }
}
