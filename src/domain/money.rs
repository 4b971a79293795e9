//! Money with its currency, and the parsing and rounding of amounts, rates and
//! quantities: in one place.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use super::DomainError;

/// An ISO 4217 currency code: three capital letters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");

    /// Reads a three-letter code, in any case ("eur" → EUR).
    pub fn parse(code: &str) -> Result<Currency, DomainError> {
        let upper = code.trim().to_ascii_uppercase();
        match <[u8; 3]>::try_from(upper.as_bytes()) {
            Ok(bytes) if bytes.iter().all(u8::is_ascii_uppercase) => Ok(Currency(bytes)),
            _ => Err(DomainError::Invalid(crate::t!(
                "domain-currency-not-iso",
                code = code
            ))),
        }
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).expect("a currency code is ASCII")
    }

    /// Digits after the decimal point (the ISO 4217 minor unit): 0 for the yen, 3 for the
    /// Bahraini dinar, 2 for nearly everything else.
    pub fn exponent(self) -> u32 {
        match &self.0 {
            b"BIF" | b"CLP" | b"DJF" | b"GNF" | b"ISK" | b"JPY" | b"KMF" | b"KRW" | b"PYG" | b"RWF"
            | b"UGX" | b"VND" | b"VUV" | b"XAF" | b"XOF" | b"XPF" => 0,
            b"BHD" | b"IQD" | b"JOD" | b"KWD" | b"LYD" | b"OMR" | b"TND" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::EUR
    }
}

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// An amount of money: whole minor units (cents) of one currency. Arithmetic refuses to
/// mix currencies (it panics: mixing them is a bug of the caller, never of the input), and
/// the only rounding is half away from zero, in [`Money::from_decimal`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// An amount in euros from whole cents.
    pub const fn eur(cents: i64) -> Money {
        Money {
            minor: cents,
            currency: Currency::EUR,
        }
    }

    /// An amount from whole minor units, as SQLite stores it.
    pub const fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// A decimal amount rounded to the currency's minor unit, half away from zero: the one
    /// rounding rule of the ledger. Saturates far beyond any amount a document may hold.
    pub fn from_decimal(value: Decimal, currency: Currency) -> Money {
        let scale = Decimal::from(10i64.pow(currency.exponent()));
        let minor = (value * scale).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        Money {
            minor: i64::try_from(minor).unwrap_or(if minor.is_sign_negative() {
                i64::MIN
            } else {
                i64::MAX
            }),
            currency,
        }
    }

    /// A decimal amount that must be a whole number of the currency's minor units: an
    /// amount typed by a user is never rounded silently.
    pub fn exact(value: Decimal, currency: Currency) -> Result<Money, DomainError> {
        let money = Money::from_decimal(value, currency);
        if money.to_decimal() != value {
            return Err(DomainError::Invalid(crate::t!(
                "domain-too-many-decimals-for-currency",
                value = value.to_string(),
                currency = currency.to_string(),
                decimals = currency.exponent().to_string()
            )));
        }
        Ok(money)
    }

    pub const fn minor(self) -> i64 {
        self.minor
    }

    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The amount as a decimal with the currency's number of decimals (1200.00).
    pub fn to_decimal(self) -> Decimal {
        Decimal::new(self.minor, self.currency.exponent())
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    pub fn is_positive(self) -> bool {
        self.minor > 0
    }

    pub fn is_negative(self) -> bool {
        self.minor < 0
    }

    pub fn abs(self) -> Money {
        Money {
            minor: self.minor.abs(),
            ..self
        }
    }

    /// This amount times a factor (a quantity, a rate as a fraction), rounded.
    pub fn times(self, factor: Decimal) -> Money {
        Money::from_decimal(self.to_decimal() * factor, self.currency)
    }

    /// This amount divided by a divisor (1 + a VAT rate), rounded.
    pub fn divided_by(self, divisor: Decimal) -> Money {
        Money::from_decimal(self.to_decimal() / divisor, self.currency)
    }

    /// The sum, or an error naming both currencies when they differ.
    pub fn checked_add(self, other: Money) -> Result<Money, DomainError> {
        if self.currency != other.currency {
            return Err(DomainError::Invalid(crate::t!(
                "domain-currencies-differ",
                left = self.currency.to_string(),
                right = other.currency.to_string()
            )));
        }
        Ok(Money {
            minor: self.minor.saturating_add(other.minor),
            ..self
        })
    }

    pub fn max(self, other: Money) -> Money {
        same_currency(self, other, "compare");
        if other.minor > self.minor { other } else { self }
    }

    pub fn min(self, other: Money) -> Money {
        same_currency(self, other, "compare");
        if other.minor < self.minor { other } else { self }
    }

    /// The sum of amounts in one currency.
    pub fn sum(amounts: impl IntoIterator<Item = Money>, currency: Currency) -> Money {
        amounts.into_iter().fold(Money::zero(currency), |a, b| a + b)
    }
}

