//! Writing accounting entries: the FEC text file and its spreadsheet twin.

use std::io::{self, Write};

use chrono::NaiveDate;

use super::fmt::decimal_comma;
use super::neutralise_formula;
use crate::domain::fec::{Entry, FecAccounts, Journal};
use crate::domain::identity::is_control_char;
use crate::domain::money::Money;

/// The 18 FEC columns, in order.
pub const FEC_COLUMNS: [&str; 18] = [
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
];

/// How the file is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FecEncoding {
    /// ISO-8859-15, as the text asks
    Latin9,
    /// UTF-8, accepted by most software but not in the text
    Utf8,
}

/// ISO-8859-15 byte of a character, if it has one: Latin-1 but for eight places.
fn latin9_byte(c: char) -> Option<u8> {
    match c {
        '€' => Some(0xA4),
        'Š' => Some(0xA6),
        'š' => Some(0xA8),
        'Ž' => Some(0xB4),
        'ž' => Some(0xB8),
        'Œ' => Some(0xBC),
        'œ' => Some(0xBD),
        'Ÿ' => Some(0xBE),
        '\u{A4}' | '\u{A6}' | '\u{A8}' | '\u{B4}' | '\u{B8}' | '\u{BC}' | '\u{BD}' | '\u{BE}' => None,
        c if (c as u32) < 0x100 => Some(c as u8),
        _ => None,
    }
}

/// Text in ISO-8859-15: a character the encoding lacks is written as its closest
/// Latin letters (Ł as L, ș as s, € kept), never as `?`; one with no Latin form at all
/// is left out.
#[cfg(test)]
fn latin9_bytes(text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    push_latin9(text, &mut bytes);
    bytes
}

/// Appends `text` in ISO-8859-15 to `bytes` (see [`latin9_byte`]).
fn push_latin9(text: &str, bytes: &mut Vec<u8>) {
    // ASCII is the same in ISO-8859-15: most lines are only that
    if text.is_ascii() {
        bytes.extend_from_slice(text.as_bytes());
        return;
    }
    for c in text.chars() {
        match latin9_byte(c) {
            Some(b) => bytes.push(b),
            None => {
                let plain = deunicode::deunicode_char(c).unwrap_or("");
                bytes.extend(plain.chars().filter_map(latin9_byte));
            }
        }
    }
}

/// Typographic characters a French label often carries, in their plain form.
fn plain_form(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        '\u{202F}' | '\u{A0}' => ' ',
        '\u{2026}' => '.',
        other => other,
    }
}

/// Amount in cents as the FEC writes it: decimal comma, no thousands separator.
pub fn fec_amount(amount: Money) -> String {
    decimal_comma(amount)
}

pub fn fec_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    // written for every line: the digits by hand, not through a format string parsed
    // each time (chrono's `%Y` pads a year of four digits alike)
    match u32::try_from(d.year()) {
        Ok(year) if year <= 9999 => {
            let mut text = String::with_capacity(8);
            for n in [year / 1000, year / 100 % 10, year / 10 % 10, year % 10] {
                text.push(char::from(b'0' + n as u8));
            }
            for n in [d.month(), d.day()] {
                text.push(char::from(b'0' + (n / 10) as u8));
                text.push(char::from(b'0' + (n % 10) as u8));
            }
            text
        }
        _ => d.format("%Y%m%d").to_string(),
    }
}

/// The 18 fields of every line of an entry.
/// A journal's code and label.
fn journal_of(journal: Journal, accounts: &FecAccounts) -> (&str, &str) {
    match journal {
        Journal::Sales => (&accounts.sales_journal, &accounts.sales_journal_label),
        Journal::Bank => (&accounts.bank_journal, &accounts.bank_journal_label),
        Journal::Misc => (&accounts.misc_journal, &accounts.misc_journal_label),
        Journal::Opening => (&accounts.opening_journal, &accounts.opening_journal_label),
        Journal::Carried => (&accounts.carried_journal, &accounts.carried_journal_label),
    }
}

