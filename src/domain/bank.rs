//! Bank statements: lines read from a CSV export (mapped by a profile), ISO 20022
//! CAMT.053 (versions 02 and 08) and OFX (1.x SGML and 2.x XML). Pure: text in, lines out.

use chrono::NaiveDate;
use quick_xml::events::Event;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::DomainError;
use super::money::parse_amount_any;
use super::spreadsheet::{detect_delimiter, normalise_name, parse_any_date};

/// One movement on the company's bank account. Credits (money in) are positive.
#[derive(Debug, Clone, PartialEq)]
pub struct BankLine {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub currency: String,
    /// Libellé and remittance information, as one line of text.
    pub text: String,
    pub counterparty: Option<String>,
    pub counterparty_iban: Option<String>,
    /// The bank's own id of the transaction, when the format has one.
    pub bank_id: Option<String>,
}

impl BankLine {
    /// What makes the line the same in two overlapping statements: the bank's id, else
    /// its date, amount and text.
    pub fn key(&self, account: &str) -> String {
        match &self.bank_id {
            Some(id) => format!("{account}|id:{id}"),
            None => format!(
                "{account}|{}|{}|{}",
                self.date,
                self.amount,
                self.text.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
        }
    }
}

/// The lines of one statement file, and the account they belong to (IBAN or account
/// id; empty when the file does not say).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statement {
    pub account: String,
    pub lines: Vec<BankLine>,
}

impl Statement {
    /// Keys for every line; two identical lines without bank id in one file (two equal
    /// transfers the same day) get `#2`, `#3`... so both are kept, and kept once.
    pub fn keys(&self) -> Vec<String> {
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        self.lines
            .iter()
            .map(|l| {
                let key = l.key(&self.account);
                let n = seen.entry(key.clone()).or_insert(0);
                *n += 1;
                if *n == 1 { key } else { format!("{key}#{n}") }
            })
            .collect()
    }
}

/// The statement formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BankFormat {
    Csv,
    Camt053,
    Ofx,
}

impl BankFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            BankFormat::Csv => "csv",
            BankFormat::Camt053 => "camt053",
            BankFormat::Ofx => "ofx",
        }
    }

    /// Guesses the format from the file's first bytes.
    pub fn guess(text: &str) -> BankFormat {
        let head: String = text.chars().take(4096).collect();
        if head.trim_start().starts_with("OFXHEADER") || head.contains("<OFX>") || head.contains("<?OFX") {
            BankFormat::Ofx
        } else if head.contains("camt.053") || head.contains("<BkToCstmrStmt>") {
            BankFormat::Camt053
        } else {
            BankFormat::Csv
        }
    }
}

/// How the columns of a bank's CSV export are read (`[bank]` in the config). The
/// default fits the usual French export: `Date;Libellé;Débit;Crédit`, decimal comma,
/// DD/MM/YYYY.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CsvProfile {
    /// `;`, `,` or `tab`; empty: read from the header line.
    pub delimiter: String,
    /// Lines before the header (account name, balance...).
    pub skip_lines: usize,
    pub date: String,
    /// A chrono format for the dates (`%d/%m/%y` for two-digit years); empty: ISO or
    /// day first with a four-digit year.
    pub date_format: String,
    pub label: String,
    /// Money out, written positive or negative.
    pub debit: String,
    /// Money in.
    pub credit: String,
    /// One signed column instead of debit and credit.
    pub amount: String,
    /// The bank's transaction id, if the export has one.
    pub id: String,
    /// Extra text: remittance information, counterparty...
    pub details: String,
    /// The account's IBAN, if the export does not say it.
    pub account: String,
}

impl Default for CsvProfile {
    fn default() -> Self {
        CsvProfile {
            delimiter: String::new(),
            skip_lines: 0,
            date: "Date".into(),
            date_format: String::new(),
            label: "Libellé".into(),
            debit: "Débit".into(),
            credit: "Crédit".into(),
            amount: String::new(),
            id: String::new(),
            details: String::new(),
            account: String::new(),
        }
    }
}

fn bad(format: &str, what: String) -> DomainError {
    DomainError::Invalid(format!("{format} statement: {what}"))
}

