//! The FEC export, checked by the project's own FEC checker: every rule of
//! docs' reference fec.md ("Layout" and "Checks a FEC must pass"), written from the text,
//! applied to files exported by the binary. The checker is proved able to fail on
//! hand-broken files; the 411 balances per customer are compared with the aging report.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use crate::common::TestEnv;

// ---------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------

/// The 18 columns, in the order fec.md gives them.
pub const COLUMNS: [&str; 18] = [
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

/// Fields that are never empty.
const MANDATORY: [&str; 8] = [
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "Debit",
    "Credit",
    "JournalCode",
    "EcritureLib",
    "ValidDate",
];

fn col(name: &str) -> usize {
    COLUMNS
        .iter()
        .position(|c| *c == name)
        .unwrap_or_else(|| panic!("no FEC column {name}"))
}

/// How the bytes of a file are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// ISO-8859-15, the default of the text.
    Latin9,
    /// UTF-8, the option.
    Utf8,
}

/// The rule a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// Bytes that are not text in the declared encoding.
    Encoding,
    /// Not `<SIREN>FEC<closing date AAAAMMJJ>.txt`.
    FileName,
    /// Neither tab nor pipe, or both.
    Separator,
    /// The first line is not the 18 names in order.
    Header,
    /// A line without the header's field count.
    FieldCount,
    EmptyLine,
    /// Lines not in chronological order.
    Chronology,
    /// A mandatory field is empty.
    Mandatory,
    /// CompteNum does not start with 3 digits.
    Account,
    /// An amount with a decimal point, a thousands separator or anything but digits.
    Amount,
    /// Not a valid AAAAMMJJ date.
    Date,
    /// Debit and Credit both non-zero on one line.
    DebitAndCredit,
    /// An entry whose lines do not balance.
    EntryBalance,
    /// An entry whose lines carry several dates.
    EntryDate,
    /// EcritureNum not one continuous increasing sequence per journal, or an entry split.
    Sequence,
    /// Total debit ≠ total credit.
    FileBalance,
    /// A matching letter without its date, or a date without a letter.
    LetterDate,
    /// An auxiliary number without name or a name without number.
    Auxiliary,
    /// ValidDate before EcritureDate.
    ValidDate,
    /// A date outside the exported period.
    Period,
    /// The lines sharing a matching letter do not balance, or disagree on its date.
    LetterBalance,
}

#[derive(Debug, Clone)]
pub struct Violation {
    pub rule: Rule,
    /// 1-based line of the file, 0 for the file as a whole.
    pub line: usize,
    pub detail: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} (line {}): {}", self.rule, self.line, self.detail)
    }
}

/// ISO-8859-15 to text: Latin-1 but for eight places.
pub fn decode_latin9(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0xA4 => '€',
            0xA6 => 'Š',
            0xA8 => 'š',
            0xB4 => 'Ž',
            0xB8 => 'ž',
            0xBC => 'Œ',
            0xBD => 'œ',
            0xBE => 'Ÿ',
            b => char::from(b),
        })
        .collect()
}

/// The text of a file in `encoding`, with what is wrong with its bytes.
fn decode(bytes: &[u8], encoding: Encoding, out: &mut Vec<Violation>) -> String {
    let text = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                out.push(Violation {
                    rule: Rule::Encoding,
                    line: 0,
                    detail: format!("not UTF-8: {e}"),
                });
                String::from_utf8_lossy(bytes).into_owned()
            }
        },
        Encoding::Latin9 => {
            // A UTF-8 file read as ISO-8859-15 shows as Ã© and friends: a lead byte
            // 0xC2-0xF4 followed by a continuation byte is all but never Latin-9 text.
            if bytes
                .windows(2)
                .any(|w| (0xC2..=0xF4).contains(&w[0]) && (0x80..=0xBF).contains(&w[1]))
            {
                out.push(Violation {
                    rule: Rule::Encoding,
                    line: 0,
                    detail: "UTF-8 sequences in a file declared ISO-8859-15".into(),
                });
            }
            decode_latin9(bytes)
        }
    };
    if text.starts_with('\u{feff}') {
        out.push(Violation {
            rule: Rule::Encoding,
            line: 0,
            detail: "a byte-order mark before the header".into(),
        });
    }
    for (i, line) in text.split('\n').enumerate() {
        if let Some(c) = line
            .trim_end_matches('\r')
            .chars()
            .find(|c| (c.is_control() && *c != '\t') || ('\u{80}'..='\u{9f}').contains(c))
        {
            out.push(Violation {
                rule: Rule::Encoding,
                line: i + 1,
                detail: format!("control character U+{:04X}", c as u32),
            });
        }
    }
    text
}

fn fec_date(text: &str) -> Option<NaiveDate> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y%m%d").ok()
}

/// An amount in cents: optional minus, digits, and a decimal comma with one or two
/// decimals. No decimal point, no thousands separator, nothing else.
fn fec_amount(text: &str) -> Option<i128> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let negative = body.len() != text.len();
    let (units, decimals) = match body.split_once(',') {
        Some((u, d)) => (u, d),
        None => (body, ""),
    };
    if units.is_empty()
        || !units.bytes().all(|b| b.is_ascii_digit())
        || !decimals.bytes().all(|b| b.is_ascii_digit())
        || decimals.len() > 2
        || (body.contains(',') && decimals.is_empty())
    {
        return None;
    }
    let mut cents: i128 = units.parse::<i128>().ok()? * 100;
    match decimals.len() {
        1 => cents += decimals.parse::<i128>().ok()? * 10,
        2 => cents += decimals.parse::<i128>().ok()?,
        _ => {}
    }
    Some(if negative { -cents } else { cents })
}

