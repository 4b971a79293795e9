//! Bank statements in, credits matched to open invoices, payments recorded.

use crate::domain::identity::is_control_char;
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::Ledger;
use crate::domain::bank::{
    BankFormat, BankImport, CsvProfile, LineMatch, MatchOption, MatchStatus, Part, Statement, StoredLine,
};
use crate::domain::matching::{Decision, OpenInvoice, Proposal, Reason, Rule, match_credits};
use crate::domain::money::Money;
use crate::domain::payment::Method;
use crate::error::{Result, invalid};
use crate::ops::invoice::{PaymentInput, pay};
use crate::readers::statement::parse;
use crate::render::fmt::amount as fmt_amount;
use crate::store::bank as store;
use crate::store::import::remember_iban;
use crate::store::payment as payments;

/// Reads a statement and stores its new lines. Nothing is stored if any line is bad.
pub fn import_statement(
    tx: &Transaction,
    text: &str,
    format: BankFormat,
    profile: &CsvProfile,
    as_of: NaiveDate,
) -> Result<BankImport> {
    let statement: Statement = parse(text, format, profile)?;
    let mut after_today: Vec<NaiveDate> = statement
        .lines
        .iter()
        .map(|l| l.date)
        .filter(|d| *d > as_of)
        .collect();
    after_today.sort();
    // a statement of a quiet day holds no line: nothing to add, not an error
    let mut added = Vec::new();
    for (line, key) in statement.lines.iter().zip(statement.keys()) {
        if store::insert_line(tx, &key, &statement.account, line, format)? {
            added.push(tx.last_insert_rowid());
        }
    }
    let collections = super::sepa::apply_statement(tx, &added)?;
    let added = added.len();
    Ok(BankImport {
        format,
        account: statement.account.clone(),
        lines: statement.lines.len(),
        added,
        known: statement.lines.len() - added,
        unmatched_credits: store::counts(tx)?.1,
        collections,
        after_today,
    })
}

impl Ledger {
    /// What the matcher proposes for every unmatched credit; records nothing.
    pub fn match_plan(&mut self) -> Result<Vec<LineMatch>> {
        self.read(plan)
    }

    /// Records the automatic matches when `auto`, then the choices made by hand (bank
    /// line id → invoice numbers), in one transaction. Returns every credit's outcome.
    pub fn match_bank_credits(
        &mut self,
        auto: bool,
        choices: &HashMap<i64, Vec<String>>,
        as_of: NaiveDate,
    ) -> Result<Vec<LineMatch>> {
        self.write(|tx| run(tx, auto, choices, as_of))
    }
}

/// What the matcher proposes for every unmatched credit; writes nothing.
pub fn plan(tx: &Transaction) -> Result<Vec<LineMatch>> {
    let lines = store::unmatched_credits(tx)?;
    let invoices = store::open_invoices(tx)?;
    let payers = store::payers(tx)?;
    let credits: Vec<_> = lines.iter().map(StoredLine::credit).collect();
    let decisions = match_credits(&credits, &invoices, &payers);
    // numbers of the invoices proposed only: a large ledger has many open invoices
    let proposed: std::collections::HashSet<i64> = decisions
        .iter()
        .flat_map(|(_, d)| match d {
            Decision::Matched(p) => p.parts.clone(),
            Decision::Ambiguous { candidates, .. } => {
                candidates.iter().flat_map(|c| c.parts.clone()).collect()
            }
            Decision::Unmatched { .. } => Vec::new(),
        })
        .map(|(id, _)| id)
        .collect();
    let numbers: HashMap<i64, &str> = invoices
        .iter()
        .filter(|i| proposed.contains(&i.id))
        .map(|i| (i.id, i.number.as_str()))
        .collect();
    let codes: HashMap<i64, &str> = payers.iter().map(|p| (p.customer_id, p.code.as_str())).collect();
    let named = |p: &Proposal| MatchOption {
        rule: p.rule,
        customer_id: p.customer_id,
        customer_code: codes.get(&p.customer_id).copied().unwrap_or("").to_string(),
        parts: p
            .parts
            .iter()
            .map(|(id, amount)| Part {
                invoice_id: *id,
                number: numbers.get(id).copied().unwrap_or("").to_string(),
                amount: *amount,
            })
            .collect(),
    };
    lines
        .into_iter()
        .zip(decisions)
        .map(|(line, (_, decision))| match decision {
            Decision::Matched(p) => LineMatch {
                line,
                status: MatchStatus::Matched,
                options: vec![named(&p)],
                reason: None,
                payment_id: None,
            },
            Decision::Ambiguous { reason, candidates } => LineMatch {
                line,
                status: MatchStatus::Ambiguous,
                options: candidates.iter().map(named).collect(),
                reason: Some(reason),
                payment_id: None,
            },
            Decision::Unmatched { reason } => LineMatch {
                line,
                status: MatchStatus::Unmatched,
                options: Vec::new(),
                reason: Some(reason),
                payment_id: None,
            },
        })
        .map(|mut m| {
            if m.status == MatchStatus::Unmatched {
                let named = settled_numbers_in(tx, &m.line.text, &invoices)?;
                if !named.is_empty() {
                    m.reason = Some(Reason::Settled {
                        numbers: named,
                        date: m.line.date,
                    });
                }
            }
            Ok(m)
        })
        .collect::<Result<Vec<_>>>()
}

