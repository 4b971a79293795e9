//! `creances payment match` and `payment unmatched`: bank credits against open invoices.

use std::collections::HashMap;
use std::io::IsTerminal;

use serde_json::{Value, json};

use super::Ctx;
use crate::error::Error;
use crate::ops::Ledger;
use crate::ops::bank::{self as ops, LineMatch, MatchOption, MatchStatus};
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Listing, print_list};

fn option_json(o: &MatchOption) -> Value {
    json!({
        "rule": o.rule.as_str(),
        "customer": o.customer_code,
        "invoices": o.parts.iter().map(|p| json!({"number": p.number, "amount": fmt_amount(p.amount)})).collect::<Vec<_>>(),
    })
}

fn match_json(m: &LineMatch, recorded: bool) -> Value {
    let chosen = (m.status == MatchStatus::Matched).then(|| &m.options[0]);
    json!({
        "bank_line": m.line.id,
        "date": m.line.date.to_string(),
        "amount": fmt_amount(m.line.amount),
        "currency": m.line.currency,
        "text": m.line.text,
        "counterparty": m.line.counterparty,
        "status": m.status.as_str(),
        "recorded": recorded && m.payment_id.is_some(),
        "rule": chosen.map(|o| o.rule.as_str()),
        "explanation": chosen.map(|o| o.rule.explain()).or(m.reason.as_deref()),
        "customer": chosen.map(|o| o.customer_code.clone()),
        "invoices": chosen.map(|o| option_json(o)["invoices"].clone()).unwrap_or(json!([])),
        "payment": m.payment_id,
        "candidates": if m.status == MatchStatus::Ambiguous {
            m.options.iter().map(option_json).collect::<Vec<_>>()
        } else {
            Vec::new()
        },
    })
}

