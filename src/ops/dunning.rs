//! The dunning run: plan every open invoice with the pure policy, record what will be
//! done before doing it, send one mail per customer, then record what happened.
//!
//! Safety: a run holds an exclusive lock file beside the ledger for its whole length, so
//! two runs never work at once; each (invoice, step) is a row under UNIQUE(invoice_id,
//! step); a mail's rows are `planned` before it leaves and `sent` only once the server
//! took it, else `failed`, and the next run retries them.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use rusqlite::Transaction;
use rust_decimal::Decimal;
use serde_json::{Value, json};

use super::Ledger;
use crate::config::{Config, beside_ledger};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::customer::CustomerKind;
use crate::domain::dunning::{Channel, DunningFacts, Policy, ReminderStatus, Step, plan};
use crate::domain::hold::Hold;
use crate::domain::interest::{RateTable, late_interest, recovery_indemnity};
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::{Receivable, in_late_payer_window, is_frequent_late_payer};
use crate::domain::reminder::NewReminder;
use crate::domain::status::{InvoiceFacts, InvoiceStatus, InvoiceView, invoice_view};
use crate::error::{Error, Result, invalid};
use crate::files::{Files, Target};
use crate::mailer::{Mailer, Outgoing};
use crate::render::fmt;
use crate::render::mail::{self as templates, Templates};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::dunning::{self as store, Issued};
use crate::store::invoice as invoices;
use crate::store::parse_stored_decimal;

/// Days a formal notice gives the customer to pay.
pub const NOTICE_DEADLINE_DAYS: u64 = 8;

/// Holds the dunning lock file: released when dropped, or by the OS if the process dies.
pub struct RunLock {
    _file: File,
}

impl RunLock {
    /// Takes the lock beside the ledger, waiting up to the busy timeout for another run.
    pub fn acquire(ledger: &Path) -> Result<RunLock> {
        let mut path = ledger.as_os_str().to_owned();
        path.push(".dunning-lock");
        let path = PathBuf::from(path);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::Unreadable(format!("cannot open the lock file {}: {e}", path.display())))?;
        let wait = std::env::var("CREANCES_BUSY_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(Duration::from_secs(10));
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RunLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::Locked(ledger.to_path_buf()));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::Unreadable(format!("cannot lock {}: {e}", path.display())));
                }
            }
        }
    }
}

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

/// Fills `facts` (its vectors reused) with what a streamed invoice's status derives from.
fn fill_facts(facts: &mut InvoiceFacts, inv: &Issued) {
    facts.issue_date = Some(inv.issue_date);
    facts.due_date = inv.due_date;
    facts.sent_on = inv.sent_on;
    let money = |minor: i64| Money::from_minor(minor, inv.currency);
    facts.total = money(inv.total_cents);
    facts.payments.clear();
    facts
        .payments
        .extend(inv.payments.iter().map(|(d, m)| (*d, money(*m))));
    facts.credits.clear();
    facts
        .credits
        .extend(inv.credits.iter().map(|(d, m)| (*d, money(*m))));
    facts.write_off = inv.write_off.map(|(d, m)| (d, money(m)));
}

/// A streamed invoice as the reports see it, for the rules they share.
fn receivable<'a>(inv: &Issued<'a>) -> Receivable<'a> {
    Receivable {
        id: inv.id,
        customer_id: inv.customer_id,
        issue: inv.issue_date,
        due: inv.due_date.unwrap_or(inv.issue_date),
        total: Money::from_minor(inv.total_cents, inv.currency),
        payments: inv.payments,
        credits: inv.credits,
        write_off: inv
            .write_off
            .map(|(d, m)| (d, Money::from_minor(m, inv.currency))),
    }
}

/// Whether a balance is left on the invoice on some day from `from` to `until`, in cents:
/// the cheap test that lets settled invoices go by. An invoice open on one of those days
/// (`open_between`) always passes it.
fn owes_between(inv: &Issued, from: NaiveDate, until: NaiveDate) -> bool {
    let r = Receivable {
        id: inv.id,
        customer_id: inv.customer_id,
        issue: inv.issue_date,
        due: inv.due_date.unwrap_or(inv.issue_date),
        total: Money::from_minor(inv.total_cents, inv.currency),
        payments: inv.payments,
        credits: inv.credits,
        write_off: inv
            .write_off
            .map(|(d, m)| (d, Money::from_minor(m, inv.currency))),
    };
    r.balance_on(from).is_positive()
        || inv
            .payments
            .iter()
            .chain(inv.credits.iter())
            .map(|(d, _)| *d)
            .chain(inv.write_off.map(|(d, _)| d))
            .any(|d| from < d && d <= until && r.balance_on(d).is_positive())
}

/// Whether a plan on some day from `from` to `until` can act on the invoice: open with a
/// balance on one of those days. Its status only changes on the days of its payments,
/// credit notes and write-off, so those days and `from` are the ones to look at.
fn open_between(facts: &InvoiceFacts, from: NaiveDate, until: NaiveDate) -> bool {
    let open = |day: NaiveDate| {
        let view = invoice_view(facts, day);
        view.status.is_open() && view.balance.is_positive()
    };
    open(from)
        || facts
            .payments
            .iter()
            .chain(facts.credits.iter())
            .map(|(d, _)| *d)
            .chain(facts.write_off.map(|(d, _)| d))
            .any(|d| from < d && d <= until && open(d))
}

/// The ledger as dunning sees it on one day: the invoices a plan can act on (open ones),
/// not the whole ledger, which is streamed once and never held.
pub struct Book {
    invoices: Vec<Dunned>,
    customers: HashMap<i64, Customer>,
    done: HashMap<i64, Vec<(String, ReminderStatus)>>,
    holds: HashMap<i64, Hold>,
    late_payers: HashSet<i64>,
}

impl Book {
    /// Streams every issued invoice once, keeping the open ones, and loads customers,
    /// the reminders of the invoices kept, and holds: a few queries in all.
    pub fn load(tx: &Transaction, as_of: NaiveDate, only_invoice: Option<i64>) -> Result<Book> {
        Book::load_until(tx, as_of, as_of, only_invoice)
    }

