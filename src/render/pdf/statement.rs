//! The statement of account (relevé de compte) as a PDF the customer can receive: the
//! company's header as on its invoices, the customer, every line of the account with its
//! running balance, and the balance owed on the statement's date.

use chrono::NaiveDate;

use super::layout::{Align, CONTENT_WIDTH, MARGIN, Measure, PAGE_HEIGHT, PAGE_WIDTH, Page, Style, columns};
use super::writer::{self, Info};
use super::{Party, fonts::Fonts, paragraph, tr};
use crate::domain::money::Money;
use crate::render::fmt::{date, money};

/// One line of the account.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementLine {
    pub date: NaiveDate,
    /// invoice, credit_note, payment, write_off or opening_balance.
    pub kind: String,
    pub reference: String,
    pub debit: Money,
    pub credit: Money,
    pub balance: Money,
}

#[derive(Debug, Clone)]
pub struct StatementPdf {
    pub lang: &'static str,
    pub seller: Party,
    pub has_logo: bool,
    pub recipient: Party,
    pub customer_code: String,
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    pub lines: Vec<StatementLine>,
    pub closing_balance: Money,
}

const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(8.5);
const CELL: Style = Style::regular(9.0);
const ROW: f32 = 17.0;
const FOOTER_TOP: f32 = PAGE_HEIGHT - 50.0;

