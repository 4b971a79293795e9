//! What an import did, as a record and JSON.

use std::path::Path;

use serde::Serialize;

use super::dunning::words::{Kind, borrowed, fields, machine_words, word};
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
    let _english = machine_words(format);
    let rejects_file = rejects.map(|p| p.display().to_string());
    let fields = fields([
        ("imported", word(Kind::Imported, summary.kind)),
        ("file", file.display().to_string()),
        ("encoding", summary.encoding.to_string()),
        ("separator", summary.delimiter.to_string()),
        ("rows", summary.rows.to_string()),
        ("added", summary.added.to_string()),
        ("unchanged", summary.unchanged.to_string()),
        ("rejected", summary.rejected.to_string()),
        ("rejects file", rejects_file.clone().unwrap_or_default()),
        ("ignored columns", summary.ignored_columns.join(", ")),
    ]);
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
    print_record(format, &json, &borrowed(&fields), &[]);
}

/// `import bank`: the lines dated after today, on stderr.
pub fn bank_lines_after_today(done: &BankImport, as_of: chrono::NaiveDate) {
    if let (Some(first), Some(last)) = (done.after_today.first(), done.after_today.last()) {
        let days = if first == last {
            t!("flow-import-on-day", date = first.to_string())
        } else {
            t!(
                "flow-import-from-to",
                first = first.to_string(),
                last = last.to_string()
            )
        };
        eprintln!(
            "{}",
            t!(
                "flow-import-after-today",
                lines = done.after_today.len(),
                today = as_of.to_string(),
                days = days
            )
        );
    }
}

/// `import bank`.
pub fn bank_import(format: Format, done: &BankImport, file: &Path) {
    let _english = machine_words(format);
    let mut pairs = vec![
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
            pairs.push((label, numbers.join(", ")));
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
    print_record(format, &json, &borrowed(&fields(pairs)), &[]);
}

#[cfg(test)]
mod tests {
    use crate::render::dunning::words::tests::every_column;

    #[test]
    fn every_label_of_an_import_reads_in_both_languages() {
        use crate::render::dunning::words::{Kind, tests::every_word};
        every_word(Kind::Imported, &["customers", "invoices", "payments"]);
        every_column(&[
            "imported",
            "file",
            "encoding",
            "separator",
            "rows",
            "added",
            "unchanged",
        ]);
        every_column(&[
            "rejected",
            "rejects file",
            "ignored columns",
            "statement",
            "format",
        ]);
        every_column(&["account", "lines", "already known", "credits to match"]);
        every_column(&[
            "direct debits settled",
            "direct debits returned",
            "returns to check",
        ]);
    }
}