/// The SIREN key: Luhn over the nine digits.
fn siren_is_valid(siren: &str) -> bool {
    if siren.len() != 9 || !siren.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = siren
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = (b - b'0') as u32;
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

/// `<SIREN>FEC<closing date>.txt`, the closing date being the end of the period.
fn check_file_name(name: &str, to: NaiveDate, out: &mut Vec<Violation>) {
    let mut bad = |detail: String| {
        out.push(Violation {
            rule: Rule::FileName,
            line: 0,
            detail,
        })
    };
    let Some(stem) = name.strip_suffix(".txt") else {
        return bad(format!("{name} does not end in .txt"));
    };
    if stem.len() != 20 || &stem[9..12] != "FEC" {
        return bad(format!("{name} is not SIRENFECAAAAMMJJ.txt"));
    }
    let (siren, date) = (&stem[..9], &stem[12..]);
    if !siren_is_valid(siren) {
        bad(format!("{siren} is not a valid SIREN"));
    }
    match fec_date(date) {
        None => bad(format!("{date} is not a date AAAAMMJJ")),
        Some(d) if d != to => bad(format!("{date} is not the closing date {to}")),
        Some(_) => {}
    }
}

/// Per entry: its first line, debit, credit, dates.
#[derive(Default)]
struct EntryTally {
    first_line: usize,
    debit: i128,
    credit: i128,
    dates: Vec<String>,
}

/// Per matching letter: debit, credit, its dates, the latest line date.
#[derive(Default)]
struct LetterTally {
    first_line: usize,
    debit: i128,
    credit: i128,
    dates: Vec<String>,
    latest_line: Option<NaiveDate>,
}

/// Checks an exported FEC against every rule of fec.md. `name` is the file name (not a
/// path); `from`..=`to` the exported period. Returns every violation found.
pub fn check_fec(
    name: &str,
    bytes: &[u8],
    encoding: Encoding,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Violation> {
    let mut out = Vec::new();
    check_file_name(name, to, &mut out);
    let text = decode(bytes, encoding, &mut out);
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    // The line end of the last line is not an empty line after it.
    if text.ends_with('\n') {
        lines.pop();
    }
    let v = |rule: Rule, line: usize, detail: String| Violation { rule, line, detail };

    let Some(header) = lines.first() else {
        out.push(v(Rule::Header, 1, "empty file: no header".into()));
        return out;
    };
    let (tabs, pipes) = (header.matches('\t').count(), header.matches('|').count());
    let sep = match (tabs, pipes) {
        (t, 0) if t > 0 => '\t',
        (0, p) if p > 0 => '|',
        (0, 0) => {
            out.push(v(
                Rule::Separator,
                1,
                "the header has neither tabs nor pipes".into(),
            ));
            return out;
        }
        (t, p) => {
            out.push(v(
                Rule::Separator,
                1,
                format!("the header mixes {t} tabs and {p} pipes"),
            ));
            if t >= p { '\t' } else { '|' }
        }
    };
    let names: Vec<&str> = header.split(sep).collect();
    if names != COLUMNS {
        out.push(v(
            Rule::Header,
            1,
            format!("the header is {names:?}, not the 18 FEC names in order"),
        ));
    }
    for (i, l) in lines.iter().enumerate().skip(1) {
        // the other separator as a whole field separator: a mixed file
        let other = if sep == '\t' { '|' } else { '\t' };
        if l.split(other).count() == COLUMNS.len() && l.split(sep).count() != COLUMNS.len() {
            out.push(v(
                Rule::Separator,
                i + 1,
                format!("this line is separated by {other:?}"),
            ));
        }
    }

    let (c_jc, c_num, c_date, c_acc, c_aux, c_auxlib, c_piece_date, c_debit, c_credit) = (
        col("JournalCode"),
        col("EcritureNum"),
        col("EcritureDate"),
        col("CompteNum"),
        col("CompAuxNum"),
        col("CompAuxLib"),
        col("PieceDate"),
        col("Debit"),
        col("Credit"),
    );
    let (c_let, c_datelet, c_valid, c_dev) = (
        col("EcritureLet"),
        col("DateLet"),
        col("ValidDate"),
        col("Montantdevise"),
    );

    let mut total_debit: i128 = 0;
    let mut total_credit: i128 = 0;
    let mut previous_date: Option<NaiveDate> = None;
    let mut entries: HashMap<(String, String), EntryTally> = HashMap::new();
    // per journal: the entry numbers in order of first appearance
    let mut journals: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current_entry: Option<(String, String)> = None;
    let mut letters: BTreeMap<(String, String, String), LetterTally> = BTreeMap::new();

    for (i, raw) in lines.iter().enumerate().skip(1) {
        let n = i + 1;
        if raw.trim().is_empty() {
            out.push(v(Rule::EmptyLine, n, "empty line".into()));
            continue;
        }
        let f: Vec<&str> = raw.split(sep).collect();
        if f.len() != COLUMNS.len() {
            out.push(v(
                Rule::FieldCount,
                n,
                format!("{} fields, the header has {}", f.len(), COLUMNS.len()),
            ));
            continue;
        }
        for m in MANDATORY {
            if f[col(m)].trim().is_empty() {
                out.push(v(Rule::Mandatory, n, format!("{m} is empty")));
            }
        }
        let account = f[c_acc];
        if !(account.len() >= 3 && account.bytes().take(3).all(|b| b.is_ascii_digit())) {
            out.push(v(
                Rule::Account,
                n,
                format!("CompteNum `{account}` does not start with 3 digits"),
            ));
        }
        let mut amount = |name: &str, text: &str, required: bool| -> i128 {
            if text.is_empty() && !required {
                return 0;
            }
            match fec_amount(text) {
                Some(c) => c,
                None => {
                    if !text.is_empty() {
                        out.push(v(
                            Rule::Amount,
                            n,
                            format!("{name} `{text}` is not digits with a decimal comma"),
                        ));
                    }
                    0
                }
            }
        };
        let debit = amount("Debit", f[c_debit], true);
        let credit = amount("Credit", f[c_credit], true);
        let _ = amount("Montantdevise", f[c_dev], false);
        if debit != 0 && credit != 0 {
            out.push(v(
                Rule::DebitAndCredit,
                n,
                format!("Debit {} and Credit {} on one line", f[c_debit], f[c_credit]),
            ));
        }
        total_debit += debit;
        total_credit += credit;

        let mut date = |name: &str, text: &str| -> Option<NaiveDate> {
            if text.is_empty() {
                return None;
            }
            let d = fec_date(text);
            if d.is_none() {
                out.push(v(
                    Rule::Date,
                    n,
                    format!("{name} `{text}` is not a date AAAAMMJJ"),
                ));
            }
            d
        };
        let entry_date = date("EcritureDate", f[c_date]);
        let _ = date("PieceDate", f[c_piece_date]);
        let letter_date = date("DateLet", f[c_datelet]);
        let valid_date = date("ValidDate", f[c_valid]);

        if let Some(d) = entry_date {
            if d < from || d > to {
                out.push(v(
                    Rule::Period,
                    n,
                    format!("EcritureDate {d} outside the period {from} to {to}"),
                ));
            }
            if let Some(p) = previous_date
                && d < p
            {
                out.push(v(
                    Rule::Chronology,
                    n,
                    format!("EcritureDate {d} comes after a line dated {p}"),
                ));
            }
            previous_date = Some(d);
        }
        if let (Some(e), Some(val)) = (entry_date, valid_date)
            && val < e
        {
            out.push(v(
                Rule::ValidDate,
                n,
                format!("ValidDate {val} before EcritureDate {e}"),
            ));
        }
        let letter = f[c_let].trim();
        match (letter.is_empty(), f[c_datelet].trim().is_empty()) {
            (false, true) => out.push(v(Rule::LetterDate, n, format!("letter {letter} without DateLet"))),
            (true, false) => out.push(v(
                Rule::LetterDate,
                n,
                format!("DateLet {} without a letter", f[c_datelet]),
            )),
            _ => {}
        }
        if let Some(d) = letter_date
            && (d < from || d > to)
        {
            out.push(v(
                Rule::Period,
                n,
                format!("DateLet {d} outside the period {from} to {to}"),
            ));
        }
        match (f[c_aux].trim().is_empty(), f[c_auxlib].trim().is_empty()) {
            (false, true) => out.push(v(
                Rule::Auxiliary,
                n,
                format!("CompAuxNum {} without CompAuxLib", f[c_aux]),
            )),
            (true, false) => out.push(v(
                Rule::Auxiliary,
                n,
                format!("CompAuxLib {} without CompAuxNum", f[c_auxlib]),
            )),
            _ => {}
        }

        // entries and their numbering
        let key = (f[c_jc].to_string(), f[c_num].to_string());
        if current_entry.as_ref() != Some(&key) {
            if entries.contains_key(&key) {
                out.push(v(
                    Rule::Sequence,
                    n,
                    format!("entry {} {} comes back after other entries", key.0, key.1),
                ));
            } else {
                journals.entry(key.0.clone()).or_default().push(key.1.clone());
            }
            current_entry = Some(key.clone());
        }
        let e = entries.entry(key).or_insert_with(|| EntryTally {
            first_line: n,
            ..Default::default()
        });
        e.debit += debit;
        e.credit += credit;
        if !e.dates.iter().any(|d| d == f[c_date]) {
            e.dates.push(f[c_date].to_string());
        }

        // matching letters, per account and auxiliary account
        if !letter.is_empty() {
            let t = letters
                .entry((account.to_string(), f[c_aux].to_string(), letter.to_string()))
                .or_insert_with(|| LetterTally {
                    first_line: n,
                    ..Default::default()
                });
            t.debit += debit;
            t.credit += credit;
            if !t.dates.iter().any(|d| d == f[c_datelet]) {
                t.dates.push(f[c_datelet].to_string());
            }
            t.latest_line = t.latest_line.max(entry_date);
        }
    }

    let mut sorted: Vec<(&(String, String), &EntryTally)> = entries.iter().collect();
    sorted.sort_by_key(|(_, e)| e.first_line);
    for ((journal, number), e) in sorted {
        if e.debit != e.credit {
            out.push(v(
                Rule::EntryBalance,
                e.first_line,
                format!(
                    "entry {journal} {number}: debit {} ≠ credit {}",
                    e.debit, e.credit
                ),
            ));
        }
        if e.dates.len() > 1 {
            out.push(v(
                Rule::EntryDate,
                e.first_line,
                format!("entry {journal} {number} has several dates {:?}", e.dates),
            ));
        }
    }
    for (journal, numbers) in &journals {
        let mut prefix: Option<&str> = None;
        for (i, number) in numbers.iter().enumerate() {
            let digits_at = number
                .rfind(|c: char| !c.is_ascii_digit())
                .map(|p| p + 1)
                .unwrap_or(0);
            let (p, digits) = number.split_at(digits_at);
            let expected = i as u64 + 1;
            match digits.parse::<u64>() {
                Ok(k) if k == expected => {}
                _ => {
                    out.push(v(
                        Rule::Sequence,
                        0,
                        format!(
                            "journal {journal}: entry {number} where number {expected} of the sequence is expected"
                        ),
                    ));
                    break;
                }
            }
            match prefix {
                None => prefix = Some(p),
                Some(q) if q != p => {
                    out.push(v(
                        Rule::Sequence,
                        0,
                        format!("journal {journal}: {number} does not continue the {q} sequence"),
                    ));
                    break;
                }
                _ => {}
            }
        }
    }
    if total_debit != total_credit {
        out.push(v(
            Rule::FileBalance,
            0,
            format!("total debit {total_debit} ≠ total credit {total_credit} (cents)"),
        ));
    }
    for ((account, aux, letter), t) in &letters {
        if t.debit != t.credit {
            out.push(v(
                Rule::LetterBalance,
                t.first_line,
                format!(
                    "letter {letter} on {account} {aux}: debit {} ≠ credit {}",
                    t.debit, t.credit
                ),
            ));
        }
        if t.dates.len() > 1 {
            out.push(v(
                Rule::LetterBalance,
                t.first_line,
                format!(
                    "letter {letter} on {account} {aux} has several dates {:?}",
                    t.dates
                ),
            ));
        }
        if let (Some(d), Some(latest)) = (t.dates.first().and_then(|d| fec_date(d)), t.latest_line)
            && d < latest
        {
            out.push(v(
                Rule::LetterBalance,
                t.first_line,
                format!("letter {letter} on {account} {aux} dated {d}, before its line of {latest}"),
            ));
        }
    }
    out
}

/// Panics with every violation unless there are none.
#[track_caller]
pub fn assert_valid_fec(name: &str, bytes: &[u8], encoding: Encoding, from: NaiveDate, to: NaiveDate) {
    let found = check_fec(name, bytes, encoding, from, to);
    assert!(
        found.is_empty(),
        "{name} breaks {} FEC rules:\n{}",
        found.len(),
        found.iter().map(|v| v.to_string()).collect::<Vec<_>>().join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Reading FEC files in tests
// ---------------------------------------------------------------------------------------

/// One data line of a FEC, by column name.
#[derive(Debug, Clone)]
pub struct FecLine(pub Vec<String>);

impl FecLine {
    pub fn get(&self, name: &str) -> &str {
        &self.0[col(name)]
    }

    pub fn debit(&self) -> i128 {
        fec_amount(self.get("Debit")).expect("debit")
    }

    pub fn credit(&self) -> i128 {
        fec_amount(self.get("Credit")).expect("credit")
    }
}

/// The data lines of a valid FEC text (header skipped).
pub fn fec_lines(text: &str) -> Vec<FecLine> {
    let header = text.lines().next().expect("header");
    let sep = if header.contains('\t') { '\t' } else { '|' };
    text.lines()
        .skip(1)
        .map(|l| FecLine(l.split(sep).map(String::from).collect()))
        .collect()
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Amount text `1234.56` to cents.
pub fn cents(text: &str) -> i128 {
    fec_amount(&text.replace('.', ",")).unwrap_or_else(|| panic!("not an amount: {text}"))
}

fn rules(found: &[Violation]) -> Vec<Rule> {
    let mut r: Vec<Rule> = found.iter().map(|v| v.rule).collect();
    r.sort();
    r.dedup();
    r
}

// ---------------------------------------------------------------------------------------
// The checker on known files
// ---------------------------------------------------------------------------------------

/// The example of fec.md, verbatim.
const FEC_MD_EXAMPLE: &str = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise
VT|Journal des ventes|VT000001|20261124|411000|Clients|CACME|ACME SAS|FACT-2026-0001|20261124|Facture FACT-2026-0001 ACME|1200,00|0,00|A|20261210|20261124||
VT|Journal des ventes|VT000001|20261124|706000|Prestations de services|||FACT-2026-0001|20261124|Facture FACT-2026-0001 ACME|0,00|1000,00|||20261124||
VT|Journal des ventes|VT000001|20261124|44571|TVA collectee|||FACT-2026-0001|20261124|Facture FACT-2026-0001 ACME|0,00|200,00|||20261124||
BQ|Journal de banque|BQ000001|20261210|512000|Banque|||VIR-20261210|20261210|Reglement FACT-2026-0001 ACME|1200,00|0,00|||20261210||
BQ|Journal de banque|BQ000001|20261210|411000|Clients|CACME|ACME SAS|VIR-20261210|20261210|Reglement FACT-2026-0001 ACME|0,00|1200,00|A|20261210|20261210||
";

#[test]
fn the_checker_accepts_the_example_of_the_reference() {
    let (from, to) = (day("2026-01-01"), day("2026-12-31"));
    assert_valid_fec(
        "842130577FEC20261231.txt",
        FEC_MD_EXAMPLE.as_bytes(),
        Encoding::Latin9,
        from,
        to,
    );
    let crlf = FEC_MD_EXAMPLE.replace('\n', "\r\n");
    assert_valid_fec(
        "842130577FEC20261231.txt",
        crlf.as_bytes(),
        Encoding::Utf8,
        from,
        to,
    );
    let tabs = FEC_MD_EXAMPLE.replace('|', "\t");
    assert_valid_fec(
        "842130577FEC20261231.txt",
        tabs.as_bytes(),
        Encoding::Latin9,
        from,
        to,
    );
}

#[test]
fn the_checker_decodes_iso_8859_15_by_hand() {
    let bytes: Vec<u8> = vec![
        0x41, 0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE, 0xE9, 0xE8, 0xA3, 0xFF,
    ];
    assert_eq!(decode_latin9(&bytes), "A€ŠšŽžŒœŸéè£ÿ");
    assert!(siren_is_valid("842130577"));
    assert!(!siren_is_valid("842130578"));
    assert_eq!(fec_amount("1200,00"), Some(120000));
    assert_eq!(fec_amount("-0,05"), Some(-5));
    assert_eq!(fec_amount("12,5"), Some(1250));
    for bad in [
        "1 200,00", "1.200,00", "1200.00", "", ",00", "12,", "1200,000", "12a,00", "+1,00",
    ] {
        assert_eq!(fec_amount(bad), None, "{bad}");
    }
}

/// The lines of `text` as fields, to be broken by hand and joined back.
fn split_fec(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split('|').map(String::from).collect())
        .collect()
}

fn join_fec(rows: &[Vec<String>]) -> String {
    let mut s: String = rows.iter().map(|r| r.join("|")).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}

/// The index of the first data row matching `pred`.
fn find_row(rows: &[Vec<String>], pred: impl Fn(&[String]) -> bool) -> usize {
    rows.iter()
        .enumerate()
        .skip(1)
        .find(|(_, r)| pred(r))
        .map(|(i, _)| i)
        .expect("a row to break")
}

/// The demo ledger on 2026-11-24 exported for 2026, pipe-separated, UTF-8.
fn demo_env() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["demo", "--as-of", "2026-11-24"]);
    env
}

#[test]
fn the_checker_reports_hand_broken_files() {
    let env = demo_env();
    env.ok(&[
        "export",
        "fec",
        "--year",
        "2026",
        "--separator",
        "pipe",
        "--encoding",
        "utf8",
        "--as-of",
        "2026-11-24",
    ]);
    let name = "842130577FEC20261231.txt";
    let good = std::fs::read_to_string(env.dir.path().join(name)).expect("exported file");
    let (from, to) = (day("2026-01-01"), day("2026-12-31"));
    assert_valid_fec(name, good.as_bytes(), Encoding::Utf8, from, to);
    let rows = split_fec(&good);
    let (debit, credit, date, aux_lib, num, letter, datelet, valid) = (
        col("Debit"),
        col("Credit"),
        col("EcritureDate"),
        col("CompAuxLib"),
        col("EcritureNum"),
        col("EcritureLet"),
        col("DateLet"),
        col("ValidDate"),
    );
    let is_706 = move |r: &[String]| r[col("CompteNum")] == "706000";
    let is_411_debit = move |r: &[String]| r[col("CompteNum")] == "411000" && r[debit] != "0,00";
    let lettered = move |r: &[String]| !r[letter].is_empty();

    type Break = Box<dyn Fn(&mut Vec<Vec<String>>)>;
    let cases: Vec<(&str, Break, Rule, bool)> = vec![
        (
            "an unbalanced entry",
            Box::new(move |rows| {
                let i = find_row(rows, is_706);
                rows[i][credit] = "999,99".into();
            }),
            Rule::EntryBalance,
            false,
        ),
        (
            "a gap in EcritureNum (VT000002 and later shifted by one)",
            Box::new(move |rows| {
                for r in rows.iter_mut().skip(1) {
                    if let Some(k) = r[num].strip_prefix("VT").and_then(|k| k.parse::<u32>().ok())
                        && k >= 2
                    {
                        r[num] = format!("VT{:06}", k + 1);
                    }
                }
            }),
            Rule::Sequence,
            true,
        ),
        (
            "an entry number out of order",
            Box::new(move |rows| {
                for r in rows.iter_mut() {
                    if r[num] == "VT000002" {
                        r[num] = "VT000003".into();
                    } else if r[num] == "VT000003" {
                        r[num] = "VT000002".into();
                    }
                }
            }),
            Rule::Sequence,
            true,
        ),
        (
            "both debit and credit on a line (entry still balanced)",
            Box::new(move |rows| {
                let i = find_row(rows, is_411_debit);
                let d = fec_amount(&rows[i][debit]).unwrap() + 1;
                rows[i][debit] = format!("{},{:02}", d / 100, d % 100);
                rows[i][credit] = "0,01".into();
            }),
            Rule::DebitAndCredit,
            true,
        ),
        (
            "an impossible date",
            Box::new(move |rows| rows[1][date] = "20260230".into()),
            Rule::Date,
            false,
        ),
        (
            "a date not AAAAMMJJ",
            Box::new(move |rows| rows[1][valid] = "2026-01-05".into()),
            Rule::Date,
            false,
        ),
        (
            "a missing auxiliary name",
            Box::new(move |rows| {
                let i = find_row(rows, is_411_debit);
                rows[i][aux_lib].clear();
            }),
            Rule::Auxiliary,
            true,
        ),
        (
            "an auxiliary name without number",
            Box::new(move |rows| {
                let i = find_row(rows, is_706);
                rows[i][aux_lib] = "ACME".into();
            }),
            Rule::Auxiliary,
            true,
        ),
        (
            "an empty line",
            Box::new(move |rows| rows.insert(3, vec![String::new()])),
            Rule::EmptyLine,
            true,
        ),
        (
            "a missing header",
            Box::new(move |rows| {
                rows.remove(0);
            }),
            Rule::Header,
            false,
        ),
        (
            "a header in another order",
            Box::new(move |rows| rows[0].swap(11, 12)),
            Rule::Header,
            true,
        ),
        (
            "a line with a field too many",
            Box::new(move |rows| rows[2].push("x".into())),
            Rule::FieldCount,
            false,
        ),
        (
            "a thousands separator",
            Box::new(move |rows| {
                let i = find_row(rows, |r| r[debit].len() > 6);
                let d = rows[i][debit].clone();
                let (units, rest) = d.split_at(d.len() - 6);
                rows[i][debit] = format!("{units} {rest}");
            }),
            Rule::Amount,
            false,
        ),
        (
            "a decimal point",
            Box::new(move |rows| rows[1][debit] = rows[1][debit].replace(',', ".")),
            Rule::Amount,
            false,
        ),
        (
            "an account not starting with 3 digits",
            Box::new(move |rows| {
                let i = find_row(rows, is_706);
                rows[i][col("CompteNum")] = "VENTES".into();
            }),
            Rule::Account,
            true,
        ),
        (
            "an empty EcritureLib",
            Box::new(move |rows| rows[1][col("EcritureLib")].clear()),
            Rule::Mandatory,
            true,
        ),
        (
            "an empty JournalCode",
            Box::new(move |rows| rows[1][col("JournalCode")].clear()),
            Rule::Mandatory,
            false,
        ),
        (
            "an entry with two dates",
            Box::new(move |rows| {
                let i = find_row(rows, is_706);
                let d = fec_date(&rows[i][date]).unwrap() + chrono::Days::new(1);
                rows[i][date] = d.format("%Y%m%d").to_string();
                rows[i][valid] = rows[i][date].clone();
            }),
            Rule::EntryDate,
            false,
        ),
        (
            "a line dropped: the file does not balance",
            Box::new(move |rows| {
                let i = find_row(rows, is_706);
                rows.remove(i);
            }),
            Rule::FileBalance,
            false,
        ),
        (
            "a letter without its date",
            Box::new(move |rows| {
                let i = find_row(rows, lettered);
                rows[i][datelet].clear();
            }),
            Rule::LetterDate,
            false,
        ),
        (
            "a lettered line unlettered: its letter no longer balances",
            Box::new(move |rows| {
                let i = find_row(rows, lettered);
                rows[i][letter].clear();
                rows[i][datelet].clear();
            }),
            Rule::LetterBalance,
            true,
        ),
        (
            "ValidDate before EcritureDate",
            Box::new(move |rows| {
                let last = rows.len() - 1;
                let d = fec_date(&rows[last][date]).unwrap() - chrono::Days::new(1);
                rows[last][valid] = d.format("%Y%m%d").to_string();
            }),
            Rule::ValidDate,
            true,
        ),
        (
            "lines out of chronological order",
            Box::new(move |rows| {
                let n = rows.len();
                rows.swap(1, n - 1);
            }),
            Rule::Chronology,
            false,
        ),
        (
            "a date outside the fiscal year",
            Box::new(move |rows| {
                for r in rows.iter_mut().skip(1) {
                    if r[num] == "VT000001" {
                        r[date] = "20251231".into();
                        r[valid] = "20251231".into();
                    }
                }
            }),
            Rule::Period,
            false,
        ),
    ];
    for (what, break_it, rule, alone) in &cases {
        let mut broken = rows.clone();
        break_it(&mut broken);
        let found = check_fec(name, join_fec(&broken).as_bytes(), Encoding::Utf8, from, to);
        assert!(
            found.iter().any(|v| v.rule == *rule),
            "{what}: {rule:?} not reported; found {:#?}",
            found.iter().map(|v| v.to_string()).collect::<Vec<_>>()
        );
        if *alone {
            assert_eq!(
                rules(&found),
                vec![*rule],
                "{what}: only {rule:?} expected, found {:#?}",
                found.iter().map(|v| v.to_string()).collect::<Vec<_>>()
            );
        }
    }

    // File-level breakages.
    let bad = |n: &str| rules(&check_fec(n, good.as_bytes(), Encoding::Utf8, from, to));
    assert_eq!(
        bad("842130577FEC20261130.txt"),
        [Rule::FileName],
        "not the closing date"
    );
    assert_eq!(
        bad("842130578FEC20261231.txt"),
        [Rule::FileName],
        "a SIREN with a wrong key"
    );
    assert_eq!(bad("842130577FEC20261231.csv"), [Rule::FileName]);
    assert_eq!(bad("FEC20261231.txt"), [Rule::FileName]);
    let mixed = good.replacen("JournalCode|JournalLib", "JournalCode\tJournalLib", 1);
    assert!(rules(&check_fec(name, mixed.as_bytes(), Encoding::Utf8, from, to)).contains(&Rule::Separator));
    let semicolons = good.replace('|', ";");
    assert!(
        rules(&check_fec(name, semicolons.as_bytes(), Encoding::Utf8, from, to)).contains(&Rule::Separator)
    );
    let blank_end = format!("{good}\n");
    assert_eq!(
        rules(&check_fec(name, blank_end.as_bytes(), Encoding::Utf8, from, to)),
        [Rule::EmptyLine]
    );
    // The demo's accents in UTF-8, read as the ISO-8859-15 a FEC is by default.
    assert!(good.contains('è'), "the demo has accented labels");
    assert_eq!(
        rules(&check_fec(name, good.as_bytes(), Encoding::Latin9, from, to)),
        [Rule::Encoding]
    );
    let mut invalid_utf8 = good.clone().into_bytes();
    invalid_utf8.extend_from_slice(&[0xE9, b'\n']);
    assert!(rules(&check_fec(name, &invalid_utf8, Encoding::Utf8, from, to)).contains(&Rule::Encoding));
    // An export for a narrower period read as if it were the whole year is fine; the
    // whole year read as one month is not.
    assert!(
        rules(&check_fec(
            "842130577FEC20260131.txt",
            good.as_bytes(),
            Encoding::Utf8,
            day("2026-01-01"),
            day("2026-01-31")
        ))
        .contains(&Rule::Period)
    );
}

// ---------------------------------------------------------------------------------------
// Exports of the demo ledger
// ---------------------------------------------------------------------------------------

/// Runs `export fec ARGS --format json` on 2026-11-24 and returns its summary.
fn export(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["export", "fec"];
    all.extend(args);
    all.extend(["--as-of", "2026-11-24"]);
    env.json(&all)
}

/// The bytes of an exported file, checked; returns the text (decoded).
#[track_caller]
fn read_checked(path: &Path, encoding: Encoding, from: NaiveDate, to: NaiveDate) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert_valid_fec(name, &bytes, encoding, from, to);
    match encoding {
        Encoding::Latin9 => decode_latin9(&bytes),
        Encoding::Utf8 => String::from_utf8(bytes).unwrap(),
    }
}

#[test]
fn the_demo_ledger_exports_a_valid_fec_in_every_form() {
    let env = demo_env();
    let dir = env.dir.path();

    // Defaults: tab, ISO-8859-15, SIRENFECclosing.txt in the current folder.
    let summary = export(&env, &["--year", "2026"]);
    let default = dir.join("842130577FEC20261231.txt");
    assert!(
        default.is_file(),
        "the default file name in the current folder: {summary:#}"
    );
    let (y_from, y_to) = (day("2026-01-01"), day("2026-12-31"));
    let latin9 = read_checked(&default, Encoding::Latin9, y_from, y_to);
    assert!(latin9.starts_with("JournalCode\tJournalLib\t"), "tab by default");
    let raw = std::fs::read(&default).unwrap();
    assert!(raw.contains(&0xE8), "è as the single ISO-8859-15 byte 0xE8");
    assert!(std::str::from_utf8(&raw).is_err(), "not UTF-8 by default");
    let lines = fec_lines(&latin9);
    assert_eq!(
        summary["lines"].as_u64(),
        Some(lines.len() as u64),
        "the summary counts the lines written"
    );
    assert!(
        lines.len() > 100,
        "the demo has a year of entries: {}",
        lines.len()
    );
    for journal in ["VT", "BQ", "OD"] {
        assert!(
            lines.iter().any(|l| l.get("JournalCode") == journal),
            "a {journal} entry in the demo year"
        );
    }
    assert!(
        lines.iter().any(|l| l.get("CompteNum") == "654000"),
        "the demo's write-off"
    );
    assert!(
        lines.iter().any(|l| !l.get("EcritureLet").is_empty()),
        "settled invoices are lettered"
    );
    let total: i128 = lines.iter().map(|l| l.debit()).sum();
    assert_eq!(summary["debit"].as_str().map(cents), Some(total));

    // Pipe, ISO-8859-15.
    let sub = dir.join("pipe");
    std::fs::create_dir(&sub).unwrap();
    let pipe = sub.join("842130577FEC20261231.txt");
    export(
        &env,
        &[
            "--year",
            "2026",
            "--separator",
            "pipe",
            "--out",
            pipe.to_str().unwrap(),
        ],
    );
    let pipe_text = read_checked(&pipe, Encoding::Latin9, y_from, y_to);
    assert_eq!(pipe_text, latin9.replace('\t', "|"), "the same file with pipes");

    // Tab and pipe in UTF-8: the same text.
    for (sep, c) in [("tab", '\t'), ("pipe", '|')] {
        let sub = dir.join(format!("utf8-{sep}"));
        std::fs::create_dir(&sub).unwrap();
        let out = sub.join("842130577FEC20261231.txt");
        export(
            &env,
            &[
                "--year",
                "2026",
                "--separator",
                sep,
                "--encoding",
                "utf8",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        let text = read_checked(&out, Encoding::Utf8, y_from, y_to);
        assert_eq!(
            text,
            latin9.replace('\t', &c.to_string()),
            "UTF-8 {sep} decodes like ISO-8859-15"
        );
    }

    // A period over two years, up to the as-of day: named after its closing date.
    let (from, to) = (day("2025-01-01"), day("2026-11-24"));
    let summary = export(&env, &["--from", "2025-01-01", "--to", "2026-11-24"]);
    let long = dir.join("842130577FEC20261124.txt");
    assert!(long.is_file(), "{summary:#}");
    let text = read_checked(&long, Encoding::Latin9, from, to);
    let two_years = fec_lines(&text);
    assert!(two_years.len() > lines.len(), "2025 adds entries");
    assert!(
        two_years
            .iter()
            .any(|l| l.get("EcritureDate").starts_with("2025"))
    );
    for (sep, enc, encoding) in [
        ("pipe", "utf8", Encoding::Utf8),
        ("tab", "utf8", Encoding::Utf8),
        ("pipe", "latin9", Encoding::Latin9),
    ] {
        let sub = dir.join(format!("long-{sep}-{enc}"));
        std::fs::create_dir(&sub).unwrap();
        let out = sub.join("842130577FEC20261124.txt");
        export(
            &env,
            &[
                "--from",
                "2025-01-01",
                "--to",
                "2026-11-24",
                "--separator",
                sep,
                "--encoding",
                enc,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        read_checked(&out, encoding, from, to);
    }
    // A single month.
    let sub = dir.join("march");
    std::fs::create_dir(&sub).unwrap();
    let out = sub.join("842130577FEC20260331.txt");
    export(
        &env,
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    read_checked(&out, Encoding::Latin9, day("2026-03-01"), day("2026-03-31"));
}

/// The first day anything happened in the ledger.
fn first_day(env: &TestEnv) -> String {
    let conn = rusqlite::Connection::open(&env.db).expect("open ledger");
    conn.query_row(
        "SELECT MIN(d) FROM (SELECT MIN(issue_date) AS d FROM invoice WHERE number IS NOT NULL
                             UNION ALL SELECT MIN(date) FROM payment
                             UNION ALL SELECT MIN(written_off_on) FROM invoice)",
        [],
        |r| r.get(0),
    )
    .expect("first day")
}

/// The 411 balance per customer (by auxiliary account, without its prefix C) of a FEC.
fn balances_411(lines: &[FecLine]) -> BTreeMap<String, i128> {
    let mut out: BTreeMap<String, i128> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.get("CompteNum").starts_with("411")) {
        let aux = l.get("CompAuxNum");
        let code = aux.strip_prefix('C').unwrap_or(aux).to_string();
        *out.entry(code).or_default() += l.debit() - l.credit();
    }
    out.retain(|_, c| *c != 0);
    out
}

/// `total` per customer of `report aging --format json` on `as_of`.
fn aging_totals(env: &TestEnv, as_of: &str) -> BTreeMap<String, i128> {
    let v = env.json(&["report", "aging", "--as-of", as_of]);
    let mut out = BTreeMap::new();
    for row in v.as_array().unwrap_or_else(|| panic!("aging rows: {v:#}")) {
        let total = cents(row["total"].as_str().expect("total"));
        if total != 0 {
            out.insert(row["customer"].as_str().expect("customer").to_string(), total);
        }
    }
    out
}

/// Exports from the first day of the ledger to `as_of` and compares the 411 balances
/// with the aging totals of the same day.
#[track_caller]
fn assert_411_equals_aging(env: &TestEnv, as_of: &str) {
    let first = first_day(env);
    let sub = env.dir.path().join(format!("upto-{as_of}"));
    std::fs::create_dir_all(&sub).unwrap();
    let name = format!("842130577FEC{}.txt", as_of.replace('-', ""));
    let out = sub.join(&name);
    env.ok(&[
        "export",
        "fec",
        "--from",
        &first,
        "--to",
        as_of,
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        as_of,
    ]);
    let text = read_checked(&out, Encoding::Latin9, day(&first), day(as_of));
    let fec = balances_411(&fec_lines(&text));
    let aging = aging_totals(env, as_of);
    assert!(!aging.is_empty(), "something is owed on {as_of}");
    assert_eq!(
        fec, aging,
        "411 balance per customer in the FEC vs aging total on {as_of}"
    );
}

#[test]
fn the_411_balances_of_the_demo_equal_the_aging_report() {
    let env = demo_env();
    for d in ["2026-03-31", "2026-08-15", "2026-11-24"] {
        assert_411_equals_aging(&env, d);
    }
}

// ---------------------------------------------------------------------------------------
// A small ledger built by hand: payments, a credit note, an overpayment, a write-off
// ---------------------------------------------------------------------------------------

/// ACME, four invoices of 1 × AUDIT (1200.00 incl. VAT, due 30 days after issue):
/// - F1 (01-10) paid 500.00 on 01-20 and 700.00 on 02-05: settled;
/// - F2 (01-15) paid 300.00 on 02-01: open (900.00);
/// - F3 (02-01) credited 240.00 on 02-10, paid 1000.00 with --overpay on 02-20: settled,
///   40.00 of customer credit;
/// - F4 (02-05) paid 200.00 on 02-10, written off on 03-01 (1000.00).
fn hand_built() -> TestEnv {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("@AUDIT;1", "2026-01-10");
    let f2 = env.issued_invoice("@AUDIT;1", "2026-01-15");
    assert_eq!((f1.as_str(), f2.as_str()), ("FACT-2026-0001", "FACT-2026-0002"));
    let pay = |inv: &str, amount: &str, date: &str, reference: &str, overpay: bool| {
        let mut args = vec![
            "invoice",
            "pay",
            inv,
            "--amount",
            amount,
            "--date",
            date,
            "--reference",
            reference,
        ];
        if overpay {
            args.push("--overpay");
        }
        env.ok(&args);
    };
    pay("FACT-2026-0001", "500", "2026-01-20", "VIR-F1-A", false);
    let f3 = env.issued_invoice("@AUDIT;1", "2026-02-01");
    pay("FACT-2026-0002", "300", "2026-02-01", "VIR-F2", false);
    let f4 = env.issued_invoice("@AUDIT;1", "2026-02-05");
    assert_eq!((f3.as_str(), f4.as_str()), ("FACT-2026-0003", "FACT-2026-0004"));
    pay("FACT-2026-0001", "700", "2026-02-05", "VIR-F1-B", false);
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0003",
        "--amount",
        "240",
        "--reason",
        "Remise",
        "--date",
        "2026-02-10",
    ]);
    pay("FACT-2026-0004", "200", "2026-02-10", "VIR-F4", false);
    pay("FACT-2026-0003", "1000", "2026-02-20", "VIR-F3", true);
    env.ok(&[
        "invoice",
        "write-off",
        "FACT-2026-0004",
        "--reason",
        "Liquidation",
        "--date",
        "2026-03-01",
    ]);
    env
}

#[test]
fn a_hand_built_ledger_exports_the_right_entries_and_letters() {
    let env = hand_built();
    let summary = env.json(&["export", "fec", "--year", "2026"]);
    assert_eq!(
        (
            summary["sales_entries"].as_u64(),
            summary["bank_entries"].as_u64(),
            summary["misc_entries"].as_u64()
        ),
        (Some(5), Some(5), Some(1)),
        "4 invoices and 1 credit note, 5 payments, 1 write-off: {summary:#}"
    );
    let path = env.dir.path().join("842130577FEC20261231.txt");
    let text = read_checked(&path, Encoding::Latin9, day("2026-01-01"), day("2026-12-31"));
    let lines = fec_lines(&text);

    // The entries, in order, with their accounts.
    let entries: Vec<(String, String, String)> = {
        let mut v: Vec<(String, String, String)> = Vec::new();
        for l in &lines {
            let key = (
                l.get("EcritureNum").to_string(),
                l.get("EcritureDate").to_string(),
                l.get("PieceRef").to_string(),
            );
            if v.last() != Some(&key) {
                v.push(key);
            }
        }
        v
    };
    let expected: Vec<(&str, &str, &str)> = vec![
        ("VT000001", "20260110", "FACT-2026-0001"),
        ("VT000002", "20260115", "FACT-2026-0002"),
        ("BQ000001", "20260120", "VIR-F1-A"),
        ("VT000003", "20260201", "FACT-2026-0003"),
        ("BQ000002", "20260201", "VIR-F2"),
        ("VT000004", "20260205", "FACT-2026-0004"),
        ("BQ000003", "20260205", "VIR-F1-B"),
        ("VT000005", "20260210", "AV-2026-0001"),
        ("BQ000004", "20260210", "VIR-F4"),
        ("BQ000005", "20260220", "VIR-F3"),
        ("OD000001", "20260301", "FACT-2026-0004"),
    ];
    assert_eq!(
        entries
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect::<Vec<_>>(),
        expected
    );

    // Amounts per account.
    let by_account = |account: &str| -> (i128, i128) {
        lines
            .iter()
            .filter(|l| l.get("CompteNum") == account)
            .fold((0, 0), |(d, c), l| (d + l.debit(), c + l.credit()))
    };
    assert_eq!(
        by_account("411000"),
        (480000, 394000),
        "4 × 1200 debited; 240 + 2700 + 1000 credited"
    );
    assert_eq!(
        by_account("706000"),
        (20000, 400000),
        "sales net, the credit note's net mirrored"
    );
    assert_eq!(
        by_account("44571"),
        (4000 + 16667, 80000),
        "VAT, and the VAT of the credit note and write-off"
    );
    assert_eq!(by_account("512000"), (270000, 0), "money received");
    assert_eq!(by_account("654000"), (83333, 0), "the write-off net of VAT");
    for l in lines.iter().filter(|l| l.get("CompteNum") == "411000") {
        assert_eq!((l.get("CompAuxNum"), l.get("CompAuxLib")), ("CACME", "ACME SAS"));
    }
    for l in lines.iter().filter(|l| l.get("CompteNum") != "411000") {
        assert_eq!((l.get("CompAuxNum"), l.get("CompAuxLib")), ("", ""));
    }

    // Lettering: the 411 lines of each invoice, found by their piece.
    let lines_411 = |pieces: &[&str]| -> Vec<&FecLine> {
        lines
            .iter()
            .filter(|l| l.get("CompteNum") == "411000" && pieces.contains(&l.get("PieceRef")))
            .collect()
    };
    let letters = |ls: &[&FecLine]| -> Vec<(String, String)> {
        ls.iter()
            .map(|l| (l.get("EcritureLet").to_string(), l.get("DateLet").to_string()))
            .collect()
    };
    // F1: its debit and both payments share a letter dated the last payment.
    let f1 = lines_411(&["FACT-2026-0001", "VIR-F1-A", "VIR-F1-B"]);
    assert_eq!(f1.len(), 3);
    let f1_letter = f1[0].get("EcritureLet").to_string();
    assert!(!f1_letter.is_empty(), "F1 is settled: lettered");
    assert_eq!(letters(&f1), vec![(f1_letter.clone(), "20260205".to_string()); 3]);
    // F2: partly paid, no letter.
    let f2 = lines_411(&["FACT-2026-0002", "VIR-F2"]);
    assert_eq!(f2.len(), 2);
    assert_eq!(
        letters(&f2),
        vec![(String::new(), String::new()); 2],
        "F2 is partly paid"
    );
    // F3: invoice, credit note and the 960.00 of the payment that settled it; the 40.00
    // overpaid stays unlettered on the customer's account.
    let f3: Vec<&FecLine> = lines_411(&["FACT-2026-0003", "AV-2026-0001", "VIR-F3"]);
    assert_eq!(
        f3.len(),
        4,
        "the payment has a 411 line for F3 and one for the credit"
    );
    let (f3_settling, f3_credit): (Vec<&FecLine>, Vec<&FecLine>) =
        f3.into_iter().partition(|l| l.credit() != 4000);
    assert_eq!(f3_credit.len(), 1, "the 40.00 overpaid is a line of its own");
    assert_eq!(letters(&f3_credit), vec![(String::new(), String::new())]);
    let f3_letter = f3_settling[0].get("EcritureLet").to_string();
    assert!(
        !f3_letter.is_empty(),
        "F3 is settled by its credit note and payment"
    );
    assert_eq!(
        letters(&f3_settling),
        vec![(f3_letter.clone(), "20260220".to_string()); 3]
    );
    // F4: invoice, part payment and write-off.
    let f4: Vec<&FecLine> = lines
        .iter()
        .filter(|l| {
            l.get("CompteNum") == "411000"
                && (l.get("PieceRef") == "VIR-F4" || (l.get("PieceRef") == "FACT-2026-0004"))
        })
        .collect();
    assert_eq!(f4.len(), 3, "invoice, payment, write-off");
    let f4_letter = f4[0].get("EcritureLet").to_string();
    assert!(!f4_letter.is_empty(), "a written-off invoice is settled");
    assert_eq!(letters(&f4), vec![(f4_letter.clone(), "20260301".to_string()); 3]);
    let mut all = vec![f1_letter, f3_letter, f4_letter];
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 3, "one letter per settled invoice");

    // The 411 balance is the aging total: 900.00 open on F2, less 40.00 of credit.
    let aging = env.json(&["report", "aging"]);
    assert_eq!(aging[0]["customer"], "ACME");
    assert_eq!(aging[0]["days_1_30"], "900.00");
    assert_eq!(aging[0]["credit"], "-40.00");
    assert_eq!(aging[0]["total"], "860.00");
    assert_eq!(
        balances_411(&lines),
        BTreeMap::from([("ACME".to_string(), 86000)])
    );

    // At several dates, from the ledger's first day.
    for d in ["2026-01-31", "2026-02-07", "2026-02-20", "2026-03-15"] {
        assert_411_equals_aging(&env, d);
    }

    // A period that starts after an invoice: its later payment is not lettered alone.
    let sub = env.dir.path().join("feb");
    std::fs::create_dir(&sub).unwrap();
    let out = sub.join("842130577FEC20260228.txt");
    env.ok(&[
        "export",
        "fec",
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--out",
        out.to_str().unwrap(),
    ]);
    let text = read_checked(&out, Encoding::Latin9, day("2026-02-01"), day("2026-02-28"));
    let feb = fec_lines(&text);
    let f1_in_feb: Vec<&FecLine> = feb
        .iter()
        .filter(|l| l.get("CompteNum") == "411000" && l.get("PieceRef") == "VIR-F1-B")
        .collect();
    assert_eq!(f1_in_feb.len(), 1);
    assert_eq!(
        f1_in_feb[0].get("EcritureLet"),
        "",
        "F1's invoice is not in this file"
    );
}

/// Regression (fixed): a credit note dated before a payment recorded earlier releases the paid excess
/// on the credit note's day (src/ops/invoice.rs, `credit`), before the money arrived:
/// between the two days the aged balance shows 1000.00 while the FEC's 411 account (and
/// the customer statement) show 1200.00 - 600.00 = 600.00. They should agree on 600.00.
#[test]
fn the_411_balance_equals_aging_around_a_backdated_credit_note() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("Conseil;1;1000;20", "2026-01-10");
    env.ok(&["invoice", "pay", &f1, "--amount", "1000", "--date", "2026-03-01"]);
    env.ok(&[
        "invoice",
        "credit",
        &f1,
        "--amount",
        "600",
        "--reason",
        "Remise",
        "--date",
        "2026-02-01",
    ]);
    assert_411_equals_aging(&env, "2026-03-15");
    assert_411_equals_aging(&env, "2026-02-15");
}