fn same_currency(a: Money, b: Money, verb: &str) {
    assert!(
        a.currency == b.currency,
        "cannot {verb} an amount in {} with one in {}",
        a.currency,
        b.currency
    );
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        same_currency(self, other, "add");
        Money {
            minor: self.minor + other.minor,
            ..self
        }
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        same_currency(self, other, "subtract");
        Money {
            minor: self.minor - other.minor,
            ..self
        }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        *self = *self + other;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        *self = *self - other;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money {
            minor: -self.minor,
            ..self
        }
    }
}

/// Amounts of one currency compare; amounts of two currencies do not (`None`).
impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        (self.currency == other.currency).then(|| self.minor.cmp(&other.minor))
    }
}

/// The machine form: the currency's decimals and a point, no currency ("1200.00"). It is
/// what JSON, CSV and error messages show; render/fmt.rs writes it for people.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // whole units and minor units written as integers: the same text as the decimal's
        // `{:.exponent$}`, without its slower formatting (a listing writes a million)
        let exponent = self.currency.exponent();
        if exponent == 0 {
            return write!(f, "{}", self.minor);
        }
        let scale = 10u64.pow(exponent);
        let (sign, abs) = (if self.minor < 0 { "-" } else { "" }, self.minor.unsigned_abs());
        let width = exponent as usize;
        write!(f, "{sign}{}.{:0width$}", abs / scale, abs % scale)
    }
}

/// JSON carries amounts as strings with the currency's decimals: `"1200.00"`.
impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self} {}", self.currency)
    }
}

/// Rounds to cents, half away from zero (for amounts still held as decimals).
pub fn round_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Integer cents as stored in SQLite. The value must already be rounded to cents.
pub fn to_cents(value: Decimal) -> i64 {
    let cents = round_cents(value) * Decimal::ONE_HUNDRED;
    i64::try_from(cents.trunc()).unwrap_or(i64::MAX)
}

/// Decimal amount from stored integer cents.
pub fn from_cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// Reads a decimal written with a point or a comma, spaces allowed as thousands separators.
fn parse_decimal(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty()
        || cleaned.matches('.').count() > 1
        || !cleaned
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')))
    {
        return None;
    }
    Decimal::from_str(&cleaned).ok().map(|d| d.normalize())
}

/// A money amount of at most two decimals ("1200", "1 200,50", "99.9").
pub fn parse_amount(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let value = parse_decimal(text)
        .ok_or_else(|| DomainError::Invalid(crate::t!("domain-not-an-amount", what = what, text = text)))?;
    if value.scale() > 2 {
        return Err(DomainError::Invalid(crate::t!(
            "domain-amount-cents",
            what = what,
            text = text,
            rounded = round_cents(value).to_string()
        )));
    }
    if value.abs() > Decimal::from(1_000_000_000_000i64) {
        return Err(DomainError::Invalid(crate::t!(
            "domain-amount-too-large",
            what = what,
            text = text
        )));
    }
    Ok(value)
}

