//! `creances init` and `creances company show|set`: the identity printed on documents.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::company::Company;
use crate::domain::customer::{validate_siren, validate_terms};
use crate::domain::money::Currency;
use crate::domain::money::parse_percent;
use crate::error::Error;
use crate::ops::Ledger;
use crate::render::fmt::plain as fmt_plain;
use crate::render::{json, print_record};
use crate::store::company;

/// The company's identity fields; every one optional so `company set` changes only what is given.
#[derive(Debug, Args, Default)]
pub struct CompanyFields {
    /// Company name as printed on invoices
    #[arg(long)]
    name: Option<String>,
    /// Postal address (use \n or several --address lines for line breaks)
    #[arg(long)]
    address: Option<String>,
    /// SIREN: nine digits
    #[arg(long)]
    siren: Option<String>,
    /// Intra-EU VAT number, e.g. FR40303265045
    #[arg(long)]
    vat_number: Option<String>,
    /// VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    vat_franchise: Option<bool>,
    /// IBAN printed for payment by transfer
    #[arg(long)]
    iban: Option<String>,
    #[arg(long)]
    bic: Option<String>,
    /// Sender address of mails to customers
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    /// Legal form and capital, e.g. "SAS au capital de 10 000 €"
    #[arg(long)]
    legal_form: Option<String>,
    /// Default payment terms in days after issue (0 to 60)
    #[arg(long, value_name = "DAYS")]
    terms: Option<i64>,
    /// Late-payment rate in percent per year; `legal` for the ECB rate + 10 points
    #[arg(long, value_name = "PERCENT")]
    penalty_rate: Option<String>,
    /// ISO 4217 currency code
    #[arg(long)]
    currency: Option<String>,
}

/// Create a new ledger with the company's identity
#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    fields: CompanyFields,
}

#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Show the company's identity
    Show,
    /// Change the company's identity (only the fields given)
    Set(Box<CompanyFields>),
}

fn empty_to_none(v: String) -> Option<String> {
    let t = v.trim().replace("\\n", "\n");
    (!t.is_empty()).then_some(t)
}

/// Applies the given fields to `c`, validating each.
fn apply(c: &mut Company, f: CompanyFields) -> Result<(), Error> {
    if let Some(name) = f.name {
        if name.trim().is_empty() {
            return Err(Error::Input("--name cannot be empty".into()));
        }
        c.name = name.trim().to_string();
    }
    if let Some(a) = f.address {
        c.address = a.trim().replace("\\n", "\n");
    }
    if let Some(s) = f.siren {
        c.siren = empty_to_none(s).map(|s| validate_siren(&s)).transpose()?;
    }
    if let Some(v) = f.vat_number {
        c.vat_number = empty_to_none(v).map(|v| v.replace(' ', "").to_ascii_uppercase());
    }
    if let Some(b) = f.vat_franchise {
        c.vat_franchise = b;
    }
    if let Some(v) = f.iban {
        c.iban = empty_to_none(v).map(|v| v.replace(' ', "").to_ascii_uppercase());
    }
    if let Some(v) = f.bic {
        c.bic = empty_to_none(v).map(|v| v.to_ascii_uppercase());
    }
    if let Some(v) = f.email {
        c.email = empty_to_none(v);
    }
    if let Some(v) = f.phone {
        c.phone = empty_to_none(v);
    }
    if let Some(v) = f.legal_form {
        c.legal_form = empty_to_none(v);
    }
    if let Some(t) = f.terms {
        c.payment_terms_days = validate_terms(t)?;
    }
    if let Some(r) = f.penalty_rate {
        c.penalty_rate = if r.trim().eq_ignore_ascii_case("legal") || r.trim().is_empty() {
            None
        } else {
            Some(parse_percent("--penalty-rate", &r)?)
        };
    }
    if let Some(cur) = f.currency {
        let upper = cur.trim().to_ascii_uppercase();
        c.currency = Currency::parse(&cur)
            .map_err(|_| Error::Input(format!("currency `{upper}` is not an ISO 4217 code such as EUR")))?;
    }
    Ok(())
}

pub fn init(ctx: &Ctx, args: InitArgs) -> crate::error::Result<()> {
    let name = super::required(args.fields.name.clone(), "--name", "Company name")?;
    let mut c = Company {
        name,
        payment_terms_days: 30,
        currency: Currency::EUR,
        ..Default::default()
    };
    apply(&mut c, args.fields)?;
    let path = ctx.ledger_path();
    let mut ledger = Ledger::create(&path)?;
    let created = ledger.write(|tx| {
        company::insert(tx, &c)?;
        company::get(tx)
    });
    if let Err(e) = created {
        drop(ledger);
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    if ctx.format == crate::render::Format::Table {
        eprintln!("created ledger {}", path.display());
    }
    show_company(ctx, &c);
    Ok(())
}

pub fn run(ctx: &Ctx, cmd: CompanyCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let c = match cmd {
        CompanyCommand::Show => ledger.read(company::get)?,
        CompanyCommand::Set(fields) => ledger.write(|tx| {
            let mut c = company::get(tx)?;
            apply(&mut c, *fields)?;
            company::update(tx, &c)?;
            company::get(tx)
        })?,
    };
    show_company(ctx, &c);
    Ok(())
}

fn show_company(ctx: &Ctx, c: &Company) {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let fields = [
        ("name", c.name.clone()),
        ("address", c.address.replace('\n', ", ")),
        ("siren", opt(&c.siren)),
        ("vat_number", opt(&c.vat_number)),
        (
            "vat_franchise",
            if c.vat_franchise {
                "yes (CGI art. 293 B)".into()
            } else {
                "no".into()
            },
        ),
        ("iban", opt(&c.iban)),
        ("bic", opt(&c.bic)),
        ("email", opt(&c.email)),
        ("phone", opt(&c.phone)),
        ("legal_form", opt(&c.legal_form)),
        ("payment_terms", format!("{} days", c.payment_terms_days)),
        (
            "penalty_rate",
            c.penalty_rate
                .map(|r| format!("{} %", fmt_plain(r)))
                .unwrap_or_else(|| "ECB rate + 10 points".into()),
        ),
        ("currency", c.currency.to_string()),
    ];
    print_record(ctx.format, &json::company(c), &fields, &[]);
}
