//! Sales, bank and misc entries: examples and properties.

use super::lettering::{finish, letter};
use super::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn c(cents: i64) -> Money {
    Money::eur(cents)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn line(price: &str, rate: &str, kind: LineKind) -> Line {
    Line {
        sku: None,
        designation: "x".into(),
        quantity: Decimal::ONE,
        unit_price: Decimal::from_str(price).unwrap(),
        vat_rate: Decimal::from_str(rate).unwrap(),
        unit: None,
        kind,
        discount: None,
    }
}

fn acme() -> Party {
    Party {
        code: "ACME".into(),
        name: "ACME SAS".into(),
    }
}

#[test]
fn letters_count_like_columns() {
    assert_eq!(
        [0, 1, 25, 26, 27, 701, 702].map(letter),
        ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]
    );
}

#[test]
fn an_invoice_debits_411_and_credits_sales_and_vat() {
    let a = FecAccounts::default();
    let lines = [
        line("1000", "20", LineKind::Service),
        line("100", "5.5", LineKind::Goods),
    ];
    let p = acme();
    let e = sales_entry(
        &a,
        &SalesDocument {
            id: 1,
            credited_invoice: None,
            number: "FACT-2026-0001",
            date: day("2026-11-24"),
            party: &p,
            lines: &lines,
            discount: None,
            prices_include_vat: false,
            currency: Currency::EUR,
        },
    );
    assert_eq!(e.debit(), e.credit());
    assert_eq!(e.lines[0].account, "411000");
    assert_eq!(e.lines[0].aux, Some(("CACME".into(), "ACME SAS".into())));
    assert_eq!(e.lines[0].debit, c(130550));
    let accounts: Vec<(&str, Money)> = e.lines[1..]
        .iter()
        .map(|l| (l.account.as_str(), l.credit))
        .collect();
    assert_eq!(
        accounts,
        vec![
            ("706000", c(100000)),
            ("707000", c(10000)),
            ("44571", c(20000)),
            ("44571", c(550))
        ]
    );
}

#[test]
fn a_credit_note_is_the_mirror() {
    let a = FecAccounts::default();
    let lines = [line("120", "20", LineKind::Service)];
    let p = acme();
    let e = sales_entry(
        &a,
        &SalesDocument {
            id: 2,
            credited_invoice: Some(1),
            number: "AV-2026-0001",
            date: day("2026-11-25"),
            party: &p,
            lines: &lines,
            discount: None,
            prices_include_vat: true,
            currency: Currency::EUR,
        },
    );
    assert_eq!(e.lines[0].credit, c(12000));
    assert_eq!(e.lines[0].settles, Some(1));
    assert_eq!(e.debit(), c(12000));
    assert_eq!(e.credit(), c(12000));
}

#[test]
fn payments_and_lettering() {
    let a = FecAccounts::default();
    let p = acme();
    let lines = [line("1000", "20", LineKind::Service)];
    let inv = sales_entry(
        &a,
        &SalesDocument {
            id: 1,
            credited_invoice: None,
            number: "FACT-2026-0001",
            date: day("2026-11-24"),
            party: &p,
            lines: &lines,
            discount: None,
            prices_include_vat: false,
            currency: Currency::EUR,
        },
    );
    let pay1 = payment_entry(
        &a,
        "VIR 1",
        day("2026-12-01"),
        &p,
        c(50000),
        &[(1, "FACT-2026-0001".into(), c(50000))],
    );
    let pay2 = payment_entry(
        &a,
        "VIR 2",
        day("2026-12-10"),
        &p,
        c(80000),
        &[(1, "FACT-2026-0001".into(), c(70000))],
    );
    assert_eq!(pay2.lines.len(), 3, "the unallocated 100.00 is its own 411 line");
    let mut entries = vec![pay2, inv, pay1];
    finish(&mut entries, &a);
    assert_eq!(
        entries.iter().map(|e| e.number.as_str()).collect::<Vec<_>>(),
        ["VT000001", "BQ000001", "BQ000002"]
    );
    let lettered: Vec<_> = entries
        .iter()
        .flat_map(|e| &e.lines)
        .filter(|l| l.letter.is_some())
        .collect();
    assert_eq!(lettered.len(), 3);
    assert!(
        lettered
            .iter()
            .all(|l| l.letter == Some(("A".into(), day("2026-12-10"))))
    );
}

#[test]
fn an_invoice_not_fully_settled_gets_no_letter() {
    let a = FecAccounts::default();
    let p = acme();
    let lines = [line("1000", "20", LineKind::Service)];
    let inv = sales_entry(
        &a,
        &SalesDocument {
            id: 1,
            credited_invoice: None,
            number: "F1",
            date: day("2026-11-24"),
            party: &p,
            lines: &lines,
            discount: None,
            prices_include_vat: false,
            currency: Currency::EUR,
        },
    );
    let pay = payment_entry(
        &a,
        "VIR",
        day("2026-12-01"),
        &p,
        c(50000),
        &[(1, "F1".into(), c(50000))],
    );
    let mut entries = vec![inv, pay];
    finish(&mut entries, &a);
    assert!(entries.iter().flat_map(|e| &e.lines).all(|l| l.letter.is_none()));
}

#[test]
fn an_entry_is_valid_from_its_recording_day_never_before_its_date() {
    let mut e = payment_entry(
        &FecAccounts::default(),
        "VIR",
        day("2026-03-10"),
        &acme(),
        c(100),
        &[],
    );
    e.recorded_on(Some(day("2026-04-02")));
    assert_eq!(
        e.valid_date,
        day("2026-04-02"),
        "typed later: the day it was typed"
    );
    e.recorded_on(Some(day("2026-03-01")));
    assert_eq!(e.valid_date, day("2026-03-10"), "typed ahead: its own date");
    e.recorded_on(None);
    assert_eq!(e.valid_date, day("2026-03-10"));
}

#[test]
fn write_off_gives_vat_back() {
    let a = FecAccounts::default();
    let w = WriteOff {
        invoice: 1,
        number: "F1",
        date: day("2026-12-01"),
        amount: c(60000),
        invoice_total: c(120000),
        invoice_vat: c(20000),
    };
    let e = write_off_entry(&a, &w, &acme());
    assert_eq!(e.debit(), e.credit());
    assert_eq!(e.lines[0].debit, c(50000));
    assert_eq!(e.lines[1].debit, c(10000));
    assert_eq!(e.lines[2].credit, c(60000));
}

proptest::proptest! {
    #[test]
    fn sales_entries_always_balance(
        items in proptest::collection::vec((1i64..5_000_000, 0usize..4, proptest::bool::ANY), 1..8),
        gross in proptest::bool::ANY,
    ) {
        let rates = ["20", "10", "5.5", "0"];
        let lines: Vec<Line> = items.iter().map(|(p, r, goods)| Line {
            sku: None, designation: "x".into(), quantity: Decimal::ONE, unit_price: Decimal::new(*p, 2),
            vat_rate: Decimal::from_str(rates[*r]).unwrap(), unit: None,
            kind: if *goods { LineKind::Goods } else { LineKind::Service },
            discount: None,
        }).collect();
        let p = acme();
        let e = sales_entry(&FecAccounts::default(), &SalesDocument { id: 1, credited_invoice: None, number: "F", date: day("2026-01-01"), party: &p, lines: &lines, discount: None, prices_include_vat: gross, currency: Currency::EUR });
        proptest::prop_assert_eq!(e.debit(), e.credit());
        let totals = compute_totals(&lines, None, gross, Currency::EUR);
        proptest::prop_assert_eq!(e.lines[0].debit, totals.total);
    }
}
