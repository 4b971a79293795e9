//! `creances daily`: one summary line for the log (JSON: the same, part by part).

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{Kind, machine_words, word};
use super::{Format, emit, emit_json};
use crate::domain::daily::{DailyPart, DailyReport, PartOutcome};

/// A part's own summary line without its leading "NAME DATE", or what stopped it.
fn part_text(outcome: &PartOutcome) -> String {
    match outcome {
        PartOutcome::AlreadyDone => t!("flow-daily-already-done"),
        PartOutcome::Refused { message, .. } => t!("flow-daily-not-run", message = message.as_str()),
        PartOutcome::Recurring(r) => super::recurring::summary_text(r),
        PartOutcome::Sends(r) => t!("flow-daily-sends", sent = r.sent.len(), failed = r.failed.len()),
        PartOutcome::Dunning(r, uncertain) => {
            let line = super::dunning::summary_text(r);
            match uncertain.len() {
                0 => line,
                n => t!("flow-daily-uncertain", summary = line, uncertain = n),
            }
        }
    }
}

/// The one line: `daily DATE: recurring: ...; dunning: ...`.
pub fn summary(report: &DailyReport) -> String {
    let parts: Vec<String> = report
        .parts
        .iter()
        .map(|(part, outcome)| {
            t!(
                "flow-daily-part",
                part = word(Kind::Part, part.as_str()),
                text = part_text(outcome)
            )
        })
        .collect();
    t!(
        "flow-daily-line",
        date = report.as_of.to_string(),
        parts = parts.join(&t!("flow-daily-joiner"))
    )
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
        eprintln!(
            "{}",
            t!(
                "flow-daily-part-error",
                part = word(Kind::Part, part.as_str()),
                message = message.as_str()
            )
        );
    }
    if let PartOutcome::Sends(r) = outcome {
        for (label, why) in &r.failed {
            eprintln!(
                "{}",
                t!(
                    "flow-daily-send-failed",
                    document = label.as_str(),
                    why = why.as_str()
                )
            );
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
        summary: part_text(outcome),
    }
}

/// `creances daily`: the summary line; why a part did not run goes to stderr too.
pub fn daily(format: Format, report: &DailyReport) {
    for (part, outcome) in &report.parts {
        part_errors(*part, outcome);
    }
    let _english = machine_words(format);
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
    let _english = machine_words(format);
    match format {
        Format::Json => emit_json(&OnePartJson {
            date: as_of,
            part: part_json(part, outcome),
        }),
        _ => emit(&t!(
            "flow-daily-part-line",
            part = word(Kind::Part, part.as_str()),
            date = as_of.to_string(),
            text = part_text(outcome)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_has_its_name_in_both_languages() {
        use crate::render::dunning::words::tests::every_word;
        let parts = [DailyPart::Recurring, DailyPart::Sends, DailyPart::Dunning];
        every_word(Kind::Part, &parts.map(DailyPart::as_str));
    }
}
