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
                return Err(Error::Input(format!(
                    "product {} already exists: change it with `creances product edit {}`",
                    product.sku, product.sku
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
            None => Err(Error::NotFound(format!(
                "no product `{sku}` in the catalogue: see `creances product list`"
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
    store::find(tx, sku)?.ok_or_else(|| {
        Error::NotFound(format!(
            "unknown product `{sku}`: see `creances product list`, or add it with `creances product add --sku {sku} ...`"
        ))
    })
}