    /// As `load` on `as_of`, keeping the invoices open on any day up to `until` (for a
    /// forecast that plans the days after `as_of` with the same book).
    fn load_until(
        tx: &Transaction,
        as_of: NaiveDate,
        until: NaiveDate,
        only_invoice: Option<i64>,
    ) -> Result<Book> {
        let mut late_invoices: HashMap<i64, usize> = HashMap::new();
        let mut invoices = Vec::new();
        let mut facts = InvoiceFacts::default();
        store::for_each_issued(tx, |inv| {
            let penalty_rate = inv.penalty_rate.map(parse_stored_decimal).transpose()?;
            if inv.issue_date > as_of {
                return Ok(());
            }
            let Some(due) = inv.due_date else {
                return Ok(());
            };
            // only invoices due in the last twelve months make a late payer
            let counts = in_late_payer_window(due, as_of);
            // most invoices are settled: a balance in cents tells without building facts
            let wanted = only_invoice.is_none_or(|id| inv.id == id) && owes_between(inv, as_of, until);
            if !counts && !wanted {
                return Ok(());
            }
            if counts && receivable(inv).was_late(as_of) {
                *late_invoices.entry(inv.customer_id).or_default() += 1;
            }
            fill_facts(&mut facts, inv);
            if wanted && open_between(&facts, as_of, until) {
                invoices.push(Dunned {
                    id: inv.id,
                    customer_id: inv.customer_id,
                    label: inv.number.to_string(),
                    currency: inv.currency,
                    penalty_rate,
                    facts: facts.clone(),
                });
            }
            Ok(())
        })?;
        let late_payers = late_invoices
            .into_iter()
            .filter(|(_, late)| is_frequent_late_payer(*late))
            .map(|(id, _)| id)
            .collect();
        let customers = customers::all(tx)?.into_iter().map(|c| (c.id, c)).collect();
        let wanted: HashSet<i64> = invoices.iter().map(|i| i.id).chain(only_invoice).collect();
        let done = store::steps_done(tx, |id| wanted.contains(&id))?;
        Ok(Book {
            invoices,
            customers,
            done,
            holds: store::holds(tx)?,
            late_payers,
        })
    }

    /// Customers flagged as frequent late payers.
    pub fn late_payers(&self) -> &HashSet<i64> {
        &self.late_payers
    }

    /// Records the outcome of a day's planned actions in memory, for `plan --days`.
    fn apply(&mut self, day: &DayPlan) {
        for s in day.customers.iter().flat_map(|p| &p.slots) {
            let (owed, step) = (&day.owed[s.owed as usize], &day.steps[s.step as usize]);
            let rows = self.done.entry(owed.invoice_id).or_default();
            rows.retain(|(name, _)| *name != step.name);
            let status = if s.perform {
                ReminderStatus::Sent
            } else {
                ReminderStatus::Skipped
            };
            rows.push((step.name.clone(), status));
        }
    }
}

/// The policy, rates and day a plan is made with.
pub struct Rules<'a> {
    pub policy: &'a Policy,
    pub rates: &'a RateTable,
    pub as_of: NaiveDate,
}

