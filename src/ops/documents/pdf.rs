//! Rendering to PDF, the archive of issued invoices, and the bare e-invoice XML.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use super::{
    Settings, Written, delivery_sheet, documents_dir, failed, invoice_sheet, offer_sheet, render, sha256_hex,
};
use crate::domain::archive::Archived;
use crate::domain::invoice::Invoice;
use crate::domain::mentions::DocumentKind;
use crate::error::{Error, Result};
use crate::files::{Files, Target};
use crate::store::document as store;
use crate::store::invoice as invoices;
use crate::store::offer as offers;

/// The archived copy, checked against the hash the ledger holds.
fn read_archive(dir: &Path, label: &str, archived: &Archived) -> Result<Vec<u8>> {
    let path = dir.join(&archived.file);
    let bytes = std::fs::read(&path).map_err(|e| {
        Error::Failed(crate::t!(
            "ops-archive-unreadable",
            label = label,
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    if sha256_hex(&bytes) != archived.sha256 {
        return failed(crate::t!(
            "ops-archive-altered",
            label = label,
            path = path.display().to_string(),
            sha256 = archived.sha256.as_str()
        ));
    }
    Ok(bytes)
}

/// The archive entry of an issued invoice's rendering: its file name and hash.
fn archived_as(record: &Invoice, bytes: &[u8]) -> Archived {
    let number = record.number.clone().unwrap_or_default();
    Archived {
        file: format!("{}.pdf", crate::domain::numbering::file_stem(&number)),
        sha256: sha256_hex(bytes),
        size: bytes.len() as i64,
    }
}

/// Archives the first rendering of an issued invoice, in the caller's transaction: the
/// file is written before the row, so a row always has its file.
fn archive_in(
    tx: &Transaction,
    files: &Files,
    dir: &Path,
    record: &Invoice,
    bytes: &[u8],
) -> Result<Archived> {
    let archived = archived_as(record, bytes);
    files.write(
        Target::Kept {
            dir,
            name: &archived.file,
        },
        bytes,
    )?;
    store::insert_archive(tx, record.id, &archived)?;
    Ok(archived)
}

/// Renders an invoice or credit note; an issued one is archived the first time, and
/// compared with its archive after that. Writes the document of record (the archived
/// copy when there is one) to `out`, else leaves it in the documents folder.
pub fn invoice_pdf(
    ledger: &mut Ledger,
    reference: &str,
    out: Option<&Path>,
    settings: &Settings,
    as_of: NaiveDate,
) -> Result<Written> {
    let dir = documents_dir(ledger.path());
    let files = ledger.files().clone();
    let (record, sheet, archived) = ledger.read(|tx| {
        let record = invoices::find(tx, reference)?;
        let sheet = invoice_sheet(tx, &record, settings, as_of)?;
        let archived = store::archived(tx, record.id)?;
        Ok((record, sheet, archived))
    })?;
    let fresh = render(&sheet, settings)?;
    let label = record.label();
    let (bytes, archive, newly, matches) = match (&record.number, archived) {
        (None, _) => (fresh, None, false, None),
        (Some(_), Some(archived)) => {
            let kept = read_archive(&dir, &label, &archived)?;
            let same = sha256_hex(&fresh) == archived.sha256;
            (kept, Some(dir.join(&archived.file)), false, Some(same))
        }
        (Some(_), None) => {
            let archived = ledger.write(|tx| {
                // another process may have archived it meanwhile: keep theirs
                if let Some(a) = store::archived(tx, record.id)? {
                    return Ok((a, false));
                }
                archive_in(tx, &files, &dir, &record, &fresh).map(|a| (a, true))
            })?;
            let kept = read_archive(&dir, &label, &archived.0)?;
            let same = sha256_hex(&fresh) == archived.0.sha256;
            (kept, Some(dir.join(&archived.0.file)), archived.1, Some(same))
        }
    };
    let path = match (out, &archive) {
        (Some(out), _) => files.write(
            Target::Chosen {
                path: out,
                flag: "--out",
            },
            &bytes,
        )?,
        (None, Some(archive)) => archive.clone(),
        (None, None) => {
            let name = format!("draft-{}.pdf", record.id);
            files.write(
                Target::Kept {
                    dir: &dir,
                    name: &name,
                },
                &bytes,
            )?
        }
    };
    Ok(Written {
        document: label,
        path,
        sha256: sha256_hex(&bytes),
        size: bytes.len(),
        archive,
        newly_archived: newly,
        matches_archive: matches,
        bytes,
    })
}

/// Renders a quote into `out`, else into the documents folder (not archived: a quote
/// can be printed again at will). With `proforma`, the quote printed as a pro-forma
/// invoice: no number (the quote is named as its reference), not an accounting document,
/// no e-invoice inside, `DEV-...-proforma.pdf`.
pub fn offer_pdf(
    ledger: &mut Ledger,
    reference: &str,
    out: Option<&Path>,
    settings: &Settings,
    proforma: bool,
) -> Result<Written> {
    let (offer, mut sheet) = ledger.read(|tx| {
        let offer = offers::find(tx, reference)?;
        let sheet = offer_sheet(tx, &offer, settings)?;
        Ok((offer, sheet))
    })?;
    let name = if proforma {
        sheet.kind = DocumentKind::ProForma;
        sheet.offer_number = sheet.number.take();
        format!(
            "{}-proforma.pdf",
            crate::domain::numbering::file_stem(&offer.number)
        )
    } else {
        format!("{}.pdf", crate::domain::numbering::file_stem(&offer.number))
    };
    write_unarchived(ledger, &offer.number, &sheet, out, &name, settings)
}

/// Renders a delivery note (a "bon de livraison", no amount due) into `out`, else into
/// the documents folder; like a quote, it can be printed again at will.
pub fn delivery_pdf(
    ledger: &mut Ledger,
    number: &str,
    out: Option<&Path>,
    settings: &Settings,
) -> Result<Written> {
    let (note, sheet) = ledger.read(|tx| {
        let note = crate::store::delivery::find(tx, number)?;
        let sheet = delivery_sheet(tx, &note, settings)?;
        Ok((note, sheet))
    })?;
    let name = format!("{}.pdf", crate::domain::numbering::file_stem(&note.number));
    write_unarchived(ledger, &note.number, &sheet, out, &name, settings)
}

/// A document that is not archived, written to `out` or into the documents folder.
fn write_unarchived(
    ledger: &Ledger,
    number: &str,
    sheet: &crate::render::pdf::invoice::Sheet,
    out: Option<&Path>,
    name: &str,
    settings: &Settings,
) -> Result<Written> {
    let dir = documents_dir(ledger.path());
    let bytes = render(sheet, settings)?;
    let path = match out {
        Some(out) => ledger.files().write(
            Target::Chosen {
                path: out,
                flag: "--out",
            },
            &bytes,
        )?,
        None => ledger.files().write(Target::Kept { dir: &dir, name }, &bytes)?,
    };
    Ok(Written {
        document: number.to_string(),
        path,
        sha256: sha256_hex(&bytes),
        size: bytes.len(),
        archive: None,
        newly_archived: false,
        matches_archive: None,
        bytes,
    })
}

/// How many invoices `archive_all` renders before writing them in one transaction: the
/// commits (each one a sync of the ledger) are shared, and memory stays bounded by one
/// batch of PDFs whatever the number of invoices.
const ARCHIVE_BATCH: usize = 100;

/// Archives the PDF of every issued invoice and credit note that has none yet (the demo
/// does this for its ledger), in one process with the fonts parsed once: each batch is
/// read in one snapshot, rendered, then its files written and recorded in one
/// transaction. Each file is the one `invoice pdf` would archive for that invoice.
/// Returns how many were written.
pub fn archive_all(
    ledger: &mut Ledger,
    settings: &Settings,
    since: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<usize> {
    let dir = documents_dir(ledger.path());
    let files = ledger.files().clone();
    let ids = ledger.read(|tx| store::unarchived(tx, since))?;
    for batch in ids.chunks(ARCHIVE_BATCH) {
        let sheets = ledger.read(|tx| {
            batch
                .iter()
                .map(|id| {
                    let record = invoices::find(tx, &format!("#{id}"))?;
                    let sheet = invoice_sheet(tx, &record, settings, as_of)?;
                    Ok((record, sheet))
                })
                .collect::<Result<Vec<_>>>()
        })?;
        let rendered = sheets
            .into_iter()
            .map(|(record, sheet)| Ok((record, render(&sheet, settings)?)))
            .collect::<Result<Vec<_>>>()?;
        ledger.write(|tx| {
            let mut fresh = Vec::with_capacity(rendered.len());
            for (record, bytes) in &rendered {
                // another process may have archived it meanwhile: keep theirs
                if store::archived(tx, record.id)?.is_none() {
                    fresh.push((record.id, archived_as(record, bytes), bytes.as_slice()));
                }
            }
            // the files are written before the rows, so a row always has its file
            files.write_many(&dir, fresh.iter().map(|(_, a, bytes)| (a.file.as_str(), *bytes)))?;
            for (id, archived, _) in &fresh {
                store::insert_archive(tx, *id, archived)?;
            }
            Ok(())
        })?;
    }
    Ok(ids.len())
}

/// The bare CII XML (Factur-X, profile EN 16931) of an issued invoice or credit note,
/// written to `out` or returned for the standard output. A draft has none: it is not an
/// invoice until it is numbered.
pub fn invoice_xml(
    ledger: &mut Ledger,
    reference: &str,
    out: Option<&Path>,
    settings: &Settings,
    as_of: NaiveDate,
) -> Result<(String, Option<PathBuf>)> {
    let files = ledger.files().clone();
    let (record, sheet) = ledger.read(|tx| {
        let record = invoices::find(tx, reference)?;
        let sheet = invoice_sheet(tx, &record, settings, as_of)?;
        Ok((record, sheet))
    })?;
    if record.number.is_none() {
        return Err(Error::Input(crate::t!("ops-einvoice-draft", id = record.id)));
    }
    let xml = crate::render::facturx::cii::cii(&sheet);
    let path = match out {
        Some(path) => Some(files.write(Target::Chosen { path, flag: "--out" }, xml.as_bytes())?),
        None => None,
    };
    Ok((xml, path))
}
