//! What a scan of [`Part::Recent`] leaves to the settlement record: those invoices as
//! receivables from their row alone, and the credit notes of a period for them.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{Part, Scan, required_date};
use crate::domain::money::Money;
use crate::domain::receivable::{PaymentDays, Receivable};
use crate::error::Result;
use crate::store::settlement::{self, Recorded};

impl Scan {
    /// On a day the record answers for, a scan of [`Part::Recent`] that reads the history
    /// of no open invoice but those at a rate: the day number from which it reads the
    /// others', for a pass that sums the settled invoices it leaves to the record in SQL
    /// ([`settlement::settled_split`], [`settlement::each_settled_habit`]) and is handed
    /// the rest ([`Scan::each_unsettled_invoice`]).
    pub fn settled_left_since(&self) -> Option<i64> {
        match self.part {
            Part::Recent { since, open: false } => Some(since),
            _ => None,
        }
    }

    /// [`Scan::each_invoice`] without the settled invoices left to the record: those whose
    /// history is read and the open ones (see [`Scan::settled_left_since`]; with any other
    /// scan, every invoice).
    pub fn each_unsettled_invoice(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        visit: impl FnMut(&Receivable, &str),
    ) -> Result<()> {
        self.each_invoice_in(tx, as_of, super::Left::Open, visit)?;
        Ok(())
    }

    /// [`Scan::each_invoice`] of the invoices whose history the scan reads alone, none of
    /// those it leaves to the record: for a pass that sums those in SQL (`report dmp` and
    /// `report kpis` of a day the record answers for, through [`crate::store::period`]).
    pub fn each_read_invoice(
        &self,
        tx: &Transaction,
        as_of: NaiveDate,
        visit: impl FnMut(&Receivable, &str),
    ) -> Result<()> {
        self.each_invoice_in(tx, as_of, super::Left::Nothing, visit)?;
        Ok(())
    }

    /// The invoices whose history the scan did not read (none but for [`Part::Recent`]),
    /// each from the record alone as [`Scan::each_invoice`] hands them over: for a pass
    /// that streams the history itself (`report dashboard`). One pass over the record.
    pub fn each_recorded(&self, tx: &Transaction, mut visit: impl FnMut(&Receivable)) -> Result<()> {
        let part = self.part;
        if !matches!(part, Part::Recent { .. }) {
            return Ok(());
        }
        settlement::for_each(tx, |row| {
            if !part.reads_history(row) {
                as_receivable(row, &mut visit);
            }
            Ok(())
        })
    }

    /// Of the invoices a scan of [`Part::Recent`] reading the open ones too leaves to the
    /// record (all settled), those a score weighs, due after `until`, as
    /// [`Scan::each_recorded`] hands them over; none with any other scan.
    pub fn each_settled_weighed(
        &self,
        tx: &Transaction,
        until: NaiveDate,
        mut visit: impl FnMut(&Receivable),
    ) -> Result<()> {
        let Part::Recent { since, open: true } = self.part else {
            return Ok(());
        };
        settlement::for_each_weighed(tx, (until, since), true, |row| {
            as_receivable(row, &mut visit);
            Ok(())
        })
    }

    /// (customer id, day) of the credit notes issued after `after` and by `until` for the
    /// invoices whose history the scan did not read (none but for [`Part::Recent`]): what
    /// the record sums without their days. Through the index of issue dates.
    pub fn recorded_credit_notes(
        &self,
        tx: &Transaction,
        after: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(i64, NaiveDate)>> {
        let Some(sql) = recorded_credits_of_sql(self.part, self.customer.is_some()) else {
            return Ok(Vec::new());
        };
        let mut stmt = tx.prepare(&sql)?;
        let mut args: Vec<rusqlite::types::Value> = vec![
            crate::store::date_sql(after).into(),
            crate::store::date_sql(until).into(),
        ];
        args.extend(self.customer.map(rusqlite::types::Value::from));
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push((r.get(0)?, required_date(r.get_ref(1)?)?));
        }
        Ok(out)
    }
}

/// [`recorded_credits_sql`], or one customer's (bound third): through its index of
/// invoices, not the ledger's credit notes of the period.
pub(crate) fn recorded_credits_of_sql(part: Part, one_customer: bool) -> Option<String> {
    let sql = recorded_credits_sql(part)?;
    Some(if one_customer {
        format!("{sql} AND c.customer_id = ?3")
    } else {
        sql
    })
}

/// [`Scan::recorded_credit_notes`]: the credited invoices `part` leaves to the record
/// ([`Part::reads_history`] false), None when it reads every history.
pub(crate) fn recorded_credits_sql(part: Part) -> Option<String> {
    let Part::Recent { since, open } = part else {
        return None;
    };
    Some(format!(
        "SELECT s.customer_id, c.issue_date FROM invoice c JOIN settlement s ON s.invoice_id = c.credited_invoice_id
         WHERE c.kind = 'credit_note' AND c.number IS NOT NULL AND c.issue_date > ?1 AND c.issue_date <= ?2
         AND s.converted = 0 AND s.last_day < {since}{}",
        if open { " AND s.settled_day IS NOT NULL" } else { "" }
    ))
}

/// An invoice of the record (not read at a rate) as a receivable: its payments, credit
/// notes and write-off each summed on its last day. On that day and after, every
/// balance and sum reads as the history's, and so does the day it was first paid in full
/// (what makes it paid late): when it was, its payments are its total on that day (the
/// record's `paid_up_day`) and the rest on its last day.
pub(super) fn as_receivable(row: &Recorded, visit: impl FnOnce(&Receivable)) {
    let last = settlement::day_of(row.last_day);
    let mut pays = [(last, 0), (last, 0)];
    let paid = match row.paid_up_day {
        Some(day) => {
            pays[0] = (settlement::day_of(day), row.total_cents);
            pays[1] = (last, row.paid_cents - row.total_cents);
            &pays[..if pays[1].1 != 0 { 2 } else { 1 }]
        }
        None if row.paid_cents != 0 => {
            pays[0].1 = row.paid_cents;
            &pays[..1]
        }
        None => &pays[..0],
    };
    let creds = [(last, row.credited_cents)];
    let rec = Receivable {
        id: row.invoice_id,
        customer_id: row.customer_id,
        issue: settlement::day_of(row.issue_day),
        due: settlement::day_of(row.due_day),
        total: Money::from_minor(row.total_cents, row.currency),
        payments: paid,
        credits: if row.credited_cents != 0 { &creds } else { &[] },
        write_off: (row.written_off_cents != 0)
            .then(|| (last, Money::from_minor(row.written_off_cents, row.currency))),
        // what the days of its payments gave, summed by the record
        summed: Some(PaymentDays {
            paid: row.paid_cents,
            days: row.paid_days_cents as i128,
            late_days: row.late_days_cents as i128,
        }),
    };
    visit(&rec);
}
