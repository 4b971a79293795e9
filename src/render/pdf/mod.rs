//! PDF documents the customer receives: invoices, credit notes, quotes and dunning
//! letters. `layout` does the arithmetic, `invoice` and `letter` place the words, `writer`
//! hands the pages to krilla (PDF/A-3b, subset fonts, no clock inside).

pub mod fonts;
pub mod invoice;
pub mod layout;
pub mod letter;
pub mod qr;
pub mod statement;
pub mod writer;
pub mod xmp;

use layout::{Align, Measure, Page, Style};

/// Who a document is from or to, as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Party {
    pub name: String,
    /// Lines separated by newlines (a literal `\n` typed on the command line counts too).
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub legal_form: Option<String>,
}

impl Party {
    pub fn address_lines(&self) -> Vec<String> {
        self.address
            .replace("\\n", "\n")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// The seller's block at the top left of a first page (logo, name, address, legal form,
/// SIREN and VAT number, contacts), in the document's `body` and `small` styles; returns
/// the y under it. Invoices, quotes and statements share it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn seller_block(
    page: &mut Page,
    m: &dyn Measure,
    seller: &Party,
    has_logo: bool,
    lang: &str,
    body: Style,
    small: Style,
) -> f32 {
    let mut y = 42.0;
    if has_logo {
        page.items.push(layout::Item::Logo {
            x: layout::MARGIN,
            y,
            w: 150.0,
            h: 48.0,
        });
        y += 56.0;
    }
    let x = layout::MARGIN;
    y = paragraph(page, m, x, y, 250.0, &seller.name, Style::bold(14.0));
    for line in seller.address_lines() {
        y = paragraph(page, m, x, y, 250.0, &line, body);
    }
    y += 2.0;
    if let Some(form) = &seller.legal_form {
        y = paragraph(page, m, x, y, 250.0, form, small);
    }
    let mut ids = Vec::new();
    if let Some(siren) = &seller.siren {
        ids.push(format!("SIREN {siren}"));
    }
    if let Some(vat) = &seller.vat_number {
        ids.push(format!("{} {vat}", tr(lang, "N° TVA", "VAT no.")));
    }
    if !ids.is_empty() {
        y = paragraph(page, m, x, y, 250.0, &ids.join(" · "), small);
    }
    let contact: Vec<&str> = [&seller.email, &seller.phone]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !contact.is_empty() {
        y = paragraph(page, m, x, y, 250.0, &contact.join(" · "), small);
    }
    y
}

/// English when the customer's language is English, else French: the rule its mails follow.
pub fn lang_of(language: &str) -> &'static str {
    crate::domain::customer::document_language(language)
}

/// Picks the French or English words.
pub fn tr<'a>(lang: &str, fr: &'a str, en: &'a str) -> &'a str {
    if lang == "en" { en } else { fr }
}

/// Writes wrapped lines from `y` (first baseline at `y + size`) and returns the y under them.
pub(crate) fn paragraph(
    page: &mut Page,
    m: &dyn Measure,
    x: f32,
    y: f32,
    width: f32,
    text: &str,
    style: Style,
) -> f32 {
    let mut y = y;
    for line in layout::wrap(m, text, style, width) {
        y += style.leading();
        page.text(m, x, y - style.leading() * 0.25, &line, style, Align::Left);
    }
    y
}
