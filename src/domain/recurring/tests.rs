//! The calendar's rules, example by example, then as properties.

use super::*;
use proptest::prelude::*;
use std::str::FromStr;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn monthly(start: &str, dom: Option<u32>) -> Calendar {
    Calendar::new(Frequency::Month, day(start), dom, None, None).unwrap()
}

fn starts(c: &Calendar, n: u32) -> Vec<String> {
    (0..n).map(|i| c.period(i).unwrap().start.to_string()).collect()
}

#[test]
fn a_monthly_schedule_from_the_31st_clamps_to_each_month_end_without_drifting() {
    let c = monthly("2026-01-31", None);
    assert_eq!(
        starts(&c, 5),
        [
            "2026-01-31",
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31"
        ]
    );
}

#[test]
fn february_of_a_leap_year_has_its_29th() {
    let c = monthly("2028-01-30", None);
    assert_eq!(starts(&c, 3), ["2028-01-30", "2028-02-29", "2028-03-30"]);
}

#[test]
fn a_day_of_month_already_past_in_the_start_month_begins_the_next_month() {
    assert_eq!(
        starts(&monthly("2026-01-15", Some(1)), 2),
        ["2026-02-01", "2026-03-01"]
    );
    assert_eq!(
        starts(&monthly("2026-01-15", Some(20)), 2),
        ["2026-01-20", "2026-02-20"]
    );
    assert_eq!(
        starts(&monthly("2026-01-01", Some(1)), 2),
        ["2026-01-01", "2026-02-01"]
    );
}

#[test]
fn day_31_means_the_last_day_of_every_month() {
    let c = monthly("2026-02-10", Some(31));
    assert_eq!(starts(&c, 3), ["2026-02-28", "2026-03-31", "2026-04-30"]);
}

#[test]
fn quarters_and_years_step_three_and_twelve_months() {
    let q = Calendar::new(Frequency::Quarter, day("2026-11-30"), None, None, None).unwrap();
    assert_eq!(starts(&q, 3), ["2026-11-30", "2027-02-28", "2027-05-30"]);
    let y = Calendar::new(Frequency::Year, day("2028-02-29"), None, None, None).unwrap();
    assert_eq!(
        starts(&y, 5),
        [
            "2028-02-29",
            "2029-02-28",
            "2030-02-28",
            "2031-02-28",
            "2032-02-29"
        ]
    );
}

#[test]
fn weeks_are_seven_days_apart_and_end_the_day_before_the_next() {
    let w = Calendar::new(Frequency::Week, day("2026-12-28"), None, None, None).unwrap();
    assert_eq!(starts(&w, 3), ["2026-12-28", "2027-01-04", "2027-01-11"]);
    assert_eq!(w.period(0).unwrap().end, day("2027-01-03"));
}

#[test]
fn a_month_period_ends_the_day_before_the_next_one() {
    let c = monthly("2026-01-31", None);
    assert_eq!(c.period(0).unwrap().end, day("2026-02-27"));
    assert_eq!(c.period(1).unwrap().end, day("2026-03-30"));
}

#[test]
fn a_count_and_an_end_date_stop_the_periods() {
    let c = Calendar::new(Frequency::Month, day("2026-01-01"), None, None, Some(3)).unwrap();
    assert!(c.period(2).is_some() && c.period(3).is_none());
    let e = Calendar::new(
        Frequency::Month,
        day("2026-01-01"),
        None,
        Some(day("2026-03-01")),
        None,
    )
    .unwrap();
    assert!(e.period(2).is_some() && e.period(3).is_none());
    let e = Calendar::new(
        Frequency::Month,
        day("2026-01-01"),
        None,
        Some(day("2026-02-28")),
        None,
    )
    .unwrap();
    assert!(e.period(1).is_some() && e.period(2).is_none());
}

