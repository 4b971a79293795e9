//! SEPA direct debit as people and banks see it: the pain.008.001.02 collection file,
//! the mandates and what a collection run did.

use serde::Serialize;

use super::dunning::words::{borrowed, cols, fields, machine_words, money_cell};
use super::xml::Xml;
use super::{Format, Listing, print_list, print_record};
use crate::domain::money::Money;
use crate::domain::sepa::{CollectionFile, Debit, Mandate, MandateKind};

/// The company as the creditor of a collection.
pub struct Creditor<'a> {
    pub name: &'a str,
    pub iban: &'a str,
    pub bic: &'a str,
    /// Its SEPA creditor identifier (ICS).
    pub ics: &'a str,
}

/// Text in the SEPA character set (letters, digits, `/ - ? : ( ) . , ' +` and space),
/// accents taken off, cut at `max` characters.
fn sepa_text(text: &str, max: usize) -> String {
    let mapped: String = text
        .chars()
        .map(|c| {
            let plain = crate::domain::unaccent(c);
            let plain = if c.is_lowercase() {
                plain.to_ascii_lowercase()
            } else {
                plain
            };
            match plain {
                c if c.is_ascii_alphanumeric() || "/-?:().,'+ ".contains(c) => c,
                '&' => '+',
                _ => ' ',
            }
        })
        .collect();
    let squeezed = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    squeezed.chars().take(max).collect()
}

fn sum(debits: &[&Debit]) -> String {
    let total: i64 = debits.iter().map(|d| d.amount.minor()).sum();
    format!(
        "{:.2}",
        Money::from_minor(total, debits[0].amount.currency()).to_decimal()
    )
}

/// The pain.008.001.02 customer direct debit initiation of `file`: one payment
/// information block per sequence type and collection date, CORE scheme, one booking per
/// transaction (so the statement shows each invoice's money under its end-to-end id).
pub fn pain008(file: &CollectionFile, creditor: &Creditor) -> String {
    let mut x = Xml::new();
    let all: Vec<&Debit> = file.debits.iter().collect();
    x.open_with(
        "Document",
        &[
            ("xmlns", "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    )
    .open("CstmrDrctDbtInitn")
    .open("GrpHdr")
    .leaf("MsgId", &file.message_id)
    .leaf("CreDtTm", &format!("{}T00:00:00", file.made_on))
    .leaf("NbOfTxs", &all.len().to_string())
    .leaf("CtrlSum", &sum(&all))
    .open("InitgPty")
    .leaf("Nm", &sepa_text(creditor.name, 70))
    .close()
    .close();
    for (i, (sequence, date, debits)) in file.batches().into_iter().enumerate() {
        x.open("PmtInf")
            .leaf("PmtInfId", &format!("{}-{}", file.message_id, i + 1))
            .leaf("PmtMtd", "DD")
            .leaf("BtchBookg", "false")
            .leaf("NbOfTxs", &debits.len().to_string())
            .leaf("CtrlSum", &sum(&debits))
            .open("PmtTpInf")
            .open("SvcLvl")
            .leaf("Cd", "SEPA")
            .close()
            .open("LclInstrm")
            .leaf("Cd", "CORE")
            .close()
            .leaf("SeqTp", sequence.code())
            .close()
            .leaf("ReqdColltnDt", &date.to_string())
            .open("Cdtr")
            .leaf("Nm", &sepa_text(creditor.name, 70))
            .close()
            .open("CdtrAcct")
            .open("Id")
            .leaf("IBAN", creditor.iban)
            .close()
            .close()
            .open("CdtrAgt")
            .open("FinInstnId")
            .leaf("BIC", creditor.bic)
            .close()
            .close()
            .leaf("ChrgBr", "SLEV")
            .open("CdtrSchmeId")
            .open("Id")
            .open("PrvtId")
            .open("Othr")
            .leaf("Id", creditor.ics)
            .open("SchmeNm")
            .leaf("Prtry", "SEPA")
            .close()
            .close()
            .close()
            .close()
            .close();
        for d in debits {
            x.open("DrctDbtTxInf")
                .open("PmtId")
                .leaf("EndToEndId", &sepa_text(&d.invoice_number, 35))
                .close()
                .leaf_with(
                    "InstdAmt",
                    &[("Ccy", d.amount.currency().code())],
                    &format!("{:.2}", d.amount.to_decimal()),
                )
                .open("DrctDbtTx")
                .open("MndtRltdInf")
                .leaf("MndtId", &d.mandate.reference)
                .leaf("DtOfSgntr", &d.mandate.signed_on.to_string())
                .close()
                .close()
                .open("DbtrAgt")
                .open("FinInstnId")
                .leaf("BIC", &d.mandate.bic)
                .close()
                .close()
                .open("Dbtr")
                .leaf("Nm", &sepa_text(&d.debtor_name, 70))
                .close()
                .open("DbtrAcct")
                .open("Id")
                .leaf("IBAN", &d.mandate.iban)
                .close()
                .close()
                .open("RmtInf")
                .leaf("Ustrd", &sepa_text(&format!("Facture {}", d.invoice_number), 140))
                .close()
                .close();
        }
        x.close();
    }
    x.close().close();
    x.finish()
}

/// A mandate in JSON (docs/json.md).
#[derive(Serialize)]
struct MandateJson<'a> {
    customer: &'a str,
    reference: &'a str,
    iban: &'a str,
    bic: &'a str,
    signed_on: String,
    kind: &'static str,
    collections: i64,
}

fn mandate_json(m: &Mandate) -> MandateJson<'_> {
    MandateJson {
        customer: &m.customer_code,
        reference: &m.reference,
        iban: &m.iban,
        bic: &m.bic,
        signed_on: m.signed_on.to_string(),
        kind: m.kind.as_str(),
        collections: m.collections,
    }
}

/// A mandate's kind in words: "recurrent", "one-off" (English also under `machine_words`
/// in CSV), "récurrent", "ponctuel" in a French table.
fn kind_word(kind: MandateKind) -> String {
    match kind {
        MandateKind::Recurrent => t!("views-mandate-recurrent"),
        MandateKind::OneOff => t!("views-mandate-one-off"),
    }
}

/// `customer mandate add`.
pub fn mandate(format: Format, m: &Mandate) {
    let _english = machine_words(format);
    let fields = fields([
        ("customer", m.customer_code.clone()),
        ("mandate", m.reference.clone()),
        ("iban", m.iban.clone()),
        ("bic", m.bic.clone()),
        ("signed_on", m.signed_on.to_string()),
        ("kind", kind_word(m.kind)),
        ("collections", m.collections.to_string()),
    ]);
    print_record(format, &mandate_json(m), &borrowed(&fields), &[]);
}

/// `customer mandate list`.
pub fn mandates(format: Format, list: &[Mandate]) {
    let _english = machine_words(format);
    let mut listing = Listing::new(cols(&MANDATE_HEADERS)).right(&[5]);
    for m in list {
        listing.push(vec![
            m.customer_code.clone(),
            m.reference.clone(),
            m.iban.clone(),
            m.signed_on.to_string(),
            kind_word(m.kind),
            m.collections.to_string(),
        ]);
    }
    print_list(
        format,
        &listing,
        list.iter().map(mandate_json).collect::<Vec<_>>(),
    );
}

/// A debit of a collection run in JSON.
#[derive(Serialize)]
struct DebitJson<'a> {
    invoice: &'a str,
    customer: &'a str,
    amount: String,
    mandate: &'a str,
    sequence: &'static str,
    collection_date: String,
}

