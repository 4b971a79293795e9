//! `creances payment match` and `payment unmatched`: bank credits against open invoices.

use std::collections::HashMap;
use std::io::IsTerminal;

use super::Ctx;
use crate::domain::bank::{LineMatch, MatchStatus};
use crate::error::{Error, Result};
use crate::ops::Ledger;
use crate::render::reconcile as render;

/// Asks, for each credit the rules leave open, which invoices it pays.
fn ask(plan: &[LineMatch]) -> Result<HashMap<i64, Vec<String>>> {
    let mut choices = HashMap::new();
    for m in plan.iter().filter(|m| m.status != MatchStatus::Matched) {
        render::question(m);
        let mut items: Vec<String> = m.options.iter().map(render::describe).collect();
        items.push(crate::t!("cli-reconcile-other-invoices"));
        items.push(crate::t!("cli-reconcile-skip"));
        let pick = dialoguer::Select::new()
            .with_prompt(crate::t!("cli-reconcile-which-invoices"))
            .items(&items)
            // with candidates, the first; without, skip
            .default(if m.options.is_empty() { items.len() - 1 } else { 0 })
            .interact()?;
        if pick < m.options.len() {
            let numbers = m.options[pick].parts.iter().map(|p| p.number.clone()).collect();
            choices.insert(m.line.id, numbers);
        } else if pick == m.options.len() {
            let typed: String = dialoguer::Input::new()
                .with_prompt(crate::t!("cli-reconcile-invoice-numbers"))
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

pub fn run_match(ctx: &Ctx, ledger: &mut Ledger, auto: bool, interactive: bool) -> Result<()> {
    if interactive && !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::Input(crate::t!("cli-interactive-needs-terminal")));
    }
    let choices = if interactive {
        ask(&ledger.match_plan()?)?
    } else {
        HashMap::new()
    };
    if auto || interactive {
        // the matches the rules found are recorded with the choices made by hand
        let done = ledger.match_bank_credits(true, &choices, ctx.as_of)?;
        render::matches(ctx.format, &done, true);
        render::recorded_note(&done);
        render::future_credits(&done, ctx.as_of);
    } else {
        let plan = ledger.match_plan()?;
        render::matches(ctx.format, &plan, false);
        render::proposed_note(&plan);
        render::future_credits(&plan, ctx.as_of);
    }
    Ok(())
}

pub fn run_unmatched(ctx: &Ctx, ledger: &mut Ledger) -> Result<()> {
    render::unmatched(ctx.format, &ledger.match_plan()?);
    Ok(())
}
