//! One pass over the ledger for reports and the dunning run: the invoices are streamed
//! in id order with their facts. A scan of the whole ledger reads the allocations
//! alongside them in invoice order (their index, no sort) and holds only the credit
//! notes; a scan of part of it (one customer, the open or recent invoices) reads that
//! part's few rows into flat arrays first. Payments are summed per customer. Sequential
//! reads, no per-customer queries: fast and bounded in memory on millions of rows.

use chrono::NaiveDate;
use rusqlite::Transaction;
use rusqlite::types::ValueRef;

use crate::domain::exchange::settlements_in_accounting;
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::Receivable;
use crate::error::Result;

mod credits;
mod feed;
mod part;
mod recorded;
#[cfg(test)]
pub(crate) use credits::foreign_free_sql;
#[cfg(test)]
pub(crate) use feed::ALLOCATIONS_BY_INVOICE;
use feed::Feed;
pub(crate) use feed::streamed_allocations_sql;
pub use part::Part;
#[cfg(test)]
pub(crate) use recorded::{recorded_credits_of_sql, recorded_credits_sql};

/// Money received and not allocated to invoices, per customer id.
pub type Credits = std::collections::HashMap<i64, Money>;

/// Credit notes (and the allocations of a part of the ledger), read once; invoices are
/// streamed against them.
pub struct Scan {
    /// (invoice id, date, cents): allocations and their releases, sorted by invoice then
    /// date, for a scan of one customer; None for a scan of the ledger (or of its open or
    /// recent part), which streams them from the table beside the invoices instead of
    /// holding them (12 million rows at 10 M invoices).
    allocations: Option<Vec<(i64, NaiveDate, i64)>>,
    /// (invoice id, credit-note date, cents), sorted by invoice then date.
    credits: Vec<(i64, NaiveDate, i64)>,
    /// One customer's ledger only, read through the customer indexes.
    customer: Option<i64>,
    /// Whose history is read: all, or part through the settlement record (a day it answers for).
    part: Part,
    /// The company's currency: the currency of payments.
    currency: Currency,
}

/// Reads `YYYY-MM-DD` without the generic parser: this runs millions of times.
pub fn fast_date(text: &str) -> Option<NaiveDate> {
    fast_date_bytes(text.as_bytes())
}

/// `fast_date` on the bytes of a stored text, before any UTF-8 check.
pub fn fast_date_bytes(b: &[u8]) -> Option<NaiveDate> {
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

/// A stored date: the fast path for `YYYY-MM-DD`, the usual parser (and its error) otherwise.
pub(crate) fn stored_date(v: ValueRef) -> rusqlite::Result<Option<NaiveDate>> {
    match v {
        ValueRef::Null => Ok(None),
        // a day number of the settlement record
        ValueRef::Integer(n) => super::settlement::day_of_checked(n)
            .map(Some)
            .ok_or_else(|| rusqlite::Error::IntegralValueOutOfRange(0, n)),
        ValueRef::Text(t) => match fast_date_bytes(t) {
            Some(d) => Ok(Some(d)),
            None => {
                let text = std::str::from_utf8(t).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
                })?;
                super::parse_stored_date(text).map(Some)
            }
        },
        other => Err(rusqlite::Error::InvalidColumnType(
            0,
            "date".into(),
            other.data_type(),
        )),
    }
}

pub(crate) fn required_date(v: ValueRef) -> rusqlite::Result<NaiveDate> {
    stored_date(v)?
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, "date".into(), rusqlite::types::Type::Null))
}

/// A stored text borrowed from the row, None for NULL.
pub(crate) fn text_at<'a>(v: ValueRef<'a>) -> rusqlite::Result<Option<&'a str>> {
    match v {
        ValueRef::Null => Ok(None),
        other => other.as_str().map(Some).map_err(rusqlite::Error::from),
    }
}

/// The allocations of one customer's invoices, found through its invoices: what a scan of
/// one customer holds (a scan of the ledger or of a part streams them: `feed`).
pub(crate) const CUSTOMER_ALLOCATIONS: &str = "SELECT a.invoice_id, a.date, a.amount_cents FROM invoice i
     JOIN allocation a ON a.invoice_id = i.id WHERE i.customer_id = ?1 ORDER BY a.id";

