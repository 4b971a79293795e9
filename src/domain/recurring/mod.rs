//! Subscriptions: which periods a schedule bills, on which day, at which price.
//!
//! Period `n` is computed from the start, never from period `n - 1`, so a schedule that
//! starts on the 31st bills on the 28th in February and on the 31st again in March.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

mod edit;
mod schedule;

pub use edit::*;
pub use schedule::*;

use super::DomainError;
use super::document::Line;
use super::money::round_cents;

/// How often a subscription bills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Week,
    Month,
    Quarter,
    Year,
}

impl Frequency {
    /// Reads `week`, `month`, `quarter` or `year` (also `weekly`, `monthly`...).
    pub fn parse(text: &str) -> Result<Frequency, DomainError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "week" | "weekly" => Ok(Frequency::Week),
            "month" | "monthly" => Ok(Frequency::Month),
            "quarter" | "quarterly" => Ok(Frequency::Quarter),
            "year" | "yearly" | "annual" => Ok(Frequency::Year),
            _ => Err(DomainError::Invalid(crate::t!(
                "domain-frequency-unknown",
                text = text
            ))),
        }
    }

    /// The word stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Week => "week",
            Frequency::Month => "month",
            Frequency::Quarter => "quarter",
            Frequency::Year => "year",
        }
    }

    /// Months per period; None for weeks.
    fn months(self) -> Option<u32> {
        match self {
            Frequency::Week => None,
            Frequency::Month => Some(1),
            Frequency::Quarter => Some(3),
            Frequency::Year => Some(12),
        }
    }
}

/// A price revision: periods starting on or after `from` are billed at the prices times
/// (1 + rate / 100), on top of earlier revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indexation {
    /// Percent, e.g. 3.5; negative for a decrease.
    pub rate: Decimal,
    pub from: NaiveDate,
}

impl Indexation {
    /// Reads `RATE%@YYYY-MM-DD`, e.g. `3.5%@2027-01-01` or `-2%@2028-01-01`.
    pub fn parse(text: &str) -> Result<Indexation, DomainError> {
        let wrong = || DomainError::Invalid(crate::t!("domain-index-invalid", text = text));
        let (rate, day) = text.split_once('@').ok_or_else(wrong)?;
        let rate = rate.trim().trim_end_matches('%').trim().replace(',', ".");
        let rate: Decimal = rate.parse().map_err(|_| wrong())?;
        if rate <= -Decimal::ONE_HUNDRED || rate > Decimal::ONE_HUNDRED || rate.scale() > 4 {
            return Err(wrong());
        }
        let from = super::parse_date(&crate::t!("domain-what-index-date"), day)?;
        Ok(Indexation { rate, from })
    }
}

/// A pause: periods starting from `from` up to the day before `until` are never billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub from: NaiveDate,
    /// None while the schedule is paused.
    pub until: Option<NaiveDate>,
}

impl Pause {
    /// Whether a period starting on `day` falls in this pause.
    pub fn covers(&self, day: NaiveDate) -> bool {
        day >= self.from && self.until.is_none_or(|u| day < u)
    }
}

/// One period of a schedule: its index (0 first) and its first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub index: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// When a schedule bills: its rhythm, first day and limit (an end date or a count).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    pub every: Frequency,
    pub start: NaiveDate,
    /// Day of the month a monthly, quarterly or yearly period starts on (clamped to
    /// the month's last day); None: the start's day.
    pub day_of_month: Option<u32>,
    /// The last day a period may start on.
    pub end: Option<NaiveDate>,
    /// How many periods in all.
    pub count: Option<u32>,
}

impl Calendar {
    /// A calendar, refused when its parts contradict each other.
    pub fn new(
        every: Frequency,
        start: NaiveDate,
        day_of_month: Option<u32>,
        end: Option<NaiveDate>,
        count: Option<u32>,
    ) -> Result<Calendar, DomainError> {
        let invalid = |m: String| Err(DomainError::Invalid(m));
        if let Some(d) = day_of_month {
            if every == Frequency::Week {
                return invalid(crate::t!("domain-day-of-month-weekly"));
            }
            if !(1..=31).contains(&d) {
                return invalid(crate::t!("domain-day-of-month-range", day = d.to_string()));
            }
        }
        if end.is_some() && count.is_some() {
            return invalid(crate::t!("domain-end-and-count"));
        }
        if count == Some(0) {
            return invalid(crate::t!("domain-count-zero"));
        }
        let calendar = Calendar {
            every,
            start,
            day_of_month,
            end,
            count,
        };
        let Some(first) = calendar.start_of(0) else {
            return invalid(crate::t!("domain-start-too-far", start = start.to_string()));
        };
        if let Some(end) = end
            && end < first
        {
            return invalid(crate::t!(
                "domain-end-before-first",
                end = end.to_string(),
                first = first.to_string()
            ));
        }
        Ok(calendar)
    }

