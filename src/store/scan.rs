//! One pass over the whole ledger for reports: payments, allocations and credit notes
//! are read into flat arrays, then invoices are streamed in id order with their facts.
//! Four sequential table reads, no per-customer queries: fast on millions of rows.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rusqlite::types::ValueRef;

use super::Result;
use crate::domain::receivable::Receivable;

/// A payment as reports see it.
#[derive(Debug, Clone, Copy)]
pub struct ScanPayment {
    pub id: i64,
    pub customer_id: i64,
    pub date: NaiveDate,
    pub cents: i64,
}

/// Everything but the invoices themselves, which are streamed.
pub struct Scan {
    pub payments: Vec<ScanPayment>,
    /// (invoice id, date, cents, customer id): allocations and their releases, sorted
    /// by invoice then date.
    allocations: Vec<(i64, NaiveDate, i64, i64)>,
    /// (invoice id, credit-note date, cents), sorted by invoice then date.
    credits: Vec<(i64, NaiveDate, i64)>,
}

/// Reads `YYYY-MM-DD` without the generic parser: this runs millions of times.
pub fn fast_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| {
        s.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32)
        })
    };
    NaiveDate::from_ymd_opt(num(&b[0..4])? as i32, num(&b[5..7])?, num(&b[8..10])?)
}

fn date_at(v: ValueRef) -> rusqlite::Result<Option<NaiveDate>> {
    match v {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(std::str::from_utf8(t).ok().and_then(fast_date)),
        _ => Ok(None),
    }
}

fn required_date(v: ValueRef) -> rusqlite::Result<NaiveDate> {
    date_at(v)?
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, "date".into(), rusqlite::types::Type::Text))
}

impl Scan {
    /// Reads payments, allocations and credit notes.
    pub fn load(tx: &Transaction) -> Result<Scan> {
        let mut payments = Vec::new();
        let mut stmt = tx.prepare("SELECT id, customer_id, date, amount_cents FROM payment ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            payments.push(ScanPayment {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                date: required_date(r.get_ref(2)?)?,
                cents: r.get(3)?,
            });
        }
        let mut allocations = Vec::new();
        let mut stmt = tx.prepare("SELECT invoice_id, payment_id, date, amount_cents FROM allocation")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let payment_id: i64 = r.get(1)?;
            if let Ok(i) = payments.binary_search_by_key(&payment_id, |p| p.id) {
                allocations.push((
                    r.get(0)?,
                    required_date(r.get_ref(2)?)?,
                    r.get(3)?,
                    payments[i].customer_id,
                ));
            }
        }
        allocations.sort_unstable_by_key(|a| (a.0, a.1));
        let mut credits = Vec::new();
        let mut stmt = tx.prepare(
            "SELECT credited_invoice_id, issue_date, total_cents FROM invoice
             WHERE kind = 'credit_note' AND number IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            credits.push((r.get(0)?, required_date(r.get_ref(1)?)?, r.get(2)?));
        }
        credits.sort_unstable_by_key(|c| (c.0, c.1));
        Ok(Scan {
            payments,
            allocations,
            credits,
        })
    }

    /// Calls `visit` for every issued invoice (not credit notes), in id order, with its
    /// payments and credits. Invoices issued after `issued_by` are left out.
    pub fn for_each_invoice(
        &self,
        tx: &Transaction,
        issued_by: NaiveDate,
        mut visit: impl FnMut(&Receivable, &str),
    ) -> Result<()> {
        let mut stmt = tx.prepare(
            "SELECT id, customer_id, issue_date, due_date, total_cents, written_off_on, write_off_cents, number
             FROM invoice WHERE kind = 'invoice' AND number IS NOT NULL ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let (mut a, mut c) = (0usize, 0usize);
        let mut pays: Vec<(NaiveDate, i64)> = Vec::new();
        let mut creds: Vec<(NaiveDate, i64)> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let issue = required_date(r.get_ref(2)?)?;
            while a < self.allocations.len() && self.allocations[a].0 < id {
                a += 1;
            }
            while c < self.credits.len() && self.credits[c].0 < id {
                c += 1;
            }
            if issue > issued_by {
                continue;
            }
            pays.clear();
            while a < self.allocations.len() && self.allocations[a].0 == id {
                pays.push((self.allocations[a].1, self.allocations[a].2));
                a += 1;
            }
            creds.clear();
            while c < self.credits.len() && self.credits[c].0 == id {
                creds.push((self.credits[c].1, self.credits[c].2));
                c += 1;
            }
            let write_off = match (date_at(r.get_ref(5)?)?, r.get::<_, Option<i64>>(6)?) {
                (Some(d), Some(cents)) => Some((d, cents)),
                _ => None,
            };
            let number = match r.get_ref(7)? {
                ValueRef::Text(t) => std::str::from_utf8(t).unwrap_or(""),
                _ => "",
            };
            let rec = Receivable {
                id,
                customer_id: r.get(1)?,
                issue,
                due: date_at(r.get_ref(3)?)?.unwrap_or(issue),
                total: r.get(4)?,
                payments: &pays,
                credits: &creds,
                write_off,
            };
            visit(&rec, number);
        }
        Ok(())
    }

    /// Money received by `as_of` and not allocated to invoices on that day, per customer.
    pub fn unallocated_by_customer(&self, as_of: NaiveDate) -> std::collections::HashMap<i64, i64> {
        let mut out = std::collections::HashMap::new();
        for p in self.payments.iter().filter(|p| p.date <= as_of) {
            *out.entry(p.customer_id).or_insert(0) += p.cents;
        }
        for a in self.allocations.iter().filter(|a| a.1 <= as_of) {
            *out.entry(a.3).or_insert(0) -= a.2;
        }
        out.retain(|_, c| *c != 0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::fast_date;
    use chrono::NaiveDate;

    #[test]
    fn fast_date_reads_iso_dates_only() {
        assert_eq!(fast_date("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(fast_date("2026-02-30"), None);
        assert_eq!(fast_date("26-02-28"), None);
        assert_eq!(fast_date("2026/02/28"), None);
        assert_eq!(fast_date("2026-0a-28"), None);
    }
}
