//! Reading the rows of the customers, invoices and payments files: column names in
//! French or English, every problem of a row at once. Pure: cells in, typed rows or the
//! reason a row is refused out.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::text::{normalise_name, parse_any_date};
use crate::domain::DomainError;
use crate::domain::customer::{CustomerKind, parse_language, validate_code, validate_terms};
use crate::domain::identity::{
    one_line, parse_address, parse_email, parse_iban, parse_name, parse_vat_number, text_lines,
    validate_siren,
};
use crate::domain::import::{CustomerRow, ImportKind, InvoiceRow, PaymentRow, payment_key};
use crate::domain::money::{parse_amount_any, round_cents};
use crate::domain::numbering::validate_imported_number;
use crate::domain::payment::Method;

/// Where each known column sits in the file's rows.
#[derive(Debug, Clone)]
pub struct Header {
    kind: ImportKind,
    at: HashMap<&'static str, usize>,
    /// Columns of the file this import does not read.
    pub ignored: Vec<String>,
}

impl Header {
    /// Reads the header line; refuses a file that lacks a required column or names one twice.
    pub fn read<S: AsRef<str>>(kind: ImportKind, names: &[S]) -> Result<Header, DomainError> {
        let mut at = HashMap::new();
        let mut ignored = Vec::new();
        for (i, raw) in names.iter().enumerate() {
            let name = normalise_name(raw.as_ref());
            let known = kind
                .columns()
                .iter()
                .find(|(canon, aliases, _)| *canon == name || aliases.contains(&name.as_str()));
            match known {
                Some((canon, _, _)) => {
                    if at.insert(*canon, i).is_some() {
                        return Err(DomainError::Invalid(crate::t!(
                            "ops-rows-column-twice",
                            kind = kind.as_str(),
                            column = *canon,
                            position = i + 1
                        )));
                    }
                }
                None if name.is_empty() => {}
                None => ignored.push(raw.as_ref().trim().to_string()),
            }
        }
        let missing: Vec<&str> = kind
            .columns()
            .iter()
            .filter(|(canon, _, required)| *required && !at.contains_key(canon))
            .map(|c| c.0)
            .collect();
        if !missing.is_empty() {
            return Err(DomainError::Invalid(crate::t!(
                "ops-rows-missing-column",
                kind = kind.as_str(),
                missing = missing.join(", "),
                columns = kind.column_names().join(", ")
            )));
        }
        Ok(Header { kind, at, ignored })
    }

    pub fn kind(&self) -> ImportKind {
        self.kind
    }

    /// A cell, trimmed; None when the column is absent or the cell empty.
    pub fn get<'r, R: Row + ?Sized>(&self, row: &'r R, column: &str) -> Option<&'r str> {
        self.at
            .get(column)
            .and_then(|&i| row.cell(i))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}

/// A row of cells, as the CSV reader hands it over.
pub trait Row {
    fn cell(&self, i: usize) -> Option<&str>;
}

impl Row for [&str] {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i).copied()
    }
}

impl Row for csv::StringRecord {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i)
    }
}

/// Collects every problem of a row, so one message lists them all.
struct Problems(Vec<String>);

impl Problems {
    fn take<T>(&mut self, r: Result<T, DomainError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(DomainError::Invalid(m)) => {
                self.0.push(m);
                None
            }
        }
    }

    fn need<'a>(&mut self, value: Option<&'a str>, column: &str) -> Option<&'a str> {
        if value.is_none() {
            self.0.push(crate::t!("views-rows-empty", column = column));
        }
        value
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, String> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self.0.join("; ")),
        }
    }
}

pub fn parse_customer<R: Row + ?Sized>(h: &Header, row: &R) -> Result<CustomerRow, String> {
    let mut p = Problems(Vec::new());
    let code = p
        .need(h.get(row, "code"), "code")
        .and_then(|c| p.take(validate_code(c)));
    let name = p
        .need(h.get(row, "name"), "name")
        .and_then(|n| p.take(parse_name("name", n)));
    let kind = match h.get(row, "kind") {
        Some(k) => p.take(CustomerKind::parse(k)),
        None => Some(CustomerKind::Business),
    };
    let siren = h.get(row, "siren").map(|s| p.take(validate_siren(s)));
    let terms = h.get(row, "payment_terms_days").map(|t| {
        let days = t
            .parse::<i64>()
            .map_err(|_| DomainError::Invalid(crate::t!("ops-rows-bad-terms", value = t)));
        p.take(days.and_then(validate_terms))
    });
    let language = match h.get(row, "language") {
        Some(l) => p.take(parse_language(l)),
        None => Some("fr".to_string()),
    };
    let iban = h.get(row, "iban").map(|i| p.take(parse_iban(i)));
    let email = h.get(row, "email").map(|e| p.take(parse_email(e)));
    let address = p.take(parse_address(h.get(row, "address").unwrap_or("")));
    let vat_number = h.get(row, "vat_number").map(|v| p.take(parse_vat_number(v)));
    let value = (|| {
        Some(CustomerRow {
            code: code?,
            name: name?,
            kind: kind?,
            email: email.map(|e| e.ok_or(())).transpose().ok()?,
            address: address?,
            siren: siren.map(|s| s.ok_or(())).transpose().ok()?,
            vat_number: vat_number.map(|v| v.ok_or(())).transpose().ok()?,
            payment_terms_days: terms.map(|t| t.ok_or(())).transpose().ok()?,
            language: language?,
            iban: iban.map(|i| i.ok_or(())).transpose().ok()?,
        })
    })();
    p.finish(value)
}

