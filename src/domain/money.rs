//! Amounts, rates and quantities: parsing, rounding and formatting in one place.

use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

use super::DomainError;

/// Rounds to cents, half away from zero: the only rounding rule of the ledger.
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

/// Two-decimal text, decimal point: the JSON and CSV form ("1200.00").
pub fn fmt_amount(value: Decimal) -> String {
    format!("{:.2}", round_cents(value))
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
    let value = parse_decimal(text).ok_or_else(|| {
        DomainError::Invalid(format!(
            "{what} `{text}` is not an amount: write digits with a point or a comma, e.g. 1200.50"
        ))
    })?;
    if value.scale() > 2 {
        return Err(DomainError::Invalid(format!(
            "{what} `{text}` has more than two decimals: amounts are in cents, e.g. {}",
            round_cents(value)
        )));
    }
    if value.abs() > Decimal::from(1_000_000_000_000i64) {
        return Err(DomainError::Invalid(format!("{what} `{text}` is too large")));
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
                return Err(DomainError::Invalid(format!(
                    "{what} `{text}` is not an amount: write digits with a decimal point or comma, e.g. 1200.50 or 1 200,50"
                )));
            }
            bare.chars().filter(|ch| *ch != thousands).collect()
        }
        _ => bare.to_string(),
    };
    parse_amount(what, &cleaned).map_err(|_| {
        DomainError::Invalid(format!(
            "{what} `{text}` is not an amount: write digits with a decimal point or comma, e.g. 1200.50 or 1 200,50"
        ))
    })
}

/// A strictly positive amount (payments, credits).
pub fn parse_positive_amount(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let value = parse_amount(what, text)?;
    if value <= Decimal::ZERO {
        return Err(DomainError::Invalid(format!(
            "{what} `{text}` must be greater than zero"
        )));
    }
    Ok(value)
}

/// A quantity: strictly positive, at most four decimals.
pub fn parse_quantity(text: &str) -> Result<Decimal, DomainError> {
    let value = parse_decimal(text).ok_or_else(|| {
        DomainError::Invalid(format!("quantity `{text}` is not a number: write e.g. 2 or 1.5"))
    })?;
    if value <= Decimal::ZERO {
        return Err(DomainError::Invalid(format!(
            "quantity `{text}` must be greater than zero (use a credit note to take something back)"
        )));
    }
    if value.scale() > 4 {
        return Err(DomainError::Invalid(format!(
            "quantity `{text}` has more than four decimals"
        )));
    }
    if value > Decimal::from(1_000_000_000i64) {
        return Err(DomainError::Invalid(format!("quantity `{text}` is too large")));
    }
    Ok(value)
}

/// A VAT rate in percent: 0 to 100 exclusive, at most two decimals, an optional `%`.
pub fn parse_vat_rate(text: &str) -> Result<Decimal, DomainError> {
    let bare = text.trim().trim_end_matches('%');
    let value =
        parse_decimal(bare).filter(|v| v.scale() <= 2 && *v >= Decimal::ZERO && *v < Decimal::ONE_HUNDRED);
    value.ok_or_else(|| {
        DomainError::Invalid(format!(
            "VAT rate `{text}` is not a rate in percent: write e.g. 20, 10, 5.5, 2.1 or 0"
        ))
    })
}

/// A penalty rate in percent per year (e.g. 12.15): 0 to 100, at most four decimals.
pub fn parse_percent(what: &str, text: &str) -> Result<Decimal, DomainError> {
    let bare = text.trim().trim_end_matches('%');
    parse_decimal(bare)
        .filter(|v| v.scale() <= 4 && *v >= Decimal::ZERO && *v <= Decimal::ONE_HUNDRED)
        .ok_or_else(|| DomainError::Invalid(format!("{what} `{text}` is not a percentage: write e.g. 12.15")))
}

/// A rate or quantity for display: no trailing zeros ("20", "5.5", "1.5").
pub fn fmt_plain(value: Decimal) -> String {
    value.normalize().to_string()
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

    #[test]
    fn formatting_has_two_decimals() {
        assert_eq!(fmt_amount(d("1200")), "1200.00");
        assert_eq!(fmt_amount(d("-3.5")), "-3.50");
        assert_eq!(fmt_plain(d("20.00")), "20");
    }

    proptest! {
        #[test]
        fn cents_round_trip(cents in -10_000_000_000i64..10_000_000_000i64) {
            prop_assert_eq!(to_cents(from_cents(cents)), cents);
            let text = fmt_amount(from_cents(cents));
            prop_assert_eq!(parse_amount("amount", &text).unwrap(), from_cents(cents));
        }

        #[test]
        fn french_and_english_writings_read_the_same(cents in -10_000_000_000i64..10_000_000_000i64) {
            let value = from_cents(cents);
            let english = fmt_amount(value);
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
