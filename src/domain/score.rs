//! A payment score per customer: 0 to 100 and a letter A to E, from the customer's own
//! history on a day. Each factor loses part of its weight in proportion to how bad it
//! is (its severity, 0 to 1); the score is the share of the weights kept. Every factor
//! only gets worse when the customer pays later or owes more, so paying an invoice of
//! the last twelve months earlier never lowers the score and a new overdue invoice due
//! in them never raises it (the trend compares with the year before: an invoice of that
//! year paid earlier raises the bar the last twelve months are measured against).

use chrono::{Days, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;

use super::money::Money;
use super::receivable::Receivable;

/// How much each factor weighs, and the history below which a customer is "new".
/// Weights are relative: the score is the share of their sum a customer keeps.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScorePolicy {
    /// Average days late (amount-weighted), full loss at 60 days.
    pub lateness: Decimal,
    /// Share of the invoices due in twelve months paid late or still late.
    pub late_share: Decimal,
    /// The oldest overdue invoice now, full loss at 90 days.
    pub overdue: Decimal,
    /// Invoices put on hold (disputed) in twelve months, full loss at 3.
    pub disputes: Decimal,
    /// Credit notes in twelve months, full loss at 3.
    pub credit_notes: Decimal,
    /// Formal notices sent in twelve months, full loss at 2.
    pub notices: Decimal,
    /// Lateness worse than the twelve months before, full loss at 30 days worse.
    pub trend: Decimal,
    /// Below this many invoices due so far, the letter is "new".
    pub min_invoices: usize,
    /// Under this score (customers past the minimum history), no new quote or invoice
    /// without --force; None: no floor.
    pub floor: Option<Decimal>,
}

impl Default for ScorePolicy {
    fn default() -> Self {
        ScorePolicy {
            lateness: Decimal::from(30),
            late_share: Decimal::from(20),
            overdue: Decimal::from(20),
            disputes: Decimal::from(5),
            credit_notes: Decimal::from(5),
            notices: Decimal::from(10),
            trend: Decimal::from(10),
            min_invoices: 3,
            floor: None,
        }
    }
}

impl ScorePolicy {
    /// Weights are not negative and some weigh; a floor lies between 0 and 100.
    pub fn check(&self) -> Result<(), String> {
        let weights = self.weights();
        if weights.iter().any(|w| w.is_sign_negative()) || weights.iter().all(|w| w.is_zero()) {
            return Err(crate::t!("domain-score-weights"));
        }
        if self
            .floor
            .is_some_and(|f| f.is_sign_negative() || f > Decimal::ONE_HUNDRED)
        {
            return Err(crate::t!("domain-score-floor"));
        }
        Ok(())
    }

    fn weights(&self) -> [Decimal; 7] {
        [
            self.lateness,
            self.late_share,
            self.overdue,
            self.disputes,
            self.credit_notes,
            self.notices,
            self.trend,
        ]
    }
}

/// Amounts and days late over a window of due dates: Σ minor × days late and Σ paid.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Lateness {
    minor_days: i128,
    paid_minor: i128,
}

impl Lateness {
    /// Days late per unit paid: the amount-weighted average days late when all is paid;
    /// an unpaid amount counts its days but not its weight, so it never makes a customer
    /// look better.
    fn days(&self) -> LateDays {
        if self.paid_minor > 0 {
            let days = Decimal::from_i128_with_scale(self.minor_days, 0)
                / Decimal::from_i128_with_scale(self.paid_minor, 0);
            LateDays::Days(days.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero))
        } else if self.minor_days > 0 {
            LateDays::NothingPaid
        } else {
            LateDays::NothingDue
        }
    }
}

/// How late a customer pays over a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LateDays {
    /// Nothing paid nor late.
    NothingDue,
    /// Days late per unit paid (the amount-weighted average when all is paid), one decimal.
    Days(Decimal),
    /// Late debts and nothing paid: the worst.
    NothingPaid,
}

impl LateDays {
    /// The days the factors weigh: nothing paid counts as late as can be, and no
    /// average counts more (so paying something never looks worse than paying nothing).
    fn weighed(self) -> Decimal {
        let most = Decimal::from(9999);
        match self {
            LateDays::NothingDue => Decimal::ZERO,
            LateDays::Days(d) => d.min(most),
            LateDays::NothingPaid => most,
        }
    }
}

/// The day a score's twelve months start after: what is dated on it or before is not in
/// them.
pub fn year_before(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_days(Days::new(365)).unwrap_or(NaiveDate::MIN)
}

