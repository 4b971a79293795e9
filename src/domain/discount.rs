//! Discounts (remises): off one line, or off a whole document and then shared over its
//! VAT rates, so that VAT is always computed after the discount, per rate.

use std::fmt;

use rust_decimal::Decimal;

use super::DomainError;
use super::money::{Currency, Money, parse_amount};

/// A discount: a percentage of what it applies to, or an amount in the document's
/// currency (excluding VAT, unless the document's prices include VAT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discount {
    Percent(Decimal),
    Amount(Decimal),
}

impl Discount {
    /// Reads `10%`, `5,5 %`, `-10%` or an amount `50`, `-49,90` (the minus is optional: a
    /// discount always lowers the price).
    pub fn parse(what: &str, text: &str) -> Result<Discount, DomainError> {
        let bare = text.trim();
        let bare = bare.strip_prefix('-').unwrap_or(bare).trim();
        let bad = || DomainError::Invalid(crate::t!("domain-discount-invalid", what = what, text = text));
        if bare.starts_with(['-', '+']) {
            return Err(bad());
        }
        if let Some(number) = bare.strip_suffix('%') {
            let value = parse_amount(what, number.trim()).map_err(|_| bad())?;
            if value <= Decimal::ZERO || value > Decimal::ONE_HUNDRED {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-discount-percent-range",
                    what = what,
                    text = text
                )));
            }
            return Ok(Discount::Percent(value.normalize()));
        }
        let value = parse_amount(what, bare).map_err(|_| bad())?;
        if value <= Decimal::ZERO {
            return Err(DomainError::Invalid(crate::t!(
                "domain-discount-not-positive",
                what = what,
                text = text
            )));
        }
        Ok(Discount::Amount(value.normalize()))
    }

    /// What it takes off `base` (rounded to cents for a percentage). An amount is taken
    /// as it is, even when larger than the base: `check` says whether it fits.
    pub fn of(self, base: Money) -> Money {
        match self {
            Discount::Percent(p) => base.times(p / Decimal::ONE_HUNDRED),
            Discount::Amount(a) => Money::from_decimal(a, base.currency()),
        }
    }

    /// Refuses a discount that would take more than `base` (or all of it when `whole` is
    /// not allowed), naming `what` it applies to.
    pub fn check(self, base: Money, whole_allowed: bool, what: &str) -> Result<(), DomainError> {
        if !base.is_positive() {
            return Err(DomainError::Invalid(crate::t!(
                "domain-discount-base-not-positive",
                what = what,
                base = base.to_string()
            )));
        }
        let off = self.of(base);
        if off > base || (!whole_allowed && off == base) {
            let most = if whole_allowed { "at-most" } else { "less-than" };
            return Err(DomainError::Invalid(crate::t!(
                "domain-discount-too-large",
                discount = self.to_string(),
                off = off.to_string(),
                what = what,
                base = base.to_string(),
                most = most
            )));
        }
        Ok(())
    }

    /// The stored and typed form: `10%` or `50`.
    pub fn to_text(self) -> String {
        match self {
            Discount::Percent(p) => format!("{}%", p.normalize()),
            Discount::Amount(a) => a.normalize().to_string(),
        }
    }

    /// The percentage, when it is one.
    pub fn percent(self) -> Option<Decimal> {
        match self {
            Discount::Percent(p) => Some(p),
            Discount::Amount(_) => None,
        }
    }
}

impl fmt::Display for Discount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Discount::Percent(p) => write!(f, "{} %", p.normalize()),
            Discount::Amount(a) => write!(f, "{:.2}", a),
        }
    }
}