/// Reads a bank CSV export with a profile. Any bad line refuses the whole file.
pub fn parse_csv(text: &str, profile: &CsvProfile) -> Result<Statement, DomainError> {
    let body: String = text
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(profile.skip_lines)
        .collect::<Vec<_>>()
        .join("\n");
    let header_line = body.lines().next().unwrap_or("");
    let delimiter = match profile.delimiter.as_str() {
        "" => detect_delimiter(header_line),
        "tab" | "\t" => b'\t',
        d if d.len() == 1 => d.as_bytes()[0],
        d => {
            return Err(bad(
                "CSV",
                format!("[bank] delimiter `{d}` must be one character or `tab`"),
            ));
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(body.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| bad("CSV", format!("cannot read the header line: {e}")))?
        .iter()
        .map(normalise_name)
        .collect();
    let column = |name: &str, required: bool| -> Result<Option<usize>, DomainError> {
        if name.is_empty() {
            return Ok(None);
        }
        match names.iter().position(|n| *n == normalise_name(name)) {
            Some(i) => Ok(Some(i)),
            None if required => Err(bad(
                "CSV",
                format!(
                    "no column `{name}` in the header ({}): set the column names under [bank] in the config, or give --format if this is not a CSV export",
                    names.join(", ")
                ),
            )),
            None => Ok(None),
        }
    };
    let date_col = column(&profile.date, true)?.unwrap_or(0);
    let label_col = column(&profile.label, true)?.unwrap_or(0);
    let amount_col = column(&profile.amount, false)?;
    let (debit_col, credit_col) = if amount_col.is_some() {
        (None, None)
    } else {
        (column(&profile.debit, true)?, column(&profile.credit, true)?)
    };
    let id_col = column(&profile.id, false)?;
    let details_col = column(&profile.details, false)?;
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line_no = n + 2 + profile.skip_lines;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("line {line_no}: {e}"));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|c| !c.is_empty())
        };
        let mut problems = Vec::new();
        let date = match cell(Some(date_col)) {
            Some(d) if !profile.date_format.is_empty() => NaiveDate::parse_from_str(d, &profile.date_format)
                .map_err(|_| {
                    problems.push(format!(
                        "date `{d}` does not follow the [bank] date_format `{}`",
                        profile.date_format
                    ))
                })
                .ok(),
            Some(d) => parse_any_date("date", d)
                .map_err(|e| problems.push(e.to_string()))
                .ok(),
            None => {
                problems.push("the date is empty".to_string());
                None
            }
        };
        let mut read = |what: &str, i: Option<usize>| -> Decimal {
            match cell(i).map(|c| parse_amount_any(what, c)) {
                Some(Ok(v)) => v,
                Some(Err(e)) => {
                    problems.push(e.to_string());
                    Decimal::ZERO
                }
                None => Decimal::ZERO,
            }
        };
        let amount = if amount_col.is_some() {
            read("amount", amount_col)
        } else {
            read("credit", credit_col).abs() - read("debit", debit_col).abs()
        };
        if problems.is_empty() && amount.is_zero() {
            problems.push("neither a debit nor a credit".into());
        }
        match (date, problems.is_empty()) {
            (Some(date), true) => {
                let mut text = cell(Some(label_col)).unwrap_or("").to_string();
                if let Some(more) = cell(details_col) {
                    text = format!("{text} {more}").trim().to_string();
                }
                lines.push(BankLine {
                    date,
                    amount,
                    currency: "EUR".into(),
                    text,
                    counterparty: None,
                    counterparty_iban: None,
                    bank_id: cell(id_col).map(str::to_string),
                })
            }
            _ => errors.push(format!("line {line_no}: {}", problems.join("; "))),
        }
    }
    if !errors.is_empty() {
        return Err(bad(
            "CSV",
            format!(
                "{} bad line(s), nothing imported:\n  {}",
                errors.len(),
                errors.join("\n  ")
            ),
        ));
    }
    Ok(Statement {
        account: profile.account.replace(' ', "").to_uppercase(),
        lines,
    })
}

