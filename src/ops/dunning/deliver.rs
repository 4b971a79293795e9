//! Sending what a run recorded: one mail per customer (with the letter, for a letter
//! step), each in its own small transactions around the send. The rows are marked
//! `sending` and committed before the mail leaves, then `sent` or `failed`: a run that
//! dies in between leaves them `sending` (uncertain), which no later run takes over.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::config::beside_ledger;
use crate::domain::company::Company;
use crate::domain::dunning::{
    Action, Channel, CustomerActions, DayPlan, DoneCustomer, RunReport, Section, Tone, notice_deadline,
    sections,
};
use crate::error::{Error, Result};
use crate::files::{Files, Target};
use crate::mailer::{Attachment, Mailer, Outgoing};
use crate::ops::Ledger;
use crate::ops::documents::{customer_party, seller};
use crate::render::mail::{self as templates, Templates};
use crate::render::mail_context::reminder_context;
use crate::render::pdf::lang_of;
use crate::render::pdf::letter::{Letter, LetterInvoice, LetterKind};
use crate::store::dunning as store;

/// How a run reaches customers.
pub struct Delivery<'a> {
    pub mailer: Option<&'a Mailer>,
    pub templates: &'a Templates,
    pub company: &'a Company,
    pub ledger_path: &'a Path,
    pub files: &'a Files,
}

/// Sends each customer's mail and records the outcome, one small transaction per mail.
pub fn deliver(
    ledger: &mut Ledger,
    d: &Delivery,
    mut customers: Vec<CustomerActions>,
    as_of: NaiveDate,
) -> Result<RunReport> {
    let mut mails = 0;
    for c in &mut customers {
        if deliver_customer(ledger, d, c, as_of)? {
            mails += 1;
        }
    }
    Ok(RunReport::done(as_of, customers, mails))
}

/// `deliver` for a run's plan: each customer's actions are made for its mail, and what
/// became of them is kept beside the plan.
pub fn deliver_plan(
    ledger: &mut Ledger,
    d: &Delivery,
    plan: DayPlan,
    mut done: Vec<DoneCustomer>,
    as_of: NaiveDate,
) -> Result<RunReport> {
    let mut mails = 0;
    for dc in &mut done {
        if !dc.mails(&plan) {
            continue;
        }
        let mut c = plan.done_actions(dc);
        if deliver_customer(ledger, d, &mut c, as_of)? {
            mails += 1;
        }
        dc.delivered(c.actions);
    }
    Ok(RunReport::ran(as_of, plan, done, mails))
}

/// Sends one customer's mail, if its actions have one, and records the outcome in the
/// ledger and in the actions. Ok(true) when the mail was handed over.
fn deliver_customer(
    ledger: &mut Ledger,
    d: &Delivery,
    c: &mut CustomerActions,
    as_of: NaiveDate,
) -> Result<bool> {
    let ids: Vec<i64> = c
        .actions
        .iter()
        .filter(|a| a.mails())
        .filter_map(|a| a.reminder_id)
        .collect();
    if ids.is_empty() {
        return Ok(false);
    }
    let outcome = compose(d, c, as_of).and_then(|(message, letter)| {
        let mut attachments = Vec::new();
        if let Some((path, pdf)) = &letter {
            let dir = path.parent().unwrap_or(Path::new("."));
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            d.files
                .write(Target::Kept { dir, name: &name }, pdf)
                .map_err(|e| e.to_string())?;
            attachments.push(Attachment {
                filename: name,
                content_type: "application/pdf".into(),
                data: pdf.clone(),
            });
        }
        let mailer = d.mailer.ok_or_else(|| crate::t!("checks-dunning-no-mailer"))?;
        // committed before the mail leaves: if this run dies before the outcome is
        // recorded, the rows say `sending` (uncertain) and no later run resends them
        persist(ledger, |tx| store::mark_sending(tx, &ids, &message.message_id))
            .map_err(|e| crate::t!("checks-dunning-not-recorded", error = e.to_string()))?;
        mailer.send_with(&message, &attachments)?;
        Ok((message, letter))
    });
    match &outcome {
        Ok((message, _)) => persist(ledger, |tx| store::mark_sent(tx, &ids, &message.message_id))?,
        Err(e) => persist(ledger, |tx| store::mark_failed(tx, &ids, e))?,
    }
    for a in c.actions.iter_mut().filter(|a| a.mails()) {
        match &outcome {
            Ok((message, letter)) => {
                a.state = a.state.sent();
                a.output = Some(match (a.step.channel, letter) {
                    (Channel::Letter, Some((path, _))) => path.display().to_string(),
                    _ => message.message_id.clone(),
                });
            }
            Err(e) => {
                a.state = a.state.failed();
                a.error = Some(e.clone());
            }
        }
    }
    Ok(outcome.is_ok())
}

