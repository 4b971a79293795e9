//! What each settlement of an invoice in another currency takes off the customer account,
//! in the accounting currency: the invoice's events up to the end of the export, in the
//! order they happened, converted by `ExchangeRate::settlement_steps` so that an invoice
//! settled in full leaves exactly nothing on 411.

use std::collections::HashMap;

use rusqlite::Transaction;

use crate::domain::exchange::ExchangeRate;
use crate::domain::money::{Currency, Money};
use crate::error::Result;
use crate::store::parse_stored_decimal;

/// One settlement of an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Settlement {
    /// A credit note, by its id.
    CreditNote(i64),
    /// What one payment (by its id) allocated to the invoice.
    Payment(i64),
    WriteOff,
}

/// The invoices in another currency, their rates and what each settlement was booked at.
#[derive(Default)]
pub(crate) struct Foreign {
    rates: HashMap<i64, ExchangeRate>,
    booked: HashMap<(i64, Settlement), Money>,
    /// By payment: what it allocated to invoices in another currency (in that currency)
    /// and what those parts took off the customer account.
    by_payment: HashMap<i64, (Money, Money)>,
}

impl Foreign {
    /// The rate fixed at issue on this invoice, if it is in another currency.
    pub(crate) fn rate(&self, invoice: i64) -> Option<&ExchangeRate> {
        self.rates.get(&invoice)
    }

    /// What a settlement of a foreign invoice takes off its customer account.
    pub(super) fn booked(&self, invoice: i64, settlement: Settlement) -> Option<Money> {
        self.booked.get(&(invoice, settlement)).copied()
    }

    /// What a credit note of an invoice in another currency took off the customer account.
    pub(crate) fn credit_note(&self, invoice: i64, credit_note: i64) -> Option<Money> {
        self.booked(invoice, Settlement::CreditNote(credit_note))
    }

    /// What the write-off of an invoice in another currency took off the customer account.
    pub(crate) fn write_off(&self, invoice: i64) -> Option<Money> {
        self.booked(invoice, Settlement::WriteOff)
    }

    /// What a payment of `amount` in another currency at `rate` took off the customer
    /// account: the parts it allocated at what the invoices booked them at, the rest at
    /// its own rate (as the FEC's customer line of the payment).
    pub(crate) fn payment(&self, payment: i64, amount: Money, rate: &ExchangeRate) -> Money {
        let (allocated, booked) = self
            .by_payment
            .get(&payment)
            .copied()
            .unwrap_or((Money::zero(amount.currency()), Money::zero(rate.accounting)));
        booked + rate.to_accounting(amount - allocated)
    }
}

/// The invoices in another currency issued by `?1` (of the customer `?2` when `one`).
fn invoices_sql(one: bool) -> String {
    let scope = if one { " AND customer_id = ?2" } else { "" };
    format!(
        "SELECT id, currency, exchange_rate, total_cents, (SELECT currency FROM company)
         FROM invoice WHERE kind = 'invoice' AND number IS NOT NULL AND exchange_rate IS NOT NULL
         AND issue_date <= ?1{scope}"
    )
}

/// (invoice, date, order on one day, settlement key id, minor units), up to `?1` (of the
/// customer `?2` when `one`).
fn events_sql(one: bool) -> String {
    let (scope, scope_i) = if one {
        (" AND customer_id = ?2", " AND i.customer_id = ?2")
    } else {
        ("", "")
    };
    format!(
        "SELECT credited_invoice_id, issue_date, 0, id, total_cents FROM invoice
         WHERE kind = 'credit_note' AND number IS NOT NULL AND exchange_rate IS NOT NULL AND issue_date <= ?1{scope}
         UNION ALL
         SELECT a.invoice_id, p.date, 1, a.payment_id, SUM(a.amount_cents)
         FROM allocation a JOIN payment p ON p.id = a.payment_id JOIN invoice i ON i.id = a.invoice_id
         WHERE i.exchange_rate IS NOT NULL AND a.date <= ?1 AND p.date <= ?1{scope_i}
         GROUP BY a.payment_id, a.invoice_id
         UNION ALL
         SELECT id, written_off_on, 2, id, write_off_cents FROM invoice
         WHERE kind = 'invoice' AND exchange_rate IS NOT NULL AND written_off_on <= ?1{scope}
         ORDER BY 1, 2, 3, 4"
    )
}

/// Reads the invoices in another currency issued by `to` and their settlements by then.
pub(crate) fn load(tx: &Transaction, to: &str) -> Result<Foreign> {
    load_of(tx, to, None)
}

/// [`load`] for one customer's invoices alone (through the customer's index).
pub(crate) fn load_of(tx: &Transaction, to: &str, customer: Option<i64>) -> Result<Foreign> {
    let mut foreign = Foreign::default();
    let mut totals: HashMap<i64, Money> = HashMap::new();
    let params = |to: &str| -> Vec<rusqlite::types::Value> {
        let mut p = vec![rusqlite::types::Value::Text(to.to_string())];
        p.extend(customer.map(rusqlite::types::Value::Integer));
        p
    };
    let mut stmt = tx.prepare(&invoices_sql(customer.is_some()))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params(to)))?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let currency: Currency = r.get(1)?;
        let per_unit = parse_stored_decimal(r.get_ref(2)?.as_str()?)?;
        foreign
            .rates
            .insert(id, ExchangeRate::new(currency, r.get(4)?, per_unit)?);
        totals.insert(id, Money::from_minor(r.get(3)?, currency));
    }
    if totals.is_empty() {
        return Ok(foreign);
    }
    let mut events: HashMap<i64, Vec<(Settlement, Money)>> = HashMap::new();
    let mut stmt = tx.prepare(&events_sql(customer.is_some()))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params(to)))?;
    while let Some(r) = rows.next()? {
        let invoice: i64 = r.get(0)?;
        let Some(total) = totals.get(&invoice) else {
            continue;
        };
        let key: i64 = r.get(3)?;
        let settlement = match r.get::<_, i64>(2)? {
            0 => Settlement::CreditNote(key),
            1 => Settlement::Payment(key),
            _ => Settlement::WriteOff,
        };
        events
            .entry(invoice)
            .or_default()
            .push((settlement, Money::from_minor(r.get(4)?, total.currency())));
    }
    for (invoice, list) in events {
        let rate = foreign.rates[&invoice];
        let pieces: Vec<Money> = list.iter().map(|e| e.1).collect();
        for ((settlement, part), step) in list.iter().zip(rate.settlement_steps(totals[&invoice], &pieces)) {
            foreign.booked.insert((invoice, *settlement), step);
            if let Settlement::Payment(id) = settlement {
                let sums = foreign
                    .by_payment
                    .entry(*id)
                    .or_insert((Money::zero(part.currency()), Money::zero(step.currency())));
                sums.0 += *part;
                sums.1 += step;
            }
        }
    }
    Ok(foreign)
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_customers_foreign_invoices_are_read_through_its_index() {
        // `customer show` of a customer with dollars: its invoices, never the whole table
        let (_dir, mut db) = crate::store::plans::ledger();
        for sql in [super::invoices_sql(true), super::events_sql(true)] {
            let plan = crate::store::plans::plan_of(&mut db, &sql);
            assert!(plan.contains("invoice_customer"), "{plan}");
            // a walk of the one-row company table is no scan of the ledger
            let scans = plan
                .lines()
                .map(|l| l.trim_start_matches(|c: char| !c.is_alphabetic()))
                .filter(|l| l.starts_with("SCAN") && *l != "SCAN company");
            assert_eq!(scans.count(), 0, "{plan}");
        }
    }
}
