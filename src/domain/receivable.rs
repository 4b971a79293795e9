//! A lean view of an issued invoice for reports over the whole ledger: facts borrowed
//! from arrays filled in one pass, rules shared with `status`.

use chrono::{Days, NaiveDate};

use super::money::Money;
use super::status::remaining;

/// An issued invoice and what settled it, whatever the date.
#[derive(Debug, Clone, Copy)]
pub struct Receivable<'a> {
    pub id: i64,
    pub customer_id: i64,
    pub issue: NaiveDate,
    pub due: NaiveDate,
    pub total: Money,
    /// (payment date, minor units of the total's currency) allocated to it, oldest first:
    /// borrowed from flat arrays a report fills in one pass.
    pub payments: &'a [(NaiveDate, i64)],
    /// (credit-note date, minor units), oldest first.
    pub credits: &'a [(NaiveDate, i64)],
    pub write_off: Option<(NaiveDate, Money)>,
    /// The sums of its payments as the settlement record holds them, when they were read
    /// from it rather than from its dated payments (whose days `payments` then no longer
    /// tell): all of its payments, each dated by any day it is read on.
    pub summed: Option<PaymentDays>,
}

/// Sums over the payments of an invoice (releases counted negative): the minor units
/// paid, and the minor units times the days from its due day to each payment's day,
/// signed (a payment before the due day counts negative) and late (those count 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaymentDays {
    pub paid: i64,
    pub days: i128,
    pub late_days: i128,
}

fn sum_until(items: &[(NaiveDate, i64)], day: NaiveDate, zero: Money) -> Money {
    let minor: i64 = items.iter().take_while(|(d, _)| *d <= day).map(|(_, m)| m).sum();
    Money::from_minor(minor, zero.currency())
}

impl Receivable<'_> {
    fn zero(&self) -> Money {
        Money::zero(self.total.currency())
    }

    /// [`PaymentDays`] of the payments made by `day`: the record's sums when they were
    /// read from it.
    pub fn payment_days(&self, day: NaiveDate) -> PaymentDays {
        if let Some(summed) = self.summed {
            return summed;
        }
        let mut sums = PaymentDays::default();
        for &(paid_on, minor) in self.payments.iter().filter(|(d, _)| *d <= day) {
            let days = (paid_on - self.due).num_days() as i128;
            sums.paid += minor;
            sums.days += days * minor as i128;
            sums.late_days += days.max(0) * minor as i128;
        }
        sums
    }

    pub fn paid_on(&self, day: NaiveDate) -> Money {
        sum_until(self.payments, day, self.zero())
    }

    pub fn credited_on(&self, day: NaiveDate) -> Money {
        sum_until(self.credits, day, self.zero())
    }

    pub fn written_off_on(&self, day: NaiveDate) -> Money {
        self.write_off
            .filter(|(d, _)| *d <= day)
            .map_or(self.zero(), |(_, a)| a)
    }

    /// What is still owed at the end of `day` (the same rule as the invoice status).
    pub fn balance_on(&self, day: NaiveDate) -> Money {
        remaining(
            self.total,
            self.paid_on(day),
            self.credited_on(day),
            self.written_off_on(day),
        )
    }

    /// Days past due on `day` while a balance is open, else 0.
    pub fn days_late_on(&self, day: NaiveDate) -> i64 {
        if day > self.due && self.balance_on(day).is_positive() {
            (day - self.due).num_days()
        } else {
            0
        }
    }

    /// The day the balance reached zero by payments and credits, if it did by `as_of`.
    pub fn settled_on(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        let mut events: Vec<(NaiveDate, i64)> = self
            .payments
            .iter()
            .chain(self.credits.iter())
            .copied()
            .filter(|(d, _)| *d <= as_of)
            .collect();
        events.sort_by_key(|e| e.0);
        let mut left = self.total.minor();
        for (d, c) in events {
            left -= c;
            if left <= 0 {
                return Some(d);
            }
        }
        None
    }

    /// Paid after its due date, still unpaid past it on `as_of`, or written off: what
    /// makes a late payer. An invoice cancelled by credit notes alone was not paid late.
    pub fn was_late(&self, as_of: NaiveDate) -> bool {
        if self.written_off_on(as_of).is_positive() {
            return true;
        }
        match self.settled_on(as_of) {
            Some(d) => d > self.due && self.paid_on(as_of).is_positive(),
            None => as_of > self.due,
        }
    }
}

/// Invoices due in the twelve months before a day that were paid late make a frequent
/// late payer from this many on.
pub const LATE_INVOICES_FOR_FLAG: usize = 3;