impl StatementPdf {
    fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        tr(self.lang, fr, en)
    }

    pub fn title(&self) -> String {
        format!(
            "{} {} {} {}",
            self.t("Relevé de compte", "Statement of account"),
            self.recipient.name,
            self.t("au", "at"),
            date(self.to, self.lang)
        )
    }

    /// The words for a line's kind.
    fn kind_words(&self, kind: &str) -> String {
        match kind {
            "invoice" => self.t("Facture", "Invoice"),
            "credit_note" => self.t("Avoir", "Credit note"),
            "payment" => self.t("Règlement", "Payment"),
            "write_off" => self.t("Passé en perte", "Written off"),
            "opening_balance" => self.t("Solde reporté", "Balance brought forward"),
            other => other,
        }
        .to_string()
    }

    /// A payment's reference starts with its method, named in the customer's language.
    fn reference(&self, line: &StatementLine) -> String {
        if line.kind != "payment" || self.lang != "fr" {
            return line.reference.clone();
        }
        let (method, rest) = line.reference.split_once(' ').unwrap_or((&line.reference, ""));
        let word = match method {
            "transfer" => "virement",
            "check" => "chèque",
            "card" => "carte",
            "cash" => "espèces",
            "direct_debit" => "prélèvement",
            "other" => "autre",
            other => other,
        };
        format!("{word} {rest}").trim_end().to_string()
    }

    fn money(&self, v: Money) -> String {
        money(v, self.lang)
    }

    fn head(&self, page: &mut Page, m: &dyn Measure) -> f32 {
        let y = super::seller_block(page, m, &self.seller, self.has_logo, self.lang, BODY, SMALL);
        page.text(
            m,
            RIGHT,
            62.0,
            self.t("Relevé de compte", "Statement of account"),
            Style::bold(20.0),
            Align::Right,
        );
        let period = match self.from {
            Some(from) => format!(
                "{} {} {} {}",
                self.t("Du", "From"),
                date(from, self.lang),
                self.t("au", "to"),
                date(self.to, self.lang)
            ),
            None => format!("{} {}", self.t("Au", "At"), date(self.to, self.lang)),
        };
        page.text(m, RIGHT, 80.0, &period, Style::bold(11.0), Align::Right);
        page.text(
            m,
            RIGHT,
            96.0,
            &format!("{} {}", self.t("Client", "Customer"), self.customer_code),
            BODY,
            Align::Right,
        );
        let mut ry = 140.0;
        ry = paragraph(page, m, 315.0, ry, 230.0, &self.recipient.name, Style::bold(11.0));
        for line in self.recipient.address_lines() {
            ry = paragraph(page, m, 315.0, ry, 230.0, &line, BODY);
        }
        y.max(ry) + 24.0
    }

    fn footer(&self, page: &mut Page, m: &dyn Measure, n: usize, of: usize) {
        page.rule(MARGIN, RIGHT, FOOTER_TOP, 0.5, 190);
        let style = Style::regular(7.5).gray(90);
        let mut parts = vec![self.seller.name.clone()];
        if let Some(siren) = &self.seller.siren {
            parts.push(format!("SIREN {siren}"));
        }
        page.text(
            m,
            MARGIN,
            FOOTER_TOP + 12.0,
            &parts.join(" · "),
            style,
            Align::Left,
        );
        page.text(
            m,
            RIGHT,
            FOOTER_TOP + 12.0,
            &format!("Page {n}/{of}"),
            style,
            Align::Right,
        );
    }

    /// The statement's pages: the table goes on over as many pages as it needs, its
    /// header repeated, the balance owed under its last line.
    pub fn layout(&self, m: &dyn Measure) -> Vec<Page> {
        let cols = columns(
            MARGIN,
            CONTENT_WIDTH,
            &[
                (Some(56.0), Align::Left),
                (Some(68.0), Align::Left),
                (None, Align::Left),
                (Some(66.0), Align::Right),
                (Some(66.0), Align::Right),
                (Some(72.0), Align::Right),
            ],
        );
        let headers = [
            self.t("Date", "Date"),
            self.t("Opération", "Entry"),
            self.t("Référence", "Reference"),
            self.t("Débit", "Debit"),
            self.t("Crédit", "Credit"),
            self.t("Solde", "Balance"),
        ];
        let table_head = |page: &mut Page, y: f32| {
            page.fill(MARGIN, y, CONTENT_WIDTH, 18.0, 235);
            for (h, c) in headers.iter().zip(&cols) {
                page.text(m, c.anchor(), y + 12.0, h, Style::bold(8.5), c.align);
            }
            y + 18.0
        };
        let mut pages = vec![Page::default()];
        let first = pages.last_mut().expect("a page");
        let mut y = self.head(first, m);
        y = table_head(first, y);
        let blank_zero = |v: Money| if v.is_zero() { String::new() } else { self.money(v) };
        for line in &self.lines {
            // a long reference wraps inside its column, the row grows to hold it
            let reference = super::layout::wrap(m, &self.reference(line), CELL, cols[2].width - 4.0);
            let extra = reference.len().saturating_sub(1) as f32 * CELL.leading();
            if y + ROW + extra > FOOTER_TOP - 10.0 {
                pages.push(Page::default());
                y = table_head(pages.last_mut().expect("a page"), 50.0);
            }
            let page = pages.last_mut().expect("a page");
            let cells = [
                date(line.date, self.lang),
                self.kind_words(&line.kind),
                String::new(),
                blank_zero(line.debit),
                blank_zero(line.credit),
                self.money(line.balance),
            ];
            for (text, c) in cells.iter().zip(&cols) {
                page.text(m, c.anchor(), y + 12.0, text, CELL, c.align);
            }
            for (i, text) in reference.iter().enumerate() {
                page.text(
                    m,
                    cols[2].anchor(),
                    y + 12.0 + i as f32 * CELL.leading(),
                    text,
                    CELL,
                    cols[2].align,
                );
            }
            y += ROW + extra;
            page.rule(MARGIN, RIGHT, y, 0.5, 215);
        }
        if y + 60.0 > FOOTER_TOP - 10.0 {
            pages.push(Page::default());
            y = 50.0;
        }
        let page = pages.last_mut().expect("a page");
        y += 22.0;
        let owed = if self.closing_balance.is_negative() {
            self.t("Solde en votre faveur au", "Balance in your favour at")
        } else {
            self.t("Solde dû au", "Balance due at")
        };
        page.text(
            m,
            300.0,
            y,
            &format!("{owed} {}", date(self.to, self.lang)),
            Style::bold(10.5),
            Align::Left,
        );
        page.text(
            m,
            RIGHT - 4.0,
            y,
            &self.money(self.closing_balance),
            Style::bold(10.5),
            Align::Right,
        );
        page.rule(300.0, RIGHT, y + 5.0, 0.8, 60);
        y += 28.0;
        paragraph(
            page,
            m,
            MARGIN,
            y,
            CONTENT_WIDTH,
            self.t(
                "Sauf erreur ou omission de notre part. Pour toute question sur ce relevé, merci de nous contacter en rappelant votre code client.",
                "Errors and omissions excepted. For any question about this statement, please contact us quoting your customer code.",
            ),
            SMALL,
        );
        let of = pages.len();
        for (i, page) in pages.iter_mut().enumerate() {
            self.footer(page, m, i + 1, of);
        }
        pages
    }

    /// The PDF bytes (PDF/A-3b, the invoices' fonts); `logo` is the company's PNG.
    pub fn render(&self, logo: Option<&[u8]>) -> Result<Vec<u8>, String> {
        let pages = self.layout(Fonts::get());
        let info = Info {
            title: self.title(),
            key: format!("statement-{}-{:?}-{}", self.customer_code, self.from, self.to),
            lang: self.lang.to_string(),
            date: self.to,
            author: self.seller.name.clone(),
        };
        writer::write(&pages, &info, logo.filter(|_| self.has_logo), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::layout::Item;
    use crate::render::pdf::layout::tests::Fixed;

    fn statement(lines: usize) -> StatementPdf {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        StatementPdf {
            lang: "fr",
            seller: Party {
                name: "Atelier".into(),
                address: "1 rue de la Paix\n75002 Paris".into(),
                ..Party::default()
            },
            has_logo: false,
            recipient: Party {
                name: "ACME SAS".into(),
                ..Party::default()
            },
            customer_code: "ACME".into(),
            from: None,
            to: day("2026-03-31"),
            lines: (0..lines)
                .map(|i| StatementLine {
                    date: day("2026-01-10"),
                    kind: "invoice".into(),
                    reference: format!("FACT-2026-{:04}", i + 1),
                    debit: Money::eur(10_000),
                    credit: Money::eur(0),
                    balance: Money::eur(10_000 * (i as i64 + 1)),
                })
                .collect(),
            closing_balance: Money::eur(10_000 * lines as i64),
        }
    }

    fn texts(pages: &[Page]) -> Vec<String> {
        pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_line_and_the_balance_owed_are_printed() {
        let text = texts(&statement(3).layout(&Fixed)).join("\n");
        for needle in [
            "FACT-2026-0001",
            "FACT-2026-0003",
            "Solde dû au 31/03/2026",
            "Relevé de compte",
        ] {
            assert!(text.contains(needle), "{needle} missing:\n{text}");
        }
    }

    #[test]
    fn a_long_statement_goes_on_over_pages_inside_their_margins() {
        let pages = statement(120).layout(&Fixed);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let text = texts(&pages);
        assert!(text.iter().any(|t| t == "FACT-2026-0120"));
        assert_eq!(text.iter().filter(|t| t.as_str() == "Solde").count(), pages.len());
        for p in &pages {
            for i in &p.items {
                if let Item::Text { y, .. } = i {
                    assert!(*y < PAGE_HEIGHT - 20.0);
                }
            }
        }
    }
}
