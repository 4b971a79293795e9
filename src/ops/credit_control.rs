//! Credit control on the way to a new quote or invoice: a blocked customer, its credit
//! limit, the score floor of `[score]` (issue 14). `--force` overrides all three. And the
//! policy that blocks a customer at its formal notice and unblocks it once paid.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::credit_limit::{CreditCheck, credit_check};
use crate::domain::customer::{BlockChange, Customer};
use crate::domain::money::Money;
use crate::domain::score::ScorePolicy;
use crate::error::{Result, invalid};
use crate::store::customer as customers;
use crate::store::invoice::{self as invoices, Filter};

/// What a new document is checked against: --force, the day its balance and score are
/// taken on, and the policy whose floor applies.
#[derive(Debug, Clone)]
pub struct Clearance<'a> {
    pub force: bool,
    pub as_of: NaiveDate,
    /// The ledger's own (a copy, so that the write that checks can borrow the ledger) or
    /// the caller's config.
    pub policy: std::borrow::Cow<'a, ScorePolicy>,
}

impl super::Ledger {
    /// The clearance of a new document made by this ledger: its score policy, `force`,
    /// and the day of the check.
    pub(crate) fn clearance(&self, force: bool, as_of: NaiveDate) -> Clearance<'static> {
        Clearance {
            force,
            as_of,
            policy: std::borrow::Cow::Owned(self.score_policy.clone()),
        }
    }
}

/// Refuses new business with a blocked customer unless forced.
pub fn check_not_blocked(customer: &Customer, force: bool, what: &str) -> Result<()> {
    if customer.blocked && !force {
        // the reason in brackets reads the same in both languages
        let why = customer
            .blocked_reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        return invalid(crate::t!(
            "ops-customer-blocked",
            code = customer.code.as_str(),
            why = why,
            what = what
        ));
    }
    Ok(())
}

/// Refuses a quote or invoice of `document` for `customer` unless forced: the customer is
/// blocked, the document would take its open balance on `as_of` over its credit limit,
/// or its score is under the floor.
pub fn check_credit(
    tx: &Transaction,
    customer: &Customer,
    document: Money,
    clearance: &Clearance,
    what: &str,
) -> Result<()> {
    check_not_blocked(customer, clearance.force, what)?;
    match credit_refusal(tx, customer, document, clearance)? {
        Some(check) => invalid(check.refusal(&customer.code, what)),
        None => Ok(()),
    }
}

/// The credit check a document of `document` fails (limit or floor, not a block), if any.
pub fn credit_refusal(
    tx: &Transaction,
    customer: &Customer,
    document: Money,
    clearance: &Clearance,
) -> Result<Option<CreditCheck>> {
    if clearance.force || (customer.credit_limit.is_none() && clearance.policy.floor.is_none()) {
        return Ok(None);
    }
    let Some(standing) =
        super::customer::standings(tx, clearance.as_of, Some(customer.id), &clearance.policy)?.pop()
    else {
        return Ok(None);
    };
    let Some(score) = standing.score.as_ref() else {
        return Ok(None);
    };
    let limit = customer
        .credit_limit
        .map(|l| Money::from_decimal(l, document.currency()));
    let check = credit_check(standing.balance, document, limit, score, &clearance.policy);
    Ok(check.refused().then_some(check))
}

impl Ledger {
    /// New quotes and invoices are refused under the floor of `policy` (`[score]`), as
    /// well as over a customer's credit limit.
    pub fn control_credit(&mut self, policy: ScorePolicy) {
        self.score_policy = policy;
    }
}

/// `[dunning] block_at_notice`: the formal notice of `invoice` blocks its customer, unless
/// it is blocked already. Returns whether it blocked it.
pub fn block_at_notice(tx: &Transaction, customer_id: i64, invoice: &str, on: NaiveDate) -> Result<bool> {
    let mut customer = customers::by_id(tx, customer_id)?;
    if customer.blocked {
        return Ok(false);
    }
    let reason = format!("formal notice {invoice}");
    customer.set_blocked(true, Some(reason.clone()));
    customers::update(tx, &customer)?;
    customers::record_block(
        tx,
        customer.id,
        &BlockChange {
            date: on,
            blocked: true,
            automatic: true,
            reason: Some(reason),
        },
    )?;
    Ok(true)
}

/// A customer the policy blocked (and nobody blocked again by hand since) is unblocked
/// once a payment leaves it nothing overdue on `on`, the payment's day. Returns whether
/// it unblocked it.
pub fn unblock_when_paid(tx: &Transaction, customer_id: i64, on: NaiveDate) -> Result<bool> {
    let mut customer = customers::by_id(tx, customer_id)?;
    if !customer.blocked {
        return Ok(false);
    }
    let by_policy = customers::block_changes(tx, customer_id)?
        .last()
        .is_some_and(|c| c.blocked && c.automatic);
    if !by_policy {
        return Ok(false);
    }
    let filter = Filter {
        customer_id: Some(customer_id),
        include_invoices: true,
        ..Default::default()
    };
    let overdue = invoices::list(tx, &filter)?
        .iter()
        .filter(|i| i.issue_date.is_some_and(|d| d <= on))
        .any(|i| i.view(on).days_late > 0);
    if overdue {
        return Ok(false);
    }
    customer.set_blocked(false, None);
    customers::update(tx, &customer)?;
    customers::record_block(
        tx,
        customer.id,
        &BlockChange {
            date: on,
            blocked: false,
            automatic: true,
            reason: Some("paid: nothing overdue any more".into()),
        },
    )?;
    Ok(true)
}