/// One customer's history, added invoice by invoice during a pass over the ledger.
#[derive(Debug, Clone)]
pub struct History {
    as_of: NaiveDate,
    year_ago: NaiveDate,
    two_years_ago: NaiveDate,
    current: Lateness,
    previous: Lateness,
    due_in_year: usize,
    late_in_year: usize,
    due_so_far: usize,
    oldest_overdue_days: i64,
    overdue: Money,
    credit_notes: usize,
    disputes: usize,
    notices: usize,
}

impl History {
    /// An empty history on `as_of`; `zero` gives the currency.
    pub fn new(as_of: NaiveDate, zero: Money) -> History {
        History {
            as_of,
            year_ago: year_before(as_of),
            two_years_ago: History::counted_only_until(as_of),
            current: Lateness::default(),
            previous: Lateness::default(),
            due_in_year: 0,
            late_in_year: 0,
            due_so_far: 0,
            oldest_overdue_days: 0,
            overdue: zero,
            credit_notes: 0,
            disputes: 0,
            notices: 0,
        }
    }

    fn in_year(&self, day: NaiveDate) -> bool {
        day > self.year_ago && day <= self.as_of
    }

    /// An issued invoice of the customer, with what settled it whatever the date.
    pub fn add_invoice(&mut self, r: &Receivable) {
        let as_of = self.as_of;
        // an invoice read from the settlement record holds the sum of its credit notes
        // alone: they are handed over one by one (`add_credit_note`)
        if r.summed.is_none() {
            self.credit_notes += r.credits.iter().filter(|(d, _)| self.in_year(*d)).count();
        }
        if r.due > as_of {
            return;
        }
        self.due_so_far += 1;
        let balance = r.balance_on(as_of);
        let late_now = r.days_late_on(as_of);
        if late_now > 0 {
            self.overdue += balance;
            self.oldest_overdue_days = self.oldest_overdue_days.max(late_now);
        }
        let window = if r.due > self.year_ago {
            self.due_in_year += 1;
            if r.was_late(as_of) {
                self.late_in_year += 1;
            }
            &mut self.current
        } else if r.due > self.two_years_ago {
            &mut self.previous
        } else {
            return;
        };
        let paid = r.payment_days(as_of);
        window.paid_minor += paid.paid as i128;
        window.minor_days += paid.late_days;
        // what never came (open or written off) is late up to today
        let unpaid = balance.minor() + r.written_off_on(as_of).minor();
        window.minor_days += (as_of - r.due).num_days() as i128 * unpaid.max(0) as i128;
    }

    /// The last due day of an invoice that, once nothing is left owed on `as_of`, weighs
    /// in no measure but
    /// the count of invoices due so far: its due day is before both windows of lateness
    /// and the twelve months of the late share.
    pub fn counted_only_until(as_of: NaiveDate) -> NaiveDate {
        as_of.checked_sub_days(Days::new(730)).unwrap_or(NaiveDate::MIN)
    }

    /// How many more invoices due so far would change the score (its letter "new"
    /// under the policy's minimum); 0 when none would.
    pub fn due_wanted(&self, policy: &ScorePolicy) -> usize {
        policy.min_invoices.saturating_sub(self.due_so_far)
    }

    /// `count` paid-up invoices due on or before [`History::counted_only_until`], added
    /// without their figures: what [`History::add_invoice`] would make of them.
    pub fn add_counted_only(&mut self, count: usize) {
        self.due_so_far += count;
    }

    /// A credit note issued on `day` for an invoice of the customer read from the
    /// settlement record (see [`History::add_invoice`]).
    pub fn add_credit_note(&mut self, day: NaiveDate) {
        if self.in_year(day) {
            self.credit_notes += 1;
        }
    }

    /// An invoice of the customer put on hold (a dispute) on `since`.
    pub fn add_dispute(&mut self, since: NaiveDate) {
        if self.in_year(since) {
            self.disputes += 1;
        }
    }

    /// A formal notice sent to the customer on `day`.
    pub fn add_notice(&mut self, day: NaiveDate) {
        if self.in_year(day) {
            self.notices += 1;
        }
    }
}

