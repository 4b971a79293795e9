//! Identities as they are typed: names, addresses, e-mail addresses, SIREN, VAT numbers,
//! IBAN, BIC. One rule per field, shared by the command line, the config and the imports, so
//! that nothing enters the ledger that a document or a mail would fail on every day.

use iban::IbanLike;

use super::DomainError;

/// A SIREN: nine digits with a valid Luhn key.
pub fn validate_siren(text: &str) -> Result<String, DomainError> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit()) && luhn(&digits) {
        Ok(digits)
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-siren-invalid",
            text = text
        )))
    }
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// An IBAN without spaces, upper case: its country's length and its check digits
/// (ISO 13616 mod 97) verified by the `iban_validate` crate.
pub fn parse_iban(text: &str) -> Result<String, DomainError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    compact
        .parse::<iban::Iban>()
        .map(|iban| iban.electronic_str().to_string())
        .map_err(|e| {
            // the English words are the crate's own (its `Display`)
            let reason = match e {
                iban::ParseIbanError::InvalidBaseIban { .. } => crate::t!("domain-iban-reason-base"),
                iban::ParseIbanError::InvalidBban(_) => crate::t!("domain-iban-reason-bban"),
                iban::ParseIbanError::UnknownCountry(_) => crate::t!("domain-iban-reason-country"),
            };
            DomainError::Invalid(crate::t!(
                "domain-iban-invalid",
                iban = shown(text),
                reason = reason
            ))
        })
}

/// A BIC (ISO 9362): 4 letters of the bank, 2 of the country, 2 letters or digits of the
/// place, and an optional branch of 3; upper case, no spaces.
pub fn parse_bic(text: &str) -> Result<String, DomainError> {
    let bic: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let ok = bic.is_ascii()
        && matches!(bic.len(), 8 | 11)
        && bic[..6].chars().all(|c| c.is_ascii_alphabetic())
        && bic[6..].chars().all(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(bic)
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-bic-invalid",
            bic = shown(text)
        )))
    }
}

/// An intra-EU VAT number as it is printed: capitals, no spaces or dots. A French one
/// (FR, a key of two digits, the SIREN) must have the key its SIREN gives:
/// (12 + 3 × (SIREN mod 97)) mod 97; others must start with two letters.
pub fn parse_vat_number(text: &str) -> Result<String, DomainError> {
    let vat: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-'))
        .flat_map(char::to_uppercase)
        .collect();
    let bad = |why: String| {
        DomainError::Invalid(crate::t!(
            "domain-vat-number-invalid",
            vat = shown(text),
            reason = why
        ))
    };
    let shaped = vat.is_ascii()
        && vat.len() >= 4
        && vat.len() <= 16
        && vat[..2].chars().all(|c| c.is_ascii_alphabetic())
        && vat[2..].chars().all(|c| c.is_ascii_alphanumeric());
    if !shaped {
        return Err(bad(crate::t!("domain-vat-number-shape")));
    }
    if let Some(rest) = vat.strip_prefix("FR") {
        let (key, siren) = rest.split_at(2.min(rest.len()));
        if siren.len() != 9 || !siren.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad(crate::t!("domain-vat-number-french-shape")));
        }
        if key.chars().all(|c| c.is_ascii_digit()) {
            let expected = (12 + 3 * (siren.parse::<u64>().unwrap_or(0) % 97)) % 97;
            if key.parse::<u64>().ok() != Some(expected) {
                return Err(bad(crate::t!(
                    "domain-vat-number-key",
                    siren = siren,
                    key = format!("{expected:02}")
                )));
            }
        }
    }
    Ok(vat)
}

/// A French VAT number carries a SIREN: it must be the one given beside it.
pub fn check_vat_matches_siren(vat: Option<&str>, siren: Option<&str>) -> Result<(), DomainError> {
    if let (Some(vat), Some(siren)) = (vat, siren)
        && let Some(rest) = vat.strip_prefix("FR")
        && rest.len() == 11
        && &rest[2..] != siren
    {
        return Err(DomainError::Invalid(crate::t!(
            "domain-vat-number-not-siren",
            vat = vat,
            siren = siren
        )));
    }
    Ok(())
}

