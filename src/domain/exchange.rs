//! Invoices in another currency than the accounting one: the exchange rate fixed at
//! issue, the one conversion of an amount into the accounting currency, and what a
//! settlement at another day's rate gains or loses.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::DomainError;
use super::money::{Currency, Money};

/// How many units of a foreign currency one unit of the accounting currency buys, as the
/// ECB quotes its reference rates (1 EUR = 1.0842 USD): fixed on an invoice at issue, on a
/// payment the day it is received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExchangeRate {
    pub foreign: Currency,
    pub accounting: Currency,
    /// Units of `foreign` per unit of `accounting`; always positive.
    pub per_unit: Decimal,
}

impl ExchangeRate {
    /// A rate between two different currencies, refused unless positive.
    pub fn new(
        foreign: Currency,
        accounting: Currency,
        per_unit: Decimal,
    ) -> Result<ExchangeRate, DomainError> {
        if foreign == accounting {
            return Err(DomainError::Invalid(crate::t!(
                "domain-rate-same-currency",
                currency = foreign.to_string()
            )));
        }
        if per_unit <= Decimal::ZERO {
            return Err(DomainError::Invalid(crate::t!(
                "domain-rate-not-positive",
                rate = per_unit.to_string(),
                foreign = foreign.to_string(),
                accounting = accounting.to_string()
            )));
        }
        Ok(ExchangeRate {
            foreign,
            accounting,
            per_unit: per_unit.normalize(),
        })
    }

    /// The amount in the accounting currency, rounded half away from zero: the one
    /// conversion of the ledger. Panics on an amount of another currency (a caller's bug).
    pub fn to_accounting(&self, amount: Money) -> Money {
        assert!(
            amount.currency() == self.foreign,
            "cannot convert {} at a {} rate",
            amount.currency(),
            self.foreign
        );
        Money::from_decimal(amount.to_decimal() / self.per_unit, self.accounting)
    }

    /// What settling `pieces` of an invoice of `total` (credit notes, payments, write-off,
    /// in the order they happened) takes off its accounting-currency amount, each piece in
    /// the accounting currency. Each is the converted balance before it minus the converted
    /// balance after it, so the pieces add up to exactly what converting the total and the
    /// balance left gives: an invoice settled in full leaves nothing on the customer account.
    pub fn settlement_steps(&self, total: Money, pieces: &[Money]) -> Vec<Money> {
        let mut open = total;
        let mut before = self.to_accounting(open);
        pieces
            .iter()
            .map(|piece| {
                open -= *piece;
                let after = self.to_accounting(open);
                let step = before - after;
                before = after;
                step
            })
            .collect()
    }
}

/// A foreign invoice's settlements as reports read them ((day, minor units) of payments
/// and of credit notes, and the write-off), each in the accounting currency: converted
/// by [`ExchangeRate::settlement_steps`] in the order they happened (on one day credit
/// notes, then payments, then the write-off), so the balance left is always the open
/// balance converted at the issue rate.
pub type Settlements = (
    Vec<(NaiveDate, i64)>,
    Vec<(NaiveDate, i64)>,
    Option<(NaiveDate, Money)>,
);

pub fn settlements_in_accounting(
    rate: &ExchangeRate,
    total: Money,
    payments: &[(NaiveDate, i64)],
    credits: &[(NaiveDate, i64)],
    write_off: Option<(NaiveDate, Money)>,
) -> Settlements {
    // (day, order on the day, index in its list)
    let mut events: Vec<(NaiveDate, u8, usize, Money)> = credits
        .iter()
        .enumerate()
        .map(|(i, (d, m))| (*d, 0, i, Money::from_minor(*m, rate.foreign)))
        .chain(
            payments
                .iter()
                .enumerate()
                .map(|(i, (d, m))| (*d, 1, i, Money::from_minor(*m, rate.foreign))),
        )
        .chain(write_off.map(|(d, m)| (d, 2, 0, m)))
        .collect();
    events.sort_by_key(|e| (e.0, e.1, e.2));
    let pieces: Vec<Money> = events.iter().map(|e| e.3).collect();
    let mut converted = (
        vec![(NaiveDate::MIN, 0); payments.len()],
        vec![(NaiveDate::MIN, 0); credits.len()],
        None,
    );
    for (e, step) in events.iter().zip(rate.settlement_steps(total, &pieces)) {
        match e.1 {
            0 => converted.1[e.2] = (e.0, step.minor()),
            1 => converted.0[e.2] = (e.0, step.minor()),
            _ => converted.2 = Some((e.0, step)),
        }
    }
    converted
}