#[test]
fn export_fec_without_a_siren_says_how_to_set_it() {
    let env = TestEnv::empty();
    env.ok(&[
        "init",
        "--name",
        "Sans Siren SARL",
        "--address",
        "1 rue X\\n75001 Paris",
    ]);
    let err = env.fails(&["export", "fec", "--year", "2026"], 2);
    assert!(err.contains("company set --siren"), "{err}");
    let left: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("FEC"))
        .collect();
    assert!(left.is_empty(), "no file left behind: {left:?}");
}

#[test]
fn export_fec_refuses_a_bad_period() {
    let env = TestEnv::with_customer();
    for args in [
        vec!["export", "fec", "--from", "2026-03-01", "--to", "2026-02-01"],
        vec!["export", "fec"],
        vec!["export", "fec", "--from", "2026-03-01"],
        vec![
            "export",
            "fec",
            "--year",
            "2026",
            "--from",
            "2026-01-01",
            "--to",
            "2026-02-01",
        ],
    ] {
        env.fails(&args, 2);
    }
}

// ---------------------------------------------------------------------------------------
// The spreadsheet CSVs
// ---------------------------------------------------------------------------------------

/// Reads a `;` CSV with a UTF-8 BOM.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{} starts with a UTF-8 BOM",
        path.display()
    );
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes());
    r.records()
        .map(|rec| rec.expect("a CSV record").iter().map(String::from).collect())
        .collect()
}

