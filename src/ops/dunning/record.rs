//! Writing a run's actions down before anything leaves: skipped and task steps are final
//! at once, mails are `planned`. An action whose step the database already holds as final
//! is dropped: the UNIQUE(invoice_id, step) constraint has the last word.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::dunning::{Channel, CustomerActions, DayPlan, DoneCustomer, Tone};
use crate::domain::reminder::NewReminder;
use crate::error::Result;
use crate::ops::credit_control::block_at_notice as block_at;
use crate::render::dunning::call_task_title;
use crate::store::dunning as store;

/// Records every customer's actions, keeping the customers with an action recorded.
pub fn record_all(
    tx: &Transaction,
    planned: Vec<CustomerActions>,
    as_of: NaiveDate,
    block_at_notice: bool,
) -> Result<Vec<CustomerActions>> {
    let mut out = Vec::with_capacity(planned.len());
    for mut c in planned {
        record_customer(tx, &mut c, as_of, block_at_notice)?;
        if !c.actions.is_empty() {
            out.push(c);
        }
    }
    Ok(out)
}

/// `record_all` for a day's plan, customer by customer: what became of each action is
/// kept beside the plan rather than as actions.
pub fn record_plan(
    tx: &Transaction,
    plan: &DayPlan,
    as_of: NaiveDate,
    block_at_notice: bool,
) -> Result<Vec<DoneCustomer>> {
    let mut out = Vec::new();
    for (planned, mut c) in plan.numbered() {
        let kept = record_customer(tx, &mut c, as_of, block_at_notice)?;
        if !c.actions.is_empty() {
            out.push(plan.recorded(planned, &kept, c.actions));
        }
    }
    Ok(out)
}

/// Records one customer's actions, keeping in `c` those recorded, and blocks the customer
/// at a formal notice when the policy says so. Returns the index each kept action had in
/// `c.actions`.
fn record_customer(
    tx: &Transaction,
    c: &mut CustomerActions,
    as_of: NaiveDate,
    block_at_notice: bool,
) -> Result<Vec<usize>> {
    let actions = std::mem::take(&mut c.actions);
    let mut kept = Vec::with_capacity(actions.len());
    let mut indexes = Vec::with_capacity(actions.len());
    for (i, mut a) in actions.into_iter().enumerate() {
        // a task is made as it is recorded: done at once
        let state = match a.step.channel {
            Channel::Task => a.state.sent(),
            _ => a.state,
        };
        let status = state.status();
        let recorded = store::record(
            tx,
            &NewReminder {
                invoice_id: a.owed.invoice_id,
                step: &a.step.name,
                channel: a.step.channel,
                status,
                date: as_of,
                balance: a.owed.balance,
                days_late: a.owed.days_late,
                interest: a.owed.interest,
                recipient: c.customer.email.as_deref().filter(|_| a.step.channel.mails()),
                manual: state.attempt().is_some_and(|t| t.manual),
            },
        )?;
        let Some(id) = recorded else {
            continue;
        };
        a.reminder_id = Some(id);
        a.state = state;
        if a.performs() && a.step.channel == Channel::Task {
            let title = call_task_title(&c.customer, &a.owed);
            if let Some(task) = store::insert_task(tx, a.owed.invoice_id, &a.step.name, &title, as_of)? {
                a.output = Some(format!("task #{task}"));
            }
        }
        kept.push(a);
        indexes.push(i);
    }
    if block_at_notice && let Some(notice) = kept.iter().find(|a| a.performs() && a.step.tone == Tone::Formal)
    {
        block_at(tx, c.customer.id, &notice.owed.number, as_of)?;
    }
    c.actions = kept;
    Ok(indexes)
}
