//! Dunning (relances): the reminder policy as data, and what a run must do for one
//! invoice on a given day. Pure: the store says what was already done, the caller
//! performs what the plan says.
//!
//! `policy` holds the ladders; `book` what a run knows of the ledger and what one
//! (invoice, step) action is; `day` a whole day's plan; `report` what a run did.

mod book;
mod contact;
mod day;
mod policy;
mod report;

pub use book::{
    Action, ActionRow, ActionState, Attempt, Book, CustomerActions, DoneSteps, Dunned, Owed, Rules,
};
pub use contact::{CatchUp, Claim, Section, claim, first_contact, sections};
pub use day::{DayPlan, DoneCustomer, PlanLine, plan_compact, plan_day};
pub use policy::{Policy, late_payer_ladder, new_customer_ladder, standard_ladder, vip_ladder};
pub use report::{CreditToApply, DryCounts, Finding, RunReport};

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::money::Money;
use serde::{Deserialize, Serialize};

use super::status::InvoiceStatus;

/// Days a formal notice gives the customer to pay.
pub const NOTICE_DEADLINE_DAYS: u64 = 8;

/// The day a formal notice sent on `as_of` asks to be paid by.
pub fn notice_deadline(as_of: NaiveDate) -> NaiveDate {
    as_of
        .checked_add_days(Days::new(NOTICE_DEADLINE_DAYS))
        .unwrap_or(as_of)
}

/// How a step reaches the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A mail to the customer (grouped with the customer's other reminders of the run).
    Email,
    /// A task for the owner ("call the customer"); nothing is sent.
    Task,
    /// A letter kept in the letters folder, announced by a mail.
    Letter,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Task => "task",
            Channel::Letter => "letter",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        [Channel::Email, Channel::Task, Channel::Letter]
            .into_iter()
            .find(|c| c.as_str() == text)
    }

    /// Whether the step sends the customer a message.
    pub fn mails(self) -> bool {
        matches!(self, Channel::Email | Channel::Letter)
    }
}

/// The register of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Courteous,
    Friendly,
    Firm,
    Formal,
}

impl Tone {
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Courteous => "courteous",
            Tone::Friendly => "friendly",
            Tone::Firm => "firm",
            Tone::Formal => "formal",
        }
    }
}

/// One step of a ladder: `offset` days from the due date (negative before it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub name: String,
    pub offset: i64,
    pub channel: Channel,
    /// Template name, e.g. `reminder_firm` (files `reminder_firm.fr.txt`, `.en.txt`).
    pub template: String,
    pub tone: Tone,
    /// The message states the late-payment penalties and the recovery indemnity.
    #[serde(default)]
    pub claim_penalties: bool,
    /// The run tells the owner to consider a call.
    #[serde(default)]
    pub tell_owner: bool,
}

impl Step {
    /// The day the step falls due for an invoice due on `due`.
    pub fn day(&self, due: NaiveDate) -> NaiveDate {
        let shifted = if self.offset >= 0 {
            due.checked_add_days(Days::new(self.offset as u64))
        } else {
            due.checked_sub_days(Days::new(self.offset.unsigned_abs()))
        };
        shifted.unwrap_or(due)
    }
}

/// Where a reminder of one (invoice, step) stands in the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderStatus {
    /// Recorded, not handed to the server yet: retried.
    Planned,
    /// Being handed to the server; left so by a run that died before knowing the
    /// outcome: uncertain, never resent without being asked (`dunning resend`).
    Sending,
    /// The server accepted it, or the task or letter was made: final.
    Sent,
    /// The send failed: retried by the next run.
    Failed,
    /// A late run went past it: final.
    Skipped,
}

impl ReminderStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderStatus::Planned => "planned",
            ReminderStatus::Sending => "sending",
            ReminderStatus::Sent => "sent",
            ReminderStatus::Failed => "failed",
            ReminderStatus::Skipped => "skipped",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            ReminderStatus::Planned,
            ReminderStatus::Sending,
            ReminderStatus::Sent,
            ReminderStatus::Failed,
            ReminderStatus::Skipped,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }

    /// Sent and skipped steps are never done again.
    pub fn is_final(self) -> bool {
        matches!(self, ReminderStatus::Sent | ReminderStatus::Skipped)
    }
}

/// What dunning needs to know of an invoice on the day of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DunningFacts {
    pub due_date: NaiveDate,
    pub status: InvoiceStatus,
    pub balance: Money,
    pub on_hold: bool,
}

/// Why nothing is done for an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Paid, credited, written off, or a draft.
    Settled,
    OnHold,
    UnderMinimum,
    /// No step is due yet.
    NotYet,
    /// The latest due step is already sent or skipped.
    UpToDate,
}

/// What a run does for one invoice: perform at most one step, and record the earlier
/// due steps it went past as skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<'a> {
    pub perform: Option<&'a Step>,
    pub skip: Vec<&'a Step>,
    /// The step performed had a planned or failed record: this is a retry.
    pub retry: bool,
}