pub fn parse_invoice<R: Row + ?Sized>(h: &Header, row: &R) -> Result<InvoiceRow, String> {
    let mut p = Problems(Vec::new());
    let number = p
        .need(h.get(row, "number"), "number")
        .and_then(|n| p.take(validate_imported_number(n)));
    let customer = p.need(h.get(row, "customer"), "customer").map(str::to_string);
    let issue = p
        .need(h.get(row, "issue_date"), "issue_date")
        .and_then(|d| p.take(parse_any_date("issue_date", d)));
    let due = h
        .get(row, "due_date")
        .map(|d| p.take(parse_any_date("due_date", d)));
    let amount =
        |p: &mut Problems, column: &str| h.get(row, column).map(|a| p.take(parse_amount_any(column, a)));
    let total = p
        .need(h.get(row, "total"), "total")
        .and_then(|a| p.take(parse_amount_any("total", a)));
    let net = amount(&mut p, "net");
    let vat = amount(&mut p, "vat");
    let paid = amount(&mut p, "paid");
    let paid_on = h
        .get(row, "paid_on")
        .map(|d| p.take(parse_any_date("paid_on", d)));
    let currency = h.get(row, "currency").map(|c| c.to_uppercase());
    if let Some(c) = &currency
        && !(c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
    {
        p.0.push(crate::t!("views-rows-bad-currency", currency = c.as_str()));
    }
    let exchange_rate = h.get(row, "exchange_rate").map(|r| {
        let rate = crate::domain::exchange::parse_rate(r)
            .map_err(|_| DomainError::Invalid(crate::t!("views-rows-bad-rate", text = r)));
        p.take(rate)
    });
    let purchase_order = h
        .get(row, "purchase_order")
        .map(|t| p.take(one_line("purchase_order", t)));
    let notes = h.get(row, "notes").map(|t| p.take(text_lines("notes", t)));
    let value = (|| {
        let total = total?;
        let (net, vat) = match (net, vat) {
            (None, None) => (total, Decimal::ZERO),
            (Some(n), None) => (n?, total - n?),
            (None, Some(v)) => (total - v?, v?),
            (Some(n), Some(v)) => (n?, v?),
        };
        let issue_date = issue?;
        let due_date = due.map(|d| d.ok_or(())).transpose().ok()?;
        let paid_on = paid_on.map(|d| d.ok_or(())).transpose().ok()?;
        let paid = paid.map(|a| a.ok_or(())).transpose().ok()?;
        let exchange_rate = exchange_rate.map(|r| r.ok_or(())).transpose().ok()?;
        let purchase_order = purchase_order.clone().map(|t| t.ok_or(())).transpose().ok()?;
        let notes = notes.clone().map(|t| t.ok_or(())).transpose().ok()?;
        Some(InvoiceRow {
            number: number?,
            customer: customer?,
            issue_date,
            due_date,
            net,
            vat,
            total,
            currency: currency.clone(),
            exchange_rate,
            paid: paid.filter(|a| !a.is_zero()).map(|a| (a, paid_on)),
            purchase_order,
            notes,
        })
    })();
    if let Some(v) = &value {
        if v.total <= Decimal::ZERO {
            p.0.push(crate::t!(
                "views-rows-total-not-positive",
                total = round_cents(v.total).to_string()
            ));
        }
        if v.net + v.vat != v.total {
            p.0.push(crate::t!(
                "views-rows-net-vat-total",
                net = v.net.to_string(),
                vat = v.vat.to_string(),
                total = v.total.to_string()
            ));
        }
        if let Some(due) = v.due_date
            && due < v.issue_date
        {
            p.0.push(crate::t!(
                "views-rows-due-before-issue",
                due = due.to_string(),
                issue = v.issue_date.to_string()
            ));
        }
        if let Some((amount, on)) = v.paid {
            if amount < Decimal::ZERO || amount > v.total {
                p.0.push(crate::t!(
                    "views-rows-paid-out-of-range",
                    paid = amount.to_string(),
                    total = v.total.to_string()
                ));
            }
            if on.is_some_and(|d| d < v.issue_date) {
                p.0.push(crate::t!("views-rows-paid-before-issue"));
            }
        }
    }
    p.finish(value)
}

pub fn parse_payment<R: Row + ?Sized>(h: &Header, row: &R) -> Result<PaymentRow, String> {
    let mut p = Problems(Vec::new());
    let date = p
        .need(h.get(row, "date"), "date")
        .and_then(|d| p.take(parse_any_date("date", d)));
    let customer = p.need(h.get(row, "customer"), "customer").map(str::to_string);
    let amount = p
        .need(h.get(row, "amount"), "amount")
        .and_then(|a| p.take(parse_amount_any("amount", a)));
    if let Some(a) = amount
        && a <= Decimal::ZERO
    {
        p.0.push(crate::t!(
            "views-rows-amount-not-positive",
            amount = a.to_string()
        ));
    }
    let method = match h.get(row, "method") {
        Some(m) => p.take(Method::parse(m)),
        None => Some(Method::Transfer),
    };
    let reference = h.get(row, "reference").map(|r| p.take(one_line("reference", r)));
    let value = (|| {
        let (date, customer, amount) = (date?, customer?, amount?);
        let reference = reference.clone().map(|r| r.ok_or(())).transpose().ok()?;
        Some(PaymentRow {
            key: payment_key(
                h.get(row, "external_id"),
                date,
                amount,
                &customer,
                reference.as_deref(),
            ),
            date,
            customer,
            amount,
            method: method?,
            reference,
            invoice: h.get(row, "invoice").map(str::to_string),
        })
    })();
    p.finish(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::series_of;

    fn header(kind: ImportKind, line: &str) -> Header {
        let names: Vec<&str> = line.split(';').collect();
        Header::read(kind, &names).unwrap()
    }

    fn cells(line: &str) -> Vec<&str> {
        line.split(';').collect()
    }

    #[test]
    fn column_names_are_matched_in_french_and_english() {
        let h = header(
            ImportKind::Invoices,
            "Numéro;Client;Date facture;Échéance;Montant TTC;HT;TVA;Commentaire;Colonne perso",
        );
        assert_eq!(h.ignored, vec!["Colonne perso"]);
        let row = parse_invoice(
            &h,
            &cells("F2023-117;ACME;15/01/2023;14/02/2023;1 200,00;1000;200;ok;x")[..],
        )
        .unwrap();
        assert_eq!(row.number, "F2023-117");
        assert_eq!(row.total, Decimal::from(1200));
        assert_eq!(row.vat, Decimal::from(200));
        assert_eq!(row.notes.as_deref(), Some("ok"));
    }

    #[test]
    fn a_file_without_a_required_column_is_refused() {
        let err = Header::read(ImportKind::Invoices, &["number", "customer", "issue_date"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("no column total"), "{err}");
        let err = Header::read(ImportKind::Customers, &["code", "nom", "name"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("twice"), "{err}");
    }

    #[test]
    fn a_bad_invoice_row_lists_all_its_problems() {
        let h = header(
            ImportKind::Invoices,
            "number;customer;issue_date;due_date;total;net;vat",
        );
        let err = parse_invoice(&h, &cells(";ACME;31/02/2026;2026-01-01;12,5;10;1")[..]).unwrap_err();
        assert!(err.contains("number is empty"), "{err}");
        assert!(err.contains("issue_date `31/02/2026`"), "{err}");
        let err = parse_invoice(&h, &cells("F1;ACME;2026-02-01;2026-01-01;12,5;10;1")[..]).unwrap_err();
        assert!(err.contains("is not the total"), "{err}");
        assert!(err.contains("before issue_date"), "{err}");
    }

    #[test]
    fn totals_alone_mean_no_vat() {
        let h = header(ImportKind::Invoices, "number;customer;issue_date;total");
        let row = parse_invoice(&h, &cells("F1;ACME;2026-01-01;99,90")[..]).unwrap();
        assert_eq!((row.net, row.vat), (Decimal::new(9990, 2), Decimal::ZERO));
        assert_eq!(series_of("FACT-2023-0042"), "FACT");
        assert_eq!(series_of("f2023-1"), "F");
        assert_eq!(series_of("2023-17"), "IMPORT");
    }

    #[test]
    fn customers_rows_are_checked_like_customer_add() {
        let h = header(
            ImportKind::Customers,
            "code;name;siren;iban;payment_terms_days;email",
        );
        let row = parse_customer(
            &h,
            &cells("ACME;ACME SAS;512345679;FR76 3000 6000 0112 3456 7890 189;45;a@b.fr")[..],
        )
        .unwrap();
        assert_eq!(row.iban.as_deref(), Some("FR7630006000011234567890189"));
        assert_eq!(row.payment_terms_days, Some(45));
        let err = parse_customer(&h, &cells("ACME;;123;FR00 1234;90;pas une adresse")[..]).unwrap_err();
        for part in ["name is empty", "SIREN", "IBAN", "payment", "email"] {
            assert!(err.contains(part), "{part} in {err}");
        }
    }

    #[test]
    fn payments_are_keyed_by_external_id_or_their_content() {
        let h = header(ImportKind::Payments, "date;customer;amount;reference;external_id");
        let a = parse_payment(&h, &cells("05/03/2026;acme;100;VIR F1;")[..]).unwrap();
        let b = parse_payment(&h, &cells("2026-03-05;ACME;100,00;VIR F1;")[..]).unwrap();
        assert_eq!(a.key, b.key);
        let c = parse_payment(&h, &cells("2026-03-05;ACME;100;VIR F1;TX-9")[..]).unwrap();
        assert_eq!(c.key, "id:TX-9");
        assert!(parse_payment(&h, &cells("2026-03-05;ACME;-5;;")[..]).is_err());
    }
}
