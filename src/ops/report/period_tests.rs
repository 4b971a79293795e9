//! `report dmp` and `report kpis` summed through the record's indexes (`period`) against
//! the full history, on random ledgers (invoices in euros and in dollars at a rate,
//! partial payments, releases, credit notes, write-offs, money allocated to nothing) and
//! random periods: starting before the first invoice or after the last event, so that
//! payments fall before, inside and after them.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::settlement_tests::{Step, build, start, step};
use crate::store::Db;

/// The DMP (by customer or not) and the KPIs of the period, summed (`period`) and from
/// the history, as text.
fn both(db: &mut Db, from: NaiveDate, to: NaiveDate) -> (String, String) {
    db.read(|tx| {
        let summed = format!(
            "{:?}\n{:?}\n{:?}",
            super::period::dmp(tx, from, to, false)?.expect("the record answers for the day"),
            super::period::dmp(tx, from, to, true)?.expect("the record answers for the day"),
            super::period::kpis(tx, from, to)?.expect("the record answers for the day"),
        );
        let history = format!(
            "{:?}\n{:?}\n{:?}",
            super::dmp_through(tx, from, to, false, false)?,
            super::dmp_through(tx, from, to, true, false)?,
            super::kpis_through(tx, from, to, false)?,
        );
        Ok((summed, history))
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn dmp_and_kpis_summed_through_the_record_are_the_historys(
        steps in prop::collection::vec((step(), 0..25u64), 1..32),
        after in 0..90u64,
        first in 0..700u64,
        length in 0..500u64,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        build(&mut db, &steps);
        let last = start().checked_add_days(Days::new(steps.iter().map(|s| s.1).sum())).unwrap();
        let to = last.checked_add_days(Days::new(after)).unwrap();
        // a period from a random day (a year before the first invoice at the earliest),
        // and the default year up to the day
        let from = start()
            .checked_sub_days(Days::new(365))
            .unwrap()
            .checked_add_days(Days::new(first))
            .unwrap()
            .min(to);
        for from in [from, to.checked_sub_days(Days::new(length)).unwrap(), to.checked_sub_days(Days::new(364)).unwrap()] {
            let (summed, history) = both(&mut db, from, to);
            prop_assert_eq!(summed, history);
        }
        // on a day the record does not answer for (an event after it), nothing is summed
        for day in [start(), last.pred_opt().unwrap()] {
            let (answers, summed) = db
                .read(|tx| {
                    Ok((
                        crate::store::settlement::answers_for(tx, day)?,
                        super::period::kpis(tx, start().min(day), day)?.is_some(),
                    ))
                })
                .unwrap();
            prop_assert_eq!(answers, summed);
        }
    }
}

#[test]
fn an_open_invoice_written_off_in_part_and_one_paid_after_its_checkpoint_count_as_the_history_says() {
    // issued on day 0 (due day 30), paid in part on day 20, written off in part on day
    // 100, still open; a second invoice issued on day 50 paid in full on day 200, long
    // after its due day plus thirty days: its balance on that day is the history's; a
    // customer's money received on day 300
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
    let issue = |customer| Step::Issue {
        customer,
        euros: 100,
        foreign: false,
    };
    build(
        &mut db,
        &[
            (issue(0), 0),
            (
                Step::Pay {
                    invoice: 0,
                    cents: 3_001,
                },
                20,
            ),
            (issue(1), 30),
            (
                Step::WriteOff {
                    invoice: 0,
                    cents: 2_000,
                },
                50,
            ),
            (
                Step::Pay {
                    invoice: 1,
                    cents: 12_000,
                },
                100,
            ),
            (
                Step::Prepay {
                    customer: 1,
                    cents: 5_000,
                    foreign: false,
                },
                100,
            ),
        ],
    );
    let day = |n| start().checked_add_days(Days::new(n)).unwrap();
    // money received on day 300 and allocated to nothing: the record answers for day
    // 250, but what was received by then is read from the payments
    for (from, to) in [(day(0), day(250)), (day(61), day(300)), (day(90), day(200))] {
        let (summed, history) = both(&mut db, from, to);
        assert_eq!(summed, history);
    }
    let (summed, _) = both(&mut db, day(61), day(300));
    assert!(summed.contains("due_30_unpaid: 120.00 EUR"), "{summed}");
}
