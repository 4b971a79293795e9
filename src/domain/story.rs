//! An invoice's story: every dated fact about it, in order, for `invoice show`.

use chrono::NaiveDate;
use serde::Serialize;

use super::money::Money;

/// What happened to an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryKind {
    /// Made by a subscription for one of its periods.
    Subscription,
    Issued,
    /// A send scheduled by `invoice send --at`: its state (scheduled, sending, sent, failed).
    Scheduled,
    Sent,
    /// A deposit deducted: on the final invoice, the deposit invoice; on the deposit
    /// invoice, the final invoice that deducted it.
    Deposit,
    /// Put in a SEPA direct-debit file.
    Collection,
    /// A direct debit the debtor's bank returned (R-transaction).
    CollectionReturned,
    Payment,
    CreditNote,
    Reminder,
    Hold,
    Released,
    WrittenOff,
}

impl StoryKind {
    /// The word shown.
    pub fn as_str(self) -> &'static str {
        match self {
            StoryKind::Subscription => "subscription",
            StoryKind::Issued => "issued",
            StoryKind::Scheduled => "scheduled_send",
            StoryKind::Sent => "sent",
            StoryKind::Deposit => "deposit",
            StoryKind::Collection => "collection",
            StoryKind::CollectionReturned => "collection_returned",
            StoryKind::Payment => "payment",
            StoryKind::CreditNote => "credit_note",
            StoryKind::Reminder => "reminder",
            StoryKind::Hold => "hold",
            StoryKind::Released => "released",
            StoryKind::WrittenOff => "written_off",
        }
    }
}

/// Which record a fact is: facts, which `render::story` words in the interface's
/// language (JSON keeps the English words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryRef {
    /// Shown as it is: a number, a reminder step, a recipient, a mandate, a reason.
    Text(String),
    /// An invoice: its number, else its draft id.
    Invoice { number: Option<String>, id: i64 },
    /// A payment by its id.
    Payment(i64),
    /// A subscription by its id.
    Subscription(i64),
    /// A scheduled send's state code (`scheduled`, `sending`, `sent`, `failed`).
    SendState(String),
}

/// The word more about a fact, as facts (codes, dates, ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryNote {
    /// Shown as it is: a reason, a transport, an error, a bank's return reason.
    Text(String),
    /// An invoice's due date.
    Due(NaiveDate),
    /// The subscription's period, counted from 1.
    Period(i64),
    /// On a deposit invoice: a final invoice deducted it.
    DeductedByFinal,
    /// On a final invoice: a deposit was deducted.
    DepositDeducted,
    /// A payment's method code and its bank reference.
    Payment {
        method: String,
        reference: Option<String>,
    },
    /// A reminder's channel and status codes, and the error of a failed one.
    Reminder {
        channel: String,
        status: String,
        error: Option<String>,
    },
    /// A hold's last day.
    Until(NaiveDate),
    /// A SEPA collection: the sequence (FRST, RCUR...), the file's message id, the day
    /// it is collected.
    Collection {
        sequence: String,
        message_id: String,
        collect_on: String,
    },
}

/// One dated fact: what, which record it is (payment #3, AV-2026-0001, step r1), the
/// money it moved, and a word more (the method, the reason, the reminder's status).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryEvent {
    pub date: NaiveDate,
    pub kind: StoryKind,
    pub reference: StoryRef,
    pub amount: Option<Money>,
    pub note: Option<StoryNote>,
}

impl StoryEvent {
    /// Whether it is part of the story told on `as_of`: what happened by then, a send
    /// scheduled for a later day, shown as planned, and a payment recorded with a later
    /// date (a bank line dated after today), shown as to come.
    pub fn known_on(&self, as_of: NaiveDate) -> bool {
        self.date <= as_of || matches!(self.kind, StoryKind::Scheduled | StoryKind::Payment)
    }

    /// A payment dated after `as_of`: listed, not counted in the balance of that day.
    pub fn to_come(&self, as_of: NaiveDate) -> bool {
        self.kind == StoryKind::Payment && self.date > as_of
    }

    /// The event's word on `as_of` (`payment_to_come` for a payment dated later).
    pub fn word(&self, as_of: NaiveDate) -> &'static str {
        if self.to_come(as_of) {
            "payment_to_come"
        } else {
            self.kind.as_str()
        }
    }
}

/// The events oldest first; on one day, in the order things happen to an invoice
/// (issued before sent before paid...), then as recorded.
pub fn in_order(mut events: Vec<StoryEvent>) -> Vec<StoryEvent> {
    events.sort_by_key(|e| (e.date, e.kind));
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(date: &str, kind: StoryKind, reference: &str) -> StoryEvent {
        StoryEvent {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            kind,
            reference: StoryRef::Text(reference.into()),
            amount: None,
            note: None,
        }
    }

    #[test]
    fn a_payment_dated_after_today_is_told_as_to_come() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let later = event("2026-03-20", StoryKind::Payment, "payment #1");
        assert!(later.known_on(today) && later.to_come(today));
        assert_eq!(later.word(today), "payment_to_come");
        assert_eq!(later.word(later.date), "payment");
        let reminder = event("2026-03-20", StoryKind::Reminder, "r1");
        assert!(!reminder.known_on(today) && !reminder.to_come(today));
        assert_eq!(reminder.word(today), "reminder");
    }

    #[test]
    fn a_story_reads_oldest_first_and_issue_before_send_on_the_same_day() {
        let story = in_order(vec![
            event("2026-03-01", StoryKind::Payment, "payment #2"),
            event("2026-02-01", StoryKind::Sent, "compta@acme.example"),
            event("2026-02-01", StoryKind::Issued, "FACT-2026-0001"),
            event("2026-03-01", StoryKind::Payment, "payment #1"),
        ]);
        let refs: Vec<&str> = story
            .iter()
            .map(|e| match &e.reference {
                StoryRef::Text(t) => t.as_str(),
                _ => "",
            })
            .collect();
        // two payments the same day keep the order they were recorded in
        assert_eq!(
            refs,
            [
                "FACT-2026-0001",
                "compta@acme.example",
                "payment #2",
                "payment #1"
            ]
        );
    }
}
