//! What a run knows of the ledger on its day (the open invoices, their customers, the
//! steps already recorded, holds and late payers), and what one (invoice, step) action is.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{CatchUp, Policy, ReminderStatus, Step};
use crate::domain::customer::Customer;
use crate::domain::hold::Hold;
use crate::domain::interest::{RateTable, late_interest, recovery_indemnity};
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};
use crate::domain::status::{InvoiceFacts, InvoiceView, invoice_view};

/// One invoice as a reminder speaks of it.
#[derive(Debug, Clone)]
pub struct Owed {
    pub invoice_id: i64,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub total: Money,
    pub balance: Money,
    pub days_late: i64,
    pub interest: Money,
    pub indemnity: Money,
    pub currency: Currency,
    pub penalty_rate: Decimal,
    /// A reminder was mailed about the invoice after its due date.
    pub reminded: bool,
}

/// How a performed action came about: a second try of a step whose send failed, and
/// whether the user asked for it (`dunning send`) rather than the ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempt {
    pub retry: bool,
    pub manual: bool,
}

/// Where one (invoice, step) action stands. The plan makes it `Skipped` or `Planned`;
/// recording a task and delivering a mail move a planned one to `Sent` or `Failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionState {
    /// Recorded as skipped: a late run went past its day, never performed.
    Skipped,
    Planned(Attempt),
    Sent(Attempt),
    Failed(Attempt),
}

impl ActionState {
    /// Whether the action is performed (rather than recorded as skipped).
    pub fn performs(self) -> bool {
        self != ActionState::Skipped
    }

    /// The attempt of a performed action.
    pub fn attempt(self) -> Option<Attempt> {
        match self {
            ActionState::Skipped => None,
            ActionState::Planned(a) | ActionState::Sent(a) | ActionState::Failed(a) => Some(a),
        }
    }

    /// The status the ledger's reminder row has in this state.
    pub fn status(self) -> ReminderStatus {
        match self {
            ActionState::Skipped => ReminderStatus::Skipped,
            ActionState::Planned(_) => ReminderStatus::Planned,
            ActionState::Sent(_) => ReminderStatus::Sent,
            ActionState::Failed(_) => ReminderStatus::Failed,
        }
    }

    /// A performed action done (the mail accepted, the task or letter made).
    pub fn sent(self) -> ActionState {
        self.attempt().map_or(self, ActionState::Sent)
    }

    /// A performed action whose send failed.
    pub fn failed(self) -> ActionState {
        self.attempt().map_or(self, ActionState::Failed)
    }

    /// A performed action the user asked for; a skipped one stays skipped.
    pub fn by_hand(self) -> ActionState {
        match self {
            ActionState::Planned(a) => ActionState::Planned(Attempt { manual: true, ..a }),
            other => other,
        }
    }
}

/// What happens to one (invoice, step).
#[derive(Debug, Clone)]
pub struct Action {
    pub owed: Owed,
    pub step: Step,
    pub state: ActionState,
    pub reminder_id: Option<i64>,
    pub error: Option<String>,
    /// The outbox file, letter or task made.
    pub output: Option<String>,
}

impl Action {
    pub fn new(owed: Owed, step: &Step, state: ActionState) -> Action {
        Action {
            owed,
            step: step.clone(),
            state,
            reminder_id: None,
            error: None,
            output: None,
        }
    }

    /// Whether the action is performed (rather than recorded as skipped).
    pub fn performs(&self) -> bool {
        self.state.performs()
    }

    pub fn status(&self) -> ReminderStatus {
        self.state.status()
    }

    /// Whether the action sends the customer a message.
    pub fn mails(&self) -> bool {
        self.performs() && self.step.channel.mails()
    }

    /// Whether the run tells the owner to consider a call about it.
    pub fn tells_owner(&self) -> bool {
        self.performs() && self.step.tell_owner
    }
}

/// An action as a listing shows it, borrowed from where the run holds it: a first run on
/// a ten-year ledger lists hundreds of thousands, and a listing reads each twice (a
/// table measures its columns first), so none is made whole to be shown.
#[derive(Debug, Clone, Copy)]
pub struct ActionRow<'a> {
    pub customer: &'a Customer,
    pub frequent_late_payer: bool,
    pub number: &'a str,
    pub step: &'a Step,
    pub state: ActionState,
    pub balance: Money,
    pub days_late: i64,
    pub interest: Money,
    pub indemnity: Money,
    pub output: Option<&'a str>,
    pub error: Option<&'a str>,
}

impl ActionRow<'_> {
    /// Whether the action is performed (rather than recorded as skipped).
    pub fn performs(&self) -> bool {
        self.state.performs()
    }

    /// Whether the run tells the owner to consider a call about it.
    pub fn tells_owner(&self) -> bool {
        self.performs() && self.step.tell_owner
    }
}

