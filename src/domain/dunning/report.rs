//! What a run did, or a dry run would do: its actions customer by customer, and the
//! counts of its summary line.

use std::borrow::Cow;
use std::cmp::Ordering;

use chrono::NaiveDate;

use super::{ActionRow, ActionState, Channel, CustomerActions, DayPlan, DoneCustomer, Step, Tone};
use crate::domain::money::Money;

/// A customer reminded of invoices its own credit could settle: the run says so, and
/// that `payment apply` would settle them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditToApply {
    pub customer_code: String,
    pub credit: Money,
    /// The reminded invoices whose balance the credit covers.
    pub invoices: Vec<String>,
}

/// What a dry run would do, counted (the dashboard's part on dunning): counts of plans
/// of different customers add up, so they can be planned a group at a time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DryCounts {
    /// Reminders performed by mail.
    pub reminders: usize,
    /// Mails sent: customers with a reminder performed by mail.
    pub mails: usize,
    pub skipped: usize,
    pub tasks: usize,
    /// Performed steps of a formal tone.
    pub formal_notices: usize,
}

/// The actions a summary counts, by their state and step: reminders performed by mail,
/// skipped steps, tasks created, formal notices performed.
fn mailed(state: ActionState, step: &Step) -> bool {
    state.performs() && step.channel.mails()
}

fn skipped(state: ActionState, _: &Step) -> bool {
    !state.performs()
}

fn task(state: ActionState, step: &Step) -> bool {
    state.performs() && step.channel == Channel::Task
}

fn formal(state: ActionState, step: &Step) -> bool {
    state.performs() && step.tone == Tone::Formal
}

impl DryCounts {
    /// The counts of a day's plan.
    pub fn of(plan: &DayPlan) -> DryCounts {
        DryCounts {
            reminders: plan.count(|step, state| mailed(state, step)),
            mails: plan.count_customers(|step, state| mailed(state, step)),
            skipped: plan.count(|step, state| skipped(state, step)),
            tasks: plan.count(|step, state| task(state, step)),
            formal_notices: plan.count(|step, state| formal(state, step)),
        }
    }

    /// The counts of this plan and of `other` (other customers').
    pub fn add(&mut self, other: DryCounts) {
        self.reminders += other.reminders;
        self.mails += other.mails;
        self.skipped += other.skipped;
        self.tasks += other.tasks;
        self.formal_notices += other.formal_notices;
    }
}

/// The outcome of a run.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub as_of: NaiveDate,
    pub dry_run: bool,
    body: Body,
    /// Mails handed over (one per customer at most).
    pub mails: usize,
    /// Customers reminded of invoices their credit could settle.
    pub credit_to_apply: Vec<CreditToApply>,
    /// A dry run's findings that would make the real run fail to send something due
    /// (no sender, a bad mail config, a customer without email, a letter that cannot be made).
    pub problems: Vec<Finding>,
    /// A dry run's findings that do not stop the real run (mail kept in an outbox folder).
    pub warnings: Vec<Finding>,
}

/// A dry run's finding, in English for JSON and in the interface's language for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub english: String,
    pub shown: String,
}

impl Finding {
    /// A finding whose words do not depend on the language (an error's own text).
    pub fn as_is(text: String) -> Self {
        Finding {
            english: text.clone(),
            shown: text,
        }
    }
}

/// What a report holds: actions are made customer by customer when read, but for a send.
#[derive(Debug, Clone)]
enum Body {
    /// What a send did.
    Done(Vec<CustomerActions>),
    /// What a dry run would do.
    Planned(DayPlan),
    /// What a run did: the day's plan and what became of each recorded action.
    Ran(DayPlan, Vec<DoneCustomer>),
}

