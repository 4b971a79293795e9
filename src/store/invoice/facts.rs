//! Each listed or found invoice's payments and credit notes: for a list, its allocations
//! read beside its rows in its own order and the credit notes held; for one invoice,
//! both through the indexes of that invoice.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Invoice;
use crate::domain::money::Money;
use crate::error::Result;
use crate::store::parse_stored_date;

/// Allocations and issued credit notes, as (invoice id, date, cents[, number]), grouped
/// by invoice: one invoice's both (`of_invoice`), or the credit notes of a list (its
/// allocations come from a `ListFeed` beside its rows).
pub(super) struct Facts {
    payments: Vec<(i64, NaiveDate, i64)>,
    credits: Vec<(i64, NaiveDate, i64, String)>,
}

impl Facts {
    /// The issued credit notes of the ledger, or of one customer.
    pub(super) fn credit_notes(tx: &Transaction, customer_id: Option<i64>) -> Result<Facts> {
        let scope = if customer_id.is_some() {
            " AND customer_id = ?1"
        } else {
            ""
        };
        let mut stmt = tx.prepare(&format!(
            "SELECT credited_invoice_id, issue_date, total_cents, number FROM invoice
             WHERE kind = 'credit_note' AND number IS NOT NULL{scope} ORDER BY issue_date, seq"
        ))?;
        let mut credits = Vec::new();
        let mut rows = stmt.query(rusqlite::params_from_iter(customer_id))?;
        while let Some(r) = rows.next()? {
            if let Some(id) = r.get::<_, Option<i64>>(0)? {
                credits.push((
                    id,
                    parse_stored_date(&r.get::<_, String>(1)?)?,
                    r.get(2)?,
                    r.get(3)?,
                ));
            }
        }
        credits.sort_by_key(|c| c.0);
        Ok(Facts {
            payments: Vec::new(),
            credits,
        })
    }

    /// One invoice's facts, in the order `load` gives them (`invoice show` and every
    /// command naming one invoice: a customer's whole history took hundreds of page reads
    /// at ten million invoices).
    pub(super) fn of_invoice(tx: &Transaction, id: i64) -> Result<Facts> {
        let [payments, credits] = FACTS_OF_INVOICE;
        let mut stmt = tx.prepare_cached(payments)?;
        let payments = stmt
            .query_map([id], |r| {
                Ok((
                    r.get(0)?,
                    crate::store::scan::required_date(r.get_ref(1)?)?,
                    r.get(2)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = tx.prepare_cached(credits)?;
        let credits = stmt
            .query_map([id], |r| {
                Ok((
                    r.get(0)?,
                    crate::store::scan::required_date(r.get_ref(1)?)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Facts { payments, credits })
    }

    pub(super) fn attach(&self, record: &mut Invoice) {
        let id = record.id;
        let first = self.payments.partition_point(|p| p.0 < id);
        for (_, date, cents) in self.payments[first..].iter().take_while(|p| p.0 == id) {
            record
                .facts
                .payments
                .push((*date, Money::from_minor(*cents, record.currency)));
        }
        self.attach_credits(record);
    }

    /// The credit notes of `record` alone (its payments come from a `ListFeed`).
    pub(super) fn attach_credits(&self, record: &mut Invoice) {
        let id = record.id;
        let first = self.credits.partition_point(|c| c.0 < id);
        for (_, date, cents, number) in self.credits[first..].iter().take_while(|c| c.0 == id) {
            record
                .facts
                .credits
                .push((*date, Money::from_minor(*cents, record.currency)));
            record.credit_notes.push(number.clone());
        }
    }
}

/// The queries of `Facts::of_invoice`: one invoice's allocations and credit notes, each
/// through the index of their invoice.
pub(crate) const FACTS_OF_INVOICE: [&str; 2] = [
    "SELECT invoice_id, date, amount_cents FROM allocation WHERE invoice_id = ?1 ORDER BY date, id",
    "SELECT credited_invoice_id, issue_date, total_cents, number FROM invoice
     WHERE credited_invoice_id = ?1 AND kind = 'credit_note' AND number IS NOT NULL ORDER BY issue_date, seq",
];

/// The allocations of a list, read in the list's own order (for the whole ledger the
/// invoices' index of issue dates, each one's allocations by key, no sort) beside its
/// rows: `filtered` is the list's WHERE on the invoices `i`. Issued ones, then drafts,
/// as `super::list_sql`.
pub(crate) fn list_payments_sql(filtered: &str) -> [String; 2] {
    let select = format!(
        "SELECT a.invoice_id, a.date, a.amount_cents FROM invoice i JOIN allocation a ON a.invoice_id = i.id{filtered}"
    );
    [
        format!("{select} AND i.issue_date IS NOT NULL ORDER BY i.issue_date, i.series, i.seq, i.id, a.id"),
        format!("{select} AND i.issue_date IS NULL ORDER BY i.series, i.seq, i.id, a.id"),
    ]
}

/// A list's allocations as they come, in the order of its rows.
pub(super) struct ListFeed<'s> {
    rows: rusqlite::Rows<'s>,
    /// The row read past the last invoice handed over.
    pending: Option<(i64, NaiveDate, i64)>,
}

impl<'s> ListFeed<'s> {
    pub(super) fn new(rows: rusqlite::Rows<'s>) -> Self {
        ListFeed { rows, pending: None }
    }

    /// Puts `record`'s allocations into its facts by date (those of one day in the order
    /// made): the next rows of the feed, when they are its.
    pub(super) fn attach(&mut self, record: &mut Invoice) -> Result<()> {
        let mut pays: Vec<(NaiveDate, i64)> = Vec::new();
        loop {
            let row = match self.pending.take() {
                Some(row) => row,
                None => match self.rows.next()? {
                    Some(r) => (
                        r.get(0)?,
                        crate::store::scan::required_date(r.get_ref(1)?)?,
                        r.get(2)?,
                    ),
                    None => break,
                },
            };
            if row.0 != record.id {
                self.pending = Some(row);
                break;
            }
            pays.push((row.1, row.2));
        }
        pays.sort_by_key(|p| p.0);
        let currency = record.currency;
        record.facts.payments.extend(
            pays.into_iter()
                .map(|(date, cents)| (date, Money::from_minor(cents, currency))),
        );
        Ok(())
    }
}
