//! The dashboard and the trends through the settlement record against the history, on
//! the random ledgers of the record's own property test (`ops::report::settlement_tests`).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use crate::config::Config;
use crate::domain::dunning::Rules;
use crate::ops::report::settlement_tests::{build, start, step};
use crate::store::Db;

/// The dashboard and the trends of a day, through the record where it answers
/// (`record`) or the history.
fn dashboard_text(db: &mut Db, as_of: NaiveDate, record: bool) -> String {
    let config = Config::defaults();
    let rules = Rules {
        policy: &config.policy,
        rates: &config.rates,
        as_of,
        catch_up: Default::default(),
    };
    db.read(|tx| {
        Ok(format!(
            "{:?}\n{:?}",
            super::dashboard_through(tx, &config, &rules, record)?,
            super::trends_through(tx, &config, as_of, record)?,
        ))
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_dashboard_through_the_record_is_the_historys(
        steps in prop::collection::vec((step(), 0..20u64), 1..24),
        before in 0..200u64,
        after in 0..60u64,
        later in 0..500u64,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        build(&mut db, &steps);
        // days that leave none, some or all of the invoices to the record alone (the
        // figures read the twelve months before the day), and an earlier day
        let last = start().checked_add_days(Days::new(steps.iter().map(|s| s.1).sum())).unwrap();
        for as_of in [
            last.checked_add_days(Days::new(after)).unwrap(),
            last.checked_add_days(Days::new(after + later)).unwrap(),
            last.checked_add_days(Days::new(after + 800)).unwrap(),
            start().checked_add_days(Days::new(before)).unwrap(),
        ] {
            prop_assert_eq!(dashboard_text(&mut db, as_of, true), dashboard_text(&mut db, as_of, false));
        }
    }
}

/// A customer that paid late two years ago and owes now: the forecast weighs the old
/// invoice's lateness from the record's sums as from its history.
#[test]
fn an_old_late_payment_still_moves_the_forecast() {
    use crate::ops::report::settlement_tests::Step;
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
    let steps = [
        (
            Step::Issue {
                customer: 0,
                euros: 100,
                foreign: false,
            },
            0,
        ),
        // due 30 days after issue, paid 75 days after it: 45 days late
        (
            Step::Pay {
                invoice: 0,
                cents: 12_000,
            },
            75,
        ),
        (
            Step::Issue {
                customer: 0,
                euros: 100,
                foreign: false,
            },
            700,
        ),
    ];
    build(&mut db, &steps);
    let as_of = start().checked_add_days(Days::new(775 + 20)).unwrap();
    let through_record = dashboard_text(&mut db, as_of, true);
    assert_eq!(through_record, dashboard_text(&mut db, as_of, false));
    // the open invoice, due ten days after the day, is expected 45 days after its due
    // day: past the eight weeks the forecast lists one by one
    assert!(
        through_record.contains("slot: Later, invoices: 1"),
        "{through_record}"
    );
}