/// [`CUSTOMER_ALLOCATIONS`], of the invoices whose history `part` reads.
pub(crate) fn customer_allocations_sql(part: Part) -> String {
    CUSTOMER_ALLOCATIONS.replace(
        " ORDER BY",
        &format!("{} ORDER BY", recorded_row_sql(part, "i.id")),
    )
}

/// One customer's invoices whose history `part` reads, as a condition on their id
/// column: each one's row of the record by key, not a list of the ledger's converted or
/// recent invoices.
fn recorded_row_sql(part: Part, id: &str) -> String {
    part.row_sql()
        .map(|row| format!(" AND EXISTS (SELECT 1 FROM settlement s WHERE s.invoice_id = {id} AND {row})"))
        .unwrap_or_default()
}

/// The issued credit notes a scan reads (through the partial index of credited invoices).
#[cfg(test)]
pub(crate) fn credits_sql(one_customer: bool) -> String {
    credits_scoped_sql(one_customer, false)
}

/// [`credits_sql`], or those of the open invoices.
#[cfg(test)]
pub(crate) fn credits_scoped_sql(one_customer: bool, open: bool) -> String {
    credits_in_sql(one_customer, open.then_some(Part::Open))
}

fn credits_in_sql(one_customer: bool, part: Option<Part>) -> String {
    let scope = scope_sql(one_customer, part, "credited_invoice_id");
    format!(
        "SELECT credited_invoice_id, issue_date, total_cents FROM invoice
         WHERE credited_invoice_id IS NOT NULL AND kind = 'credit_note' AND number IS NOT NULL{scope}
         ORDER BY issue_date, seq"
    )
}

/// The issued invoices a scan streams, in id order (the table's own order: no sort).
#[cfg(test)]
pub(crate) fn stream_sql(columns: &str, one_customer: bool) -> String {
    stream_scoped_sql(columns, one_customer, false)
}

/// [`stream_sql`], or the open invoices only.
#[cfg(test)]
pub(crate) fn stream_scoped_sql(columns: &str, one_customer: bool, open: bool) -> String {
    stream_in_sql(columns, one_customer, open.then_some(Part::Open))
}

fn stream_in_sql(columns: &str, one_customer: bool, part: Option<Part>) -> String {
    if !one_customer && let Some(sql) = part.and_then(|p| part::record_rows_sql(columns, p)) {
        return sql;
    }
    format!("{} ORDER BY id", invoice_rows_sql(columns, one_customer, part))
}

/// The issued invoices of `part` from the invoice table, in no order.
fn invoice_rows_sql(columns: &str, one_customer: bool, part: Option<Part>) -> String {
    let scope = scope_sql(one_customer, part, "id");
    format!("SELECT id, {columns} FROM invoice WHERE kind = 'invoice' AND number IS NOT NULL{scope}")
}

/// The queries of a scan of the invoices whose history `part` reads (plans tests).
#[cfg(test)]
pub(crate) fn part_sql(columns: &str, part: Part) -> [String; 3] {
    [
        stream_in_sql(columns, false, Some(part)),
        streamed_allocations_sql(part),
        credits_in_sql(false, Some(part)),
    ]
}

/// The queries of a scan of one customer's invoices whose history `part` reads: its
/// invoices, allocations and credit notes (plans tests).
#[cfg(test)]
pub(crate) fn customer_part_sql(columns: &str, part: Part) -> [String; 3] {
    [
        stream_in_sql(columns, true, Some(part)),
        customer_allocations_sql(part),
        credits_in_sql(true, Some(part)),
    ]
}

