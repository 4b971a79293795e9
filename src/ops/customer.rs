//! Customers: creation, edits, balances and history.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::allocation::{AccountEvent, running_balance};
use crate::domain::customer::{
    BlockChange, Customer, CustomerChange, HistoryLine, Standing, StandingStatus, code_base, code_from_name,
};
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::{Receivable, is_frequent_late_payer};
use crate::domain::score::{History, ScorePolicy, score};
use crate::error::{Result, invalid};
use crate::store::customer as store;
use crate::store::invoice::{self as invoices, Filter};
use crate::store::offer as offers;
use crate::store::payment as payments;
use crate::store::scan::{Credits, Scan};

/// Adds a customer, making a code from its name when none is given.
pub fn add(tx: &Transaction, mut customer: Customer, code: Option<String>) -> Result<Customer> {
    customer.code = match code {
        Some(code) => code,
        None => {
            let taken = store::codes_starting_with(tx, &code_base(&customer.name))?;
            code_from_name(&customer.name, |c| taken.contains(c))
        }
    };
    customer.id = store::insert(tx, &customer)?;
    Ok(customer)
}

/// A credit limit the ledger's currency can hold exactly (no cents for the yen).
fn check_limit_currency(tx: &Transaction, customer: &Customer) -> Result<()> {
    if let Some(limit) = customer.credit_limit {
        let currency = crate::store::company::get(tx)?.currency;
        Money::exact(limit, currency)?;
    }
    Ok(())
}

/// Every customer's standing and score on `as_of` (or one customer's), from one pass
/// over the ledger.
pub fn standings(
    tx: &Transaction,
    as_of: NaiveDate,
    only: Option<i64>,
    policy: &ScorePolicy,
) -> Result<Vec<Standing>> {
    standings_through(tx, as_of, only, policy, true)
}

/// [`standings`] through the settlement record where it answers (`record`), or the
/// history.
pub(crate) fn standings_through(
    tx: &Transaction,
    as_of: NaiveDate,
    only: Option<i64>,
    policy: &ScorePolicy,
    record: bool,
) -> Result<Vec<Standing>> {
    let scan = match only {
        Some(id) if record => Scan::load_customer_on(tx, id, as_of, score_since(as_of))?,
        Some(id) => Scan::load_customer(tx, id)?,
        None if record => Scan::load_recent_on(tx, as_of, score_since(as_of), false)?,
        None => Scan::load(tx)?,
    };
    let mut pass = StandingPass::new(tx, as_of, only)?;
    let credits = scan.for_each_invoice(tx, as_of, |r, _| pass.add(r))?;
    pass.add_recorded_credit_notes(&scan, tx)?;
    pass.finish(tx, policy, &credits)
}

/// The first day whose events a standing needs dated, on a day the settlement record
/// answers for: none. Every invoice (but those at a rate, for their rounding) gives its
/// balance, lateness (the record's sums of its payment days), due day and whether it was
/// paid late (the record's paid-up day) from the record alone; the credit notes of the
/// score's twelve months are read apart ([`StandingPass::add_recorded_credit_notes`]).
pub(crate) fn score_since(as_of: NaiveDate) -> NaiveDate {
    as_of.succ_opt().unwrap_or(as_of)
}

/// Customers' standings and score histories, fed invoice by invoice (by `standings`, or
/// by a pass that feeds reports at the same time: `report dashboard`).
pub struct StandingPass {
    as_of: NaiveDate,
    only: Option<i64>,
    out: Vec<Standing>,
    index: HashMap<i64, usize>,
    /// Invoices reminded after their due date by `as_of`.
    pub reminded: HashSet<i64>,
    late_invoices: HashMap<usize, usize>,
    histories: Vec<History>,
}

impl StandingPass {
    pub fn new(tx: &Transaction, as_of: NaiveDate, only: Option<i64>) -> Result<Self> {
        let zero = Money::zero(crate::store::company::get(tx)?.currency);
        // one customer's standing reads its own row, not the whole customer table
        let customers = match only {
            Some(id) => vec![store::by_id(tx, id)?],
            None => store::all(tx)?,
        };
        let out: Vec<Standing> = customers
            .into_iter()
            .map(|customer| Standing::clear(customer, zero))
            .collect();
        let index = out.iter().enumerate().map(|(i, s)| (s.customer.id, i)).collect();
        let histories = out.iter().map(|_| History::new(as_of, zero)).collect();
        Ok(StandingPass {
            as_of,
            only,
            out,
            index,
            reminded: crate::store::dunning::reminded_after_due_of(tx, as_of, only)?,
            late_invoices: HashMap::new(),
            histories,
        })
    }

