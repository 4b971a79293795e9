//! The period's payments, each with what it allocated, one bank entry each.

use chrono::NaiveDate;
use rusqlite::Rows;

use crate::domain::exchange::ExchangeRate;
use crate::domain::fec::foreign::{ForeignPart, foreign_payment_entry};
use crate::domain::fec::opening::pre_migration_payment_entry;
use crate::domain::fec::{Entry, FecAccounts, Party, payment_entry};
use crate::domain::money::{Currency, Money};
use crate::error::Result;
use crate::store::scan::fast_date;

use super::foreign::{Foreign, Settlement};

/// A stored day (also read by the other cursors of [`super::entries`]).
pub(super) fn date_of(text: &str) -> rusqlite::Result<NaiveDate> {
    fast_date(text)
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, "date".into(), rusqlite::types::Type::Text))
}

/// The day an entry was recorded, from the audit log: its validation date.
pub(super) fn recorded_day(r: &rusqlite::Row, column: usize) -> Result<Option<NaiveDate>> {
    let text: Option<String> = r.get(column)?;
    Ok(text.as_deref().and_then(fast_date))
}

/// The period's payments in the order of their entries, each with what it allocated by
/// the end of the period: one row per allocation (one with none for a payment that has
/// none), read in the same pass rather than asked once per payment.
pub(super) const PAYMENTS_SQL: &str = "SELECT p.id, p.date, p.amount_cents, p.method, p.reference, c.code,
        COALESCE(p.customer_name, c.name), COALESCE(p.import_key LIKE 'invoice:%', 0),
        COALESCE((SELECT substr(al.at, 1, 10) FROM audit_log al
                  WHERE al.subject = 'payment:' || p.id AND al.event = 'payment' ORDER BY al.id LIMIT 1),
                 substr(p.created_at, 1, 10)),
        COALESCE(p.currency, (SELECT currency FROM company)), (SELECT currency FROM company), p.exchange_rate,
        a.id, a.invoice_id, i.number, a.amount_cents
    FROM payment p JOIN customer c ON c.id = p.customer_id
        LEFT JOIN allocation a ON a.payment_id = p.id AND a.date <= ?2
        LEFT JOIN invoice i ON i.id = a.invoice_id
    WHERE p.date BETWEEN ?1 AND ?2
    ORDER BY p.date, COALESCE(p.import_key LIKE 'invoice:%', 0) DESC, p.id";

/// One allocation as read: (its id, invoice, the invoice's number, amount).
type AllocationRow = (i64, i64, Option<String>, i64);

/// A payment's allocations as its entry books them: (invoice, its number, amount).
type Allocated = Vec<(i64, String, Money)>;

struct PaymentRow {
    id: i64,
    date: NaiveDate,
    amount: Money,
    reference: String,
    party: Party,
    /// Recorded by `import invoices` (its `paid` column): paid before the migration.
    pre_migration: bool,
    recorded: Option<NaiveDate>,
    /// A payment in another currency: the rate of its day.
    rate: Option<ExchangeRate>,
    currency: Currency,
}

pub(super) struct PaymentCursor<'s> {
    rows: Rows<'s>,
    /// A row read ahead: the next payment's first.
    ahead: Option<(PaymentRow, Option<AllocationRow>)>,
}

impl<'s> PaymentCursor<'s> {
    /// Over the rows of [`PAYMENTS_SQL`].
    pub fn new(rows: Rows<'s>) -> Self {
        PaymentCursor { rows, ahead: None }
    }

