//! The invoice layout measured with a fixed-width font: what is drawn where.

use super::*;
use crate::domain::customer::CustomerKind;
use crate::domain::document::{LineKind, compute_totals};
use crate::domain::mentions::PenaltyRate;
use crate::domain::mentions::{MentionFacts, mentions};
use crate::domain::money::Money;
use crate::render::fmt::money;
use crate::render::pdf::layout::tests::Fixed;
use rust_decimal::Decimal;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn sheet(lines: usize, lang: &'static str) -> Sheet {
    let lines: Vec<Line> = (0..lines)
        .map(|i| Line {
            sku: None,
            designation: format!(
                "Prestation numéro {i} avec une désignation assez longue pour passer à la ligne suivante"
            ),
            quantity: Decimal::from(2),
            unit_price: Decimal::new(12050, 2),
            vat_rate: Decimal::from(20),
            unit: None,
            kind: LineKind::Service,
            discount: None,
        })
        .collect();
    let totals = compute_totals(&lines, None, false, Currency::EUR);
    let mentions = mentions(&MentionFacts {
        kind: DocumentKind::Invoice,
        customer_kind: CustomerKind::Business,
        vat_franchise: false,
        vat_on_debits: false,
        lines: &lines,
        due_date: Some(day("2026-04-14")),
        penalty_rate: Some(PenaltyRate::LegalDefault(Decimal::new(1215, 2))),
        purchase_order: Some("PO-1"),
        corrects: None,
        reason: None,
        valid_until: None,
        delivery: None,
        delivery_address: None,
    });
    Sheet {
        kind: DocumentKind::Invoice,
        lang,
        number: Some("FACT-2026-0001".into()),
        date: day("2026-03-15"),
        seller: Party {
            name: "Atelier Test SARL".into(),
            address: "1 rue de la Paix\n75002 Paris".into(),
            siren: Some("842130577".into()),
            vat_number: Some("FR68842130577".into()),
            ..Party::default()
        },
        customer: Party {
            name: "ACME SAS".into(),
            address: "2 av. Foch\\n69006 Lyon".into(),
            siren: Some("512345679".into()),
            ..Party::default()
        },
        lines,
        prices_include_vat: false,
        discount: None,
        totals,
        currency: Currency::EUR,
        exchange_rate: None,
        vat_franchise: false,
        mentions,
        notes: None,
        offer_number: None,
        iban: Some("FR7630006000011234567890189".into()),
        bic: None,
        has_logo: false,
        customer_business: true,
        groups: Vec::new(),
        direct_debit: None,
    }
}

fn texts(page: &Page) -> Vec<&str> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_short_invoice_is_one_page_with_everything_on_it() {
    let pages = sheet(3, "fr").layout(&Fixed);
    assert_eq!(pages.len(), 1);
    let all = texts(&pages[0]).join("\n");
    for needle in [
        "FACTURE",
        "N° FACT-2026-0001",
        "SIREN 842130577",
        "SIREN 512345679",
        "Total TTC",
        "Pas d'escompte",
        "Bon de commande n° PO-1",
        "Page 1/1",
    ] {
        assert!(all.contains(needle), "{needle} missing from\n{all}");
    }
}

#[test]
fn nothing_is_drawn_outside_the_page_or_over_the_footer() {
    for n in [1, 12, 40, 90] {
        let pages = sheet(n, "en").layout(&Fixed);
        for (i, page) in pages.iter().enumerate() {
            for item in &page.items {
                if let Item::Text { x, y, text, style } = item {
                    let right = x + Fixed.width(text, *style);
                    assert!(
                        *x >= MARGIN - 0.01 && right <= RIGHT + 0.01,
                        "{text} at {x}..{right}"
                    );
                    let in_footer = text.starts_with("Page ") || text.starts_with("Atelier Test SARL ·");
                    assert!(in_footer || *y < FOOTER_TOP, "{text} at y {y} on page {i}");
                }
            }
        }
    }
}

#[test]
fn long_invoices_break_with_the_header_repeated_and_totals_on_the_last_page() {
    let pages = sheet(60, "fr").layout(&Fixed);
    assert!(pages.len() >= 3, "{}", pages.len());
    let rows: usize = pages
        .iter()
        .map(|p| {
            texts(p)
                .iter()
                .filter(|t| t.starts_with("Prestation numéro"))
                .count()
        })
        .sum();
    assert_eq!(rows, 60);
    for (i, p) in pages.iter().enumerate() {
        let t = texts(p);
        assert!(t.contains(&format!("Page {}/{}", i + 1, pages.len()).as_str()));
        if i > 0 {
            assert!(t.iter().any(|x| x.contains("(suite)")));
        }
        assert_eq!(t.contains(&"Total TTC"), i + 1 == pages.len());
    }
}

#[test]
fn english_customers_get_english_words() {
    let pages = sheet(2, "en").layout(&Fixed);
    let all = texts(&pages[0]).join("\n");
    assert!(
        all.contains("INVOICE") && all.contains("Total incl. VAT") && all.contains("Bill to"),
        "{all}"
    );
    assert!(!all.contains("Total TTC"));
}

#[test]
fn headings_wider_than_their_column_wrap_inside_it() {
    for lang in ["fr", "en"] {
        let s = sheet(1, lang);
        let cols = s.table_columns();
        let mut page = Page::default();
        let bottom = s.draw_table_header(&mut page, &Fixed, &cols, 100.0);
        assert!(bottom >= 100.0 + TABLE_HEADER);
        for item in &page.items {
            if let Item::Text { x, text, style, .. } = item {
                let col = cols
                    .iter()
                    .find(|c| *x >= c.x - 0.01 && *x < c.x + c.width)
                    .unwrap();
                assert!(
                    x + Fixed.width(text, *style) <= col.x + col.width + 0.01,
                    "{text} overflows"
                );
            }
        }
    }
}

#[test]
fn amounts_are_right_aligned_on_the_amount_column() {
    let s = sheet(3, "fr");
    let cols = s.table_columns();
    let edge = cols.last().unwrap().anchor();
    let pages = s.layout(&Fixed);
    let amount = money(Money::eur(24100), "fr");
    let ends: Vec<f32> = pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { x, text, style, .. } if *text == amount => Some(x + Fixed.width(text, *style)),
            _ => None,
        })
        .collect();
    assert_eq!(ends.len(), 3);
    assert!(ends.iter().all(|e| (e - edge).abs() < 0.01), "{ends:?} vs {edge}");
}
