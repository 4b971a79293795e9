//! Bank credits against open invoices, as `payment match` and `payment unmatched` show
//! them: tables, CSV, JSON (docs/json.md), and the notes on stderr.

use serde::Serialize;

use super::dunning::words::{Kind, cols, machine_words, money_cell, word};
use super::fmt::{amount, human};
use super::{Format, Listing, print_list};
use crate::domain::bank::{LineMatch, MatchOption, MatchStatus};
use crate::domain::matching::Reason;

/// An invoice of a match in JSON.
#[derive(Serialize)]
struct PartJson<'a> {
    number: &'a str,
    amount: String,
}

fn parts_json(o: &MatchOption) -> Vec<PartJson<'_>> {
    o.parts
        .iter()
        .map(|p| PartJson {
            number: &p.number,
            amount: amount(p.amount),
        })
        .collect()
}

/// A candidate of an ambiguous credit in JSON.
#[derive(Serialize)]
struct OptionJson<'a> {
    rule: &'static str,
    customer: &'a str,
    invoices: Vec<PartJson<'a>>,
}

impl<'a> From<&'a MatchOption> for OptionJson<'a> {
    fn from(o: &'a MatchOption) -> Self {
        OptionJson {
            rule: o.rule.as_str(),
            customer: &o.customer_code,
            invoices: parts_json(o),
        }
    }
}

/// A credit in `payment match --format json`.
#[derive(Serialize)]
struct MatchJson<'a> {
    bank_line: i64,
    date: String,
    amount: String,
    currency: &'a str,
    text: &'a str,
    counterparty: Option<&'a str>,
    status: &'static str,
    recorded: bool,
    rule: Option<&'static str>,
    explanation: Option<String>,
    customer: Option<&'a str>,
    invoices: Vec<PartJson<'a>>,
    payment: Option<i64>,
    candidates: Vec<OptionJson<'a>>,
}

fn match_json(m: &LineMatch, recorded: bool) -> MatchJson<'_> {
    let chosen = m.chosen();
    MatchJson {
        bank_line: m.line.id,
        date: m.line.date.to_string(),
        amount: amount(m.line.amount),
        currency: &m.line.currency,
        text: &m.line.text,
        counterparty: m.line.counterparty.as_deref(),
        status: m.status.as_str(),
        recorded: recorded && m.payment_id.is_some(),
        rule: chosen.map(|o| o.rule.as_str()),
        explanation: chosen
            .map(|o| o.rule.explain())
            .or(m.reason.as_ref().map(reason_text)),
        customer: chosen.map(|o| o.customer_code.as_str()),
        invoices: chosen.map(parts_json).unwrap_or_default(),
        payment: m.payment_id,
        candidates: if m.status == MatchStatus::Ambiguous {
            m.options.iter().map(OptionJson::from).collect()
        } else {
            Vec::new()
        },
    }
}

/// Why the matcher left a credit, in the interface's language (English under
/// `machine_words`); amounts as the matcher's figures in English, grouped in French.
pub fn reason_text(reason: &Reason) -> String {
    let figure = |d: &rust_decimal::Decimal| match crate::i18n::current() {
        crate::i18n::Lang::En => d.to_string(),
        _ => human(*d),
    };
    match reason {
        Reason::Debit => t!("checks-reason-debit"),
        Reason::SeveralCustomers { numbers } => t!("checks-reason-several-customers", numbers = numbers),
        Reason::MoreThanDue { amount, due, numbers } => t!(
            "checks-reason-more-than-due",
            amount = figure(amount),
            due = figure(due),
            numbers = numbers
        ),
        Reason::SameBalance { count } => t!("checks-reason-same-balance", count = *count),
        Reason::NoPayer => t!("checks-reason-no-payer"),
        Reason::NoSet => t!("checks-reason-no-set"),
        Reason::SeveralSets => t!("checks-reason-several-sets"),
        Reason::NoRule => t!("checks-reason-no-rule"),
        Reason::Settled { numbers, date } => t!(
            "checks-reason-settled",
            numbers = numbers.join(", "),
            date = date.to_string()
        ),
    }
}

