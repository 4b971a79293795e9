//! What `period close` and `verify` say.

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{borrowed, cols, fields, machine_words};
use super::{Format, Listing, print_record};
use crate::domain::audit::{Difference, Verification};

#[derive(Serialize)]
struct ClosedJson {
    closed_until: NaiveDate,
}

/// `period close`.
pub fn closed(format: Format, until: NaiveDate) {
    let _english = machine_words(format);
    print_record(
        format,
        &ClosedJson { closed_until: until },
        &borrowed(&fields([("closed until", until.to_string())])),
        &[],
    );
}

#[derive(Serialize)]
struct VerificationJson<'a> {
    whole: bool,
    log_rows: usize,
    broken_at: Option<i64>,
    facts: &'a [String],
    documents_checked: usize,
    documents: &'a [String],
}

/// One difference in words: the interface's language in a table, English in JSON (under
/// `machine_words`).
fn difference_text(d: &Difference) -> String {
    match d {
        Difference::Changed {
            subject,
            event,
            recorded,
            now,
        } => t!(
            "views-verify-changed",
            subject = subject.as_str(),
            event = event.as_str(),
            recorded = recorded.as_str(),
            now = now.as_str()
        ),
        Difference::Added { subject, event, now } => t!(
            "views-verify-added",
            subject = subject.as_str(),
            event = event.as_str(),
            now = now.as_str()
        ),
        Difference::Removed {
            subject,
            event,
            recorded,
        } => t!(
            "views-verify-removed",
            subject = subject.as_str(),
            event = event.as_str(),
            recorded = recorded.as_str()
        ),
        Difference::DocumentChanged { file, number } => t!(
            "views-verify-document-changed",
            file = file.as_str(),
            number = number.as_str()
        ),
        Difference::DocumentMissing { file, number, dir } => t!(
            "views-verify-document-missing",
            file = file.as_str(),
            number = number.as_str(),
            dir = dir.as_str()
        ),
    }
}

/// `verify`.
pub fn verification(format: Format, v: &Verification) {
    let _english = machine_words(format);
    let facts: Vec<String> = v.facts.iter().map(difference_text).collect();
    let documents: Vec<String> = v.documents.iter().map(difference_text).collect();
    let json = VerificationJson {
        whole: v.is_whole(),
        log_rows: v.rows,
        broken_at: v.broken_at,
        facts: &facts,
        documents_checked: v.documents_checked,
        documents: &documents,
    };
    let fields = fields([
        ("audit log", t!("flow-audit-rows", rows = v.rows)),
        (
            "chain",
            match v.broken_at {
                Some(id) => t!("flow-audit-broken-at", row = id),
                None => t!("flow-audit-whole"),
            },
        ),
        (
            "facts",
            if v.facts.is_empty() {
                t!("flow-audit-as-recorded")
            } else {
                t!("flow-audit-differ", count = v.facts.len())
            },
        ),
        (
            "documents",
            t!(
                "flow-audit-documents",
                checked = v.documents_checked,
                differ = v.documents.len()
            ),
        ),
    ]);
    let mut problems = Listing::new(cols(&["what differs"]));
    for p in facts.iter().chain(&documents) {
        problems.push(vec![p.clone()]);
    }
    let title = t!("flow-audit-differences");
    print_record(format, &json, &borrowed(&fields), &[(title.as_str(), &problems)]);
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_label_of_verify_reads_in_both_languages() {
        crate::render::dunning::words::tests::every_column(&[
            "closed until",
            "audit log",
            "chain",
            "facts",
            "documents",
            "what differs",
        ]);
    }
}
