//! Invoices, credit notes and quotes: the page layout and its words in French and English.

use chrono::NaiveDate;

use super::layout::{
    Align, CONTENT_WIDTH, Column, Item, MARGIN, Measure, PAGE_HEIGHT, PAGE_WIDTH, Page, Style, columns,
    paginate, wrap,
};
use super::writer::{self, Attachment, Info};
use super::{Party, fonts::Fonts, paragraph, tr};
use crate::domain::delivery::LineGroup;
use crate::domain::discount::Discount;
use crate::domain::document::{Line, Totals};
use crate::domain::exchange::ExchangeRate;
use crate::domain::mentions::{DocumentKind, Mention};
use crate::domain::money::Currency;
use crate::render::fmt::plain as fmt_plain;
use crate::render::fmt::{date, percent, price};

/// Everything printed on an invoice, credit note or quote.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub kind: DocumentKind,
    /// "fr" or "en".
    pub lang: &'static str,
    /// None for a draft, which is marked as such and has no legal value.
    pub number: Option<String>,
    pub date: NaiveDate,
    pub seller: Party,
    pub customer: Party,
    pub lines: Vec<Line>,
    pub prices_include_vat: bool,
    /// The discount off the whole document, printed above its totals.
    pub discount: Option<Discount>,
    pub totals: Totals,
    pub currency: Currency,
    /// An invoice in another currency than the seller's accounting one: the rate fixed at
    /// issue; the page then gives the totals in both currencies.
    pub exchange_rate: Option<ExchangeRate>,
    pub vat_franchise: bool,
    pub mentions: Vec<Mention>,
    pub notes: Option<String>,
    /// The quote an invoice comes from.
    pub offer_number: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub has_logo: bool,
    /// A business customer (B2B), not a person: decides the e-invoice's routing and ids.
    pub customer_business: bool,
    /// The delivery notes and quotes an invoice bills: a recap invoice prints its lines
    /// under each one's number and date.
    pub groups: Vec<LineGroup>,
    /// An invoice collected by SEPA direct debit: no transfer is asked for.
    pub direct_debit: Option<DirectDebit>,
}

/// What an invoice collected by direct debit names: the mandate, the creditor's ICS and
/// the account debited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectDebit {
    pub mandate: String,
    pub creditor_id: String,
    pub debtor_iban: String,
}

const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const FOOTER_TOP: f32 = PAGE_HEIGHT - 48.0;
const TABLE_HEADER: f32 = 20.0;
const HEADER: Style = Style::bold(8.5);
const SMALL: Style = Style::regular(8.0).gray(70);
const BODY: Style = Style::regular(9.0);
const LABEL: Style = Style::regular(8.0).gray(100);

impl Sheet {
    fn table_columns(&self) -> Vec<Column> {
        if self.kind == DocumentKind::DeliveryNote {
            let spec = [
                (None, Align::Left),
                (Some(82.0), Align::Right),
                (Some(82.0), Align::Left),
            ];
            return columns(MARGIN, CONTENT_WIDTH, &spec);
        }
        let mut spec = vec![
            (None, Align::Left),
            (Some(48.0), Align::Right),
            (Some(82.0), Align::Right),
        ];
        if !self.vat_franchise {
            spec.push((Some(46.0), Align::Right));
        }
        spec.push((Some(88.0), Align::Right));
        columns(MARGIN, CONTENT_WIDTH, &spec)
    }

    fn designation(&self, m: &dyn Measure, line: &Line, width: f32) -> (Vec<String>, Option<String>) {
        let main = wrap(m, &line.designation, BODY, width);
        let mut detail = Vec::new();
        if let Some(sku) = &line.sku {
            detail.push(format!("{} {sku}", self.t("Réf.", "Ref.")));
        }
        if let Some(unit) = &line.unit {
            detail.push(
                format!("{} : {unit}", self.t("Unité", "Unit")).replace(" : ", tr(self.lang, " : ", ": ")),
            );
        }
        if let Some(discount) = line.discount {
            detail.push(self.discount_words(
                discount,
                line.base_amount(self.currency),
                line.discount_amount(self.currency),
            ));
        }
        (main, (!detail.is_empty()).then(|| detail.join(" · ")))
    }

