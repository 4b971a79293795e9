//! Aging: open balances put in buckets by days late (or by age since issue).

use chrono::NaiveDate;

use super::DomainError;
use super::money::{Currency, Money};

/// The upper limits of the late buckets, e.g. [30, 60, 90] for 1-30, 31-60, 61-90, over 90.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Buckets {
    pub limits: Vec<i64>,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets {
            limits: vec![30, 60, 90],
        }
    }
}

impl Buckets {
    /// Reads `30,60,90`: strictly increasing positive day counts.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let err = || DomainError::Invalid(crate::t!("domain-buckets-invalid", text = text));
        let limits: Vec<i64> = text
            .split(',')
            .map(|p| p.trim().parse::<i64>().map_err(|_| err()))
            .collect::<Result<_, _>>()?;
        if limits.is_empty() || limits.len() > 12 || limits[0] < 1 || limits.windows(2).any(|w| w[0] >= w[1])
        {
            return Err(err());
        }
        Ok(Buckets { limits })
    }

    /// How many columns: not yet due, one per limit, and over the last.
    pub fn len(&self) -> usize {
        self.limits.len() + 2
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The column of an amount `days` late (0 or less: not yet due).
    pub fn index(&self, days: i64) -> usize {
        if days <= 0 {
            return 0;
        }
        self.limits
            .iter()
            .position(|&l| days <= l)
            .map(|i| i + 1)
            .unwrap_or(self.limits.len() + 1)
    }

    /// Column names: not_due, days_1_30, days_31_60, days_61_90, days_over_90.
    pub fn names(&self) -> Vec<String> {
        let mut names = vec!["not_due".to_string()];
        let mut low = 1;
        for &l in &self.limits {
            names.push(format!("days_{low}_{l}"));
            low = l + 1;
        }
        names.push(format!("days_over_{}", self.limits.last().copied().unwrap_or(0)));
        names
    }

    /// Column titles for tables: not due, 1-30, 31-60, 61-90, > 90.
    pub fn titles(&self) -> Vec<String> {
        let mut titles = vec!["not due".to_string()];
        let mut low = 1;
        for &l in &self.limits {
            titles.push(format!("{low}-{l}"));
            low = l + 1;
        }
        titles.push(format!("> {}", self.limits.last().copied().unwrap_or(0)));
        titles
    }
}

/// What aging is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Days past the due date (the usual aged balance).
    Due,
    /// Days since the issue date.
    Issue,
}

/// Days counted for an open invoice on `as_of`.
pub fn age_days(basis: Basis, issue: NaiveDate, due: NaiveDate, as_of: NaiveDate) -> i64 {
    match basis {
        Basis::Due => (as_of - due).num_days(),
        Basis::Issue => (as_of - issue).num_days(),
    }
}

/// A row of the aged balance: an amount per column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgingRow {
    pub amounts: Vec<Money>,
    /// Payments not allocated to any invoice (subtracted from the total).
    pub credit: Money,
}

impl AgingRow {
    pub fn new(buckets: &Buckets, currency: Currency) -> Self {
        AgingRow {
            amounts: vec![Money::zero(currency); buckets.len()],
            credit: Money::zero(currency),
        }
    }

    pub fn add(&mut self, column: usize, amount: Money) {
        self.amounts[column] += amount;
    }

    pub fn total(&self) -> Money {
        Money::sum(self.amounts.iter().copied(), self.credit.currency()) - self.credit
    }

    pub fn merge(&mut self, other: &AgingRow) {
        for (a, b) in self.amounts.iter_mut().zip(&other.amounts) {
            *a += *b;
        }
        self.credit += other.credit;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_buckets() {
        let b = Buckets::default();
        assert_eq!(
            b.names(),
            ["not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90"]
        );
        assert_eq!(b.titles(), ["not due", "1-30", "31-60", "61-90", "> 90"]);
        assert_eq!(
            [-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(|d| b.index(d)),
            [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
        );
    }

    #[test]
    fn custom_buckets() {
        let b = Buckets::parse("15, 45").unwrap();
        assert_eq!(b.names(), ["not_due", "days_1_15", "days_16_45", "days_over_45"]);
        for bad in ["", "30,30", "60,30", "0,30", "a", "30,,60"] {
            assert!(Buckets::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn basis() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            age_days(Basis::Due, d("2026-01-01"), d("2026-01-31"), d("2026-02-10")),
            10
        );
        assert_eq!(
            age_days(Basis::Issue, d("2026-01-01"), d("2026-01-31"), d("2026-02-10")),
            40
        );
    }

    proptest! {
        #[test]
        fn buckets_partition_the_balances(
            limits in proptest::collection::btree_set(1i64..400, 1..6),
            items in proptest::collection::vec((-100i64..800, 0i64..10_000_000), 0..50),
        ) {
            let b = Buckets { limits: limits.into_iter().collect() };
            let mut row = AgingRow::new(&b, Currency::EUR);
            for (days, cents) in &items {
                let i = b.index(*days);
                prop_assert!(i < b.len());
                // each day count falls in exactly the bucket whose range holds it
                if i == 0 { prop_assert!(*days <= 0); }
                else if i <= b.limits.len() {
                    prop_assert!(*days <= b.limits[i - 1]);
                    if i > 1 { prop_assert!(*days > b.limits[i - 2]); }
                } else { prop_assert!(*days > *b.limits.last().unwrap()); }
                row.add(i, Money::eur(*cents));
            }
            prop_assert_eq!(row.total(), Money::eur(items.iter().map(|i| i.1).sum::<i64>()));
        }
    }
}