#[test]
fn contradictions_are_refused_with_the_fix() {
    let err = |r: Result<Calendar, DomainError>| r.unwrap_err().to_string();
    assert!(
        err(Calendar::new(
            Frequency::Week,
            day("2026-01-01"),
            Some(1),
            None,
            None
        ))
        .contains("weekly")
    );
    assert!(
        err(Calendar::new(
            Frequency::Month,
            day("2026-01-01"),
            Some(32),
            None,
            None
        ))
        .contains("1 to 31")
    );
    assert!(
        err(Calendar::new(
            Frequency::Month,
            day("2026-01-01"),
            Some(0),
            None,
            None
        ))
        .contains("1 to 31")
    );
    assert!(
        err(Calendar::new(
            Frequency::Month,
            day("2026-01-01"),
            None,
            None,
            Some(0)
        ))
        .contains("--count")
    );
    assert!(
        err(Calendar::new(
            Frequency::Month,
            day("2026-03-01"),
            None,
            Some(day("2026-02-01")),
            None
        ))
        .contains("before the first period")
    );
    assert!(
        err(Calendar::new(
            Frequency::Month,
            day("2026-03-01"),
            None,
            Some(day("2026-04-01")),
            Some(2)
        ))
        .contains("not both")
    );
    // the end is compared with the first period, not the start
    assert!(
        Calendar::new(
            Frequency::Month,
            day("2026-03-15"),
            Some(1),
            Some(day("2026-03-20")),
            None
        )
        .is_err()
    );
}

#[test]
fn frequencies_read_in_either_form() {
    assert_eq!(Frequency::parse("Monthly").unwrap(), Frequency::Month);
    assert_eq!(Frequency::parse("quarter").unwrap(), Frequency::Quarter);
    assert!(Frequency::parse("fortnight").is_err());
}

#[test]
fn a_missed_stretch_is_caught_up_oldest_first_and_only_once() {
    let c = monthly("2026-01-01", None);
    let mut billed = BTreeSet::new();
    let due = due_periods(&c, &[], &billed, day("2026-04-15"));
    let got: Vec<u32> = due.iter().map(|p| p.index).collect();
    assert_eq!(got, [0, 1, 2, 3]);
    billed.extend(got);
    assert!(due_periods(&c, &[], &billed, day("2026-04-30")).is_empty());
    assert_eq!(
        due_periods(&c, &[], &billed, day("2026-05-01"))[0].start,
        day("2026-05-01")
    );
}

#[test]
fn nothing_is_due_before_the_first_period() {
    assert!(
        due_periods(
            &monthly("2026-05-01", None),
            &[],
            &BTreeSet::new(),
            day("2026-04-30")
        )
        .is_empty()
    );
}

#[test]
fn paused_periods_are_never_billed_and_billing_resumes_after() {
    let c = monthly("2026-01-01", None);
    let pause = Pause {
        from: day("2026-02-15"),
        until: Some(day("2026-04-01")),
    };
    let due = due_periods(&c, &[pause], &BTreeSet::new(), day("2026-05-01"));
    let got: Vec<String> = due.iter().map(|p| p.start.to_string()).collect();
    // March starts inside the pause; April starts on the resume day
    assert_eq!(got, ["2026-01-01", "2026-02-01", "2026-04-01", "2026-05-01"]);
    let open = Pause {
        from: day("2026-02-15"),
        until: None,
    };
    assert_eq!(
        due_periods(&c, &[open], &BTreeSet::new(), day("2027-01-01")).len(),
        2
    );
}

#[test]
fn next_period_skips_paused_ones_and_stops_at_the_end() {
    let c = Calendar::new(Frequency::Month, day("2026-01-01"), None, None, Some(3)).unwrap();
    assert_eq!(
        next_period(&c, &[], day("2026-01-10"), 100).unwrap().start,
        day("2026-02-01")
    );
    let p = Pause {
        from: day("2026-02-01"),
        until: Some(day("2026-03-01")),
    };
    assert_eq!(
        next_period(&c, &[p], day("2026-01-10"), 100).unwrap().start,
        day("2026-03-01")
    );
    assert!(next_period(&c, &[], day("2026-03-01"), 100).is_none());
}