/// One way to settle a credit, in one line: `ACME: FACT-1 100.00 + FACT-2 50.00 (sum)`.
pub fn describe(o: &MatchOption) -> String {
    let parts: Vec<String> = o
        .parts
        .iter()
        .map(|p| format!("{} {}", p.number, human(p.amount)))
        .collect();
    format!("{}: {} ({})", o.customer_code, parts.join(" + "), o.rule.as_str())
}

fn invoices_text(format: Format, o: &MatchOption) -> String {
    o.parts
        .iter()
        .map(|p| format!("{} {}", p.number, money_cell(format, p.amount)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// `payment match`: every credit and what became of it (`recorded`: the matches were
/// recorded, not only proposed).
pub fn matches(format: Format, matches: &[LineMatch], recorded: bool) {
    let _english = machine_words(format);
    let mut l = Listing::new(cols(&MATCH_HEADERS)).right(&[0, 2, 8]);
    for m in matches {
        let chosen = m.chosen();
        let why = match (chosen, &m.reason) {
            (Some(o), _) => o.rule.explain(),
            (None, Some(reason)) if !m.options.is_empty() => format!(
                "{}: {}",
                reason_text(reason),
                m.options
                    .iter()
                    .map(|o| describe_in(format, o))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            (None, Some(reason)) => reason_text(reason),
            (None, None) => String::new(),
        };
        let status = match (m.status, recorded && m.payment_id.is_some()) {
            (MatchStatus::Matched, false) => word(Kind::Match, "to_record"),
            (s, _) => word(Kind::Match, s.as_str()),
        };
        l.push(vec![
            m.line.id.to_string(),
            m.line.date.to_string(),
            money_cell(format, m.line.amount),
            short(&m.line.text),
            status,
            chosen.map(|o| o.rule.as_str().to_string()).unwrap_or_default(),
            chosen.map(|o| o.customer_code.clone()).unwrap_or_default(),
            chosen.map(|o| invoices_text(format, o)).unwrap_or_default(),
            m.payment_id.map(|p| p.to_string()).unwrap_or_default(),
            why,
        ]);
    }
    let json: Vec<MatchJson> = matches.iter().map(|m| match_json(m, recorded)).collect();
    print_list(format, &l, json);
}

/// After `payment match --auto` or `--interactive`: what was recorded (on stderr).
pub fn recorded_note(matches: &[LineMatch]) {
    let recorded = matches.iter().filter(|m| m.payment_id.is_some()).count();
    eprintln!(
        "{}",
        t!(
            "flow-reconcile-recorded",
            recorded = recorded,
            left = matches.len() - recorded
        )
    );
}

/// Matched credits dated after today (`as_of`), on stderr: their payments count only from
/// that day, so `invoice show` today does not see them yet.
pub fn future_credits(matches: &[LineMatch], as_of: chrono::NaiveDate) {
    for m in matches
        .iter()
        .filter(|m| m.line.date > as_of && m.status == MatchStatus::Matched)
    {
        let invoices: Vec<&str> = m
            .options
            .first()
            .map(|o| o.parts.iter().map(|p| p.number.as_str()).collect())
            .unwrap_or_default();
        let (line, date, today, invoices) = (
            m.line.id,
            m.line.date.to_string(),
            as_of.to_string(),
            invoices.join(", "),
        );
        let text = if m.payment_id.is_some() {
            t!(
                "flow-reconcile-future-recorded",
                line = line,
                date = date,
                today = today,
                invoices = invoices
            )
        } else {
            t!(
                "flow-reconcile-future-proposed",
                line = line,
                date = date,
                today = today,
                invoices = invoices
            )
        };
        eprintln!("{text}");
    }
}

/// After `payment match` alone: nothing recorded, and how to record (on stderr).
pub fn proposed_note(plan: &[LineMatch]) {
    let ready = plan.iter().filter(|m| m.status == MatchStatus::Matched).count();
    eprintln!("{}", t!("flow-reconcile-proposed", ready = ready));
}

/// A credit the matcher asks about, on stderr before the question.
pub fn question(m: &LineMatch) {
    eprintln!(
        "\n{}\n  {}",
        t!(
            "flow-reconcile-question",
            line = m.line.id,
            date = m.line.date.to_string(),
            amount = human(m.line.amount),
            currency = m.line.currency.as_str()
        ),
        m.line.text
    );
    if let Some(reason) = &m.reason {
        eprintln!("  {}", reason_text(reason));
    }
}

/// A credit in `payment unmatched --format json`.
#[derive(Serialize)]
struct UnmatchedJson<'a> {
    bank_line: i64,
    date: String,
    amount: String,
    currency: &'a str,
    text: &'a str,
    counterparty: Option<&'a str>,
    counterparty_iban: Option<&'a str>,
    account: &'a str,
    source: &'a str,
    status: &'static str,
    note: String,
}

/// `payment unmatched`: the credits not matched yet and what the matcher says of each.
pub fn unmatched(format: Format, plan: &[LineMatch]) {
    let _english = machine_words(format);
    let mut l = Listing::new(cols(&UNMATCHED_HEADERS)).right(&[0, 2]);
    let mut json = Vec::new();
    for m in plan {
        let says = match m.status {
            MatchStatus::Matched => t!(
                "flow-reconcile-matcher-says",
                invoices = invoices_text(format, &m.options[0]),
                rule = m.options[0].rule.as_str()
            ),
            _ => m.reason.as_ref().map(reason_text).unwrap_or_default(),
        };
        l.push(vec![
            m.line.id.to_string(),
            m.line.date.to_string(),
            money_cell(format, m.line.amount),
            m.line.counterparty.clone().unwrap_or_default(),
            short(&m.line.text),
            m.line.source.clone(),
            says.clone(),
        ]);
        json.push(UnmatchedJson {
            bank_line: m.line.id,
            date: m.line.date.to_string(),
            amount: amount(m.line.amount),
            currency: &m.line.currency,
            text: &m.line.text,
            counterparty: m.line.counterparty.as_deref(),
            counterparty_iban: m.line.counterparty_iban.as_deref(),
            account: &m.line.account,
            source: &m.line.source,
            status: m.status.as_str(),
            note: says,
        });
    }
    print_list(format, &l, json);
}

/// A candidate in a table's words: its amounts as the table shows them.
fn describe_in(format: Format, o: &MatchOption) -> String {
    if format == Format::Table {
        describe(o)
    } else {
        let parts: Vec<String> = o
            .parts
            .iter()
            .map(|p| format!("{} {}", p.number, amount(p.amount)))
            .collect();
        format!("{}: {} ({})", o.customer_code, parts.join(" + "), o.rule.as_str())
    }
}

/// The columns of `payment match` (in English: the CSV's).
const MATCH_HEADERS: [&str; 10] = [
    "line", "date", "amount", "text", "status", "rule", "customer", "invoices", "payment", "why",
];

/// The columns of `payment unmatched` (in English: the CSV's).
const UNMATCHED_HEADERS: [&str; 7] = [
    "line",
    "date",
    "amount",
    "counterparty",
    "text",
    "source",
    "matcher says",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::dunning::words::tests::{every_column, every_word};

    #[test]
    fn every_column_and_match_status_reads_in_both_languages() {
        every_column(&MATCH_HEADERS);
        every_column(&UNMATCHED_HEADERS);
        let all = [
            MatchStatus::Matched,
            MatchStatus::Ambiguous,
            MatchStatus::Unmatched,
        ];
        every_word(Kind::Match, &all.map(MatchStatus::as_str));
        let to_record = crate::i18n::tr_in(crate::i18n::Lang::En, "flow-match-to_record", &[]);
        assert_eq!(to_record.as_deref(), Some("to record"));
    }
}
