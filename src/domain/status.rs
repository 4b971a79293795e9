//! The status of an invoice, derived from facts and a date: never stored as truth.

use super::money::Money;
use chrono::NaiveDate;
use serde::Serialize;

/// Where an invoice stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Draft,
    Unsent,
    Sent,
    Overdue,
    PartiallyPaid,
    Paid,
    Credited,
    WrittenOff,
}

impl InvoiceStatus {
    pub const ALL: [InvoiceStatus; 8] = [
        InvoiceStatus::Draft,
        InvoiceStatus::Unsent,
        InvoiceStatus::Sent,
        InvoiceStatus::Overdue,
        InvoiceStatus::PartiallyPaid,
        InvoiceStatus::Paid,
        InvoiceStatus::Credited,
        InvoiceStatus::WrittenOff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Draft => "draft",
            InvoiceStatus::Unsent => "unsent",
            InvoiceStatus::Sent => "sent",
            InvoiceStatus::Overdue => "overdue",
            InvoiceStatus::PartiallyPaid => "partially_paid",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Credited => "credited",
            InvoiceStatus::WrittenOff => "written_off",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text.trim().to_ascii_lowercase())
    }

    /// Open means money is still expected: the invoice counts in balances and dunning.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            InvoiceStatus::Unsent
                | InvoiceStatus::Sent
                | InvoiceStatus::Overdue
                | InvoiceStatus::PartiallyPaid
        )
    }
}

/// What is known of an invoice, whatever the date.
#[derive(Debug, Clone, Default)]
pub struct InvoiceFacts {
    /// None while the invoice is a draft.
    pub issue_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    /// Day it was first sent to the customer, if ever.
    pub sent_on: Option<NaiveDate>,
    /// Total including VAT.
    pub total: Money,
    /// Amounts allocated to it from payments, with the payment date.
    pub payments: Vec<(NaiveDate, Money)>,
    /// Credit notes against it, with their issue date and total.
    pub credits: Vec<(NaiveDate, Money)>,
    /// Date and amount of a write-off.
    pub write_off: Option<(NaiveDate, Money)>,
}

/// An invoice seen on a given day: status, amounts and lateness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceView {
    pub status: InvoiceStatus,
    pub paid: Money,
    pub credited: Money,
    pub written_off: Money,
    /// What the customer still owes on it (never negative).
    pub balance: Money,
    /// Days past the due date while a balance is open, else 0.
    pub days_late: i64,
}

/// What is still owed on an invoice: never negative.
pub fn remaining(total: Money, paid: Money, credited: Money, written_off: Money) -> Money {
    (total - paid - credited - written_off).max(Money::zero(total.currency()))
}

