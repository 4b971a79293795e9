//! Every customer's standing through the settlement record (its rows due in the score's
//! two years or open, the older paid-up ones counted) against the whole history, on
//! generated ten-year ledgers.

use chrono::NaiveDate;

use crate::domain::score::ScorePolicy;
use crate::store::Db;

/// The standings of `as_of` under a minimum of `min_invoices`, through the record
/// (`record`) or the history, as text; and whether the record answered for that day.
fn standings_text(db: &mut Db, as_of: NaiveDate, min_invoices: usize, record: bool) -> (String, bool) {
    let policy = ScorePolicy {
        min_invoices,
        ..Default::default()
    };
    db.read(|tx| {
        let answers = crate::store::settlement::answers_for(tx, as_of)?;
        let held = super::held_standings_through(tx, as_of, None, &policy, record)?;
        Ok((format!("{:?}", held.into_scored()), answers))
    })
    .unwrap()
}

#[test]
fn the_record_counts_the_old_paid_up_invoices_as_the_history_reads_them() {
    let generated = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    for seed in 1..=3 {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        db.write(|tx| crate::synthetic::generate(tx, 12, 600, seed, generated))
            .unwrap();
        // the day of the ledger, days after it (the windows move past more paid-up
        // invoices) and days before it (the history both ways)
        for (as_of, answers) in [
            (generated, true),
            (day(2027, 12, 31), true),
            (day(2029, 6, 30), true),
            (day(2026, 6, 30), false),
            (day(2022, 3, 15), false),
        ] {
            // a minimum under every customer's count, and one over most (the letter
            // "new" then depends on the old invoices the record pass only counts)
            for min_invoices in [3, 60] {
                let (through_record, answered) = standings_text(&mut db, as_of, min_invoices, true);
                assert_eq!(answered, answers, "seed {seed}, {as_of}");
                let (history, _) = standings_text(&mut db, as_of, min_invoices, false);
                assert_eq!(
                    through_record, history,
                    "seed {seed}, {as_of}, minimum {min_invoices}"
                );
            }
        }
    }
}
