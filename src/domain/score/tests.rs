//! The score's factors by hand, and its two promises as properties.

use super::*;
use proptest::prelude::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const AS_OF: &str = "2026-11-24";

/// An invoice of `total` cents due `due_ago` days before AS_OF, with its payments
/// as (days after due, cents).
struct Fact {
    due_ago: i64,
    total: i64,
    payments: Vec<(NaiveDate, i64)>,
}

fn fact(due_ago: i64, total: i64, paid_after_due: &[(i64, i64)]) -> Fact {
    let due = day(AS_OF) - chrono::Duration::days(due_ago);
    Fact {
        due_ago,
        total,
        payments: paid_after_due
            .iter()
            .map(|&(d, c)| (due + chrono::Duration::days(d), c))
            .collect(),
    }
}

fn history(facts: &[Fact]) -> History {
    let as_of = day(AS_OF);
    let mut h = History::new(as_of, Money::eur(0));
    for (i, f) in facts.iter().enumerate() {
        let due = as_of - chrono::Duration::days(f.due_ago);
        h.add_invoice(&Receivable {
            id: i as i64,
            customer_id: 1,
            issue: due - chrono::Duration::days(30),
            due,
            total: Money::eur(f.total),
            payments: &f.payments,
            credits: &[],
            write_off: None,
            summed: None,
        });
    }
    h
}

fn points(facts: &[Fact]) -> u8 {
    score(&history(facts), &ScorePolicy::default()).points
}

#[test]
fn a_customer_who_always_pays_on_time_scores_100_and_a() {
    let facts = [
        fact(100, 1000, &[(0, 1000)]),
        fact(50, 500, &[(-3, 500)]),
        fact(10, 200, &[(0, 200)]),
    ];
    let s = score(&history(&facts), &ScorePolicy::default());
    assert_eq!((s.points, s.grade), (100, Grade::A));
    assert!(s.factors.iter().all(|f| f.lost.is_zero()), "{s:?}");
}

#[test]
fn each_factor_costs_its_weight_times_its_severity() {
    // 1000 paid 30 days late, 1000 paid on time: 15 days per unit paid (lateness
    // 15/60 of 30 = 7.5), 1 of 2 late (10 of 20); nothing overdue, no year before.
    let facts = [
        fact(200, 1000, &[(30, 1000)]),
        fact(100, 1000, &[(0, 1000)]),
        fact(40, 100, &[(0, 100)]),
    ];
    let s = score(&history(&facts), &ScorePolicy::default());
    let lost: Vec<Decimal> = s.factors.iter().map(|f| f.lost).collect();
    assert_eq!(
        s.factors[0].measure,
        Measure::Lateness(LateDays::Days(Decimal::new(143, 1)))
    );
    assert_eq!(s.factors[1].measure, Measure::LateShare { late: 1, due: 3 });
    assert_eq!(lost[2..], [Decimal::ZERO; 5]);
    // 3 000 000 ÷ 210 000 = 14.3 days → 30 × (14.3 / 60 = 0.23833…) = 7.1;
    // 20 × 1/3 = 6.7; 100 − 13.8 = 86
    assert_eq!(lost[0], Decimal::new(71, 1));
    assert_eq!(lost[1], Decimal::new(67, 1));
    assert_eq!(s.points, 86);
}

#[test]
fn a_customer_who_never_pays_scores_low_and_one_with_little_history_is_new() {
    let never = [fact(200, 1000, &[]), fact(150, 1000, &[]), fact(100, 1000, &[])];
    let s = score(&history(&never), &ScorePolicy::default());
    assert_eq!(s.factors[0].measure, Measure::Lateness(LateDays::NothingPaid));
    assert_eq!(
        s.factors[2].measure,
        Measure::Overdue {
            amount: Money::eur(3000),
            oldest_days: 200
        }
    );
    assert_eq!(
        (s.points, s.grade),
        (30, Grade::D),
        "lateness, share and overdue lost: 70 of 100"
    );
    let young = score(&history(&never[..2]), &ScorePolicy::default());
    assert_eq!(young.grade, Grade::New);
}