fn scope_sql(one_customer: bool, part: Option<Part>, id: &str) -> String {
    match part {
        // one customer's invoices of the part: their ids from the customer's index and
        // their rows of the record, then those rows alone by key (`+`: never the
        // customer's index, which would read every one of its invoices)
        Some(part) if one_customer && part.row_sql().is_some() => format!(
            " AND +customer_id = ?1 AND {id} IN (SELECT i.id FROM invoice i WHERE i.customer_id = ?1{})",
            recorded_row_sql(part, "i.id")
        ),
        _ => {
            let mut scope = String::new();
            if one_customer {
                scope.push_str(" AND customer_id = ?1");
            }
            if let Some(ids) = part.and_then(Part::ids_sql) {
                scope.push_str(&format!(" AND {id} IN ({ids})"));
            }
            scope
        }
    }
}

/// Which of the invoices a scan of [`Part::Recent`] leaves to the record it hands over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Left {
    All,
    /// Those a score weighs: see [`Scan::each_weighed_invoice`].
    Weighed(NaiveDate),
    /// The open ones: see [`Scan::each_unsettled_invoice`].
    Open,
    /// None: see [`Scan::each_read_invoice`].
    Nothing,
}

impl Scan {
    /// Reads allocations and credit notes: two narrow tables, read in storage order.
    pub fn load(tx: &Transaction) -> Result<Scan> {
        Scan::load_scoped(tx, None)
    }

    /// The same for one customer: its rows only, found through the customer indexes, so
    /// `customer show` on a large ledger does not read the whole of it.
    pub fn load_customer(tx: &Transaction, customer_id: i64) -> Result<Scan> {
        Scan::load_scoped(tx, Some(customer_id))
    }

    /// The same for one customer on `as_of`, a day its standing is asked for: when the
    /// settlement record answers for that day, [`Part::Recent`] from `since` (its
    /// invoices read at a rate, or with an event from then on, through their history;
    /// the others from their row of the record, not their allocations); else its history.
    pub fn load_customer_on(
        tx: &Transaction,
        customer_id: i64,
        as_of: NaiveDate,
        since: NaiveDate,
    ) -> Result<Scan> {
        let part = if super::settlement::answers_for(tx, as_of)? {
            Part::Recent {
                since: super::settlement::day_number(since),
                open: false,
            }
        } else {
            Part::All
        };
        Scan::load_in(tx, Some(customer_id), part)
    }

    /// A scan of the whole ledger on `as_of`: the open invoices alone when the settlement
    /// record answers for that day (nothing is dated after it), else the whole history.
    /// Only for passes that count open balances alone (the aged balance): the invoices
    /// it leaves out owe nothing that day.
    pub fn load_open_on(tx: &Transaction, as_of: NaiveDate) -> Result<Scan> {
        let open = super::settlement::answers_for(tx, as_of)?;
        Scan::load_in(tx, None, if open { Part::Open } else { Part::All })
    }

    /// A scan of the whole ledger on `as_of` for a pass that sees every invoice: when
    /// the settlement record answers for that day, the history of the invoices of
    /// [`Part::Recent`] (with an event on or after `since`, or open when `open`), the
    /// others from the record alone; else the whole history.
    pub fn load_recent_on(tx: &Transaction, as_of: NaiveDate, since: NaiveDate, open: bool) -> Result<Scan> {
        let part = if super::settlement::answers_for(tx, as_of)? {
            Part::Recent {
                since: super::settlement::day_number(since),
                open,
            }
        } else {
            Part::All
        };
        Scan::load_in(tx, None, part)
    }

    /// Whose history the scan reads.
    pub fn part(&self) -> Part {
        self.part
    }

    /// A scan of the open invoices alone, through the settlement record: for a day it
    /// answers for (the caller checked [`super::settlement::answers_for`]).
    pub fn load_open(tx: &Transaction) -> Result<Scan> {
        Scan::load_in(tx, None, Part::Open)
    }

    /// A scan of the open invoices of the customers `dunning plan` works on at the
    /// moment (listed by [`super::plan_lines::choose`]).
    pub fn load_chunk(tx: &Transaction) -> Result<Scan> {
        Scan::load_in(tx, None, Part::Chunk)
    }

    /// Whether the scan reads the open invoices alone (the settlement record answers).
    pub fn open_only(&self) -> bool {
        self.part == Part::Open
    }

    fn load_scoped(tx: &Transaction, customer: Option<i64>) -> Result<Scan> {
        Scan::load_in(tx, customer, Part::All)
    }

