//! Reports à nouveau: a file that starts after the ledger's first day opens with what
//! each customer account carried the evening before, invoice by invoice, so the file
//! balances 411 and letters the payments it holds on its own (issue 11).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};

use crate::domain::fec::opening::carried_forward_entry;
use crate::domain::fec::{Entry, FecAccounts, Party};
use crate::domain::money::{Currency, Money};
use crate::error::Result;
use crate::store::scan::Scan;

/// What a file carries forward: its entries, one per customer in code order, and each
/// open invoice with what it carried (its debit in the file's matching letters).
#[derive(Default)]
pub(super) struct Carried {
    pub entries: Vec<Entry>,
    pub open: Vec<(i64, Money)>,
}

/// What a file starting `from` carries forward (nothing when nothing was open).
pub(super) fn carried_forward(
    tx: &Transaction,
    from: NaiveDate,
    accounts: &FecAccounts,
    currency: Currency,
) -> Result<Carried> {
    let Some(eve) = from.pred_opt() else {
        return Ok(Carried::default());
    };
    let mut open: BTreeMap<i64, Vec<(i64, Money)>> = BTreeMap::new();
    let credits = Scan::load(tx)?.for_each_invoice(tx, eve, |r, _| {
        let balance = r.balance_on(eve);
        if !balance.is_zero() {
            open.entry(r.customer_id).or_default().push((r.id, balance));
        }
    })?;
    let mut customers: Vec<i64> = open.keys().chain(credits.keys()).copied().collect();
    customers.sort_unstable();
    customers.dedup();
    let mut named: Vec<(Party, i64)> = Vec::with_capacity(customers.len());
    for id in customers {
        named.push((party(tx, id, from)?, id));
    }
    named.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    let mut carried = Carried::default();
    for (party, id) in named {
        let invoices = open.remove(&id).unwrap_or_default();
        let credit = credits.get(&id).copied().unwrap_or(Money::zero(currency));
        if invoices.is_empty() && credit.is_zero() {
            continue;
        }
        carried
            .entries
            .push(carried_forward_entry(accounts, from, &party, &invoices, credit));
        carried.open.extend(invoices);
    }
    Ok(carried)
}

/// The name on a customer's (`?1`) latest invoice issued or payment recorded before a
/// day (`?2`): the latest of each found one step back in its (customer, date) index.
pub(crate) const LAST_NAME_SQL: &str = "SELECT name FROM (
        SELECT * FROM (SELECT issue_date AS day, id, customer_name AS name FROM invoice
            WHERE customer_id = ?1 AND number IS NOT NULL AND issue_date < ?2 AND customer_name IS NOT NULL
            ORDER BY issue_date DESC, id DESC LIMIT 1)
        UNION ALL
        SELECT * FROM (SELECT date, id, customer_name FROM payment
            WHERE customer_id = ?1 AND date < ?2 AND customer_name IS NOT NULL
            ORDER BY date DESC, id DESC LIMIT 1))
    ORDER BY day DESC, id DESC LIMIT 1";

/// The customer as the books last named it before `from`: on its last invoice issued
/// or payment recorded, else as it is named now.
fn party(tx: &Transaction, customer: i64, from: NaiveDate) -> Result<Party> {
    let day = crate::store::date_sql(from);
    // asked once per customer: each statement prepared once
    let (code, name): (String, String) = tx
        .prepare_cached("SELECT code, name FROM customer WHERE id = ?1")?
        .query_row([customer], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let named: Option<String> = tx
        .prepare_cached(LAST_NAME_SQL)?
        .query_row(rusqlite::params![customer, day], |r| r.get(0))
        .optional()?;
    Ok(Party {
        code,
        name: named.unwrap_or(name),
    })
}

#[cfg(test)]
mod tests {
    use crate::store::plans::{ledger, plan_of};

    #[test]
    fn a_customers_last_name_is_one_step_back_in_each_index() {
        let (_dir, mut db) = ledger();
        let plan = plan_of(&mut db, super::LAST_NAME_SQL);
        for step in [
            "SEARCH invoice USING INDEX invoice_customer (customer_id=? AND issue_date<?)",
            "SEARCH payment USING INDEX payment_customer (customer_id=? AND date<?)",
        ] {
            assert!(plan.lines().any(|l| l == step), "expected {step}, got:\n{plan}");
        }
        // only the two rows found are sorted, not every invoice of the customer
        assert_eq!(plan.matches("TEMP B-TREE").count(), 1, "{plan}");
        assert!(
            !plan.contains("SCAN invoice") && !plan.contains("SCAN payment"),
            "{plan}"
        );
    }
}
