//! How money, dates and rates read, per output and language: the one place they are
//! formatted for people.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::round_cents;

/// An amount as the customer reads it: `1 200,50 €` in French, `€1,200.50` in English.
pub fn money(value: Decimal, currency: &str, lang: &str) -> String {
    let v = round_cents(value);
    let negative = v.is_sign_negative() && !v.is_zero();
    let text = format!("{:.2}", v.abs());
    let (units, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let sep = if lang == "fr" { '\u{202f}' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    match (lang, currency) {
        ("fr", "EUR") => format!("{sign}{grouped},{cents}\u{a0}€"),
        ("fr", _) => format!("{sign}{grouped},{cents}\u{a0}{currency}"),
        (_, "EUR") => format!("{sign}€{grouped}.{cents}"),
        _ => format!("{sign}{grouped}.{cents} {currency}"),
    }
}

/// A date as the customer reads it: `31/03/2026` in French, `31 March 2026` in English.
pub fn date(day: NaiveDate, lang: &str) -> String {
    if lang == "fr" {
        day.format("%d/%m/%Y").to_string()
    } else {
        day.format("%-d %B %Y").to_string()
    }
}

/// A yearly rate: `12,15 %` or `12.15%`.
pub fn percent(rate: Decimal, lang: &str) -> String {
    let text = rate.normalize().to_string();
    if lang == "fr" {
        format!("{}\u{a0}%", text.replace('.', ","))
    } else {
        format!("{text}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn amounts_read_naturally_in_each_language() {
        let d = Decimal::from_str("1234567.5").unwrap();
        assert_eq!(money(d, "EUR", "fr"), "1\u{202f}234\u{202f}567,50\u{a0}€");
        assert_eq!(money(d, "EUR", "en"), "€1,234,567.50");
        assert_eq!(money(Decimal::from(40), "EUR", "en"), "€40.00");
        assert_eq!(money(Decimal::from(999), "USD", "en"), "999.00 USD");
    }

    #[test]
    fn dates_and_rates_read_naturally() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(date(day, "fr"), "05/03/2026");
        assert_eq!(date(day, "en"), "5 March 2026");
        assert_eq!(
            percent(Decimal::from_str("12.150").unwrap(), "fr"),
            "12,15\u{a0}%"
        );
    }
}
