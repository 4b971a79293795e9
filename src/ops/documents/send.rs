//! Documents mailed with a cover message, each send recorded.

use chrono::NaiveDate;
use serde_json::json;

use super::Ledger;
use super::{Settings, Written, invoice_pdf, invoice_sheet, offer_pdf, offer_sheet};
use crate::config::Config;
use crate::domain::archive::Send;
use crate::domain::archive::Subject;
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::error::{Error, Result};
use crate::mailer::{Attachment, Mailer, Outgoing};
use crate::render::fmt;
use crate::render::mail::Templates;
use crate::render::pdf::invoice::Sheet;
use crate::store::company;
use crate::store::customer as customers;
use crate::store::document as store;
use crate::store::invoice as invoices;
use crate::store::offer as offers;

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
    let to = customer
        .email
        .clone()
        .ok_or_else(|| Error::Input(crate::t!("ops-customer-no-email", code = customer.code.as_str())))?;
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

/// Sends an invoice or credit note: a draft is issued first (on `issue_on`, unless credit
/// control refuses it without `force`), the PDF is
/// archived if it is not yet, the archived copy is mailed with a cover message, then the
/// send is recorded and the invoice counts as sent.
pub fn send_invoice(
    ledger: &mut Ledger,
    config: &Config,
    settings: &Settings,
    reference: &str,
    issue_on: NaiveDate,
    as_of: NaiveDate,
    force: bool,
) -> Result<Sent> {
    let before = ledger.read(|tx| invoices::find(tx, reference))?;
    let env = envelope(ledger, config, before.customer_id)?;
    let mut issued_now = false;
    if before.number.is_none() {
        let customer = env.customer.clone();
        let rates_file = config.currency.rates_file.clone();
        let rates = crate::ops::exchange::Rates {
            given: None,
            file: rates_file.as_deref(),
        };
        // credit control as for `invoice issue`: blocked, credit limit, score floor
        let clearance = ledger.clearance(force, as_of);
        ledger.write(|tx| {
            crate::ops::invoice::issue_cleared(
                tx,
                &format!("#{}", before.id),
                issue_on,
                &customer,
                &clearance,
                &rates,
            )
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
        Error::Failed(crate::t!(
            "ops-invoice-not-sent",
            number = number.as_str(),
            issued_now = if issued_now { "yes" } else { "no" },
            error = e.to_string()
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
    let written = offer_pdf(ledger, &offer.number, None, settings, false)?;
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
    let message_id = mail(&env, subject, body, &local, &written).map_err(|e| {
        Error::Failed(crate::t!(
            "ops-offer-not-sent",
            number = offer.number.as_str(),
            error = e.to_string()
        ))
    })?;
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
