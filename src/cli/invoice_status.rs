//! The status words `invoice list --status` reads: the codes (`paid`, `overdue`...) and
//! the French words of the interface (`payée`, `en retard`...), as people type them.

use crate::domain::status::InvoiceStatus;
use crate::error::Error;
use crate::i18n::{Lang, tr_in};

/// A status word as `invoice list` shows it: a derived status, or `pending_collection`;
/// the French words of the interface are understood too (`payée`, `en retard`...).
pub fn parse(text: &str) -> Result<&'static str, Error> {
    const PENDING: &str = "pending_collection";
    if text.trim().eq_ignore_ascii_case(PENDING) || text.trim().eq_ignore_ascii_case("pending-collection") {
        return Ok(PENDING);
    }
    if let Some(status) = InvoiceStatus::parse(text) {
        return Ok(status.as_str());
    }
    let codes = InvoiceStatus::ALL.map(|s| s.as_str());
    let french = |code: &str| tr_in(Lang::Fr, &format!("render-status-{code}"), &[]).unwrap_or_default();
    let typed = status_word(text);
    codes
        .into_iter()
        .chain([PENDING])
        .find(|code| status_word(&french(code)) == typed)
        .ok_or_else(|| {
            Error::Input(crate::t!(
                "cli-invoice-status-unknown",
                text = text,
                words = match crate::i18n::current() {
                    Lang::Fr => codes
                        .into_iter()
                        .chain([PENDING])
                        .map(french)
                        .collect::<Vec<_>>()
                        .join(", "),
                    Lang::En => format!("{}, {PENDING}", codes.join(", ")),
                }
            ))
        })
}

/// A status word as people type it: no accents, case, plural or feminine ending, and one
/// space between words ("Payées" and "paye" are "pay"; "en-retard" is "en retard").
fn status_word(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '-' | '_' => ' ',
            c => crate::domain::unaccent(c).to_ascii_lowercase(),
        })
        .collect();
    folded
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches('s')
                .trim_end_matches('e')
                .trim_end_matches('e')
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_french_words_name_the_same_status() {
        for status in InvoiceStatus::ALL {
            assert_eq!(parse(status.as_str()).unwrap(), status.as_str());
            let word = tr_in(Lang::Fr, &format!("render-status-{}", status.as_str()), &[]).unwrap();
            assert_eq!(parse(&word).unwrap(), status.as_str(), "{word}");
            assert_eq!(parse(&word.to_uppercase()).unwrap(), status.as_str(), "{word}");
        }
        assert_eq!(parse("Payées").unwrap(), "paid");
        assert_eq!(parse("paye").unwrap(), "paid");
        assert_eq!(parse("en-retard").unwrap(), "overdue");
        assert_eq!(parse("prelevement en cours").unwrap(), "pending_collection");
        assert_eq!(parse("pending-collection").unwrap(), "pending_collection");
        assert!(parse("perdue").is_err());
        assert!(parse("").is_err());
    }
}
