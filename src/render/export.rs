//! The export files that are not entries (the invoices CSV), and what an export says
//! once its file is written.

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::{amount, decimal_comma, human};
use super::{Format, emit, emit_json, neutralise_formula};
use crate::domain::fec::ExportSummary;
use crate::domain::invoice::Invoice;

/// `export fec|entries --format json`.
#[derive(Serialize)]
struct EntriesWrittenJson {
    file: String,
    from: String,
    to: String,
    entries: usize,
    lines: usize,
    sales_entries: usize,
    bank_entries: usize,
    misc_entries: usize,
    opening_entries: usize,
    debit: String,
    credit: String,
}

/// `export fec` and `export entries`: where the entries went and how many.
pub fn entries_written(format: Format, path: &Path, from: NaiveDate, to: NaiveDate, s: &ExportSummary) {
    match format {
        Format::Json => emit_json(&EntriesWrittenJson {
            file: path.display().to_string(),
            from: from.to_string(),
            to: to.to_string(),
            entries: s.entries,
            lines: s.lines,
            sales_entries: s.sales,
            bank_entries: s.bank,
            misc_entries: s.misc,
            opening_entries: s.opening,
            debit: amount(s.debit),
            credit: amount(s.credit),
        }),
        _ => {
            // opening balances appear only in ledgers migrated from another tool
            let opening = if s.opening > 0 {
                t!("flow-export-opening", opening = s.opening)
            } else {
                String::new()
            };
            emit(&t!(
                "flow-export-entries",
                file = path.display().to_string(),
                from = from.to_string(),
                to = to.to_string(),
                entries = s.entries,
                sales = s.sales,
                bank = s.bank,
                misc = s.misc,
                opening = opening,
                lines = s.lines,
                debit = human(s.debit),
            ))
        }
    }
}

/// `export invoices --format json`.
#[derive(Serialize)]
struct InvoicesWrittenJson {
    file: String,
    invoices: usize,
}

/// `export invoices`: where the file went and how many documents it holds.
pub fn invoices_written(format: Format, path: &Path, count: usize, as_of: NaiveDate) {
    match format {
        Format::Json => emit_json(&InvoicesWrittenJson {
            file: path.display().to_string(),
            invoices: count,
        }),
        _ => emit(&t!(
            "flow-export-invoices",
            file = path.display().to_string(),
            count = count,
            date = as_of.to_string()
        )),
    }
}

/// The columns of the invoices CSV, in French as the spreadsheet's readers are.
const INVOICE_COLUMNS: [&str; 14] = [
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
];

/// The invoices CSV (UTF-8 with BOM, `;`, decimal comma), written a row at a time as
/// the invoices are streamed: one line per issued invoice or credit note as it stands on
/// `as_of`; drafts are left out.
pub struct InvoicesCsv<W: Write> {
    w: csv::Writer<W>,
    as_of: NaiveDate,
    count: usize,
}

impl<W: Write> InvoicesCsv<W> {
    /// Writes the byte-order mark and the header.
    pub fn new(mut out: W, as_of: NaiveDate) -> io::Result<Self> {
        out.write_all("\u{feff}".as_bytes())?;
        let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(out);
        w.write_record(INVOICE_COLUMNS)?;
        Ok(InvoicesCsv { w, as_of, count: 0 })
    }

    /// One line for an issued invoice or credit note; a draft writes nothing.
    pub fn row(&mut self, r: &Invoice) -> io::Result<()> {
        if r.number.is_none() {
            return Ok(());
        }
        let as_of = self.as_of;
        let v = r.view(as_of);
        let status = if r.is_credit_note {
            "issued".to_string()
        } else {
            v.status.as_str().to_string()
        };
        let balance = v.balance;
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
            decimal_comma(r.total_net),
            decimal_comma(r.total_vat),
            decimal_comma(r.total),
            decimal_comma(v.paid),
            decimal_comma(v.credited),
            decimal_comma(balance),
            status,
            v.days_late.to_string(),
        ];
        self.w.write_record(row.iter().map(|c| neutralise_formula(c)))?;
        self.count += 1;
        Ok(())
    }

    /// Flushes; returns the lines written.
    pub fn finish(mut self) -> io::Result<usize> {
        self.w.flush()?;
        Ok(self.count)
    }
}
