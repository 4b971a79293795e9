//! Credit control on the way to a new quote or invoice: a blocked customer, its credit
//! limit, the score floor of `[score]` (issue 14). `--force` overrides all three.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::credit_limit::credit_check;
use crate::domain::customer::Customer;
use crate::domain::money::Money;
use crate::domain::score::ScorePolicy;
use crate::error::{Result, invalid};

/// What a new document is checked against: --force, the day its balance and score are
/// taken on, and the policy whose floor applies.
#[derive(Debug, Clone, Copy)]
pub struct Clearance<'a> {
    pub force: bool,
    pub as_of: NaiveDate,
    pub policy: &'a ScorePolicy,
}

/// Refuses new business with a blocked customer unless forced.
pub fn check_not_blocked(customer: &Customer, force: bool, what: &str) -> Result<()> {
    if customer.blocked && !force {
        let why = customer
            .blocked_reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        return invalid(format!(
            "customer {} is blocked{why}: no new {what} without --force, or unblock it with `creances customer unblock {}`",
            customer.code, customer.code
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
    if clearance.force || (customer.credit_limit.is_none() && clearance.policy.floor.is_none()) {
        return Ok(());
    }
    let Some(standing) =
        super::customer::standings(tx, clearance.as_of, Some(customer.id), clearance.policy)?.pop()
    else {
        return Ok(());
    };
    let Some(score) = standing.score.as_ref() else {
        return Ok(());
    };
    let limit = customer
        .credit_limit
        .map(|l| Money::from_decimal(l, document.currency()));
    let check = credit_check(standing.balance, document, limit, score, clearance.policy);
    if check.refused() {
        return invalid(check.refusal(&customer.code, what));
    }
    Ok(())
}

impl Ledger {
    /// New quotes and invoices are refused under the floor of `policy` (`[score]`), as
    /// well as over a customer's credit limit.
    pub fn control_credit(&mut self, policy: ScorePolicy) {
        self.score_policy = policy;
    }
}