/// Whether an invoice due on `due` counts towards the frequent-late-payer flag on
/// `as_of`: due in the twelve months up to that day.
pub fn in_late_payer_window(due: NaiveDate, as_of: NaiveDate) -> bool {
    let year_ago = as_of.checked_sub_days(Days::new(365)).unwrap_or(NaiveDate::MIN);
    due > year_ago && due <= as_of
}

impl Receivable<'_> {
    /// One of the late invoices that count towards the flag on `as_of`.
    pub fn counts_as_late(&self, as_of: NaiveDate) -> bool {
        in_late_payer_window(self.due, as_of) && self.was_late(as_of)
    }
}

/// The one rule of the frequent late payer: what `customer list`, `report kpis` and the
/// dunning run all say.
pub fn is_frequent_late_payer(late_invoices: usize) -> bool {
    late_invoices >= LATE_INVOICES_FOR_FLAG
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn balance_and_lateness_follow_the_dates() {
        let pays = [(day("2026-02-10"), 500), (day("2026-03-20"), 700)];
        let r = Receivable {
            id: 1,
            customer_id: 1,
            issue: day("2026-01-01"),
            due: day("2026-01-31"),
            total: Money::eur(1200),
            payments: &pays,
            credits: &[],
            write_off: None,
            summed: None,
        };
        assert_eq!(r.balance_on(day("2026-01-15")), Money::eur(1200));
        assert_eq!(r.balance_on(day("2026-02-10")), Money::eur(700));
        assert_eq!(r.days_late_on(day("2026-02-10")), 10);
        assert_eq!(r.balance_on(day("2026-03-20")), Money::eur(0));
        assert_eq!(r.days_late_on(day("2026-03-21")), 0);
        assert_eq!(r.settled_on(day("2026-12-31")), Some(day("2026-03-20")));
        assert_eq!(r.settled_on(day("2026-03-01")), None);
        assert!(r.was_late(day("2026-12-31")));
    }

    #[test]
    fn on_time_is_not_late() {
        let pays = [(day("2026-01-30"), 1200)];
        let r = Receivable {
            id: 1,
            customer_id: 1,
            issue: day("2026-01-01"),
            due: day("2026-01-31"),
            total: Money::eur(1200),
            payments: &pays,
            credits: &[],
            write_off: None,
            summed: None,
        };
        assert!(!r.was_late(day("2026-06-01")));
        assert!(!r.was_late(day("2026-01-15")));
    }

    fn receivable<'a>(
        due: &str,
        total: i64,
        payments: &'a [(NaiveDate, i64)],
        credits: &'a [(NaiveDate, i64)],
    ) -> Receivable<'a> {
        Receivable {
            id: 1,
            customer_id: 1,
            issue: day(due) - chrono::Duration::days(30),
            due: day(due),
            total: Money::eur(total),
            payments,
            credits,
            write_off: None,
            summed: None,
        }
    }

    #[test]
    fn three_late_invoices_in_twelve_months_flag_a_frequent_late_payer() {
        let as_of = day("2026-06-30");
        let paid_late = [(day("2026-02-15"), 100)];
        let paid_on_time = [(day("2026-02-20"), 100)];
        let paid_long_ago = [(day("2025-05-01"), 100)];
        let late = [
            receivable("2026-01-31", 100, &paid_late, &[]),
            receivable("2026-02-28", 100, &paid_on_time, &[]),
            receivable("2026-05-31", 100, &[], &[]),
            receivable("2025-03-31", 100, &paid_long_ago, &[]),
        ];
        let count = |rs: &[Receivable]| rs.iter().filter(|r| r.counts_as_late(as_of)).count();
        assert_eq!(
            count(&late),
            2,
            "late paid and still open; on time and long ago do not count"
        );
        assert!(!is_frequent_late_payer(count(&late)));
        let paid_late_too = [(day("2026-05-02"), 100)];
        let mut more = late.to_vec();
        more.push(receivable("2026-04-30", 100, &paid_late_too, &[]));
        assert!(is_frequent_late_payer(count(&more)));
        // not yet due: not late
        assert!(!receivable("2026-07-31", 100, &[], &[]).counts_as_late(as_of));
    }

    #[test]
    fn an_invoice_cancelled_by_credit_notes_was_not_paid_late() {
        let as_of = day("2026-06-30");
        let before_due = [(day("2026-01-20"), 100)];
        let after_due = [(day("2026-03-20"), 100)];
        assert!(!receivable("2026-01-31", 100, &[], &before_due).counts_as_late(as_of));
        assert!(!receivable("2026-01-31", 100, &[], &after_due).counts_as_late(as_of));
        // paid in part, the rest credited after the due date: paid late
        let part = [(day("2026-02-10"), 60)];
        let rest = [(day("2026-02-12"), 40)];
        assert!(receivable("2026-01-31", 100, &part, &rest).counts_as_late(as_of));
    }
}