fn owed(inv: &Dunned, customer: &Customer, rules: &Rules) -> Owed {
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

fn action(owed: Owed, step: &Step, perform: bool, retry: bool) -> Action {
    Action {
        owed,
        step: step.clone(),
        perform,
        retry,
        manual: false,
        reminder_id: None,
        status: planned_status(perform),
        error: None,
        output: None,
    }
}

/// One (invoice, step) of a day's plan: indexes into the plan's invoices and steps.
#[derive(Debug, Clone, Copy)]
struct Slot {
    owed: u32,
    step: u32,
    perform: bool,
    retry: bool,
}

/// One customer's part of a day's plan.
#[derive(Debug, Clone)]
struct Planned {
    customer: Customer,
    frequent_late_payer: bool,
    slots: Vec<Slot>,
}

/// A day's plan, held compactly: what each invoice owes and each step once, and per
/// customer which (invoice, step) pairs to perform or skip. A late first run can skip
/// several steps of tens of thousands of invoices; its actions are made one customer at
/// a time rather than all at once.
#[derive(Debug, Clone, Default)]
pub struct DayPlan {
    owed: Vec<Owed>,
    steps: Vec<Step>,
    customers: Vec<Planned>,
}

impl DayPlan {
    fn actions_of(&self, p: &Planned) -> CustomerActions {
        CustomerActions {
            customer: p.customer.clone(),
            frequent_late_payer: p.frequent_late_payer,
            actions: p
                .slots
                .iter()
                .map(|s| {
                    action(
                        self.owed[s.owed as usize].clone(),
                        &self.steps[s.step as usize],
                        s.perform,
                        s.retry,
                    )
                })
                .collect(),
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

    /// Counts the actions whose step and perform flag pass `f`, without making them.
    fn count(&self, f: impl Fn(&Step, bool) -> bool) -> usize {
        self.customers
            .iter()
            .flat_map(|p| &p.slots)
            .filter(|s| f(&self.steps[s.step as usize], s.perform))
            .count()
    }

    /// Customers with at least one action whose step and perform flag pass `f`.
    fn count_customers(&self, f: impl Fn(&Step, bool) -> bool) -> usize {
        self.customers
            .iter()
            .filter(|p| p.slots.iter().any(|s| f(&self.steps[s.step as usize], s.perform)))
            .count()
    }
}

/// What a run on `rules.as_of` does, grouped by customer (customers by code, invoices
/// by due date), held compactly.
pub fn plan_compact(book: &Book, rules: &Rules) -> DayPlan {
    let mut plan_out = DayPlan::default();
    let mut by_customer: HashMap<i64, Vec<Slot>> = HashMap::new();
    // each ladder's steps, by the ladder's address: their index in `plan_out.steps`
    let mut step_index: HashMap<usize, Vec<u32>> = HashMap::new();
    for inv in &book.invoices {
        let (Some(customer), Some(due)) = (book.customers.get(&inv.customer_id), inv.facts.due_date) else {
            continue;
        };
        let view = inv.view(rules.as_of);
        let facts = DunningFacts {
            due_date: due,
            status: view.status,
            balance: view.balance,
            on_hold: book.holds.get(&inv.id).is_some_and(|h| h.is_active(rules.as_of)),
        };
        let flagged = book.late_payers.contains(&customer.id);
        let ladder = rules.policy.ladder(customer.dunning_profile, flagged);
        let done: Vec<(&str, ReminderStatus)> = book
            .done
            .get(&inv.id)
            .map(|rows| rows.iter().map(|(s, st)| (s.as_str(), *st)).collect())
            .unwrap_or_default();
        let Ok(p) = plan(&facts, &done, ladder, rules.policy.min_balance, rules.as_of) else {
            continue;
        };
        let steps = &mut plan_out.steps;
        let indexes = step_index.entry(ladder.as_ptr() as usize).or_insert_with(|| {
            ladder
                .iter()
                .map(|s| {
                    steps.push(s.clone());
                    (steps.len() - 1) as u32
                })
                .collect()
        });
        let mut index_of = |s: &Step| match ladder.iter().position(|l| std::ptr::eq(l, s)) {
            Some(i) => indexes[i],
            None => {
                steps.push(s.clone());
                (steps.len() - 1) as u32
            }
        };
        let o = plan_out.owed.len() as u32;
        plan_out.owed.push(owed(inv, customer, rules));
        let list = by_customer.entry(customer.id).or_default();
        for s in p.skip {
            list.push(Slot {
                owed: o,
                step: index_of(s),
                perform: false,
                retry: false,
            });
        }
        if let Some(s) = p.perform {
            list.push(Slot {
                owed: o,
                step: index_of(s),
                perform: true,
                retry: p.retry,
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

/// What `plan --days N` shows: each day's actions, assuming each one succeeds.
pub fn forecast(
    tx: &Transaction,
    config: &Config,
    from: NaiveDate,
    days: u64,
) -> Result<Vec<(NaiveDate, Vec<CustomerActions>)>> {
    Ok(forecast_plans(tx, config, from, days)?
        .into_iter()
        .map(|(day, plan)| (day, plan.into_customers()))
        .collect())
}

/// `forecast`, each day's actions held compactly (see `DayPlan`).
pub fn forecast_plans(
    tx: &Transaction,
    config: &Config,
    from: NaiveDate,
    days: u64,
) -> Result<Vec<(NaiveDate, DayPlan)>> {
    let until = from.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX);
    let mut book = Book::load_until(tx, from, until, None)?;
    let mut out = Vec::new();
    for n in 0..=days {
        let Some(day) = from.checked_add_days(Days::new(n)) else {
            break;
        };
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of: day,
        };
        let actions = plan_compact(&book, &rules);
        book.apply(&actions);
        if !actions.is_empty() {
            out.push((day, actions));
        }
    }
    Ok(out)
}

/// The outcome of a run.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub as_of: NaiveDate,
    pub dry_run: bool,
    body: Body,
    /// Mails handed over (one per customer at most).
    pub mails: usize,
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

/// One recorded action of a run: its place in the day's plan and what became of it.
#[derive(Debug, Clone)]
struct DoneSlot {
    slot: Slot,
    manual: bool,
    reminder_id: Option<i64>,
    status: ReminderStatus,
    output: Option<String>,
    error: Option<String>,
}

/// A customer of a run with at least one recorded action.
#[derive(Debug, Clone)]
struct DoneCustomer {
    /// Index in the plan's customers.
    planned: usize,
    actions: Vec<DoneSlot>,
}

impl DayPlan {
    /// The actions of a customer of a run, as recorded and delivered.
    fn done_actions(&self, d: &DoneCustomer) -> CustomerActions {
        let p = &self.customers[d.planned];
        CustomerActions {
            customer: p.customer.clone(),
            frequent_late_payer: p.frequent_late_payer,
            actions: d
                .actions
                .iter()
                .map(|x| Action {
                    manual: x.manual,
                    reminder_id: x.reminder_id,
                    status: x.status,
                    output: x.output.clone(),
                    error: x.error.clone(),
                    ..action(
                        self.owed[x.slot.owed as usize].clone(),
                        &self.steps[x.slot.step as usize],
                        x.slot.perform,
                        x.slot.retry,
                    )
                })
                .collect(),
        }
    }
}

/// The status an action has when planned: performed ones are planned, the others skipped.
fn planned_status(perform: bool) -> ReminderStatus {
    if perform {
        ReminderStatus::Planned
    } else {
        ReminderStatus::Skipped
    }
}

impl RunReport {
    fn done(as_of: NaiveDate, customers: Vec<CustomerActions>, mails: usize) -> RunReport {
        RunReport {
            as_of,
            dry_run: false,
            body: Body::Done(customers),
            mails,
        }
    }

    /// A report of what was done, from its actions.
    #[cfg(test)]
    pub(crate) fn from_done(as_of: NaiveDate, customers: Vec<CustomerActions>, mails: usize) -> RunReport {
        RunReport::done(as_of, customers, mails)
    }

    fn dry(as_of: NaiveDate, plan: DayPlan) -> RunReport {
        RunReport {
            as_of,
            dry_run: true,
            body: Body::Planned(plan),
            mails: 0,
        }
    }

    /// Each customer's actions, customers by code.
    pub fn customers(&self) -> Box<dyn Iterator<Item = Cow<'_, CustomerActions>> + '_> {
        match &self.body {
            Body::Done(customers) => Box::new(customers.iter().map(Cow::Borrowed)),
            Body::Planned(plan) => Box::new(plan.iter().map(Cow::Owned)),
            Body::Ran(plan, done) => Box::new(done.iter().map(|d| Cow::Owned(plan.done_actions(d)))),
        }
    }

    /// Whether the run has no action at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn count(&self, f: impl Fn(&Action) -> bool) -> usize {
        self.customers()
            .map(|c| c.actions.iter().filter(|a| f(a)).count())
            .sum()
    }

    /// Counts actions by what they perform, their status and step, without making them.
    fn tally(&self, f: impl Fn(bool, ReminderStatus, &Step) -> bool) -> usize {
        match &self.body {
            Body::Done(customers) => customers
                .iter()
                .flat_map(|c| &c.actions)
                .filter(|a| f(a.perform, a.status, &a.step))
                .count(),
            Body::Planned(plan) => plan.count(|step, perform| f(perform, planned_status(perform), step)),
            Body::Ran(plan, done) => done
                .iter()
                .flat_map(|d| &d.actions)
                .filter(|x| f(x.slot.perform, x.status, &plan.steps[x.slot.step as usize]))
                .count(),
        }
    }

    /// Customers with at least one action passing `f` (see `tally`).
    fn tally_customers(&self, f: impl Fn(bool, ReminderStatus, &Step) -> bool) -> usize {
        match &self.body {
            Body::Done(customers) => customers
                .iter()
                .filter(|c| c.actions.iter().any(|a| f(a.perform, a.status, &a.step)))
                .count(),
            Body::Planned(plan) => {
                plan.count_customers(|step, perform| f(perform, planned_status(perform), step))
            }
            Body::Ran(plan, done) => done
                .iter()
                .filter(|d| {
                    d.actions
                        .iter()
                        .any(|x| f(x.slot.perform, x.status, &plan.steps[x.slot.step as usize]))
                })
                .count(),
        }
    }

    pub fn sent(&self) -> usize {
        self.tally(|perform, status, step| perform && status == ReminderStatus::Sent && step.channel.mails())
    }

    pub fn failed(&self) -> usize {
        self.tally(|_, status, _| status == ReminderStatus::Failed)
    }

    pub fn skipped(&self) -> usize {
        self.tally(|perform, _, _| !perform)
    }

    pub fn tasks(&self) -> usize {
        self.tally(|perform, _, step| perform && step.channel == Channel::Task)
    }

    /// How many actions the run has.
    pub fn len(&self) -> usize {
        self.tally(|_, _, _| true)
    }

    /// Reminders a run performs by mail (sent or not).
    pub fn mailed_reminders(&self) -> usize {
        self.tally(|perform, _, step| perform && step.channel.mails())
    }

    /// Mails a dry run would send.
    pub fn planned_mails(&self) -> usize {
        self.tally_customers(|perform, _, step| perform && step.channel.mails())
    }

    /// The one line for cron's log.
    pub fn summary(&self) -> String {
        if self.dry_run {
            format!(
                "dunning {} (dry run): would send {} reminder(s) in {} mail(s), skip {}, create {} task(s); nothing changed",
                self.as_of,
                self.mailed_reminders(),
                self.planned_mails(),
                self.skipped(),
                self.tasks()
            )
        } else {
            format!(
                "dunning {}: {} reminder(s) sent in {} mail(s), {} failed, {} skipped, {} task(s) created",
                self.as_of,
                self.sent(),
                self.mails,
                self.failed(),
                self.skipped(),
                self.tasks()
            )
        }
    }
}

/// How a run reaches customers.
pub struct Delivery<'a> {
    pub mailer: Option<&'a Mailer>,
    pub templates: &'a Templates,
    pub company: &'a Company,
    pub ledger_path: &'a Path,
    pub files: &'a Files,
}

/// The daily run. With `dry_run`, plans exactly the same actions and writes nothing.
pub fn run(ledger: &mut Ledger, config: &Config, as_of: NaiveDate, dry_run: bool) -> Result<RunReport> {
    let rules = Rules {
        policy: &config.policy,
        rates: &config.rates,
        as_of,
    };
    if dry_run {
        let plan = ledger.read(|tx| Ok(plan_compact(&Book::load(tx, as_of, None)?, &rules)))?;
        return Ok(RunReport::dry(as_of, plan));
    }
    let _lock = RunLock::acquire(ledger.path())?;
    let company = ledger.read(company::get)?;
    let templates = load_templates(config)?;
    // a missing sender or password only matters on a day with mail to send
    let mailer = Mailer::new(&config.mail, &company, ledger.path(), ledger.files());
    let ledger_path = ledger.path().to_path_buf();
    let (plan, recorded) = ledger.write(|tx| {
        let plan = plan_compact(&Book::load(tx, as_of, None)?, &rules);
        let mails = plan.count(|step, perform| perform && step.channel.mails()) > 0;
        if let (true, Err(e)) = (mails, &mailer) {
            return invalid(e.to_string());
        }
        let recorded = record_plan(tx, &plan, as_of)?;
        Ok((plan, recorded))
    })?;
    let files = ledger.files().clone();
    let delivery = Delivery {
        mailer: mailer.as_ref().ok(),
        templates: &templates,
        company: &company,
        ledger_path: &ledger_path,
        files: &files,
    };
    deliver_plan(ledger, &delivery, plan, recorded, as_of)
}

/// The templates, refusing a policy whose mail steps name a template that does not exist.
fn load_templates(config: &Config) -> Result<Templates> {
    let mut templates = Templates::load(&|name, lang| config.template_override(name, lang))?;
    for step in config
        .policy
        .ladders
        .values()
        .flatten()
        .filter(|s| s.channel.mails())
    {
        templates.add_custom(&|name, lang| config.template_override(name, lang), &step.template)?;
        for lang in templates::LANGUAGES {
            if !templates.has(&step.template, lang) {
                return invalid(format!(
                    "dunning step `{}` uses the template `{}`, which does not exist: add templates/{}.{lang}.txt beside the config file, or use a built-in template",
                    step.name, step.template, step.template
                ));
            }
        }
    }
    Ok(templates)
}

/// `dunning send N`: the invoice's current step now, whatever the calendar says; it counts
/// as that step, so the daily run will not repeat it.
pub fn send_now(
    ledger: &mut Ledger,
    config: &Config,
    reference: &str,
    as_of: NaiveDate,
) -> Result<RunReport> {
    let _lock = RunLock::acquire(ledger.path())?;
    let company = ledger.read(company::get)?;
    let templates = load_templates(config)?;
    let mailer = Mailer::new(&config.mail, &company, ledger.path(), ledger.files())?;
    let rules = Rules {
        policy: &config.policy,
        rates: &config.rates,
        as_of,
    };
    let ledger_path = ledger.path().to_path_buf();
    let customers = ledger.write(|tx| {
        let inv = invoices::find(tx, reference)?;
        let label = inv.label();
        if inv.number.is_none() || inv.is_credit_note {
            return invalid(format!("{label} is not an issued invoice: only issued invoices are reminded"));
        }
        let book = Book::load(tx, as_of, Some(inv.id))?;
        let customer = customers::by_id(tx, inv.customer_id)?;
        let view = inv.view(as_of);
        match view.status {
            InvoiceStatus::Paid => return invalid(format!("invoice {label} is paid: no reminder")),
            InvoiceStatus::Credited => return invalid(format!("invoice {label} is credited: no reminder")),
            InvoiceStatus::WrittenOff => return invalid(format!("invoice {label} is written off: no reminder")),
            _ => {}
        }
        if let Some(h) = book.holds.get(&inv.id).filter(|h| h.is_active(as_of)) {
            return invalid(format!(
                "invoice {label} is on hold ({}): release it first with `creances invoice release {label}`",
                h.reason
            ));
        }
        let mut planned = plan_day(&book, &rules);
        let has_perform = planned.iter().flat_map(|c| &c.actions).any(|a| a.perform);
        if !has_perform {
            let flagged = book.late_payers.contains(&customer.id);
            let ladder = config.policy.ladder(customer.dunning_profile, flagged);
            let skipped: Vec<&str> = planned
                .iter()
                .flat_map(|c| &c.actions)
                .map(|a| a.step.name.as_str())
                .collect();
            let final_steps: Vec<&str> = book
                .done
                .get(&inv.id)
                .map(|rows| rows.iter().filter(|r| r.1.is_final()).map(|r| r.0.as_str()).collect())
                .unwrap_or_default();
            let due = inv.due_date.unwrap_or(as_of);
            let next = ladder.iter().find(|s| {
                !final_steps.contains(&s.name.as_str())
                    && !skipped.contains(&s.name.as_str())
                    && (s.offset >= 0 || as_of <= due)
            });
            let Some(next) = next else {
                return invalid(format!(
                    "invoice {label} has had every reminder step of its ladder: see `creances dunning log --invoice {label}`"
                ));
            };
            let o = owed(&Dunned::from_record(&inv), &customer, &rules);
            let retry = book.done.get(&inv.id).is_some_and(|r| r.iter().any(|x| x.0 == next.name));
            let mut a = action(o, next, true, retry);
            a.manual = true;
            match planned.first_mut() {
                Some(c) => c.actions.push(a),
                None => planned.push(CustomerActions {
                    frequent_late_payer: book.late_payers.contains(&customer.id),
                    customer,
                    actions: vec![a],
                }),
            }
        } else {
            for a in planned.iter_mut().flat_map(|c| c.actions.iter_mut()) {
                a.manual = a.perform;
            }
        }
        record_all(tx, planned, as_of)
    })?;
    let files = ledger.files().clone();
    let delivery = Delivery {
        mailer: Some(&mailer),
        templates: &templates,
        company: &company,
        ledger_path: &ledger_path,
        files: &files,
    };
    deliver(ledger, &delivery, customers, as_of)
}

/// Writes every action down before anything leaves: skipped and task steps are final at
/// once, mails are `planned`. An action whose step the database already holds as final
/// is dropped: the UNIQUE constraint has the last word.
fn record_all(
    tx: &Transaction,
    planned: Vec<CustomerActions>,
    as_of: NaiveDate,
) -> Result<Vec<CustomerActions>> {
    let mut out = Vec::with_capacity(planned.len());
    for mut c in planned {
        record_customer(tx, &mut c, as_of)?;
        if !c.actions.is_empty() {
            out.push(c);
        }
    }
    Ok(out)
}

/// `record_all` for a day's plan, customer by customer: what became of each action is
/// kept beside the plan rather than as actions.
fn record_plan(tx: &Transaction, plan: &DayPlan, as_of: NaiveDate) -> Result<Vec<DoneCustomer>> {
    let mut out = Vec::new();
    for (planned, p) in plan.customers.iter().enumerate() {
        let mut c = plan.actions_of(p);
        let kept = record_customer(tx, &mut c, as_of)?;
        if c.actions.is_empty() {
            continue;
        }
        let actions = kept
            .into_iter()
            .zip(c.actions)
            .map(|(i, a)| DoneSlot {
                slot: p.slots[i],
                manual: a.manual,
                reminder_id: a.reminder_id,
                status: a.status,
                output: a.output,
                error: a.error,
            })
            .collect();
        out.push(DoneCustomer { planned, actions });
    }
    Ok(out)
}

/// Records one customer's actions (see `record_all`), keeping in `c` those recorded.
/// Returns the index each kept action had in `c.actions`.
fn record_customer(tx: &Transaction, c: &mut CustomerActions, as_of: NaiveDate) -> Result<Vec<usize>> {
    let actions = std::mem::take(&mut c.actions);
    let mut kept = Vec::with_capacity(actions.len());
    let mut indexes = Vec::with_capacity(actions.len());
    for (i, mut a) in actions.into_iter().enumerate() {
        let status = match (a.perform, a.step.channel) {
            (false, _) => ReminderStatus::Skipped,
            (true, Channel::Task) => ReminderStatus::Sent,
            (true, _) => ReminderStatus::Planned,
        };
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
                manual: a.manual,
            },
        )?;
        let Some(id) = recorded else {
            continue;
        };
        a.reminder_id = Some(id);
        a.status = status;
        if a.perform && a.step.channel == Channel::Task {
            let title = format!(
                "Call {} ({}) about {}: {} day(s) late, {} {} due",
                c.customer.name,
                c.customer.code,
                a.owed.number,
                a.owed.days_late,
                a.owed.balance,
                a.owed.currency
            );
            if let Some(task) = store::insert_task(tx, a.owed.invoice_id, &a.step.name, &title, as_of)? {
                a.output = Some(format!("task #{task}"));
            }
        }
        kept.push(a);
        indexes.push(i);
    }
    c.actions = kept;
    Ok(indexes)
}

/// Sends each customer's mail and records the outcome, one small transaction per mail.
fn deliver(
    ledger: &mut Ledger,
    d: &Delivery,
    mut customers: Vec<CustomerActions>,
    as_of: NaiveDate,
) -> Result<RunReport> {
    let mut mails = 0;
    for c in &mut customers {
        if deliver_customer(ledger, d, c, as_of)? {
            mails += 1;
        }
    }
    Ok(RunReport::done(as_of, customers, mails))
}

/// `deliver` for a run's plan: each customer's actions are made for its mail, and what
/// became of them is kept beside the plan.
fn deliver_plan(
    ledger: &mut Ledger,
    d: &Delivery,
    plan: DayPlan,
    mut done: Vec<DoneCustomer>,
    as_of: NaiveDate,
) -> Result<RunReport> {
    let mut mails = 0;
    for dc in &mut done {
        let mailing = |x: &DoneSlot| x.slot.perform && plan.steps[x.slot.step as usize].channel.mails();
        if !dc.actions.iter().any(|x| mailing(x) && x.reminder_id.is_some()) {
            continue;
        }
        let mut c = plan.done_actions(dc);
        if deliver_customer(ledger, d, &mut c, as_of)? {
            mails += 1;
        }
        for (x, a) in dc.actions.iter_mut().zip(c.actions) {
            x.status = a.status;
            x.output = a.output;
            x.error = a.error;
        }
    }
    Ok(RunReport {
        as_of,
        dry_run: false,
        body: Body::Ran(plan, done),
        mails,
    })
}

/// Sends one customer's mail, if its actions have one, and records the outcome in the
/// ledger and in the actions. Ok(true) when the mail was handed over.
fn deliver_customer(
    ledger: &mut Ledger,
    d: &Delivery,
    c: &mut CustomerActions,
    as_of: NaiveDate,
) -> Result<bool> {
    let ids: Vec<i64> = c
        .actions
        .iter()
        .filter(|a| a.perform && a.step.channel.mails())
        .filter_map(|a| a.reminder_id)
        .collect();
    if ids.is_empty() {
        return Ok(false);
    }
    let outcome = compose(d, c, as_of).and_then(|(message, letter)| {
        let mut attachments = Vec::new();
        if let Some((path, pdf)) = &letter {
            let dir = path.parent().unwrap_or(Path::new("."));
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            d.files
                .write(Target::Kept { dir, name: &name }, pdf)
                .map_err(|e| e.to_string())?;
            attachments.push(crate::mailer::Attachment {
                filename: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                content_type: "application/pdf".into(),
                data: pdf.clone(),
            });
        }
        let mailer = d.mailer.ok_or_else(|| "no mailer".to_string())?;
        // committed before the mail leaves: if this run dies before the outcome is
        // recorded, the rows say `sending` (uncertain) and no later run resends them
        persist(ledger, |tx| store::mark_sending(tx, &ids, &message.message_id))
            .map_err(|e| format!("not sent, the ledger could not record the attempt first: {e}"))?;
        mailer.send_with(&message, &attachments)?;
        Ok((message, letter))
    });
    match &outcome {
        Ok((message, _)) => persist(ledger, |tx| store::mark_sent(tx, &ids, &message.message_id))?,
        Err(e) => persist(ledger, |tx| store::mark_failed(tx, &ids, e))?,
    }
    for a in c
        .actions
        .iter_mut()
        .filter(|a| a.perform && a.step.channel.mails())
    {
        match &outcome {
            Ok((message, letter)) => {
                a.status = ReminderStatus::Sent;
                a.output = Some(match (a.step.channel, letter) {
                    (Channel::Letter, Some((path, _))) => path.display().to_string(),
                    _ => message.message_id.clone(),
                });
            }
            Err(e) => {
                a.status = ReminderStatus::Failed;
                a.error = Some(e.clone());
            }
        }
    }
    Ok(outcome.is_ok())
}

/// Records what happened to a mail that has already left: a busy ledger is waited for a
/// few times over rather than leaving the row `planned` (which the next run would resend).
fn persist(ledger: &mut Ledger, work: impl Fn(&Transaction) -> Result<()>) -> Result<()> {
    let mut tries = 0;
    loop {
        match ledger.write(&work) {
            Err(Error::Locked(_)) if tries < 5 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(500));
            }
            other => return other,
        }
    }
}

