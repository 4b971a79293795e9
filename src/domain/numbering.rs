//! Document numbers: SERIES-YEAR-SEQUENCE, continuous within a series and a year.

use chrono::{Datelike, NaiveDate};

use super::DomainError;

/// The default series of invoices, credit notes, quotes and delivery notes.
pub const INVOICE_SERIES: &str = "FACT";
pub const CREDIT_NOTE_SERIES: &str = "AV";
pub const OFFER_SERIES: &str = "DEV";
pub const DELIVERY_SERIES: &str = "BL";

/// A number brought from another tool: kept as it was (the legal numbering continues),
/// but only in a safe set: 1 to 40 letters, digits, `-`, `_`, `.` and `/`, starting with a
/// letter or digit, without `..`. What could name a path elsewhere (`../x`, `/tmp/x`) or
/// break a file (control characters) is refused.
pub fn validate_imported_number(text: &str) -> Result<String, DomainError> {
    let n = text.trim();
    let ok = !n.is_empty()
        && n.chars().count() <= 40
        && n.starts_with(|c: char| c.is_alphanumeric())
        && !n.contains("..")
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if ok {
        Ok(n.to_string())
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-number-invalid",
            number = n
                .chars()
                .take(60)
                .flat_map(char::escape_default)
                .collect::<String>()
        )))
    }
}

/// The name of a document's files (PDF, XML) made from its number: a `/` (allowed in
/// imported numbers) becomes `_`, so the file stays in its folder.
pub fn file_stem(number: &str) -> String {
    number.replace('/', "_")
}

/// A series name: 1 to 12 capital letters, digits or dashes, starting with a letter.
pub fn validate_series(series: &str) -> Result<String, DomainError> {
    let s = series.trim().to_ascii_uppercase();
    let ok = !s.is_empty()
        && s.len() <= 12
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !s.ends_with('-');
    if ok {
        Ok(s)
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-series-invalid",
            series = series
        )))
    }
}

/// The number of the `seq`-th document of `series` in the year of `date`: FACT-2026-0001.
pub fn format_number(series: &str, date: NaiveDate, seq: i64) -> String {
    format!("{series}-{}-{seq:04}", date.year())
}

/// The next sequence after the highest one used in that series and year.
pub fn next_sequence(highest: Option<i64>) -> i64 {
    highest.unwrap_or(0) + 1
}

/// Numbers follow dates: a document may not be issued before the last one of its series.
pub fn check_chronology(
    number_series: &str,
    date: NaiveDate,
    last: Option<(String, NaiveDate)>,
) -> Result<(), DomainError> {
    match last {
        Some((number, last_date)) if date < last_date => Err(DomainError::Invalid(crate::t!(
            "domain-number-before-last",
            series = number_series,
            date = date.to_string(),
            number = number,
            last_date = last_date.to_string()
        ))),
        _ => Ok(()),
    }
}

/// The day a catch-up document of a period starting on `period_start` is issued: on its
/// period's first day, unless a later document of the series was numbered meanwhile (a
/// person kept issuing while the cron was down); then on that document's day, the
/// earliest the numbering allows. The period itself stays named on the document.
pub fn catch_up_issue_date(period_start: NaiveDate, last_issued: Option<NaiveDate>) -> NaiveDate {
    match last_issued {
        Some(last) if last > period_start => last,
        _ => period_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn numbers_have_series_year_and_four_digits() {
        assert_eq!(format_number("FACT", day("2026-03-01"), 1), "FACT-2026-0001");
        assert_eq!(format_number("AV", day("2027-01-01"), 12345), "AV-2027-12345");
    }

    #[test]
    fn sequences_start_at_one_and_follow() {
        assert_eq!(next_sequence(None), 1);
        assert_eq!(next_sequence(Some(41)), 42);
    }

    #[test]
    fn series_names() {
        assert_eq!(validate_series("fact").unwrap(), "FACT");
        assert_eq!(validate_series("ATELIER-2").unwrap(), "ATELIER-2");
        for bad in ["", "1FACT", "FA CT", "FACT-", "ABCDEFGHIJKLM", "FA/CT"] {
            assert!(validate_series(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_catch_up_is_dated_on_its_period_unless_a_later_number_exists() {
        let start = day("2026-10-01");
        assert_eq!(catch_up_issue_date(start, None), start);
        assert_eq!(catch_up_issue_date(start, Some(day("2026-09-30"))), start);
        assert_eq!(catch_up_issue_date(start, Some(start)), start);
        assert_eq!(
            catch_up_issue_date(start, Some(day("2026-10-02"))),
            day("2026-10-02")
        );
        let on = catch_up_issue_date(start, Some(day("2026-10-02")));
        assert!(check_chronology("FACT", on, Some(("FACT-2026-0031".into(), day("2026-10-02")))).is_ok());
    }

    #[test]
    fn chronology() {
        let last = Some(("FACT-2026-0003".to_string(), day("2026-03-10")));
        assert!(check_chronology("FACT", day("2026-03-10"), last.clone()).is_ok());
        assert!(check_chronology("FACT", day("2026-03-11"), last.clone()).is_ok());
        let err = check_chronology("FACT", day("2026-03-09"), last)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("FACT-2026-0003") && err.contains("--date 2026-03-10"),
            "{err}"
        );
        assert!(check_chronology("FACT", day("2020-01-01"), None).is_ok());
    }

    #[test]
    fn imported_numbers_are_kept_but_only_in_a_safe_set() {
        assert_eq!(validate_imported_number(" F2023/117 ").unwrap(), "F2023/117");
        assert_eq!(
            validate_imported_number("FACT-2023.0042").unwrap(),
            "FACT-2023.0042"
        );
        for bad in [
            "../../esc",
            "/tmp/x/abs",
            ".hidden",
            "A..B",
            "A\u{0}B",
            "",
            "A B",
            &"9".repeat(41),
        ] {
            assert!(validate_imported_number(bad).is_err(), "{bad:?}");
        }
        assert_eq!(file_stem("F2023/117"), "F2023_117");
    }
}