    /// Sees one invoice issued by `as_of`.
    pub fn add(&mut self, r: &Receivable) {
        let as_of = self.as_of;
        let Some(&i) = self.index.get(&r.customer_id) else {
            return;
        };
        self.histories[i].add_invoice(r);
        if r.counts_as_late(as_of) {
            *self.late_invoices.entry(i).or_default() += 1;
        }
        if r.days_late_on(as_of) > 0 && self.reminded.contains(&r.id) {
            self.out[i].in_dunning = true;
        }
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            let s = &mut self.out[i];
            s.balance += balance;
            s.open_invoices += 1;
            let late = r.days_late_on(as_of);
            if late > 0 {
                s.overdue += balance;
                s.max_days_late = s.max_days_late.max(late);
            }
        }
    }

    /// The credit notes of the score's twelve months for the invoices `scan` left to the
    /// settlement record (it holds their sum, not their days).
    pub fn add_recorded_credit_notes(&mut self, scan: &Scan, tx: &Transaction) -> Result<()> {
        let after = crate::domain::score::year_before(self.as_of);
        for (customer, day) in scan.recorded_credit_notes(tx, after, self.as_of)? {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_credit_note(day);
            }
        }
        Ok(())
    }

    /// The standings with their scores, given each customer's unallocated payments.
    pub fn finish(
        mut self,
        tx: &Transaction,
        policy: &ScorePolicy,
        credits: &Credits,
    ) -> Result<Vec<Standing>> {
        for (i, late) in self.late_invoices {
            self.out[i].frequent_late_payer = is_frequent_late_payer(late);
        }
        let (disputes, notices) = crate::store::score::disputes_and_notices(tx, self.only)?;
        for (customer, since) in disputes {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_dispute(since);
            }
        }
        for (customer, day) in notices {
            if let Some(&i) = self.index.get(&customer) {
                self.histories[i].add_notice(day);
            }
        }
        for (s, h) in self.out.iter_mut().zip(&self.histories) {
            s.score = Some(score(h, policy));
        }
        for (customer, credit) in credits {
            if let Some(&i) = self.index.get(customer) {
                self.out[i].credit += *credit;
                self.out[i].balance -= *credit;
            }
        }
        Ok(self.out)
    }
}

/// Quotes, invoices, credit notes, payments, write-offs, blocks and unblocks up to
/// `as_of`, oldest first. Quotes, blocks and unblocks carry no amount into the balance.
pub fn history(tx: &Transaction, customer: &Customer, as_of: NaiveDate) -> Result<Vec<HistoryLine>> {
    // no payment of the documents: the history shows the payments themselves
    let invoices = invoices::list_without_payments(tx, &documents_of(customer))?;
    history_with(tx, customer, as_of, &invoices)
}

/// The filter of a customer's invoices and credit notes, as its history reads them.
fn documents_of(customer: &Customer) -> Filter {
    Filter {
        customer_id: Some(customer.id),
        include_invoices: true,
        include_credit_notes: true,
        ..Default::default()
    }
}