    fn load_in(tx: &Transaction, customer: Option<i64>, part: Part) -> Result<Scan> {
        let only = rusqlite::params_from_iter(customer);
        let allocations = if customer.is_none() {
            None
        } else {
            let mut held = Vec::new();
            let mut stmt = tx.prepare(&customer_allocations_sql(part))?;
            let mut rows = stmt.query(only.clone())?;
            while let Some(r) = rows.next()? {
                held.push((r.get(0)?, required_date(r.get_ref(1)?)?, r.get(2)?));
            }
            // stable: allocations of one invoice and one day keep the order they were made in
            held.sort_by_key(|a| (a.0, a.1));
            Some(held)
        };
        let mut credits = Vec::new();
        let mut stmt = tx.prepare(&credits_in_sql(customer.is_some(), Some(part)))?;
        let mut rows = stmt.query(only)?;
        while let Some(r) = rows.next()? {
            credits.push((r.get(0)?, required_date(r.get_ref(1)?)?, r.get(2)?));
        }
        credits.sort_by_key(|c| (c.0, c.1));
        let currency = tx.query_row("SELECT currency FROM company", [], |r| r.get(0))?;
        Ok(Scan {
            allocations,
            credits,
            customer,
            part,
            currency,
        })
    }

    /// Streams every issued invoice (not credit notes) in id order, reading `columns`
    /// after its id (column 0), and hands `visit` the row with the invoice's payments
    /// (allocations and releases) and credit notes, each by date: the one merge of the
    /// flat arrays with the invoice table that reports and the dunning run share.
    pub fn stream(
        &self,
        tx: &Transaction,
        columns: &str,
        mut visit: impl FnMut(&rusqlite::Row, &[(NaiveDate, i64)], &[(NaiveDate, i64)]) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = tx.prepare(&stream_in_sql(columns, self.customer.is_some(), Some(self.part)))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(self.customer))?;
        let mut streamed = match self.allocations {
            Some(_) => None,
            None => Some(tx.prepare(&streamed_allocations_sql(self.part))?),
        };
        let mut feed = match streamed.as_mut() {
            Some(stmt) => Feed::Streamed {
                rows: stmt.query([])?,
                pending: None,
            },
            None => Feed::Held {
                rows: self.allocations.as_deref().unwrap_or_default(),
                at: 0,
            },
        };
        let mut c = 0usize;
        let mut pays: Vec<(NaiveDate, i64)> = Vec::new();
        let mut creds: Vec<(NaiveDate, i64)> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            pays.clear();
            feed.take(id, &mut pays)?;
            while c < self.credits.len() && self.credits[c].0 < id {
                c += 1;
            }
            creds.clear();
            while c < self.credits.len() && self.credits[c].0 == id {
                creds.push((self.credits[c].1, self.credits[c].2));
                c += 1;
            }
            visit(r, &pays, &creds)?;
        }
        Ok(())
    }

    /// Calls `visit` for every issued invoice (not credit notes), in id order, with its
    /// payments and credits. Invoices issued after `as_of` are left out. Returns what each
    /// customer had paid by `as_of` and not allocated to an invoice on that day.
    pub fn for_each_invoice(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        visit: impl FnMut(&Receivable, &str),
    ) -> Result<Credits> {
        let allocated = self.each_invoice(tx, as_of, visit)?;
        self.credits_left(tx, as_of, allocated)
    }

    /// [`Scan::for_each_invoice`] for a report that shows no customer's credit: the
    /// payments are not read. Returns what was allocated by `as_of`, by customer id.
    pub fn each_invoice(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        visit: impl FnMut(&Receivable, &str),
    ) -> Result<std::collections::HashMap<i64, i64>> {
        self.each_invoice_in(tx, as_of, Left::All, visit)
    }

    /// [`Scan::each_invoice`] for a pass over every customer's score: of the invoices
    /// left to the record, those paid up and due on or before `until` are not handed
    /// over ([`super::settlement::for_each_weighed`]); the caller counts them where it matters.
    pub fn each_weighed_invoice(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        until: NaiveDate,
        visit: impl FnMut(&Receivable, &str),
    ) -> Result<std::collections::HashMap<i64, i64>> {
        self.each_invoice_in(tx, as_of, Left::Weighed(until), visit)
    }

    fn each_invoice_in(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        left: Left,
        mut visit: impl FnMut(&Receivable, &str),
    ) -> Result<std::collections::HashMap<i64, i64>> {
        let mut allocated = std::collections::HashMap::<i64, i64>::new();
        let columns = "customer_id, issue_date, due_date, total_cents, written_off_on, write_off_cents, number, currency,
            exchange_rate";
        let accounting = self.currency;
        self.stream(tx, columns, |r, pays, creds| {
            let issue = required_date(r.get_ref(2)?)?;
            if issue > as_of {
                return Ok(());
            }
            let currency: Currency = r.get(8)?;
            let write_off = match (stored_date(r.get_ref(5)?)?, r.get::<_, Option<i64>>(6)?) {
                (Some(d), Some(minor)) => Some((d, Money::from_minor(minor, currency))),
                _ => None,
            };
            // an invoice in another currency reads in the accounting one, at its issue rate;
            // what its payments leave as credit is counted with them below
            if let Some(rate) = super::payment::stored_rate(currency, accounting, r.get(9)?)? {
                let total = Money::from_minor(r.get(4)?, currency);
                let (pays, creds, write_off) =
                    settlements_in_accounting(&rate, total, pays, creds, write_off);
                let rec = Receivable {
                    id: r.get(0)?,
                    customer_id: r.get(1)?,
                    issue,
                    due: stored_date(r.get_ref(3)?)?.unwrap_or(issue),
                    total: rate.to_accounting(total),
                    payments: &pays,
                    credits: &creds,
                    write_off,
                    summed: None,
                };
                visit(&rec, text_at(r.get_ref(7)?)?.unwrap_or_default());
                return Ok(());
            }
            let rec = Receivable {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                issue,
                due: stored_date(r.get_ref(3)?)?.unwrap_or(issue),
                total: Money::from_minor(r.get(4)?, currency),
                payments: pays,
                credits: creds,
                write_off,
                summed: None,
            };
            let paid = rec.paid_on(as_of).minor();
            if paid != 0 && self.part == Part::All {
                *allocated.entry(rec.customer_id).or_insert(0) += paid;
            }
            visit(&rec, text_at(r.get_ref(7)?)?.unwrap_or_default());
            Ok(())
        })?;
        // on a day the record answers for, every invoice is issued by then and all its
        // allocations are dated by then: what was allocated is the record's
        match self.part {
            Part::All => {}
            Part::Open | Part::Chunk => allocated = super::settlement::allocated_by_customer(tx)?,
            Part::Recent { since, open: false }
                if let Left::Weighed(until) = left
                    && self.customer.is_none() =>
            {
                // what was allocated is each customer's money; the rows weighed are read
                // through their indexes, not the whole record
                allocated = super::settlement::allocated_by_customer(tx)?;
                super::settlement::for_each_weighed(tx, (until, since), false, |row| {
                    recorded::as_receivable(row, |rec| visit(rec, ""));
                    Ok(())
                })?;
            }
            Part::Recent { since, open: false } if left == Left::Open && self.customer.is_none() => {
                allocated = super::settlement::allocated_by_customer(tx)?;
                super::settlement::for_each_open_left(tx, since, |row| {
                    recorded::as_receivable(row, |rec| visit(rec, ""));
                    Ok(())
                })?;
            }
            Part::Recent { .. } if left == Left::Nothing => {}
            Part::Recent { .. } => {
                // the invoices whose history was not read, from the record alone, in the
                // one pass over it that sums what was allocated
                let part = self.part;
                super::settlement::for_each_of_customer(tx, self.customer, |row| {
                    if !row.converted && row.paid_cents != 0 {
                        *allocated.entry(row.customer_id).or_insert(0) += row.paid_cents;
                    }
                    if !part.reads_history(row) {
                        recorded::as_receivable(row, |rec| visit(rec, ""));
                    }
                    Ok(())
                })?;
            }
        }
        Ok(allocated)
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
