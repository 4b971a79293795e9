//! `recurring edit`: what may change in a running subscription, from which day, and the
//! line of history each change leaves.

use chrono::NaiveDate;

use super::{Calendar, Indexation, Schedule, indexed_lines};
use crate::domain::DomainError;
use crate::domain::document::Line;

/// New lines for the periods starting on or after `from` (the earlier ones keep theirs).
#[derive(Debug, Clone, PartialEq)]
pub struct LineChange {
    pub from: NaiveDate,
    pub lines: Vec<Line>,
}

/// One change of a subscription, as `recurring show` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeNote {
    /// The day the change was made (the edit's --as-of).
    pub made_on: NaiveDate,
    pub text: String,
}

/// What `recurring edit` asks; None leaves a part as it is.
#[derive(Debug, Clone, Default)]
pub struct ScheduleEdit {
    pub lines: Option<LineChange>,
    pub end: Option<NaiveDate>,
    pub count: Option<u32>,
    pub day_of_month: Option<u32>,
    pub issue: Option<bool>,
    pub send: Option<bool>,
}

/// A checked edit: the schedule's new calendar and flags, and the history line.
#[derive(Debug, Clone)]
pub struct EditedSchedule {
    pub calendar: Calendar,
    pub issue: bool,
    pub send: bool,
    pub lines: Option<LineChange>,
    pub note: String,
}

impl Schedule {
    /// The lines billed for a period starting on `day`, at that period's prices: the
    /// latest line change from on or before `day` (else the lines the schedule started
    /// with), indexed by the revisions dated after that change (a price typed on a day is
    /// the price of that day) and on or before `day`.
    pub fn lines_on(&self, day: NaiveDate) -> Vec<Line> {
        match self.line_changes.iter().rev().find(|c| c.from <= day) {
            Some(change) => {
                let later: Vec<Indexation> = self
                    .indexations
                    .iter()
                    .filter(|i| i.from > change.from)
                    .copied()
                    .collect();
                indexed_lines(&change.lines, &later, day)
            }
            None => indexed_lines(&self.lines, &self.indexations, day),
        }
    }

