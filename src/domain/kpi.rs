//! Payment-delay indicators: délai moyen de paiement, DSO, average lateness, and the
//! shares reports print. Pure arithmetic on amounts and days, rounded half away from zero
//! to one decimal, here and nowhere else.

use rust_decimal::{Decimal, RoundingStrategy};

use super::money::Money;

fn one_decimal(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// Amount-weighted average of days: Σ(minor units × days) ÷ Σ amount, one decimal; None
/// when nothing was paid. DMP is this over days from issue to payment, lateness over
/// days past the due date.
pub fn weighted_average_days(minor_days: i128, amount: Money) -> Option<Decimal> {
    amount
        .is_positive()
        .then(|| one_decimal(Decimal::from_i128_with_scale(minor_days, 0) / Decimal::from(amount.minor())))
}

/// Days sales outstanding: receivables ÷ revenue (VAT included) × days of the period,
/// one decimal; None without revenue.
pub fn dso(receivables: Money, revenue: Money, days: i64) -> Option<Decimal> {
    revenue
        .is_positive()
        .then(|| one_decimal(receivables.to_decimal() * Decimal::from(days) / revenue.to_decimal()))
}

/// `part` as a percentage of `whole`, one decimal (6.25 → 6.3); None when `whole` is zero.
pub fn percent(part: Decimal, whole: Decimal) -> Option<Decimal> {
    (!whole.is_zero()).then(|| one_decimal(part * Decimal::ONE_HUNDRED / whole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dmp_weights_days_by_amounts() {
        // 1000.00 paid after 10 days and 3000.00 after 30 days: 25 days
        let w = 100_000i128 * 10 + 300_000 * 30;
        assert_eq!(
            weighted_average_days(w, Money::eur(400_000)),
            Some(Decimal::new(250, 1))
        );
        assert_eq!(weighted_average_days(0, Money::eur(0)), None);
        // 1/3 of a day rounds to 0.3, 0.25 half away from zero to 0.3
        assert_eq!(weighted_average_days(1, Money::eur(3)), Some(Decimal::new(3, 1)));
        assert_eq!(weighted_average_days(1, Money::eur(4)), Some(Decimal::new(3, 1)));
    }

    #[test]
    fn dso_is_receivables_over_revenue_times_days() {
        assert_eq!(
            dso(Money::eur(50_000), Money::eur(365_000), 365),
            Some(Decimal::new(500, 1))
        );
        assert_eq!(dso(Money::eur(50_000), Money::eur(0), 365), None);
    }

    #[test]
    fn percentages_round_half_away_from_zero() {
        assert_eq!(
            percent(Decimal::from(1), Decimal::from(16)),
            Some(Decimal::new(63, 1))
        );
        assert_eq!(
            percent(Decimal::from(-1), Decimal::from(16)),
            Some(Decimal::new(-63, 1))
        );
        assert_eq!(
            percent(Decimal::from(1), Decimal::from(3)),
            Some(Decimal::new(333, 1))
        );
        assert_eq!(percent(Decimal::from(1), Decimal::ZERO), None);
    }

    proptest! {
        #[test]
        fn the_average_lies_between_the_shortest_and_longest_delay(
            items in proptest::collection::vec((1i64..10_000_000, 0i64..400), 1..20)
        ) {
            let cents: i64 = items.iter().map(|i| i.0).sum();
            let weighted: i128 = items.iter().map(|(c, d)| *c as i128 * *d as i128).sum();
            let avg = weighted_average_days(weighted, Money::eur(cents)).unwrap();
            let min = items.iter().map(|i| i.1).min().unwrap();
            let max = items.iter().map(|i| i.1).max().unwrap();
            prop_assert!(avg >= Decimal::from(min) - Decimal::new(5, 2) && avg <= Decimal::from(max) + Decimal::new(5, 2));
        }
    }
}