#[test]
fn indexation_applies_from_its_date_and_compounds() {
    let i = vec![
        Indexation::parse("3.5%@2027-01-01").unwrap(),
        Indexation::parse("10 %@2028-01-01").unwrap(),
    ];
    let line = Line {
        sku: None,
        designation: "Hébergement".into(),
        quantity: Decimal::ONE,
        unit_price: Decimal::from_str("100.00").unwrap(),
        vat_rate: Decimal::from(20),
        unit: None,
        kind: crate::domain::document::LineKind::Service,
        discount: None,
    };
    let price = |d: &str| {
        indexed_lines(std::slice::from_ref(&line), &i, day(d))[0]
            .unit_price
            .to_string()
    };
    assert_eq!(price("2026-12-31"), "100.00");
    assert_eq!(price("2027-01-01"), "103.50");
    // 100 × 1.035 × 1.10 = 113.85
    assert_eq!(price("2028-01-01"), "113.85");
}

#[test]
fn indexed_prices_round_to_cents_half_away_from_zero() {
    let i = [Indexation::parse("2,5%@2027-01-01").unwrap()];
    assert_eq!(
        index_factor(&i, day("2027-01-01")),
        Decimal::from_str("1.025").unwrap()
    );
    let line = Line {
        sku: None,
        designation: "x".into(),
        quantity: Decimal::ONE,
        unit_price: Decimal::from_str("0.10").unwrap(),
        vat_rate: Decimal::ZERO,
        unit: None,
        kind: crate::domain::document::LineKind::Service,
        discount: None,
    };
    // 0.1025 → 0.10; 0.30 × 1.025 = 0.3075 → 0.31
    assert_eq!(
        indexed_lines(std::slice::from_ref(&line), &i, day("2027-02-01"))[0]
            .unit_price
            .to_string(),
        "0.10"
    );
    let dearer = Line {
        unit_price: Decimal::from_str("0.30").unwrap(),
        ..line
    };
    assert_eq!(
        indexed_lines(&[dearer], &i, day("2027-02-01"))[0]
            .unit_price
            .to_string(),
        "0.31"
    );
}

#[test]
fn bad_revisions_are_refused() {
    for bad in [
        "3.5%",
        "abc@2027-01-01",
        "-100%@2027-01-01",
        "3.5%@2027-13-01",
        "150%@2027-01-01",
    ] {
        assert!(Indexation::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(
        Indexation::parse("-2%@2028-01-01").unwrap().rate,
        Decimal::from(-2)
    );
}

#[test]
fn a_schedule_is_ended_once_its_last_period_is_billed() {
    let calendar = Calendar::new(Frequency::Month, day("2026-01-01"), None, None, Some(2)).unwrap();
    let mut s = Schedule {
        id: 1,
        customer_id: 1,
        customer_code: "ACME".into(),
        calendar,
        lines: vec![],
        line_changes: vec![],
        history: vec![],
        indexations: vec![],
        pauses: vec![],
        issue: false,
        send: false,
        billed: vec![],
    };
    assert_eq!(s.state(day("2026-03-01")), ScheduleState::Active);
    for (index, start) in [(0, "2026-01-01"), (1, "2026-02-01")] {
        s.billed.push(Billed {
            index,
            start: day(start),
            invoice_id: None,
            invoice_number: None,
        });
    }
    assert_eq!(s.state(day("2026-03-01")), ScheduleState::Ended);
    assert_eq!(s.state(day("2026-01-15")), ScheduleState::Active);
    s.pauses.push(Pause {
        from: day("2026-01-10"),
        until: None,
    });
    assert_eq!(s.state(day("2026-01-15")), ScheduleState::Paused);
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::Week),
        Just(Frequency::Month),
        Just(Frequency::Quarter),
        Just(Frequency::Year)
    ]
}

fn a_day() -> impl Strategy<Value = NaiveDate> {
    (0i64..3650).prop_map(|d| day("2024-01-01") + chrono::Duration::days(d))
}

fn calendar() -> impl Strategy<Value = Calendar> {
    (
        frequency(),
        a_day(),
        proptest::option::of(1u32..=31),
        proptest::option::of(1u32..40),
    )
        .prop_map(|(every, start, dom, count)| {
            let dom = if every == Frequency::Week { None } else { dom };
            Calendar::new(every, start, dom, None, count).unwrap()
        })
}