    fn row_height(&self, m: &dyn Measure, index: usize, width: f32) -> f32 {
        let (main, detail) = self.designation(m, &self.lines[index], width);
        self.heading_height(index)
            + main.len() as f32 * BODY.leading()
            + detail.map_or(0.0, |_| SMALL.leading())
            + 8.0
    }

    fn draw_row(&self, page: &mut Page, m: &dyn Measure, cols: &[Column], index: usize, y: f32) -> f32 {
        let line = &self.lines[index];
        let top = y;
        let y = match self.group_heading(index) {
            Some(heading) => {
                page.fill(MARGIN, y + 2.0, CONTENT_WIDTH, HEADER.leading() + 4.0, 245);
                page.text(
                    m,
                    cols[0].anchor(),
                    y + 4.0 + HEADER.size,
                    &heading,
                    HEADER,
                    Align::Left,
                );
                y + self.heading_height(index)
            }
            None => y,
        };
        let (main, detail) = self.designation(m, line, cols[0].inner_width());
        let first = y + 4.0 + BODY.size;
        let mut baseline = first;
        for text in &main {
            page.text(m, cols[0].anchor(), baseline, text, BODY, Align::Left);
            baseline += BODY.leading();
        }
        if let Some(detail) = detail {
            page.text(
                m,
                cols[0].anchor(),
                baseline - BODY.leading() + SMALL.leading(),
                &detail,
                SMALL,
                Align::Left,
            );
        }
        let quantity = fmt_plain(line.quantity).replace('.', self.t(",", "."));
        let cells = if self.kind == DocumentKind::DeliveryNote {
            vec![quantity, line.unit.clone().unwrap_or_default()]
        } else {
            let mut cells = vec![quantity, price(line.unit_price, self.currency, self.lang)];
            if !self.vat_franchise {
                cells.push(percent(line.vat_rate, self.lang));
            }
            cells.push(self.money(line.amount(self.currency)));
            cells
        };
        for (cell, col) in cells.iter().zip(&cols[1..]) {
            page.text(m, col.anchor(), first, cell, BODY, col.align);
        }
        let bottom = top + self.row_height(m, index, cols[0].inner_width());
        page.rule(MARGIN, RIGHT, bottom, 0.5, 215);
        bottom
    }

    /// The header cells, each wrapped to its column (a long heading takes two lines).
    fn header_cells(&self, m: &dyn Measure, cols: &[Column]) -> Vec<Vec<String>> {
        self.table_headers()
            .iter()
            .zip(cols)
            .map(|(text, col)| wrap(m, text, HEADER, col.inner_width()))
            .collect()
    }

    fn table_header_height(&self, m: &dyn Measure, cols: &[Column]) -> f32 {
        let lines = self.header_cells(m, cols).iter().map(Vec::len).max().unwrap_or(1);
        TABLE_HEADER + (lines.saturating_sub(1)) as f32 * HEADER.leading()
    }

    fn draw_table_header(&self, page: &mut Page, m: &dyn Measure, cols: &[Column], y: f32) -> f32 {
        let height = self.table_header_height(m, cols);
        page.fill(MARGIN, y, CONTENT_WIDTH, height, 235);
        for (lines, col) in self.header_cells(m, cols).iter().zip(cols) {
            let mut baseline = y + 13.0;
            for text in lines {
                page.text(m, col.anchor(), baseline, text, HEADER, col.align);
                baseline += HEADER.leading();
            }
        }
        y + height
    }

