//! The words of an invoice, credit note or quote in French and English: titles, column
//! headings and the sentences of the legal mentions.

use super::Sheet;
use crate::domain::mentions::{Category, DocumentKind, Mention, PenaltyRate};
use crate::domain::money::Money;
use crate::render::fmt::{date, money, percent};
use crate::render::pdf::tr;

impl Sheet {
    pub(super) fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        tr(self.lang, fr, en)
    }

    pub(super) fn money(&self, v: Money) -> String {
        money(v, self.lang)
    }

    pub(super) fn title(&self) -> String {
        let word = match self.kind {
            DocumentKind::Invoice => self.t("FACTURE", "INVOICE"),
            DocumentKind::CreditNote => self.t("AVOIR", "CREDIT NOTE"),
            DocumentKind::Quote => self.t("DEVIS", "QUOTE"),
        };
        word.to_string()
    }

    /// "Facture FACT-2026-0001": the PDF's title and the continuation header.
    pub fn label(&self) -> String {
        let word = match self.kind {
            DocumentKind::Invoice => self.t("Facture", "Invoice"),
            DocumentKind::CreditNote => self.t("Avoir", "Credit note"),
            DocumentKind::Quote => self.t("Devis", "Quote"),
        };
        match &self.number {
            Some(n) => format!("{word} {n}"),
            None => format!("{word} ({})", self.t("brouillon", "draft")),
        }
    }

    pub(super) fn net_word(&self) -> &'static str {
        match (self.vat_franchise, self.prices_include_vat, self.lang) {
            (true, _, _) => "",
            (false, false, "en") => " excl. VAT",
            (false, false, _) => " HT",
            (false, true, "en") => " incl. VAT",
            (false, true, _) => " TTC",
        }
    }

    pub(super) fn table_headers(&self) -> Vec<String> {
        let net = self.net_word();
        let mut h = vec![
            self.t("Désignation", "Description").to_string(),
            self.t("Qté", "Qty").to_string(),
            format!("{}{net}", self.t("Prix unit.", "Unit price")),
        ];
        if !self.vat_franchise {
            h.push(self.t("TVA", "VAT").to_string());
        }
        h.push(format!("{}{net}", self.t("Montant", "Amount")));
        h
    }

    /// The wrapped designation of a line, with its reference and unit underneath.
    /// The sentence of a mention in the conditions block; None for those printed elsewhere.
    pub fn mention_text(&self, mention: &Mention) -> Option<String> {
        let fr = self.lang != "en";
        Some(match mention {
            Mention::DueDate(d) => {
                if fr {
                    format!("Date d'échéance : {} ; paiement à réception ou au plus tard à cette date.", date(*d, self.lang))
                } else {
                    format!("Due date: {}; payment on receipt or by that date at the latest.", date(*d, self.lang))
                }
            }
            Mention::NoEarlyPaymentDiscount => {
                self.t("Pas d'escompte pour paiement anticipé.", "No discount for early payment.").to_string()
            }
            Mention::LatePenalties(rate) => match (rate, fr) {
                (PenaltyRate::Agreed(r), true) => format!(
                    "Pénalités de retard exigibles sans rappel dès le lendemain de la date d'échéance, au taux annuel de {} (C. com. art. L441-10).",
                    percent(*r, self.lang)
                ),
                (PenaltyRate::Agreed(r), false) => format!(
                    "Late-payment penalties are due without reminder from the day after the due date, at a yearly rate of {} (French Commercial Code art. L441-10).",
                    percent(*r, self.lang)
                ),
                (PenaltyRate::LegalDefault(r), true) => format!(
                    "Pénalités de retard exigibles sans rappel dès le lendemain de la date d'échéance, au taux directeur de la BCE majoré de 10 points, soit {} à la date de la facture (C. com. art. L441-10).",
                    percent(*r, self.lang)
                ),
                (PenaltyRate::LegalDefault(r), false) => format!(
                    "Late-payment penalties are due without reminder from the day after the due date, at the ECB refinancing rate plus 10 points, i.e. {} on the invoice date (French Commercial Code art. L441-10).",
                    percent(*r, self.lang)
                ),
            },
            Mention::RecoveryIndemnity(amount) => {
                if fr {
                    format!(
                        "Indemnité forfaitaire pour frais de recouvrement de {} due en cas de retard de paiement (C. com. art. L441-10 et D441-5).",
                        money(*amount, self.lang)
                    )
                } else {
                    format!(
                        "A fixed recovery indemnity of {} is due for late payment (French Commercial Code art. L441-10 and D441-5).",
                        money(*amount, self.lang)
                    )
                }
            }
            Mention::VatFranchise => {
                self.t("TVA non applicable, article 293 B du CGI.", "VAT not applicable, article 293 B of the French General Tax Code (TVA non applicable, art. 293 B du CGI).").to_string()
            }
            Mention::VatOnDebits => self
                .t("Option pour le paiement de la taxe d'après les débits.", "VAT paid on debits (option pour le paiement de la taxe d'après les débits).")
                .to_string(),
            Mention::Category(c) => {
                let what = match (c, fr) {
                    (Category::Goods, true) => "livraison de biens",
                    (Category::Services, true) => "prestation de services",
                    (Category::Both, true) => "livraison de biens et prestation de services",
                    (Category::Goods, false) => "supply of goods",
                    (Category::Services, false) => "supply of services",
                    (Category::Both, false) => "supply of goods and services",
                };
                format!("{} {what}.", self.t("Catégorie de l'opération :", "Category of the transaction:"))
            }
            Mention::ValidUntil(d) => {
                if fr {
                    format!("Devis valable jusqu'au {} ; bon pour accord : date et signature du client.", date(*d, self.lang))
                } else {
                    format!("This quote is valid until {}; to accept it, date and sign it.", date(*d, self.lang))
                }
            }
            Mention::PurchaseOrder(_) | Mention::Corrects { .. } => return None,
        })
    }
}
