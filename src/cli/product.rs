//! `creances product ...`: the catalogue used by `--line "@SKU;QTY"`.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::document::LineKind;
use crate::domain::money::{parse_amount, parse_vat_rate};
use crate::domain::product::Product;
use crate::error::Error;
use crate::render::fmt::{amount as fmt_amount, plain as fmt_plain};
use crate::render::{Listing, json, print_list, print_record};
use crate::store::product as store;

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
    sku: String,
    #[command(flatten)]
    fields: Fields,
}

fn apply(p: &mut Product, f: Fields) -> Result<(), Error> {
    if let Some(n) = f.name {
        if n.trim().is_empty() {
            return Err(Error::Input("--name cannot be empty".into()));
        }
        p.name = n.trim().into();
    }
    if let Some(price) = f.price {
        p.unit_price = parse_amount("--price", &price)?;
    }
    if let Some(v) = f.vat {
        p.vat_rate = parse_vat_rate(&v)?;
    }
    if let Some(u) = f.unit {
        p.unit = Some(u.trim().to_string()).filter(|u| !u.is_empty());
    }
    if let Some(k) = f.kind {
        p.kind = LineKind::parse(&k)?;
    }
    Ok(())
}

pub fn run(ctx: &Ctx, cmd: ProductCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let product = match cmd {
        ProductCommand::List => {
            let all = ledger.read(store::all)?;
            let mut l =
                Listing::new(vec!["sku", "name", "unit price", "vat %", "unit", "kind"]).right(&[2, 3]);
            for p in &all {
                l.push(vec![
                    p.sku.clone(),
                    p.name.clone(),
                    fmt_amount(p.unit_price),
                    fmt_plain(p.vat_rate),
                    p.unit.clone().unwrap_or_default(),
                    p.kind.as_str().into(),
                ]);
            }
            print_list(ctx.format, &l, all.iter().map(json::product).collect());
            return Ok(());
        }
        ProductCommand::Add(args) => {
            let sku = args.sku.trim().to_ascii_uppercase();
            if sku.is_empty()
                || !sku
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(Error::Input(format!(
                    "SKU `{}` is not valid: use letters, digits, - or _",
                    args.sku
                )));
            }
            let f = args.fields;
            let name = super::required(f.name.clone(), "--name", "Product name")?;
            let price = super::required(f.price.clone(), "--price", "Unit price excl. VAT")?;
            let vat = super::required(f.vat.clone(), "--vat", "VAT rate")?;
            let mut p = Product {
                id: 0,
                sku,
                name,
                unit_price: parse_amount("--price", &price)?,
                vat_rate: parse_vat_rate(&vat)?,
                unit: None,
                kind: LineKind::Service,
            };
            apply(
                &mut p,
                Fields {
                    name: None,
                    price: None,
                    vat: None,
                    ..f
                },
            )?;
            ledger.write(|tx| {
                let id = store::insert(tx, &p)?;
                Ok(Product { id, ..p })
            })?
        }
        ProductCommand::Edit(args) => ledger.write(|tx| {
            let mut p = store::by_sku(tx, &args.sku)?;
            apply(&mut p, args.fields)?;
            store::update(tx, &p)?;
            Ok(p)
        })?,
    };
    let fields = [
        ("sku", product.sku.clone()),
        ("name", product.name.clone()),
        ("unit_price", fmt_amount(product.unit_price)),
        ("vat_rate", fmt_plain(product.vat_rate)),
        ("unit", product.unit.clone().unwrap_or_default()),
        ("kind", product.kind.as_str().into()),
    ];
    print_record(ctx.format, &json::product(&product), &fields, &[]);
    Ok(())
}
