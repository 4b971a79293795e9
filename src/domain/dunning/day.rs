//! A day's plan for the whole book, held compactly: a late first run can skip several
//! steps of tens of thousands of invoices, so its actions are made one customer at a time
//! rather than all at once.

use std::collections::HashMap;

use super::{
    Action, ActionRow, ActionState, Attempt, Book, CustomerActions, DunningFacts, Owed, ReminderStatus,
    Rules, Step, first_contact, plan,
};
use crate::domain::customer::Customer;
use crate::domain::money::{Currency, Money};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// One (invoice, step) of a day's plan: indexes into the plan's invoices and steps, and
/// its state packed in a byte (a first run on a ten-year ledger plans millions of them).
#[derive(Debug, Clone, Copy)]
pub(super) struct Slot {
    owed: u32,
    step: u16,
    state: u8,
}

impl Slot {
    fn new(owed: u32, step: u16, state: ActionState) -> Slot {
        let attempt = |kind: u8, a: Attempt| kind | u8::from(a.retry) << 2 | u8::from(a.manual) << 3;
        let state = match state {
            ActionState::Skipped => 0,
            ActionState::Planned(a) => attempt(1, a),
            ActionState::Sent(a) => attempt(2, a),
            ActionState::Failed(a) => attempt(3, a),
        };
        Slot { owed, step, state }
    }

    fn state(self) -> ActionState {
        let a = Attempt {
            retry: self.state & 4 != 0,
            manual: self.state & 8 != 0,
        };
        match self.state & 3 {
            0 => ActionState::Skipped,
            1 => ActionState::Planned(a),
            2 => ActionState::Sent(a),
            _ => ActionState::Failed(a),
        }
    }
}

/// What an invoice owes, held in a day's plan narrower than an [`Owed`] (a first run
/// on a ten-year ledger plans most of its open invoices): its number as a range of the
/// plan's text, its amounts in minor units.
#[derive(Debug, Clone, Copy)]
struct OwedRow {
    invoice_id: i64,
    number: (u32, u32),
    issue_date: NaiveDate,
    due_date: NaiveDate,
    /// The total's, the balance's and the interest's currency.
    amounts_in: Currency,
    currency: Currency,
    reminded: bool,
    total: i64,
    balance: i64,
    interest: i64,
    days_late: i64,
    indemnity: Money,
    penalty_rate: Decimal,
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
    owed: Vec<OwedRow>,
    /// The invoices' numbers, one after the other.
    numbers: String,
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
    /// Keeps what `owed` owes.
    fn push_owed(&mut self, owed: Owed) -> u32 {
        let start = self.numbers.len() as u32;
        self.numbers.push_str(&owed.number);
        let amounts_in = owed.total.currency();
        // an invoice's balance and interest are in the currency of its total
        debug_assert!(owed.balance.currency() == amounts_in && owed.interest.currency() == amounts_in);
        self.owed.push(OwedRow {
            invoice_id: owed.invoice_id,
            number: (start, self.numbers.len() as u32),
            issue_date: owed.issue_date,
            due_date: owed.due_date,
            amounts_in,
            currency: owed.currency,
            reminded: owed.reminded,
            total: owed.total.minor(),
            balance: owed.balance.minor(),
            interest: owed.interest.minor(),
            days_late: owed.days_late,
            indemnity: owed.indemnity,
            penalty_rate: owed.penalty_rate,
        });
        (self.owed.len() - 1) as u32
    }

    fn number_of(&self, o: &OwedRow) -> &str {
        &self.numbers[o.number.0 as usize..o.number.1 as usize]
    }

    fn owed_at(&self, s: &Slot) -> &OwedRow {
        &self.owed[s.owed as usize]
    }

    /// What the invoice of `s` owes.
    fn owed_of(&self, s: &Slot) -> Owed {
        let o = self.owed_at(s);
        Owed {
            invoice_id: o.invoice_id,
            number: self.number_of(o).to_string(),
            issue_date: o.issue_date,
            due_date: o.due_date,
            total: Money::from_minor(o.total, o.amounts_in),
            balance: Money::from_minor(o.balance, o.amounts_in),
            days_late: o.days_late,
            interest: Money::from_minor(o.interest, o.amounts_in),
            indemnity: o.indemnity,
            currency: o.currency,
            penalty_rate: o.penalty_rate,
            reminded: o.reminded,
        }
    }

    fn actions_of(&self, p: &Planned) -> CustomerActions {
        CustomerActions {
            customer: p.customer.clone(),
            frequent_late_payer: p.frequent_late_payer,
            actions: p.slots.iter().map(|s| self.action(s)).collect(),
        }
    }

    fn action(&self, s: &Slot) -> Action {
        Action::new(self.owed_of(s), &self.steps[s.step as usize], s.state())
    }

    pub(super) fn step_of(&self, s: &Slot) -> &Step {
        &self.steps[s.step as usize]
    }

