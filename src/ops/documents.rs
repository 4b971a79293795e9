//! Documents: invoices, credit notes and quotes rendered to PDF; the first PDF of an
//! issued invoice archived beside the ledger with its SHA-256; documents mailed with a
//! cover message, each send recorded.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Transaction;
use serde_json::json;

use super::Ledger;
use crate::config::{Config, DocumentsConfig, beside_ledger};
use crate::domain::archive::Archived;
use crate::domain::archive::Send;
use crate::domain::archive::Subject;
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::compute_totals;
use crate::domain::interest::RateTable;
use crate::domain::invoice::Invoice;
use crate::domain::mentions::{DocumentKind, MentionFacts, PenaltyRate, mentions};
use crate::domain::offer::Offer;
use crate::error::{Error, Result};
use crate::files::{Files, Target};
use crate::mailer::{Attachment, Mailer, Outgoing};
use crate::render::fmt;
use crate::render::mail::Templates;
use crate::render::pdf::invoice::Sheet;
use crate::render::pdf::{Party, lang_of};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::document as store;
use crate::store::invoice as invoices;
use crate::store::offer as offers;

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
                    Error::Input(format!(
                        "[documents] logo {}: cannot read it ({e}); fix the path in the config",
                        path.display()
                    ))
                })?;
                if !data.starts_with(b"\x89PNG\r\n\x1a\n") {
                    return Err(Error::Input(format!(
                        "[documents] logo {} is not a PNG image",
                        path.display()
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

pub fn seller(company: &Company) -> Party {
    Party {
        name: company.name.clone(),
        address: company.address.clone(),
        siren: company.siren.clone(),
        vat_number: company.vat_number.clone(),
        email: company.email.clone(),
        phone: company.phone.clone(),
        legal_form: company.legal_form.clone(),
    }
}

/// The sheet of an invoice or credit note: the customer as copied at issue, the
/// company as it is now.
pub fn invoice_sheet(
    tx: &Transaction,
    record: &Invoice,
    settings: &Settings,
    as_of: NaiveDate,
) -> Result<Sheet> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, record.customer_id)?;
    let lines = invoices::lines(tx, record.id)?;
    let kind = if record.is_credit_note {
        DocumentKind::CreditNote
    } else {
        DocumentKind::Invoice
    };
    let date = record.issue_date.unwrap_or(as_of);
    let corrected = match record.credited_invoice_id {
        Some(id) => Some(invoices::find(tx, &format!("#{id}"))?),
        None => None,
    };
    let penalty = match record.penalty_rate {
        Some(rate) => PenaltyRate::Agreed(rate),
        None => PenaltyRate::LegalDefault(settings.rates.legal_rate(date)),
    };
    let due = record
        .due_date
        .unwrap_or_else(|| crate::domain::customer::due_date(date, record.payment_terms_days));
    let list = mentions(&MentionFacts {
        kind,
        customer_kind: customer.kind,
        vat_franchise: company.vat_franchise,
        vat_on_debits: settings.vat_on_debits,
        lines: &lines,
        due_date: Some(due),
        penalty_rate: Some(penalty),
        purchase_order: record.purchase_order.as_deref(),
        corrects: corrected
            .as_ref()
            .map(|c| (c.number.as_deref().unwrap_or_default(), c.issue_date)),
        reason: record.reason.as_deref(),
        valid_until: None,
    });
    Ok(Sheet {
        kind,
        lang: lang_of(&customer.language),
        number: record.number.clone(),
        date,
        seller: seller(&company),
        customer: Party {
            name: record.customer_name.clone(),
            address: record.customer_address.clone(),
            siren: record.customer_siren.clone(),
            vat_number: record.customer_vat_number.clone(),
            email: customer.email.clone(),
            ..Party::default()
        },
        totals: compute_totals(&lines, record.prices_include_vat, record.currency),
        lines,
        prices_include_vat: record.prices_include_vat,
        currency: record.currency,
        vat_franchise: company.vat_franchise,
        mentions: list,
        notes: record.notes.clone(),
        offer_number: record.offer_number.clone(),
        iban: company.iban.clone(),
        bic: company.bic.clone(),
        has_logo: settings.logo.is_some(),
        customer_business: customer.kind == crate::domain::customer::CustomerKind::Business,
    })
}

/// The sheet of a quote.
pub fn offer_sheet(tx: &Transaction, offer: &Offer, settings: &Settings) -> Result<Sheet> {
    let company = company::get(tx)?;
    let customer = customers::by_id(tx, offer.customer_id)?;
    let lines = offers::lines(tx, offer.id)?;
    let list = mentions(&MentionFacts {
        kind: DocumentKind::Quote,
        customer_kind: customer.kind,
        vat_franchise: company.vat_franchise,
        vat_on_debits: settings.vat_on_debits,
        lines: &lines,
        due_date: None,
        penalty_rate: None,
        purchase_order: None,
        corrects: None,
        reason: None,
        valid_until: Some(offer.valid_until),
    });
    Ok(Sheet {
        kind: DocumentKind::Quote,
        lang: lang_of(&customer.language),
        number: Some(offer.number.clone()),
        date: offer.issue_date,
        seller: seller(&company),
        customer: customer_party(&customer),
        totals: compute_totals(&lines, offer.prices_include_vat, company.currency),
        lines,
        prices_include_vat: offer.prices_include_vat,
        currency: company.currency,
        vat_franchise: company.vat_franchise,
        mentions: list,
        notes: offer.notes.clone(),
        offer_number: None,
        iban: None,
        bic: None,
        has_logo: settings.logo.is_some(),
        customer_business: customer.kind == crate::domain::customer::CustomerKind::Business,
    })
}

pub fn customer_party(customer: &Customer) -> Party {
    Party {
        name: customer.name.clone(),
        address: customer.address.clone(),
        siren: customer.siren.clone(),
        vat_number: customer.vat_number.clone(),
        ..Party::default()
    }
}

/// The PDF of a document: an issued invoice or credit note is a Factur-X file (the CII XML
/// inside), a draft or a quote a plain PDF/A-3b.
fn render(sheet: &Sheet, settings: &Settings) -> Result<Vec<u8>> {
    let logo = settings.logo.as_deref();
    let bytes = if sheet.number.is_some() && sheet.kind != DocumentKind::Quote {
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

/// The archived copy, checked against the hash the ledger holds.
fn read_archive(dir: &Path, label: &str, archived: &Archived) -> Result<Vec<u8>> {
    let path = dir.join(&archived.file);
    let bytes = std::fs::read(&path).map_err(|e| {
        Error::Failed(format!(
            "the archived PDF of {label} ({}) cannot be read: {e}; restore it from a backup",
            path.display()
        ))
    })?;
    if sha256_hex(&bytes) != archived.sha256 {
        return failed(format!(
            "the archived PDF of {label} ({}) has been altered: its SHA-256 is not the one recorded ({}); restore it from a backup",
            path.display(),
            archived.sha256
        ));
    }
    Ok(bytes)
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
    let number = record.number.clone().unwrap_or_default();
    let archived = Archived {
        file: format!("{}.pdf", crate::domain::numbering::file_stem(&number)),
        sha256: sha256_hex(bytes),
        size: bytes.len() as i64,
    };
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
/// can be printed again at will).
pub fn offer_pdf(
    ledger: &mut Ledger,
    reference: &str,
    out: Option<&Path>,
    settings: &Settings,
) -> Result<Written> {
    let dir = documents_dir(ledger.path());
    let (offer, sheet) = ledger.read(|tx| {
        let offer = offers::find(tx, reference)?;
        let sheet = offer_sheet(tx, &offer, settings)?;
        Ok((offer, sheet))
    })?;
    let bytes = render(&sheet, settings)?;
    let name = format!("{}.pdf", offer.number);
    let path = match out {
        Some(out) => ledger.files().write(
            Target::Chosen {
                path: out,
                flag: "--out",
            },
            &bytes,
        )?,
        None => ledger.files().write(
            Target::Kept {
                dir: &dir,
                name: &name,
            },
            &bytes,
        )?,
    };
    Ok(Written {
        document: offer.number.clone(),
        path,
        sha256: sha256_hex(&bytes),
        size: bytes.len(),
        archive: None,
        newly_archived: false,
        matches_archive: None,
        bytes,
    })
}

/// A document mailed.
#[derive(Debug, Clone)]
pub struct Sent {
    pub written: Written,
    pub issued_now: bool,
    pub recipient: String,
    pub message_id: String,
    pub via: String,
}

/// Everything a send needs, checked before anything is written.
struct Envelope {
    customer: Customer,
    to: String,
    mailer: Mailer,
    templates: Templates,
}

fn envelope(ledger: &mut Ledger, config: &Config, customer_id: i64) -> Result<Envelope> {
    let (company, customer) =
        ledger.read(|tx| Ok((company::get(tx)?, customers::by_id(tx, customer_id)?)))?;
    let to = customer.email.clone().ok_or_else(|| {
        Error::Input(format!(
            "customer {} has no email address: add one with `creances customer edit {} --email ...`",
            customer.code, customer.code
        ))
    })?;
    let mailer = Mailer::new(&config.mail, &company, ledger.path(), ledger.files()).map_err(Error::from)?;
    let templates =
        Templates::load(&|name, lang| config.template_override(name, lang)).map_err(Error::from)?;
    Ok(Envelope {
        customer,
        to,
        mailer,
        templates,
    })
}

fn cover(
    env: &Envelope,
    company: &Company,
    sheet: &Sheet,
    document: serde_json::Value,
) -> Result<(String, String)> {
    let context = json!({
        "lang": sheet.lang,
        "company": {
            "name": company.name, "email": company.email, "phone": company.phone,
            "iban": company.iban, "bic": company.bic,
        },
        "customer": {"code": env.customer.code, "name": env.customer.name},
        "document": document,
    });
    env.templates
        .render("document_cover", sheet.lang, &context)
        .map_err(Error::from)
}

fn mail(env: &Envelope, subject: String, body: String, local: &str, written: &Written) -> Result<String> {
    let message_id = env.mailer.message_id(local);
    let message = Outgoing {
        to: env.to.clone(),
        to_name: env.customer.name.clone(),
        subject,
        body,
        message_id: message_id.clone(),
    };
    let file = written
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("{}.pdf", written.document));
    env.mailer
        .send_with(
            &message,
            &[Attachment {
                filename: file,
                content_type: "application/pdf".into(),
                data: written.bytes.clone(),
            }],
        )
        .map_err(Error::Failed)?;
    Ok(message_id)
}

/// Sends an invoice or credit note: a draft is issued first (on `issue_on`), the PDF is
/// archived if it is not yet, the archived copy is mailed with a cover message, then the
/// send is recorded and the invoice counts as sent.
pub fn send_invoice(
    ledger: &mut Ledger,
    config: &Config,
    settings: &Settings,
    reference: &str,
    issue_on: NaiveDate,
    as_of: NaiveDate,
) -> Result<Sent> {
    let before = ledger.read(|tx| invoices::find(tx, reference))?;
    let env = envelope(ledger, config, before.customer_id)?;
    let mut issued_now = false;
    if before.number.is_none() {
        let customer = env.customer.clone();
        ledger.write(|tx| {
            crate::ops::invoice::issue(tx, &format!("#{}", before.id), issue_on, &customer, false, as_of)
        })?;
        issued_now = true;
    }
    let written = invoice_pdf(ledger, &format!("#{}", before.id), None, settings, as_of)?;
    let (record, company, sheet, count) = ledger.read(|tx| {
        let record = invoices::find(tx, &format!("#{}", before.id))?;
        let sheet = invoice_sheet(tx, &record, settings, as_of)?;
        let count = store::send_count(tx, Subject::Invoice(record.id))?;
        Ok((record, company::get(tx)?, sheet, count))
    })?;
    let number = record.label();
    let lang = sheet.lang;
    // an invoice already paid is sent as paid, never as "payable by"
    let view = record.view(as_of);
    let document = json!({
        "settled": !record.is_credit_note && view.balance.is_zero(),
        "partly_paid": !record.is_credit_note && view.paid.is_positive() && view.balance.is_positive(),
        "balance": fmt::money(view.balance, lang),
        "kind": if record.is_credit_note { "credit_note" } else { "invoice" },
        "label": sheet.label(),
        "number": number,
        "date": record.issue_date.map(|d| fmt::date(d, lang)),
        "due_date": record.due_date.map(|d| fmt::date(d, lang)),
        "total": fmt::money(record.total, lang),
        "corrects": record.credited_invoice_number,
    });
    let (subject, body) = cover(&env, &company, &sheet, document)?;
    let local = format!("creances.document.{number}.{}", count + 1);
    let message_id = mail(&env, subject, body, &local, &written).map_err(|e| {
        Error::Failed(format!(
            "{number} was not sent{}: {e}; send it again with `creances invoice send {number}`",
            if issued_now {
                " (it is issued and archived)"
            } else {
                ""
            }
        ))
    })?;
    let sent_on = record.issue_date.map_or(as_of, |d| d.max(as_of));
    let send = Send {
        sent_on,
        sent_at: chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        recipient: env.to.clone(),
        message_id: message_id.clone(),
        sha256: written.sha256.clone(),
        transport: env.mailer.describe(),
    };
    ledger.write(|tx| {
        store::record_send(tx, Subject::Invoice(record.id), &send)?;
        if !record.is_credit_note {
            invoices::mark_sent(tx, record.id, sent_on)?;
        }
        Ok(())
    })?;
    Ok(Sent {
        written,
        issued_now,
        recipient: env.to.clone(),
        message_id,
        via: env.mailer.describe(),
    })
}

/// Sends a quote with a cover message and records the send.
pub fn send_offer(
    ledger: &mut Ledger,
    config: &Config,
    settings: &Settings,
    reference: &str,
    as_of: NaiveDate,
) -> Result<Sent> {
    let offer = ledger.read(|tx| offers::find(tx, reference))?;
    let env = envelope(ledger, config, offer.customer_id)?;
    let written = offer_pdf(ledger, &offer.number, None, settings)?;
    let (company, sheet, count) = ledger.read(|tx| {
        let sheet = offer_sheet(tx, &offer, settings)?;
        Ok((
            company::get(tx)?,
            sheet,
            store::send_count(tx, Subject::Offer(offer.id))?,
        ))
    })?;
    let lang = sheet.lang;
    let document = json!({
        "kind": "quote",
        "label": sheet.label(),
        "number": offer.number,
        "date": fmt::date(offer.issue_date, lang),
        "valid_until": fmt::date(offer.valid_until, lang),
        "total": fmt::money(offer.total, lang),
    });
    let (subject, body) = cover(&env, &company, &sheet, document)?;
    let local = format!("creances.document.{}.{}", offer.number, count + 1);
    let message_id = mail(&env, subject, body, &local, &written)
        .map_err(|e| Error::Failed(format!("{} was not sent: {e}", offer.number)))?;
    let send = Send {
        sent_on: as_of,
        sent_at: chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        recipient: env.to.clone(),
        message_id: message_id.clone(),
        sha256: written.sha256.clone(),
        transport: env.mailer.describe(),
    };
    ledger.write(|tx| store::record_send(tx, Subject::Offer(offer.id), &send))?;
    Ok(Sent {
        written,
        issued_now: false,
        recipient: env.to.clone(),
        message_id,
        via: env.mailer.describe(),
    })
}

/// Archives the PDF of every issued invoice and credit note that has none yet (the demo
/// does this for its ledger). Returns how many were written.
pub fn archive_all(ledger: &mut Ledger, settings: &Settings, as_of: NaiveDate) -> Result<usize> {
    let ids: Vec<i64> = ledger.read(|tx| {
        let mut stmt = tx.prepare(
            "SELECT i.id FROM invoice i WHERE i.number IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM document_archive a WHERE a.invoice_id = i.id)
             ORDER BY i.issue_date, i.id",
        )?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    })?;
    for id in &ids {
        invoice_pdf(ledger, &format!("#{id}"), None, settings, as_of)?;
    }
    Ok(ids.len())
}
