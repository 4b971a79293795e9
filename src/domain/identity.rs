//! Identities as they are typed: names, addresses, e-mail addresses, SIREN, VAT numbers,
//! IBAN. One rule per field, shared by the command line, the config and the imports, so
//! that nothing enters the ledger that a document or a mail would fail on every day.

use super::DomainError;

/// A SIREN: nine digits with a valid Luhn key.
pub fn validate_siren(text: &str) -> Result<String, DomainError> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit()) && luhn(&digits) {
        Ok(digits)
    } else {
        Err(DomainError::Invalid(format!(
            "SIREN `{text}` is not valid: it is nine digits with a Luhn check digit, e.g. 732829320"
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

/// An IBAN without spaces, upper case, with a valid check (ISO 13616 mod 97).
pub fn parse_iban(text: &str) -> Result<String, DomainError> {
    let iban: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let shaped = iban.len() >= 15
        && iban.len() <= 34
        && iban.chars().all(|c| c.is_ascii_alphanumeric())
        && iban[..2].chars().all(|c| c.is_ascii_alphabetic())
        && iban[2..4].chars().all(|c| c.is_ascii_digit());
    let valid = shaped && {
        let rotated = format!("{}{}", &iban[4..], &iban[..4]);
        let mut rest = 0u32;
        for c in rotated.chars() {
            let v = c.to_digit(36).unwrap_or(0);
            rest = if v >= 10 {
                (rest * 100 + v) % 97
            } else {
                (rest * 10 + v) % 97
            };
        }
        rest == 1
    };
    if valid {
        Ok(iban)
    } else {
        Err(DomainError::Invalid(format!(
            "IBAN `{text}` is not valid: check it against the bank details (e.g. FR76 3000 6000 0112 3456 7890 189)"
        )))
    }
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
        Err(DomainError::Invalid(format!(
            "email `{}` is not one address like compta@example.fr (several addresses are not allowed: keep one)",
            shown(e)
        )))
    }
}

/// An intra-EU VAT number as it is printed: capitals, no spaces.
pub fn normalize_vat_number(text: &str) -> String {
    text.replace(' ', "").to_ascii_uppercase()
}

/// The longest name a document prints.
pub const NAME_MAX_CHARS: usize = 200;
/// The longest postal address a document prints.
pub const ADDRESS_MAX_CHARS: usize = 500;

/// A name (of the company, a customer, a product) as typed: trimmed, not empty, one line
/// without control characters, at most [`NAME_MAX_CHARS`] characters.
pub fn parse_name(flag: &str, text: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DomainError::Invalid(format!("{flag} cannot be empty")));
    }
    if t.contains(char::is_control) {
        return Err(DomainError::Invalid(format!(
            "{flag} `{}` holds a line break or a control character: give it on one line",
            shown(t)
        )));
    }
    if t.chars().count() > NAME_MAX_CHARS {
        return Err(DomainError::Invalid(format!(
            "{flag} is {} characters long: keep it under {NAME_MAX_CHARS}",
            t.chars().count()
        )));
    }
    Ok(t.to_string())
}

/// A postal address as typed: trimmed, `\\n` read as a line break, no other control
/// character, at most [`ADDRESS_MAX_CHARS`] characters.
pub fn parse_address(text: &str) -> Result<String, DomainError> {
    let a = text.trim().replace("\\n", "\n").replace("\r\n", "\n");
    if a.contains(|c: char| c.is_control() && c != '\n') {
        return Err(DomainError::Invalid(format!(
            "address `{}` holds a control character: use \\n between its lines",
            shown(&a)
        )));
    }
    if a.chars().count() > ADDRESS_MAX_CHARS {
        return Err(DomainError::Invalid(format!(
            "the address is {} characters long: keep it under {ADDRESS_MAX_CHARS}",
            a.chars().count()
        )));
    }
    Ok(a)
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
    fn ibans_are_checked_mod_97() {
        assert_eq!(
            parse_iban("fr76 3000 6000 0112 3456 7890 189").unwrap(),
            "FR7630006000011234567890189"
        );
        assert!(parse_iban("FR7630006000011234567890188").is_err());
        assert!(parse_iban("FR76").is_err());
    }
}
