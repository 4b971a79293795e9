//! A day's plan for the whole book, held compactly: a late first run can skip several
//! steps of tens of thousands of invoices, so its actions are made one customer at a time
//! rather than all at once.

use std::collections::HashMap;

use super::{
    Action, ActionState, Attempt, Book, CustomerActions, DunningFacts, Owed, ReminderStatus, Rules, Step,
    first_contact, plan,
};
use crate::domain::customer::Customer;
use chrono::NaiveDate;

/// One (invoice, step) of a day's plan: indexes into the plan's invoices and steps.
#[derive(Debug, Clone, Copy)]
pub(super) struct Slot {
    owed: u32,
    step: u32,
    state: ActionState,
}

/// One customer's part of a day's plan.
#[derive(Debug, Clone)]
struct Planned {
    customer: Customer,
    frequent_late_payer: bool,
    slots: Vec<Slot>,
}

/// A day's plan: what each invoice owes and each step once, and per customer which
/// (invoice, step) pairs to perform or skip.
#[derive(Debug, Clone, Default)]
pub struct DayPlan {
    owed: Vec<Owed>,
    steps: Vec<Step>,
    customers: Vec<Planned>,
}

/// One row of the plan ahead: an action on a day, with what the listing shows of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanLine {
    pub day: NaiveDate,
    pub customer: String,
    pub invoice: String,
    pub step: String,
    pub channel: super::Channel,
    pub performs: bool,
    pub balance: crate::domain::money::Money,
    pub days_late: i64,
}

/// One recorded action of a run: its place in the day's plan and what became of it.
#[derive(Debug, Clone)]
pub(super) struct DoneSlot {
    slot: Slot,
    reminder_id: Option<i64>,
    output: Option<String>,
    error: Option<String>,
}

/// A customer of a run with at least one recorded action, what became of each kept
/// beside the plan rather than as actions.
#[derive(Debug, Clone)]
pub struct DoneCustomer {
    /// Index in the plan's customers.
    planned: usize,
    actions: Vec<DoneSlot>,
}

impl DayPlan {
    fn actions_of(&self, p: &Planned) -> CustomerActions {
        CustomerActions {
            customer: p.customer.clone(),
            frequent_late_payer: p.frequent_late_payer,
            actions: p.slots.iter().map(|s| self.action(s)).collect(),
        }
    }

    fn action(&self, s: &Slot) -> Action {
        Action::new(
            self.owed[s.owed as usize].clone(),
            &self.steps[s.step as usize],
            s.state,
        )
    }

    pub(super) fn step_of(&self, s: &Slot) -> &Step {
        &self.steps[s.step as usize]
    }