/// What is gathered while reading one CAMT entry (`Ntry`) or one of its transactions.
#[derive(Debug, Default, Clone)]
struct CamtParts {
    amount: Option<String>,
    currency: Option<String>,
    credit: Option<bool>,
    booked: Option<String>,
    value: Option<String>,
    id: Option<String>,
    texts: Vec<String>,
    debtor: Option<String>,
    debtor_iban: Option<String>,
    creditor: Option<String>,
    creditor_iban: Option<String>,
    /// BOOK, PDNG or INFO (Sts, or Sts/Cd from version 08 on).
    status: Option<String>,
}

/// Reads an ISO 20022 bank-to-customer statement (camt.053.001.02 to .08). An entry
/// with several transaction details (a batch) gives one line per transaction.
pub fn parse_camt053(text: &str) -> Result<Statement, DomainError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut statement = Statement::default();
    let mut saw_document = false;
    let mut entry: Option<CamtParts> = None;
    let mut tx: Option<CamtParts> = None;
    let mut txs: Vec<CamtParts> = Vec::new();
    let mut text_buf = String::new();
    let mut last_currency: Option<String> = None;
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(
                "CAMT.053",
                format!("not well-formed XML at byte {}: {e}", reader.buffer_position()),
            )
        })?;
        match event {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                match name.as_str() {
                    "BkToCstmrStmt" => saw_document = true,
                    "Ntry" => {
                        entry = Some(CamtParts::default());
                        txs.clear();
                    }
                    "TxDtls" if entry.is_some() => tx = Some(CamtParts::default()),
                    "Amt" => {
                        last_currency = e
                            .try_get_attribute("Ccy")
                            .ok()
                            .flatten()
                            .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                    }
                    _ => {}
                }
                path.push(name);
                text_buf.clear();
            }
            Event::Text(t) => {
                text_buf.push_str(&t.decode().map_err(|e| bad("CAMT.053", e.to_string()))?);
            }
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| bad("CAMT.053", e.to_string()))?;
                match r.resolve_char_ref().ok().flatten() {
                    Some(c) => text_buf.push(c),
                    None => text_buf.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    }),
                }
            }
            Event::CData(c) => text_buf.push_str(&String::from_utf8_lossy(&c)),
            Event::End(_) => {
                let value = std::mem::take(&mut text_buf).trim().to_string();
                let name = path.pop().unwrap_or_default();
                let parent = path.last().map(String::as_str).unwrap_or("");
                let in_path = |p: &str| path.iter().any(|x| x == p);
                // the statement's own account: Stmt/Acct/Id/IBAN or Othr/Id
                if in_path("Stmt")
                    && in_path("Acct")
                    && !in_path("Ntry")
                    && (name == "IBAN" || (name == "Id" && parent == "Othr"))
                {
                    if statement.account.is_empty() {
                        statement.account = value.replace(' ', "").to_uppercase();
                    }
                    continue;
                }
                if name == "Ntry" {
                    let e = entry.take().unwrap_or_default();
                    push_camt_entry(&mut statement, e, std::mem::take(&mut txs))?;
                    continue;
                }
                if name == "TxDtls" {
                    if let Some(t) = tx.take() {
                        txs.push(t);
                    }
                    continue;
                }
                let target = match (tx.as_mut(), entry.as_mut()) {
                    (Some(t), _) => t,
                    (None, Some(e)) => e,
                    _ => continue,
                };
                match (name.as_str(), parent) {
                    ("Amt", "Ntry" | "TxDtls") => {
                        target.amount = Some(value);
                        target.currency = last_currency.take();
                    }
                    ("Amt", "TxAmt" | "InstdAmt") if target.amount.is_none() => {
                        target.amount = Some(value);
                        target.currency = last_currency.take();
                    }
                    ("CdtDbtInd", _) => target.credit = Some(value == "CRDT"),
                    ("Sts", "Ntry") | ("Cd", "Sts") if !value.is_empty() => target.status = Some(value),
                    ("Dt" | "DtTm", "BookgDt") => target.booked = Some(value),
                    ("Dt" | "DtTm", "ValDt") => target.value = Some(value),
                    ("AcctSvcrRef", "Ntry") | ("NtryRef", "Ntry") if target.id.is_none() => {
                        target.id = Some(value)
                    }
                    ("AcctSvcrRef", "Refs") | ("TxId", "Refs") if target.id.is_none() => {
                        target.id = Some(value)
                    }
                    ("Ustrd", _) | ("AddtlNtryInf", _) | ("AddtlTxInf", _) | ("Ref", "CdtrRefInf")
                        if !value.is_empty() =>
                    {
                        target.texts.push(value)
                    }
                    ("EndToEndId", "Refs") if value != "NOTPROVIDED" && !value.is_empty() => {
                        target.texts.push(value)
                    }
                    ("Nm", _) if in_path("Dbtr") && !in_path("DbtrAgt") => target.debtor = Some(value),
                    ("Nm", _) if in_path("Cdtr") && !in_path("CdtrAgt") => target.creditor = Some(value),
                    ("IBAN", _) if in_path("DbtrAcct") => target.debtor_iban = Some(value),
                    ("IBAN", _) if in_path("CdtrAcct") => target.creditor_iban = Some(value),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_document {
        return Err(bad(
            "CAMT.053",
            "no BkToCstmrStmt element: this is not a camt.053 statement (give --format csv or ofx if it is another kind)".into(),
        ));
    }
    Ok(statement)
}

fn push_camt_entry(
    statement: &mut Statement,
    entry: CamtParts,
    txs: Vec<CamtParts>,
) -> Result<(), DomainError> {
    // pending and information-only entries are not on the account yet: a later statement books them
    if matches!(entry.status.as_deref(), Some("PDNG" | "INFO")) {
        return Ok(());
    }
    let n = statement.lines.len() + 1;
    let batch = txs.len() > 1 && txs.iter().all(|t| t.amount.is_some());
    let parts: Vec<CamtParts> = if batch {
        txs.into_iter()
            .enumerate()
            .map(|(i, t)| CamtParts {
                credit: t.credit.or(entry.credit),
                booked: entry.booked.clone(),
                value: entry.value.clone(),
                currency: t.currency.or(entry.currency.clone()),
                id: t.id.or(entry.id.as_ref().map(|id| format!("{id}/{}", i + 1))),
                ..t
            })
            .collect()
    } else {
        let t = txs.into_iter().next().unwrap_or_default();
        let mut texts = t.texts;
        texts.extend(entry.texts.clone());
        vec![CamtParts {
            amount: entry.amount.clone(),
            currency: entry.currency.clone(),
            credit: entry.credit,
            booked: entry.booked.clone(),
            value: entry.value.clone(),
            id: entry.id.clone().or(t.id),
            texts,
            debtor: t.debtor,
            debtor_iban: t.debtor_iban,
            creditor: t.creditor,
            creditor_iban: t.creditor_iban,
            status: None,
        }]
    };
    for p in parts {
        let what = |m: &str| bad("CAMT.053", format!("entry {n}: {m}"));
        let amount_text = p.amount.ok_or_else(|| what("no amount (Amt)"))?;
        let amount: Decimal = amount_text
            .trim()
            .parse()
            .map_err(|_| what(&format!("amount `{amount_text}` is not a number")))?;
        let credit = p.credit.ok_or_else(|| what("no CdtDbtInd (CRDT or DBIT)"))?;
        let day = p
            .booked
            .or(p.value)
            .ok_or_else(|| what("no booking date (BookgDt)"))?;
        let date = parse_any_date("booking date", day.get(..10).unwrap_or(&day))
            .map_err(|e| what(&e.to_string()))?;
        let (party, iban) = if credit {
            (p.debtor, p.debtor_iban)
        } else {
            (p.creditor, p.creditor_iban)
        };
        let mut texts: Vec<String> = Vec::new();
        for t in p.texts {
            if !texts.contains(&t) {
                texts.push(t);
            }
        }
        statement.lines.push(BankLine {
            date,
            amount: if credit { amount.abs() } else { -amount.abs() },
            currency: p.currency.unwrap_or_else(|| "EUR".into()),
            text: texts.join(" "),
            counterparty: party,
            counterparty_iban: iban.map(|i| i.replace(' ', "").to_uppercase()),
            bank_id: p.id.filter(|i| !i.is_empty()),
        });
    }
    Ok(())
}

/// Undoes the character entities OFX uses in both its SGML and XML forms.
fn ofx_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Reads an OFX statement: version 1 (SGML, closing tags optional) and version 2 (XML)
/// alike, as a stream of `<TAG>value` pairs.
pub fn parse_ofx(text: &str) -> Result<Statement, DomainError> {
    let start = text
        .find("<OFX>")
        .ok_or_else(|| bad("OFX", "no <OFX> element: this is not an OFX file".into()))?;
    let body = &text[start..];
    let mut statement = Statement::default();
    let mut current: Option<Vec<(String, String)>> = None;
    let mut currency = String::from("EUR");
    let mut in_from = false;
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after
            .find('>')
            .ok_or_else(|| bad("OFX", "a tag is not closed with `>`".into()))?;
        let tag = after[..close].trim().to_uppercase();
        let tail = &after[close + 1..];
        let value_end = tail.find('<').unwrap_or(tail.len());
        let value = ofx_unescape(tail[..value_end].trim());
        rest = tail;
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        match tag.as_str() {
            "STMTTRN" => current = Some(Vec::new()),
            "/STMTTRN" => {
                let fields = current.take().unwrap_or_default();
                let n = statement.lines.len() + 1;
                statement.lines.push(ofx_line(n, &fields, &currency)?);
            }
            "BANKACCTFROM" | "CCACCTFROM" => in_from = true,
            "/BANKACCTFROM" | "/CCACCTFROM" => in_from = false,
            "CURDEF" => currency = value.to_uppercase(),
            "ACCTID" if in_from && statement.account.is_empty() => {
                statement.account = value.replace(' ', "").to_uppercase()
            }
            t if !t.starts_with('/') && !value.is_empty() => {
                if let Some(fields) = current.as_mut() {
                    fields.push((t.to_string(), value));
                }
            }
            _ => {}
        }
    }
    if current.is_some() {
        return Err(bad(
            "OFX",
            "the last transaction (STMTTRN) is not closed: the file is cut short".into(),
        ));
    }
    Ok(statement)
}

