//! The dated facts of one invoice, from each table that holds one (for `invoice show`).

use rusqlite::Transaction;

use super::{opt_date, parse_stored_date};
use crate::domain::invoice::Invoice;
use crate::domain::money::Money;
use crate::domain::story::{StoryEvent, StoryKind, StoryNote, StoryRef};
use crate::error::Result;

/// The queries of an invoice's story, each by the invoice's id (`plans` checks that each
/// is served by an index: `invoice show` costs the same on any size of ledger).
pub(crate) const SUBSCRIPTION: &str =
    "SELECT r.period_start, r.schedule_id, r.period FROM recurring_invoice r WHERE r.invoice_id = ?1";
pub(crate) const DEPOSITS: &str =
    "SELECT f.issue_date, d.number, d.total_cents, d.id = ?1 FROM deposit_deduction x
         JOIN invoice d ON d.id = x.deposit_invoice_id JOIN invoice f ON f.id = x.final_invoice_id
         WHERE (x.final_invoice_id = ?1 OR x.deposit_invoice_id = ?1) AND f.issue_date IS NOT NULL";
pub(crate) const DEPOSIT_FINAL: &str =
    "SELECT f.number FROM deposit_deduction x JOIN invoice f ON f.id = x.final_invoice_id
                 WHERE x.deposit_invoice_id = ?1";
pub(crate) const SENDS: &str =
    "SELECT sent_on, recipient, transport FROM document_send WHERE invoice_id = ?1 ORDER BY id";
pub(crate) const PAYMENTS: &str = "SELECT p.date, p.id, SUM(a.amount_cents), p.method, p.reference
         FROM allocation a JOIN payment p ON p.id = a.payment_id
         WHERE a.invoice_id = ?1 GROUP BY p.id HAVING SUM(a.amount_cents) <> 0 ORDER BY p.id";
pub(crate) const CREDIT_NOTES: &str = "SELECT issue_date, number, total_cents, reason FROM invoice
         WHERE credited_invoice_id = ?1 AND number IS NOT NULL ORDER BY id";
pub(crate) const REMINDERS: &str = "SELECT date, step, channel, status, balance_cents, error FROM reminder WHERE invoice_id = ?1 ORDER BY id";
pub(crate) const HOLDS: &str =
    "SELECT since, until, released_on, reason FROM invoice_hold WHERE invoice_id = ?1 ORDER BY id";

/// An invoice as the story names it: its number, else its draft id.
fn invoice_ref(invoice: &Invoice) -> StoryRef {
    StoryRef::Invoice {
        number: invoice.number.clone(),
        id: invoice.id,
    }
}

/// Every fact about `invoice` recorded in the ledger, unordered.
pub fn events(tx: &Transaction, invoice: &Invoice) -> Result<Vec<StoryEvent>> {
    let id = invoice.id;
    let money = |cents: i64| Money::from_minor(cents, invoice.currency);
    let mut out = Vec::new();
    if let Some(day) = invoice.issue_date {
        out.push(StoryEvent {
            date: day,
            kind: StoryKind::Issued,
            reference: invoice_ref(invoice),
            amount: Some(invoice.total),
            note: invoice
                .due_date
                .filter(|_| !invoice.is_credit_note)
                .map(StoryNote::Due),
        });
    }
    let mut stmt = tx.prepare(SUBSCRIPTION)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Subscription,
            reference: StoryRef::Subscription(r.get(1)?),
            amount: None,
            note: Some(StoryNote::Period(r.get::<_, i64>(2)? + 1)),
        });
    }
    for (day, state, error) in super::schedule::of_invoice(tx, id)? {
        out.push(StoryEvent {
            date: day,
            kind: StoryKind::Scheduled,
            reference: StoryRef::SendState(state),
            amount: None,
            note: error.map(StoryNote::Text),
        });
    }
    // deposits deducted by a final invoice, on the day it was issued
    let mut stmt = tx.prepare(DEPOSITS)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let on_deposit: bool = r.get(3)?;
        let (reference, note) = if on_deposit {
            let final_number: Option<String> = tx.query_row(DEPOSIT_FINAL, [id], |r| r.get(0))?;
            (final_number.unwrap_or_default(), StoryNote::DeductedByFinal)
        } else {
            (r.get::<_, String>(1)?, StoryNote::DepositDeducted)
        };
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Deposit,
            reference: StoryRef::Text(reference),
            amount: Some(money(r.get(2)?)),
            note: Some(note),
        });
    }
    let mut stmt = tx.prepare(SENDS)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Sent,
            reference: StoryRef::Text(r.get(1)?),
            amount: None,
            note: Some(StoryNote::Text(r.get(2)?)),
        });
    }
    // one line per payment, what it gave this invoice (a payment spread over several
    // invoices shows its share)
    let mut stmt = tx.prepare(PAYMENTS)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let method: String = r.get(3)?;
        let reference: Option<String> = r.get(4)?;
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Payment,
            reference: StoryRef::Payment(r.get(1)?),
            amount: Some(money(r.get(2)?)),
            note: Some(StoryNote::Payment { method, reference }),
        });
    }
    let mut stmt = tx.prepare(CREDIT_NOTES)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::CreditNote,
            reference: StoryRef::Text(r.get(1)?),
            amount: Some(money(r.get(2)?)),
            note: r.get::<_, Option<String>>(3)?.map(StoryNote::Text),
        });
    }
    let mut stmt = tx.prepare(REMINDERS)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let channel: String = r.get(2)?;
        let status: String = r.get(3)?;
        let error: Option<String> = r.get(5)?;
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Reminder,
            reference: StoryRef::Text(r.get(1)?),
            amount: Some(money(r.get(4)?)),
            note: Some(StoryNote::Reminder {
                channel,
                status,
                error,
            }),
        });
    }
    let mut stmt = tx.prepare(HOLDS)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let reason: String = r.get(3)?;
        let until = opt_date(r.get(1)?)?;
        out.push(StoryEvent {
            date: parse_stored_date(&r.get::<_, String>(0)?)?,
            kind: StoryKind::Hold,
            reference: StoryRef::Text(reason.clone()),
            amount: None,
            note: until.map(StoryNote::Until),
        });
        if let Some(day) = opt_date(r.get(2)?)? {
            out.push(StoryEvent {
                date: day,
                kind: StoryKind::Released,
                reference: StoryRef::Text(reason),
                amount: None,
                note: None,
            });
        }
    }
    if let Some((day, amount)) = invoice.facts.write_off {
        out.push(StoryEvent {
            date: day,
            kind: StoryKind::WrittenOff,
            reference: invoice_ref(invoice),
            amount: Some(amount),
            note: invoice.write_off_reason.clone().map(StoryNote::Text),
        });
    }
    for e in super::sepa::story(tx, id)? {
        out.push(StoryEvent {
            date: e.day,
            kind: if e.returned {
                StoryKind::CollectionReturned
            } else {
                StoryKind::Collection
            },
            reference: StoryRef::Text(e.mandate),
            amount: Some(money(e.cents)),
            note: Some(e.note),
        });
    }
    Ok(out)
}