#[test]
fn disputes_credit_notes_and_notices_of_the_year_count() {
    let mut h = history(&[]);
    h.add_dispute(day("2026-10-01"));
    h.add_dispute(day("2025-01-01")); // more than a year ago
    h.add_notice(day("2026-11-01"));
    let s = score(&h, &ScorePolicy::default());
    assert_eq!(s.factors[3].measure, Measure::Disputes(1));
    assert_eq!(s.factors[5].measure, Measure::Notices(1));
    // 5 / 3 + 10 / 2 = 6.67 lost
    assert_eq!(s.points, 93);
}

#[test]
fn paying_later_than_the_year_before_costs_the_trend() {
    let before = [fact(500, 1000, &[(0, 1000)]), fact(100, 1000, &[(30, 1000)])];
    let s = score(&history(&before), &ScorePolicy::default());
    assert_eq!(
        s.factors[6].measure,
        Measure::Trend {
            current: LateDays::Days(Decimal::from(30)),
            previous: LateDays::Days(Decimal::ZERO)
        }
    );
    assert_eq!(s.factors[6].lost, Decimal::from(10));
}

#[test]
fn weights_are_relative_and_checked() {
    let facts = [fact(200, 1000, &[(60, 1000)])];
    let only_lateness = ScorePolicy {
        lateness: Decimal::ONE,
        late_share: Decimal::ZERO,
        overdue: Decimal::ZERO,
        disputes: Decimal::ZERO,
        credit_notes: Decimal::ZERO,
        notices: Decimal::ZERO,
        trend: Decimal::ZERO,
        ..ScorePolicy::default()
    };
    assert_eq!(score(&history(&facts), &only_lateness).points, 0);
    assert!(only_lateness.check().is_ok());
    let none = ScorePolicy {
        lateness: Decimal::ZERO,
        ..only_lateness
    };
    assert!(none.check().is_err());
    let floor = ScorePolicy {
        floor: Some(Decimal::from(101)),
        ..ScorePolicy::default()
    };
    assert!(floor.check().is_err());
}

/// Invoices due in the last twelve months: (days before AS_OF, cents, paid days
/// after due or None when unpaid).
fn year_of_invoices() -> impl Strategy<Value = Vec<(i64, i64, Option<i64>)>> {
    proptest::collection::vec(
        (0i64..365, 1i64..1_000_000, proptest::option::of(-30i64..400)),
        0..8,
    )
}

fn facts_of(items: &[(i64, i64, Option<i64>)]) -> Vec<Fact> {
    items
        .iter()
        .map(|&(ago, cents, paid)| match paid {
            Some(after) => fact(ago, cents, &[(after, cents)]),
            None => fact(ago, cents, &[]),
        })
        .collect()
}

proptest! {
    #[test]
    fn paying_earlier_never_lowers_the_score(
        items in year_of_invoices(),
        older in proptest::collection::vec((365i64..730, 1i64..1_000_000, proptest::option::of(-30i64..400)), 0..4),
        pick in any::<prop::sample::Index>(),
        sooner in 1i64..400,
    ) {
        prop_assume!(!items.is_empty());
        let mut all = items.clone();
        all.extend(older);
        let before = facts_of(&all);
        // one invoice of the year, paid `sooner` days earlier (or paid at all, when it was not)
        let i = pick.index(items.len());
        let (ago, cents, paid) = all[i];
        let earlier = match paid {
            Some(after) => Some(after - sooner),
            None => Some(ago - sooner),
        };
        let mut changed = all.clone();
        changed[i] = (ago, cents, earlier);
        prop_assert!(points(&facts_of(&changed)) >= points(&before));
    }

    #[test]
    fn a_new_overdue_invoice_never_raises_the_score(
        items in year_of_invoices(),
        older in proptest::collection::vec((365i64..730, 1i64..1_000_000, proptest::option::of(-30i64..400)), 0..4),
        ago in 1i64..365,
        cents in 1i64..1_000_000,
    ) {
        let mut all = items;
        all.extend(older);
        let before = points(&facts_of(&all));
        all.push((ago, cents, None));
        prop_assert!(points(&facts_of(&all)) <= before);
    }
}