/// An e-mail address as typed: trimmed; one address (an `@` with text on both sides, no
/// blank, no `,` or `;` that would make it two), at most 254 characters.
pub fn parse_email(text: &str) -> Result<String, DomainError> {
    let e = text.trim();
    let one_address = e.len() <= 254
        && e.split('@').count() == 2
        && !e.starts_with('@')
        && !e.ends_with('@')
        && !e.contains(|c: char| {
            c.is_whitespace() || c.is_control() || matches!(c, ',' | ';' | '<' | '>' | '"')
        });
    if one_address {
        Ok(e.to_string())
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-email-invalid",
            email = shown(e)
        )))
    }
}

/// The longest name a document prints.
pub const NAME_MAX_CHARS: usize = 200;
/// The longest postal address a document prints.
pub const ADDRESS_MAX_CHARS: usize = 500;

/// A character no text of the ledger may hold: the C0 and C1 control codes (U+0000 to
/// U+001F, U+007F to U+009F) and the Unicode line and paragraph separators, which break
/// a FEC line, a CSV row or a PDF text run.
pub fn is_control_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// A one-line text as typed for `flag`: trimmed, refused when it holds a control
/// character.
pub fn one_line(flag: &str, text: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.contains(is_control_char) {
        return Err(DomainError::Invalid(crate::t!(
            "domain-text-one-line",
            flag = flag,
            text = shown(t)
        )));
    }
    Ok(t.to_string())
}

/// A text of several lines as typed for `flag` (notes): trimmed, `\\n` read as a line
/// break, refused when it holds any other control character.
pub fn text_lines(flag: &str, text: &str) -> Result<String, DomainError> {
    let t = text.trim().replace("\\n", "\n").replace("\r\n", "\n");
    if t.contains(|c: char| is_control_char(c) && c != '\n') {
        return Err(DomainError::Invalid(crate::t!(
            "domain-text-control-character",
            flag = flag,
            text = shown(&t)
        )));
    }
    Ok(t)
}

/// A name (of the company, a customer, a product) as typed: trimmed, not empty, one line
/// without control characters, at most [`NAME_MAX_CHARS`] characters.
pub fn parse_name(flag: &str, text: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DomainError::Invalid(crate::t!("domain-text-empty", flag = flag)));
    }
    let t = one_line(flag, t)?;
    if t.chars().count() > NAME_MAX_CHARS {
        return Err(DomainError::Invalid(crate::t!(
            "domain-text-too-long",
            flag = flag,
            length = t.chars().count(),
            max = NAME_MAX_CHARS
        )));
    }
    Ok(t)
}

/// A postal address as typed: trimmed, `\\n` read as a line break, no other control
/// character, at most [`ADDRESS_MAX_CHARS`] characters.
pub fn parse_address(text: &str) -> Result<String, DomainError> {
    let a = text.trim().replace("\\n", "\n").replace("\r\n", "\n");
    if a.contains(|c: char| is_control_char(c) && c != '\n') {
        return Err(DomainError::Invalid(crate::t!(
            "domain-address-control-character",
            address = shown(&a)
        )));
    }
    if a.chars().count() > ADDRESS_MAX_CHARS {
        return Err(DomainError::Invalid(crate::t!(
            "domain-address-too-long",
            length = a.chars().count(),
            max = ADDRESS_MAX_CHARS
        )));
    }
    Ok(a)
}

/// A text given for an optional field: trimmed, `\\n` read as a line break, empty as none
/// (so that `--email ""` clears the field).
pub fn optional_text(text: &str) -> Option<String> {
    let t = text.trim().replace("\\n", "\n");
    (!t.is_empty()).then_some(t)
}

/// A one-line text given for an optional field `flag`: trimmed, empty as none, refused
/// when it holds a control character.
pub fn optional_line(flag: &str, text: &str) -> Result<Option<String>, DomainError> {
    let t = one_line(flag, text)?;
    Ok((!t.is_empty()).then_some(t))
}

