//! Structured random input for every reader of outside files (issue 12: fuzzing). The
//! readers must never panic: whatever the bytes, they give rows or a reason. Inputs are
//! random text, and real sample files cut at every length or with bytes flipped, because
//! a file cut short or damaged in transit is what a user actually meets. Cases that once
//! found a bug stay in `tests/data/fuzz/` and are replayed here.

use proptest::prelude::*;

use super::rows::{Header, parse_customer, parse_invoice, parse_payment};
use super::statement::parse;
use super::text::{Utf8Scan, decode_text, detect_delimiter, normalise_name, parse_any_date};
use crate::domain::bank::{BankFormat, CsvProfile};
use crate::domain::document::LineSpec;
use crate::domain::import::ImportKind;
use crate::domain::money::{parse_amount, parse_amount_any};

const SAMPLES: &[(&str, BankFormat)] = &[
    (
        include_str!("../../tests/data/bank/camt053-v02.xml"),
        BankFormat::Camt053,
    ),
    (
        include_str!("../../tests/data/bank/camt053-v08.xml"),
        BankFormat::Camt053,
    ),
    (
        include_str!("../../tests/data/bank/releve-v1.ofx"),
        BankFormat::Ofx,
    ),
    (
        include_str!("../../tests/data/bank/releve-v2.ofx"),
        BankFormat::Ofx,
    ),
    (include_str!("../../tests/data/bank/releve.csv"), BankFormat::Csv),
];

const CSV_FILES: &[(&str, ImportKind)] = &[
    (
        include_str!("../../tests/data/import/customers.csv"),
        ImportKind::Customers,
    ),
    (
        include_str!("../../tests/data/import/invoices.csv"),
        ImportKind::Invoices,
    ),
    (
        include_str!("../../tests/data/import/invoices-bad.csv"),
        ImportKind::Invoices,
    ),
    (
        include_str!("../../tests/data/import/payments.csv"),
        ImportKind::Payments,
    ),
];

/// Reads a statement in every format; only a panic fails.
fn read_every_way(text: &str) {
    for format in [BankFormat::Csv, BankFormat::Camt053, BankFormat::Ofx] {
        let _ = parse(text, format, &CsvProfile::default());
    }
    let _ = BankFormat::guess(text);
}

/// Reads a CSV import file the way the import does, row by row; only a panic fails.
fn read_rows(text: &str, kind: ImportKind) {
    let mut lines = text.lines();
    let Some(head) = lines.next() else { return };
    let delimiter = detect_delimiter(head) as char;
    let names: Vec<&str> = head.split(delimiter).collect();
    let Ok(header) = Header::read(kind, &names) else {
        return;
    };
    for line in lines {
        let cells: Vec<&str> = line.split(delimiter).collect();
        let _ = match kind {
            ImportKind::Customers => parse_customer(&header, &cells[..]).map(drop),
            ImportKind::Invoices => parse_invoice(&header, &cells[..]).map(drop),
            ImportKind::Payments => parse_payment(&header, &cells[..]).map(drop),
        };
    }
}

/// The same text cut at a char boundary at or before `at`.
fn cut(text: &str, at: usize) -> &str {
    let mut end = at.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[test]
fn every_sample_statement_cut_at_every_length_is_read_or_refused() {
    for (text, format) in SAMPLES {
        for at in 0..=text.len() {
            let part = cut(text, at);
            if let Ok(statement) = parse(part, *format, &CsvProfile::default())
                && *format == BankFormat::Camt053
            {
                // a CAMT file is read whole or refused: never its first entries alone
                let whole = parse(text, *format, &CsvProfile::default()).unwrap();
                assert_eq!(statement, whole, "CAMT cut at {at} read as a different statement");
            }
        }
    }
}

#[test]
fn every_sample_import_cut_at_every_length_is_read_or_refused() {
    for (text, kind) in CSV_FILES {
        for at in (0..=text.len()).step_by(3) {
            read_rows(cut(text, at), *kind);
        }
    }
}

#[test]
fn the_corpus_of_past_findings_is_refused() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/data/fuzz") {
        let path = entry.unwrap().path();
        let text = decode_text(&std::fs::read(&path).unwrap());
        let format = match path.extension().and_then(|e| e.to_str()) {
            Some("xml") => BankFormat::Camt053,
            Some("ofx") => BankFormat::Ofx,
            _ => BankFormat::Csv,
        };
        assert!(
            parse(&text, format, &CsvProfile::default()).is_err(),
            "{} is accepted again",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 3, "the corpus is there");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_statement(text in "\\PC{0,400}") {
        read_every_way(&text);
    }

    #[test]
    fn any_bytes_as_a_statement(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut scan = Utf8Scan::default();
        scan.feed(&bytes);
        let _ = scan.is_utf8();
        read_every_way(&decode_text(&bytes));
    }

    #[test]
    fn sample_statements_with_bytes_changed(
        sample in 0..SAMPLES.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = SAMPLES[sample].0.as_bytes().to_vec();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        read_every_way(&decode_text(&bytes));
    }

    #[test]
    fn xml_made_of_statement_tags(tags in proptest::collection::vec(
        prop::sample::select(vec![
            "<Document>", "<BkToCstmrStmt>", "<Stmt>", "<Ntry>", "</Ntry>", "<Amt Ccy=\"EUR\">",
            "</Amt>", "1.00", "-5", "1e30", "<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd>",
            "<BookgDt><Dt>2026-03-05</Dt></BookgDt>", "<TxDtls>", "</TxDtls>", "</Stmt>",
            "</BkToCstmrStmt>", "</Document>", "<OFX>", "<STMTTRN>", "<TRNAMT>12,5", "</STMTTRN>",
            "<DTPOSTED>20260305", "&amp;", "&#0;", "<![CDATA[x]]>",
        ]),
        0..40,
    )) {
        read_every_way(&tags.concat());
    }

    #[test]
    fn any_import_file(kind in prop::sample::select(vec![ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments]),
                       text in "[a-z_;,\n0-9./é€ -]{0,300}") {
        let head = kind.column_names().join(";");
        read_rows(&format!("{head}\n{text}"), kind);
        read_rows(&text, kind);
    }

    #[test]
    fn any_words_for_amounts_dates_names_and_lines(text in "\\PC{0,60}") {
        let _ = parse_amount("x", &text);
        let _ = parse_amount_any("x", &text);
        let _ = parse_any_date("x", &text);
        let _ = normalise_name(&text);
        let _ = LineSpec::parse(&text);
    }
}
