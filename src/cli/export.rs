//! `creances export ...`: files for the accountant and for spreadsheets.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use super::{Ctx, date_arg};
use crate::domain::fec::FecAccounts;
use crate::error::Result;
use crate::ops::export::{EntriesExport, ExportPeriod, FecExport, InvoicesExport};
use crate::render::export as render;
use crate::render::fec::FecEncoding;
use crate::render::layouts::EntriesLayout;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Fichier des écritures comptables: the period's entries, as the tax office and accounting software read them
    Fec(FecArgs),
    /// The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)
    Entries(EntriesArgs),
    /// One line per invoice with its status and balance (CSV for spreadsheets)
    Invoices(InvoicesArgs),
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// A calendar year (fiscal year = calendar year)
    #[arg(long, conflicts_with_all = ["from", "to"])]
    year: Option<i32>,
    /// First day of the period
    #[arg(long, value_parser = date_arg, requires = "to")]
    from: Option<NaiveDate>,
    /// Last day of the period (closing date)
    #[arg(long, value_parser = date_arg, requires = "from")]
    to: Option<NaiveDate>,
}

impl PeriodArgs {
    fn period(&self) -> ExportPeriod {
        ExportPeriod {
            year: self.year,
            from: self.from,
            to: self.to,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Separator {
    Tab,
    Pipe,
}

#[derive(Debug, Args)]
pub struct FecArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// Where to write [default: SIRENFECYYYYMMDD.txt in the current folder]
    #[arg(long)]
    out: Option<PathBuf>,
    /// Field separator: tab or pipe (|), the two the tax office accepts
    #[arg(long, value_enum, default_value = "tab")]
    separator: Separator,
    /// Character set: latin9 (ISO-8859-15, as the text asks) or utf8
    #[arg(long, value_enum, default_value = "latin9")]
    encoding: FecEncoding,
}

/// The period of `export entries`: `--to` is a date, as everywhere.
#[derive(Debug, Args)]
pub struct EntriesPeriod {
    /// A calendar year
    #[arg(long, conflicts_with_all = ["from", "to"])]
    year: Option<i32>,
    /// First day of the period
    #[arg(long, value_parser = date_arg, requires = "to")]
    from: Option<NaiveDate>,
    /// Last day of the period
    #[arg(long, value_parser = date_arg, requires = "from")]
    to: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct EntriesArgs {
    /// Layout of the file (docs/exports.md)
    #[arg(long, value_enum, default_value = "fec-csv")]
    layout: EntriesLayout,
    #[command(flatten)]
    period: EntriesPeriod,
    /// Where to write [default: ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InvoicesArgs {
    /// Issued on or after
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// Issued on or before
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
    /// Where to write [default: factures.csv]
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, cmd: ExportCommand, accounts: &FecAccounts) -> Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        ExportCommand::Fec(args) => {
            let written = ledger.export_fec(&FecExport {
                period: args.period.period(),
                out: args.out,
                separator: match args.separator {
                    Separator::Tab => '\t',
                    Separator::Pipe => '|',
                },
                encoding: args.encoding,
                accounts,
            })?;
            render::entries_written(
                ctx.format,
                &written.path,
                written.from,
                written.to,
                &written.summary,
            );
        }
        ExportCommand::Entries(args) => {
            let written = ledger.export_entries(&EntriesExport {
                layout: args.layout,
                period: ExportPeriod {
                    year: args.period.year,
                    from: args.period.from,
                    to: args.period.to,
                },
                out: args.out,
                accounts,
            })?;
            render::entries_written(
                ctx.format,
                &written.path,
                written.from,
                written.to,
                &written.summary,
            );
        }
        ExportCommand::Invoices(args) => {
            let written = ledger.export_invoices(&InvoicesExport {
                from: args.from,
                to: args.to,
                out: args.out,
                as_of: ctx.as_of,
            })?;
            render::invoices_written(ctx.format, &written.path, written.count, ctx.as_of);
        }
    }
    Ok(())
}
