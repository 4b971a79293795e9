//! How money, dates and rates read, per output and language: the one place they are
//! formatted for people.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::{Currency, Money, round_cents};

/// What can be written as an amount in machine form.
pub trait Amount {
    fn machine(&self) -> String;
}

impl Amount for Money {
    fn machine(&self) -> String {
        self.to_string()
    }
}

/// A unit price: two decimals, rounded half away from zero.
impl Amount for Decimal {
    fn machine(&self) -> String {
        format!("{:.2}", round_cents(*self))
    }
}

/// The machine form of an amount, for JSON, CSV and messages: its decimals and a point,
/// no currency, no grouping ("1200.00", "-3.50").
pub fn amount(value: impl Amount) -> String {
    value.machine()
}

/// The machine form with a decimal comma, as French files want it ("1200,00", "-3,50").
pub fn decimal_comma(value: impl Amount) -> String {
    amount(value).replace('.', ",")
}

/// A rate or quantity for display: no trailing zeros ("20", "5.5", "1.5").
pub fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

/// An amount as the customer reads it: `1 200,50 €` in French, `€1,200.50` in English.
pub fn money(value: Money, lang: &str) -> String {
    grouped(
        value.to_decimal(),
        value.currency().exponent(),
        value.currency(),
        lang,
    )
}

/// A unit price (a decimal that is not yet an amount owed), read like an amount.
pub fn price(value: Decimal, currency: Currency, lang: &str) -> String {
    grouped(round_cents(value), 2, currency, lang)
}

/// An amount in a table or sentence a person reads on the terminal, in the interface's
/// language, without its currency: `22 896,02` in French (narrow no-break space, decimal
/// comma), `22,896.02` in English. Never in CSV, JSON or the files of other programs.
pub fn human(value: impl Amount) -> String {
    human_in(value, crate::i18n::current().code())
}

/// `human` in the language `lang` ("fr" or "en").
pub fn human_in(value: impl Amount, lang: &str) -> String {
    let mut out = String::new();
    push_human_in(&mut out, value, lang);
    out
}

/// How wide `human` shows an amount, without writing it: its sign, its digits grouped
/// by three (a one-column separator in either language) and its decimals.
pub fn human_width(value: Money) -> usize {
    let exponent = value.currency().exponent();
    let units = value.minor().unsigned_abs() / 10u64.pow(exponent);
    let digits = units.checked_ilog10().map_or(1, |d| d as usize + 1);
    let sign = usize::from(value.minor() < 0);
    let fraction = if exponent == 0 { 0 } else { exponent as usize + 1 };
    sign + digits + (digits - 1) / 3 + fraction
}