pub fn entry_rows(entry: &Entry, accounts: &FecAccounts) -> Vec<[String; 18]> {
    let (code, label) = journal_of(entry.journal, accounts);
    entry
        .lines
        .iter()
        .map(|l| {
            let (aux, aux_label) = l.aux.clone().unwrap_or_default();
            let (letter, letter_date) = match &l.letter {
                Some((letter, d)) => (letter.clone(), fec_date(*d)),
                None => (String::new(), String::new()),
            };
            [
                code.to_string(),
                label.to_string(),
                entry.number.clone(),
                fec_date(entry.date),
                l.account.clone(),
                l.account_label.clone(),
                aux,
                aux_label,
                entry.piece_ref.clone(),
                fec_date(entry.piece_date),
                entry.label.clone(),
                fec_amount(l.debit),
                fec_amount(l.credit),
                letter,
                letter_date,
                fec_date(entry.valid_date),
                l.foreign.map(|m| fec_amount(m.abs())).unwrap_or_default(),
                l.foreign.map(|m| m.currency().to_string()).unwrap_or_default(),
            ]
        })
        .collect()
}

/// Writes the FEC: header, then one line per accounting line, LF line ends.
pub struct FecWriter<W: Write> {
    out: W,
    separator: char,
    encoding: FecEncoding,
    buffer: String,
    /// The line in ISO-8859-15, kept from line to line.
    bytes: Vec<u8>,
}

impl<W: Write> FecWriter<W> {
    pub fn new(out: W, separator: char, encoding: FecEncoding) -> io::Result<Self> {
        let mut w = FecWriter {
            out,
            separator,
            encoding,
            buffer: String::new(),
            bytes: Vec::new(),
        };
        w.write_fields(&FEC_COLUMNS)?;
        Ok(w)
    }

