//! `invoice list` and `export invoices`: the invoices a query selects, in the recorded
//! order or sorted, held or handed over one at a time.

use chrono::NaiveDate;

use super::super::Ledger;
use super::{InvoiceQuery, store};
use crate::domain::invoice::Invoice;
use crate::error::Result;

impl Ledger {
    /// Invoices (or credit notes) as the query selects them on `as_of`.
    pub fn invoices(&mut self, query: &InvoiceQuery, as_of: NaiveDate) -> Result<Vec<Invoice>> {
        let mut found = Vec::new();
        self.each_invoice(query, as_of, |r| found.push(r))?;
        crate::domain::invoice_list::sort_invoices(&mut found, query.sort, query.descending, as_of);
        if let Some(limit) = query.limit {
            found.truncate(limit);
        }
        Ok(found)
    }

    /// Hands `visit` the invoices the query selects on `as_of` as they are read, in the
    /// recorded order (issue date), one at a time; its sort and limit are the caller's.
    pub fn each_invoice(
        &mut self,
        query: &InvoiceQuery,
        as_of: NaiveDate,
        mut visit: impl FnMut(Invoice),
    ) -> Result<()> {
        self.each_invoice_in_passes(query, as_of, 1, |_, r| visit(r))
    }

    /// [`Ledger::each_invoice`] `passes` times over one snapshot, each invoice handed
    /// with its pass (from 0): a table sized on its rows, then written, without holding
    /// them.
    pub fn each_invoice_in_passes(
        &mut self,
        query: &InvoiceQuery,
        as_of: NaiveDate,
        passes: usize,
        mut visit: impl FnMut(usize, Invoice),
    ) -> Result<()> {
        let filtering = query.status.is_some() || query.overdue;
        self.read(|tx| {
            let customer_id = query
                .customer
                .as_deref()
                .map(|c| crate::store::customer::by_code(tx, c))
                .transpose()?
                .map(|c| c.id);
            let filter = store::Filter {
                customer_id,
                include_invoices: !query.credit_notes,
                include_credit_notes: query.credit_notes,
                from: query.from,
                to: query.to,
            };
            for pass in 0..passes {
                store::for_each(tx, &filter, |r| {
                    if !r.known_on(as_of) {
                        return Ok(());
                    }
                    let v = r.view(as_of);
                    let dropped = query.status.is_some_and(|s| s != r.status_word(as_of))
                        || (query.overdue && v.days_late == 0)
                        || (r.is_credit_note && filtering)
                        || !query.search.as_ref().is_none_or(|s| s.matches(&r, as_of));
                    if !dropped {
                        visit(pass, r);
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })
    }
}