fn ofx_line(n: usize, fields: &[(String, String)], currency: &str) -> Result<BankLine, DomainError> {
    let get = |tag: &str| fields.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str());
    let what = |m: String| bad("OFX", format!("transaction {n}: {m}"));
    let posted = get("DTPOSTED").ok_or_else(|| what("no DTPOSTED".into()))?;
    let date = NaiveDate::parse_from_str(posted.get(..8).unwrap_or(posted), "%Y%m%d")
        .map_err(|_| what(format!("DTPOSTED `{posted}` is not a date like 20260305")))?;
    let amount_text = get("TRNAMT").ok_or_else(|| what("no TRNAMT".into()))?;
    let amount = parse_amount_any("TRNAMT", amount_text).map_err(|e| what(e.to_string()))?;
    let name = get("NAME").or(get("PAYEE"));
    let mut text: Vec<&str> = Vec::new();
    for t in [name, get("MEMO")].into_iter().flatten() {
        if !text.contains(&t) {
            text.push(t);
        }
    }
    Ok(BankLine {
        date,
        amount,
        currency: get("CURRENCY").unwrap_or(currency).to_string(),
        text: text.join(" "),
        counterparty: name.map(str::to_string),
        counterparty_iban: None,
        bank_id: get("FITID").map(str::to_string),
    })
}

