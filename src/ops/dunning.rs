//! The dunning run: plan every open invoice with the pure policy, record what will be
//! done before doing it, send one mail per customer, then record what happened.
//!
//! Safety: a run holds an exclusive lock file beside the ledger for its whole length, so
//! two runs never work at once; each (invoice, step) is a row under UNIQUE(invoice_id,
//! step); a mail's rows are `planned` before it leaves and `sent` only once the server
//! took it, else `failed`, and the next run retries them.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use rusqlite::Transaction;
use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::config::{Config, beside_ledger};
use crate::domain::customer::CustomerKind;
use crate::domain::dunning::{
    Channel, DunningFacts, Policy, ReminderStatus, Step, is_frequent_late_payer, plan, settled_on,
};
use crate::domain::interest::{RateTable, late_interest, recovery_indemnity};
use crate::domain::status::InvoiceStatus;
use crate::mailer::templates::{self, Templates};
use crate::mailer::{Mailer, Outgoing};
use crate::store::company::{self, Company};
use crate::store::customer::{self as customers, Customer};
use crate::store::dunning::{self as store, Hold, NewReminder};
use crate::store::invoice::{self as invoices, Filter, InvoiceRecord};
use crate::store::{Ledger, Result, StoreError, invalid};

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
            .map_err(|e| {
                StoreError::Unreadable(format!("cannot open the lock file {}: {e}", path.display()))
            })?;
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
                    return Err(StoreError::Locked(ledger.to_path_buf()));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(StoreError::Unreadable(format!(
                        "cannot lock {}: {e}",
                        path.display()
                    )));
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
    pub total: Decimal,
    pub balance: Decimal,
    pub days_late: i64,
    pub interest: Decimal,
    pub indemnity: Decimal,
    pub currency: String,
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

/// The ledger as dunning sees it on one day.
pub struct Book {
    invoices: Vec<InvoiceRecord>,
    customers: HashMap<i64, Customer>,
    done: HashMap<i64, Vec<(String, ReminderStatus)>>,
    holds: HashMap<i64, Hold>,
    late_payers: HashSet<i64>,
}

impl Book {
    /// Loads every issued invoice, customer, reminder and hold: a few queries in all.
    pub fn load(tx: &Transaction, as_of: NaiveDate, only_invoice: Option<i64>) -> Result<Book> {
        let all = invoices::list(
            tx,
            &Filter {
                include_invoices: true,
                ..Default::default()
            },
        )?;
        let mut by_customer: HashMap<i64, Vec<(NaiveDate, Option<NaiveDate>)>> = HashMap::new();
        for inv in &all {
            if let Some(due) = inv
                .due_date
                .filter(|_| inv.issue_date.is_some_and(|d| d <= as_of))
            {
                let settled = settled_on(&inv.facts).filter(|d| *d <= as_of);
                by_customer
                    .entry(inv.customer_id)
                    .or_default()
                    .push((due, settled));
            }
        }
        let late_payers = by_customer
            .into_iter()
            .filter(|(_, list)| is_frequent_late_payer(list, as_of))
            .map(|(id, _)| id)
            .collect();
        let customers = customers::all(tx)?.into_iter().map(|c| (c.id, c)).collect();
        let done = store::by_invoice(tx)?
            .into_iter()
            .map(|(id, rows)| (id, rows.into_iter().map(|r| (r.step, r.status)).collect()))
            .collect();
        let invoices = all
            .into_iter()
            .filter(|i| {
                i.number.is_some()
                    && i.issue_date.is_some_and(|d| d <= as_of)
                    && only_invoice.is_none_or(|id| i.id == id)
            })
            .collect();
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

    /// Records the outcome of planned actions in memory, for `plan --days`.
    fn apply(&mut self, day: &[CustomerActions]) {
        for a in day.iter().flat_map(|c| &c.actions) {
            let rows = self.done.entry(a.owed.invoice_id).or_default();
            rows.retain(|(s, _)| *s != a.step.name);
            let status = if a.perform {
                ReminderStatus::Sent
            } else {
                ReminderStatus::Skipped
            };
            rows.push((a.step.name.clone(), status));
        }
    }
}

/// The policy, rates and day a plan is made with.
pub struct Rules<'a> {
    pub policy: &'a Policy,
    pub rates: &'a RateTable,
    pub as_of: NaiveDate,
}

