//! Reading OFX statements (1.x SGML and 2.x XML).

use chrono::NaiveDate;

use super::bad;
use crate::domain::DomainError;
use crate::domain::bank::{BankLine, Statement};
use crate::domain::money::parse_amount_any;

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
        .ok_or_else(|| bad("OFX", crate::t!("checks-ofx-not-ofx")))?;
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
            .ok_or_else(|| bad("OFX", crate::t!("checks-ofx-open-tag")))?;
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
        return Err(bad("OFX", crate::t!("checks-ofx-cut-short")));
    }
    Ok(statement)
}

fn ofx_line(n: usize, fields: &[(String, String)], currency: &str) -> Result<BankLine, DomainError> {
    let get = |tag: &str| fields.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str());
    let what = |m: String| {
        bad(
            "OFX",
            crate::t!("checks-ofx-transaction", n = n as u64, problem = m),
        )
    };
    let posted = get("DTPOSTED").ok_or_else(|| what(crate::t!("checks-ofx-missing", tag = "DTPOSTED")))?;
    let date = NaiveDate::parse_from_str(posted.get(..8).unwrap_or(posted), "%Y%m%d")
        .map_err(|_| what(crate::t!("checks-ofx-bad-date", value = posted)))?;
    let amount_text = get("TRNAMT").ok_or_else(|| what(crate::t!("checks-ofx-missing", tag = "TRNAMT")))?;
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
