//! Reading ISO 20022 CAMT.053 statements (versions 02 and 08).

use quick_xml::events::Event;

use super::text::parse_any_date;
use super::{bad, statement_amount};
use crate::domain::DomainError;
use crate::domain::bank::{BankLine, Statement};

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
                crate::t!(
                    "checks-camt-not-xml",
                    byte = reader.buffer_position(),
                    error = e.to_string()
                ),
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
                    // a returned direct debit (R-transaction): its reason code (AM04, MD06...)
                    ("Cd", "Rsn") if in_path("RtrInf") && !value.is_empty() => {
                        target.texts.push(format!("RETURN {value}"))
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
    if let Some(open) = path.last() {
        return Err(bad(
            "CAMT.053",
            crate::t!(
                "checks-camt-cut-short",
                element = open,
                count = statement.lines.len() as u64
            ),
        ));
    }
    if !saw_document {
        return Err(bad("CAMT.053", crate::t!("checks-camt-not-camt")));
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
        let what = |m: &str| {
            bad(
                "CAMT.053",
                crate::t!("checks-camt-entry", n = n as u64, problem = m),
            )
        };
        let amount_text = p
            .amount
            .ok_or_else(|| what(&crate::t!("checks-camt-no-amount")))?;
        // the schema's amount is never negative: the direction is CdtDbtInd
        let amount = statement_amount(&amount_text).map_err(|e| what(&e.to_string()))?;
        if amount.is_sign_negative() {
            return Err(what(&crate::t!("checks-camt-negative", amount = &amount_text)));
        }
        let credit = p
            .credit
            .ok_or_else(|| what(&crate::t!("checks-camt-no-direction")))?;
        let day = p
            .booked
            .or(p.value)
            .ok_or_else(|| what(&crate::t!("checks-camt-no-date")))?;
        let date = parse_any_date(
            &crate::t!("checks-camt-booking-date"),
            day.get(..10).unwrap_or(&day),
        )
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
