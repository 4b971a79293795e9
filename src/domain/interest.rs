//! Late-payment penalties (C. com. L441-10): simple interest, day by day, on the balance
//! still owed including VAT, from the day after the due date; and the 40 € recovery
//! indemnity owed by business customers (D441-5).

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;

use super::DomainError;
use super::customer::CustomerKind;
use super::money::{Currency, Money};

/// Points added to the ECB rate for the legal default penalty rate.
pub const LEGAL_MARGIN_POINTS: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// The fixed recovery indemnity per late invoice, business customers only.
pub const RECOVERY_INDEMNITY: Money = Money::eur(4000);

/// The ECB rate table shipped with creances.
const BUILTIN_RATES: &str = include_str!("../../data/ecb_rates.csv");

/// ECB main refinancing rates per half-year, in percent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateTable {
    /// Half-year start and the rate in force on that day, sorted by date.
    rows: Vec<(NaiveDate, Decimal)>,
}

impl RateTable {
    /// The table shipped in data/ecb_rates.csv.
    pub fn builtin() -> RateTable {
        RateTable::parse(BUILTIN_RATES).expect("the shipped ECB rate table is valid")
    }

    /// Reads `half_year_start,rate` lines; `#` comments and a header line are allowed.
    pub fn parse(text: &str) -> Result<RateTable, DomainError> {
        let mut rows = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("half_year_start") {
                continue;
            }
            let bad = || {
                DomainError::Invalid(crate::t!(
                    "domain-ecb-line-invalid",
                    line_number = (n + 1).to_string(),
                    line = line
                ))
            };
            let (day, rate) = line.split_once(',').ok_or_else(bad)?;
            let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| bad())?;
            if day != half_year_start(day) {
                return Err(bad());
            }
            let rate: Decimal = rate.trim().parse().map_err(|_| bad())?;
            if rate < Decimal::from(-5) || rate > Decimal::from(50) {
                return Err(bad());
            }
            rows.push((day, rate));
        }
        if rows.is_empty() {
            return Err(DomainError::Invalid(crate::t!("domain-ecb-empty")));
        }
        rows.sort_by_key(|r| r.0);
        rows.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                earlier.1 = later.1;
                true
            } else {
                false
            }
        });
        Ok(RateTable { rows })
    }

    /// This table with `newer`'s rows added, replacing rows of the same half-year.
    pub fn updated_with(&self, newer: &RateTable) -> RateTable {
        let mut rows: Vec<(NaiveDate, Decimal)> = self
            .rows
            .iter()
            .filter(|(d, _)| !newer.rows.iter().any(|(n, _)| n == d))
            .copied()
            .collect();
        rows.extend(newer.rows.iter().copied());
        rows.sort_by_key(|r| r.0);
        RateTable { rows }
    }

    /// The ECB rate that counts on `day`: the one in force at the start of its half-year
    /// (the latest known if the table stops earlier, the first if it starts later).
    pub fn ecb_rate(&self, day: NaiveDate) -> Decimal {
        let start = half_year_start(day);
        self.rows
            .iter()
            .rev()
            .find(|(d, _)| *d <= start)
            .or(self.rows.first())
            .map(|r| r.1)
            .unwrap_or_default()
    }

    /// The legal default penalty rate on `day`: ECB rate + 10 points.
    pub fn legal_rate(&self, day: NaiveDate) -> Decimal {
        self.ecb_rate(day) + LEGAL_MARGIN_POINTS
    }
}

