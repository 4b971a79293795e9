//! Entries in the import layouts of French accounting packages, beside the FEC and its
//! CSV twin: Sage (Ciel / Sage 50 XImport, fixed width) and EBP (ASCII import, commas).
//! Both are read in the DOS code page 850 and end lines with CR LF. The column
//! specifications, and where they come from, are in docs/exports.md.

use std::io::{self, Write};

use super::fec::EntriesCsvWriter;
use crate::domain::fec::{Entry, EntryLine, FecAccounts};
use crate::domain::money::Money;

/// The layout of `export entries`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EntriesLayout {
    /// The FEC columns for a spreadsheet: UTF-8 with BOM, `;`, decimal comma
    #[value(name = "fec-csv", alias = "csv")]
    FecCsv,
    /// Sage 50 / Ciel XImport: fixed width, code page 850
    Sage,
    /// EBP ASCII entry import: commas, code page 850
    Ebp,
}

impl EntriesLayout {
    /// The file name when none is given.
    pub fn default_name(self, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        match self {
            EntriesLayout::FecCsv => format!("ecritures-{from}-{to}.csv"),
            EntriesLayout::Sage => format!("XImport-{from}-{to}.txt"),
            EntriesLayout::Ebp => format!("ebp-{from}-{to}.txt"),
        }
    }
}

/// Code page 850 from 0x80 on, as DOS wrote French (box-drawing places left out: they
/// never occur in an entry).
const CP850_HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»', //
    '\0', '\0', '\0', '\0', '\0', 'Á', 'Â', 'À', '©', '\0', '\0', '\0', '\0', '¢', '¥', '\0', //
    '\0', '\0', '\0', '\0', '\0', '\0', 'ã', 'Ã', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '¤', //
    'ð', 'Ð', 'Ê', 'Ë', 'È', 'ı', 'Í', 'Î', 'Ï', '\0', '\0', '\0', '\0', '¦', 'Ì', '\0', //
    'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´', //
    '\u{AD}', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '\0', '\u{A0}',
];

fn cp850_byte(c: char) -> Option<u8> {
    if c.is_ascii() && !c.is_ascii_control() {
        return Some(c as u8);
    }
    CP850_HIGH
        .iter()
        .position(|&h| h == c && h != '\0')
        .map(|i| 0x80 + i as u8)
}

/// Text in code page 850: what it lacks as its closest Latin letters (œ as oe, € as
/// EUR, ’ as '), control characters as spaces.
pub fn cp850_bytes(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.push(b' ');
            continue;
        }
        match cp850_byte(c) {
            Some(b) => out.push(b),
            None => {
                let plain = deunicode::deunicode_char(c).unwrap_or("");
                out.extend(plain.chars().filter_map(cp850_byte));
            }
        }
    }
    out
}

/// `text` cut or padded with spaces to `width` characters.
fn fixed(text: &str, width: usize) -> String {
    let mut s: String = text.chars().take(width).collect();
    let n = s.chars().count();
    s.extend(std::iter::repeat_n(' ', width - n));
    s
}

/// An amount as both layouts write it: positive, a decimal point, two decimals, zeros in
/// front up to 13 characters (0000001200.00).
fn amount13(m: Money) -> String {
    let minor = m.minor().abs();
    format!("{:010}.{:02}", minor / 100, minor % 100)
}

/// The account a line is booked to in these packages: the customer's own account
/// (CACME) on 411 lines, the general account elsewhere.
fn account_of(l: &EntryLine) -> &str {
    l.aux.as_ref().map_or(l.account.as_str(), |(n, _)| n.as_str())
}

fn side(l: &EntryLine) -> (Money, char) {
    if l.debit.is_zero() {
        (l.credit, 'C')
    } else {
        (l.debit, 'D')
    }
}

fn too_long(what: &str, value: &str, width: usize, layout: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{what} `{value}` is longer than the {width} characters the {layout} layout allows"),
    )
}

/// Writes entries in one of the layouts.
pub enum LayoutWriter<W: Write> {
    FecCsv(Box<EntriesCsvWriter<W>>),
    Sage { out: W, entries: usize },
    Ebp { out: W, entries: usize },
}

impl<W: Write> LayoutWriter<W> {
    pub fn new(out: W, layout: EntriesLayout) -> io::Result<Self> {
        Ok(match layout {
            EntriesLayout::FecCsv => LayoutWriter::FecCsv(Box::new(EntriesCsvWriter::new(out)?)),
            EntriesLayout::Sage => LayoutWriter::Sage { out, entries: 0 },
            EntriesLayout::Ebp => LayoutWriter::Ebp { out, entries: 0 },
        })
    }