/// An amount as spreadsheets and banks write it: a point or a comma as decimal mark,
/// the other one (or spaces) as thousands separator ("1.234,56", "1,234.56", "1 234,56"),
/// an optional euro sign or `EUR`.
pub fn parse_amount_any(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let bare = text
        .trim()
        .trim_end_matches("EUR")
        .trim_end_matches('€')
        .trim_start_matches('€')
        .trim();
    let last_point = bare.rfind('.');
    let last_comma = bare.rfind(',');
    let cleaned: String = match (last_point, last_comma) {
        // both marks: the last one is the decimal mark, the other groups thousands
        (Some(p), Some(c)) => {
            let (thousands, decimal_at) = if p > c { (',', p) } else { ('.', c) };
            let digits = bare[..decimal_at].trim_start_matches(['-', '+']);
            let groups: Vec<&str> = digits.split(thousands).collect();
            let grouped = groups.iter().skip(1).all(|g| g.len() == 3) && (1..=3).contains(&groups[0].len());
            if !grouped {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-not-an-amount-any",
                    what = what,
                    text = text
                )));
            }
            bare.chars().filter(|ch| *ch != thousands).collect()
        }
        _ => bare.to_string(),
    };
    parse_amount(what, &cleaned)
        .map_err(|_| DomainError::Invalid(crate::t!("domain-not-an-amount-any", what = what, text = text)))
}

/// A strictly positive amount (payments, credits).
pub fn parse_positive_amount(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let value = parse_amount(what, text)?;
    if value <= Decimal::ZERO {
        return Err(DomainError::Invalid(crate::t!(
            "domain-amount-not-positive",
            what = what,
            text = text
        )));
    }
    Ok(value)
}

/// A quantity: strictly positive, at most four decimals.
pub fn parse_quantity(text: &str) -> Result<Decimal, DomainError> {
    let value = parse_decimal(text)
        .ok_or_else(|| DomainError::Invalid(crate::t!("domain-quantity-not-a-number", text = text)))?;
    if value <= Decimal::ZERO {
        return Err(DomainError::Invalid(crate::t!(
            "domain-quantity-not-positive",
            text = text
        )));
    }
    if value.scale() > 4 {
        return Err(DomainError::Invalid(crate::t!(
            "domain-quantity-decimals",
            text = text
        )));
    }
    if value > Decimal::from(1_000_000_000i64) {
        return Err(DomainError::Invalid(crate::t!(
            "domain-quantity-too-large",
            text = text
        )));
    }
    Ok(value)
}

/// A VAT rate in percent: 0 to 100 exclusive, at most two decimals, an optional `%`.
pub fn parse_vat_rate(text: &str) -> Result<Decimal, DomainError> {
    let bare = text.trim().trim_end_matches('%');
    let value =
        parse_decimal(bare).filter(|v| v.scale() <= 2 && *v >= Decimal::ZERO && *v < Decimal::ONE_HUNDRED);
    value.ok_or_else(|| DomainError::Invalid(crate::t!("domain-vat-rate-invalid", text = text)))
}

