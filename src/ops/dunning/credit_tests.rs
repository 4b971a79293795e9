//! The credit a run looks up: a customer the record and its money say holds no credit
//! holds none, on the random ledgers of the record's own property test
//! (`ops::report::settlement_tests`: dollar payments, releases, prepayments).

use chrono::Days;
use proptest::prelude::*;

use crate::ops::report::settlement_tests::{build, start, step};
use crate::store::{Db, payment, settlement};

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_customer_left_out_of_the_credit_lookup_holds_none(
        steps in prop::collection::vec((step(), 0..20u64), 1..24),
        before in 0..200u64,
        after in 0..60u64,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        build(&mut db, &steps);
        let last = start().checked_add_days(Days::new(steps.iter().map(|s| s.1).sum())).unwrap();
        // a day after everything (the record answers) and a random earlier one (it does not)
        for as_of in [
            last.checked_add_days(Days::new(after)).unwrap(),
            start().checked_add_days(Days::new(before)).unwrap(),
        ] {
            let (may_hold, free) = db
                .read(|tx| {
                    let free: Vec<_> = [1, 2]
                        .into_iter()
                        .map(|id| payment::free_credit(tx, Some(id), as_of, Some(as_of)).map(|f| (id, f.len())))
                        .collect::<crate::error::Result<_>>()?;
                    Ok((settlement::may_hold_credit(tx, as_of)?, free))
                })
                .unwrap();
            if let Some(ids) = may_hold {
                for (id, n) in free {
                    prop_assert!(ids.contains(&id) || n == 0, "customer {} holds {} credit(s)", id, n);
                }
            }
        }
    }
}