/// `human_in` written onto `out` (a listing's cells reuse their strings).
pub fn push_human_in(out: &mut String, value: impl Amount, lang: &str) {
    let text = value.machine();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (units, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    out.reserve(text.len() + units.len() / 3 * 3);
    out.push_str(sign);
    crate::i18n::push_grouped(out, units, fraction, lang);
}

/// The amount's digits grouped by three, its decimal mark and its currency, per language.
fn grouped(value: Decimal, decimals: u32, currency: Currency, lang: &str) -> String {
    let negative = value.is_sign_negative() && !value.is_zero();
    let text = fixed(value.abs(), decimals);
    let (units, cents) = text.split_once('.').unwrap_or((&text, ""));
    let sign = if negative { "-" } else { "" };
    let mut out = String::with_capacity(text.len() + units.len() / 3 * 3 + 8);
    out.push_str(sign);
    let code = currency.code();
    if lang != "fr" && code == "EUR" {
        out.push('€');
    }
    crate::i18n::push_grouped(&mut out, units, cents, lang);
    match (lang, code) {
        ("fr", "EUR") => out.push_str("\u{a0}€"),
        ("fr", code) => {
            out.push('\u{a0}');
            out.push_str(code);
        }
        (_, "EUR") => {}
        (_, code) => {
            out.push(' ');
            out.push_str(code);
        }
    }
    out
}

/// `{:.decimals$}` of a non-negative decimal: written from its integer digits when it has
/// no more decimals than that (a mail's every amount; the decimal's own formatting is
/// slower), else by the decimal, rounding.
fn fixed(value: Decimal, decimals: u32) -> String {
    let scale = value.scale();
    let digits = u128::try_from(value.mantissa())
        .ok()
        .filter(|_| scale <= decimals && decimals <= 18)
        .and_then(|m| m.checked_mul(10u128.pow(decimals - scale)));
    match digits {
        Some(m) if decimals == 0 => m.to_string(),
        Some(m) => {
            let unit = 10u128.pow(decimals);
            let width = decimals as usize;
            format!("{}.{:0width$}", m / unit, m % unit)
        }
        None => {
            let width = decimals as usize;
            format!("{value:.width$}")
        }
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

/// A count and its noun, singular or plural as the language wants: the one place mail
/// and letter texts make plurals. French takes the singular for 0 and 1, English for 1.
pub fn counted(n: usize, lang: &str, fr: (&str, &str), en: (&str, &str)) -> String {
    let ((one, many), singular) = if lang == "fr" { (fr, n <= 1) } else { (en, n == 1) };
    format!("{n} {}", if singular { one } else { many })
}

/// "1 facture", "2 factures", "1 invoice", "2 invoices".
pub fn invoices(n: usize, lang: &str) -> String {
    counted(n, lang, ("facture", "factures"), ("invoice", "invoices"))
}

/// "3 jours de retard", "1 day overdue"; empty when the invoice is not late.
pub fn days_late(days: i64, lang: &str) -> String {
    if days <= 0 {
        return String::new();
    }
    let n = days as usize;
    counted(
        n,
        lang,
        ("jour de retard", "jours de retard"),
        ("day overdue", "days overdue"),
    )
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

/// A share in percent for reports, one decimal ("33.3"; "0.0" of nothing), rounded as
/// every percentage is (domain::kpi: 6.25 → 6.3).
pub fn share(part: i64, whole: i64) -> String {
    crate::domain::kpi::percent(Decimal::from(part), Decimal::from(whole))
        .map_or_else(|| "0.0".into(), |p| format!("{p:.1}"))
}

/// A number of days already rounded to one decimal by the domain ("12.5"); empty when
/// there is none.
pub fn days(value: Option<Decimal>) -> String {
    value.map(|d| format!("{d:.1}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    proptest::proptest! {
        #[test]
        fn an_amounts_width_is_the_width_of_its_written_form(
            minor in proptest::prelude::any::<i64>(),
            currency in proptest::sample::select(vec!["EUR", "JPY", "USD", "KWD"]),
            french in proptest::prelude::any::<bool>(),
        ) {
            let value = Money::from_minor(minor, Currency::parse(currency).unwrap());
            let lang = if french { "fr" } else { "en" };
            let written = human_in(value, lang);
            proptest::prop_assert_eq!(human_width(value), crate::render::table::width(&written), "{}", written);
        }

        #[test]
        fn a_decimal_is_written_fixed_as_its_own_formatting_writes_it(
            mantissa in proptest::prelude::any::<i64>(),
            scale in 0u32..6,
            decimals in 0u32..4,
        ) {
            let value = Decimal::new(mantissa, scale).abs();
            let width = decimals as usize;
            proptest::prop_assert_eq!(fixed(value, decimals), format!("{value:.width$}"));
        }
    }

    #[test]
    fn amounts_in_tables_follow_the_interface_language() {
        use crate::domain::money::Currency;
        let eur = |minor: i64| Money::from_minor(minor, Currency::EUR);
        let all = |lang| {
            [eur(2_289_602), eur(-35_000), eur(5)]
                .map(|m| human_in(m, lang))
                .into_iter()
                .chain([human_in(Decimal::new(12345678, 1), lang)])
                .collect::<Vec<_>>()
        };
        let (fr, en) = (all("fr"), all("en"));
        assert_eq!(
            fr,
            [
                "22\u{202f}896,02",
                "-350,00",
                "0,05",
                "1\u{202f}234\u{202f}567,80"
            ]
        );
        assert_eq!(en, ["22,896.02", "-350.00", "0.05", "1,234,567.80"]);
    }

    #[test]
    fn amounts_read_naturally_in_each_language() {
        let d = Money::eur(123456750);
        assert_eq!(money(d, "fr"), "1\u{202f}234\u{202f}567,50\u{a0}€");
        assert_eq!(money(d, "en"), "€1,234,567.50");
        assert_eq!(money(Money::eur(4000), "en"), "€40.00");
        let usd = Currency::parse("USD").unwrap();
        assert_eq!(money(Money::from_minor(99900, usd), "en"), "999.00 USD");
        let yen = Currency::parse("JPY").unwrap();
        assert_eq!(money(Money::from_minor(1500, yen), "fr"), "1\u{202f}500\u{a0}JPY");
        assert_eq!(
            price(Decimal::from_str("12.5").unwrap(), Currency::EUR, "fr"),
            "12,50\u{a0}€"
        );
    }

    #[test]
    fn machine_amounts_have_the_currencys_decimals() {
        assert_eq!(amount(Decimal::from(1200)), "1200.00");
        assert_eq!(amount(Decimal::from_str("-3.5").unwrap()), "-3.50");
        assert_eq!(amount(Money::eur(-350)), "-3.50");
        assert_eq!(plain(Decimal::from_str("20.00").unwrap()), "20");
    }

    #[test]
    fn shares_have_one_decimal_rounded_half_away_from_zero() {
        assert_eq!(share(1, 3), "33.3");
        assert_eq!(share(0, 0), "0.0");
        assert_eq!(share(2, 2), "100.0");
        assert_eq!(share(1, 16), "6.3");
        assert_eq!(days(None), "");
        assert_eq!(days(Some(Decimal::from(12))), "12.0");
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(invoices(1, "fr"), "1 facture");
        assert_eq!(invoices(2, "fr"), "2 factures");
        assert_eq!(invoices(0, "fr"), "0 facture");
        assert_eq!(invoices(1, "en"), "1 invoice");
        assert_eq!(invoices(0, "en"), "0 invoices");
        assert_eq!(days_late(1, "en"), "1 day overdue");
        assert_eq!(days_late(3, "fr"), "3 jours de retard");
        assert_eq!(days_late(0, "fr"), "");
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