    fn read(&mut self) -> Result<Option<(PaymentRow, Option<AllocationRow>)>> {
        let Some(r) = self.rows.next()? else {
            return Ok(None);
        };
        let id: i64 = r.get(0)?;
        let method: String = r.get(3)?;
        let reference: Option<String> = r.get(4)?;
        let currency: Currency = r.get(9)?;
        let rate = crate::store::payment::stored_rate(currency, r.get(10)?, r.get(11)?)?;
        let allocation = match r.get::<_, Option<i64>>(12)? {
            Some(a) => Some((a, r.get(13)?, r.get(14)?, r.get(15)?)),
            None => None,
        };
        let payment = PaymentRow {
            id,
            date: date_of(r.get_ref(1)?.as_str()?)?,
            amount: Money::from_minor(r.get(2)?, currency),
            reference: reference.unwrap_or_else(|| format!("PAY-{id} {method}")),
            party: Party {
                code: r.get(5)?,
                name: r.get(6)?,
            },
            pre_migration: r.get(7)?,
            recorded: recorded_day(r, 8)?,
            rate,
            currency,
        };
        Ok(Some((payment, allocation)))
    }

    /// The next payment and its allocations: (invoice, its number, amount) in the order
    /// they were made, summed per invoice, none of zero.
    fn payment(&mut self) -> Result<Option<(PaymentRow, Allocated)>> {
        let (payment, first) = match self.ahead.take() {
            Some(row) => row,
            None => match self.read()? {
                Some(row) => row,
                None => return Ok(None),
            },
        };
        let mut read: Vec<AllocationRow> = first.into_iter().collect();
        while let Some((next, allocation)) = self.read()? {
            if next.id != payment.id {
                self.ahead = Some((next, allocation));
                break;
            }
            read.extend(allocation);
        }
        read.sort_by_key(|row| row.0);
        let mut list: Allocated = Vec::new();
        for (_, invoice, number, minor) in read {
            let amount = Money::from_minor(minor, payment.currency);
            match list.iter_mut().find(|(id, ..)| *id == invoice) {
                Some(known) => known.2 += amount,
                None => list.push((invoice, number.unwrap_or_default(), amount)),
            }
        }
        list.retain(|(.., amount)| !amount.is_zero());
        Ok(Some((payment, list)))
    }

    pub fn next(&mut self, accounts: &FecAccounts, foreign: &Foreign) -> Result<Option<Entry>> {
        let Some((first, allocations)) = self.payment()? else {
            return Ok(None);
        };
        let mut entry = if let Some(rate) = &first.rate {
            let parts: Vec<ForeignPart> = allocations
                .into_iter()
                .map(|(invoice, number, amount)| ForeignPart {
                    invoice,
                    booked: foreign
                        .booked(invoice, Settlement::Payment(first.id))
                        .unwrap_or_else(|| foreign.rate(invoice).unwrap_or(rate).to_accounting(amount)),
                    number,
                    amount,
                })
                .collect();
            foreign_payment_entry(
                accounts,
                &first.reference,
                first.date,
                &first.party,
                first.amount,
                rate,
                &parts,
            )
        } else {
            let build = if first.pre_migration {
                pre_migration_payment_entry
            } else {
                payment_entry
            };
            build(
                accounts,
                &first.reference,
                first.date,
                &first.party,
                first.amount,
                &allocations,
            )
        };
        entry.recorded_on(first.recorded);
        Ok(Some(entry))
    }
}

#[cfg(test)]
mod tests {
    use crate::store::plans::{ledger, plan_of};

    #[test]
    fn the_payments_come_with_their_allocations_through_indexes() {
        let (_dir, mut db) = ledger();
        let plan = plan_of(&mut db, super::PAYMENTS_SQL);
        for step in [
            "SEARCH p USING INDEX payment_date (date>? AND date<?)",
            "SEARCH a USING INDEX allocation_payment (payment_id=?) LEFT-JOIN",
        ] {
            assert!(
                plan.lines().any(|l| l.ends_with(step)),
                "expected {step}, got:\n{plan}"
            );
        }
        assert!(
            plan.contains("audit_log_subject (subject=? AND event=?)"),
            "{plan}"
        );
        assert!(!plan.contains("SCAN p") && !plan.contains("SCAN a"), "{plan}");
    }
}