proptest! {
    #[test]
    fn periods_follow_each_other_with_no_gap_and_no_overlap(c in calendar()) {
        let periods: Vec<Period> = (0..40).map_while(|n| c.period(n)).collect();
        prop_assert!(periods[0].start >= c.start);
        for w in periods.windows(2) {
            prop_assert!(w[0].start <= w[0].end);
            prop_assert_eq!(w[0].end.succ_opt().unwrap(), w[1].start);
        }
        if let Some(count) = c.count {
            prop_assert_eq!(periods.len() as u32, count.min(40));
        }
    }

    #[test]
    fn month_periods_start_on_the_day_of_month_or_the_month_end(c in calendar()) {
        let Some(step) = c.every.months() else { return Ok(()) };
        let dom = c.day_of_month.unwrap_or(c.start.day());
        let periods: Vec<Period> = (0..40).map_while(|n| c.period(n)).collect();
        for p in &periods {
            prop_assert_eq!(p.start.day(), clamp_day(p.start.year(), p.start.month(), dom).unwrap());
        }
        for w in periods.windows(2) {
            let months = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
            prop_assert_eq!(months(w[1].start) - months(w[0].start), step as i32);
        }
    }

    #[test]
    fn a_run_after_a_gap_bills_what_daily_runs_would_have_billed(
        c in calendar(),
        pause_at in proptest::option::of((0i64..2000, 0i64..400)),
        gap in 0i64..400,
        later in 0i64..400,
    ) {
        let pauses: Vec<Pause> = pause_at
            .map(|(from, len)| Pause {
                from: c.start + chrono::Duration::days(from),
                until: Some(c.start + chrono::Duration::days(from + len)),
            })
            .into_iter()
            .collect();
        let first = c.start + chrono::Duration::days(gap);
        let last = first + chrono::Duration::days(later);
        // one run on `first` then one on `last`
        let mut billed = BTreeSet::new();
        billed.extend(due_periods(&c, &pauses, &billed, first).iter().map(|p| p.index));
        billed.extend(due_periods(&c, &pauses, &billed, last).iter().map(|p| p.index));
        // a run every day of the same stretch
        let mut daily = BTreeSet::new();
        let mut d = c.start;
        while d <= last {
            for p in due_periods(&c, &pauses, &daily, d) {
                prop_assert!(daily.insert(p.index), "period {} billed twice", p.index);
                prop_assert!(p.start <= d);
            }
            d = d.succ_opt().unwrap();
        }
        prop_assert_eq!(&billed, &daily);
        // nothing is left, and nothing in a pause was billed
        prop_assert!(due_periods(&c, &pauses, &billed, last).is_empty());
        for n in &billed {
            prop_assert!(!is_paused(&pauses, c.period(*n).unwrap().start));
        }
    }

    #[test]
    fn due_periods_are_in_order_and_never_in_the_future(c in calendar(), after in 0i64..2000) {
        let as_of = c.start + chrono::Duration::days(after);
        let due = due_periods(&c, &[], &BTreeSet::new(), as_of);
        for w in due.windows(2) {
            prop_assert!(w[0].start < w[1].start && w[0].index < w[1].index);
        }
        prop_assert!(due.iter().all(|p| p.start <= as_of));
        // the next period after the last due one starts after as_of
        let next = due.last().map_or(0, |p| p.index + 1);
        prop_assert!(c.period(next).is_none_or(|p| p.start > as_of));
    }

    #[test]
    fn an_upward_index_never_lowers_a_price(
        rate in 0i64..10_000,
        cents in 0i64..10_000_000,
        offset in -400i64..400,
    ) {
        let from = day("2027-01-01");
        let i = [Indexation { rate: Decimal::new(rate, 2), from }];
        let line = Line {
            sku: None,
            designation: "x".into(),
            quantity: Decimal::ONE,
            unit_price: Decimal::new(cents, 2),
            vat_rate: Decimal::from(20),
            unit: None,
            kind: crate::domain::document::LineKind::Service,
            discount: None,
        };
        let on = from + chrono::Duration::days(offset);
        let price = indexed_lines(std::slice::from_ref(&line), &i, on)[0].unit_price;
        if on < from {
            prop_assert_eq!(price, line.unit_price);
        } else {
            prop_assert!(price >= line.unit_price);
            prop_assert_eq!(price, round_cents(line.unit_price * (Decimal::ONE + Decimal::new(rate, 4))));
        }
    }
}
