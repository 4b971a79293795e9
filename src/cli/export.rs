//! `creances export ...`: files for the accountant and for spreadsheets.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::{Ctx, date_arg};
use crate::domain::fec::FecAccounts;
use crate::error::Error;
use crate::files::Target;
use crate::ops::export as ops;
use crate::render::fec::{FEC_COLUMNS, FecEncoding, FecWriter, entry_rows};
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Format, emit, emit_json, neutralise_formula};
use crate::store::company;
use crate::store::invoice::{self as invoices, Filter};

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
    fn resolve(&self) -> Result<(NaiveDate, NaiveDate), Error> {
        let period = match (self.year, self.from, self.to) {
            (Some(y), _, _) => NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)),
            (None, Some(f), Some(t)) => Some((f, t)),
            _ => None,
        };
        match period {
            Some((f, t)) if f <= t => Ok((f, t)),
            Some((f, t)) => Err(Error::Input(format!("--from {f} is after --to {t}: swap them"))),
            None => Err(Error::Input(
                "give the period: --year 2026, or --from 2026-01-01 --to 2026-12-31".into(),
            )),
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
    #[arg(long, value_enum, default_value = "tab")]
    separator: Separator,
    #[arg(long, value_enum, default_value = "latin9")]
    encoding: FecEncoding,
}

