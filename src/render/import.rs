//! What an import did, as a record and JSON.

use std::path::Path;

use serde::Serialize;

use super::{Format, print_record};
use crate::domain::bank::BankImport;
use crate::domain::import::ImportSummary;

#[derive(Serialize)]
struct CsvImportJson<'a> {
    kind: &'a str,
    file: String,
    encoding: &'a str,
    delimiter: String,
    rows: u64,
    added: u64,
    unchanged: u64,
    rejected: u64,
    rejects_file: Option<String>,
    ignored_columns: &'a [String],
}

#[derive(Serialize)]
struct BankImportJson<'a> {
    format: &'a str,
    account: &'a str,
    lines: usize,
    added: usize,
    already_known: usize,
    unmatched_credits: i64,
    /// Invoices whose direct debit the statement showed credited, and returned.
    collections_settled: &'a [String],
    collections_returned: &'a [String],
    /// Returns of direct debits already credited: to record by hand.
    returns_to_check: &'a [String],
}

/// `import customers|invoices|payments`.
pub fn csv_import(format: Format, summary: &ImportSummary, file: &Path, rejects: Option<&Path>) {
    let rejects_file = rejects.map(|p| p.display().to_string());
    let fields = [
        ("imported", summary.kind.to_string()),
        ("file", file.display().to_string()),
        ("encoding", summary.encoding.to_string()),
        ("separator", summary.delimiter.to_string()),
        ("rows", summary.rows.to_string()),
        ("added", summary.added.to_string()),
        ("unchanged", summary.unchanged.to_string()),
        ("rejected", summary.rejected.to_string()),
        ("rejects file", rejects_file.clone().unwrap_or_default()),
        ("ignored columns", summary.ignored_columns.join(", ")),
    ];
    let json = CsvImportJson {
        kind: summary.kind,
        file: file.display().to_string(),
        encoding: summary.encoding,
        delimiter: summary.delimiter.to_string(),
        rows: summary.rows,
        added: summary.added,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        rejects_file,
        ignored_columns: &summary.ignored_columns,
    };
    print_record(format, &json, &fields, &[]);
}

/// `import bank`: the lines dated after today, on stderr.
pub fn bank_lines_after_today(done: &BankImport, as_of: chrono::NaiveDate) {
    if let (Some(first), Some(last)) = (done.after_today.first(), done.after_today.last()) {
        let days = if first == last {
            format!("on {first}")
        } else {
            format!("from {first} to {last}")
        };
        eprintln!(
            "warning: {} bank line(s) dated after today ({as_of}), {days}: check the statement's dates (a typo, a value date?); a payment matched from such a line is dated that day, and invoices count it as paid only from then",
            done.after_today.len()
        );
    }
}

/// `import bank`.
pub fn bank_import(format: Format, done: &BankImport, file: &Path) {
    let mut fields = vec![
        ("statement", file.display().to_string()),
        ("format", done.format.as_str().to_string()),
        ("account", done.account.clone()),
        ("lines", done.lines.to_string()),
        ("added", done.added.to_string()),
        ("already known", done.known.to_string()),
        ("credits to match", done.unmatched_credits.to_string()),
    ];
    let c = &done.collections;
    for (label, numbers) in [
        ("direct debits settled", &c.settled),
        ("direct debits returned", &c.returned),
        ("returns to check", &c.to_check),
    ] {
        if !numbers.is_empty() {
            fields.push((label, numbers.join(", ")));
        }
    }
    let json = BankImportJson {
        format: done.format.as_str(),
        account: &done.account,
        lines: done.lines,
        added: done.added,
        already_known: done.known,
        unmatched_credits: done.unmatched_credits,
        collections_settled: &c.settled,
        collections_returned: &c.returned,
        returns_to_check: &c.to_check,
    };
    print_record(format, &json, &fields, &[]);
}
