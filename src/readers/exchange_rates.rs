//! The exchange rates file the user keeps up to date: the ECB's reference rates CSV
//! (`Date,USD,JPY,...`, one row per day, units of each currency per euro), as
//! <https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip> holds it. Blank cells
//! and `N/A` (a currency not quoted that day) are skipped; `#` lines are comments.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::DomainError;
use crate::domain::exchange::RateTable;
use crate::domain::money::Currency;

/// Reads the whole file, or names the first line that is not a rate row.
pub fn parse(text: &str) -> Result<RateTable, DomainError> {
    let bad = |line: usize, what: String| {
        DomainError::Invalid(crate::t!("ops-import-line-reason", line = line, reason = what))
    };
    let mut rows = text
        .trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let Some((n, header)) = rows.next() else {
        return Ok(RateTable::default());
    };
    let mut cells = header.split(',').map(str::trim);
    if !cells.next().is_some_and(|c| c.eq_ignore_ascii_case("date")) {
        return Err(bad(
            n,
            "the header must start with Date, then currency codes (Date,USD,JPY,...), as the ECB file does"
                .into(),
        ));
    }
    let currencies: Vec<Option<Currency>> = cells
        .map(|c| (!c.is_empty()).then(|| Currency::parse(c)).transpose())
        .collect::<Result<_, _>>()
        .map_err(|e| bad(n, e.to_string()))?;
    let mut table = RateTable::default();
    for (n, row) in rows {
        let mut cells = row.split(',').map(str::trim);
        let date = cells.next().unwrap_or_default();
        let day = NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .map_err(|_| bad(n, format!("`{date}` is not a date like 2026-11-24")))?;
        for (currency, cell) in currencies.iter().zip(cells) {
            let Some(currency) = currency else { continue };
            if cell.is_empty() || cell.eq_ignore_ascii_case("N/A") {
                continue;
            }
            let rate = Decimal::from_str(cell)
                .ok()
                .filter(|r| *r > Decimal::ZERO)
                .ok_or_else(|| bad(n, format!("{currency} rate `{cell}` is not a positive number")))?;
            table.insert(day, *currency, rate);
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ecb_history_file_is_read_with_its_gaps() {
        let t = parse("Date,USD,JPY,CYP,\n2026-03-04,1.1000,160.5,N/A,\n2026-03-02,1.0800,159,,\n").unwrap();
        let usd = Currency::parse("USD").unwrap();
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let (d, r) = t.rate_on(usd, Currency::EUR, day("2026-03-03")).unwrap();
        assert_eq!(
            (d, r.per_unit),
            (day("2026-03-02"), Decimal::from_str("1.08").unwrap())
        );
        assert!(
            t.rate_on(Currency::parse("CYP").unwrap(), Currency::EUR, day("2026-03-04"))
                .is_none()
        );
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let e = parse("Date,USD\n2026-03-04,1.1\n04/03/2026,1.1\n").unwrap_err();
        assert!(e.to_string().contains("line 3"), "{e}");
        assert!(parse("Day,USD\n").is_err());
        assert!(parse("Date,USD\n2026-03-04,-1\n").is_err());
    }
}
