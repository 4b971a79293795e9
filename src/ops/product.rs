//! The catalogue.

use super::Ledger;
use crate::domain::product::{Product, ProductChange};
use crate::error::{Error, Result};
use crate::store::product as store;

impl Ledger {
    /// Adds a catalogue item; its SKU must be new.
    pub fn add_product(&mut self, product: Product) -> Result<Product> {
        self.write(|tx| {
            if store::find(tx, &product.sku)?.is_some() {
                return Err(Error::Input(crate::t!(
                    "ops-product-exists",
                    sku = product.sku.as_str()
                )));
            }
            let id = store::insert(tx, &product)?;
            Ok(Product { id, ..product })
        })
    }

    /// Refuses an SKU the catalogue does not have (a prompt's answer, checked as typed).
    pub fn check_product(&mut self, sku: &str) -> Result<()> {
        self.read(|tx| match store::find(tx, sku)? {
            Some(_) => Ok(()),
            None => Err(Error::NotFound(crate::t!(
                "ops-product-not-in-catalogue",
                sku = sku
            ))),
        })
    }

    /// Changes the fields given; documents already made keep their lines.
    pub fn edit_product(&mut self, sku: &str, change: ProductChange) -> Result<Product> {
        self.write(|tx| {
            let mut product = product(tx, sku)?;
            product.apply(change)?;
            store::update(tx, &product)?;
            Ok(product)
        })
    }

    /// The catalogue, by SKU.
    pub fn products(&mut self) -> Result<Vec<Product>> {
        self.read(store::all)
    }
}

/// A catalogue item by SKU (any case), or an error saying how to find or add it.
pub(crate) fn product(tx: &rusqlite::Transaction, sku: &str) -> Result<Product> {
    store::find(tx, sku)?.ok_or_else(|| Error::NotFound(crate::t!("ops-product-unknown", sku = sku)))
}