    /// Checks an edit against what is billed already: no billed period may change.
    pub fn edit(&self, edit: ScheduleEdit) -> Result<EditedSchedule, DomainError> {
        let invalid = |m: String| Err(DomainError::Invalid(m));
        let id = self.id;
        let mut notes = Vec::new();
        if let Some(change) = &edit.lines {
            if change.lines.is_empty() {
                return invalid(crate::t!("domain-recurring-no-lines"));
            }
            if let Some(b) = self.billed.iter().find(|b| b.start >= change.from) {
                return invalid(crate::t!(
                    "domain-recurring-period-billed-from",
                    start = b.start.to_string(),
                    id = id,
                    invoice = b
                        .invoice_label()
                        .unwrap_or_else(|| crate::t!("domain-recurring-deleted-draft"))
                ));
            }
            let words: Vec<String> = change
                .lines
                .iter()
                .map(|l| {
                    format!(
                        "{} {} x {} ({} %)",
                        l.designation,
                        l.quantity.normalize(),
                        l.unit_price,
                        l.vat_rate.normalize()
                    )
                })
                .collect();
            notes.push(format!("lines from {}: {}", change.from, words.join("; ")));
        }
        let c = self.calendar;
        let (mut end, mut count) = (c.end, c.count);
        if let Some(e) = edit.end {
            (end, count) = (Some(e), None);
            notes.push(format!("end {e}"));
        }
        if let Some(n) = edit.count {
            (end, count) = (None, Some(n));
            notes.push(format!("count {n}"));
        }
        let mut day_of_month = c.day_of_month;
        if let Some(d) = edit.day_of_month {
            if let Some(b) = self.billed.first() {
                return invalid(crate::t!(
                    "domain-recurring-periods-fixed",
                    id = id,
                    start = b.start.to_string()
                ));
            }
            day_of_month = Some(d);
            notes.push(format!("day of month {d}"));
        }
        let calendar = Calendar::new(c.every, c.start, day_of_month, end, count)?;
        if let Some(b) = self.billed.iter().find(|b| calendar.period(b.index).is_none()) {
            return invalid(crate::t!(
                "domain-recurring-period-billed-end",
                start = b.start.to_string(),
                id = id,
                invoice = b
                    .invoice_label()
                    .unwrap_or_else(|| crate::t!("domain-recurring-deleted-draft"))
            ));
        }
        let send = edit.send.unwrap_or(self.send);
        let issue = match edit.issue {
            Some(false) if send => {
                return invalid(crate::t!("domain-recurring-send-needs-issue", id = id));
            }
            Some(i) => i,
            None => self.issue || send,
        };
        let issue = issue || send;
        if issue != self.issue {
            notes.push(format!("issue {}", if issue { "on" } else { "off" }));
        }
        if send != self.send {
            notes.push(format!("send {}", if send { "on" } else { "off" }));
        }
        if notes.is_empty() {
            return invalid(crate::t!("domain-recurring-nothing-to-change", id = id));
        }
        Ok(EditedSchedule {
            calendar,
            issue,
            send,
            lines: edit.lines,
            note: notes.join(", "),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::recurring::{Billed, Frequency};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn priced(designation: &str, price: &str) -> Line {
        Line {
            sku: None,
            designation: designation.into(),
            quantity: Decimal::ONE,
            unit_price: Decimal::from_str(price).unwrap(),
            vat_rate: Decimal::from(20),
            unit: None,
            kind: crate::domain::document::LineKind::Service,
            discount: None,
        }
    }

    fn subscribed(billed: &[(u32, &str)]) -> Schedule {
        Schedule {
            id: 7,
            customer_id: 1,
            customer_code: "ACME".into(),
            calendar: Calendar::new(Frequency::Month, day("2026-01-01"), None, None, None).unwrap(),
            lines: vec![priced("Abo", "100")],
            line_changes: vec![],
            history: vec![],
            indexations: vec![
                Indexation::parse("10%@2026-03-01").unwrap(),
                Indexation::parse("10%@2026-09-01").unwrap(),
            ],
            pauses: vec![],
            issue: true,
            send: false,
            billed: billed
                .iter()
                .map(|(index, start)| Billed {
                    index: *index,
                    start: day(start),
                    invoice_id: Some(i64::from(*index) + 1),
                    invoice_number: Some(format!("FACT-2026-{:04}", index + 1)),
                })
                .collect(),
        }
    }

    #[test]
    fn edited_lines_bill_from_their_day_and_only_later_revisions_index_them() {
        let mut s = subscribed(&[]);
        s.line_changes.push(LineChange {
            from: day("2026-05-01"),
            lines: vec![priced("Abo plus", "150")],
        });
        let price = |s: &Schedule, d: &str| {
            let l = s.lines_on(day(d));
            (l[0].designation.clone(), l[0].unit_price.to_string())
        };
        assert_eq!(price(&s, "2026-04-01"), ("Abo".into(), "110.00".into()));
        // the price typed on 05-01 is the price of that day: the March revision is behind it
        assert_eq!(price(&s, "2026-05-01"), ("Abo plus".into(), "150".into()));
        assert_eq!(price(&s, "2026-09-01"), ("Abo plus".into(), "165.00".into()));
    }

    #[test]
    fn an_edit_never_changes_a_billed_period() {
        let s = subscribed(&[(0, "2026-01-01"), (1, "2026-02-01")]);
        let lines = |from: &str| ScheduleEdit {
            lines: Some(LineChange {
                from: day(from),
                lines: vec![priced("Abo", "120")],
            }),
            ..ScheduleEdit::default()
        };
        let err = s.edit(lines("2026-02-01")).unwrap_err().to_string();
        assert!(err.contains("already billed (FACT-2026-0002)"), "{err}");
        let ok = s.edit(lines("2026-02-02")).unwrap();
        assert_eq!(ok.note, "lines from 2026-02-02: Abo 1 x 120 (20 %)");
        let err = s
            .edit(ScheduleEdit {
                count: Some(1),
                ..ScheduleEdit::default()
            })
            .unwrap_err()
            .to_string();
        assert!(err.contains("cannot end before it"), "{err}");
        let ok = s
            .edit(ScheduleEdit {
                count: Some(2),
                send: Some(true),
                ..ScheduleEdit::default()
            })
            .unwrap();
        assert_eq!((ok.calendar.count, ok.issue, ok.send), (Some(2), true, true));
        assert_eq!(ok.note, "count 2, send on");
        let err = s
            .edit(ScheduleEdit {
                day_of_month: Some(15),
                ..ScheduleEdit::default()
            })
            .unwrap_err()
            .to_string();
        assert!(err.contains("cannot move"), "{err}");
        assert!(
            subscribed(&[])
                .edit(ScheduleEdit {
                    day_of_month: Some(15),
                    ..ScheduleEdit::default()
                })
                .is_ok()
        );
        assert!(
            s.edit(ScheduleEdit::default())
                .unwrap_err()
                .to_string()
                .contains("nothing to change")
        );
    }
}