/// Reads a statement in the given format.
pub fn parse(text: &str, format: BankFormat, profile: &CsvProfile) -> Result<Statement, DomainError> {
    match format {
        BankFormat::Csv => parse_csv(text, profile),
        BankFormat::Camt053 => parse_camt053(text),
        BankFormat::Ofx => parse_ofx(text),
    }
}

/// What a statement import did.
#[derive(Debug, Clone)]
pub struct BankImport {
    pub format: BankFormat,
    pub account: String,
    pub lines: usize,
    pub added: usize,
    /// Lines already stored by an earlier (overlapping) statement.
    pub known: usize,
    /// Credits waiting to be matched, in the whole ledger, after the import.
    pub unmatched_credits: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_french_bank_csv_reads_with_the_default_profile() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/2026;VIR SEPA ACME SAS FACT-2026-0001;;1 200,00\n06/03/2026;PRLV URSSAF;-350,50;\n\n";
        let s = parse_csv(text, &CsvProfile::default()).unwrap();
        assert_eq!(s.lines.len(), 2);
        assert_eq!(s.lines[0].date, d(2026, 3, 5));
        assert_eq!(s.lines[0].amount, Decimal::from(1200));
        assert_eq!(s.lines[1].amount, Decimal::new(-35050, 2));
    }

    #[test]
    fn a_csv_profile_maps_other_columns() {
        let profile = CsvProfile {
            delimiter: ",".into(),
            skip_lines: 1,
            date: "Booking date".into(),
            label: "Text".into(),
            amount: "Amount".into(),
            id: "Ref".into(),
            ..CsvProfile::default()
        };
        let text =
            "Account FR76...\nBooking date,Text,Amount,Ref\n2026-03-05,\"ACME, invoice F1\",1234.50,TX1\n";
        let s = parse_csv(text, &profile).unwrap();
        assert_eq!(s.lines[0].text, "ACME, invoice F1");
        assert_eq!(s.lines[0].bank_id.as_deref(), Some("TX1"));
        assert_eq!(s.lines[0].amount, Decimal::new(123450, 2));
    }

    #[test]
    fn two_digit_years_need_a_date_format() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/26;VIR;;10\n";
        assert!(parse_csv(text, &CsvProfile::default()).is_err());
        let profile = CsvProfile {
            date_format: "%d/%m/%y".into(),
            ..CsvProfile::default()
        };
        assert_eq!(parse_csv(text, &profile).unwrap().lines[0].date, d(2026, 3, 5));
    }

    #[test]
    fn a_bad_csv_line_names_its_line_number() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/2026;OK;;10\n31/02/2026;KO;;abc\n";
        let err = parse_csv(text, &CsvProfile::default()).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("31/02/2026") && err.contains("abc"), "{err}");
        let err = parse_csv("Quand;Quoi\n", &CsvProfile::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("no column `Date`"), "{err}");
    }

    #[test]
    fn equal_lines_in_one_file_are_both_kept_with_distinct_keys() {
        let line = BankLine {
            date: d(2026, 3, 5),
            amount: Decimal::TEN,
            currency: "EUR".into(),
            text: "VIR  X".into(),
            counterparty: None,
            counterparty_iban: None,
            bank_id: None,
        };
        let s = Statement {
            account: "A".into(),
            lines: vec![line.clone(), line],
        };
        let keys = s.keys();
        assert_eq!(
            keys,
            vec![
                "A|2026-03-05|10|VIR X".to_string(),
                "A|2026-03-05|10|VIR X#2".to_string()
            ]
        );
    }

    const CAMT_V02: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
 <BkToCstmrStmt><Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
  <Ntry><Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-05</Dt></BookgDt>
   <AcctSvcrRef>REF-1</AcctSvcrRef>
   <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>ACME SAS</Nm></Dbtr><DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></DbtrAcct></RltdPties>
    <RmtInf><Ustrd>FACT-2026-0001 &amp; merci</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
  <Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-03-06</Dt></BookgDt>
   <AddtlNtryInf>FRAIS</AddtlNtryInf></Ntry>
 </Stmt></BkToCstmrStmt></Document>"#;

    #[test]
    fn camt_v02_entries_become_lines() {
        assert_eq!(BankFormat::guess(CAMT_V02), BankFormat::Camt053);
        let s = parse_camt053(CAMT_V02).unwrap();
        assert_eq!(s.account, "FR7630006000011234567890189");
        assert_eq!(s.lines.len(), 2);
        let l = &s.lines[0];
        assert_eq!((l.date, l.amount), (d(2026, 3, 5), Decimal::from(1200)));
        assert_eq!(l.text, "FACT-2026-0001 & merci");
        assert_eq!(l.counterparty.as_deref(), Some("ACME SAS"));
        assert_eq!(
            l.counterparty_iban.as_deref(),
            Some("FR1420041010050500013M02606")
        );
        assert_eq!(l.bank_id.as_deref(), Some("REF-1"));
        assert_eq!(s.lines[1].amount, Decimal::from(-50));
        assert_eq!(s.lines[1].bank_id, None);
    }

    #[test]
    fn camt_v08_parties_and_batches_are_read() {
        let text = r#"<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
          <Acct><Id><IBAN>FR76 3000 6000 0112 3456 7890 189</IBAN></Id></Acct>
          <Ntry><NtryRef>B1</NtryRef><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><DtTm>2026-03-07T10:00:00</DtTm></BookgDt>
           <NtryDtls>
            <TxDtls><Refs><EndToEndId>E1</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt><RltdPties><Dbtr><Pty><Nm>Bureau Nord</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls>
            <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy="EUR">200.00</Amt><RltdPties><Dbtr><Pty><Nm>Atelier Sud</Nm></Pty></Dbtr></RltdPties></TxDtls>
           </NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>"#;
        let s = parse_camt053(text).unwrap();
        assert_eq!(s.account, "FR7630006000011234567890189");
        assert_eq!(s.lines.len(), 2);
        assert_eq!(s.lines[0].amount, Decimal::from(100));
        assert_eq!(s.lines[0].counterparty.as_deref(), Some("Bureau Nord"));
        assert_eq!(s.lines[0].text, "E1 F-1");
        assert_eq!(s.lines[1].bank_id.as_deref(), Some("B1/2"));
        assert_eq!(s.lines[1].date, d(2026, 3, 7));
    }

    #[test]
    fn pending_camt_entries_wait_for_a_later_statement() {
        let pending = CAMT_V02.replacen(
            "<AcctSvcrRef>REF-1</AcctSvcrRef>",
            "<Sts><Cd>PDNG</Cd></Sts><AcctSvcrRef>REF-1</AcctSvcrRef>",
            1,
        );
        let s = parse_camt053(&pending).unwrap();
        assert_eq!(s.lines.len(), 1);
        assert_eq!(s.lines[0].amount, Decimal::from(-50));
    }

    #[test]
    fn broken_camt_is_refused_with_a_reason() {
        let err = parse_camt053("<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1</Amt></Stmt>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("CAMT.053"), "{err}");
        let err = parse_camt053("<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1</Amt><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("CdtDbtInd"), "{err}");
        assert!(parse_camt053("<Document/>").is_err());
    }

    #[test]
    fn ofx_sgml_and_xml_read_the_same() {
        let sgml = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>30006<ACCTID>00012345678<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305120000[+1:CET]<TRNAMT>1200,00<FITID>F1<NAME>ACME SAS<MEMO>FACT-2026-0001 R&amp;D</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        let xml = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\" VERSION=\"211\"?><OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><BANKID>30006</BANKID><ACCTID>00012345678</ACCTID></BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260305</DTPOSTED><TRNAMT>1200.00</TRNAMT><FITID>F1</FITID><NAME>ACME SAS</NAME><MEMO>FACT-2026-0001 R&amp;D</MEMO></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        assert_eq!(BankFormat::guess(sgml), BankFormat::Ofx);
        assert_eq!(BankFormat::guess(xml), BankFormat::Ofx);
        let a = parse_ofx(sgml).unwrap();
        let b = parse_ofx(xml).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.account, "00012345678");
        assert_eq!(a.lines[0].text, "ACME SAS FACT-2026-0001 R&D");
        assert_eq!(a.lines[0].amount, Decimal::from(1200));
    }

    #[test]
    fn a_cut_ofx_is_refused() {
        let err = parse_ofx("<OFX><STMTTRN><DTPOSTED>20260305<TRNAMT>1")
            .unwrap_err()
            .to_string();
        assert!(err.contains("not closed"), "{err}");
        let err = parse_ofx("<OFX><STMTTRN><TRNAMT>1</STMTTRN>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("DTPOSTED"), "{err}");
    }

    proptest! {
        #[test]
        fn csv_amounts_keep_their_sign(cents in 1i64..100_000_000, credit in any::<bool>()) {
            let amount = Decimal::new(cents, 2);
            let french = amount.to_string().replace('.', ",");
            let row = if credit { format!(";{french}") } else { format!("{french};") };
            let text = format!("Date;Libellé;Débit;Crédit\n01/02/2026;X;{row}\n");
            let s = parse_csv(&text, &CsvProfile::default()).unwrap();
            prop_assert_eq!(s.lines[0].amount, if credit { amount } else { -amount });
        }
    }
}