/// [`history`] given the customer's invoices and credit notes (`invoices::list` of
/// [`documents_of`]), read once by a caller that also shows the open ones.
fn history_with(
    tx: &Transaction,
    customer: &Customer,
    as_of: NaiveDate,
    invoices: &[Invoice],
) -> Result<Vec<HistoryLine>> {
    let currency: Currency = crate::store::company::get(tx)?.currency;
    let zero = Money::zero(currency);
    let mut events = Vec::new();
    for o in offers::list(tx, Some(customer.id))? {
        if o.issue_date <= as_of {
            events.push(AccountEvent {
                date: o.issue_date,
                order: 0,
                kind: "quote",
                reference: format!("{} ({})", o.number, o.total),
                debit: zero,
                credit: zero,
            });
        }
    }
    for inv in invoices {
        let (Some(date), Some(number)) = (inv.issue_date, inv.number.clone()) else {
            continue;
        };
        if date > as_of {
            continue;
        }
        if inv.is_credit_note {
            events.push(AccountEvent {
                date,
                order: 1,
                kind: "credit_note",
                reference: number,
                debit: zero,
                credit: inv.total,
            });
        } else {
            events.push(AccountEvent {
                date,
                order: 0,
                kind: "invoice",
                reference: number.clone(),
                debit: inv.total,
                credit: zero,
            });
            if let Some((d, amount)) = inv.facts.write_off.filter(|(d, _)| *d <= as_of) {
                events.push(AccountEvent {
                    date: d,
                    order: 3,
                    kind: "write_off",
                    reference: number,
                    debit: zero,
                    credit: amount,
                });
            }
        }
    }
    for p in payments::of_customer(tx, customer.id)? {
        if p.date <= as_of {
            let reference = match &p.reference {
                Some(r) => format!("{} {r}", p.method),
                None => p.method.to_string(),
            };
            events.push(AccountEvent {
                date: p.date,
                order: 2,
                kind: "payment",
                reference,
                debit: zero,
                credit: p.amount,
            });
        }
    }
    for change in store::block_changes(tx, customer.id)? {
        if change.date <= as_of {
            let why = change.reason.unwrap_or_default();
            events.push(AccountEvent {
                date: change.date,
                order: 4,
                kind: if change.blocked { "blocked" } else { "unblocked" },
                reference: match (change.automatic, why.is_empty()) {
                    (true, _) => format!("by the policy: {why}"),
                    (false, true) => "by hand".into(),
                    (false, false) => why,
                },
                debit: zero,
                credit: zero,
            });
        }
    }
    Ok(running_balance(events, zero)
        .into_iter()
        .map(|(event, balance)| HistoryLine { event, balance })
        .collect())
}

/// A customer's history and open invoices on `as_of`. Its documents are read once, for
/// both. On a day the settlement record answers for (`record`), without their payments:
/// the history shows none, and the invoices open that day are among those the record
/// holds open, each read then with its own (a ten-year customer's allocations were a
/// third of the pages `customer show` read at ten million invoices).
pub(crate) fn sheet_lists(
    tx: &Transaction,
    customer: &Customer,
    as_of: NaiveDate,
    record: bool,
) -> Result<(Vec<HistoryLine>, Vec<Invoice>)> {
    let open_now = |i: &Invoice| {
        !i.is_credit_note && i.issue_date.is_some_and(|d| d <= as_of) && i.view(as_of).status.is_open()
    };
    if record && crate::store::settlement::answers_for(tx, as_of)? {
        let documents = invoices::list_without_payments(tx, &documents_of(customer))?;
        let history = history_with(tx, customer, as_of, &documents)?;
        let mut open = Vec::new();
        for id in crate::store::settlement::open_of_customer(tx, customer.id)? {
            let invoice = invoices::find(tx, &format!("#{id}"))?;
            if open_now(&invoice) {
                open.push(invoice);
            }
        }
        return Ok((history, open));
    }
    let documents = invoices::list(tx, &documents_of(customer))?;
    let history = history_with(tx, customer, as_of, &documents)?;
    Ok((history, documents.into_iter().filter(|i| open_now(i)).collect()))
}

