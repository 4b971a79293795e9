//! The foot of a document: the SEPA QR code beside the totals, and the footer of each page.

use super::super::layout::{Align, Measure, Page, Style, wrap};
use super::super::paragraph;
use super::{CONTENT_WIDTH, FOOTER_TOP, MARGIN, RIGHT, SMALL, Sheet};
use crate::domain::einvoice::epc_qr_text;

impl Sheet {
    /// The "QR code SEPA" of an issued invoice payable to an IBAN, left of the totals: a
    /// banking app reads the transfer from it (EPC069-12), for the invoice's total with its
    /// number as the reference. Returns the y under it, None when there is none.
    pub(super) fn draw_qr(&self, page: &mut Page, m: &dyn Measure, top: f32) -> Option<f32> {
        let (iban, number) = (self.iban.as_deref()?, self.number.as_deref()?);
        if !self.kind.is_payable() || self.direct_debit.is_some() {
            return None;
        }
        let text = epc_qr_text(
            &self.seller.name,
            iban,
            self.bic.as_deref(),
            self.totals.total,
            number,
        )?;
        let size = 84.0;
        if !super::super::qr::draw(page, &text, MARGIN, top, size) {
            return None;
        }
        let caption = self.t("QR code SEPA : scannez pour payer", "SEPA QR code: scan to pay");
        Some(paragraph(page, m, MARGIN, top + size, size * 2.0, caption, SMALL))
    }

    pub(super) fn draw_footer(&self, page: &mut Page, m: &dyn Measure, n: usize, of: usize) {
        page.rule(MARGIN, RIGHT, FOOTER_TOP, 0.5, 190);
        let mut parts = vec![self.seller.name.clone()];
        if let Some(form) = &self.seller.legal_form {
            parts.push(form.clone());
        }
        if let Some(siren) = &self.seller.siren {
            parts.push(format!("SIREN {siren}"));
        }
        if let Some(vat) = &self.seller.vat_number {
            parts.push(format!("{} {vat}", self.t("TVA", "VAT")));
        }
        let style = Style::regular(7.5).gray(90);
        let line = wrap(m, &parts.join(" · "), style, CONTENT_WIDTH - 80.0);
        let mut y = FOOTER_TOP + 12.0;
        for l in line {
            page.text(m, MARGIN, y, &l, style, Align::Left);
            y += style.leading();
        }
        page.text(
            m,
            RIGHT,
            FOOTER_TOP + 12.0,
            &format!("Page {n}/{of}"),
            style,
            Align::Right,
        );
    }
}