/// A text as a message shows it: control characters escaped, cut after 60 characters.
fn shown(text: &str) -> String {
    let mut out: String = text.chars().take(60).flat_map(char::escape_default).collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siren_luhn() {
        assert_eq!(validate_siren("732 829 320").unwrap(), "732829320");
        assert!(validate_siren("732829321").is_err());
        assert!(validate_siren("12345678").is_err());
    }

    #[test]
    fn one_email_address_and_only_one() {
        assert_eq!(parse_email(" compta@acme.fr ").unwrap(), "compta@acme.fr");
        for bad in [
            "compta acme.fr",
            "compta@acme.fr;direction@acme.fr",
            "compta@acme.fr, direction@acme.fr",
            "compta@@acme.fr",
            "@acme.fr",
            "compta@",
            "Compta <compta@acme.fr>",
            "compta@acme.fr\r\nBcc: x@y.z",
        ] {
            assert!(parse_email(bad).is_err(), "{bad:?}");
        }
        assert!(parse_email(&format!("{}@acme.fr", "a".repeat(250))).is_err());
    }

    #[test]
    fn names_are_one_line_and_not_endless() {
        assert_eq!(parse_name("--name", " Acme ").unwrap(), "Acme");
        assert!(parse_name("--name", " ").is_err());
        assert!(parse_name("--name", "Acme\r\nX").is_err());
        assert!(parse_name("--name", "Ac\0me").is_err());
        for bad in [
            "A\u{1}B",
            "A\u{7F}B",
            "A\u{85}B",
            "A\u{9F}B",
            "A\u{2028}B",
            "A\u{2029}B",
        ] {
            let err = parse_name("--name", bad).unwrap_err().to_string();
            assert!(err.starts_with("--name `"), "{err}");
        }
        assert!(parse_name("--name", "Łukasz Œuvre ’").is_ok());
        assert!(parse_name("--name", &"é".repeat(NAME_MAX_CHARS)).is_ok());
        let err = parse_name("--name", &"x".repeat(1 << 20))
            .unwrap_err()
            .to_string();
        assert!(err.len() < 200, "the message does not repeat a megabyte: {err}");
    }

    #[test]
    fn addresses_keep_their_lines_and_nothing_else() {
        assert_eq!(
            parse_address("1 rue A\\n69002 Lyon").unwrap(),
            "1 rue A\n69002 Lyon"
        );
        assert_eq!(
            parse_address("1 rue A\r\n69002 Lyon").unwrap(),
            "1 rue A\n69002 Lyon"
        );
        assert!(parse_address("1 rue A\t69002").is_err());
        assert!(parse_address(&"x".repeat(ADDRESS_MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn french_vat_numbers_carry_the_key_of_their_siren() {
        assert_eq!(parse_vat_number("fr 68 842 130 577").unwrap(), "FR68842130577");
        assert!(
            parse_vat_number("FR69842130577")
                .unwrap_err()
                .to_string()
                .contains("FR68842130577")
        );
        assert!(parse_vat_number("FR6884213057").is_err());
        assert_eq!(parse_vat_number("DE123456789").unwrap(), "DE123456789");
        assert!(parse_vat_number("123456789").is_err());
        // found by the fuzzing of the customers import: a slice inside a letter
        assert!(parse_vat_number("Fé12345678").is_err());
        assert!(check_vat_matches_siren(Some("FR68842130577"), Some("842130577")).is_ok());
        assert!(check_vat_matches_siren(Some("FR68842130577"), Some("732829320")).is_err());
        assert!(check_vat_matches_siren(Some("DE123456789"), Some("732829320")).is_ok());
    }

    #[test]
    fn bics_have_eight_or_eleven_characters() {
        assert_eq!(parse_bic("agri fr pp xxx").unwrap(), "AGRIFRPPXXX");
        assert_eq!(parse_bic("AGRIFRPP").unwrap(), "AGRIFRPP");
        for bad in ["AGRIFRP", "AGR1FRPPXXX", "AGRIFRPPXX", "AGRIFRPP-XX", "AGRIFRé"] {
            assert!(parse_bic(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ibans_are_checked_mod_97() {
        assert_eq!(
            parse_iban("fr76 3000 6000 0112 3456 7890 189").unwrap(),
            "FR7630006000011234567890189"
        );
        assert!(parse_iban("FR7630006000011234567890188").is_err());
        assert!(parse_iban("FR76").is_err());
        // the right check digits but the wrong length for France
        assert!(parse_iban("FR76300060000112345678901").is_err());
    }
}