impl Action {
    /// The action as a listing shows it, for `c`'s customer.
    pub fn row<'a>(&'a self, c: &'a CustomerActions) -> ActionRow<'a> {
        ActionRow {
            customer: &c.customer,
            frequent_late_payer: c.frequent_late_payer,
            number: &self.owed.number,
            step: &self.step,
            state: self.state,
            balance: self.owed.balance,
            days_late: self.owed.days_late,
            interest: self.owed.interest,
            indemnity: self.owed.indemnity,
            output: self.output.as_deref(),
            error: self.error.as_deref(),
        }
    }
}

/// Everything a run does for one customer: one mail at most.
#[derive(Debug, Clone)]
pub struct CustomerActions {
    pub customer: Customer,
    pub frequent_late_payer: bool,
    pub actions: Vec<Action>,
}

/// An issued invoice that dunning may act on, with what its status derives from.
#[derive(Debug, Clone)]
pub struct Dunned {
    pub id: i64,
    pub customer_id: i64,
    /// The number (how reminders name it).
    pub label: String,
    pub currency: Currency,
    pub penalty_rate: Option<Decimal>,
    pub facts: InvoiceFacts,
}

impl Dunned {
    pub fn view(&self, as_of: NaiveDate) -> InvoiceView {
        invoice_view(&self.facts, as_of)
    }

    pub fn from_record(inv: &Invoice) -> Dunned {
        Dunned {
            id: inv.id,
            customer_id: inv.customer_id,
            label: inv.label(),
            currency: inv.currency,
            penalty_rate: inv.penalty_rate,
            facts: inv.facts.clone(),
        }
    }
}

/// The ledger as dunning sees it on one day: the invoices a plan can act on (open ones),
/// not the whole ledger.
#[derive(Debug, Clone, Default)]
pub struct Book {
    pub invoices: Vec<Dunned>,
    pub customers: HashMap<i64, Customer>,
    /// The steps recorded for each invoice, and where each stands.
    pub done: HashMap<i64, DoneSteps>,
    pub holds: HashMap<i64, Hold>,
    /// Customers flagged as frequent late payers.
    pub late_payers: HashSet<i64>,
    /// The day the latest reminder mailed about each invoice after its due date was sent.
    pub reminded: HashMap<i64, NaiveDate>,
}

impl Book {
    /// The hold that pauses reminders of an invoice on `as_of`, if any.
    pub fn active_hold(&self, invoice_id: i64, as_of: NaiveDate) -> Option<&Hold> {
        self.holds.get(&invoice_id).filter(|h| h.is_active(as_of))
    }

    /// The steps of an invoice done for good (sent or skipped).
    pub fn final_steps(&self, invoice_id: i64) -> Vec<&str> {
        self.done
            .get(&invoice_id)
            .map(|done| done.iter().filter(|r| r.1.is_final()).map(|r| r.0).collect())
            .unwrap_or_default()
    }

    /// Whether the step of an invoice has a record at all (a send of it is a retry).
    pub fn has_record(&self, invoice_id: i64, step: &str) -> bool {
        self.done
            .get(&invoice_id)
            .is_some_and(|done| done.iter().any(|r| r.0 == step))
    }
}

/// The steps recorded for one invoice, each with where it stands, held as the settlement
/// record keeps them: one text, `step:status` joined by commas ("pre-7:sent,r1:failed"),
/// in the order of their first record (a plan's own update puts a step it redoes last:
/// nothing reads the order, a step is looked up by name and has one record). Step names
/// are letters, digits, '-' and '_' (the policy refuses others). A run holds one per open
/// invoice it reminded: one text each, not a list of names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DoneSteps(String);

impl DoneSteps {
    /// The steps as the record lists them.
    pub fn listed(text: String) -> DoneSteps {
        DoneSteps(text)
    }

    /// Each step with where it stands, oldest first; a status it cannot read counts as
    /// failed (retried), as a reminder's row would.
    pub fn iter(&self) -> impl Iterator<Item = (&str, ReminderStatus)> {
        self.0.split(',').filter(|d| !d.is_empty()).map(|done| {
            let (step, status) = done.rsplit_once(':').unwrap_or((done, ""));
            (
                step,
                ReminderStatus::parse(status).unwrap_or(ReminderStatus::Failed),
            )
        })
    }

    /// Records a step after the others.
    pub fn push(&mut self, step: &str, status: ReminderStatus) {
        if !self.0.is_empty() {
            self.0.push(',');
        }
        self.0.push_str(step);
        self.0.push(':');
        self.0.push_str(status.as_str());
    }

    /// Forgets the records of a step.
    pub fn remove(&mut self, step: &str) {
        let kept: Vec<(&str, ReminderStatus)> = self.iter().filter(|(s, _)| *s != step).collect();
        let mut out = DoneSteps::default();
        for (s, status) in kept {
            out.push(s, status);
        }
        *self = out;
    }
}