/// A number cell of the CSVs: digits and a decimal comma.
fn is_comma_amount(cell: &str) -> bool {
    let body = cell.strip_prefix('-').unwrap_or(cell);
    matches!(body.split_once(','), Some((u, d)) if !u.is_empty() && u.bytes().all(|b| b.is_ascii_digit()) && d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()))
}

#[test]
fn export_entries_is_the_fec_as_a_french_spreadsheet_csv() {
    let env = hand_built();
    env.ok(&["export", "fec", "--year", "2026", "--encoding", "utf8"]);
    let fec_text = std::fs::read_to_string(env.dir.path().join("842130577FEC20261231.txt")).unwrap();
    let fec = fec_lines(&fec_text);
    let v = env.json(&["export", "entries", "--to", "csv", "--year", "2026"]);
    let file = v["file"].as_str().expect("file");
    let path = env.dir.path().join(file);
    assert!(path.is_file(), "{v:#}");
    let raw = std::fs::read_to_string(&path).unwrap();
    assert!(raw.lines().nth(1).unwrap().contains(';'), "; separator");
    let rows = read_csv(&path);
    assert_eq!(rows[0], COLUMNS.to_vec(), "the FEC names as the header");
    assert_eq!(rows.len() - 1, fec.len(), "one row per FEC line");
    for (row, line) in rows[1..].iter().zip(&fec) {
        assert_eq!(row, &line.0, "the same fields as the FEC");
        for name in ["Debit", "Credit"] {
            let cell = &row[col(name)];
            assert!(is_comma_amount(cell), "{name} `{cell}` has a decimal comma");
        }
    }
    assert!(rows.iter().any(|r| r[col("Debit")] == "1200,00"));
}

