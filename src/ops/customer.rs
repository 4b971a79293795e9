//! Customers: creation, edits, balances and history.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::domain::allocation::{AccountEvent, running_balance};
use crate::domain::customer::Customer;
use crate::domain::customer::{code_base, code_from_name};
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::is_frequent_late_payer;
use crate::error::Result;
use crate::store::customer as store;
use crate::store::invoice::{self as invoices, Filter};
use crate::store::offer as offers;
use crate::store::payment as payments;
use crate::store::scan::Scan;

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

/// A customer's position on a day.
#[derive(Debug, Clone)]
pub struct Standing {
    pub customer: Customer,
    /// Open invoice balances minus unallocated payments.
    pub balance: Money,
    pub overdue: Money,
    /// Payments not allocated to any invoice.
    pub credit: Money,
    pub open_invoices: usize,
    pub max_days_late: i64,
    /// An overdue invoice was reminded at least once after its due date.
    pub in_dunning: bool,
    /// 3 or more invoices paid late or still late over the last 12 months.
    pub frequent_late_payer: bool,
}

impl Standing {
    /// ok, late or blocked: what `customer list` shows.
    pub fn status(&self) -> &'static str {
        if self.customer.blocked {
            "blocked"
        } else if self.overdue.is_positive() {
            "late"
        } else {
            "ok"
        }
    }
}

/// Every customer's standing on `as_of` (or one customer's), from one pass over the ledger.
pub fn standings(tx: &Transaction, as_of: NaiveDate, only: Option<i64>) -> Result<Vec<Standing>> {
    let zero = Money::zero(crate::store::company::get(tx)?.currency);
    let mut out: Vec<Standing> = store::all(tx)?
        .into_iter()
        .filter(|c| only.is_none_or(|id| c.id == id))
        .map(|customer| Standing {
            customer,
            balance: zero,
            overdue: zero,
            credit: zero,
            open_invoices: 0,
            max_days_late: 0,
            in_dunning: false,
            frequent_late_payer: false,
        })
        .collect();
    let index: std::collections::HashMap<i64, usize> =
        out.iter().enumerate().map(|(i, s)| (s.customer.id, i)).collect();
    let scan = match only {
        Some(id) => Scan::load_customer(tx, id)?,
        None => Scan::load(tx)?,
    };
    let reminded = crate::store::dunning::reminded_after_due(tx, as_of)?;
    let mut late_invoices: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let credits = scan.for_each_invoice(tx, as_of, |r, _| {
        let Some(&i) = index.get(&r.customer_id) else {
            return;
        };
        if r.counts_as_late(as_of) {
            *late_invoices.entry(i).or_default() += 1;
        }
        if r.days_late_on(as_of) > 0 && reminded.contains(&r.id) {
            out[i].in_dunning = true;
        }
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            let s = &mut out[i];
            s.balance += balance;
            s.open_invoices += 1;
            let late = r.days_late_on(as_of);
            if late > 0 {
                s.overdue += balance;
                s.max_days_late = s.max_days_late.max(late);
            }
        }
    })?;
    for (i, late) in late_invoices {
        out[i].frequent_late_payer = is_frequent_late_payer(late);
    }
    for (customer, credit) in credits {
        if let Some(&i) = index.get(&customer) {
            out[i].credit += credit;
            out[i].balance -= credit;
        }
    }
    Ok(out)
}

/// One line of a customer's history, with the running balance after it.
#[derive(Debug, Clone)]
pub struct HistoryLine {
    pub event: AccountEvent,
    pub balance: Money,
}

/// Quotes, invoices, credit notes, payments and write-offs up to `as_of`, oldest first.
/// Quotes carry no amount into the balance.
pub fn history(tx: &Transaction, customer: &Customer, as_of: NaiveDate) -> Result<Vec<HistoryLine>> {
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
    let filter = Filter {
        customer_id: Some(customer.id),
        include_invoices: true,
        include_credit_notes: true,
        ..Default::default()
    };
    for inv in invoices::list(tx, &filter)? {
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
    for p in payments::list(tx, Some(customer.id))? {
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
    Ok(running_balance(events, zero)
        .into_iter()
        .map(|(event, balance)| HistoryLine { event, balance })
        .collect())
}

/// A statement of account: the history without quotes, from `from` on, opened by the
/// balance carried from before.
pub fn statement(
    tx: &Transaction,
    customer: &Customer,
    from: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<Vec<HistoryLine>> {
    let all: Vec<HistoryLine> = history(tx, customer, as_of)?
        .into_iter()
        .filter(|h| h.event.kind != "quote")
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