/// The decision for one invoice on `as_of`, given the status of the steps already recorded.
pub fn plan<'a>(
    facts: &DunningFacts,
    done: &[(&str, ReminderStatus)],
    ladder: &'a [Step],
    min_balance: Decimal,
    as_of: NaiveDate,
) -> Result<Plan<'a>, Idle> {
    if !facts.status.is_open() || !facts.balance.is_positive() {
        return Err(Idle::Settled);
    }
    if facts.on_hold {
        return Err(Idle::OnHold);
    }
    if facts.balance < Money::from_decimal(min_balance, facts.balance.currency()) {
        return Err(Idle::UnderMinimum);
    }
    let status_of = |s: &Step| done.iter().find(|(n, _)| *n == s.name).map(|d| d.1);
    let due: Vec<&Step> = ladder.iter().filter(|s| s.day(facts.due_date) <= as_of).collect();
    let Some((&latest, earlier)) = due.split_last() else {
        return Err(Idle::NotYet);
    };
    if status_of(latest).is_some_and(ReminderStatus::is_final) {
        return Err(Idle::UpToDate);
    }
    let mut skip: Vec<&Step> = earlier
        .iter()
        .copied()
        .filter(|s| !status_of(s).is_some_and(ReminderStatus::is_final))
        .collect();
    // a heads-up before the due date makes no sense once it has passed
    let expired = latest.offset < 0 && as_of > facts.due_date;
    if expired {
        skip.push(latest);
        return Ok(Plan {
            perform: None,
            skip,
            retry: false,
        });
    }
    Ok(Plan {
        perform: Some(latest),
        skip,
        retry: status_of(latest).is_some(),
    })
}

