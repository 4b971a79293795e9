//! Dunning (relances): the reminder policy as data, and what a run must do for one
//! invoice on a given day. Pure: the store says what was already done, the caller
//! performs what the plan says.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::money::Money;
use serde::{Deserialize, Serialize};

use super::DomainError;
use super::customer::DunningProfile;
use super::status::InvoiceStatus;

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

fn step(name: &str, offset: i64, channel: Channel, template: &str, tone: Tone) -> Step {
    Step {
        name: name.into(),
        offset,
        channel,
        template: template.into(),
        tone,
        claim_penalties: false,
        tell_owner: false,
    }
}

fn claiming(mut s: Step) -> Step {
    s.claim_penalties = true;
    s
}

fn telling_owner(mut s: Step) -> Step {
    s.tell_owner = true;
    s
}

/// The product's default ladder (`standard`).
pub fn standard_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("pre-1", -1, Email, "due_tomorrow", Tone::Courteous),
        step("r1", 3, Email, "reminder_friendly", Tone::Friendly),
        telling_owner(step("r2", 7, Email, "reminder_firmer", Tone::Firm)),
        claiming(step("r3", 15, Email, "reminder_firm", Tone::Firm)),
        step("call", 20, Task, "call", Tone::Firm),
        claiming(step("notice", 30, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `vip`: spaced out and courteous until the formal notice.
pub fn vip_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("r1", 7, Email, "reminder_friendly", Tone::Courteous),
        telling_owner(step("r2", 21, Email, "reminder_courteous", Tone::Courteous)),
        step("call", 30, Task, "call", Tone::Courteous),
        claiming(step("r3", 45, Email, "reminder_courteous", Tone::Courteous)),
        claiming(step("notice", 60, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `new`: closer together, to set the habit early.
pub fn new_customer_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("pre-1", -1, Email, "due_tomorrow", Tone::Courteous),
        step("r1", 1, Email, "reminder_friendly", Tone::Friendly),
        telling_owner(step("r2", 5, Email, "reminder_firmer", Tone::Firm)),
        claiming(step("r3", 10, Email, "reminder_firm", Tone::Firm)),
        step("call", 12, Task, "call", Tone::Firm),
        claiming(step("notice", 20, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `late_payer`: firm from the day after the due date.
pub fn late_payer_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-3", -3, Email, "due_tomorrow", Tone::Courteous),
        claiming(step("r1", 1, Email, "reminder_firm", Tone::Firm)),
        telling_owner(claiming(step("r3", 7, Email, "reminder_firm", Tone::Firm))),
        step("call", 10, Task, "call", Tone::Firm),
        claiming(step("notice", 20, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// The dunning policy: a ladder per profile and the rules of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub ladders: HashMap<&'static str, Vec<Step>>,
    /// Balances under this get no reminder (a few cents left after a bank fee).
    pub min_balance: Decimal,
    /// Frequent late payers get the `late_payer` ladder whatever their profile.
    pub switch_frequent_late_payers: bool,
}

impl Default for Policy {
    fn default() -> Self {
        let mut ladders = HashMap::new();
        ladders.insert("standard", standard_ladder());
        ladders.insert("vip", vip_ladder());
        ladders.insert("new", new_customer_ladder());
        ladders.insert("late_payer", late_payer_ladder());
        Policy {
            ladders,
            min_balance: Decimal::from(5),
            switch_frequent_late_payers: false,
        }
    }
}

impl Policy {
    /// Replaces a profile's ladder, checking it.
    pub fn set_ladder(&mut self, profile: DunningProfile, mut steps: Vec<Step>) -> Result<(), DomainError> {
        if steps.is_empty() {
            return Err(DomainError::Invalid(format!(
                "the {} dunning ladder has no step: give at least one, or remove it to keep the default",
                profile.as_str()
            )));
        }
        steps.sort_by_key(|s| s.offset);
        for (i, s) in steps.iter().enumerate() {
            let name_ok = !s.name.is_empty()
                && s.name.len() <= 32
                && s.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !name_ok {
                return Err(DomainError::Invalid(format!(
                    "dunning step name `{}` must be 1 to 32 letters, digits, - or _",
                    s.name
                )));
            }
            if steps[..i].iter().any(|o| o.name == s.name) {
                return Err(DomainError::Invalid(format!(
                    "dunning step `{}` appears twice in the {} ladder",
                    s.name,
                    profile.as_str()
                )));
            }
            if !(-90..=365).contains(&s.offset) {
                return Err(DomainError::Invalid(format!(
                    "dunning step `{}`: offset {} is out of range (-90 to 365 days from the due date)",
                    s.name, s.offset
                )));
            }
            let template_ok =
                !s.template.is_empty() && s.template.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !template_ok {
                return Err(DomainError::Invalid(format!(
                    "dunning step `{}`: template `{}` must be letters, digits or _",
                    s.name, s.template
                )));
            }
        }
        self.ladders.insert(profile.as_str(), steps);
        Ok(())
    }

    /// The ladder an invoice of this customer follows.
    pub fn ladder(&self, profile: DunningProfile, frequent_late_payer: bool) -> &[Step] {
        let profile = self.profile(profile, frequent_late_payer);
        self.ladders
            .get(profile.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The profile that applies: the customer's, or `late_payer` when the policy switches
    /// frequent late payers.
    pub fn profile(&self, profile: DunningProfile, frequent_late_payer: bool) -> DunningProfile {
        if frequent_late_payer && self.switch_frequent_late_payers {
            DunningProfile::LatePayer
        } else {
            profile
        }
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

#[cfg(test)]
mod tests {
    use super::*;
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
    fn the_default_ladder_is_the_products() {
        let l = standard_ladder();
        let summary: Vec<(&str, i64, Channel)> =
            l.iter().map(|s| (s.name.as_str(), s.offset, s.channel)).collect();
        assert_eq!(
            summary,
            vec![
                ("pre-7", -7, Channel::Email),
                ("pre-1", -1, Channel::Email),
                ("r1", 3, Channel::Email),
                ("r2", 7, Channel::Email),
                ("r3", 15, Channel::Email),
                ("call", 20, Channel::Task),
                ("notice", 30, Channel::Letter),
            ]
        );
        assert!(l.iter().find(|s| s.name == "r3").unwrap().claim_penalties);
        assert!(l.iter().find(|s| s.name == "r2").unwrap().tell_owner);
    }

    #[test]
    fn every_profile_has_a_sorted_ladder_ending_in_a_formal_notice() {
        let p = Policy::default();
        for profile in [
            DunningProfile::Standard,
            DunningProfile::Vip,
            DunningProfile::New,
            DunningProfile::LatePayer,
        ] {
            let l = p.ladder(profile, false);
            assert!(l.windows(2).all(|w| w[0].offset < w[1].offset), "{profile:?}");
            assert_eq!(l.last().unwrap().tone, Tone::Formal);
            let mut checked = p.clone();
            checked.set_ladder(profile, l.to_vec()).unwrap();
        }
        // vip is spaced out, new closer together than standard
        let r1 = |pr| {
            p.ladder(pr, false)
                .iter()
                .find(|s| s.name == "r1")
                .unwrap()
                .offset
        };
        assert!(r1(DunningProfile::Vip) > r1(DunningProfile::Standard));
        assert!(r1(DunningProfile::New) < r1(DunningProfile::Standard));
        assert_eq!(r1(DunningProfile::LatePayer), 1);
    }

    #[test]
    fn frequent_late_payers_switch_ladder_only_when_the_policy_says_so() {
        let mut p = Policy::default();
        assert_eq!(p.profile(DunningProfile::Vip, true), DunningProfile::Vip);
        p.switch_frequent_late_payers = true;
        assert_eq!(p.profile(DunningProfile::Vip, true), DunningProfile::LatePayer);
        assert_eq!(p.profile(DunningProfile::Vip, false), DunningProfile::Vip);
    }

    #[test]
    fn bad_ladders_are_refused() {
        let mut p = Policy::default();
        assert!(p.set_ladder(DunningProfile::Standard, vec![]).is_err());
        let twice = vec![standard_ladder()[2].clone(), standard_ladder()[2].clone()];
        assert!(p.set_ladder(DunningProfile::Standard, twice).is_err());
        let mut far = standard_ladder();
        far[0].offset = 1000;
        assert!(p.set_ladder(DunningProfile::Standard, far).is_err());
        let mut odd = standard_ladder();
        odd[0].template = "../etc/passwd".into();
        assert!(p.set_ladder(DunningProfile::Standard, odd).is_err());
        // a valid ladder is sorted by offset
        let mut shuffled = standard_ladder();
        shuffled.reverse();
        p.set_ladder(DunningProfile::Standard, shuffled).unwrap();
        assert_eq!(
            p.ladder(DunningProfile::Standard, false),
            standard_ladder().as_slice()
        );
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
}
