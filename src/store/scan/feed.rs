//! How a scan hands each invoice its allocations: from the array a scan of one customer
//! holds, or from the allocation table read alongside the invoices in invoice order.

use chrono::NaiveDate;

use super::{Part, required_date};
use crate::error::Result;

/// Every allocation and release in invoice order, those of one invoice in the order they
/// were made: the index of their invoice read whole, no sort (a whole-ledger scan streams
/// them beside the invoices).
pub(crate) const ALLOCATIONS_BY_INVOICE: &str =
    "SELECT invoice_id, date, amount_cents FROM allocation ORDER BY invoice_id, id";

/// The allocations of the invoices whose history `part` reads, in invoice order and
/// made order within one, as a scan of the ledger (not of one customer) streams them:
/// the invoice index walked whole, or searched for each invoice of the part in
/// increasing id (no sort either way).
pub(crate) fn streamed_allocations_sql(part: Part) -> String {
    match part.ids_sql() {
        None => ALLOCATIONS_BY_INVOICE.to_string(),
        Some(ids) => format!(
            "SELECT invoice_id, date, amount_cents FROM allocation WHERE invoice_id IN ({ids}) ORDER BY invoice_id, id"
        ),
    }
}

/// The allocations `Scan::stream` hands over with each invoice: from the scan's array,
/// or from the table read alongside the invoices.
pub(super) enum Feed<'a, 's> {
    Held {
        rows: &'a [(i64, NaiveDate, i64)],
        at: usize,
    },
    Streamed {
        rows: rusqlite::Rows<'s>,
        /// The row read past the last invoice handed over.
        pending: Option<(i64, NaiveDate, i64)>,
    },
}

impl Feed<'_, '_> {
    /// Puts invoice `id`'s allocations into `out` by date (those of one day in the order
    /// made), skipping those of invoices before it: ids come in increasing order.
    pub(super) fn take(&mut self, id: i64, out: &mut Vec<(NaiveDate, i64)>) -> Result<()> {
        match self {
            Feed::Held { rows, at } => {
                while *at < rows.len() && rows[*at].0 < id {
                    *at += 1;
                }
                while *at < rows.len() && rows[*at].0 == id {
                    out.push((rows[*at].1, rows[*at].2));
                    *at += 1;
                }
            }
            Feed::Streamed { rows, pending } => {
                loop {
                    let (invoice, date, cents) = match pending.take() {
                        Some(row) => row,
                        None => match rows.next()? {
                            Some(r) => (r.get(0)?, required_date(r.get_ref(1)?)?, r.get(2)?),
                            None => break,
                        },
                    };
                    if invoice > id {
                        *pending = Some((invoice, date, cents));
                        break;
                    }
                    if invoice == id {
                        out.push((date, cents));
                    }
                }
                // stable: in the order they were made within a day
                out.sort_by_key(|p| p.0);
            }
        }
        Ok(())
    }
}
