//! What `period close` and `verify` say.

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{borrowed, cols, fields, machine_words};
use super::{Format, Listing, print_record};
use crate::domain::audit::Verification;

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

/// `verify`.
pub fn verification(format: Format, v: &Verification) {
    let json = VerificationJson {
        whole: v.is_whole(),
        log_rows: v.rows,
        broken_at: v.broken_at,
        facts: &v.facts,
        documents_checked: v.documents_checked,
        documents: &v.documents,
    };
    let _english = machine_words(format);
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
    for p in v.facts.iter().chain(&v.documents) {
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