/// The customer's mail (and letter, for a letter step) for this run's actions.
#[allow(clippy::type_complexity)]
fn compose(
    d: &Delivery,
    c: &CustomerActions,
    as_of: NaiveDate,
) -> std::result::Result<(Outgoing, Option<(PathBuf, Vec<u8>)>), String> {
    let to = c.customer.email.clone().ok_or_else(|| {
        format!(
            "customer {} has no email address: add one with `creances customer edit {} --email ...`",
            c.customer.code, c.customer.code
        )
    })?;
    let mailing: Vec<&Action> = c
        .actions
        .iter()
        .filter(|a| a.perform && a.step.channel.mails())
        .collect();
    let lead = mailing
        .iter()
        .max_by_key(|a| (a.step.tone, a.step.offset))
        .ok_or_else(|| "nothing to send".to_string())?;
    let lang = if templates::LANGUAGES.contains(&c.customer.language.as_str()) {
        c.customer.language.as_str()
    } else {
        "fr"
    };
    let context = reminder_context(d.company, &c.customer, &mailing, lang, as_of);
    let (subject, body) = d
        .templates
        .render(&lead.step.template, lang, &context)
        .map_err(|e| e.to_string())?;
    let first = mailing.iter().filter_map(|a| a.reminder_id).min().unwrap_or(0);
    let local = format!("creances.{as_of}.{}.{first}", c.customer.code);
    let message_id = d
        .mailer
        .map(|m| m.message_id(&local))
        .unwrap_or_else(|| format!("{local}@localhost"));
    // the letter, ready to post by registered mail, goes with the mail as a PDF
    let letter = match mailing.iter().find(|a| a.step.channel == Channel::Letter) {
        Some(a) => Some((
            beside_ledger(d.ledger_path, "letters")
                .join(format!("{as_of}-{}-{}.pdf", c.customer.code, a.step.name)),
            crate::ops::documents::dunning_letter(d.company, &c.customer, &mailing, lang, as_of)?,
        )),
        None => None,
    };
    Ok((
        Outgoing {
            to,
            to_name: c.customer.name.clone(),
            subject,
            body,
            message_id,
        },
        letter,
    ))
}