fn invoices_text(o: &MatchOption) -> String {
    o.parts
        .iter()
        .map(|p| format!("{} {}", p.number, fmt_amount(p.amount)))
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

fn print_matches(ctx: &Ctx, matches: &[LineMatch], recorded: bool) {
    let mut l = Listing::new(vec![
        "line", "date", "amount", "text", "status", "rule", "customer", "invoices", "payment", "why",
    ])
    .right(&[0, 2, 8]);
    for m in matches {
        let chosen = (m.status == MatchStatus::Matched).then(|| &m.options[0]);
        let why = match (chosen, &m.reason) {
            (Some(o), _) => o.rule.explain().to_string(),
            (None, Some(reason)) if !m.options.is_empty() => format!(
                "{reason}: {}",
                m.options
                    .iter()
                    .map(MatchOption::describe)
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            (None, Some(reason)) => reason.clone(),
            (None, None) => String::new(),
        };
        let status = match (m.status, recorded && m.payment_id.is_some()) {
            (MatchStatus::Matched, false) => "to record".to_string(),
            (s, _) => s.as_str().to_string(),
        };
        l.push(vec![
            m.line.id.to_string(),
            m.line.date.to_string(),
            fmt_amount(m.line.amount),
            short(&m.line.text),
            status,
            chosen.map(|o| o.rule.as_str().to_string()).unwrap_or_default(),
            chosen.map(|o| o.customer_code.clone()).unwrap_or_default(),
            chosen.map(invoices_text).unwrap_or_default(),
            m.payment_id.map(|p| p.to_string()).unwrap_or_default(),
            why,
        ]);
    }
    print_list(
        ctx.format,
        &l,
        matches
            .iter()
            .map(|m| match_json(m, recorded))
            .collect::<Vec<_>>(),
    );
}

/// Asks, for each credit the rules leave open, which invoices it pays.
fn ask(plan: &[LineMatch]) -> crate::error::Result<HashMap<i64, Vec<String>>> {
    let mut choices = HashMap::new();
    for m in plan.iter().filter(|m| m.status != MatchStatus::Matched) {
        eprintln!(
            "\nbank line {} of {}: {} {}\n  {}",
            m.line.id,
            m.line.date,
            fmt_amount(m.line.amount),
            m.line.currency,
            m.line.text
        );
        if let Some(reason) = &m.reason {
            eprintln!("  {reason}");
        }
        let mut items: Vec<String> = m.options.iter().map(MatchOption::describe).collect();
        items.push("other invoices: type their numbers".into());
        items.push("skip: leave it unmatched".into());
        let pick = dialoguer::Select::new()
            .with_prompt("Which invoices does it pay?")
            .items(&items)
            // with candidates, the first; without, skip
            .default(if m.options.is_empty() { items.len() - 1 } else { 0 })
            .interact()?;
        if pick < m.options.len() {
            let numbers = m.options[pick].parts.iter().map(|p| p.number.clone()).collect();
            choices.insert(m.line.id, numbers);
        } else if pick == m.options.len() {
            let typed: String = dialoguer::Input::new()
                .with_prompt("Invoice numbers, separated by commas (empty to skip)")
                .allow_empty(true)
                .interact_text()?;
            let numbers: Vec<String> = typed
                .split([',', ' ', ';'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
            if !numbers.is_empty() {
                choices.insert(m.line.id, numbers);
            }
        }
    }
    Ok(choices)
}

pub fn run_match(ctx: &Ctx, ledger: &mut Ledger, auto: bool, interactive: bool) -> crate::error::Result<()> {
    if interactive && !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::Input(
            "--interactive needs a terminal: in scripts and cron use `creances payment match --auto`".into(),
        ));
    }
    let choices = if interactive {
        let plan = ledger.read(ops::plan)?;
        ask(&plan)?
    } else {
        HashMap::new()
    };
    if auto || interactive {
        let done = ledger.write(|tx| ops::run(tx, true, &choices, ctx.as_of))?;
        print_matches(ctx, &done, true);
        let recorded = done.iter().filter(|m| m.payment_id.is_some()).count();
        eprintln!(
            "{recorded} payment(s) recorded, {} credit(s) left: see `creances payment unmatched`",
            done.len() - recorded
        );
    } else {
        let plan = ledger.read(ops::plan)?;
        print_matches(ctx, &plan, false);
        let ready = plan.iter().filter(|m| m.status == MatchStatus::Matched).count();
        eprintln!(
            "nothing recorded: {ready} match(es) ready; record them with `creances payment match --auto`, or pick by hand with --interactive"
        );
    }
    Ok(())
}

pub fn run_unmatched(ctx: &Ctx, ledger: &mut Ledger) -> crate::error::Result<()> {
    let plan = ledger.read(ops::plan)?;
    let mut l = Listing::new(vec![
        "line",
        "date",
        "amount",
        "counterparty",
        "text",
        "source",
        "matcher says",
    ])
    .right(&[0, 2]);
    let mut values = Vec::new();
    for m in &plan {
        let says = match m.status {
            MatchStatus::Matched => format!(
                "{} by {} (record with --auto)",
                invoices_text(&m.options[0]),
                m.options[0].rule.as_str()
            ),
            _ => m.reason.clone().unwrap_or_default(),
        };
        l.push(vec![
            m.line.id.to_string(),
            m.line.date.to_string(),
            fmt_amount(m.line.amount),
            m.line.counterparty.clone().unwrap_or_default(),
            short(&m.line.text),
            m.line.source.clone(),
            says.clone(),
        ]);
        values.push(json!({
            "bank_line": m.line.id,
            "date": m.line.date.to_string(),
            "amount": fmt_amount(m.line.amount),
            "currency": m.line.currency,
            "text": m.line.text,
            "counterparty": m.line.counterparty,
            "counterparty_iban": m.line.counterparty_iban,
            "account": m.line.account,
            "source": m.line.source,
            "status": m.status.as_str(),
            "note": says,
        }));
    }
    print_list(ctx.format, &l, values);
    Ok(())
}