impl RunReport {
    /// What a send did, from its actions.
    pub fn done(as_of: NaiveDate, customers: Vec<CustomerActions>, mails: usize) -> RunReport {
        RunReport {
            as_of,
            dry_run: false,
            body: Body::Done(customers),
            mails,
            credit_to_apply: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// What a dry run would do: the day's plan.
    pub fn dry(as_of: NaiveDate, plan: DayPlan) -> RunReport {
        RunReport {
            as_of,
            dry_run: true,
            body: Body::Planned(plan),
            mails: 0,
            credit_to_apply: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// What a run did: its plan and what became of each recorded action.
    pub fn ran(as_of: NaiveDate, plan: DayPlan, done: Vec<DoneCustomer>, mails: usize) -> RunReport {
        RunReport {
            as_of,
            dry_run: false,
            body: Body::Ran(plan, done),
            mails,
            credit_to_apply: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The customers the run reminds (ids), for whom credit is worth looking up.
    pub fn reminded_customers(&self) -> Vec<i64> {
        let mut ids = Vec::new();
        self.each_row(&mut |a| {
            // a customer's actions come one after the other
            if a.performs() && ids.last() != Some(&a.customer.id) {
                ids.push(a.customer.id);
            }
        });
        ids
    }

    /// Notes the customers reminded of invoices their credit (`credit_of`) could settle,
    /// each invoice on its own (its balance no more than the credit).
    pub fn note_credit(&mut self, credit_of: impl Fn(i64) -> Option<Money>) {
        let mut found: Vec<CreditToApply> = Vec::new();
        // the customer whose actions are being read, and its credit
        let mut current: Option<(i64, Option<Money>)> = None;
        self.each_row(&mut |a| {
            let id = a.customer.id;
            if current.is_none_or(|(seen, _)| seen != id) {
                current = Some((id, credit_of(id).filter(|m| m.is_positive())));
            }
            let Some((_, Some(credit))) = current else {
                return;
            };
            // a balance in another currency than the credit's is never covered by it
            let covered = matches!(
                a.balance.partial_cmp(&credit),
                Some(Ordering::Less | Ordering::Equal)
            );
            if !a.performs() || !covered {
                return;
            }
            match found.last_mut() {
                Some(f) if f.customer_code == a.customer.code => {
                    if f.invoices.last().map(String::as_str) != Some(a.number) {
                        f.invoices.push(a.number.to_string());
                    }
                }
                _ => found.push(CreditToApply {
                    customer_code: a.customer.code.clone(),
                    credit,
                    invoices: vec![a.number.to_string()],
                }),
            }
        });
        self.credit_to_apply = found;
    }

    /// Each customer's actions, customers by code.
    pub fn customers(&self) -> Box<dyn Iterator<Item = Cow<'_, CustomerActions>> + '_> {
        match &self.body {
            Body::Done(customers) => Box::new(customers.iter().map(Cow::Borrowed)),
            Body::Planned(plan) => Box::new(plan.iter().map(Cow::Owned)),
            Body::Ran(plan, done) => Box::new(done.iter().map(|d| Cow::Owned(plan.done_actions(d)))),
        }
    }

    /// Each action as a listing shows it, customers by code, none made whole.
    pub fn each_row<'a>(&'a self, visit: &mut dyn FnMut(ActionRow<'a>)) {
        match &self.body {
            Body::Done(customers) => {
                for c in customers {
                    for a in &c.actions {
                        visit(a.row(c));
                    }
                }
            }
            Body::Planned(plan) => plan.each_row(visit),
            Body::Ran(plan, done) => {
                for d in done {
                    plan.each_done_row(d, visit);
                }
            }
        }
    }

    /// Whether the run has no action at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Counts actions by what they perform, their status and step, without making them.
    fn tally(&self, f: impl Fn(ActionState, &Step) -> bool) -> usize {
        match &self.body {
            Body::Done(customers) => customers
                .iter()
                .flat_map(|c| &c.actions)
                .filter(|a| f(a.state, &a.step))
                .count(),
            Body::Planned(plan) => plan.count(|step, state| f(state, step)),
            Body::Ran(plan, done) => done.iter().map(|d| d.count(plan, &f)).sum(),
        }
    }

    /// Customers with at least one action passing `f` (see `tally`).
    fn tally_customers(&self, f: impl Fn(ActionState, &Step) -> bool) -> usize {
        match &self.body {
            Body::Done(customers) => customers
                .iter()
                .filter(|c| c.actions.iter().any(|a| f(a.state, &a.step)))
                .count(),
            Body::Planned(plan) => plan.count_customers(|step, state| f(state, step)),
            Body::Ran(plan, done) => done.iter().filter(|d| d.count(plan, &f) > 0).count(),
        }
    }

    pub fn sent(&self) -> usize {
        self.tally(|state, step| matches!(state, ActionState::Sent(_)) && step.channel.mails())
    }

    pub fn failed(&self) -> usize {
        self.tally(|state, _| matches!(state, ActionState::Failed(_)))
    }

    pub fn skipped(&self) -> usize {
        self.tally(skipped)
    }

    pub fn tasks(&self) -> usize {
        self.tally(task)
    }

    /// How many actions the run has.
    pub fn len(&self) -> usize {
        self.tally(|_, _| true)
    }

    /// Reminders a run performs by mail (sent or not).
    pub fn mailed_reminders(&self) -> usize {
        self.tally(mailed)
    }

    /// Mails a dry run would send.
    pub fn planned_mails(&self) -> usize {
        self.tally_customers(mailed)
    }

    /// The counts of a dry run's summary.
    pub fn dry_counts(&self) -> DryCounts {
        DryCounts {
            reminders: self.mailed_reminders(),
            mails: self.planned_mails(),
            skipped: self.skipped(),
            tasks: self.tasks(),
            formal_notices: self.tally(formal),
        }
    }

    /// Mails the run sent, or a dry run would send.
    pub fn mails_or_planned(&self) -> usize {
        if self.dry_run {
            self.planned_mails()
        } else {
            self.mails
        }
    }
}