/// The values templates see; amounts and dates already written for `lang`.
pub fn reminder_context(
    company: &Company,
    customer: &Customer,
    actions: &[&Action],
    lang: &str,
    as_of: NaiveDate,
) -> Value {
    let currency = actions.first().map_or(company.currency, |a| a.owed.currency);
    let money = |v: Money| fmt::money(v, lang);
    let mut seen = HashSet::new();
    let owed: Vec<&Owed> = actions
        .iter()
        .map(|a| &a.owed)
        .filter(|o| seen.insert(o.invoice_id))
        .collect();
    let balance = Money::sum(owed.iter().map(|o| o.balance), currency);
    let interest = Money::sum(owed.iter().map(|o| o.interest), currency);
    let indemnity = Money::sum(owed.iter().map(|o| o.indemnity), currency);
    let claim = actions.iter().any(|a| a.step.claim_penalties);
    let claimed = if claim {
        balance + interest + indemnity
    } else {
        balance
    };
    let deadline = as_of
        .checked_add_days(Days::new(NOTICE_DEADLINE_DAYS))
        .unwrap_or(as_of);
    json!({
        "lang": lang,
        "as_of": fmt::date(as_of, lang),
        "company": company_context(company),
        "customer": {
            "code": customer.code,
            "name": customer.name,
            "business": customer.kind == CustomerKind::Business,
        },
        "invoices": owed.iter().map(|o| json!({
            "number": o.number,
            "issue_date": fmt::date(o.issue_date, lang),
            "due_date": fmt::date(o.due_date, lang),
            "total": money(o.total),
            "balance": money(o.balance),
            "days_late": o.days_late,
            "interest": money(o.interest),
            "indemnity": money(o.indemnity),
        })).collect::<Vec<_>>(),
        "count": owed.len(),
        "total_balance": money(balance),
        "total_interest": money(interest),
        "total_indemnity": money(indemnity),
        "total_indemnity_owed": indemnity.is_positive(),
        "total_claimed": money(claimed),
        "claim_penalties": claim,
        "penalty_rate": owed.first().map(|o| fmt::percent(o.penalty_rate, lang)).unwrap_or_default(),
        "deadline": fmt::date(deadline, lang),
    })
}

