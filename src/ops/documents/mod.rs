//! Documents: invoices, credit notes and quotes rendered to PDF; the first PDF of an
//! issued invoice archived beside the ledger with its SHA-256; documents mailed with a
//! cover message, each send recorded.
//! `sheet` gathers what a document prints, `pdf` renders and archives it, `send` mails it.

mod pdf;
mod send;
mod sheet;

pub use pdf::{archive_all, delivery_pdf, invoice_pdf, invoice_xml, offer_pdf};
pub use send::{Sent, send_invoice, send_offer};
pub use sheet::{customer_party, delivery_sheet, invoice_sheet, offer_sheet, seller};

use std::path::{Path, PathBuf};

use super::Ledger;
use crate::config::{Config, DocumentsConfig, beside_ledger};
use crate::domain::interest::RateTable;
use crate::domain::mentions::DocumentKind;
use crate::error::{Error, Result};
use crate::render::pdf::invoice::Sheet;

fn failed<T>(message: impl Into<String>) -> Result<T> {
    Err(Error::Failed(message.into()))
}

/// What rendering needs besides the ledger: the logo, the VAT-on-debits option, the rates.
#[derive(Debug, Clone)]
pub struct Settings {
    pub logo: Option<Vec<u8>>,
    pub vat_on_debits: bool,
    pub rates: RateTable,
}

impl Settings {
    /// Reads the logo the config names. A missing or unreadable logo is bad input.
    pub fn from_config(config: &Config) -> Result<Settings> {
        Settings::new(&config.documents, config.rates.clone())
    }

    pub fn new(documents: &DocumentsConfig, rates: RateTable) -> Result<Settings> {
        let logo = match &documents.logo {
            Some(path) => {
                let data = std::fs::read(path).map_err(|e| {
                    Error::Input(crate::t!(
                        "ops-logo-unreadable",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ))
                })?;
                if !data.starts_with(b"\x89PNG\r\n\x1a\n") {
                    return Err(Error::Input(crate::t!(
                        "ops-logo-not-png",
                        path = path.display().to_string()
                    )));
                }
                Some(data)
            }
            None => None,
        };
        Ok(Settings {
            logo,
            vat_on_debits: documents.vat_on_debits,
            rates,
        })
    }
}

/// The SHA-256 of a file's bytes, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The folder of PDFs beside the ledger: `ledger.sqlite` → `ledger-documents/`.
pub fn documents_dir(ledger: &Path) -> PathBuf {
    beside_ledger(ledger, "documents")
}

/// The PDF of a document: an issued invoice or credit note is a Factur-X file (the CII XML
/// inside), a draft, a quote or a delivery note a plain PDF/A-3b.
fn render(sheet: &Sheet, settings: &Settings) -> Result<Vec<u8>> {
    let logo = settings.logo.as_deref();
    let e_invoice = sheet.kind.is_payable() || sheet.kind == DocumentKind::CreditNote;
    let bytes = if sheet.number.is_some() && e_invoice {
        crate::render::facturx::document(sheet, logo)
    } else {
        sheet.render(logo)
    };
    bytes.map_err(|e| Error::Failed(format!("{}: {e}", sheet.label())))
}

/// A PDF written, and what the archive says about it.
#[derive(Debug, Clone)]
pub struct Written {
    /// "FACT-2026-0001", "DEV-2026-0003" or "draft #4".
    pub document: String,
    pub path: PathBuf,
    pub sha256: String,
    pub size: usize,
    /// The archived copy of an issued invoice.
    pub archive: Option<PathBuf>,
    /// True when this command archived it.
    pub newly_archived: bool,
    /// Whether a fresh rendering is byte-identical to the archive (None: nothing archived).
    pub matches_archive: Option<bool>,
    /// The bytes written (the archived copy for an archived invoice).
    pub bytes: Vec<u8>,
}

/// The statement of account (relevé) as a PDF, written to `out` or into the documents
/// folder as `releve-CODE-DATE.pdf`; the statement and the path are returned.
pub fn statement_pdf(
    ledger: &mut Ledger,
    code: &str,
    from: Option<chrono::NaiveDate>,
    as_of: chrono::NaiveDate,
    out: Option<&Path>,
    settings: &Settings,
) -> Result<(super::customer::Statement, PathBuf)> {
    use crate::render::pdf::statement::{StatementLine, StatementPdf};
    let statement = ledger.customer_statement(code, from, as_of)?;
    let company = ledger.company()?;
    let pdf = StatementPdf {
        lang: crate::render::pdf::lang_of(&statement.customer.language),
        seller: seller(&company),
        has_logo: settings.logo.is_some(),
        recipient: customer_party(&statement.customer),
        customer_code: statement.customer.code.clone(),
        from: statement.from,
        to: statement.to,
        lines: statement
            .lines
            .iter()
            .map(|h| StatementLine {
                date: h.event.date,
                kind: h.event.kind.to_string(),
                reference: h.event.reference.clone(),
                debit: h.event.debit,
                credit: h.event.credit,
                balance: h.balance,
            })
            .collect(),
        closing_balance: statement.closing_balance,
    };
    let bytes = pdf.render(settings.logo.as_deref()).map_err(Error::Failed)?;
    let path = match out {
        Some(path) => ledger
            .files()
            .write(crate::files::Target::Chosen { path, flag: "--out" }, &bytes)?,
        None => {
            let name = format!(
                "releve-{}-{}.pdf",
                crate::domain::numbering::file_stem(&statement.customer.code),
                statement.to
            );
            let dir = documents_dir(ledger.path());
            ledger.files().write(
                crate::files::Target::Kept {
                    dir: &dir,
                    name: &name,
                },
                &bytes,
            )?
        }
    };
    Ok((statement, path))
}