/// Derives the status on `as_of`: only payments, credit notes and write-offs dated on or
/// before that day count. A balance still open past the due date is overdue, even when
/// part of it was paid; before the due date, a partly paid invoice is partially_paid.
pub fn invoice_view(facts: &InvoiceFacts, as_of: NaiveDate) -> InvoiceView {
    let currency = facts.total.currency();
    let sum = |items: &[(NaiveDate, Money)]| -> Money {
        Money::sum(
            items.iter().filter(|(d, _)| *d <= as_of).map(|(_, a)| *a),
            currency,
        )
    };
    let paid = sum(&facts.payments);
    let credited = sum(&facts.credits);
    let written_off = facts
        .write_off
        .filter(|(d, _)| *d <= as_of)
        .map_or(Money::zero(currency), |(_, a)| a);
    let Some(_issue_date) = facts.issue_date else {
        return InvoiceView {
            status: InvoiceStatus::Draft,
            paid,
            credited,
            written_off,
            balance: facts.total,
            days_late: 0,
        };
    };
    let balance = remaining(facts.total, paid, credited, written_off);
    let days_late = match facts.due_date {
        Some(due) if balance.is_positive() && as_of > due => (as_of - due).num_days(),
        _ => 0,
    };
    let status = if written_off.is_positive() {
        InvoiceStatus::WrittenOff
    } else if balance.is_zero() {
        if credited >= facts.total || paid.is_zero() {
            InvoiceStatus::Credited
        } else {
            InvoiceStatus::Paid
        }
    } else if days_late > 0 {
        InvoiceStatus::Overdue
    } else if paid.is_positive() {
        InvoiceStatus::PartiallyPaid
    } else if facts.sent_on.is_some_and(|d| d <= as_of) {
        InvoiceStatus::Sent
    } else {
        InvoiceStatus::Unsent
    };
    InvoiceView {
        status,
        paid,
        credited,
        written_off,
        balance,
        days_late,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn eur(units: i64) -> Money {
        Money::eur(units * 100)
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn issued(total: i64) -> InvoiceFacts {
        InvoiceFacts {
            issue_date: Some(day("2026-01-10")),
            due_date: Some(day("2026-02-09")),
            total: eur(total),
            ..Default::default()
        }
    }

    #[test]
    fn a_draft_is_a_draft() {
        let f = InvoiceFacts {
            total: eur(100),
            ..Default::default()
        };
        assert_eq!(invoice_view(&f, day("2026-06-01")).status, InvoiceStatus::Draft);
    }

    #[test]
    fn issued_then_sent_then_overdue() {
        let mut f = issued(1200);
        assert_eq!(invoice_view(&f, day("2026-01-10")).status, InvoiceStatus::Unsent);
        f.sent_on = Some(day("2026-01-11"));
        assert_eq!(invoice_view(&f, day("2026-01-10")).status, InvoiceStatus::Unsent);
        assert_eq!(invoice_view(&f, day("2026-01-11")).status, InvoiceStatus::Sent);
        let on_due = invoice_view(&f, day("2026-02-09"));
        assert_eq!((on_due.status, on_due.days_late), (InvoiceStatus::Sent, 0));
        let late = invoice_view(&f, day("2026-02-19"));
        assert_eq!((late.status, late.days_late), (InvoiceStatus::Overdue, 10));
        assert_eq!(late.balance, eur(1200));
    }

    #[test]
    fn an_unsent_invoice_is_overdue_all_the_same() {
        let v = invoice_view(&issued(100), day("2026-03-01"));
        assert_eq!(v.status, InvoiceStatus::Overdue);
    }

    #[test]
    fn partial_payment_before_and_after_due_date() {
        let mut f = issued(1200);
        f.payments.push((day("2026-01-20"), eur(500)));
        let v = invoice_view(&f, day("2026-01-25"));
        assert_eq!(
            (v.status, v.paid, v.balance),
            (InvoiceStatus::PartiallyPaid, eur(500), eur(700))
        );
        let v = invoice_view(&f, day("2026-02-10"));
        assert_eq!(
            (v.status, v.days_late, v.balance),
            (InvoiceStatus::Overdue, 1, eur(700))
        );
        // before the payment's date it did not happen yet
        let v = invoice_view(&f, day("2026-01-15"));
        assert_eq!((v.status, v.paid), (InvoiceStatus::Unsent, eur(0)));
    }

    #[test]
    fn fully_paid_is_paid_and_never_late() {
        let mut f = issued(1200);
        f.payments.push((day("2026-03-01"), eur(1200)));
        let v = invoice_view(&f, day("2026-05-01"));
        assert_eq!(
            (v.status, v.days_late, v.balance),
            (InvoiceStatus::Paid, 0, eur(0))
        );
    }

    #[test]
    fn credit_notes() {
        let mut f = issued(1200);
        f.credits.push((day("2026-01-15"), eur(200)));
        let v = invoice_view(&f, day("2026-01-20"));
        assert_eq!(
            (v.status, v.balance, v.credited),
            (InvoiceStatus::Unsent, eur(1000), eur(200))
        );
        f.credits.push((day("2026-01-16"), eur(1000)));
        assert_eq!(
            invoice_view(&f, day("2026-01-20")).status,
            InvoiceStatus::Credited
        );
    }

    #[test]
    fn paid_then_credited_for_the_rest_is_paid() {
        let mut f = issued(1200);
        f.payments.push((day("2026-01-20"), eur(500)));
        f.credits.push((day("2026-01-21"), eur(700)));
        let v = invoice_view(&f, day("2026-03-01"));
        assert_eq!(
            (v.status, v.balance, v.days_late),
            (InvoiceStatus::Paid, eur(0), 0)
        );
    }

    #[test]
    fn write_off_ends_the_invoice() {
        let mut f = issued(1200);
        f.payments.push((day("2026-01-20"), eur(200)));
        f.write_off = Some((day("2026-06-01"), eur(1000)));
        let before = invoice_view(&f, day("2026-05-31"));
        assert_eq!(before.status, InvoiceStatus::Overdue);
        let after = invoice_view(&f, day("2026-06-01"));
        assert_eq!(
            (after.status, after.balance, after.days_late),
            (InvoiceStatus::WrittenOff, eur(0), 0)
        );
    }

    #[test]
    fn status_names_round_trip() {
        for s in InvoiceStatus::ALL {
            assert_eq!(InvoiceStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(InvoiceStatus::parse("nope"), None);
    }

    proptest! {
        #[test]
        fn balance_is_what_is_left_and_never_negative(
            total in 1i64..1_000_000,
            pays in proptest::collection::vec((0i64..200, 1i64..500_000), 0..5),
            credits in proptest::collection::vec((0i64..200, 1i64..500_000), 0..3),
            as_of in 0i64..300,
        ) {
            let base = day("2026-01-01");
            let f = InvoiceFacts {
                issue_date: Some(base),
                due_date: Some(base + chrono::Duration::days(30)),
                sent_on: Some(base),
                total: Money::eur(total),
                payments: pays.iter().map(|(d, a)| (base + chrono::Duration::days(*d), Money::eur(*a))).collect(),
                credits: credits.iter().map(|(d, a)| (base + chrono::Duration::days(*d), Money::eur(*a))).collect(),
                write_off: None,
            };
            let on = base + chrono::Duration::days(as_of);
            let v = invoice_view(&f, on);
            prop_assert!(v.balance >= eur(0));
            prop_assert_eq!(v.balance, (f.total - v.paid - v.credited).max(eur(0)));
            prop_assert_eq!(v.status.is_open(), v.balance.is_positive());
            prop_assert_eq!(v.days_late > 0, v.status == InvoiceStatus::Overdue);
            if v.days_late > 0 { prop_assert_eq!(v.days_late, as_of - 30); }
            // a later day never has less paid
            let later = invoice_view(&f, on + chrono::Duration::days(1));
            prop_assert!(later.paid >= v.paid && later.balance <= v.balance);
        }
    }
}