fn owed(inv: &InvoiceRecord, customer: &Customer, rules: &Rules) -> Owed {
    let view = inv.view(rules.as_of);
    let due = inv.due_date.unwrap_or(rules.as_of);
    let reductions: Vec<(NaiveDate, Decimal)> = inv
        .facts
        .payments
        .iter()
        .chain(inv.facts.credits.iter())
        .copied()
        .filter(|(d, _)| *d <= rules.as_of)
        .collect();
    Owed {
        invoice_id: inv.id,
        number: inv.label(),
        issue_date: inv.issue_date.unwrap_or(due),
        due_date: due,
        total: inv.total,
        balance: view.balance,
        days_late: view.days_late,
        interest: late_interest(
            inv.total,
            &reductions,
            due,
            rules.as_of,
            inv.penalty_rate,
            rules.rates,
        ),
        indemnity: recovery_indemnity(customer.kind, view.days_late),
        currency: inv.currency.clone(),
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
        status: if perform {
            ReminderStatus::Planned
        } else {
            ReminderStatus::Skipped
        },
        error: None,
        output: None,
    }
}

/// What a run on `rules.as_of` does, grouped by customer (customers by code, invoices
/// by due date).
pub fn plan_day(book: &Book, rules: &Rules) -> Vec<CustomerActions> {
    let mut by_customer: HashMap<i64, Vec<Action>> = HashMap::new();
    for inv in &book.invoices {
        let (Some(customer), Some(due)) = (book.customers.get(&inv.customer_id), inv.due_date) else {
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
        let o = owed(inv, customer, rules);
        let list = by_customer.entry(customer.id).or_default();
        for s in p.skip {
            list.push(action(o.clone(), s, false, false));
        }
        if let Some(s) = p.perform {
            list.push(action(o, s, true, p.retry));
        }
    }
    let mut out: Vec<CustomerActions> = by_customer
        .into_iter()
        .filter_map(|(id, mut actions)| {
            actions.sort_by(|a, b| {
                (a.owed.due_date, &a.owed.number, a.step.offset).cmp(&(
                    b.owed.due_date,
                    &b.owed.number,
                    b.step.offset,
                ))
            });
            Some(CustomerActions {
                customer: book.customers.get(&id)?.clone(),
                frequent_late_payer: book.late_payers.contains(&id),
                actions,
            })
        })
        .collect();
    out.sort_by(|a, b| a.customer.code.cmp(&b.customer.code));
    out
}

/// What `plan --days N` shows: each day's actions, assuming each one succeeds.
pub fn forecast(
    tx: &Transaction,
    config: &Config,
    from: NaiveDate,
    days: u64,
) -> Result<Vec<(NaiveDate, Vec<CustomerActions>)>> {
    let mut book = Book::load(tx, from, None)?;
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
        let actions = plan_day(&book, &rules);
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
    pub customers: Vec<CustomerActions>,
    /// Mails handed over (one per customer at most).
    pub mails: usize,
}

impl RunReport {
    pub fn count(&self, f: impl Fn(&Action) -> bool) -> usize {
        self.customers
            .iter()
            .flat_map(|c| &c.actions)
            .filter(|a| f(a))
            .count()
    }

    pub fn sent(&self) -> usize {
        self.count(|a| a.perform && a.status == ReminderStatus::Sent && a.step.channel.mails())
    }

    pub fn failed(&self) -> usize {
        self.count(|a| a.status == ReminderStatus::Failed)
    }

    pub fn skipped(&self) -> usize {
        self.count(|a| !a.perform)
    }

    pub fn tasks(&self) -> usize {
        self.count(|a| a.perform && a.step.channel == Channel::Task)
    }

    /// Mails a dry run would send.
    pub fn planned_mails(&self) -> usize {
        self.customers
            .iter()
            .filter(|c| c.actions.iter().any(|a| a.perform && a.step.channel.mails()))
            .count()
    }

    /// The one line for cron's log.
    pub fn summary(&self) -> String {
        if self.dry_run {
            format!(
                "dunning {} (dry run): would send {} reminder(s) in {} mail(s), skip {}, create {} task(s); nothing changed",
                self.as_of,
                self.count(|a| a.perform && a.step.channel.mails()),
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
}

/// The daily run. With `dry_run`, plans exactly the same actions and writes nothing.
pub fn run(ledger: &mut Ledger, config: &Config, as_of: NaiveDate, dry_run: bool) -> Result<RunReport> {
    let rules = Rules {
        policy: &config.policy,
        rates: &config.rates,
        as_of,
    };
    if dry_run {
        let customers = ledger.read(|tx| Ok(plan_day(&Book::load(tx, as_of, None)?, &rules)))?;
        return Ok(RunReport {
            as_of,
            dry_run,
            customers,
            mails: 0,
        });
    }
    let _lock = RunLock::acquire(ledger.path())?;
    let company = ledger.read(company::get)?;
    let templates = load_templates(config)?;
    // a missing sender or password only matters on a day with mail to send
    let mailer = Mailer::new(&config.mail, &company, ledger.path());
    let ledger_path = ledger.path().to_path_buf();
    let customers = ledger.write(|tx| {
        let planned = plan_day(&Book::load(tx, as_of, None)?, &rules);
        let mails = planned
            .iter()
            .flat_map(|c| &c.actions)
            .any(|a| a.perform && a.step.channel.mails());
        if let (true, Err(e)) = (mails, &mailer) {
            return invalid(e.to_string());
        }
        record_all(tx, planned, as_of)
    })?;
    let delivery = Delivery {
        mailer: mailer.as_ref().ok(),
        templates: &templates,
        company: &company,
        ledger_path: &ledger_path,
    };
    deliver(ledger, &delivery, customers, as_of)
}

/// The templates, refusing a policy whose mail steps name a template that does not exist.
fn load_templates(config: &Config) -> Result<Templates> {
    let mut templates = Templates::load(config)?;
    for step in config
        .policy
        .ladders
        .values()
        .flatten()
        .filter(|s| s.channel.mails())
    {
        templates.add_custom(config, &step.template)?;
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
    let mailer = Mailer::new(&config.mail, &company, ledger.path())?;
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
            let o = owed(&inv, &customer, &rules);
            let mut a = action(o, next, true, book.done.get(&inv.id).is_some_and(|r| r.iter().any(|x| x.0 == next.name)));
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
    let delivery = Delivery {
        mailer: Some(&mailer),
        templates: &templates,
        company: &company,
        ledger_path: &ledger_path,
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
        let mut kept = Vec::with_capacity(c.actions.len());
        for mut a in c.actions {
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
                    crate::domain::money::fmt_amount(a.owed.balance),
                    a.owed.currency
                );
                if let Some(task) = store::insert_task(tx, a.owed.invoice_id, &a.step.name, &title, as_of)? {
                    a.output = Some(format!("task #{task}"));
                }
            }
            kept.push(a);
        }
        c.actions = kept;
        if !c.actions.is_empty() {
            out.push(c);
        }
    }
    Ok(out)
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
        let ids: Vec<i64> = c
            .actions
            .iter()
            .filter(|a| a.perform && a.step.channel.mails())
            .filter_map(|a| a.reminder_id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let outcome = compose(d, c, as_of).and_then(|(message, letter)| {
            let mut attachments = Vec::new();
            if let Some((path, pdf)) = &letter {
                write_file(path, pdf)?;
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
            mailer.send_with(&message, &attachments)?;
            Ok((message, letter))
        });
        match &outcome {
            Ok((message, _)) => persist(ledger, |tx| store::mark_sent(tx, &ids, &message.message_id))?,
            Err(e) => persist(ledger, |tx| store::mark_failed(tx, &ids, e))?,
        }
        if outcome.is_ok() {
            mails += 1;
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
    }
    Ok(RunReport {
        as_of,
        dry_run: false,
        customers,
        mails,
    })
}

/// Records what happened to a mail that has already left: a busy ledger is waited for a
/// few times over rather than leaving the row `planned` (which the next run would resend).
fn persist(ledger: &mut Ledger, work: impl Fn(&Transaction) -> Result<()>) -> Result<()> {
    let mut tries = 0;
    loop {
        match ledger.write(&work) {
            Err(StoreError::Locked(_)) if tries < 5 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(500));
            }
            other => return other,
        }
    }
}

fn write_file(path: &Path, text: &[u8]) -> std::result::Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write the letter {}: {e}", path.display()))
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
    let currency = actions.first().map(|a| a.owed.currency.as_str()).unwrap_or("EUR");
    let money = |v: Decimal| templates::money(v, currency, lang);
    let mut seen = HashSet::new();
    let owed: Vec<&Owed> = actions
        .iter()
        .map(|a| &a.owed)
        .filter(|o| seen.insert(o.invoice_id))
        .collect();
    let balance: Decimal = owed.iter().map(|o| o.balance).sum();
    let interest: Decimal = owed.iter().map(|o| o.interest).sum();
    let indemnity: Decimal = owed.iter().map(|o| o.indemnity).sum();
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
        "as_of": templates::date(as_of, lang),
        "company": company_context(company),
        "customer": {
            "code": customer.code,
            "name": customer.name,
            "business": customer.kind == CustomerKind::Business,
        },
        "invoices": owed.iter().map(|o| json!({
            "number": o.number,
            "issue_date": templates::date(o.issue_date, lang),
            "due_date": templates::date(o.due_date, lang),
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
        "total_indemnity_owed": indemnity > Decimal::ZERO,
        "total_claimed": money(claimed),
        "claim_penalties": claim,
        "penalty_rate": owed.first().map(|o| templates::percent(o.penalty_rate, lang)).unwrap_or_default(),
        "deadline": templates::date(deadline, lang),
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
    invoice: &InvoiceRecord,
    payment_id: i64,
    amount: Decimal,
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
    let templates = Templates::load(config)?;
    let mailer = Mailer::new(&config.mail, &company, ledger.path())?;
    let lang = if templates::LANGUAGES.contains(&customer.language.as_str()) {
        customer.language.as_str()
    } else {
        "fr"
    };
    let view = invoice.view(crate::ops::END_OF_TIME);
    let money = |v: Decimal| templates::money(v, &invoice.currency, lang);
    let context = json!({
        "lang": lang,
        "company": company_context(&company),
        "customer": {"code": customer.code, "name": customer.name},
        "invoice": {
            "number": invoice.label(),
            "due_date": invoice.due_date.map(|d| templates::date(d, lang)),
            "total": money(invoice.total),
            "balance": money(view.balance),
            "paid_in_full": view.balance.is_zero(),
        },
        "payment": {"amount": money(amount), "date": templates::date(paid_on, lang)},
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

/// An invoice that can be put on hold: issued, not a credit note, not settled.
fn holdable(tx: &Transaction, reference: &str) -> Result<InvoiceRecord> {
    let inv = invoices::find(tx, reference)?;
    let label = inv.label();
    if inv.number.is_none() || inv.is_credit_note {
        return invalid(format!(
            "{label} is not an issued invoice: only issued invoices are reminded or held"
        ));
    }
    if !inv.view(crate::ops::END_OF_TIME).status.is_open() {
        return invalid(format!("invoice {label} is settled: there is nothing to hold"));
    }
    Ok(inv)
}

/// Puts an invoice on hold (a dispute): no reminder until released or `until` has passed.
/// It stays in every balance.
pub fn hold(
    tx: &Transaction,
    reference: &str,
    reason: &str,
    since: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<(InvoiceRecord, Hold)> {
    let inv = holdable(tx, reference)?;
    if reason.trim().is_empty() {
        return invalid("--reason cannot be empty: say why the invoice is held (e.g. \"disputed delivery\")");
    }
    store::hold(tx, inv.id, reason.trim(), since, until)?;
    let hold = Hold {
        invoice_id: inv.id,
        reason: reason.trim().to_string(),
        since,
        until,
    };
    Ok((inv, hold))
}

/// Ends the hold of an invoice: the next run reminds it again.
pub fn release(tx: &Transaction, reference: &str, on: NaiveDate) -> Result<InvoiceRecord> {
    let inv = invoices::find(tx, reference)?;
    if !store::release(tx, inv.id, on)? {
        return invalid(format!("invoice {} is not on hold", inv.label()));
    }
    Ok(inv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::DunningProfile;
    use crate::domain::dunning::{standard_ladder, vip_ladder};

    fn company() -> Company {
        Company {
            name: "Atelier Test".into(),
            email: Some("factures@atelier.example".into()),
            iban: Some("FR7630006000011234567890189".into()),
            currency: "EUR".into(),
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
            total: Decimal::from(1200),
            balance: Decimal::from(700),
            days_late,
            interest: Decimal::new(1234, 2),
            indemnity: Decimal::from(40),
            currency: "EUR".into(),
            penalty_rate: Decimal::new(1215, 2),
        }
    }

    #[test]
    fn every_step_template_renders_in_both_languages_for_one_and_several_invoices() {
        let templates = Templates::load(&Config::defaults()).unwrap();
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
        let templates = Templates::load(&Config::defaults()).unwrap();
        let step = standard_ladder().into_iter().find(|s| s.name == "r3").unwrap();
        let mut o = owed("FACT-2026-0001", 16);
        o.indemnity = Decimal::ZERO;
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