/// What a factor measures, with the figures `customer show` explains it by.
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    /// Amount-weighted days late over twelve months.
    Lateness(LateDays),
    /// Invoices due in twelve months, and how many of them were late.
    LateShare {
        late: usize,
        due: usize,
    },
    /// Overdue now: the amount and the oldest invoice's days late.
    Overdue {
        amount: Money,
        oldest_days: i64,
    },
    Disputes(usize),
    CreditNotes(usize),
    Notices(usize),
    /// Days late over the last twelve months and the twelve before.
    Trend {
        current: LateDays,
        previous: LateDays,
    },
}

/// One factor of a score: its weight, how bad it is and the points it costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    pub measure: Measure,
    pub weight: Decimal,
    /// 0 (nothing wrong) to 1 (the whole weight lost).
    pub severity: Decimal,
    /// Points out of 100 lost to this factor, one decimal.
    pub lost: Decimal,
}

/// The letter of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    A,
    B,
    C,
    D,
    E,
    /// Less history than the policy's minimum: the points are shown but mean little.
    New,
}

impl Grade {
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::E => "E",
            Grade::New => "new",
        }
    }

    /// A from 80, B from 60, C from 40, D from 20, E below.
    fn of(points: u8) -> Grade {
        match points {
            80.. => Grade::A,
            60..=79 => Grade::B,
            40..=59 => Grade::C,
            20..=39 => Grade::D,
            _ => Grade::E,
        }
    }
}

/// A customer's score on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// 0 (worst) to 100 (nothing to reproach).
    pub points: u8,
    pub grade: Grade,
    pub factors: Vec<Factor>,
}

impl Score {
    /// Past the minimum history and under the policy's floor.
    pub fn below_floor(&self, policy: &ScorePolicy) -> bool {
        self.grade != Grade::New && policy.floor.is_some_and(|f| Decimal::from(self.points) < f)
    }
}

fn ratio(part: Decimal, full: Decimal) -> Decimal {
    (part / full).clamp(Decimal::ZERO, Decimal::ONE)
}

fn count(n: usize, full: u32) -> Decimal {
    ratio(Decimal::from(n), Decimal::from(full))
}

/// The score of a history under a policy.
pub fn score(h: &History, policy: &ScorePolicy) -> Score {
    let current = h.current.days();
    let previous = h.previous.days();
    let worse_by = current.weighed() - previous.weighed();
    let factors: Vec<(Measure, Decimal, Decimal)> = vec![
        (
            Measure::Lateness(current),
            policy.lateness,
            ratio(current.weighed(), Decimal::from(60)),
        ),
        (
            Measure::LateShare {
                late: h.late_in_year,
                due: h.due_in_year,
            },
            policy.late_share,
            if h.due_in_year == 0 {
                Decimal::ZERO
            } else {
                Decimal::from(h.late_in_year) / Decimal::from(h.due_in_year)
            },
        ),
        (
            Measure::Overdue {
                amount: h.overdue,
                oldest_days: h.oldest_overdue_days,
            },
            policy.overdue,
            ratio(Decimal::from(h.oldest_overdue_days), Decimal::from(90)),
        ),
        (
            Measure::Disputes(h.disputes),
            policy.disputes,
            count(h.disputes, 3),
        ),
        (
            Measure::CreditNotes(h.credit_notes),
            policy.credit_notes,
            count(h.credit_notes, 3),
        ),
        (Measure::Notices(h.notices), policy.notices, count(h.notices, 2)),
        (
            Measure::Trend { current, previous },
            policy.trend,
            // no trend without a year before to compare with
            if previous != LateDays::NothingDue {
                ratio(worse_by, Decimal::from(30))
            } else {
                Decimal::ZERO
            },
        ),
    ];
    let total: Decimal = factors.iter().map(|f| f.1).sum();
    let lost: Decimal = factors.iter().map(|f| f.1 * f.2).sum();
    let kept = if total.is_zero() {
        Decimal::ONE_HUNDRED
    } else {
        Decimal::ONE_HUNDRED * (total - lost) / total
    };
    let points = kept
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
        .to_u8()
        .unwrap_or(0);
    let grade = if h.due_so_far < policy.min_invoices {
        Grade::New
    } else {
        Grade::of(points)
    };
    let out_of_100 = |w: Decimal| {
        if total.is_zero() {
            Decimal::ZERO
        } else {
            w * Decimal::ONE_HUNDRED / total
        }
    };
    Score {
        points,
        grade,
        factors: factors
            .into_iter()
            .map(|(measure, weight, severity)| Factor {
                measure,
                weight: out_of_100(weight).round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero),
                severity,
                lost: out_of_100(weight * severity)
                    .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
