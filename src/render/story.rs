//! `invoice show`'s story of an invoice: its history table and JSON, and the payments
//! recorded with a date after as-of (a bank line dated after today), shown as to come.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::amount;
use super::{Format, Listing, print_record};
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::Money;
use crate::domain::payment::Method;
use crate::domain::story::{StoryEvent, StoryNote, StoryRef};
use crate::render::dunning::words::{Kind, word};

/// An event of an invoice's story in JSON (docs/json.md).
#[derive(Serialize)]
struct EventJson {
    date: NaiveDate,
    event: &'static str,
    reference: String,
    amount: Option<String>,
    note: Option<String>,
}

/// `invoice show` in JSON: the invoice, then its history.
#[derive(Serialize)]
struct StoryJson<I: Serialize> {
    #[serde(flatten)]
    invoice: I,
    /// Payments recorded with a date after as-of: not in `paid` nor `balance` yet (null
    /// on a credit note).
    paid_to_come: Option<String>,
    history: Vec<EventJson>,
}

/// What payments dated after `as_of` bring: counted from their day on.
pub(super) fn paid_to_come(record: &Invoice, as_of: NaiveDate) -> Money {
    record.view(NaiveDate::MAX).paid - record.view(as_of).paid
}

/// `invoice pay` of a payment dated after today: the balance shown is today's.
pub fn payment_to_come(date: NaiveDate, as_of: NaiveDate) {
    eprintln!(
        "note: the payment is dated {date}, after today ({as_of}): it counts in the balance from {date} on; until then `invoice show` lists it as a payment to come"
    );
}

/// An event's word in the history table: `payment_to_come` → "payment to come" /
/// "paiement à venir".
fn event_word(code: &str) -> String {
    let key = format!("render-col-event-{code}");
    let word = crate::i18n::tr(&key, &[]);
    if word == key { code.replace('_', " ") } else { word }
}

/// An invoice as people name it: its number, else "draft #12" / "brouillon n° 12".
pub fn invoice_label(number: Option<&str>, id: i64) -> String {
    match number {
        Some(n) => n.to_string(),
        None => crate::t!("views-invoice-draft", id = id),
    }
}

/// Which record an event is, in the interface's language (English in JSON: the caller
/// holds `machine_words`).
fn reference(r: &StoryRef) -> String {
    match r {
        StoryRef::Text(text) => text.clone(),
        StoryRef::Invoice { number, id } => invoice_label(number.as_deref(), *id),
        StoryRef::Payment(id) => t!("views-story-payment", id = *id),
        StoryRef::Subscription(id) => t!("views-story-subscription", id = *id),
        StoryRef::SendState(state) => match state.as_str() {
            "scheduled" => t!("views-story-send-scheduled"),
            "sending" => t!("views-story-send-sending"),
            "sent" => t!("views-story-send-sent"),
            "failed" => t!("views-story-send-failed"),
            other => other.to_string(),
        },
    }
}

/// A payment method code in words; a code we do not know as it is.
fn method_word(code: &str) -> String {
    Method::parse(code).map_or_else(|_| code.to_string(), super::words::method)
}

/// The word more about an event, in the interface's language.
fn note(n: &StoryNote) -> String {
    match n {
        StoryNote::Text(text) => text.clone(),
        StoryNote::Due(day) => t!("views-story-due", date = day.to_string()),
        StoryNote::Period(index) => t!("views-story-period", index = *index),
        StoryNote::DeductedByFinal => t!("views-story-deducted-by-final"),
        StoryNote::DepositDeducted => t!("views-story-deposit-deducted"),
        StoryNote::Payment { method, reference } => match reference {
            Some(text) => t!(
                "views-story-payment-ref",
                method = method_word(method),
                reference = text
            ),
            None => method_word(method),
        },
        StoryNote::Reminder {
            channel,
            status,
            error,
        } => {
            let channel = word(Kind::Channel, channel);
            let status = word(Kind::Action, status);
            match error {
                Some(e) => t!(
                    "views-story-reminder-error",
                    channel = channel,
                    status = status,
                    error = e
                ),
                None => t!("views-story-reminder", channel = channel, status = status),
            }
        }
        StoryNote::Until(day) => t!("views-story-until", date = day.to_string()),
        StoryNote::Collection {
            sequence,
            message_id,
            collect_on,
        } => t!(
            "views-story-collection",
            sequence = sequence,
            message_id = message_id,
            date = collect_on
        ),
    }
}

/// The invoice's fields and sections, then its history; in JSON, `invoice` (the
/// invoice's own object) then `paid_to_come` and `history`.
pub(super) fn print(
    format: Format,
    invoice: impl Serialize,
    sheet: &Sheet,
    as_of: NaiveDate,
    story: &[StoryEvent],
    fields: &[(&str, String)],
    sections: &[(&str, &Listing)],
) {
    let record = &sheet.invoice;
    let mut history = Listing::new(vec!["date", "event", "reference", "amount", "note"]).right(&[3]);
    for e in story {
        history.push(vec![
            e.date.to_string(),
            event_word(e.word(as_of)),
            reference(&e.reference),
            e.amount.map(super::fmt::human).unwrap_or_default(),
            e.note.as_ref().map(note).unwrap_or_default(),
        ]);
    }
    let json = StoryJson {
        invoice,
        paid_to_come: (!record.is_credit_note).then(|| amount(paid_to_come(record, as_of))),
        history: story
            .iter()
            .map(|e| EventJson {
                date: e.date,
                event: e.word(as_of),
                reference: reference(&e.reference),
                amount: e.amount.map(amount),
                note: e.note.as_ref().map(note),
            })
            .collect(),
    };
    let mut all = sections.to_vec();
    all.push(("History", &history));
    print_record(format, &json, fields, &all);
}
