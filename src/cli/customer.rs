//! `creances customer ...`: who you invoice.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::customer::{CustomerChange, StandingStatus};
use crate::error::Result;
use crate::render::customer as render;

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer
    Add(AddArgs),
    /// Change a customer's details (only the fields given)
    Edit(EditArgs),
    /// Every customer with open balance, amount overdue and status (ok, late, blocked)
    List(ListArgs),
    /// One customer and its history with a running balance
    Show(CodeArg),
    /// Refuse new quotes and invoices for this customer (unless --force)
    Block(BlockArgs),
    /// Accept new quotes and invoices again
    Unblock(CodeArg),
    /// Statement of account (relevé): invoices, credit notes, payments and a running balance
    Statement(StatementArgs),
    /// SEPA direct-debit mandates
    #[command(subcommand)]
    Mandate(super::collect::MandateCommand),
}

#[derive(Debug, Args, Default, Clone)]
pub struct Fields {
    /// Company or person name
    #[arg(long)]
    name: Option<String>,
    /// business or individual
    #[arg(long)]
    kind: Option<String>,
    /// Where invoices and reminders are mailed
    #[arg(long)]
    email: Option<String>,
    /// Postal address (\n for line breaks)
    #[arg(long)]
    address: Option<String>,
    /// SIREN (business customers)
    #[arg(long)]
    siren: Option<String>,
    /// Intra-EU VAT number
    #[arg(long)]
    vat_number: Option<String>,
    /// Payment terms in days (0 to 60); `default` for the company's
    #[arg(long, value_name = "DAYS")]
    terms: Option<String>,
    /// Dunning profile: standard, vip, new or late_payer
    #[arg(long)]
    profile: Option<String>,
    /// Language of documents and mails: fr or en
    #[arg(long)]
    language: Option<String>,
    /// The most the customer may owe before a new quote or invoice needs --force; `none` for no limit
    #[arg(long, value_name = "AMOUNT")]
    credit_limit: Option<String>,
    /// How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)
    #[arg(long, value_name = "METHOD")]
    collect: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short code used in every command (made from the name when absent)
    #[arg(long)]
    code: Option<String>,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The customer's code
    code: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only customers with this status: ok, late or blocked
    #[arg(long)]
    status: Option<String>,
    /// Order: by code, or by payment score (worst first, new customers last)
    #[arg(long, value_enum, default_value = "code")]
    sort: SortArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SortArg {
    Code,
    Score,
}

#[derive(Debug, Args)]
pub struct CodeArg {
    /// The customer's code
    code: String,
}

#[derive(Debug, Args)]
pub struct StatementArgs {
    /// The customer's code
    code: String,
    /// First day shown; what came before is the opening balance
    #[arg(long, value_parser = super::date_arg)]
    from: Option<chrono::NaiveDate>,
    /// Write the statement as a PDF to send the customer (into the documents folder
    /// beside the ledger, or to --out)
    #[arg(long)]
    pdf: bool,
    /// The file to write: a PDF with --pdf, else an Excel workbook (FILE.xlsx)
    #[arg(long, value_name = "FILE")]
    out: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct BlockArgs {
    /// The customer's code
    code: String,
    /// Why (shown when a new invoice is refused)
    #[arg(long)]
    reason: Option<String>,
}

impl From<Fields> for CustomerChange {
    fn from(f: Fields) -> Self {
        CustomerChange {
            name: f.name,
            kind: f.kind,
            email: f.email,
            address: f.address,
            siren: f.siren,
            vat_number: f.vat_number,
            terms: f.terms,
            profile: f.profile,
            language: f.language,
            credit_limit: f.credit_limit,
            collect: f.collect,
        }
    }
}

pub fn run(ctx: &Ctx, cmd: CustomerCommand) -> Result<()> {
    match cmd {
        CustomerCommand::Add(args) => {
            let mut fields = args.fields;
            fields.name = Some(super::required(
                fields.name.take(),
                "--name",
                &crate::t!("cli-prompt-customer-name"),
            )?);
            let c = ctx.open()?.add_customer(args.code.as_deref(), fields.into())?;
            render::added(ctx.format, &c);
            Ok(())
        }
        CustomerCommand::Edit(args) => {
            ctx.open()?.edit_customer(&args.code, args.fields.into())?;
            show(ctx, &args.code)
        }
        CustomerCommand::List(args) => {
            let status = args.status.as_deref().map(StandingStatus::parse).transpose()?;
            let policy = ctx.config()?.score;
            let mut standings = ctx.open()?.customer_standings(status, ctx.as_of, &policy)?;
            if let SortArg::Score = args.sort {
                standings.sort_worst_payers_first();
            }
            render::list(ctx.format, &standings);
            Ok(())
        }
        CustomerCommand::Show(args) => show(ctx, &args.code),
        CustomerCommand::Block(args) => {
            ctx.open()?
                .set_customer_blocked(&args.code, true, args.reason, ctx.as_of)?;
            show(ctx, &args.code)
        }
        CustomerCommand::Unblock(args) => {
            ctx.open()?
                .set_customer_blocked(&args.code, false, None, ctx.as_of)?;
            show(ctx, &args.code)
        }
        CustomerCommand::Mandate(cmd) => super::collect::mandate(ctx, cmd),
        CustomerCommand::Statement(args) => statement(ctx, args),
    }
}

fn show(ctx: &Ctx, code: &str) -> Result<()> {
    let policy = ctx.config()?.score;
    let sheet = ctx.open()?.customer_sheet(code, ctx.as_of, &policy)?;
    render::show(
        ctx.format,
        &sheet.customer,
        sheet.standing.as_ref(),
        &sheet.open_invoices,
        &sheet.history,
        ctx.as_of,
    );
    Ok(())
}

fn statement(ctx: &Ctx, args: StatementArgs) -> Result<()> {
    let mut ledger = ctx.open()?;
    if args.pdf {
        if let Some(out) = args
            .out
            .as_deref()
            .filter(|o| o.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")))
        {
            return Err(crate::error::Error::Input(crate::t!(
                "cli-statement-out-xlsx",
                path = out.display().to_string()
            )));
        }
        let settings = crate::ops::documents::Settings::from_config(&ctx.config()?)?;
        let (s, path) = crate::ops::documents::statement_pdf(
            &mut ledger,
            &args.code,
            args.from,
            ctx.as_of,
            args.out.as_deref(),
            &settings,
        )?;
        render::statement_written(
            ctx.format,
            &path,
            &s.customer,
            s.to,
            s.lines.len(),
            s.closing_balance,
        );
        return Ok(());
    }
    let s = ledger.customer_statement(&args.code, args.from, ctx.as_of)?;
    match args.out {
        Some(out) => {
            super::xlsx_out(&out)?;
            let bytes =
                crate::render::xlsx::statement(&s.customer, s.from, s.to, &s.lines, s.closing_balance)?;
            let path = ledger.write_out(&out, &bytes)?;
            crate::render::xlsx::written(ctx.format, &path);
        }
        None => render::statement(ctx.format, &s.customer, s.from, s.to, &s.lines, s.closing_balance),
    }
    Ok(())
}
