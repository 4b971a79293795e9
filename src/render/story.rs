//! `invoice show`'s story of an invoice: its history table and JSON, and the payments
//! recorded with a date after as-of (a bank line dated after today), shown as to come.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::amount;
use super::{Format, Listing, print_record};
use crate::domain::invoice::{Invoice, Sheet};
use crate::domain::money::Money;
use crate::domain::story::StoryEvent;

/// An event of an invoice's story in JSON (docs/json.md).
#[derive(Serialize)]
struct EventJson<'a> {
    date: NaiveDate,
    event: &'static str,
    reference: &'a str,
    amount: Option<String>,
    note: Option<&'a str>,
}

/// `invoice show` in JSON: the invoice, then its history.
#[derive(Serialize)]
struct StoryJson<'a, I: Serialize> {
    #[serde(flatten)]
    invoice: I,
    /// Payments recorded with a date after as-of: not in `paid` nor `balance` yet (null
    /// on a credit note).
    paid_to_come: Option<String>,
    history: Vec<EventJson<'a>>,
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
            e.reference.clone(),
            e.amount.map(super::fmt::human).unwrap_or_default(),
            e.note.clone().unwrap_or_default(),
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
                reference: &e.reference,
                amount: e.amount.map(amount),
                note: e.note.as_deref(),
            })
            .collect(),
    };
    let mut all = sections.to_vec();
    all.push(("History", &history));
    print_record(format, &json, fields, &all);
}