    /// Each customer's actions, customers by code, made as the iterator goes.
    pub fn iter(&self) -> impl Iterator<Item = CustomerActions> + '_ {
        self.customers.iter().map(|p| self.actions_of(p))
    }

    pub fn is_empty(&self) -> bool {
        self.customers.is_empty()
    }

    /// Every customer's actions at once.
    pub fn into_customers(self) -> Vec<CustomerActions> {
        self.iter().collect()
    }

    /// The day's rows of the plan ahead, customers by code, each customer's actions in
    /// its order.
    pub fn each_line<E>(
        &self,
        day: NaiveDate,
        mut visit: impl FnMut(PlanLine) -> Result<(), E>,
    ) -> Result<(), E> {
        for p in &self.customers {
            for s in &p.slots {
                let (owed, step) = (&self.owed[s.owed as usize], self.step_of(s));
                visit(PlanLine {
                    day,
                    customer: p.customer.code.clone(),
                    invoice: owed.number.clone(),
                    step: step.name.clone(),
                    channel: step.channel,
                    performs: s.state.performs(),
                    balance: owed.balance,
                    days_late: (day - owed.due_date).num_days().max(0),
                })?;
            }
        }
        Ok(())
    }

    /// Takes in the plan of other customers (made with the same rules on the same day):
    /// its invoices and steps after these, its customers after these. See
    /// [`DayPlan::sort_customers`].
    pub fn append(&mut self, other: DayPlan) {
        let (owed, steps) = (self.owed.len() as u32, self.steps.len() as u32);
        self.owed.extend(other.owed);
        self.steps.extend(other.steps);
        self.customers.extend(other.customers.into_iter().map(|mut p| {
            for s in &mut p.slots {
                s.owed += owed;
                s.step += steps;
            }
            p
        }));
    }

    /// Puts the customers in the order of a plan made at once: by code.
    pub fn sort_customers(&mut self) {
        self.customers
            .sort_by(|a, b| a.customer.code.cmp(&b.customer.code));
    }

    /// Counts the actions whose step and state pass `f`, without making them.
    pub fn count(&self, f: impl Fn(&Step, ActionState) -> bool) -> usize {
        self.customers
            .iter()
            .flat_map(|p| &p.slots)
            .filter(|s| f(self.step_of(s), s.state))
            .count()
    }

    /// Customers with at least one action whose step and state pass `f`.
    pub fn count_customers(&self, f: impl Fn(&Step, ActionState) -> bool) -> usize {
        self.customers
            .iter()
            .filter(|p| p.slots.iter().any(|s| f(self.step_of(s), s.state)))
            .count()
    }

    /// Each customer's actions with the customer's index, for a run to record them.
    pub fn numbered(&self) -> impl Iterator<Item = (usize, CustomerActions)> + '_ {
        self.customers.iter().map(|p| self.actions_of(p)).enumerate()
    }

    /// What became of the recorded actions of the customer at `planned` (see
    /// `numbered`): `kept[n]` is the index `recorded[n]` had among its planned actions.
    pub fn recorded(&self, planned: usize, kept: &[usize], recorded: Vec<Action>) -> DoneCustomer {
        let slots = &self.customers[planned].slots;
        DoneCustomer {
            planned,
            actions: kept
                .iter()
                .zip(recorded)
                .map(|(i, a)| DoneSlot {
                    slot: Slot {
                        state: a.state,
                        ..slots[*i]
                    },
                    reminder_id: a.reminder_id,
                    output: a.output,
                    error: a.error,
                })
                .collect(),
        }
    }

    /// The actions of a customer of a run, as recorded and delivered.
    pub fn done_actions(&self, d: &DoneCustomer) -> CustomerActions {
        let p = &self.customers[d.planned];
        CustomerActions {
            customer: p.customer.clone(),
            frequent_late_payer: p.frequent_late_payer,
            actions: d
                .actions
                .iter()
                .map(|x| Action {
                    reminder_id: x.reminder_id,
                    output: x.output.clone(),
                    error: x.error.clone(),
                    ..self.action(&x.slot)
                })
                .collect(),
        }
    }
}

impl DoneCustomer {
    /// Whether the customer has a recorded reminder to mail.
    pub fn mails(&self, plan: &DayPlan) -> bool {
        self.actions.iter().any(|x| {
            x.slot.state.performs() && plan.step_of(&x.slot).channel.mails() && x.reminder_id.is_some()
        })
    }

    /// Takes over what delivery made of the actions (`plan.done_actions(self)`, in order).
    pub fn delivered(&mut self, actions: Vec<Action>) {
        for (x, a) in self.actions.iter_mut().zip(actions) {
            x.slot.state = a.state;
            x.output = a.output;
            x.error = a.error;
        }
    }

    /// Counts the actions passing `f` (state, step).
    pub(super) fn count(&self, plan: &DayPlan, f: &impl Fn(ActionState, &Step) -> bool) -> usize {
        self.actions
            .iter()
            .filter(|x| f(x.slot.state, plan.step_of(&x.slot)))
            .count()
    }
}

