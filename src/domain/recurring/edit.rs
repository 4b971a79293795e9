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

/// One part of a change, as facts: the history line stores them in English words
/// ("end 2026-12-31, send on"), which `ChangeNote::items` reads back so that the
/// interface can word them in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeItem {
    /// New lines from a day, each "designation qty x price (vat %)", joined by "; ".
    Lines {
        from: NaiveDate,
        lines: String,
    },
    End(NaiveDate),
    Count(u32),
    DayOfMonth(u32),
    Issue(bool),
    Send(bool),
    /// A part that reads as none of the above: shown as stored.
    Other(String),
}

fn on_off(b: bool) -> &'static str {
    if b { "on" } else { "off" }
}

impl ChangeItem {
    /// The words stored in the history.
    pub fn stored(&self) -> String {
        match self {
            ChangeItem::Lines { from, lines } => format!("lines from {from}: {lines}"),
            ChangeItem::End(e) => format!("end {e}"),
            ChangeItem::Count(n) => format!("count {n}"),
            ChangeItem::DayOfMonth(d) => format!("day of month {d}"),
            ChangeItem::Issue(b) => format!("issue {}", on_off(*b)),
            ChangeItem::Send(b) => format!("send {}", on_off(*b)),
            ChangeItem::Other(text) => text.clone(),
        }
    }

    /// A short part ("end 2026-12-31", "send on"), else None.
    fn short(text: &str) -> Option<ChangeItem> {
        let flag = |v: &str| match v {
            "on" => Some(true),
            "off" => Some(false),
            _ => None,
        };
        if let Some(v) = text.strip_prefix("end ") {
            return v.parse().ok().map(ChangeItem::End);
        }
        if let Some(v) = text.strip_prefix("count ") {
            return v.parse().ok().map(ChangeItem::Count);
        }
        if let Some(v) = text.strip_prefix("day of month ") {
            return v.parse().ok().map(ChangeItem::DayOfMonth);
        }
        if let Some(v) = text.strip_prefix("issue ") {
            return flag(v).map(ChangeItem::Issue);
        }
        if let Some(v) = text.strip_prefix("send ") {
            return flag(v).map(ChangeItem::Send);
        }
        None
    }
}

impl ChangeNote {
    /// The parts of the stored line, in order. The lines part comes first and may hold
    /// commas of its own, so the short parts are read from the end.
    pub fn items(&self) -> Vec<ChangeItem> {
        let mut rest = self.text.as_str();
        let mut tail = Vec::new();
        loop {
            match rest.rsplit_once(", ") {
                Some((head, last)) if ChangeItem::short(last).is_some() => {
                    tail.extend(ChangeItem::short(last));
                    rest = head;
                }
                _ => break,
            }
        }
        let first = ChangeItem::short(rest).unwrap_or_else(|| {
            rest.strip_prefix("lines from ")
                .and_then(|r| r.split_once(": "))
                .and_then(|(from, lines)| {
                    Some(ChangeItem::Lines {
                        from: from.parse().ok()?,
                        lines: lines.to_string(),
                    })
                })
                .unwrap_or_else(|| ChangeItem::Other(rest.to_string()))
        });
        std::iter::once(first).chain(tail.into_iter().rev()).collect()
    }
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
            notes.push(ChangeItem::Lines {
                from: change.from,
                lines: words.join("; "),
            });
        }
        let c = self.calendar;
        let (mut end, mut count) = (c.end, c.count);
        if let Some(e) = edit.end {
            (end, count) = (Some(e), None);
            notes.push(ChangeItem::End(e));
        }
        if let Some(n) = edit.count {
            (end, count) = (None, Some(n));
            notes.push(ChangeItem::Count(n));
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
            notes.push(ChangeItem::DayOfMonth(d));
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
            notes.push(ChangeItem::Issue(issue));
        }
        if send != self.send {
            notes.push(ChangeItem::Send(send));
        }
        if notes.is_empty() {
            return invalid(crate::t!("domain-recurring-nothing-to-change", id = id));
        }
        Ok(EditedSchedule {
            calendar,
            issue,
            send,
            lines: edit.lines,
            note: notes
                .iter()
                .map(ChangeItem::stored)
                .collect::<Vec<_>>()
                .join(", "),
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

    #[test]
    fn a_stored_change_line_reads_back_as_its_parts() {
        let items = [
            ChangeItem::Lines {
                from: day("2026-07-01"),
                lines: "Conseil, audit 1 x 800 (20 %); Suivi 2 x 50 (20 %)".into(),
            },
            ChangeItem::End(day("2026-12-31")),
            ChangeItem::Count(4),
            ChangeItem::DayOfMonth(15),
            ChangeItem::Issue(true),
            ChangeItem::Send(false),
        ];
        for n in 1..=items.len() {
            for start in 0..items.len() - n + 1 {
                let part = &items[start..start + n];
                let note = ChangeNote {
                    made_on: day("2026-06-01"),
                    text: part.iter().map(ChangeItem::stored).collect::<Vec<_>>().join(", "),
                };
                assert_eq!(note.items(), part, "{}", note.text);
            }
        }
        let odd = ChangeNote {
            made_on: day("2026-06-01"),
            text: "something else, send on".into(),
        };
        assert_eq!(
            odd.items(),
            [ChangeItem::Other("something else".into()), ChangeItem::Send(true)]
        );
    }
}