/// The step a manual send performs when the calendar has none due: the first of the
/// ladder neither done for good nor skipped by today's plan, and no heads-up before the
/// due date once it has passed.
pub fn next_manual_step<'a>(
    ladder: &'a [Step],
    final_steps: &[&str],
    skipped: &[&str],
    due: NaiveDate,
    as_of: NaiveDate,
) -> Option<&'a Step> {
    ladder.iter().find(|s| {
        !final_steps.contains(&s.name.as_str())
            && !skipped.contains(&s.name.as_str())
            && (s.offset >= 0 || as_of <= due)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::DunningProfile;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const DUE: &str = "2026-03-31";

    fn open(balance: i64) -> DunningFacts {
        DunningFacts {
            due_date: day(DUE),
            status: InvoiceStatus::Sent,
            balance: Money::eur(balance * 100),
            on_hold: false,
        }
    }

    fn names(steps: &[&Step]) -> Vec<String> {
        steps.iter().map(|s| s.name.clone()).collect()
    }

    fn on(offset: i64) -> NaiveDate {
        day(DUE) + chrono::Duration::days(offset)
    }

    #[test]
    fn nothing_before_the_first_step() {
        let l = standard_ladder();
        assert_eq!(plan(&open(100), &[], &l, Decimal::ONE, on(-8)), Err(Idle::NotYet));
    }

    #[test]
    fn each_step_on_its_day() {
        let l = standard_ladder();
        for s in &l {
            let p = plan(&open(100), &[], &l, Decimal::ONE, on(s.offset)).unwrap();
            assert_eq!(p.perform.unwrap().name, s.name);
        }
    }

    #[test]
    fn a_late_run_performs_only_the_latest_due_step_and_skips_the_others() {
        let l = standard_ladder();
        let done = [("pre-7", ReminderStatus::Sent)];
        let p = plan(&open(100), &done, &l, Decimal::ONE, on(16)).unwrap();
        assert_eq!(p.perform.unwrap().name, "r3");
        assert_eq!(names(&p.skip), ["pre-1", "r1", "r2"]);
        assert!(!p.retry);
    }

    #[test]
    fn a_pre_due_step_is_not_sent_after_the_due_date() {
        let l = standard_ladder();
        let p = plan(&open(100), &[], &l, Decimal::ONE, on(1)).unwrap();
        assert_eq!(p.perform, None);
        assert_eq!(names(&p.skip), ["pre-7", "pre-1"]);
        let done = [
            ("pre-7", ReminderStatus::Skipped),
            ("pre-1", ReminderStatus::Skipped),
        ];
        assert_eq!(
            plan(&open(100), &done, &l, Decimal::ONE, on(2)),
            Err(Idle::UpToDate)
        );
    }

    #[test]
    fn a_failed_step_is_retried_until_a_later_one_is_due() {
        let l = standard_ladder();
        let failed = [("r1", ReminderStatus::Failed)];
        let p = plan(&open(100), &failed, &l, Decimal::ONE, on(4)).unwrap();
        assert_eq!((p.perform.unwrap().name.as_str(), p.retry), ("r1", true));
        let p = plan(&open(100), &failed, &l, Decimal::ONE, on(7)).unwrap();
        assert_eq!(p.perform.unwrap().name, "r2");
        assert!(names(&p.skip).contains(&"r1".to_string()));
        let planned = [("r2", ReminderStatus::Planned)];
        assert!(plan(&open(100), &planned, &l, Decimal::ONE, on(8)).unwrap().retry);
    }

    #[test]
    fn dunning_never_reminds_a_settled_held_or_tiny_invoice() {
        let l = standard_ladder();
        for status in [
            InvoiceStatus::Paid,
            InvoiceStatus::Credited,
            InvoiceStatus::WrittenOff,
            InvoiceStatus::Draft,
        ] {
            let f = DunningFacts { status, ..open(100) };
            assert_eq!(plan(&f, &[], &l, Decimal::ONE, on(15)), Err(Idle::Settled));
        }
        let held = DunningFacts {
            on_hold: true,
            ..open(100)
        };
        assert_eq!(plan(&held, &[], &l, Decimal::ONE, on(15)), Err(Idle::OnHold));
        assert_eq!(
            plan(&open(3), &[], &l, Decimal::from(5), on(15)),
            Err(Idle::UnderMinimum)
        );
        // a partial payment leaves a balance that is still reminded
        let partly = DunningFacts {
            status: InvoiceStatus::Overdue,
            ..open(40)
        };
        assert!(plan(&partly, &[], &l, Decimal::from(5), on(15)).is_ok());
    }

    proptest! {
        /// Daily runs with random gaps: each step is performed at most once, skipped ones
        /// are never performed later, and at most one step is performed per run.
        #[test]
        fn a_step_is_never_planned_twice(
            gaps in proptest::collection::vec(1i64..25, 1..40),
            fails in proptest::collection::vec(any::<bool>(), 40),
            profile in 0usize..4,
            start in -20i64..5,
        ) {
            let policy = Policy::default();
            let profiles = [DunningProfile::Standard, DunningProfile::Vip, DunningProfile::New, DunningProfile::LatePayer];
            let ladder = policy.ladder(profiles[profile], false);
            let mut records: Vec<(String, ReminderStatus)> = Vec::new();
            let mut performed: Vec<String> = Vec::new();
            let mut offset = start;
            for (i, gap) in gaps.iter().enumerate() {
                let done: Vec<(&str, ReminderStatus)> = records.iter().map(|(n, s)| (n.as_str(), *s)).collect();
                if let Ok(p) = plan(&open(100), &done, ladder, Decimal::ONE, on(offset)) {
                    for s in &p.skip {
                        prop_assert!(!records.iter().any(|(n, st)| n == &s.name && st.is_final()));
                        records.retain(|(n, _)| n != &s.name);
                        records.push((s.name.clone(), ReminderStatus::Skipped));
                    }
                    if let Some(s) = p.perform {
                        prop_assert!(!p.skip.contains(&s));
                        prop_assert!(!performed.contains(&s.name), "{} performed twice", s.name);
                        let status = if fails[i] { ReminderStatus::Failed } else { ReminderStatus::Sent };
                        records.retain(|(n, _)| n != &s.name);
                        records.push((s.name.clone(), status));
                        if status == ReminderStatus::Sent { performed.push(s.name.clone()); }
                    }
                }
                offset += gap;
            }
            // what was performed follows the ladder's order
            let order: Vec<usize> = performed.iter().map(|n| ladder.iter().position(|s| &s.name == n).unwrap()).collect();
            prop_assert!(order.windows(2).all(|w| w[0] < w[1]));
        }

        #[test]
        fn nothing_is_planned_for_a_settled_invoice(
            offset in -30i64..400,
            status in 0usize..4,
            balance in 0i64..10_000,
        ) {
            let statuses = [InvoiceStatus::Paid, InvoiceStatus::Credited, InvoiceStatus::WrittenOff, InvoiceStatus::Draft];
            let f = DunningFacts { status: statuses[status], ..open(balance) };
            for profile in ["standard", "vip", "new", "late_payer"] {
                let ladder = &Policy::default().ladders[profile];
                prop_assert_eq!(plan(&f, &[], ladder, Decimal::ONE, on(offset)), Err(Idle::Settled));
            }
        }
    }

    #[test]
    fn a_manual_send_takes_the_first_step_not_done_and_no_heads_up_after_the_due_date() {
        let l = standard_ladder();
        let first = next_manual_step(&l, &[], &[], day(DUE), on(-10)).unwrap();
        assert_eq!(first.name, "pre-7");
        let after_due = next_manual_step(&l, &["r1"], &[], day(DUE), on(1)).unwrap();
        assert_eq!(after_due.name, "r2");
        let skipped_today = next_manual_step(&l, &["pre-7"], &["pre-1"], day(DUE), on(-1)).unwrap();
        assert_eq!(skipped_today.name, "r1");
        let all: Vec<&str> = l.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(next_manual_step(&l, &all, &[], day(DUE), on(40)), None);
    }
}