/// The policy, rates and day a plan is made with.
pub struct Rules<'a> {
    pub policy: &'a Policy,
    pub rates: &'a RateTable,
    pub as_of: NaiveDate,
    /// What a formal notice due before any reminder becomes.
    pub catch_up: CatchUp,
}

impl Owed {
    /// What an invoice owes on `rules.as_of`: balance, lateness, interest and indemnity.
    pub fn of(inv: &Dunned, customer: &Customer, rules: &Rules) -> Owed {
        let view = inv.view(rules.as_of);
        let due = inv.facts.due_date.unwrap_or(rules.as_of);
        let reductions: Vec<(NaiveDate, Money)> = inv
            .facts
            .payments
            .iter()
            .chain(inv.facts.credits.iter())
            .copied()
            .filter(|(d, _)| *d <= rules.as_of)
            .collect();
        Owed {
            invoice_id: inv.id,
            number: inv.label.clone(),
            issue_date: inv.facts.issue_date.unwrap_or(due),
            due_date: due,
            total: inv.facts.total,
            balance: view.balance,
            days_late: view.days_late,
            interest: late_interest(
                inv.facts.total,
                &reductions,
                due,
                rules.as_of,
                inv.penalty_rate,
                rules.rates,
            ),
            indemnity: recovery_indemnity(customer.kind, view.days_late),
            currency: inv.currency,
            penalty_rate: inv
                .penalty_rate
                .unwrap_or_else(|| rules.rates.legal_rate(rules.as_of)),
            reminded: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RETRY: Attempt = Attempt {
        retry: true,
        manual: false,
    };

    #[test]
    fn a_skipped_action_stays_skipped_whatever_happens_to_the_run() {
        let s = ActionState::Skipped;
        assert_eq!((s.sent(), s.failed(), s.by_hand()), (s, s, s));
        assert!(!s.performs());
        assert_eq!((s.attempt(), s.status()), (None, ReminderStatus::Skipped));
    }

    #[test]
    fn a_performed_action_keeps_how_it_came_about_through_its_outcome() {
        let planned = ActionState::Planned(RETRY);
        assert_eq!(planned.status(), ReminderStatus::Planned);
        assert_eq!(planned.sent(), ActionState::Sent(RETRY));
        assert_eq!(planned.failed(), ActionState::Failed(RETRY));
        assert_eq!(planned.failed().status(), ReminderStatus::Failed);
        assert_eq!(planned.sent().status(), ReminderStatus::Sent);
        for s in [planned, planned.sent(), planned.failed()] {
            assert!(s.performs());
            assert_eq!(s.attempt(), Some(RETRY));
        }
    }

    #[test]
    fn only_a_planned_action_becomes_one_the_user_asked_for() {
        let by_hand = ActionState::Planned(RETRY).by_hand();
        assert_eq!(
            by_hand,
            ActionState::Planned(Attempt {
                retry: true,
                manual: true
            })
        );
        assert_eq!(ActionState::Sent(RETRY).by_hand(), ActionState::Sent(RETRY));
    }

    #[test]
    fn the_steps_done_read_as_the_record_lists_them() {
        let done = DoneSteps::listed("pre-7:sent,r1:failed,notice:sending".into());
        let read: Vec<_> = done.iter().collect();
        assert_eq!(
            read,
            [
                ("pre-7", ReminderStatus::Sent),
                ("r1", ReminderStatus::Failed),
                ("notice", ReminderStatus::Sending)
            ]
        );
        // a status it cannot read is retried, as a reminder's row would be
        let odd = DoneSteps::listed("r2:lost".into());
        assert_eq!(odd.iter().collect::<Vec<_>>(), [("r2", ReminderStatus::Failed)]);
        assert_eq!(DoneSteps::default().iter().count(), 0);
    }

    const NAMES: [&str; 5] = ["pre-7", "r1", "r2", "notice", "call_2"];
    const STATES: [ReminderStatus; 5] = [
        ReminderStatus::Planned,
        ReminderStatus::Sending,
        ReminderStatus::Sent,
        ReminderStatus::Failed,
        ReminderStatus::Skipped,
    ];

    proptest! {
        #[test]
        fn the_steps_done_keep_what_was_recorded_in_order(
            writes in prop::collection::vec((0..5usize, 0..5usize, any::<bool>()), 0..20),
        ) {
            // against a plain list: each write records a step, or forgets one first
            let mut done = DoneSteps::default();
            let mut list: Vec<(&str, ReminderStatus)> = Vec::new();
            for (name, state, forget) in writes {
                if forget {
                    done.remove(NAMES[name]);
                    list.retain(|(n, _)| *n != NAMES[name]);
                }
                done.push(NAMES[name], STATES[state]);
                list.push((NAMES[name], STATES[state]));
                prop_assert_eq!(done.iter().collect::<Vec<_>>(), list.clone());
            }
            // and as the record's text, read back
            let listed = DoneSteps::listed(done.0.clone());
            prop_assert_eq!(listed, done);
        }
    }
}
