//! The VAT rates French law knows, as data: a rate outside this list is allowed (a
//! foreign rate, a new law) but warned about, as it is most likely a typo.

use rust_decimal::Decimal;

/// Each rate in percent (as written: "5.5") and where it applies (CGI art. 278 to 281
/// nonies; art. 297 for Corsica; art. 296 for Guadeloupe, Martinique and La Réunion).
pub const FRENCH_VAT_RATES: [(&str, &str); 10] = [
    ("20", "standard rate"),
    ("13", "Corsica: petroleum products"),
    ("10", "intermediate rate"),
    ("8.5", "Guadeloupe, Martinique, La Réunion: standard rate"),
    ("5.5", "reduced rate"),
    (
        "2.1",
        "particular rate (and reduced rate in Corsica and overseas)",
    ),
    ("1.75", "Guadeloupe, Martinique, La Réunion: particular rate"),
    ("1.05", "Guadeloupe, Martinique, La Réunion: press publications"),
    ("0.9", "Corsica: particular rate"),
    ("0", "exempt, franchise, reverse charge, exports"),
];

/// Whether `rate` (percent) is one of the French rates.
pub fn is_french_rate(rate: Decimal) -> bool {
    FRENCH_VAT_RATES
        .iter()
        .any(|(r, _)| r.parse::<Decimal>().is_ok_and(|known| known == rate))
}

/// The warning for a rate French law does not know, or None.
pub fn unusual_rate_warning(rate: Decimal) -> Option<String> {
    if is_french_rate(rate) {
        return None;
    }
    let known: Vec<&str> = FRENCH_VAT_RATES.iter().map(|(r, _)| *r).collect();
    Some(crate::t!(
        "domain-vat-rate-unusual",
        rate = rate.normalize().to_string(),
        known = known.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn every_listed_rate_is_known_and_others_are_warned() {
        for (r, _) in FRENCH_VAT_RATES {
            assert!(is_french_rate(Decimal::from_str(r).unwrap()), "{r}");
        }
        assert!(is_french_rate(Decimal::from_str("20.00").unwrap()));
        assert!(is_french_rate(Decimal::from_str("5.50").unwrap()));
        for odd in ["19.6", "7", "21", "5", "2.2"] {
            let w = unusual_rate_warning(Decimal::from_str(odd).unwrap()).expect(odd);
            assert!(w.contains(odd) && w.contains("not a French rate"), "{w}");
        }
    }
}