#[derive(Serialize)]
struct CollectedJson<'a> {
    message_id: Option<&'a str>,
    file: Option<String>,
    count: usize,
    total: String,
    debits: Vec<DebitJson<'a>>,
}

/// `collect sepa`: the file written and each invoice in it.
pub fn collected(
    format: Format,
    message_id: Option<&str>,
    path: Option<&std::path::Path>,
    debits: &[Debit],
    currency: crate::domain::money::Currency,
) {
    let _english = machine_words(format);
    let total = Money::from_minor(debits.iter().map(|d| d.amount.minor()).sum(), currency);
    let mut listing = Listing::new(cols(&DEBIT_HEADERS)).right(&[2]);
    for d in debits {
        listing.push(vec![
            d.invoice_number.clone(),
            d.mandate.customer_code.clone(),
            money_cell(format, d.amount),
            d.mandate.reference.clone(),
            d.sequence.code().into(),
            d.date.to_string(),
        ]);
    }
    let json = CollectedJson {
        message_id,
        file: path.map(|p| p.display().to_string()),
        count: debits.len(),
        total: total.to_string(),
        debits: debits
            .iter()
            .map(|d| DebitJson {
                invoice: &d.invoice_number,
                customer: &d.mandate.customer_code,
                amount: d.amount.to_string(),
                mandate: &d.mandate.reference,
                sequence: d.sequence.code(),
                collection_date: d.date.to_string(),
            })
            .collect(),
    };
    let summary = match (message_id, path) {
        (Some(id), Some(p)) => t!(
            "flow-sepa-collected",
            count = debits.len(),
            total = money_cell(format, total),
            file = p.display().to_string(),
            message_id = id
        ),
        _ => t!("flow-sepa-nothing"),
    };
    let fields = fields([("collection", summary)]);
    let title = t!("flow-sepa-debits");
    print_record(format, &json, &borrowed(&fields), &[(title.as_str(), &listing)]);
}

/// The columns of `customer mandate list` (in English: the CSV's).
const MANDATE_HEADERS: [&str; 6] = ["customer", "mandate", "iban", "signed", "kind", "collections"];

/// The columns of the debits of `collect sepa` (in English: the CSV's).
const DEBIT_HEADERS: [&str; 6] = [
    "invoice",
    "debtor",
    "amount",
    "mandate",
    "sequence",
    "collection date",
];

#[cfg(test)]
mod words_tests {
    use super::*;
    use crate::render::dunning::words::tests::every_column;

    #[test]
    fn every_column_and_label_of_mandates_and_collections_reads_in_both_languages() {
        every_column(&MANDATE_HEADERS);
        every_column(&DEBIT_HEADERS);
        every_column(&["bic", "signed_on", "collection"]);
    }
}