/// 1 January or 1 July of the half-year holding `day`.
pub fn half_year_start(day: NaiveDate) -> NaiveDate {
    let month = if day.month() >= 7 { 7 } else { 1 };
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

fn next_half_year(day: NaiveDate) -> NaiveDate {
    let start = half_year_start(day);
    if start.month() == 1 {
        NaiveDate::from_ymd_opt(start.year(), 7, 1)
    } else {
        NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
    }
    .unwrap_or(NaiveDate::MAX)
}

/// Penalties owed on `as_of`: for each day from the day after `due` to `as_of`, the
/// balance owed that day (the total less `reductions` dated on or before it) times the
/// yearly rate / 365. `rate` is the invoice's agreed rate in percent; None means the
/// legal default from `table`, taken per half-year. Rounded to cents once, at the end.
pub fn late_interest(
    total: Money,
    reductions: &[(NaiveDate, Money)],
    due: NaiveDate,
    as_of: NaiveDate,
    rate: Option<Decimal>,
    table: &RateTable,
) -> Money {
    let currency = total.currency();
    let Some(mut day) = due.checked_add_days(Days::new(1)) else {
        return Money::zero(currency);
    };
    let mut changes: Vec<NaiveDate> = reductions.iter().map(|r| r.0).filter(|d| *d > day).collect();
    changes.sort();
    // Σ minor units owed × yearly rate in percent × days, exact; divided and rounded once
    let mut owed_rate_days = Decimal::ZERO;
    while day <= as_of {
        let owed = (total
            - Money::sum(
                reductions.iter().filter(|(d, _)| *d <= day).map(|r| r.1),
                currency,
            ))
        .max(Money::zero(currency))
        .minor();
        if owed == 0 {
            break;
        }
        let yearly = rate.unwrap_or_else(|| table.legal_rate(day));
        let next_change = changes
            .iter()
            .find(|d| **d > day)
            .copied()
            .unwrap_or(NaiveDate::MAX);
        // an agreed rate holds whatever the half-year
        let rate_change = if rate.is_some() {
            NaiveDate::MAX
        } else {
            next_half_year(day)
        };
        let end = next_change
            .min(rate_change)
            .min(as_of.succ_opt().unwrap_or(NaiveDate::MAX));
        let days = (end - day).num_days();
        owed_rate_days += Decimal::from(i128::from(owed) * i128::from(days)) * yearly;
        day = end;
    }
    let minor = (owed_rate_days / Decimal::from(36_500))
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    Money::from_minor(i64::try_from(minor).unwrap_or(i64::MAX), currency)
}

/// The 40 € recovery indemnity: owed once per late invoice, by business customers only.
pub fn recovery_indemnity(kind: CustomerKind, days_late: i64) -> Money {
    if kind == CustomerKind::Business && days_late > 0 {
        RECOVERY_INDEMNITY
    } else {
        Money::zero(Currency::EUR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::domain::money::round_cents;

    /// The interest of `late_interest` on euro amounts written as decimals.
    fn late_interest(
        total: Decimal,
        reductions: &[(NaiveDate, Decimal)],
        due: NaiveDate,
        as_of: NaiveDate,
        rate: Option<Decimal>,
        table: &RateTable,
    ) -> Decimal {
        let eur = |v: Decimal| Money::from_decimal(v, Currency::EUR);
        let reductions: Vec<(NaiveDate, Money)> = reductions.iter().map(|(d, a)| (*d, eur(*a))).collect();
        super::late_interest(eur(total), &reductions, due, as_of, rate, table).to_decimal()
    }
    use std::str::FromStr;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn flat(rate: &str) -> RateTable {
        RateTable::parse(&format!("2000-01-01,{rate}")).unwrap()
    }

    #[test]
    fn the_shipped_table_reads_and_gives_the_half_year_rate() {
        let t = RateTable::builtin();
        assert_eq!(t.ecb_rate(day("2023-03-10")), d("2.50"));
        assert_eq!(t.ecb_rate(day("2023-07-01")), d("4.00"));
        assert_eq!(t.ecb_rate(day("2023-12-31")), d("4.00"));
        assert_eq!(t.legal_rate(day("2024-02-01")), d("14.50"));
        // later than the table: the latest known rate
        assert_eq!(t.ecb_rate(day("2040-01-01")), t.ecb_rate(day("2026-01-01")));
        // earlier than the table: the first rate
        assert_eq!(t.ecb_rate(day("1999-01-01")), d("0.05"));
    }

    #[test]
    fn a_user_table_replaces_and_extends_the_shipped_one() {
        let user = RateTable::parse("half_year_start,rate\n2026-07-01,1.90\n2024-01-01,9\n").unwrap();
        let t = RateTable::builtin().updated_with(&user);
        assert_eq!(t.ecb_rate(day("2026-08-01")), d("1.90"));
        assert_eq!(t.ecb_rate(day("2024-03-01")), d("9"));
        assert_eq!(t.ecb_rate(day("2025-03-01")), d("3.15"));
    }

    #[test]
    fn bad_rate_tables_are_refused_with_the_line() {
        for bad in [
            "2026-03-01,2",
            "2026-01-01;2",
            "2026-01-01,abc",
            "",
            "# only a comment",
        ] {
            assert!(RateTable::parse(bad).is_err(), "{bad}");
        }
        let err = RateTable::parse("2026-01-01,2\nnonsense")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn no_interest_on_or_before_the_due_date() {
        let t = flat("0");
        for as_of in ["2026-01-01", "2026-01-31"] {
            assert_eq!(
                late_interest(d("1000"), &[], day("2026-01-31"), day(as_of), None, &t),
                Decimal::ZERO
            );
        }
    }

    #[test]
    fn one_year_late_at_the_legal_rate_costs_the_rate() {
        // ECB 0 + 10 points, 365 days on 1000 € = 100 €
        let t = flat("0");
        let i = late_interest(d("1000"), &[], day("2027-01-01"), day("2028-01-01"), None, &t);
        assert_eq!(i, d("100.00"));
    }

    #[test]
    fn thirty_days_at_an_agreed_rate() {
        // 1200 × 12 % × 30 / 365 = 11.835... → 11.84
        let i = late_interest(
            d("1200"),
            &[],
            day("2026-03-01"),
            day("2026-03-31"),
            Some(d("12")),
            &flat("0"),
        );
        assert_eq!(i, d("11.84"));
    }

    #[test]
    fn a_partial_payment_lowers_the_interest_from_its_day() {
        // 10 days on 1000 then 10 days on 400, at 36.5 %: 10 + 4 = 14
        let i = late_interest(
            d("1000"),
            &[(day("2026-01-11"), d("600"))],
            day("2025-12-31"),
            day("2026-01-20"),
            Some(d("36.5")),
            &flat("0"),
        );
        assert_eq!(i, d("14.00"));
    }

    #[test]
    fn payment_in_full_stops_the_interest() {
        let paid = [(day("2026-02-10"), d("1000"))];
        let a = late_interest(
            d("1000"),
            &paid,
            day("2026-02-01"),
            day("2026-02-20"),
            Some(d("36.5")),
            &flat("0"),
        );
        let b = late_interest(
            d("1000"),
            &paid,
            day("2026-02-01"),
            day("2026-09-20"),
            Some(d("36.5")),
            &flat("0"),
        );
        assert_eq!(a, d("8.00"));
        assert_eq!(a, b);
    }

    #[test]
    fn the_legal_rate_changes_with_the_half_year() {
        // H1 at 0 + 10, H2 at 26.5 + 10: 1 day in each on 3650 €
        let t = RateTable::parse("2026-01-01,0\n2026-07-01,26.5").unwrap();
        let i = late_interest(d("3650"), &[], day("2026-06-29"), day("2026-07-01"), None, &t);
        // 3650 × 10 % / 365 + 3650 × 36.5 % / 365 = 1 + 3.65
        assert_eq!(i, d("4.65"));
    }

    #[test]
    fn the_indemnity_is_for_late_business_customers_only() {
        assert_eq!(recovery_indemnity(CustomerKind::Business, 1), Money::eur(4000));
        assert!(recovery_indemnity(CustomerKind::Business, 0).is_zero());
        assert!(recovery_indemnity(CustomerKind::Individual, 90).is_zero());
    }

    /// The rule as written, day by day: each day's balance times that day's rate, the
    /// sum divided by 36 500 and rounded to the cent once.
    fn day_by_day(
        total: i64,
        reductions: &[(NaiveDate, i64)],
        due: NaiveDate,
        as_of: NaiveDate,
        rate: Option<Decimal>,
        table: &RateTable,
    ) -> i64 {
        let mut sum = Decimal::ZERO;
        let mut day = due + chrono::Duration::days(1);
        while day <= as_of {
            let paid: i64 = reductions.iter().filter(|(d, _)| *d <= day).map(|r| r.1).sum();
            let owed = (total - paid).max(0);
            sum += Decimal::from(owed) * rate.unwrap_or_else(|| table.legal_rate(day));
            day += chrono::Duration::days(1);
        }
        let cents = (sum / Decimal::from(36_500))
            .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        i64::try_from(cents).unwrap()
    }

    proptest! {
        #[test]
        fn the_interest_is_the_rule_applied_day_by_day(
            cents in 1i64..100_000_000,
            late in -20i64..1200,
            rate in proptest::option::of(0u32..3000),
            paid in proptest::collection::vec((0i64..1300, 1i64..50_000_000), 0..4),
            due in 0i64..4000,
        ) {
            let t = RateTable::builtin();
            let due = day("2014-01-03") + chrono::Duration::days(due);
            let rate = rate.map(|r| Decimal::new(i64::from(r), 2));
            let reductions: Vec<_> = paid.iter().map(|(o, c)| (due + chrono::Duration::days(*o - 30), *c)).collect();
            let as_of = due + chrono::Duration::days(late);
            let money: Vec<_> = reductions.iter().map(|(d, c)| (*d, Money::eur(*c))).collect();
            let computed = super::late_interest(Money::eur(cents), &money, due, as_of, rate, &t);
            prop_assert_eq!(computed.minor(), day_by_day(cents, &reductions, due, as_of, rate, &t));
        }

        #[test]
        fn interest_grows_with_days_and_is_zero_before_due(
            cents in 1i64..100_000_000,
            late in -60i64..800,
            more in 0i64..400,
            rate in proptest::option::of(0u32..3000),
            paid in proptest::collection::vec((0i64..900, 1i64..50_000_000), 0..4),
        ) {
            let t = RateTable::builtin();
            let due = day("2024-05-20");
            let total = Decimal::new(cents, 2);
            let rate = rate.map(|r| Decimal::new(i64::from(r), 2));
            let reductions: Vec<_> = paid.iter().map(|(o, c)| (due + chrono::Duration::days(*o - 30), Decimal::new(*c, 2))).collect();
            let as_of = due + chrono::Duration::days(late);
            let i = late_interest(total, &reductions, due, as_of, rate, &t);
            prop_assert!(i >= Decimal::ZERO);
            if late <= 0 { prop_assert_eq!(i, Decimal::ZERO); }
            let later = late_interest(total, &reductions, due, as_of + chrono::Duration::days(more), rate, &t);
            prop_assert!(later >= i);
            // never more than the whole total at the highest rate over the period
            let cap = total * (rate.unwrap_or(Decimal::from(25))) * Decimal::from(late.max(0)) / Decimal::from(36_500);
            prop_assert!(i <= round_cents(cap) + Decimal::new(1, 2));
        }
    }
}