/// Shares `total` over `weights` in proportion, to the cent: each part is the exact
/// share rounded down, and the cents left go to the largest remainders (then the first),
/// so the parts add up to `total` exactly and each is within a cent of its exact share.
/// Weights under or at zero get nothing; with no positive weight everything is 0.
pub fn allocate(total: Money, weights: &[Money]) -> Vec<Money> {
    let currency: Currency = total.currency();
    let sum: i64 = weights.iter().map(|w| w.minor().max(0)).sum();
    if sum == 0 || total.is_zero() {
        return vec![Money::zero(currency); weights.len()];
    }
    let t = i128::from(total.minor());
    let mut parts: Vec<i64> = Vec::with_capacity(weights.len());
    let mut remainders: Vec<(i128, usize)> = Vec::new();
    for (i, w) in weights.iter().enumerate() {
        let w = i128::from(w.minor().max(0));
        let exact = t * w;
        let floor = exact.div_euclid(i128::from(sum));
        parts.push(floor as i64);
        if w > 0 {
            remainders.push((exact.rem_euclid(i128::from(sum)), i));
        }
    }
    let mut left = total.minor() - parts.iter().sum::<i64>();
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in remainders.iter().cycle() {
        if left == 0 {
            break;
        }
        parts[*i] += 1;
        left -= 1;
    }
    parts
        .into_iter()
        .map(|c| Money::from_minor(c, currency))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn reads_percentages_and_amounts() {
        assert_eq!(Discount::parse("d", "-10%").unwrap(), Discount::Percent(d("10")));
        assert_eq!(
            Discount::parse("d", "5,5 %").unwrap(),
            Discount::Percent(d("5.5"))
        );
        assert_eq!(Discount::parse("d", "-50").unwrap(), Discount::Amount(d("50")));
        assert_eq!(
            Discount::parse("d", "49,90").unwrap(),
            Discount::Amount(d("49.9"))
        );
        for bad in ["0%", "101%", "-0", "abc", "--5", "10.123", "%", "+-5"] {
            assert!(Discount::parse("d", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_discount_over_its_base_is_refused() {
        let base = Money::eur(10_000);
        assert!(Discount::Amount(d("100")).check(base, true, "the line").is_ok());
        assert!(
            Discount::Amount(d("100"))
                .check(base, false, "the invoice")
                .is_err()
        );
        assert!(
            Discount::Amount(d("100.01"))
                .check(base, true, "the line")
                .is_err()
        );
        assert!(Discount::Percent(d("100")).check(base, true, "the line").is_ok());
        assert!(
            Discount::Percent(d("10"))
                .check(Money::eur(-500), true, "the line")
                .is_err()
        );
    }

    #[test]
    fn a_percentage_is_rounded_to_the_cent() {
        assert_eq!(Discount::Percent(d("10")).of(Money::eur(333)), Money::eur(33));
        assert_eq!(Discount::Percent(d("15")).of(Money::eur(1_010)), Money::eur(152));
    }

    #[test]
    fn allocation_gives_the_odd_cent_to_the_largest_remainder() {
        let parts = allocate(
            Money::eur(100),
            &[Money::eur(100), Money::eur(100), Money::eur(100)],
        );
        assert_eq!(parts, vec![Money::eur(34), Money::eur(33), Money::eur(33)]);
        let parts = allocate(Money::eur(1_000), &[Money::eur(0), Money::eur(300)]);
        assert_eq!(parts, vec![Money::eur(0), Money::eur(1_000)]);
    }

    proptest! {
        #[test]
        fn allocation_is_exact_and_pro_rata(
            total in 0i64..10_000_000,
            weights in proptest::collection::vec(-1_000i64..5_000_000, 1..6),
        ) {
            let weights: Vec<Money> = weights.into_iter().map(Money::eur).collect();
            let parts = allocate(Money::eur(total), &weights);
            let positive: i64 = weights.iter().map(|w| w.minor().max(0)).sum();
            prop_assert_eq!(parts.len(), weights.len());
            if positive == 0 {
                prop_assert!(parts.iter().all(|p| p.is_zero()));
            } else {
                prop_assert_eq!(parts.iter().map(|p| p.minor()).sum::<i64>(), total);
                for (p, w) in parts.iter().zip(&weights) {
                    let exact = Decimal::from(total) * Decimal::from(w.minor().max(0)) / Decimal::from(positive);
                    prop_assert!((Decimal::from(p.minor()) - exact).abs() < Decimal::ONE, "{} vs {}", p, exact);
                    prop_assert!(!p.is_negative());
                }
            }
        }

        #[test]
        fn a_discount_never_takes_more_than_its_base_when_checked(
            base in 1i64..10_000_000, percent in 1i64..10_000, amount in 1i64..10_000_000,
        ) {
            let base = Money::eur(base);
            for disc in [Discount::Percent(Decimal::new(percent, 2)), Discount::Amount(Decimal::new(amount, 2))] {
                if disc.check(base, true, "x").is_ok() {
                    let off = disc.of(base);
                    prop_assert!(!off.is_negative() && off <= base);
                }
            }
        }
    }
}
