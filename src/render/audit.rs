//! What `period close` and `verify` say.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Format, Listing, print_record};
use crate::domain::audit::Verification;

#[derive(Serialize)]
struct ClosedJson {
    closed_until: NaiveDate,
}

/// `period close`.
pub fn closed(format: Format, until: NaiveDate) {
    print_record(
        format,
        &ClosedJson { closed_until: until },
        &[("closed until", until.to_string())],
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
    let fields = [
        ("audit log", format!("{} rows", v.rows)),
        (
            "chain",
            match v.broken_at {
                Some(id) => format!("broken at row {id}"),
                None => "whole".into(),
            },
        ),
        (
            "facts",
            if v.facts.is_empty() {
                "as recorded".into()
            } else {
                format!("{} differ", v.facts.len())
            },
        ),
        (
            "documents",
            format!("{} checked, {} differ", v.documents_checked, v.documents.len()),
        ),
    ];
    let mut problems = Listing::new(vec!["what differs"]);
    for p in v.facts.iter().chain(&v.documents) {
        problems.push(vec![p.clone()]);
    }
    print_record(format, &json, &fields, &[("Differences", &problems)]);
}
