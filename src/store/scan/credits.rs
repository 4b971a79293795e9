//! What each customer paid and did not allocate to an invoice by a day (its credit):
//! from the payments and what the scan found allocated, or from each customer's money
//! (migration 021) on a day the settlement record answers for.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rusqlite::types::ValueRef;

use super::{Credits, Part, Scan};
use crate::domain::money::{Currency, Money};
use crate::error::Result;

impl Scan {
    /// What each customer had paid by `as_of` and not allocated to an invoice, given
    /// what was `allocated` (cents, by customer id) on the invoices issued by then.
    pub fn credits_left(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        allocated: std::collections::HashMap<i64, i64>,
    ) -> Result<Credits> {
        match self.receipts_on_record(tx, as_of)? {
            Some(received) => self.credits_given(tx, as_of, received, allocated),
            None => self.credits_left_seeing(tx, as_of, allocated, |_, _| Ok(())),
        }
    }

    /// What each customer of the scan received in the accounting currency by `as_of`,
    /// summed by the triggers, when the scan goes through the record and no payment is
    /// dated after that day; None when the payments must be read.
    fn receipts_on_record(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
    ) -> Result<Option<std::collections::HashMap<i64, i64>>> {
        if self.part == Part::All {
            return Ok(None);
        }
        crate::store::settlement::received_by(tx, as_of, self.customer)
    }

    /// [`Scan::receipts_on_record`] for a scan of the whole ledger alone (a caller that
    /// sums every customer's payments after some day beside it: `report dashboard`).
    pub fn received_from_record(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
    ) -> Result<Option<std::collections::HashMap<i64, i64>>> {
        if self.customer.is_some() {
            return Ok(None);
        }
        self.receipts_on_record(tx, as_of)
    }

    /// [`Scan::credits_left`], showing `see` each payment in the accounting currency of the
    /// scan's scope (its stored date and amount, whatever the date) on the way: one read of the
    /// payments for the credit and for sums by date (`report dashboard`).
    pub fn credits_left_seeing(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        allocated: std::collections::HashMap<i64, i64>,
        mut see: impl FnMut(ValueRef, i64) -> rusqlite::Result<()>,
    ) -> Result<Credits> {
        // payments summed per customer here: an SQL GROUP BY would sort a million rows
        let as_of_text = crate::store::date_sql(as_of);
        let mut received = std::collections::HashMap::<i64, i64>::new();
        let scope = if self.customer.is_some() {
            " WHERE customer_id = ?1"
        } else {
            ""
        };
        let mut stmt = tx.prepare(&format!(
            "SELECT customer_id, date, amount_cents, currency FROM payment{scope}"
        ))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(self.customer))?;
        while let Some(r) = rows.next()? {
            if r.get_ref(3)? != ValueRef::Null {
                continue;
            }
            see(r.get_ref(1)?, r.get(2)?)?;
            if r.get_ref(1)?.as_str()? <= as_of_text.as_str() {
                *received.entry(r.get(0)?).or_insert(0) += r.get::<_, i64>(2)?;
            }
        }
        self.credits_given(tx, as_of, received, allocated)
    }

    /// The customers' credit from what each `received` in the accounting currency by
    /// `as_of` and what was `allocated`, with the money in other currencies not allocated
    /// by then (read here, through their partial index).
    pub fn credits_given(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        mut received: std::collections::HashMap<i64, i64>,
        allocated: std::collections::HashMap<i64, i64>,
    ) -> Result<Credits> {
        let accounting = self.currency;
        let as_of_text = crate::store::date_sql(as_of);
        // money in another currency not allocated by then, at the rate of its day
        let mut stmt = tx.prepare(&foreign_free_sql(self.customer.is_some()))?;
        let params: Vec<rusqlite::types::Value> = self
            .customer
            .map(rusqlite::types::Value::Integer)
            .into_iter()
            .chain([rusqlite::types::Value::Text(as_of_text.clone())])
            .collect();
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            let currency: Currency = r.get(1)?;
            let free = Money::from_minor(r.get(3)?, currency);
            if let Some(rate) = crate::store::payment::stored_rate(currency, accounting, r.get(2)?)? {
                *received.entry(r.get(0)?).or_insert(0) += rate.to_accounting(free).minor();
            }
        }
        let mut left = received;
        for (customer, minor) in allocated {
            *left.entry(customer).or_insert(0) -= minor;
        }
        Ok(left
            .into_iter()
            .filter(|(_, minor)| *minor != 0)
            .map(|(customer, minor)| (customer, Money::from_minor(minor, self.currency)))
            .collect())
    }
}

/// The payments in another currency than the accounting one, each with what was not
/// allocated of it by the day bound last, all or one customer's (bound first): through
/// their partial index `payment_foreign`, not a read of every payment.
pub(crate) fn foreign_free_sql(one_customer: bool) -> String {
    let (n, scope) = if one_customer {
        (2, " AND p.customer_id = ?1")
    } else {
        (1, "")
    };
    // `+p.date`: the payments are found by currency, never by day
    format!(
        "SELECT p.customer_id, p.currency, p.exchange_rate,
             p.amount_cents - COALESCE((SELECT SUM(a.amount_cents) FROM allocation a
                 WHERE a.payment_id = p.id AND a.date <= ?{n}), 0)
         FROM payment p WHERE p.currency IS NOT NULL AND +p.date <= ?{n}{scope}"
    )
}