/// What a run on `rules.as_of` does, grouped by customer (customers by code, invoices
/// by due date), held compactly.
pub fn plan_compact(book: &Book, rules: &Rules) -> DayPlan {
    let mut plan_out = DayPlan::default();
    let mut by_customer: HashMap<i64, Vec<Slot>> = HashMap::new();
    // each ladder's steps, by the profile it is the ladder of: their index in
    // `plan_out.steps`
    let mut step_index: HashMap<&str, Vec<u32>> = HashMap::new();
    for inv in &book.invoices {
        let (Some(customer), Some(due)) = (book.customers.get(&inv.customer_id), inv.facts.due_date) else {
            continue;
        };
        let view = inv.view(rules.as_of);
        let facts = DunningFacts {
            due_date: due,
            status: view.status,
            balance: view.balance,
            on_hold: book.active_hold(inv.id, rules.as_of).is_some(),
        };
        let flagged = book.late_payers.contains(&customer.id);
        let profile = rules.policy.profile(customer.dunning_profile, flagged);
        let ladder = rules.policy.ladder(customer.dunning_profile, flagged);
        let done: Vec<(&str, ReminderStatus)> = book
            .done
            .get(&inv.id)
            .map(|rows| rows.iter().map(|(s, st)| (s.as_str(), *st)).collect())
            .unwrap_or_default();
        let reminded = book.reminded.get(&inv.id).copied();
        let Ok(p) = plan(&facts, &done, ladder, rules.policy.min_balance, rules.as_of)
            .and_then(|p| first_contact(p, ladder, &done, reminded, due, rules.as_of, rules.catch_up))
        else {
            continue;
        };
        let steps = &mut plan_out.steps;
        let indexes = step_index.entry(profile.as_str()).or_insert_with(|| {
            ladder
                .iter()
                .map(|s| {
                    steps.push(s.clone());
                    (steps.len() - 1) as u32
                })
                .collect()
        });
        // the plan's steps are the ladder's: found by value
        let mut index_of = |s: &Step| match ladder.iter().position(|l| l == s) {
            Some(i) => indexes[i],
            None => {
                steps.push(s.clone());
                (steps.len() - 1) as u32
            }
        };
        let o = plan_out.owed.len() as u32;
        let mut owed = Owed::of(inv, customer, rules);
        owed.reminded = reminded.is_some();
        plan_out.owed.push(owed);
        let list = by_customer.entry(customer.id).or_default();
        for s in p.skip {
            list.push(Slot {
                owed: o,
                step: index_of(s),
                state: ActionState::Skipped,
            });
        }
        if let Some(s) = p.perform {
            list.push(Slot {
                owed: o,
                step: index_of(s),
                state: ActionState::Planned(Attempt {
                    retry: p.retry,
                    manual: false,
                }),
            });
        }
    }
    let (all_owed, steps) = (&plan_out.owed, &plan_out.steps);
    let mut customers: Vec<Planned> = by_customer
        .into_iter()
        .filter_map(|(id, mut slots)| {
            slots.sort_by(|a, b| {
                let (oa, ob) = (&all_owed[a.owed as usize], &all_owed[b.owed as usize]);
                (oa.due_date, &oa.number, steps[a.step as usize].offset).cmp(&(
                    ob.due_date,
                    &ob.number,
                    steps[b.step as usize].offset,
                ))
            });
            slots.shrink_to_fit();
            Some(Planned {
                customer: book.customers.get(&id)?.clone(),
                frequent_late_payer: book.late_payers.contains(&id),
                slots,
            })
        })
        .collect();
    customers.sort_by(|a, b| a.customer.code.cmp(&b.customer.code));
    plan_out.customers = customers;
    plan_out
}

/// What a run on `rules.as_of` does, grouped by customer (customers by code, invoices
/// by due date).
pub fn plan_day(book: &Book, rules: &Rules) -> Vec<CustomerActions> {
    plan_compact(book, rules).into_customers()
}

impl Book {
    /// Records the outcome of a day's planned actions in memory, each one taken as
    /// successful, for a forecast of the following days.
    pub fn apply(&mut self, day: &DayPlan, as_of: NaiveDate) {
        for s in day.customers.iter().flat_map(|p| &p.slots) {
            let (owed, step) = (&day.owed[s.owed as usize], day.step_of(s));
            if s.state.performs() && step.channel.mails() && as_of > owed.due_date {
                self.reminded.insert(owed.invoice_id, as_of);
            }
            let rows = self.done.entry(owed.invoice_id).or_default();
            rows.retain(|(name, _)| *name != step.name);
            let status = if s.state.performs() {
                ReminderStatus::Sent
            } else {
                ReminderStatus::Skipped
            };
            rows.push((step.name.clone(), status));
        }
    }
}