/// Reads a rate typed on the command line (`1.0842`, `1,0842`).
pub fn parse_rate(text: &str) -> Result<Decimal, DomainError> {
    Decimal::from_str(&text.trim().replace(',', "."))
        .ok()
        .filter(|r| *r > Decimal::ZERO)
        .ok_or_else(|| DomainError::Invalid(crate::t!("domain-rate-invalid", text = text)))
}

/// Reference rates by day, as the ECB publishes them (`Date,USD,JPY,...`, units of each
/// currency per euro): the table the user keeps up to date in the rates file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateTable {
    days: BTreeMap<NaiveDate, BTreeMap<Currency, Decimal>>,
}

impl RateTable {
    /// Adds the rate of one currency on one day (units per euro).
    pub fn insert(&mut self, day: NaiveDate, currency: Currency, per_euro: Decimal) {
        self.days.entry(day).or_default().insert(currency, per_euro);
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// The last rate of `currency` per euro published on or before `day`, with its day.
    fn per_euro(&self, currency: Currency, day: NaiveDate) -> Option<(NaiveDate, Decimal)> {
        if currency == Currency::EUR {
            return Some((day, Decimal::ONE));
        }
        self.days
            .range(..=day)
            .rev()
            .find_map(|(d, rates)| rates.get(&currency).map(|r| (*d, *r)))
    }

    /// The rate between `foreign` and `accounting` on `day`: the last published on or
    /// before it (crossed through the euro when neither is the euro), with the day it
    /// was published; None when the table has none.
    pub fn rate_on(
        &self,
        foreign: Currency,
        accounting: Currency,
        day: NaiveDate,
    ) -> Option<(NaiveDate, ExchangeRate)> {
        let (d1, f) = self.per_euro(foreign, day)?;
        let (d2, a) = self.per_euro(accounting, day)?;
        if a.is_zero() {
            return None;
        }
        let published = if foreign == Currency::EUR { d2 } else { d1.min(d2) };
        ExchangeRate::new(foreign, accounting, (f / a).round_dp(10))
            .ok()
            .map(|r| (published, r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd() -> Currency {
        Currency::parse("USD").unwrap()
    }

    fn rate(r: &str) -> ExchangeRate {
        ExchangeRate::new(usd(), Currency::EUR, Decimal::from_str(r).unwrap()).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_amount_is_converted_at_the_rate_rounded_half_away_from_zero() {
        let r = rate("1.0842");
        assert_eq!(
            r.to_accounting(Money::from_minor(120_000, usd())),
            Money::eur(110_681)
        );
        // 0.05 USD / 2 = 0.025 EUR: half a cent, away from zero
        let half = rate("2");
        assert_eq!(half.to_accounting(Money::from_minor(5, usd())), Money::eur(3));
        assert_eq!(half.to_accounting(Money::from_minor(-5, usd())), Money::eur(-3));
    }

    #[test]
    fn the_accounting_currency_takes_no_rate_and_a_rate_is_positive() {
        assert!(ExchangeRate::new(Currency::EUR, Currency::EUR, Decimal::ONE).is_err());
        assert!(ExchangeRate::new(usd(), Currency::EUR, Decimal::ZERO).is_err());
        assert!(parse_rate("1,0842").is_ok());
        assert!(parse_rate("-1").is_err());
        assert!(parse_rate("abc").is_err());
    }

    #[test]
    fn a_rates_table_gives_the_last_rate_on_or_before_the_day_and_crosses_through_the_euro() {
        let mut t = RateTable::default();
        let chf = Currency::parse("CHF").unwrap();
        t.insert(day("2026-03-02"), usd(), Decimal::from_str("1.08").unwrap());
        t.insert(day("2026-03-02"), chf, Decimal::from_str("0.96").unwrap());
        t.insert(day("2026-03-04"), usd(), Decimal::from_str("1.10").unwrap());
        assert!(t.rate_on(usd(), Currency::EUR, day("2026-03-01")).is_none());
        let (d, r) = t.rate_on(usd(), Currency::EUR, day("2026-03-03")).unwrap();
        assert_eq!(
            (d, r.per_unit),
            (day("2026-03-02"), Decimal::from_str("1.08").unwrap())
        );
        let (d, r) = t.rate_on(usd(), Currency::EUR, day("2026-03-09")).unwrap();
        assert_eq!(
            (d, r.per_unit),
            (day("2026-03-04"), Decimal::from_str("1.1").unwrap())
        );
        // a ledger kept in francs: dollars per franc
        let (_, r) = t.rate_on(usd(), chf, day("2026-03-02")).unwrap();
        assert_eq!(r.per_unit, Decimal::from_str("1.125").unwrap());
        let (_, r) = t.rate_on(Currency::EUR, chf, day("2026-03-02")).unwrap();
        assert_eq!(r.per_unit.round_dp(6), Decimal::from_str("1.041667").unwrap());
    }

    #[test]
    fn a_settlement_in_pieces_takes_the_whole_converted_total_off() {
        let r = rate("1.0842");
        let total = Money::from_minor(100_001, usd());
        let pieces = [333, 33_333, 66_335].map(|m| Money::from_minor(m, usd()));
        let steps = r.settlement_steps(total, &pieces);
        assert_eq!(Money::sum(steps, Currency::EUR), r.to_accounting(total));
    }

    #[test]
    fn a_receivable_in_dollars_reads_in_euros_and_its_balance_is_the_converted_balance() {
        let r = rate("1.0842");
        let total = Money::from_minor(120_000, usd());
        let (pays, creds, wo) = settlements_in_accounting(
            &r,
            total,
            &[(day("2026-03-20"), 50_000), (day("2026-03-10"), 333)],
            &[(day("2026-03-20"), 10_000)],
            Some((day("2026-04-01"), Money::from_minor(59_667, usd()))),
        );
        assert_eq!(pays[0].0, day("2026-03-20"));
        let sum: i64 = pays.iter().chain(creds.iter()).map(|p| p.1).sum::<i64>() + wo.unwrap().1.minor();
        assert_eq!(sum, r.to_accounting(total).minor());
    }

    proptest! {
        #[test]
        fn steps_add_up_to_the_converted_total_less_the_converted_balance(
            total in 1i64..100_000_000,
            pieces in proptest::collection::vec(-10_000i64..10_000_000, 0..8),
            per_unit in 1u32..500_000,
        ) {
            let r = ExchangeRate::new(usd(), Currency::EUR, Decimal::new(i64::from(per_unit), 4)).unwrap();
            let total = Money::from_minor(total, usd());
            let pieces: Vec<Money> = pieces.into_iter().map(|m| Money::from_minor(m, usd())).collect();
            let steps = r.settlement_steps(total, &pieces);
            let left = total - Money::sum(pieces.iter().copied(), usd());
            prop_assert_eq!(
                Money::sum(steps, Currency::EUR),
                r.to_accounting(total) - r.to_accounting(left)
            );
        }

        #[test]
        fn conversion_is_symmetric_in_sign_and_never_off_by_more_than_half_a_cent(
            minor in -1_000_000_000i64..1_000_000_000,
            per_unit in 1u32..500_000,
        ) {
            let r = ExchangeRate::new(usd(), Currency::EUR, Decimal::new(i64::from(per_unit), 4)).unwrap();
            let m = Money::from_minor(minor, usd());
            prop_assert_eq!(r.to_accounting(-m), -r.to_accounting(m));
            let exact = m.to_decimal() / r.per_unit;
            prop_assert!((r.to_accounting(m).to_decimal() - exact).abs() <= Decimal::new(5, 3));
        }
    }
}
