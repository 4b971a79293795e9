//! Output for humans (tables) and scripts (CSV, JSON).

pub mod audit;
pub mod backup;
pub mod colour;
pub mod company;
pub mod customer;
pub mod daily;
pub mod dashboard;
pub mod delivery;
pub mod dunning;
pub mod export;
pub mod facturx;
pub mod fec;
pub mod fmt;
pub mod import;
pub mod invoice;
pub mod invoice_list;
pub mod layouts;
pub mod mail;
pub mod mail_context;
pub mod offer;
pub mod pager;
pub mod payment;
pub mod pdf;
pub mod product;
pub mod reconcile;
pub mod recurring;
pub mod report;
pub mod score;
pub mod sepa;
pub mod story;
pub mod stream;
pub mod table;
pub mod task;
pub mod trends;
pub mod words;
pub mod xlsx;
pub(crate) mod xml;

use std::io::Write;

use serde::Serialize;

/// How a command prints what it lists or shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

/// Rows with headers, printed as a table or as CSV.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns aligned right in tables (amounts, counts).
    pub numeric: Vec<usize>,
    /// Colours of the table (never of CSV): per row, per column; a missing entry is plain.
    pub styles: Vec<Vec<Option<anstyle::Style>>>,
}

impl Listing {
    pub fn new<S: Into<String>>(headers: Vec<S>) -> Self {
        Listing {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            numeric: Vec::new(),
            styles: Vec::new(),
        }
    }

    pub fn right(mut self, columns: &[usize]) -> Self {
        self.numeric = columns.to_vec();
        self
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// A row whose cells are coloured in a table: `styles[i]` for column `i`.
    pub fn push_styled(&mut self, row: Vec<String>, styles: Vec<Option<anstyle::Style>>) {
        self.styles.resize(self.rows.len(), Vec::new());
        self.styles.push(styles);
        self.rows.push(row);
    }

    /// The table as text, without a newline after its last line; its headers in the
    /// interface's language (CSV keeps them as they are).
    pub fn to_table(&self) -> String {
        let headers: Vec<String> = self.headers.iter().map(|h| words::label(h)).collect();
        let mut text = if self.styles.is_empty() {
            table::to_text(&headers, &self.numeric, &self.rows)
        } else {
            let painted: Vec<Vec<String>> = self
                .rows
                .iter()
                .enumerate()
                .map(|(r, row)| {
                    row.iter()
                        .enumerate()
                        .map(
                            |(c, cell)| match self.styles.get(r).and_then(|s| s.get(c)).copied().flatten() {
                                Some(style) => colour::paint(cell, style),
                                None => cell.clone(),
                            },
                        )
                        .collect()
                })
                .collect();
            table::to_text(&headers, &self.numeric, &painted)
        };
        text.pop();
        text
    }

    pub fn to_csv(&self) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let _ = out.write_record(&self.headers);
        for row in &self.rows {
            let _ = out.write_record(row.iter().map(|c| neutralise_formula(c)));
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// A cell that a spreadsheet would read as a formula gets a leading quote.
pub fn neutralise_formula(cell: &str) -> String {
    let negative_number = cell.starts_with('-')
        && cell[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && cell.len() > 1;
    if !negative_number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Set when a command writes its file to the standard output (`--out -`): what it says
/// about the file goes to stderr so that stdout carries the data alone.
static STDOUT_IS_DATA: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The command's file goes to stdout (`--out -`): `emit` writes to stderr from now on.
pub fn stdout_is_data() {
    STDOUT_IS_DATA.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Writes to stdout (stderr when stdout carries a file, see `stdout_is_data`), ignoring
/// a closed pipe (`creances ... | head`).
pub fn emit(text: &str) {
    if STDOUT_IS_DATA.load(std::sync::atomic::Ordering::Relaxed) {
        let mut err = anstream::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = err.write_all(b"\n");
        }
        return;
    }
    if pager::page(text) {
        return;
    }
    // anstream drops the escape codes of a coloured cell when colour is not wanted
    let mut out = anstream::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = out.write_all(b"\n");
    }
}

/// A warning for the user, on stderr: the command goes on.
pub fn warn(text: &str) {
    eprintln!("{}", t!("render-warning", text = text));
}

/// JSON as scripts read it: pretty-printed, keys in the order the value's type declares
/// them (the order docs/json.md documents).
pub fn emit_json(value: &impl Serialize) {
    emit(&serde_json::to_string_pretty(value).unwrap_or_default());
}

/// A list in the chosen format: JSON from `json` (an array), table or CSV from `listing`.
pub fn print_list(format: Format, listing: &Listing, json: impl Serialize) {
    match format {
        Format::Json => emit_json(&json),
        Format::Csv => emit(&listing.to_csv()),
        Format::Table => {
            if listing.rows.is_empty() {
                emit(&t!("render-none"));
            } else {
                emit(&listing.to_table());
            }
        }
    }
}

/// One record: JSON object, or `field: value` lines (CSV: field,value rows), then
/// optional sub-tables for humans.
pub fn print_record(
    format: Format,
    json: &impl Serialize,
    fields: &[(&str, String)],
    sections: &[(&str, &Listing)],
) {
    match format {
        Format::Json => emit_json(json),
        Format::Csv => {
            let mut l = Listing::new(vec!["field", "value"]);
            for (k, v) in fields {
                l.push(vec![k.to_string(), v.clone()]);
            }
            emit(&l.to_csv());
        }
        Format::Table => {
            let labels: Vec<String> = fields.iter().map(|(k, _)| words::label(k)).collect();
            let width = labels.iter().map(|k| k.chars().count()).max().unwrap_or(0);
            let mut text = String::new();
            for (k, (_, v)) in labels.iter().zip(fields) {
                if !v.is_empty() {
                    text.push_str(&format!("{k:width$}  {v}\n"));
                }
            }
            for (title, listing) in sections {
                if !listing.rows.is_empty() {
                    let title = words::label(title);
                    text.push_str(&format!("\n{title}\n{}\n", listing.to_table()));
                }
            }
            emit(&text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_negative_numbers_kept() {
        assert_eq!(neutralise_formula("=1+1"), "'=1+1");
        assert_eq!(neutralise_formula("+33 6"), "'+33 6");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("-12.50"), "-12.50");
        assert_eq!(neutralise_formula("-cmd"), "'-cmd");
        assert_eq!(neutralise_formula("ACME"), "ACME");
    }
}
