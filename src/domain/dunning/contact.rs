//! The rules of what a customer is told: a formal notice is never the first contact,
//! and in a mail grouping several invoices each one is presented at its own step, with
//! the penalties its own step and the customer's kind allow.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::book::{Action, Owed};
use super::{Channel, Idle, Plan, ReminderStatus, Step, Tone};
use crate::domain::customer::CustomerKind;

/// What a run does with an invoice whose formal notice is due though no reminder was
/// ever mailed about it since its due date (a first run after an import, the demo).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CatchUp {
    /// The firmest ordinary reminder due is sent instead; the notice follows after the
    /// ladder's delay between the two.
    #[default]
    Reminder,
    /// The notice goes out at once (`dunning run --catch-up notice`).
    Notice,
}

impl CatchUp {
    pub fn as_str(self) -> &'static str {
        match self {
            CatchUp::Reminder => "reminder",
            CatchUp::Notice => "notice",
        }
    }

    pub fn parse(text: &str) -> Option<CatchUp> {
        [CatchUp::Reminder, CatchUp::Notice]
            .into_iter()
            .find(|c| c.as_str() == text)
    }
}

/// An ordinary reminder: a mail after the due date that is not a formal notice.
fn ordinary(s: &Step) -> bool {
    s.offset >= 0 && s.channel == Channel::Email && s.tone != Tone::Formal
}

/// The plan of one invoice once the first-contact rule is applied. `reminded` is the day
/// the latest reminder mailed about the invoice after its due date was sent, if any.
///
/// - A formal notice with no reminder before it becomes the firmest ordinary reminder
///   due (unless `catch_up` is `Notice`, or the ladder has no ordinary reminder).
/// - A formal notice comes no sooner after the latest reminder than the ladder spaces
///   the notice from the ordinary reminder before it: until then nothing is performed.
pub fn first_contact<'a>(
    p: Plan<'a>,
    ladder: &'a [Step],
    done: &[(&str, ReminderStatus)],
    reminded: Option<NaiveDate>,
    due: NaiveDate,
    as_of: NaiveDate,
    catch_up: CatchUp,
) -> Result<Plan<'a>, Idle> {
    let Some(step) = p.perform else {
        return Ok(p);
    };
    if step.tone != Tone::Formal || catch_up == CatchUp::Notice {
        return Ok(p);
    }
    let before = ladder
        .iter()
        .rev()
        .find(|s| s.offset < step.offset && ordinary(s));
    match reminded {
        Some(last) => {
            let gap = before.map_or(0, |b| step.offset - b.offset).max(0) as u64;
            let ready = last.checked_add_days(Days::new(gap)).unwrap_or(last);
            if ready > as_of {
                if p.skip.is_empty() {
                    return Err(Idle::NotYet);
                }
                return Ok(Plan {
                    perform: None,
                    skip: p.skip,
                    retry: false,
                });
            }
            Ok(p)
        }
        None => {
            let sent = |s: &Step| {
                done.iter()
                    .any(|(n, st)| *n == s.name && *st == ReminderStatus::Sent)
            };
            let Some(instead) = ladder
                .iter()
                .rev()
                .find(|s| ordinary(s) && s.day(due) <= as_of && !sent(s))
            else {
                return Ok(p);
            };
            let skip = p.skip.into_iter().filter(|s| s.name != instead.name).collect();
            Ok(Plan {
                perform: Some(instead),
                skip,
                retry: done.iter().any(|(n, _)| *n == instead.name),
            })
        }
    }
}

/// What a message may claim for one invoice beyond its balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Claim {
    /// The balance only.
    Balance,
    /// A business: late-payment penalties at the invoice's rate and the fixed recovery
    /// indemnity (Code de commerce L441-10, D441-5).
    Penalties,
    /// A consumer, at the formal notice: the balance, and interest at the legal rate
    /// will run from the notice (Code civil 1231-6, 1344-1); nothing computed before.
    LegalInterestFromNotice,
}