    /// Seller, document title and number, customer: the top of the first page.
    fn draw_head(&self, page: &mut Page, m: &dyn Measure) -> f32 {
        let y = super::seller_block(page, m, &self.seller, self.has_logo, self.lang, BODY, SMALL);
        let left_bottom = y;

        // the title block, right-aligned
        page.text(m, RIGHT, 62.0, &self.title(), Style::bold(22.0), Align::Right);
        let number = match &self.number {
            Some(n) => format!("{} {n}", self.t("N°", "No.")),
            None => self.unnumbered_words().to_string(),
        };
        page.text(m, RIGHT, 80.0, &number, Style::bold(11.0), Align::Right);
        let mut dates = vec![(self.t("Date", "Date"), date(self.date, self.lang))];
        for mention in &self.mentions {
            match mention {
                Mention::DueDate(d) => dates.push((self.t("Échéance", "Due date"), date(*d, self.lang))),
                Mention::ValidUntil(d) => {
                    dates.push((self.t("Valable jusqu'au", "Valid until"), date(*d, self.lang)))
                }
                _ => {}
            }
        }
        let mut ry = 96.0;
        for (label, value) in dates {
            page.text(
                m,
                RIGHT,
                ry,
                &format!("{label} : {value}").replace(" : ", self.t(" : ", ": ")),
                BODY,
                Align::Right,
            );
            ry += BODY.leading();
        }

        // the customer, where a window envelope shows it
        let bx = 315.0;
        let bw = RIGHT - bx;
        let mut cy = ry.max(128.0) + 6.0;
        let top = cy;
        let to = match self.kind {
            DocumentKind::Quote => self.t("Destinataire", "Prepared for"),
            DocumentKind::DeliveryNote => self.t("Livré à", "Delivered to"),
            _ => self.t("Facturé à", "Bill to"),
        };
        cy = paragraph(page, m, bx + 10.0, cy + 6.0, bw - 20.0, to, LABEL);
        cy = paragraph(
            page,
            m,
            bx + 10.0,
            cy,
            bw - 20.0,
            &self.customer.name,
            Style::bold(11.0),
        );
        for line in self.customer.address_lines() {
            cy = paragraph(page, m, bx + 10.0, cy, bw - 20.0, &line, BODY);
        }
        if let Some(siren) = &self.customer.siren {
            cy = paragraph(
                page,
                m,
                bx + 10.0,
                cy,
                bw - 20.0,
                &format!("SIREN {siren}"),
                SMALL,
            );
        }
        if let Some(vat) = &self.customer.vat_number {
            cy = paragraph(
                page,
                m,
                bx + 10.0,
                cy,
                bw - 20.0,
                &format!("{} {vat}", self.t("N° TVA", "VAT no.")),
                SMALL,
            );
        }
        cy += 8.0;
        page.rule(bx, RIGHT, top, 0.6, 170);
        page.rule(bx, RIGHT, cy, 0.6, 170);
        page.items.push(Item::Rule {
            x1: bx,
            y1: top,
            x2: bx,
            y2: cy,
            width: 0.6,
            gray: 170,
        });
        page.items.push(Item::Rule {
            x1: RIGHT,
            y1: top,
            x2: RIGHT,
            y2: cy,
            width: 0.6,
            gray: 170,
        });
        let mut y = left_bottom.max(cy) + 20.0;

        // references above the table
        let mut refs = Vec::new();
        refs.extend(self.recap_reference());
        if let Some(offer) = &self.offer_number {
            refs.push(format!("{} {offer}", self.t("Selon devis n°", "As quoted in")));
        }
        for mention in &self.mentions {
            match mention {
                Mention::PurchaseOrder(po) => refs.push(format!(
                    "{} {po}",
                    self.t("Bon de commande n°", "Purchase order no.")
                )),
                Mention::Corrects {
                    number,
                    date: on,
                    reason,
                } => {
                    let mut text = format!(
                        "{} {number}",
                        self.t("Avoir sur la facture n°", "Credit note for invoice no.")
                    );
                    if let Some(on) = on {
                        text.push_str(&format!(" {} {}", self.t("du", "of"), date(*on, self.lang)));
                    }
                    refs.push(text);
                    if let Some(reason) = reason {
                        refs.push(format!("{} {reason}", self.t("Motif :", "Reason:")));
                    }
                }
                _ => {}
            }
        }
        for r in refs {
            y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &r, Style::bold(9.0));
        }
        if y > left_bottom.max(cy) + 20.0 {
            y += 8.0;
        }
        y
    }

    /// The compact header of the pages after the first.
    fn draw_continuation_head(&self, page: &mut Page, m: &dyn Measure) -> f32 {
        page.text(m, MARGIN, 52.0, &self.seller.name, Style::bold(10.0), Align::Left);
        let suite = format!("{} ({})", self.label(), self.t("suite", "continued"));
        page.text(m, RIGHT, 52.0, &suite, Style::bold(10.0), Align::Right);
        page.rule(MARGIN, RIGHT, 60.0, 0.6, 170);
        74.0
    }

    /// Totals, payment details, legal mentions and notes: what follows the last line.
    fn draw_tail(&self, page: &mut Page, m: &dyn Measure, y: f32) -> f32 {
        if self.kind == DocumentKind::DeliveryNote {
            return self.draw_delivery_tail(page, m, y);
        }
        let mut y = y + 10.0;
        let top = y;
        let label_x = 330.0;
        let net = self.net_word();
        let mut rows: Vec<(String, String, bool)> = self.discount_rows();
        if self.vat_franchise {
            rows.push((
                self.t("Total", "Total").to_string(),
                self.money(self.totals.total),
                true,
            ));
        } else {
            let (net_label, total_label) = match (self.kind, self.lang) {
                (DocumentKind::CreditNote, "en") => ("Total excl. VAT", "Total credited incl. VAT"),
                (DocumentKind::CreditNote, _) => ("Total HT", "Total de l'avoir TTC"),
                (_, "en") => ("Total excl. VAT", "Total incl. VAT"),
                _ => ("Total HT", "Total TTC"),
            };
            rows.push((net_label.to_string(), self.money(self.totals.net), false));
            for b in &self.totals.by_rate {
                let label = format!(
                    "{} {} {} {}",
                    self.t("TVA", "VAT"),
                    percent(b.rate, self.lang),
                    self.t("sur", "on"),
                    self.money(b.net)
                );
                rows.push((label, self.money(b.vat), false));
            }
            rows.push((total_label.to_string(), self.money(self.totals.total), true));
        }
        rows.extend(self.accounting_currency_rows());
        let _ = net;
        for (label, value, strong) in rows {
            let style = if strong { Style::bold(11.0) } else { BODY };
            if strong {
                page.rule(label_x, RIGHT, y + 6.0, 0.8, 60);
                y += 8.0;
            }
            y += style.leading() + 1.0;
            page.text(m, label_x, y, &label, style, Align::Left);
            page.text(m, RIGHT - super::layout::PAD, y, &value, style, Align::Right);
        }
        // why a rate carries no VAT, under the totals (the franchise is a mention of its own)
        let mut reasons: Vec<&str> = Vec::new();
        for b in self.totals.by_rate.iter().filter(|_| !self.vat_franchise) {
            if let Some(text) = self.exemption_text(self.vat_category(b.rate))
                && !reasons.contains(&text)
            {
                reasons.push(text);
            }
        }
        for text in reasons {
            y = paragraph(page, m, label_x, y + 2.0, RIGHT - label_x, text, SMALL);
        }
        if let Some(bottom) = self.draw_qr(page, m, top) {
            y = y.max(bottom);
        }
        y += 16.0;

        if self.kind.is_payable() {
            let mut pay = Vec::new();
            if let Some(dd) = &self.direct_debit {
                pay.push(self.direct_debit_text(dd));
            } else if let Some(iban) = &self.iban {
                let mut text = format!(
                    "{} IBAN {iban}",
                    self.t("Paiement par virement :", "Payment by bank transfer:")
                );
                if let Some(bic) = &self.bic {
                    text.push_str(&format!(" · BIC {bic}"));
                }
                pay.push(text);
            }
            if let Some(number) = &self.number {
                pay.push(format!(
                    "{} {number}",
                    self.t(
                        "Merci de rappeler en référence le numéro de facture",
                        "Please quote the invoice number"
                    )
                ));
            }
            for text in pay {
                y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &text, Style::bold(9.0));
            }
            y += 6.0;
        }

        let mut conditions: Vec<String> = self
            .mentions
            .iter()
            .filter_map(|x| self.mention_text(x))
            .collect();
        conditions.extend(self.proforma_notice());
        if !conditions.is_empty() {
            y = paragraph(
                page,
                m,
                MARGIN,
                y,
                CONTENT_WIDTH,
                self.t("Conditions", "Terms"),
                Style::bold(8.5),
            );
            for text in conditions {
                y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &text, SMALL);
            }
        }
        if let Some(notes) = self.notes.as_deref().filter(|n| !n.trim().is_empty()) {
            y += 6.0;
            y = paragraph(
                page,
                m,
                MARGIN,
                y,
                CONTENT_WIDTH,
                &format!("{} {notes}", self.t("Note :", "Note:")),
                BODY,
            );
        }
        y
    }

    /// Lays the document out on as many pages as its lines need.
    pub fn layout(&self, m: &dyn Measure) -> Vec<Page> {
        let cols = self.table_columns();
        let width = cols[0].inner_width();
        let heights: Vec<f32> = (0..self.lines.len())
            .map(|i| self.row_height(m, i, width))
            .collect();
        let mut first = Page::default();
        let body_top = self.draw_head(&mut first, m);
        let tail = {
            let mut scratch = Page::default();
            self.draw_tail(&mut scratch, m, 0.0)
        };
        let bottom = FOOTER_TOP - 10.0;
        let continuation_top = self.draw_continuation_head(&mut Page::default(), m);
        let header = self.table_header_height(m, &cols);
        let ranges = paginate(
            &heights,
            bottom - body_top - header,
            bottom - continuation_top - header,
            tail,
        );
        let count = ranges.len();
        let mut pages = Vec::with_capacity(count);
        for (i, range) in ranges.into_iter().enumerate() {
            let mut page = if i == 0 {
                std::mem::take(&mut first)
            } else {
                Page::default()
            };
            let mut y = if i == 0 {
                body_top
            } else {
                self.draw_continuation_head(&mut page, m)
            };
            if !range.is_empty() || i == 0 {
                y = self.draw_table_header(&mut page, m, &cols, y);
            }
            for index in range {
                y = self.draw_row(&mut page, m, &cols, index, y);
            }
            if i + 1 == count {
                self.draw_tail(&mut page, m, y);
            }
            self.draw_footer(&mut page, m, i + 1, count);
            pages.push(page);
        }
        pages
    }

    /// The PDF bytes. `logo` is the company's PNG, if the config names one.
    pub fn render(&self, logo: Option<&[u8]>) -> Result<Vec<u8>, String> {
        self.render_with(logo, None)
    }

    /// The PDF bytes with a file attached inside (the Factur-X XML of an issued invoice).
    pub fn render_with(
        &self,
        logo: Option<&[u8]>,
        attachment: Option<&Attachment>,
    ) -> Result<Vec<u8>, String> {
        let pages = self.layout(Fonts::get());
        let info = Info {
            title: self.label(),
            key: self.number.clone().unwrap_or_else(|| self.label()),
            lang: self.lang.to_string(),
            date: self.date,
            author: self.seller.name.clone(),
        };
        writer::write(&pages, &info, logo.filter(|_| self.has_logo), attachment)
    }
}

mod foot;
mod recap;
mod words;

#[cfg(test)]
mod tests;
