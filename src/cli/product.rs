//! `creances product ...`: the catalogue used by `--line "@SKU;QTY"`.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::document::LineKind;
use crate::domain::money::{parse_amount, parse_vat_rate};
use crate::domain::product::{Product, ProductChange};
use crate::error::Result;
use crate::render::product as render;

#[derive(Debug, Subcommand)]
pub enum ProductCommand {
    /// Add a catalogue item
    Add(AddArgs),
    /// The catalogue
    List,
    /// Change an item (only the fields given); documents already made keep their lines
    Edit(EditArgs),
}

#[derive(Debug, Args)]
pub struct Fields {
    /// Designation printed on documents
    #[arg(long)]
    name: Option<String>,
    /// Unit price excluding VAT
    #[arg(long)]
    price: Option<String>,
    /// VAT rate in percent (20, 10, 5.5, 2.1, 0)
    #[arg(long)]
    vat: Option<String>,
    /// Unit, e.g. jour, heure, pièce
    #[arg(long)]
    unit: Option<String>,
    /// service or goods (sales account 706 or 707)
    #[arg(long)]
    kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short reference used as `@SKU` in lines
    #[arg(long)]
    sku: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// SKU of the item to change
    sku: String,
    #[command(flatten)]
    fields: Fields,
}

impl Fields {
    fn change(self) -> Result<ProductChange> {
        Ok(ProductChange {
            name: self.name,
            unit_price: self.price.map(|p| parse_amount("--price", &p)).transpose()?,
            vat_rate: self
                .vat
                .map(|v| parse_vat_rate(&v).inspect(|r| super::warn_vat_rate(*r)))
                .transpose()?,
            unit: self.unit,
            kind: self.kind.map(|k| LineKind::parse(&k)).transpose()?,
        })
    }
}

pub fn run(ctx: &Ctx, cmd: ProductCommand) -> Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        ProductCommand::List => render::list(ctx.format, &ledger.products()?),
        ProductCommand::Add(args) => {
            let f = args.fields;
            let name = super::required(f.name.clone(), "--name", &crate::t!("cli-prompt-product-name"))?;
            let price = super::required(f.price.clone(), "--price", &crate::t!("cli-prompt-unit-price"))?;
            let vat = super::required(f.vat.clone(), "--vat", &crate::t!("cli-prompt-vat-rate"))?;
            let mut product = Product::new(
                &args.sku,
                &name,
                parse_amount("--price", &price)?,
                parse_vat_rate(&vat).inspect(|r| super::warn_vat_rate(*r))?,
            )?;
            product.apply(
                Fields {
                    name: None,
                    price: None,
                    vat: None,
                    ..f
                }
                .change()?,
            )?;
            render::show(ctx.format, &ledger.add_product(product)?);
        }
        ProductCommand::Edit(args) => {
            let change = args.fields.change()?;
            render::show(ctx.format, &ledger.edit_product(&args.sku, change)?);
        }
    }
    Ok(())
}
