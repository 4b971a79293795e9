//! The project's own FEC checker: every rule of docs' reference fec.md ("Layout" and
//! "Checks a FEC must pass"), written from the text, with readers of FEC lines for the
//! tests. Its self-tests prove it accepts the reference's example and fails on
//! hand-broken files; fec.rs applies it to the files the binary exports.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::common::{day, demo_env};

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

pub fn col(name: &str) -> usize {
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
    /// A foreign amount without its currency, a currency without an amount, or a
    /// currency that is not three capital letters.
    Currency,
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
        let currency = f[c_dev + 1];
        if f[c_dev].is_empty() != currency.is_empty()
            || !(currency.is_empty()
                || (currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())))
        {
            out.push(v(
                Rule::Currency,
                n,
                format!(
                    "Montantdevise `{}` with Idevise `{currency}`: both or neither, ISO 4217",
                    f[c_dev]
                ),
            ));
        }
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
    // a file of a later period continues the numbers of the entries dated before it:
    // the sequence may start anywhere, but never skips
    for (journal, numbers) in &journals {
        let mut prefix: Option<&str> = None;
        let mut first: Option<u64> = None;
        for (i, number) in numbers.iter().enumerate() {
            let digits_at = number
                .rfind(|c: char| !c.is_ascii_digit())
                .map(|p| p + 1)
                .unwrap_or(0);
            let (p, digits) = number.split_at(digits_at);
            let parsed = digits.parse::<u64>().ok();
            let start = *first.get_or_insert(parsed.unwrap_or(1));
            let expected = start + i as u64;
            match parsed {
                Some(k) if k == expected => {}
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
    // numbers continue those of the entries dated before the file: the k-th VT entry
    let vt_base = rows[1..]
        .iter()
        .filter_map(|r| r[num].strip_prefix("VT").and_then(|k| k.parse::<u32>().ok()))
        .min()
        .expect("a sales entry");
    let vt = move |k: u32| format!("VT{:06}", vt_base + k - 1);

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
            "a gap in EcritureNum (the second VT entry and later shifted by one)",
            Box::new(move |rows| {
                for r in rows.iter_mut().skip(1) {
                    if let Some(k) = r[num].strip_prefix("VT").and_then(|k| k.parse::<u32>().ok())
                        && k > vt_base
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
                    if r[num] == vt(2) {
                        r[num] = vt(3);
                    } else if r[num] == vt(3) {
                        r[num] = vt(2);
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
                    if r[num] == vt(1) {
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
