//! Accounting exports: the period's entries streamed in chronological order, so a
//! ten-year ledger is exported without holding it in memory. Customers are named as they
//! were named on the invoice (at issue) or the payment (when recorded), never as they are
//! named today, so an exported period never changes.

mod carried;
mod entries;
pub(crate) mod foreign;
mod payments;

use std::path::PathBuf;

use chrono::NaiveDate;

use super::Ledger;
use crate::domain::fec::{ExportSummary, FecAccounts};
use crate::domain::report::ordered_period;
use crate::error::{Error, Result};
use crate::files::Target;
use crate::render::export::InvoicesCsv;
use crate::render::fec::{FecEncoding, FecWriter};
use crate::render::layouts::{EntriesLayout, LayoutWriter};
use crate::store::invoice::{self as invoices, Filter};
use entries::entries;

/// The period of an accounting export: a calendar year, or both ends.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportPeriod {
    pub year: Option<i32>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl ExportPeriod {
    /// The first and last day; an export never guesses its period.
    pub fn resolve(&self) -> Result<(NaiveDate, NaiveDate)> {
        let period = match (self.year, self.from, self.to) {
            (Some(y), _, _) => NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)),
            (None, Some(f), Some(t)) => Some((f, t)),
            _ => None,
        };
        match period {
            Some((f, t)) => Ok(ordered_period(f, t)?),
            None => Err(Error::Input(crate::t!("ops-export-period-needed"))),
        }
    }
}

/// What `export fec` asks for.
#[derive(Debug, Clone)]
pub struct FecExport<'a> {
    pub period: ExportPeriod,
    /// Where to write; by default `<SIREN>FEC<closing date>.txt` in the current folder.
    pub out: Option<PathBuf>,
    pub separator: char,
    pub encoding: FecEncoding,
    pub accounts: &'a FecAccounts,
}

/// What `export entries` asks for.
#[derive(Debug, Clone)]
pub struct EntriesExport<'a> {
    pub period: ExportPeriod,
    pub layout: EntriesLayout,
    /// Where to write; by default named after the layout and the period.
    pub out: Option<PathBuf>,
    pub accounts: &'a FecAccounts,
}

/// What `export invoices` asks for.
#[derive(Debug, Clone)]
pub struct InvoicesExport {
    /// Issued on or after.
    pub from: Option<NaiveDate>,
    /// Issued on or before.
    pub to: Option<NaiveDate>,
    /// Where to write; by default `factures.csv`.
    pub out: Option<PathBuf>,
    /// The day statuses and balances are taken on.
    pub as_of: NaiveDate,
}

/// Entries written to a file.
#[derive(Debug, Clone)]
pub struct EntriesWritten {
    pub path: PathBuf,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub summary: ExportSummary,
}

/// Invoices written to a file.
#[derive(Debug, Clone)]
pub struct InvoicesWritten {
    pub path: PathBuf,
    pub count: usize,
}

/// The name the FEC text gives the file: `<SIREN>FEC<closing date AAAAMMJJ>.txt`.
pub fn fec_file_name(siren: &str, closing: NaiveDate) -> String {
    format!("{siren}FEC{}.txt", closing.format("%Y%m%d"))
}

fn chosen(path: &std::path::Path) -> Target<'_> {
    Target::Chosen { path, flag: "--out" }
}

impl Ledger {
    /// Writes the period's FEC, named after the company's SIREN unless `out` is given.
    pub fn export_fec(&mut self, request: &FecExport) -> Result<EntriesWritten> {
        let (from, to) = request.period.resolve()?;
        let files = self.files().clone();
        self.read(|tx| {
            let company = crate::store::company::get(tx)?;
            let siren = company
                .siren
                .ok_or_else(|| Error::Input(crate::t!("ops-fec-needs-siren")))?;
            let path = request
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from(fec_file_name(&siren, to)));
            let mut summary = ExportSummary::default();
            files.write_with(chosen(&path), |out| {
                let mut w = FecWriter::new(out, request.separator, request.encoding)?;
                summary = entries(tx, from, to, request.accounts, |e| {
                    w.write_entry(e, request.accounts)
                })?;
                w.finish()?;
                Ok(())
            })?;
            Ok(EntriesWritten {
                path,
                from,
                to,
                summary,
            })
        })
    }

    /// Writes the period's entries in a layout: the FEC as a spreadsheet CSV, or the
    /// import file of Sage or EBP.
    pub fn export_entries(&mut self, request: &EntriesExport) -> Result<EntriesWritten> {
        let (from, to) = request.period.resolve()?;
        let path = request
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from(request.layout.default_name(from, to)));
        let files = self.files().clone();
        self.read(|tx| {
            let mut summary = ExportSummary::default();
            files.write_with(chosen(&path), |out| {
                let mut w = LayoutWriter::new(out, request.layout)?;
                summary = entries(tx, from, to, request.accounts, |e| {
                    w.write_entry(e, request.accounts)
                })?;
                w.finish()?;
                Ok(())
            })?;
            Ok(EntriesWritten {
                path: path.clone(),
                from,
                to,
                summary,
            })
        })
    }

    /// Writes one line per issued invoice and credit note, as they stand on `as_of`.
    pub fn export_invoices(&mut self, request: &InvoicesExport) -> Result<InvoicesWritten> {
        let path = request
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from("factures.csv"));
        let files = self.files().clone();
        let mut count = 0;
        self.read(|tx| {
            files.write_with(chosen(&path), |out| {
                let mut w = InvoicesCsv::new(out, request.as_of)?;
                let filter = Filter {
                    include_invoices: true,
                    include_credit_notes: true,
                    from: request.from,
                    to: request.to,
                    ..Default::default()
                };
                invoices::for_each(tx, &filter, |r| {
                    // as of a day, what was known that day: nothing issued after it
                    if r.known_on(request.as_of) {
                        w.row(&r)?;
                    }
                    Ok(())
                })?;
                count = w.finish()?;
                Ok(())
            })
        })?;
        Ok(InvoicesWritten { path, count })
    }
}
