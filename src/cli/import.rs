//! `creances import ...`: customers, invoices and payments from a spreadsheet (CSV),
//! bank statements (CSV, CAMT.053, OFX).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::bank::BankFormat;
use crate::domain::import::ImportKind;
use crate::error::Result;
use crate::render::import as render;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Customers from a CSV file (code, name, kind, email, address, siren, vat_number,
    /// payment_terms_days, language, iban); codes already in the ledger are left as they are
    Customers(CsvArgs),
    /// Invoices from another tool, with their own numbers and dates (number, customer,
    /// issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported
    Invoices(CsvArgs),
    /// Payments received (date, customer, amount; method, reference, invoice, external_id)
    Payments(CsvArgs),
    /// A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX;
    /// each bank line is stored once, then `creances payment match` pays invoices with it
    Bank(BankArgs),
}

#[derive(Debug, Args)]
pub struct CsvArgs {
    /// The CSV file: UTF-8 or ISO-8859-15, `;` or `,`, first line naming the columns (see docs/import.md)
    file: PathBuf,
    /// Import the good rows and write the bad ones to this CSV file with their line and reason
    #[arg(long, value_name = "FILE")]
    skip_bad: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BankArgs {
    /// The statement file
    file: PathBuf,
    /// The statement's format [default: guessed from the content]
    #[arg(long, value_enum, value_name = "FORMAT")]
    bank_format: Option<BankFormat>,
}

pub fn run(ctx: &Ctx, cmd: ImportCommand) -> Result<()> {
    match cmd {
        ImportCommand::Customers(args) => csv_import(ctx, ImportKind::Customers, args),
        ImportCommand::Invoices(args) => csv_import(ctx, ImportKind::Invoices, args),
        ImportCommand::Payments(args) => csv_import(ctx, ImportKind::Payments, args),
        ImportCommand::Bank(args) => bank_import(ctx, args),
    }
}

fn progress_bar(file: &Path) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let size = std::fs::metadata(file).map(|m| m.len()).ok()?;
    let bar = indicatif::ProgressBar::new(size);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {bytes}/{total_bytes} {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("importing");
    Some(bar)
}

fn csv_import(ctx: &Ctx, kind: ImportKind, args: CsvArgs) -> Result<()> {
    let mut ledger = ctx.open()?;
    let bar = progress_bar(&args.file);
    let mut on_progress = |bytes: u64| {
        if let Some(b) = &bar {
            b.set_position(bytes);
        }
    };
    let summary = ledger.import_csv(kind, &args.file, args.skip_bad.as_deref(), &mut on_progress)?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    render::csv_import(ctx.format, &summary, &args.file, args.skip_bad.as_deref());
    Ok(())
}

fn bank_import(ctx: &Ctx, args: BankArgs) -> Result<()> {
    let mut ledger = ctx.open()?;
    let done =
        ledger.import_bank_statement(&args.file, args.bank_format, || Ok(ctx.config()?.bank), ctx.as_of)?;
    render::bank_import(ctx.format, &done, &args.file);
    render::bank_lines_after_today(&done, ctx.as_of);
    Ok(())
}
