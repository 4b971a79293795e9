//! `report aging --by invoice` for scripts: its lines handed over as the scan meets
//! them, never held, so memory does not grow with the number of open invoices. The
//! lines, their order and the totals are those of `Ledger::aging_report` (the same
//! tally; only where its lines go differs).

use super::Ledger;
use super::report::{AgingRequest, customer_index, ledger_currency};
use crate::domain::aging::AgingRow;
use crate::domain::report::{AgingBy, AgingLine};
use crate::domain::tally::AgingTally;
use crate::error::Result;
use crate::store::scan::Scan;

impl Ledger {
    /// Hands `visit` each line of the aged balance by invoice (`request.by` is taken as
    /// by invoice), then each customer's unallocated payments; returns the totals.
    pub fn each_aging_line(
        &mut self,
        request: &AgingRequest,
        visit: impl FnMut(&AgingLine),
    ) -> Result<AgingRow> {
        self.read(|tx| {
            // as `aging_report`: the open invoices alone on a day the record answers for
            let scan = Scan::load_open_on(tx, request.as_of)?;
            aging_lines_with(tx, scan, request, visit)
        })
    }
}

/// [`Ledger::each_aging_line`] through `scan` (the open invoices or the whole history).
fn aging_lines_with(
    tx: &rusqlite::Transaction,
    scan: Scan,
    request: &AgingRequest,
    mut visit: impl FnMut(&AgingLine),
) -> Result<AgingRow> {
    let customers = customer_index(tx)?;
    let buckets = request.buckets.clone();
    let currency = ledger_currency(tx)?;
    let mut tally = AgingTally::new(
        request.as_of,
        AgingBy::Invoice,
        buckets.clone(),
        request.basis,
        currency,
    );
    let mut totals = AgingRow::new(&buckets, currency);
    let describe = |id: i64| {
        customers
            .get(&id)
            .map(|c| (c.code.clone(), c.name.clone()))
            .unwrap_or_else(|| (format!("#{id}"), String::new()))
    };
    let mut hand_over = |id: i64, invoice: String, row: AgingRow| {
        let (customer, name) = describe(id);
        totals.merge(&row);
        visit(&AgingLine {
            customer,
            name,
            invoice: Some(invoice),
            row,
        });
    };
    let credits = scan.for_each_invoice(tx, request.as_of, |r, number| {
        tally.add(r, number);
        for (id, number, row) in tally.per_invoice.drain(..) {
            hand_over(id, number, row);
        }
    })?;
    let mut credit_rows: Vec<_> = credits.iter().collect();
    credit_rows.sort_by_key(|c| c.0);
    for (id, credit) in credit_rows {
        let mut row = AgingRow::new(&buckets, credit.currency());
        row.credit = *credit;
        hand_over(*id, "(unallocated payment)".into(), row);
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aging::{Basis, Buckets};
    use crate::store::Db;
    use chrono::NaiveDate;

    fn lines(db: &mut Db, as_of: NaiveDate, open: bool) -> String {
        let request = AgingRequest {
            as_of,
            by: AgingBy::Invoice,
            buckets: Buckets::default(),
            basis: Basis::Due,
        };
        db.read(|tx| {
            let scan = if open {
                Scan::load_open_on(tx, as_of)?
            } else {
                Scan::load(tx)?
            };
            assert_eq!(scan.open_only(), open);
            let mut text = String::new();
            let totals = aging_lines_with(tx, scan, &request, |l| text.push_str(&format!("{l:?}\n")))?;
            Ok(format!("{text}{totals:?}"))
        })
        .unwrap()
    }

    #[test]
    fn the_streamed_lines_of_today_read_through_the_record_are_the_historys() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for seed in 1..=4 {
            let dir = tempfile::tempdir().unwrap();
            let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
            db.write(|tx| crate::synthetic::generate(tx, 12, 600, seed, day))
                .unwrap();
            let through_record = lines(&mut db, day, true);
            assert!(
                through_record.contains("FACT-"),
                "no open invoice with seed {seed}"
            );
            assert_eq!(through_record, lines(&mut db, day, false), "seed {seed}");
        }
    }
}
