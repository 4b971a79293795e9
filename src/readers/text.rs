//! Reading spreadsheets and statements: encodings, separators, French and ISO dates,
//! column names. Pure: bytes and text in, text and dates out.

use chrono::NaiveDate;

use crate::domain::DomainError;

/// Tells whether a byte stream read in chunks is valid UTF-8, carrying a character cut
/// between two chunks over to the next one.
#[derive(Debug, Default)]
pub struct Utf8Scan {
    carry: Vec<u8>,
    bad: bool,
}

impl Utf8Scan {
    pub fn feed(&mut self, chunk: &[u8]) {
        if self.bad {
            return;
        }
        let mut joined;
        let bytes = if self.carry.is_empty() {
            chunk
        } else {
            joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(chunk);
            &joined[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(_) => self.carry.clear(),
            Err(e) if e.error_len().is_none() => self.carry = bytes[e.valid_up_to()..].to_vec(),
            Err(_) => self.bad = true,
        }
    }

    /// True once a byte that cannot be UTF-8 was seen.
    pub fn failed(&self) -> bool {
        self.bad
    }

    /// True when every byte fed so far was UTF-8 and no character was left unfinished.
    pub fn is_utf8(&self) -> bool {
        !self.bad && self.carry.is_empty()
    }
}

/// The character an ISO-8859-15 (Latin-9) byte stands for: Latin-1 but for the euro
/// sign and seven letters. Bytes 0x80 to 0x9F, control codes that never stand in text,
/// are read as Windows-1252 (what Excel writes on Windows: `€`, `’`, `…`, `œ`...).
pub fn latin9_char(byte: u8) -> char {
    const WINDOWS_1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => WINDOWS_1252[(byte - 0x80) as usize],
        0xA4 => '€',
        0xA6 => 'Š',
        0xA8 => 'š',
        0xB4 => 'Ž',
        0xB8 => 'ž',
        0xBC => 'Œ',
        0xBD => 'œ',
        0xBE => 'Ÿ',
        b => char::from(b),
    }
}

/// Text from bytes: UTF-8 when they are valid UTF-8 (a byte-order mark is dropped),
/// else ISO-8859-15, the encoding of older French spreadsheet and bank exports.
pub fn decode_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}').to_string(),
        Err(_) => bytes.iter().map(|b| latin9_char(*b)).collect(),
    }
}

/// The field separator of a CSV file, read from its header line: `;` (French
/// spreadsheets), `,` or a tab, whichever appears most outside quotes.
pub fn detect_delimiter(header: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b';', b',', b'\t'][best]
}

/// A date written YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (days first, the
/// French way; never months first).
pub fn parse_any_date(what: &str, text: &str) -> Result<NaiveDate, DomainError> {
    let t = text.trim();
    let formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y%m%d"];
    formats
        .iter()
        .filter(|f| *f != &"%Y%m%d" || (t.len() == 8 && t.chars().all(|c| c.is_ascii_digit())))
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        .filter(|d| (1900..=2999).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| DomainError::Invalid(crate::t!("ops-rows-bad-date", column = what, value = text)))
}

/// A column name reduced to compare: lower case, no accents, `_` for spaces and dashes.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .flat_map(char::to_lowercase)
    {
        let plain = match c {
            ' ' | '-' | '\'' | '.' | '°' => '_',
            c => crate::domain::unaccent(c).to_ascii_lowercase(),
        };
        if plain == '_' && (out.is_empty() || out.ends_with('_')) {
            continue;
        }
        out.push(plain);
    }
    out.trim_end_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn latin9_bytes_become_their_letters() {
        assert_eq!(decode_text(b"Soci\xe9t\xe9 \xa4 \xbduvre"), "Société € œuvre");
        assert_eq!(decode_text("déjà €".as_bytes()), "déjà €");
        assert_eq!(decode_text(b"\xef\xbb\xbfcode"), "code");
        assert_eq!(decode_text(b"l\x92\xe9t\xe9 \x80"), "l’été €");
    }

    #[test]
    fn utf8_scan_accepts_a_character_cut_between_chunks() {
        let text = "Créances é€".as_bytes();
        for cut in 0..text.len() {
            let mut scan = Utf8Scan::default();
            scan.feed(&text[..cut]);
            scan.feed(&text[cut..]);
            assert!(scan.is_utf8(), "cut at {cut}");
        }
        let mut scan = Utf8Scan::default();
        scan.feed(b"Soci\xe9t\xe9");
        assert!(!scan.is_utf8());
        let mut scan = Utf8Scan::default();
        scan.feed(b"fin \xc3");
        assert!(!scan.is_utf8(), "an unfinished character at the end is not UTF-8");
    }

    #[test]
    fn the_separator_is_read_from_the_header() {
        assert_eq!(detect_delimiter("code;name;email"), b';');
        assert_eq!(detect_delimiter("code,name,email"), b',');
        assert_eq!(detect_delimiter("\"a;b\",c,d"), b',');
        assert_eq!(detect_delimiter("code\tname"), b'\t');
        assert_eq!(detect_delimiter("code"), b';');
    }

    #[test]
    fn dates_are_iso_or_day_first() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        for text in [
            "2026-03-05",
            "05/03/2026",
            "05-03-2026",
            "05.03.2026",
            "5/3/2026",
            "20260305",
        ] {
            assert_eq!(parse_any_date("date", text).unwrap(), d, "{text}");
        }
        for bad in ["03/15/2026", "2026-02-30", "hier", "", "15/03/26"] {
            assert!(parse_any_date("date", bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn latin9_decoding_never_fails_and_keeps_one_char_per_byte(bytes in proptest::collection::vec(128u8..=255, 1..64)) {
            let text = decode_text(&bytes);
            if std::str::from_utf8(&bytes).is_err() {
                prop_assert_eq!(text.chars().count(), bytes.len());
            }
        }

        #[test]
        fn any_day_reads_back_in_both_writings(days in 0i64..100_000) {
            let d = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(parse_any_date("d", &d.format("%d/%m/%Y").to_string()).unwrap(), d);
            prop_assert_eq!(parse_any_date("d", &d.to_string()).unwrap(), d);
        }
    }
}