/// Invoice numbers written whole in `text` that are not open: why a credit naming a
/// paid invoice is left alone.
fn settled_numbers_in(tx: &Transaction, text: &str, open: &[OpenInvoice]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || ",;:()[]".contains(c)) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.len() < 4 || !word.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if let Some((id, number)) = store::invoice_numbered(tx, word)?
            && !open.iter().any(|i| i.id == id)
            && !out.contains(&number)
        {
            out.push(number);
        }
    }
    Ok(out)
}

/// Records a credit as a payment of the chosen invoices, dated the day the money
/// arrived. One invoice: the same operation as `invoice pay`; several: one payment
/// allocated to each. What is left over stays with the customer as credit.
pub fn record(tx: &Transaction, line: &StoredLine, option: &MatchOption, as_of: NaiveDate) -> Result<i64> {
    // a bank's text is not typed by the user: its control characters become spaces
    let reference: String = line
        .text
        .chars()
        .map(|c| if is_control_char(c) { ' ' } else { c })
        .take(140)
        .collect();
    let payment_id = match option.parts.as_slice() {
        [one] => {
            pay(
                tx,
                &format!("#{}", one.invoice_id),
                &PaymentInput {
                    amount: Some(line.amount),
                    date: line.date,
                    method: Method::Transfer,
                    reference: Some(reference),
                    overpay: true,
                    rate: None,
                },
                None,
            )?
            .1
        }
        parts => {
            let currency = crate::store::company::get(tx)?.currency;
            let received = Money::exact(line.amount, currency)?;
            let id = payments::insert(
                tx,
                option.customer_id,
                line.date,
                received,
                Method::Transfer,
                Some(&reference),
                None,
            )?;
            let mut left = received;
            for part in parts {
                let invoice = crate::store::invoice::find(tx, &format!("#{}", part.invoice_id))?;
                let balance = invoice.view(crate::ops::END_OF_TIME).balance;
                let amount = Money::exact(part.amount, currency)?.min(balance).min(left);
                if !amount.is_positive() || invoice.customer_id != option.customer_id {
                    return invalid(crate::t!(
                        "ops-bank-cannot-take",
                        invoice = invoice.label(),
                        amount = fmt_amount(part.amount),
                        date = line.date.to_string()
                    ));
                }
                if invoice.issue_date.is_some_and(|d| d > line.date) {
                    return invalid(crate::t!(
                        "ops-bank-issued-after",
                        invoice = invoice.label(),
                        date = line.date.to_string()
                    ));
                }
                payments::allocate(tx, id, invoice.id, line.date, amount)?;
                left -= amount;
            }
            super::credit_control::unblock_when_paid(tx, option.customer_id, line.date)?;
            id
        }
    };
    if !store::mark_matched(tx, line.id, payment_id, option.rule, as_of)? {
        return invalid(crate::t!("ops-bank-line-matched", id = line.id));
    }
    if let Some(iban) = &line.counterparty_iban {
        remember_iban(tx, iban, option.customer_id)?;
    }
    Ok(payment_id)
}

/// A match chosen by hand: the invoices named, settled in the order given.
pub fn manual_option(tx: &Transaction, line: &StoredLine, numbers: &[String]) -> Result<MatchOption> {
    let mut parts = Vec::new();
    let mut customer: Option<(i64, String)> = None;
    let mut left = line.amount;
    for number in numbers {
        let invoice = crate::store::invoice::find(tx, number)?;
        if invoice.number.is_none() || invoice.is_credit_note {
            return invalid(crate::t!("ops-bank-not-issued", invoice = invoice.label()));
        }
        match &customer {
            Some((id, code)) if *id != invoice.customer_id => {
                return invalid(crate::t!(
                    "ops-bank-other-customer",
                    invoice = invoice.label(),
                    code = code.as_str()
                ));
            }
            _ => customer = Some((invoice.customer_id, invoice.customer_code.clone())),
        }
        let balance = invoice.view(crate::ops::END_OF_TIME).balance.to_decimal();
        let amount = balance.min(left);
        if amount <= Decimal::ZERO {
            return invalid(crate::t!("ops-bank-nothing-left", invoice = invoice.label()));
        }
        left -= amount;
        parts.push(Part {
            invoice_id: invoice.id,
            number: invoice.label(),
            amount,
        });
    }
    let Some((customer_id, customer_code)) = customer else {
        return invalid(crate::t!("ops-bank-name-an-invoice"));
    };
    Ok(MatchOption {
        rule: Rule::Manual,
        customer_id,
        customer_code,
        parts,
    })
}

/// Matches and records: the automatic matches when `auto`, then the choices made by
/// hand (bank line id → invoice numbers). Returns every credit's outcome.
pub fn run(
    tx: &Transaction,
    auto: bool,
    choices: &HashMap<i64, Vec<String>>,
    as_of: NaiveDate,
) -> Result<Vec<LineMatch>> {
    let mut out = plan(tx)?;
    for m in out.iter_mut() {
        if auto && m.status == MatchStatus::Matched {
            m.payment_id = Some(record(tx, &m.line, &m.options[0], as_of)?);
        }
    }
    for m in out.iter_mut() {
        if m.payment_id.is_some() {
            continue;
        }
        if let Some(numbers) = choices.get(&m.line.id) {
            let option = manual_option(tx, &m.line, numbers)?;
            m.payment_id = Some(record(tx, &m.line, &option, as_of)?);
            m.status = MatchStatus::Matched;
            m.options = vec![option];
            m.reason = None;
        }
    }
    Ok(out)
}