    /// The row of the action at `s` of `p`, with what a run recorded of it (`done`).
    fn row_of<'a>(&'a self, p: &'a Planned, s: &Slot, done: Option<&'a DoneSlot>) -> ActionRow<'a> {
        let o = self.owed_at(s);
        let money = |minor| Money::from_minor(minor, o.amounts_in);
        ActionRow {
            customer: &p.customer,
            frequent_late_payer: p.frequent_late_payer,
            number: self.number_of(o),
            step: self.step_of(s),
            state: s.state(),
            balance: money(o.balance),
            days_late: o.days_late,
            interest: money(o.interest),
            indemnity: o.indemnity,
            output: done.and_then(|d| d.output.as_deref()),
            error: done.and_then(|d| d.error.as_deref()),
        }
    }

    /// Each action as a listing shows it, customers by code.
    pub fn each_row<'a>(&'a self, visit: &mut dyn FnMut(ActionRow<'a>)) {
        for p in &self.customers {
            for s in &p.slots {
                visit(self.row_of(p, s, None));
            }
        }
    }

    /// Each recorded action of `d` as a listing shows it.
    pub fn each_done_row<'a>(&'a self, d: &'a DoneCustomer, visit: &mut dyn FnMut(ActionRow<'a>)) {
        let p = &self.customers[d.planned];
        for x in &d.actions {
            visit(self.row_of(p, &x.slot, Some(x)));
        }
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
                let (owed, step) = (self.owed_at(s), self.step_of(s));
                visit(PlanLine {
                    day,
                    customer: p.customer.code.clone(),
                    invoice: self.number_of(owed).to_string(),
                    step: step.name.clone(),
                    channel: step.channel,
                    performs: s.state().performs(),
                    balance: Money::from_minor(owed.balance, owed.amounts_in),
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
        let owed = self.owed.len() as u32;
        let steps: Vec<u16> = other.steps.iter().map(|s| intern(&mut self.steps, s)).collect();
        let text = self.numbers.len() as u32;
        self.numbers.push_str(&other.numbers);
        self.owed.extend(other.owed.into_iter().map(|mut o| {
            o.number = (o.number.0 + text, o.number.1 + text);
            o
        }));
        self.customers.extend(other.customers.into_iter().map(|mut p| {
            for s in &mut p.slots {
                s.owed += owed;
                s.step = steps[s.step as usize];
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
            .filter(|s| f(self.step_of(s), s.state()))
            .count()
    }

    /// Customers with at least one action whose step and state pass `f`.
    pub fn count_customers(&self, f: impl Fn(&Step, ActionState) -> bool) -> usize {
        self.customers
            .iter()
            .filter(|p| p.slots.iter().any(|s| f(self.step_of(s), s.state())))
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
                    slot: Slot::new(slots[*i].owed, slots[*i].step, a.state),
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
            x.slot.state().performs() && plan.step_of(&x.slot).channel.mails() && x.reminder_id.is_some()
        })
    }

    /// Takes over what delivery made of the actions (`plan.done_actions(self)`, in order).
    pub fn delivered(&mut self, actions: Vec<Action>) {
        for (x, a) in self.actions.iter_mut().zip(actions) {
            x.slot = Slot::new(x.slot.owed, x.slot.step, a.state);
            x.output = a.output;
            x.error = a.error;
        }
    }

    /// Counts the actions passing `f` (state, step).
    pub(super) fn count(&self, plan: &DayPlan, f: &impl Fn(ActionState, &Step) -> bool) -> usize {
        self.actions
            .iter()
            .filter(|x| f(x.slot.state(), plan.step_of(&x.slot)))
            .count()
    }
}

/// The index of `step` in a plan's `steps`, added when no equal step is there yet: a
/// plan holds each step of the policy's ladders once, however many groups it was made in.
fn intern(steps: &mut Vec<Step>, step: &Step) -> u16 {
    let i = match steps.iter().position(|s| s == step) {
        Some(i) => i,
        None => {
            steps.push(step.clone());
            steps.len() - 1
        }
    };
    u16::try_from(i).expect("a dunning policy has fewer than 65 536 steps")
}

/// What a run on `rules.as_of` does, grouped by customer (customers by code, invoices
/// by due date), held compactly.
pub fn plan_compact(book: &Book, rules: &Rules) -> DayPlan {
    let mut plan_out = DayPlan::default();
    let mut by_customer: HashMap<i64, Vec<Slot>> = HashMap::new();
    // each ladder's steps, by the profile it is the ladder of: their index in
    // `plan_out.steps`
    let mut step_index: HashMap<&str, Vec<u16>> = HashMap::new();
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
            .map(|steps| steps.iter().collect())
            .unwrap_or_default();
        let reminded = book.reminded.get(&inv.id).copied();
        let Ok(p) = plan(&facts, &done, ladder, rules.policy.min_balance, rules.as_of)
            .and_then(|p| first_contact(p, ladder, &done, reminded, due, rules.as_of, rules.catch_up))
        else {
            continue;
        };
        let mut owed = Owed::of(inv, customer, rules);
        owed.reminded = reminded.is_some();
        let o = plan_out.push_owed(owed);
        let steps = &mut plan_out.steps;
        let indexes = step_index
            .entry(profile.as_str())
            .or_insert_with(|| ladder.iter().map(|s| intern(steps, s)).collect());
        // the plan's steps are the ladder's: found by value
        let mut index_of = |s: &Step| match ladder.iter().position(|l| l == s) {
            Some(i) => indexes[i],
            None => intern(steps, s),
        };
        let list = by_customer.entry(customer.id).or_default();
        for s in p.skip {
            list.push(Slot::new(o, index_of(s), ActionState::Skipped));
        }
        if let Some(s) = p.perform {
            let attempt = Attempt {
                retry: p.retry,
                manual: false,
            };
            list.push(Slot::new(o, index_of(s), ActionState::Planned(attempt)));
        }
    }
    let plan = &plan_out;
    let mut customers: Vec<Planned> = by_customer
        .into_iter()
        .filter_map(|(id, mut slots)| {
            slots.sort_by(|a, b| {
                let (oa, ob) = (plan.owed_at(a), plan.owed_at(b));
                (oa.due_date, plan.number_of(oa), plan.step_of(a).offset).cmp(&(
                    ob.due_date,
                    plan.number_of(ob),
                    plan.step_of(b).offset,
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
            let (owed, step) = (day.owed_at(s), day.step_of(s));
            if s.state().performs() && step.channel.mails() && as_of > owed.due_date {
                self.reminded.insert(owed.invoice_id, as_of);
            }
            let done = self.done.entry(owed.invoice_id).or_default();
            done.remove(&step.name);
            let status = if s.state().performs() {
                ReminderStatus::Sent
            } else {
                ReminderStatus::Skipped
            };
            done.push(&step.name, status);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dunning::{Channel, Tone};

    fn owed(id: i64, number: &str, currency: Currency) -> Owed {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        Owed {
            invoice_id: id,
            number: number.into(),
            issue_date: d("2026-01-05"),
            due_date: d("2026-02-04"),
            total: Money::from_minor(123_456, currency),
            balance: Money::from_minor(-7, currency),
            days_late: 293,
            interest: Money::from_minor(1_234, currency),
            indemnity: Money::eur(4_000),
            currency,
            penalty_rate: Decimal::new(1_215, 2),
            reminded: id % 2 == 0,
        }
    }

    fn step(name: &str, offset: i64) -> Step {
        Step {
            name: name.into(),
            offset,
            channel: Channel::Email,
            template: "reminder".into(),
            tone: Tone::Firm,
            claim_penalties: false,
            tell_owner: false,
        }
    }

    #[test]
    fn a_slot_keeps_every_state_in_eight_bytes() {
        let attempts = [(false, false), (true, false), (false, true), (true, true)]
            .map(|(retry, manual)| Attempt { retry, manual });
        let mut states = vec![ActionState::Skipped];
        for a in attempts {
            states.extend([
                ActionState::Planned(a),
                ActionState::Sent(a),
                ActionState::Failed(a),
            ]);
        }
        for state in states {
            let slot = Slot::new(u32::MAX, u16::MAX, state);
            assert_eq!((slot.owed, slot.step, slot.state()), (u32::MAX, u16::MAX, state));
        }
        assert_eq!(std::mem::size_of::<Slot>(), 8);
    }

    #[test]
    fn an_invoice_comes_back_from_the_plan_as_it_went_in() {
        let mut plan = DayPlan::default();
        let mut other = DayPlan::default();
        let first = [
            owed(1, "F-1", Currency::EUR),
            owed(2, "FACT-2026-000002", Currency::EUR),
        ];
        let usd = Currency::parse("USD").unwrap();
        let second = [owed(3, "", usd), owed(4, "AVOIR-2026-1", usd)];
        for o in &first {
            plan.push_owed(o.clone());
        }
        for o in &second {
            other.push_owed(o.clone());
        }
        let s = step("r1", 10);
        plan.steps.push(s.clone());
        other.steps.extend([step("r0", 0), s]);
        other.customers.push(Planned {
            customer: Customer::new("C1", "Acme"),
            frequent_late_payer: false,
            slots: vec![Slot::new(1, 1, ActionState::Skipped)],
        });
        plan.append(other);
        let back: Vec<String> = (0..4)
            .map(|i| format!("{:?}", plan.owed_of(&Slot::new(i, 0, ActionState::Skipped))))
            .collect();
        let want: Vec<String> = first.iter().chain(&second).map(|o| format!("{o:?}")).collect();
        assert_eq!(back, want);
        // the steps another group brought are kept once, the slots pointed at them
        assert_eq!(plan.steps.len(), 2);
        let slot = plan.customers[0].slots[0];
        assert_eq!((slot.owed, plan.step_of(&slot).name.as_str()), (3, "r1"));
        assert!(std::mem::size_of::<OwedRow>() <= 96);
    }
}
