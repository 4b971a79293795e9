//! What a run knows of the ledger on its day (the open invoices, their customers, the
//! steps already recorded, holds and late payers), and what one (invoice, step) action is.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Policy, ReminderStatus, Step};
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
}

/// What happens to one (invoice, step).
#[derive(Debug, Clone)]
pub struct Action {
    pub owed: Owed,
    pub step: Step,
    /// Performed (true) or recorded as skipped (false).
    pub perform: bool,
    pub retry: bool,
    pub manual: bool,
    pub reminder_id: Option<i64>,
    pub status: ReminderStatus,
    pub error: Option<String>,
    /// The outbox file, letter or task made.
    pub output: Option<String>,
}

impl Action {
    /// A planned action: performed ones are `planned`, the others `skipped`.
    pub fn new(owed: Owed, step: &Step, perform: bool, retry: bool) -> Action {
        Action {
            owed,
            step: step.clone(),
            perform,
            retry,
            manual: false,
            reminder_id: None,
            status: ReminderStatus::planned(perform),
            error: None,
            output: None,
        }
    }

    /// Whether the action sends the customer a message.
    pub fn mails(&self) -> bool {
        self.perform && self.step.channel.mails()
    }

    /// Whether the run tells the owner to consider a call about it.
    pub fn tells_owner(&self) -> bool {
        self.perform && self.step.tell_owner
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
    pub done: HashMap<i64, Vec<(String, ReminderStatus)>>,
    pub holds: HashMap<i64, Hold>,
    /// Customers flagged as frequent late payers.
    pub late_payers: HashSet<i64>,
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
            .map(|rows| {
                rows.iter()
                    .filter(|r| r.1.is_final())
                    .map(|r| r.0.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether the step of an invoice has a record at all (a send of it is a retry).
    pub fn has_record(&self, invoice_id: i64, step: &str) -> bool {
        self.done
            .get(&invoice_id)
            .is_some_and(|rows| rows.iter().any(|r| r.0 == step))
    }
}

/// The policy, rates and day a plan is made with.
pub struct Rules<'a> {
    pub policy: &'a Policy,
    pub rates: &'a RateTable,
    pub as_of: NaiveDate,
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
        }
    }

    /// Each invoice once, in the order the actions name them.
    pub fn distinct<'a>(actions: &[&'a Action]) -> Vec<&'a Owed> {
        let mut seen = HashSet::new();
        actions
            .iter()
            .map(|a| &a.owed)
            .filter(|o| seen.insert(o.invoice_id))
            .collect()
    }
}