#[test]
fn export_invoices_writes_one_line_per_invoice() {
    let env = hand_built();
    let v = env.json(&["export", "invoices"]);
    let path = env.dir.path().join(v["file"].as_str().expect("file"));
    let rows = read_csv(&path);
    let header = &rows[0];
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} in {header:?}"))
    };
    let (number, kind, status, balance) = (at("numero"), at("type"), at("statut"), at("solde"));
    let invoices: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[kind] == "facture").collect();
    let mut numbers: Vec<&str> = invoices.iter().map(|r| r[number].as_str()).collect();
    numbers.sort();
    assert_eq!(
        numbers,
        [
            "FACT-2026-0001",
            "FACT-2026-0002",
            "FACT-2026-0003",
            "FACT-2026-0004"
        ],
        "each invoice once"
    );
    let of = |n: &str| invoices.iter().find(|r| r[number] == n).unwrap();
    assert_eq!(
        (
            of("FACT-2026-0001")[status].as_str(),
            of("FACT-2026-0001")[balance].as_str()
        ),
        ("paid", "0,00")
    );
    assert_eq!(of("FACT-2026-0002")[balance], "900,00");
    assert_eq!(of("FACT-2026-0004")[status], "written_off");
    for r in &rows[1..] {
        for name in ["total_ht", "tva", "total_ttc", "paye", "avoirs", "solde"] {
            assert!(
                is_comma_amount(&r[at(name)]),
                "{name} `{}` has a decimal comma",
                r[at(name)]
            );
        }
    }
    // Anything else is a credit note, said so.
    for r in rows[1..].iter().filter(|r| r[kind] != "facture") {
        assert_eq!(r[kind], "avoir", "{r:?}");
    }
}