    pub fn write_entry(&mut self, entry: &Entry, accounts: &FecAccounts) -> io::Result<()> {
        match self {
            LayoutWriter::FecCsv(w) => w.write_entry(entry, accounts),
            LayoutWriter::Sage { out, entries } => {
                *entries += 1;
                write_sage(out, *entries, entry, accounts)
            }
            LayoutWriter::Ebp { out, entries } => {
                *entries += 1;
                write_ebp(out, *entries, entry, accounts)
            }
        }
    }

    pub fn finish(self) -> io::Result<()> {
        match self {
            LayoutWriter::FecCsv(w) => w.finish(),
            LayoutWriter::Sage { mut out, .. } | LayoutWriter::Ebp { mut out, .. } => out.flush(),
        }
    }
}

fn journal_code<'a>(entry: &Entry, accounts: &'a FecAccounts) -> &'a str {
    use crate::domain::fec::Journal;
    match entry.journal {
        Journal::Sales => &accounts.sales_journal,
        Journal::Bank => &accounts.bank_journal,
        Journal::Misc => &accounts.misc_journal,
        Journal::Opening => &accounts.opening_journal,
        Journal::Carried => &accounts.carried_journal,
    }
}

/// XImport: movement number (5, zeros in front), journal (2), date (8, AAAAMMJJ), due
/// date (8), piece (12), account (11), label (25), amount (13), D or C (1), matching
/// letter (12), analytic code (6), account name (34), euro mark (1).
fn write_sage(out: &mut impl Write, n: usize, entry: &Entry, accounts: &FecAccounts) -> io::Result<()> {
    if n > 99_999 {
        return Err(too_long("movement number", &n.to_string(), 5, "Sage"));
    }
    let journal = journal_code(entry, accounts);
    if journal.chars().count() > 2 {
        return Err(too_long("journal code", journal, 2, "Sage"));
    }
    for l in &entry.lines {
        let account = account_of(l);
        if account.chars().count() > 11 {
            return Err(too_long("account", account, 11, "Sage"));
        }
        let (amount, sense) = side(l);
        let name = l.aux.as_ref().map_or(l.account_label.as_str(), |(_, name)| name);
        let letter = l.letter.as_ref().map_or("", |(letter, _)| letter.as_str());
        let line = format!(
            "{n:05}{}{}{}{}{}{}{}{sense}{}{}{} ",
            fixed(journal, 2),
            entry.date.format("%Y%m%d"),
            fixed("", 8),
            fixed(&entry.number, 12),
            fixed(account, 11),
            fixed(&entry.label, 25),
            amount13(amount),
            fixed(letter, 12),
            fixed("", 6),
            fixed(name, 34),
        );
        out.write_all(&cp850_bytes(&line))?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

/// EBP ASCII: movement number (5, spaces in front), date (JJMMAAAA), journal, account
/// (15), an empty field, "label" (40), "piece" (15), amount (13), D or C, due date
/// (JJMMAAAA), an empty currency.
fn write_ebp(out: &mut impl Write, n: usize, entry: &Entry, accounts: &FecAccounts) -> io::Result<()> {
    let clean = |s: &str| s.replace([',', '"'], " ");
    let date = entry.date.format("%d%m%Y").to_string();
    let journal = clean(journal_code(entry, accounts));
    for l in &entry.lines {
        let account = clean(account_of(l));
        if account.chars().count() > 15 {
            return Err(too_long("account", &account, 15, "EBP"));
        }
        let (amount, sense) = side(l);
        let line = format!(
            "{n:>5},{date},{journal},{},,\"{}\",\"{}\",{},{sense},{date},",
            fixed(&account, 15),
            fixed(&clean(&entry.label), 40),
            fixed(&clean(&entry.number), 15),
            amount13(amount),
        );
        out.write_all(&cp850_bytes(&line))?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp850_has_the_french_letters_where_dos_put_them() {
        assert_eq!(cp850_bytes("é è à ç É"), b"\x82 \x8A \x85 \x87 \x90".to_vec());
        assert_eq!(cp850_bytes("œuvre 12 €"), b"oeuvre 12 EUR".to_vec());
        assert_eq!(cp850_bytes("a\tb"), b"a b".to_vec());
    }

    #[test]
    fn amounts_have_thirteen_characters() {
        assert_eq!(amount13(Money::eur(120000)), "0000001200.00");
        assert_eq!(amount13(Money::eur(5)), "0000000000.05");
    }

    #[test]
    fn fixed_cuts_and_pads() {
        assert_eq!(fixed("Créance", 4), "Créa");
        assert_eq!(fixed("AB", 4), "AB  ");
    }
}