/// A statement of account: the history without quotes nor blocks, from `from` on, opened by the
/// balance carried from before.
pub fn statement(
    tx: &Transaction,
    customer: &Customer,
    from: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<Vec<HistoryLine>> {
    let all: Vec<HistoryLine> = history(tx, customer, as_of)?
        .into_iter()
        .filter(|h| !matches!(h.event.kind, "quote" | "blocked" | "unblocked"))
        .collect();
    let Some(from) = from else { return Ok(all) };
    let zero = Money::zero(crate::store::company::get(tx)?.currency);
    let opening = all
        .iter()
        .rev()
        .find(|h| h.event.date < from)
        .map_or(zero, |h| h.balance);
    let mut out = vec![HistoryLine {
        event: AccountEvent {
            date: from,
            order: 0,
            kind: "opening_balance",
            reference: String::new(),
            debit: opening.max(zero),
            credit: (-opening).max(zero),
        },
        balance: opening,
    }];
    out.extend(all.into_iter().filter(|h| h.event.date >= from));
    Ok(out)
}

/// One customer as `customer show` presents it: its details, its standing, its open
/// invoices and its history.
#[derive(Debug, Clone)]
pub struct CustomerSheet {
    pub customer: Customer,
    pub standing: Option<Standing>,
    /// Issued by `as_of` and not settled, oldest first.
    pub open_invoices: Vec<Invoice>,
    pub history: Vec<HistoryLine>,
}

/// A statement of account (relevé) from `from` (or the beginning) to `to`.
#[derive(Debug, Clone)]
pub struct Statement {
    pub customer: Customer,
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    pub lines: Vec<HistoryLine>,
    pub closing_balance: Money,
}

impl Ledger {
    /// Adds a customer with the fields of `change`, making a code from its name when
    /// none is given.
    pub fn add_customer(&mut self, code: Option<&str>, change: CustomerChange) -> Result<Customer> {
        let code = code.map(crate::domain::customer::validate_code).transpose()?;
        let mut customer = Customer::new("", "");
        customer.apply(change)?;
        self.write(|tx| {
            crate::store::company::get(tx)?;
            check_limit_currency(tx, &customer)?;
            add(tx, customer, code)
        })
    }

    /// Refuses a code no customer has (a prompt's answer, checked as typed).
    pub fn check_customer(&mut self, code: &str) -> Result<()> {
        self.read(|tx| store::by_code(tx, code).map(|_| ()))
    }

    /// Changes the fields given.
    pub fn edit_customer(&mut self, code: &str, change: CustomerChange) -> Result<Customer> {
        self.write(|tx| {
            let mut c = store::by_code(tx, code)?;
            c.apply(change)?;
            check_limit_currency(tx, &c)?;
            store::update(tx, &c)?;
            store::by_id(tx, c.id)
        })
    }

    /// Refuses new quotes and invoices for a customer (with why), or accepts them again.
    /// Each change is recorded on `on` with its reason (the history, the audit log).
    pub fn set_customer_blocked(
        &mut self,
        code: &str,
        blocked: bool,
        reason: Option<String>,
        on: NaiveDate,
    ) -> Result<Customer> {
        self.write(|tx| {
            let mut c = store::by_code(tx, code)?;
            let before = (c.blocked, c.blocked_reason.clone());
            c.set_blocked(blocked, reason.clone());
            if before == (c.blocked, c.blocked_reason.clone()) {
                return Ok(c);
            }
            store::update(tx, &c)?;
            store::record_block(
                tx,
                c.id,
                &BlockChange {
                    date: on,
                    blocked,
                    automatic: false,
                    reason,
                },
            )?;
            Ok(c)
        })
    }

    /// Every customer's standing and score on `as_of`, or only those with `status`.
    pub fn customer_standings(
        &mut self,
        status: Option<StandingStatus>,
        as_of: NaiveDate,
        policy: &ScorePolicy,
    ) -> Result<Vec<Standing>> {
        let all = self.read(|tx| standings(tx, as_of, None, policy))?;
        Ok(all
            .into_iter()
            .filter(|s| status.is_none_or(|want| s.status() == want))
            .collect())
    }

    /// Every customer's score on `as_of`, worst payers first.
    pub fn payers_report(&mut self, as_of: NaiveDate, policy: &ScorePolicy) -> Result<Vec<Standing>> {
        let mut all = self.read(|tx| standings(tx, as_of, None, policy))?;
        crate::domain::customer::sort_worst_payers_first(&mut all);
        Ok(all)
    }

    /// One customer, its standing and score, open invoices and history on `as_of`.
    pub fn customer_sheet(
        &mut self,
        code: &str,
        as_of: NaiveDate,
        policy: &ScorePolicy,
    ) -> Result<CustomerSheet> {
        self.read(|tx| {
            let customer = store::by_code(tx, code)?;
            let standing = standings(tx, as_of, Some(customer.id), policy)?.pop();
            let (history, open_invoices) = sheet_lists(tx, &customer, as_of, true)?;
            Ok(CustomerSheet {
                customer,
                standing,
                open_invoices,
                history,
            })
        })
    }

    /// The statement of account of a customer on `as_of`, from `from` when given.
    pub fn customer_statement(
        &mut self,
        code: &str,
        from: Option<NaiveDate>,
        as_of: NaiveDate,
    ) -> Result<Statement> {
        if let Some(from) = from.filter(|f| *f > as_of) {
            return invalid(crate::t!(
                "ops-statement-from-after",
                from = from.to_string(),
                as_of = as_of.to_string()
            ));
        }
        self.read(|tx| {
            let customer = store::by_code(tx, code)?;
            let lines = statement(tx, &customer, from, as_of)?;
            let zero = Money::zero(crate::store::company::get(tx)?.currency);
            let closing_balance = lines.last().map_or(zero, |h| h.balance);
            Ok(Statement {
                customer,
                from,
                to: as_of,
                lines,
                closing_balance,
            })
        })
    }
}
