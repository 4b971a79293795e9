//! Bank statements as the ledger keeps them: lines, the account they belong to, the
//! formats read and how a bank's CSV export maps to them. The readers of the files
//! themselves are in `readers::statement`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::matching::{Credit, Rule};

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
    /// The direct debits its lines settled or returned.
    pub collections: super::sepa::StatementEffect,
    /// The dates of its lines after today (`--as-of`), oldest first: a typo or a value
    /// date, which a payment matched from the line would take.
    pub after_today: Vec<NaiveDate>,
}

/// A bank line kept in the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredLine {
    pub id: i64,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub currency: String,
    pub text: String,
    pub counterparty: Option<String>,
    pub counterparty_iban: Option<String>,
    pub account: String,
    pub source: String,
}

impl StoredLine {
    /// The line as the matcher reads it.
    pub fn credit(&self) -> Credit {
        Credit {
            id: self.id,
            date: self.date,
            amount: self.amount,
            text: self.text.clone(),
            counterparty: self.counterparty.clone(),
            counterparty_iban: self.counterparty_iban.clone(),
        }
    }
}

/// An invoice as a match shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub invoice_id: i64,
    pub number: String,
    pub amount: Decimal,
}

/// One way to settle a credit, with names for people.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchOption {
    pub rule: Rule,
    pub customer_id: i64,
    pub customer_code: String,
    pub parts: Vec<Part>,
}

/// What happens to one bank credit.
#[derive(Debug, Clone, PartialEq)]
pub struct LineMatch {
    pub line: StoredLine,
    pub status: MatchStatus,
    /// The match (matched) or the choices (ambiguous).
    pub options: Vec<MatchOption>,
    pub reason: Option<super::matching::Reason>,
    /// The payment recorded for it, once recorded.
    pub payment_id: Option<i64>,
}

impl LineMatch {
    /// The option the matcher settled on, when it did.
    pub fn chosen(&self) -> Option<&MatchOption> {
        (self.status == MatchStatus::Matched).then(|| &self.options[0])
    }
}

/// Whether the matcher found one way to settle a credit, several, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchStatus {
    Matched,
    Ambiguous,
    Unmatched,
}

impl MatchStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchStatus::Matched => "matched",
            MatchStatus::Ambiguous => "ambiguous",
            MatchStatus::Unmatched => "unmatched",
        }
    }
}