/// Records what happened to a mail that has already left: a busy ledger is waited for a
/// few times over rather than leaving the row `planned` (which the next run would resend).
fn persist(ledger: &mut Ledger, work: impl Fn(&Transaction) -> Result<()>) -> Result<()> {
    let mut tries = 0;
    loop {
        match ledger.write(&work) {
            Err(Error::Locked(_)) if tries < 5 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(500));
            }
            other => return other,
        }
    }
}

/// The customer's mail (and letter, for a letter step) for this run's actions.
#[allow(clippy::type_complexity)]
pub(super) fn compose(
    d: &Delivery,
    c: &CustomerActions,
    as_of: NaiveDate,
) -> std::result::Result<(Outgoing, Option<(PathBuf, Vec<u8>)>), String> {
    let to = c
        .customer
        .email
        .clone()
        .ok_or_else(|| crate::t!("checks-dunning-no-email", customer = &c.customer.code))?;
    let mailing: Vec<&Action> = c.actions.iter().filter(|a| a.mails()).collect();
    // the firmest step gives the mail its template; each invoice keeps its own step
    let parts = sections(&mailing, c.customer.kind);
    let lead = parts
        .first()
        .ok_or_else(|| crate::t!("checks-dunning-nothing-to-send"))?;
    let lang = templates::language_of(&c.customer.language);
    let context = reminder_context(d.company, &c.customer, &mailing, lang, as_of);
    let (subject, body) = d
        .templates
        .render(&lead.step.template, lang, &context)
        .map_err(|e| e.to_string())?;
    let first = mailing.iter().filter_map(|a| a.reminder_id).min().unwrap_or(0);
    let local = format!("creances.{as_of}.{}.{first}", c.customer.code);
    let message_id = d
        .mailer
        .map(|m| m.message_id(&local))
        .unwrap_or_else(|| format!("{local}@localhost"));
    // the letter, ready to post by registered mail, goes with the mail as a PDF: it
    // speaks only of the invoices at a letter step
    let letter = match parts.iter().find(|p| p.step.channel == Channel::Letter) {
        Some(p) => Some((
            beside_ledger(d.ledger_path, "letters")
                .join(format!("{as_of}-{}-{}.pdf", c.customer.code, p.step.name)),
            dunning_letter(d.company, c, p, lang, as_of)?,
        )),
        None => None,
    };
    Ok((
        Outgoing {
            to,
            to_name: c.customer.name.clone(),
            subject,
            body,
            message_id,
        },
        letter,
    ))
}

/// The letter a dunning run's letter step posts and attaches to its mail: a formal
/// notice for a formal step, a reminder letter otherwise; the invoices of that step only.
fn dunning_letter(
    company: &Company,
    c: &CustomerActions,
    part: &Section,
    lang: &str,
    as_of: NaiveDate,
) -> std::result::Result<Vec<u8>, String> {
    let letter = Letter {
        kind: if part.step.tone == Tone::Formal {
            LetterKind::FormalNotice
        } else {
            LetterKind::Reminder
        },
        lang: lang_of(lang),
        date: as_of,
        seller: seller(company),
        recipient: customer_party(&c.customer),
        invoices: part
            .owed
            .iter()
            .map(|o| LetterInvoice {
                number: o.number.clone(),
                issue_date: o.issue_date,
                due_date: o.due_date,
                total: o.total,
                balance: o.balance,
                days_late: o.days_late,
                interest: o.interest,
                indemnity: o.indemnity,
                penalty_rate: o.penalty_rate,
            })
            .collect(),
        currency: part.owed.first().map_or(company.currency, |o| o.currency),
        deadline: notice_deadline(as_of),
        claim: part.claim,
        reminded: part.reminded(),
        iban: company.iban.clone(),
        bic: company.bic.clone(),
    };
    letter.render()
}
