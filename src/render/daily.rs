//! `creances daily`: one summary line for the log (JSON: the same, part by part).

use chrono::NaiveDate;
use serde::Serialize;

use super::{Format, emit, emit_json};
use crate::domain::daily::{DailyPart, DailyReport, PartOutcome};

/// A part's own summary line without its leading "NAME DATE", or what stopped it.
fn part_text(part: DailyPart, outcome: &PartOutcome) -> String {
    let own = match outcome {
        PartOutcome::AlreadyDone => return "already done today".into(),
        PartOutcome::Refused { message, .. } => return format!("not run: {message}"),
        PartOutcome::Recurring(r) => super::recurring::summary(r),
        PartOutcome::Sends(r) => format!("{} sent, {} failed", r.sent.len(), r.failed.len()),
        PartOutcome::Dunning(r, uncertain) => {
            let line = super::dunning::summary(r);
            match uncertain.len() {
                0 => line,
                n => format!("{line}, {n} uncertain (see `creances dunning run`)"),
            }
        }
    };
    let prefix = format!("{} ", part.as_str());
    own.strip_prefix(&prefix)
        .and_then(|rest| rest.split_once(": "))
        .map(|(_, rest)| rest.to_string())
        .unwrap_or(own)
}

/// The one line: `daily DATE: recurring: ...; dunning: ...`.
pub fn summary(report: &DailyReport) -> String {
    let parts: Vec<String> = report
        .parts
        .iter()
        .map(|(part, outcome)| format!("{}: {}", part.as_str(), part_text(*part, outcome)))
        .collect();
    format!("daily {}: {}", report.as_of, parts.join("; "))
}

#[derive(Serialize)]
struct PartJson {
    part: DailyPart,
    status: &'static str,
    exit: u8,
    summary: String,
}

#[derive(Serialize)]
struct DailyJson {
    date: NaiveDate,
    exit: u8,
    parts: Vec<PartJson>,
    summary: String,
}

/// What went wrong in a part, on stderr.
fn part_errors(part: DailyPart, outcome: &PartOutcome) {
    if let PartOutcome::Refused { message, .. } = outcome {
        eprintln!("error: {}: {message}", part.as_str());
    }
    if let PartOutcome::Sends(r) = outcome {
        for (label, why) in &r.failed {
            eprintln!("error: sends: {label} not sent: {why}");
        }
    }
    if let PartOutcome::Dunning(_, uncertain) = outcome {
        super::dunning::uncertain(uncertain);
    }
}

fn part_json(part: DailyPart, outcome: &PartOutcome) -> PartJson {
    PartJson {
        part,
        status: match outcome {
            PartOutcome::AlreadyDone => "already_done",
            PartOutcome::Refused { .. } => "not_run",
            _ if outcome.exit() == 0 => "done",
            _ => "partly_failed",
        },
        exit: outcome.exit(),
        summary: part_text(part, outcome),
    }
}

/// `creances daily`: the summary line; why a part did not run goes to stderr too.
pub fn daily(format: Format, report: &DailyReport) {
    for (part, outcome) in &report.parts {
        part_errors(*part, outcome);
    }
    match format {
        Format::Json => emit_json(&DailyJson {
            date: report.as_of,
            exit: report.exit(),
            parts: report
                .parts
                .iter()
                .map(|(part, outcome)| part_json(*part, outcome))
                .collect(),
            summary: summary(report),
        }),
        _ => emit(&summary(report)),
    }
}

#[derive(Serialize)]
struct OnePartJson {
    date: NaiveDate,
    #[serde(flatten)]
    part: PartJson,
}

/// One part of the daily run made alone (`invoice send --scheduled`): the line it gives
/// in `daily`, as `PART DATE: ...`; JSON: the part's entry of `daily`, with the date.
pub fn part(format: Format, as_of: NaiveDate, part: DailyPart, outcome: &PartOutcome) {
    part_errors(part, outcome);
    match format {
        Format::Json => emit_json(&OnePartJson {
            date: as_of,
            part: part_json(part, outcome),
        }),
        _ => emit(&format!(
            "{} {as_of}: {}",
            part.as_str(),
            part_text(part, outcome)
        )),
    }
}