    /// The first day of period `n`, ignoring the end and the count; None past the calendar.
    fn start_of(&self, n: u32) -> Option<NaiveDate> {
        let Some(step) = self.every.months() else {
            return self.start.checked_add_days(Days::new(7 * u64::from(n)));
        };
        let dom = self.day_of_month.unwrap_or(self.start.day());
        let month0 = i64::from(self.start.year()) * 12 + i64::from(self.start.month0());
        let skip = if clamp_day(self.start.year(), self.start.month(), dom)? >= self.start.day() {
            0
        } else {
            1
        };
        let month = month0 + skip + i64::from(n) * i64::from(step);
        let year = i32::try_from(month.div_euclid(12)).ok()?;
        let month = u32::try_from(month.rem_euclid(12)).ok()? + 1;
        NaiveDate::from_ymd_opt(year, month, clamp_day(year, month, dom)?)
    }

    /// Period `n` (0 first), or None past the end, the count or the calendar.
    pub fn period(&self, n: u32) -> Option<Period> {
        if self.count.is_some_and(|c| n >= c) {
            return None;
        }
        let start = self.start_of(n)?;
        if self.end.is_some_and(|e| start > e) {
            return None;
        }
        let end = self.start_of(n.checked_add(1)?)?.pred_opt()?;
        Some(Period { index: n, start, end })
    }

    /// Whether no period starts after `day`.
    pub fn finished_after(&self, day: NaiveDate) -> bool {
        let last = match (self.count, self.end) {
            (Some(c), _) => self.start_of(c - 1),
            (None, Some(e)) => Some(e),
            (None, None) => None,
        };
        last.is_some_and(|l| l <= day)
    }
}

/// `dom` in month `month` of `year`, or the month's last day when the month is shorter.
fn clamp_day(year: i32, month: u32, dom: u32) -> Option<u32> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(dom.min(first_of_next.pred_opt()?.day()))
}

/// Whether a period starting on `day` falls in one of the pauses.
pub fn is_paused(pauses: &[Pause], day: NaiveDate) -> bool {
    pauses.iter().any(|p| p.covers(day))
}

/// The periods to bill on `as_of`: every period started on or before it, neither billed
/// yet nor paused, oldest first. Billing them all leaves nothing due, and a run after a
/// gap bills what the daily runs in between would have billed.
pub fn due_periods(
    calendar: &Calendar,
    pauses: &[Pause],
    billed: &BTreeSet<u32>,
    as_of: NaiveDate,
) -> Vec<Period> {
    let mut due = Vec::new();
    let mut n = 0u32;
    while let Some(p) = calendar.period(n) {
        if p.start > as_of {
            break;
        }
        if !billed.contains(&n) && !is_paused(pauses, p.start) {
            due.push(p);
        }
        let Some(next) = n.checked_add(1) else { break };
        n = next;
    }
    due
}

/// The first period after `as_of` that will be billed (not paused), if any: what a listing
/// shows as "next". Looks at most `horizon` periods ahead.
pub fn next_period(calendar: &Calendar, pauses: &[Pause], as_of: NaiveDate, horizon: u32) -> Option<Period> {
    (0..horizon)
        .map_while(|n| calendar.period(n))
        .find(|p| p.start > as_of && !is_paused(pauses, p.start))
}

/// What the prices are multiplied by for a period starting on `day`.
pub fn index_factor(indexations: &[Indexation], day: NaiveDate) -> Decimal {
    indexations
        .iter()
        .filter(|i| i.from <= day)
        .fold(Decimal::ONE, |f, i| {
            f * (Decimal::ONE + i.rate / Decimal::ONE_HUNDRED)
        })
}

/// The schedule's lines at the prices of a period starting on `day`: each unit price
/// indexed, then rounded to cents.
pub fn indexed_lines(lines: &[Line], indexations: &[Indexation], day: NaiveDate) -> Vec<Line> {
    let factor = index_factor(indexations, day);
    lines
        .iter()
        .map(|l| Line {
            unit_price: if factor == Decimal::ONE {
                l.unit_price
            } else {
                round_cents(l.unit_price * factor)
            },
            ..l.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests;
