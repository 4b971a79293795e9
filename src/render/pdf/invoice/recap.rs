//! What a recap invoice and a delivery note print beyond an invoice: the heading above
//! each delivery note's or quote's lines, and a delivery note's foot (no amount due).

use super::super::layout::{Measure, Page, Style};
use super::super::paragraph;
use super::{BODY, CONTENT_WIDTH, HEADER, MARGIN, Sheet};
use crate::domain::delivery::{SourceKind, group_starting_at, is_recap};
use crate::render::fmt::date;

impl Sheet {
    /// "Paiement par prélèvement SEPA à l'échéance..." on an invoice collected by direct
    /// debit: the account (its last four characters), the mandate and the creditor.
    pub(super) fn direct_debit_text(&self, dd: &super::DirectDebit) -> String {
        let tail: String = dd
            .debtor_iban
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!(
            "{} …{tail} ({} {}, {} {})",
            self.t(
                "Paiement par prélèvement SEPA à l'échéance sur le compte",
                "Paid by SEPA direct debit on the due date from the account"
            ),
            self.t("mandat", "mandate"),
            dd.mandate,
            self.t("ICS", "creditor id"),
            dd.creditor_id
        )
    }

    /// "Facture récapitulative des documents BL-2026-0001, BL-2026-0002" above the table of
    /// a recap invoice.
    pub(super) fn recap_reference(&self) -> Option<String> {
        if self.kind != crate::domain::mentions::DocumentKind::Invoice || !is_recap(&self.groups) {
            return None;
        }
        let numbers: Vec<&str> = self.groups.iter().map(|g| g.number.as_str()).collect();
        Some(format!(
            "{} {}",
            self.t("Facture récapitulative des documents", "Summary invoice of"),
            numbers.join(", ")
        ))
    }

    /// The heading printed above the lines of a delivery note or quote on a recap invoice,
    /// when one starts at line `index`.
    pub(super) fn group_heading(&self, index: usize) -> Option<String> {
        if !is_recap(&self.groups) {
            return None;
        }
        let g = group_starting_at(&self.groups, index)?;
        let what = match g.kind {
            SourceKind::Delivery => self.t("Bon de livraison n°", "Delivery note no."),
            SourceKind::Quote => self.t("Devis n°", "Quote no."),
        };
        Some(format!(
            "{what} {} {} {}",
            g.number,
            self.t("du", "of"),
            date(g.date, self.lang)
        ))
    }

    pub(super) fn heading_height(&self, index: usize) -> f32 {
        self.group_heading(index).map_or(0.0, |_| HEADER.leading() + 8.0)
    }

    /// What follows a delivery note's lines: no amount, the invoice to come, the
    /// customer's acknowledgement of receipt, the notes.
    pub(super) fn draw_delivery_tail(&self, page: &mut Page, m: &dyn Measure, y: f32) -> f32 {
        let mut y = y + 16.0;
        let text = self.t(
            "Bon de livraison : ce document ne vaut pas facture et n'appelle aucun paiement ; les quantités livrées seront facturées.",
            "Delivery note: this is not an invoice and no payment is due; the quantities delivered will be invoiced.",
        );
        y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, text, BODY);
        y += 10.0;
        y = paragraph(
            page,
            m,
            MARGIN,
            y,
            CONTENT_WIDTH,
            self.t(
                "Reçu le : ..................  Nom et signature du client :",
                "Received on: ..................  Customer's name and signature:",
            ),
            Style::bold(9.0),
        );
        y += 36.0;
        if let Some(notes) = self.notes.as_deref().filter(|n| !n.trim().is_empty()) {
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
}