/// The period of `export entries`, whose `--to` names the file format.
#[derive(Debug, Args)]
pub struct EntriesPeriod {
    /// A calendar year
    #[arg(long, conflicts_with_all = ["from", "until"])]
    year: Option<i32>,
    /// First day of the period
    #[arg(long, value_parser = date_arg, requires = "until")]
    from: Option<NaiveDate>,
    /// Last day of the period
    #[arg(long, value_parser = date_arg, requires = "from")]
    until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum EntriesFormat {
    Csv,
}

#[derive(Debug, Args)]
pub struct EntriesArgs {
    /// File format of the entries
    #[arg(long = "to", value_enum, default_value = "csv")]
    file_format: EntriesFormat,
    #[command(flatten)]
    period: EntriesPeriod,
    /// Where to write [default: ecritures-FROM-TO.csv]
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

fn report(ctx: &Ctx, path: &Path, from: NaiveDate, to: NaiveDate, s: &ops::ExportSummary) {
    match ctx.format {
        Format::Json => emit_json(&json!({
            "file": path.display().to_string(),
            "from": from.to_string(), "to": to.to_string(),
            "entries": s.entries, "lines": s.lines,
            "sales_entries": s.sales, "bank_entries": s.bank, "misc_entries": s.misc,
            "debit": fmt_amount(s.debit),
            "credit": fmt_amount(s.credit),
        })),
        _ => emit(&format!(
            "wrote {} ({} to {}): {} entries ({} sales, {} bank, {} write-offs), {} lines, debit = credit = {}",
            path.display(),
            from,
            to,
            s.entries,
            s.sales,
            s.bank,
            s.misc,
            s.lines,
            fmt_amount(s.debit)
        )),
    }
}

pub fn run(ctx: &Ctx, cmd: ExportCommand, accounts: &FecAccounts) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let files = ledger.files().clone();
    match cmd {
        ExportCommand::Fec(args) => {
            let (from, to) = args.period.resolve()?;
            let company = ledger.read(company::get)?;
            let siren = company.siren.clone().ok_or_else(|| {
                Error::Input(
                    "the FEC file is named after the company's SIREN: set it with `creances company set --siren 123456789`".into(),
                )
            })?;
            let path = args
                .out
                .unwrap_or_else(|| PathBuf::from(format!("{siren}FEC{}.txt", to.format("%Y%m%d"))));
            let separator = match args.separator {
                Separator::Tab => '\t',
                Separator::Pipe => '|',
            };
            let mut summary = ops::ExportSummary::default();
            files.write_with(
                Target::Chosen {
                    path: &path,
                    flag: "--out",
                },
                |out| {
                    let mut w = FecWriter::new(out, separator, args.encoding)?;
                    summary = ledger
                        .read(|tx| ops::entries(tx, from, to, accounts, |e| w.write_entry(e, accounts)))?;
                    w.finish()?;
                    Ok(())
                },
            )?;
            report(ctx, &path, from, to, &summary);
        }
        ExportCommand::Entries(args) => {
            let EntriesFormat::Csv = args.file_format;
            let (from, to) = PeriodArgs {
                year: args.period.year,
                from: args.period.from,
                to: args.period.until,
            }
            .resolve()?;
            let path = args
                .out
                .unwrap_or_else(|| PathBuf::from(format!("ecritures-{from}-{to}.csv")));
            let mut summary = ops::ExportSummary::default();
            files.write_with(
                Target::Chosen {
                    path: &path,
                    flag: "--out",
                },
                |out| {
                    out.write_all("\u{feff}".as_bytes())?;
                    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(out);
                    w.write_record(FEC_COLUMNS)?;
                    summary = ledger.read(|tx| {
                        ops::entries(tx, from, to, accounts, |e| {
                            for row in entry_rows(e, accounts) {
                                w.write_record(row.iter().map(|c| neutralise_formula(c)))?;
                            }
                            Ok(())
                        })
                    })?;
                    w.flush()?;
                    Ok(())
                },
            )?;
            report(ctx, &path, from, to, &summary);
        }
        ExportCommand::Invoices(args) => {
            let path = args.out.unwrap_or_else(|| PathBuf::from("factures.csv"));
            let records = ledger.read(|tx| {
                invoices::list(
                    tx,
                    &Filter {
                        include_invoices: true,
                        include_credit_notes: true,
                        from: args.from,
                        to: args.to,
                        ..Default::default()
                    },
                )
            })?;
            let comma = |d: crate::domain::money::Money| fmt_amount(d).replace('.', ",");
            let mut count = 0;
            files.write_with(
                Target::Chosen {
                    path: &path,
                    flag: "--out",
                },
                |out| {
                    out.write_all("\u{feff}".as_bytes())?;
                    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(out);
                    w.write_record([
                        "numero",
                        "type",
                        "client",
                        "nom",
                        "date",
                        "echeance",
                        "total_ht",
                        "tva",
                        "total_ttc",
                        "paye",
                        "avoirs",
                        "solde",
                        "statut",
                        "jours_de_retard",
                    ])?;
                    for r in records.iter().filter(|r| r.number.is_some()) {
                        let v = r.view(ctx.as_of);
                        let (status, balance) = if r.is_credit_note {
                            (
                                "issued".to_string(),
                                crate::domain::money::Money::zero(r.currency),
                            )
                        } else {
                            (v.status.as_str().to_string(), v.balance)
                        };
                        let row = [
                            r.label(),
                            if r.is_credit_note {
                                "avoir".into()
                            } else {
                                "facture".into()
                            },
                            r.customer_code.clone(),
                            r.customer_name.clone(),
                            r.issue_date.map(|d| d.to_string()).unwrap_or_default(),
                            r.due_date.map(|d| d.to_string()).unwrap_or_default(),
                            comma(r.total_net),
                            comma(r.total_vat),
                            comma(r.total),
                            comma(v.paid),
                            comma(v.credited),
                            comma(balance),
                            status,
                            v.days_late.to_string(),
                        ];
                        w.write_record(row.iter().map(|c| neutralise_formula(c)))?;
                        count += 1;
                    }
                    w.flush()?;
                    Ok(())
                },
            )?;
            match ctx.format {
                Format::Json => emit_json(&json!({"file": path.display().to_string(), "invoices": count})),
                _ => emit(&format!(
                    "wrote {} ({count} invoices and credit notes, as of {})",
                    path.display(),
                    ctx.as_of
                )),
            }
        }
    }
    Ok(())
}