fn company_context(company: &Company) -> Value {
    json!({
        "name": company.name,
        "address": company.address,
        "email": company.email,
        "phone": company.phone,
        "iban": company.iban,
        "bic": company.bic,
        "siren": company.siren,
    })
}

/// The receipt for a payment of an invoice; Ok(where it went).
pub fn send_receipt(
    ledger: &mut Ledger,
    config: &Config,
    invoice: &Invoice,
    payment_id: i64,
    amount: Money,
    paid_on: NaiveDate,
) -> Result<std::result::Result<String, String>> {
    let (company, customer) =
        ledger.read(|tx| Ok((company::get(tx)?, customers::by_id(tx, invoice.customer_id)?)))?;
    let Some(to) = customer.email.clone() else {
        return Ok(Err(format!(
            "customer {} has no email address: add one with `creances customer edit {} --email ...`",
            customer.code, customer.code
        )));
    };
    let templates = Templates::load(&|name, lang| config.template_override(name, lang))?;
    let mailer = Mailer::new(&config.mail, &company, ledger.path(), ledger.files())?;
    let lang = if templates::LANGUAGES.contains(&customer.language.as_str()) {
        customer.language.as_str()
    } else {
        "fr"
    };
    let view = invoice.view(crate::ops::END_OF_TIME);
    let money = |v: Money| fmt::money(v, lang);
    let context = json!({
        "lang": lang,
        "company": company_context(&company),
        "customer": {"code": customer.code, "name": customer.name},
        "invoice": {
            "number": invoice.label(),
            "due_date": invoice.due_date.map(|d| fmt::date(d, lang)),
            "total": money(invoice.total),
            "balance": money(view.balance),
            "paid_in_full": view.balance.is_zero(),
        },
        "payment": {"amount": money(amount), "date": fmt::date(paid_on, lang)},
    });
    let (subject, body) = templates.render("receipt", lang, &context)?;
    let message_id = mailer.message_id(&format!("creances.receipt.{}.{payment_id}", invoice.label()));
    let message = Outgoing {
        to: to.clone(),
        to_name: customer.name.clone(),
        subject,
        body,
        message_id,
    };
    Ok(mailer
        .send(&message)
        .map(|()| format!("receipt sent to {to} ({})", mailer.describe())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::DunningProfile;
    use crate::domain::dunning::{standard_ladder, vip_ladder};

    fn day_n(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    proptest::proptest! {
        /// The cheap test in cents never lets by an invoice a plan could act on, and
        /// agrees with the status on the day of a run.
        #[test]
        fn the_cents_test_keeps_every_invoice_open_in_the_window(
            total in 1i64..100_000,
            pays in proptest::collection::vec((0i64..120, -50_000i64..100_000), 0..5),
            creds in proptest::collection::vec((0i64..120, 1i64..100_000), 0..3),
            write_off in proptest::option::of((0i64..120, 1i64..100_000)),
            sent in proptest::option::of(0i64..120),
            from in 0i64..120,
            span in 0u64..40,
        ) {
            let mut pays: Vec<(NaiveDate, i64)> =
                pays.into_iter().filter(|p| p.1 != 0).map(|(d, c)| (day_n(d), c)).collect();
            pays.sort_by_key(|p| p.0);
            let mut creds: Vec<(NaiveDate, i64)> = creds.into_iter().map(|(d, c)| (day_n(d), c)).collect();
            creds.sort_by_key(|c| c.0);
            let inv = Issued {
                id: 1,
                customer_id: 1,
                number: "FACT-2026-0001",
                issue_date: day_n(0),
                due_date: Some(day_n(30)),
                sent_on: sent.map(day_n),
                total_cents: total,
                write_off: write_off.map(|(d, c)| (day_n(d), c)),
                payments: &pays,
                credits: &creds,
                currency: Currency::EUR,
                penalty_rate: None,
            };
            let mut facts = InvoiceFacts::default();
            fill_facts(&mut facts, &inv);
            let (from, until) = (day_n(from), day_n(from) + Days::new(span));
            if open_between(&facts, from, until) {
                proptest::prop_assert!(owes_between(&inv, from, until));
            }
            let view = invoice_view(&facts, from);
            proptest::prop_assert_eq!(
                open_between(&facts, from, from),
                view.status.is_open() && view.balance.is_positive()
            );
            // every day of the window: open on one of them means kept
            let open_some_day = (0..=span).any(|n| {
                let v = invoice_view(&facts, from + Days::new(n));
                v.status.is_open() && v.balance.is_positive()
            });
            proptest::prop_assert_eq!(open_between(&facts, from, until), open_some_day);
        }
    }

    fn company() -> Company {
        Company {
            name: "Atelier Test".into(),
            email: Some("factures@atelier.example".into()),
            iban: Some("FR7630006000011234567890189".into()),
            currency: Currency::EUR,
            ..Default::default()
        }
    }

    fn customer(lang: &str) -> Customer {
        Customer {
            id: 1,
            code: "ACME".into(),
            name: "ACME SAS".into(),
            kind: CustomerKind::Business,
            email: Some("compta@acme.example".into()),
            address: String::new(),
            siren: None,
            vat_number: None,
            payment_terms_days: None,
            dunning_profile: DunningProfile::Standard,
            language: lang.into(),
            blocked: false,
            blocked_reason: None,
        }
    }

    fn owed(number: &str, days_late: i64) -> Owed {
        let due = NaiveDate::from_ymd_opt(2026, 2, 9).unwrap();
        Owed {
            invoice_id: days_late,
            number: number.into(),
            issue_date: NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
            due_date: due,
            total: Money::eur(120000),
            balance: Money::eur(70000),
            days_late,
            interest: Money::eur(1234),
            indemnity: Money::eur(4000),
            currency: Currency::EUR,
            penalty_rate: Decimal::new(1215, 2),
        }
    }

    #[test]
    fn every_step_template_renders_in_both_languages_for_one_and_several_invoices() {
        let templates = Templates::builtin();
        let as_of = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let steps: Vec<Step> = standard_ladder().into_iter().chain(vip_ladder()).collect();
        for step in steps.iter().filter(|s| s.channel.mails()) {
            for lang in templates::LANGUAGES {
                for count in [1, 2] {
                    let actions: Vec<Action> = (0..count)
                        .map(|n| {
                            action(
                                owed(&format!("FACT-2026-000{}", n + 1), 20 + n),
                                step,
                                true,
                                false,
                            )
                        })
                        .collect();
                    let refs: Vec<&Action> = actions.iter().collect();
                    let context = reminder_context(&company(), &customer(lang), &refs, lang, as_of);
                    let (subject, body) = templates.render(&step.template, lang, &context).unwrap();
                    assert!(
                        !subject.is_empty() && !subject.contains("{{"),
                        "{} {lang}",
                        step.template
                    );
                    assert!(
                        body.contains("FACT-2026-0001"),
                        "{} {lang}: {body}",
                        step.template
                    );
                    assert!(
                        body.contains("Atelier Test"),
                        "{} {lang}: signature",
                        step.template
                    );
                    assert!(!body.contains("\n\n\n"), "{} {lang}", step.template);
                    if count == 2 {
                        assert!(body.contains("FACT-2026-0002"), "{} {lang}", step.template);
                    }
                    let claims = body.contains("L441-10");
                    assert_eq!(
                        claims, step.claim_penalties,
                        "{} {lang}: penalties only when claimed",
                        step.template
                    );
                }
            }
        }
    }

    #[test]
    fn penalties_claimed_from_an_individual_leave_out_the_indemnity() {
        let templates = Templates::builtin();
        let step = standard_ladder().into_iter().find(|s| s.name == "r3").unwrap();
        let mut o = owed("FACT-2026-0001", 16);
        o.indemnity = Money::eur(0);
        let a = action(o, &step, true, false);
        let mut c = customer("en");
        c.kind = CustomerKind::Individual;
        let context = reminder_context(
            &company(),
            &c,
            &[&a],
            "en",
            NaiveDate::from_ymd_opt(2026, 2, 25).unwrap(),
        );
        let (_, body) = templates.render("reminder_firm", "en", &context).unwrap();
        assert!(body.contains("€12.34"), "{body}");
        assert!(!body.contains("indemnity"), "{body}");
        assert!(body.contains("Under the terms of the invoice"), "{body}");
        assert!(!body.contains("L441-10"), "{body}");
        assert!(body.contains("Total claimed: €712.34"), "{body}");
    }
}
