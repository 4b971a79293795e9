//! Customers: creation, edits, balances and history.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::allocation::{AccountEvent, running_balance};
use crate::domain::customer::{
    BlockChange, Customer, CustomerChange, HistoryLine, Standing, StandingStatus, code_base, code_from_name,
};
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};
use crate::domain::score::ScorePolicy;
use crate::domain::standings::Standings;
use crate::error::{Result, invalid};
use crate::store::customer as store;
use crate::store::invoice::{self as invoices, Filter};
use crate::store::offer as offers;
use crate::store::payment as payments;

mod standing;
pub use standing::standings;
#[cfg(test)]
pub(crate) use standing::standings_through;
pub(crate) use standing::{StandingPass, held_standings_through, score_since};

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
    let payments = payments::of_customer(tx, customer.id)?;
    // documents and payments in another currency: what each took off or added to the
    // customer account in the accounting currency, as the FEC books them (read only
    // for a customer who has some)
    let foreign_rates = payments::foreign_rates_of(tx, customer.id, currency)?;
    let foreign = if foreign_rates.is_empty() && invoices.iter().all(|i| i.exchange_rate.is_none()) {
        None
    } else {
        Some(crate::ops::export::foreign::load(
            tx,
            &crate::store::date_sql(as_of),
        )?)
    };
    let in_accounting = |inv: &Invoice, amount: Money, booked: Option<Money>| match &inv.exchange_rate {
        Some(rate) => booked.unwrap_or_else(|| rate.to_accounting(amount)),
        None => amount,
    };
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
            let booked = foreign
                .as_ref()
                .zip(inv.credited_invoice_id)
                .and_then(|(f, credited)| f.credit_note(credited, inv.id));
            events.push(AccountEvent {
                date,
                order: 1,
                kind: "credit_note",
                reference: number,
                debit: zero,
                credit: in_accounting(inv, inv.total, booked),
            });
        } else {
            events.push(AccountEvent {
                date,
                order: 0,
                kind: "invoice",
                reference: number.clone(),
                debit: in_accounting(inv, inv.total, None),
                credit: zero,
            });
            if let Some((d, amount)) = inv.facts.write_off.filter(|(d, _)| *d <= as_of) {
                let booked = foreign.as_ref().and_then(|f| f.write_off(inv.id));
                events.push(AccountEvent {
                    date: d,
                    order: 3,
                    kind: "write_off",
                    reference: number,
                    debit: zero,
                    credit: in_accounting(inv, amount, booked),
                });
            }
        }
    }
    for p in payments {
        if p.date <= as_of {
            let credit = match (foreign_rates.get(&p.id), &foreign) {
                (Some(rate), Some(f)) => f.payment(p.id, p.amount, rate),
                _ => p.amount,
            };
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
                credit,
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
    ) -> Result<Standings> {
        let mut all = self.read(|tx| held_standings_through(tx, as_of, None, policy, true))?;
        if let Some(want) = status {
            all.retain(|s| s.status() == want);
        }
        Ok(all)
    }

    /// Every customer's score on `as_of`, worst payers first.
    pub fn payers_report(&mut self, as_of: NaiveDate, policy: &ScorePolicy) -> Result<Standings> {
        let mut all = self.read(|tx| held_standings_through(tx, as_of, None, policy, true))?;
        all.sort_worst_payers_first();
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

#[cfg(test)]
mod tests {
    // Every customer's standing through the settlement record (its rows due in the score's
    // two years or open, the older paid-up ones counted) against the whole history, on
    // generated ten-year ledgers.

    use chrono::NaiveDate;

    use crate::domain::score::ScorePolicy;
    use crate::store::Db;

    /// The standings of `as_of` under a minimum of `min_invoices`, through the record
    /// (`record`) or the history, as text; and whether the record answered for that day.
    fn standings_text(db: &mut Db, as_of: NaiveDate, min_invoices: usize, record: bool) -> (String, bool) {
        let policy = ScorePolicy {
            min_invoices,
            ..Default::default()
        };
        db.read(|tx| {
            let answers = crate::store::settlement::answers_for(tx, as_of)?;
            let held = super::held_standings_through(tx, as_of, None, &policy, record)?;
            Ok((format!("{:?}", held.into_scored()), answers))
        })
        .unwrap()
    }

    #[test]
    fn the_record_counts_the_old_paid_up_invoices_as_the_history_reads_them() {
        let generated = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for seed in 1..=3 {
            let dir = tempfile::tempdir().unwrap();
            let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
            db.write(|tx| crate::synthetic::generate(tx, 12, 600, seed, generated))
                .unwrap();
            // the day of the ledger, days after it (the windows move past more paid-up
            // invoices) and days before it (the history both ways)
            for (as_of, answers) in [
                (generated, true),
                (day(2027, 12, 31), true),
                (day(2029, 6, 30), true),
                (day(2026, 6, 30), false),
                (day(2022, 3, 15), false),
            ] {
                // a minimum under every customer's count, and one over most (the letter
                // "new" then depends on the old invoices the record pass only counts)
                for min_invoices in [3, 60] {
                    let (through_record, answered) = standings_text(&mut db, as_of, min_invoices, true);
                    assert_eq!(answered, answers, "seed {seed}, {as_of}");
                    let (history, _) = standings_text(&mut db, as_of, min_invoices, false);
                    assert_eq!(
                        through_record, history,
                        "seed {seed}, {as_of}, minimum {min_invoices}"
                    );
                }
            }
        }
    }
}