    fn write_fields(&mut self, fields: &[&str]) -> io::Result<()> {
        self.buffer.clear();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.buffer.push(self.separator);
            }
            // most fields are printable ASCII without the separator: kept as they are
            if f.bytes()
                .all(|b| (0x20..0x7f).contains(&b) && char::from(b) != self.separator)
            {
                self.buffer.push_str(f);
                continue;
            }
            for c in f.chars().map(plain_form) {
                // the separator and control characters (tabs, line breaks...) cannot
                // appear inside a field
                let c = if c == self.separator || is_control_char(c) {
                    ' '
                } else {
                    c
                };
                self.buffer.push(c);
            }
        }
        self.buffer.push('\n');
        match self.encoding {
            FecEncoding::Utf8 => self.out.write_all(self.buffer.as_bytes()),
            FecEncoding::Latin9 => {
                self.bytes.clear();
                push_latin9(&self.buffer, &mut self.bytes);
                self.out.write_all(&self.bytes)
            }
        }
    }

    /// The entry's lines, the fields of [`entry_rows`] written as they are made: a
    /// file holds millions of lines, so no line's fields are gathered as strings first.
    pub fn write_entry(&mut self, entry: &Entry, accounts: &FecAccounts) -> io::Result<()> {
        let (code, label) = journal_of(entry.journal, accounts);
        let date = fec_date(entry.date);
        let piece_date = fec_date(entry.piece_date);
        let valid = fec_date(entry.valid_date);
        for l in &entry.lines {
            let (aux, aux_label) = match &l.aux {
                Some((aux, aux_label)) => (aux.as_str(), aux_label.as_str()),
                None => ("", ""),
            };
            let (letter, letter_date) = match &l.letter {
                Some((letter, d)) => (letter.as_str(), fec_date(*d)),
                None => ("", String::new()),
            };
            let foreign = l.foreign.map(|m| fec_amount(m.abs())).unwrap_or_default();
            let devise = l.foreign.map(|m| m.currency().to_string()).unwrap_or_default();
            self.write_fields(&[
                code,
                label,
                &entry.number,
                &date,
                &l.account,
                &l.account_label,
                aux,
                aux_label,
                &entry.piece_ref,
                &piece_date,
                &entry.label,
                &fec_amount(l.debit),
                &fec_amount(l.credit),
                letter,
                &letter_date,
                &valid,
                &foreign,
                &devise,
            ])?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes the entries as a spreadsheet reads them: UTF-8 with a BOM, `;`, decimal comma,
/// the FEC columns, formulas neutralised.
pub struct EntriesCsvWriter<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> EntriesCsvWriter<W> {
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all("\u{feff}".as_bytes())?;
        let mut out = csv::WriterBuilder::new().delimiter(b';').from_writer(out);
        out.write_record(FEC_COLUMNS)?;
        Ok(EntriesCsvWriter { out })
    }

    pub fn write_entry(&mut self, entry: &Entry, accounts: &FecAccounts) -> io::Result<()> {
        for row in entry_rows(entry, accounts) {
            self.out.write_record(row.iter().map(|c| neutralise_formula(c)))?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_use_a_decimal_comma() {
        assert_eq!(fec_amount(Money::eur(120000)), "1200,00");
        assert_eq!(fec_amount(Money::eur(5)), "0,05");
        assert_eq!(fec_amount(Money::eur(-12345)), "-123,45");
        assert_eq!(fec_amount(Money::eur(0)), "0,00");
    }

    proptest::proptest! {
        #[test]
        fn a_date_is_written_as_chrono_writes_it(days in -800_000i64..3_000_000) {
            let d = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
            proptest::prop_assert_eq!(fec_date(d), d.format("%Y%m%d").to_string());
        }
    }

    #[test]
    fn latin9_has_the_euro_and_oe() {
        assert_eq!(latin9_byte('€'), Some(0xA4));
        assert_eq!(latin9_byte('œ'), Some(0xBD));
        assert_eq!(latin9_byte('é'), Some(0xE9));
        assert_eq!(latin9_byte('\u{A4}'), None);
        assert_eq!(latin9_byte('😀'), None);
    }

    #[test]
    fn latin9_transliterates_what_it_lacks() {
        assert_eq!(latin9_bytes("Łódź œuvre €"), b"L\xF3dz \xBDuvre \xA4".to_vec());
        assert_eq!(latin9_bytes("Ştefan Dvořák"), b"Stefan Dvor\xE1k".to_vec());
        assert!(!latin9_bytes("Łę ș ğ ı 中").contains(&b'?'));
    }

    proptest::proptest! {
        /// A field of printable ASCII is copied whole, any other character by character:
        /// the line is the same either way, in both encodings.
        #[test]
        fn a_line_is_the_same_whatever_path_its_fields_take(
            fields in proptest::collection::vec("[a-zA-Z0-9 ,.|\t\n\x7fé’œ€Ł\u{2028}-]{0,12}", 1..6),
            tab in proptest::bool::ANY,
        ) {
            let separator = if tab { '\t' } else { '|' };
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            let mut want = String::new();
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    want.push(separator);
                }
                want.extend(f.chars().map(plain_form).map(|c| {
                    if c == separator || is_control_char(c) { ' ' } else { c }
                }));
            }
            want.push('\n');
            let mut utf8 = FecWriter::new(Vec::new(), separator, FecEncoding::Utf8).unwrap();
            let mut latin9 = FecWriter::new(Vec::new(), separator, FecEncoding::Latin9).unwrap();
            utf8.write_fields(&fields).unwrap();
            latin9.write_fields(&fields).unwrap();
            let (utf8, latin9) = (utf8.finish().unwrap(), latin9.finish().unwrap());
            proptest::prop_assert!(String::from_utf8(utf8).unwrap().ends_with(&want));
            let mut bytes = Vec::new();
            for c in want.chars() {
                match latin9_byte(c) {
                    Some(b) => bytes.push(b),
                    None => bytes.extend(deunicode::deunicode_char(c).unwrap_or("").chars().filter_map(latin9_byte)),
                }
            }
            proptest::prop_assert!(latin9.ends_with(&bytes));
        }
    }

    #[test]
    fn fields_never_carry_the_separator() {
        let mut w = FecWriter::new(Vec::new(), '|', FecEncoding::Utf8).unwrap();
        w.write_fields(&["a|b", "c\td’e\u{2028}f\u{85}"]).unwrap();
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        assert!(text.ends_with("a b|c d'e f \n"), "{text}");
    }
}
