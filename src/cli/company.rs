//! `creances init` and `creances company show|set`: the identity printed on documents.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::company::{Company, CompanyChange};
use crate::error::Result;
use crate::ops::Ledger;
use crate::render::company as render;

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
    /// BIC (SWIFT code) of the bank holding the IBAN, printed beside it
    #[arg(long)]
    bic: Option<String>,
    /// Sender address of mails to customers
    #[arg(long)]
    email: Option<String>,
    /// Phone number printed on documents and mails
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
    /// SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456
    #[arg(long, value_name = "ICS")]
    sepa_creditor_id: Option<String>,
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

impl From<CompanyFields> for CompanyChange {
    fn from(f: CompanyFields) -> Self {
        CompanyChange {
            name: f.name,
            address: f.address,
            siren: f.siren,
            vat_number: f.vat_number,
            vat_franchise: f.vat_franchise,
            iban: f.iban,
            bic: f.bic,
            email: f.email,
            phone: f.phone,
            legal_form: f.legal_form,
            terms: f.terms,
            penalty_rate: f.penalty_rate,
            currency: f.currency,
            sepa_creditor_id: f.sepa_creditor_id,
        }
    }
}

pub fn init(ctx: &Ctx, args: InitArgs) -> Result<()> {
    let mut fields = args.fields;
    fields.name = Some(super::required(
        fields.name.take(),
        "--name",
        &crate::t!("cli-prompt-company-name"),
    )?);
    let company = Company::new(fields.into())?;
    let path = ctx.ledger_path();
    let (_, company) = Ledger::init(&path, &company)?;
    if ctx.format == crate::render::Format::Table {
        eprintln!(
            "{}",
            crate::t!("cli-ledger-created", path = path.display().to_string())
        );
    }
    render::show(ctx.format, &company, None);
    Ok(())
}

pub fn run(ctx: &Ctx, cmd: CompanyCommand) -> Result<()> {
    let mut ledger = ctx.open()?;
    let c = match cmd {
        CompanyCommand::Show => ledger.company()?,
        CompanyCommand::Set(fields) => ledger.set_company((*fields).into())?,
    };
    let closed_until = ledger.closed_until()?;
    render::show(ctx.format, &c, closed_until);
    Ok(())
}