#[test]
fn formula_like_names_are_neutralised_in_both_csvs() {
    let env = TestEnv::with_customer();
    let evil = "=HYPERLINK(\"x\")";
    env.ok(&["customer", "add", "--code", "EVIL", "--name", evil]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "EVIL",
        "--line",
        "@AUDIT;1",
        "--issue",
        "--date",
        "2026-02-01",
    ]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "EVIL",
        "--amount",
        "100",
        "--date",
        "2026-02-10",
        "--reference",
        "+33 SUM(1)",
    ]);

    env.ok(&[
        "export",
        "entries",
        "--to",
        "csv",
        "--year",
        "2026",
        "--out",
        "entries.csv",
    ]);
    let rows = read_csv(&env.dir.path().join("entries.csv"));
    let aux = col("CompAuxLib");
    let names: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[aux].as_str())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!names.is_empty());
    for cell in names {
        assert_eq!(
            cell,
            format!("'{evil}"),
            "the name is neutralised with a leading quote"
        );
    }
    for r in &rows[1..] {
        for cell in r {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a formula-like cell in the entries CSV: {cell:?}"
            );
        }
    }
    assert!(
        rows.iter().any(|r| r[col("PieceRef")] == "'+33 SUM(1)"),
        "a reference starting with + is neutralised"
    );

    env.ok(&["export", "invoices", "--out", "factures.csv"]);
    let rows = read_csv(&env.dir.path().join("factures.csv"));
    let nom = rows[0].iter().position(|h| h == "nom").expect("nom");
    let evil_rows: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[nom].contains("HYPERLINK"))
        .collect();
    assert_eq!(evil_rows.len(), 1);
    assert_eq!(evil_rows[0][nom], format!("'{evil}"));
    for r in &rows[1..] {
        for cell in r {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a formula-like cell in the invoices CSV: {cell:?}"
            );
        }
    }
}