/// A penalty rate in percent per year (e.g. 12.15): 0 to 100, at most four decimals.
pub fn parse_percent(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let bare = text.trim().trim_end_matches('%');
    parse_decimal(bare)
        .filter(|v| v.scale() <= 4 && *v >= Decimal::ZERO && *v <= Decimal::ONE_HUNDRED)
        .ok_or_else(|| DomainError::Invalid(crate::t!("domain-not-a-percentage", what = what, text = text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_cents(d("0.005")), d("0.01"));
        assert_eq!(round_cents(d("0.004")), d("0.00"));
        assert_eq!(round_cents(d("-0.005")), d("-0.01"));
        assert_eq!(round_cents(d("2.675")), d("2.68"));
        assert_eq!(round_cents(d("1.125")), d("1.13"));
    }

    #[test]
    fn amounts_accept_comma_point_and_spaces() {
        assert_eq!(parse_amount("amount", "1200").unwrap(), d("1200"));
        assert_eq!(parse_amount("amount", "1 200,50").unwrap(), d("1200.5"));
        assert_eq!(parse_amount("amount", "99.9").unwrap(), d("99.9"));
        assert_eq!(parse_amount("amount", "-5").unwrap(), d("-5"));
    }

    #[test]
    fn bank_and_spreadsheet_amounts_are_read() {
        assert_eq!(parse_amount_any("amount", "1.234,56").unwrap(), d("1234.56"));
        assert_eq!(parse_amount_any("amount", "1,234.56").unwrap(), d("1234.56"));
        assert_eq!(parse_amount_any("amount", "-1 234,50 €").unwrap(), d("-1234.5"));
        assert_eq!(parse_amount_any("amount", "99,90 EUR").unwrap(), d("99.9"));
        assert_eq!(parse_amount_any("amount", "12").unwrap(), d("12"));
        for bad in ["", "1.2.3,4", "douze", "1,2,3"] {
            assert!(parse_amount_any("amount", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn amounts_with_three_decimals_are_refused() {
        let err = parse_amount("amount", "10.005").unwrap_err().to_string();
        assert!(err.contains("more than two decimals"), "{err}");
    }

    #[test]
    fn garbage_amounts_are_refused() {
        for bad in ["", "abc", "1.2.3", "12e3", "1,2,3", "--1", "1-"] {
            assert!(parse_amount("amount", bad).is_err(), "{bad}");
        }
        assert!(parse_positive_amount("amount", "0").is_err());
        assert!(parse_positive_amount("amount", "-1").is_err());
    }

    #[test]
    fn quantities_must_be_positive() {
        assert!(parse_quantity("0").is_err());
        assert!(parse_quantity("-2").is_err());
        assert_eq!(parse_quantity("1,5").unwrap(), d("1.5"));
        assert!(parse_quantity("1.00001").is_err());
    }

    #[test]
    fn vat_rates_are_percentages() {
        assert_eq!(parse_vat_rate("20").unwrap(), d("20"));
        assert_eq!(parse_vat_rate("5,5").unwrap(), d("5.5"));
        assert_eq!(parse_vat_rate("2.1%").unwrap(), d("2.1"));
        assert_eq!(parse_vat_rate("0").unwrap(), Decimal::ZERO);
        for bad in ["100", "-5", "twenty", "20.123", "0.2.1", ""] {
            assert!(parse_vat_rate(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn money_is_written_as_its_decimal_with_the_currency_s_decimals(
            minor in prop_oneof![any::<i64>(), -1_000_000i64..1_000_000],
            code in prop::sample::select(vec!["EUR", "JPY", "KWD"]),
        ) {
            let money = Money::from_minor(minor, Currency::parse(code).unwrap());
            let exponent = money.currency().exponent() as usize;
            prop_assert_eq!(money.to_string(), format!("{:.exponent$}", money.to_decimal()));
        }

        #[test]
        fn cents_round_trip(cents in -10_000_000_000i64..10_000_000_000i64) {
            prop_assert_eq!(to_cents(from_cents(cents)), cents);
            let text = Money::eur(cents).to_string();
            prop_assert_eq!(parse_amount("amount", &text).unwrap(), from_cents(cents));
        }

        #[test]
        fn french_and_english_writings_read_the_same(cents in -10_000_000_000i64..10_000_000_000i64) {
            let value = from_cents(cents);
            let english = Money::eur(cents).to_string();
            let (int, frac) = english.split_once('.').unwrap();
            let digits = int.trim_start_matches('-');
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push('.');
                }
                grouped.push(c);
            }
            let sign = if int.starts_with('-') { "-" } else { "" };
            let french = format!("{sign}{grouped},{frac}");
            prop_assert_eq!(parse_amount_any("amount", &french).unwrap(), value);
            prop_assert_eq!(parse_amount_any("amount", &english).unwrap(), value);
        }

        #[test]
        fn rounding_moves_less_than_half_a_cent(units in -1_000_000_000i64..1_000_000_000i64, scale in 0u32..6) {
            let value = Decimal::new(units, scale);
            let rounded = round_cents(value);
            prop_assert!((rounded - value).abs() <= Decimal::new(5, 3));
            prop_assert!(rounded.scale() <= 2);
            // symmetric: rounding commutes with negation
            prop_assert_eq!(round_cents(-value), -rounded);
        }
    }
}