/// The claim a step makes on an invoice of a customer of this kind.
pub fn claim(step: &Step, kind: CustomerKind) -> Claim {
    match kind {
        CustomerKind::Business if step.claim_penalties => Claim::Penalties,
        CustomerKind::Business => Claim::Balance,
        CustomerKind::Individual if step.tone == Tone::Formal => Claim::LegalInterestFromNotice,
        CustomerKind::Individual => Claim::Balance,
    }
}

/// The invoices of one step in a customer's mail.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    pub step: &'a Step,
    pub owed: Vec<&'a Owed>,
    pub claim: Claim,
}

impl Section<'_> {
    /// Every invoice of the section had a reminder mailed after its due date.
    pub fn reminded(&self) -> bool {
        self.owed.iter().all(|o| o.reminded)
    }
}

/// A customer's mail, step by step: the firmest step first (it gives the mail its
/// subject and template), each invoice once, at its own step.
pub fn sections<'a>(actions: &[&'a Action], kind: CustomerKind) -> Vec<Section<'a>> {
    let mut mailing: Vec<&Action> = actions.iter().copied().filter(|a| a.mails()).collect();
    mailing.sort_by_key(|a| std::cmp::Reverse((a.step.tone, a.step.offset)));
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Section> = Vec::new();
    for a in mailing {
        if !seen.insert(a.owed.invoice_id) {
            continue;
        }
        match out
            .iter_mut()
            // one section per step and currency: its totals are sums of one currency
            .find(|s| {
                s.step.name == a.step.name
                    && s.step.template == a.step.template
                    && s.owed.first().is_none_or(|o| o.currency == a.owed.currency)
            }) {
            Some(s) => s.owed.push(&a.owed),
            None => out.push(Section {
                step: &a.step,
                owed: vec![&a.owed],
                claim: claim(&a.step, kind),
            }),
        }
    }
    for s in &mut out {
        s.owed
            .sort_by(|a, b| (a.due_date, &a.number).cmp(&(b.due_date, &b.number)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dunning::DunningFacts;
    use crate::domain::dunning::{ActionState, Attempt, plan, standard_ladder};
    use crate::domain::money::{Currency, Money};
    use crate::domain::status::InvoiceStatus;
    use rust_decimal::Decimal;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const DUE: &str = "2026-03-31";

    fn on(offset: i64) -> NaiveDate {
        day(DUE) + chrono::Duration::days(offset)
    }

    fn open() -> DunningFacts {
        DunningFacts {
            due_date: day(DUE),
            status: InvoiceStatus::Sent,
            balance: Money::eur(10000),
            on_hold: false,
        }
    }

    fn decide<'a>(
        l: &'a [Step],
        done: &[(&str, ReminderStatus)],
        reminded: Option<NaiveDate>,
        as_of: NaiveDate,
        catch_up: CatchUp,
    ) -> Result<Plan<'a>, Idle> {
        let p = plan(&open(), done, l, Decimal::ONE, as_of)?;
        first_contact(p, l, done, reminded, day(DUE), as_of, catch_up)
    }

    #[test]
    fn a_first_run_long_after_the_due_date_sends_the_firmest_reminder_not_the_notice() {
        let l = standard_ladder();
        let p = decide(&l, &[], None, on(60), CatchUp::Reminder).unwrap();
        assert_eq!(p.perform.unwrap().name, "r3");
        let skipped: Vec<&str> = p.skip.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(skipped, ["pre-7", "pre-1", "r1", "r2", "call"]);
        // asked for, the notice goes at once
        let p = decide(&l, &[], None, on(60), CatchUp::Notice).unwrap();
        assert_eq!(p.perform.unwrap().name, "notice");
    }

    #[test]
    fn the_notice_follows_the_catch_up_reminder_after_the_ladders_delay() {
        let l = standard_ladder();
        let done = [
            ("pre-7", ReminderStatus::Skipped),
            ("pre-1", ReminderStatus::Skipped),
            ("r1", ReminderStatus::Skipped),
            ("r2", ReminderStatus::Skipped),
            ("call", ReminderStatus::Skipped),
            ("r3", ReminderStatus::Sent),
        ];
        // r3 sent on due+60; r3 → notice is 15 days in the ladder
        assert_eq!(
            decide(&l, &done, Some(on(60)), on(61), CatchUp::Reminder),
            Err(Idle::NotYet)
        );
        assert_eq!(
            decide(&l, &done, Some(on(60)), on(74), CatchUp::Reminder),
            Err(Idle::NotYet)
        );
        let p = decide(&l, &done, Some(on(60)), on(75), CatchUp::Reminder).unwrap();
        assert_eq!(p.perform.unwrap().name, "notice");
    }

    #[test]
    fn a_ladder_followed_day_by_day_is_unchanged() {
        let l = standard_ladder();
        let done = [("r3", ReminderStatus::Sent)];
        let p = decide(&l, &done, Some(on(15)), on(30), CatchUp::Reminder).unwrap();
        assert_eq!(p.perform.unwrap().name, "notice");
        let p = decide(&l, &[], None, on(15), CatchUp::Reminder).unwrap();
        assert_eq!(p.perform.unwrap().name, "r3");
    }

    #[test]
    fn only_businesses_are_claimed_penalties_and_consumers_legal_interest_from_the_notice() {
        let l = standard_ladder();
        let step = |n: &str| l.iter().find(|s| s.name == n).unwrap();
        assert_eq!(claim(step("r3"), CustomerKind::Business), Claim::Penalties);
        assert_eq!(claim(step("r1"), CustomerKind::Business), Claim::Balance);
        assert_eq!(claim(step("notice"), CustomerKind::Business), Claim::Penalties);
        assert_eq!(claim(step("r3"), CustomerKind::Individual), Claim::Balance);
        assert_eq!(
            claim(step("notice"), CustomerKind::Individual),
            Claim::LegalInterestFromNotice
        );
    }

    fn owed(id: i64, reminded: bool) -> Owed {
        Owed {
            invoice_id: id,
            number: format!("FACT-{id}"),
            issue_date: day("2026-01-01"),
            due_date: day(DUE),
            total: Money::eur(10000),
            balance: Money::eur(10000),
            days_late: 0,
            interest: Money::eur(0),
            indemnity: Money::eur(0),
            currency: Currency::EUR,
            penalty_rate: Decimal::TEN,
            reminded,
        }
    }

    #[test]
    fn a_grouped_mail_presents_each_invoice_at_its_own_step_firmest_first() {
        let l = standard_ladder();
        let step = |n: &str| l.iter().find(|s| s.name == n).unwrap();
        let planned = ActionState::Planned(Attempt::default());
        let actions = [
            Action::new(owed(1, false), step("pre-7"), planned),
            Action::new(owed(2, true), step("notice"), planned),
            Action::new(owed(3, false), step("r1"), planned),
            Action::new(owed(4, false), step("r1"), planned),
            Action::new(owed(5, false), step("r2"), ActionState::Skipped),
        ];
        let refs: Vec<&Action> = actions.iter().collect();
        let s = sections(&refs, CustomerKind::Business);
        let shape: Vec<(&str, Vec<i64>, Claim)> = s
            .iter()
            .map(|s| {
                (
                    s.step.name.as_str(),
                    s.owed.iter().map(|o| o.invoice_id).collect(),
                    s.claim,
                )
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                ("notice", vec![2], Claim::Penalties),
                ("r1", vec![3, 4], Claim::Balance),
                ("pre-7", vec![1], Claim::Balance),
            ]
        );
        assert!(s[0].reminded());
        assert!(!s[1].reminded());
    }
}
