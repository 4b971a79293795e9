//! The words of an invoice, credit note, quote or delivery note in French and English: titles, column
//! headings and the sentences of the legal mentions.

use rust_decimal::Decimal;

use super::Sheet;
use crate::domain::discount::Discount;
use crate::domain::einvoice::{Buyer, Exemption, VatCategory, country_of, vat_category};
use crate::domain::invoice::Delivery;
use crate::domain::mentions::{Category, DocumentKind, Mention, PenaltyRate};
use crate::domain::money::Money;
use crate::render::fmt::{date, money, percent};
use crate::render::pdf::tr;

impl Sheet {
    pub(crate) fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        tr(self.lang, fr, en)
    }

    pub(super) fn money(&self, v: Money) -> String {
        money(v, self.lang)
    }

    /// Under the totals of an invoice in another currency: the rate fixed at issue, and
    /// the VAT and the total in the accounting currency (label, amount, emphasis).
    pub(super) fn accounting_currency_rows(&self) -> Vec<(String, String, bool)> {
        let Some(rate) = self.exchange_rate else {
            return Vec::new();
        };
        let per_unit = match self.lang {
            "en" => rate.per_unit.to_string(),
            _ => rate.per_unit.to_string().replace('.', ","),
        };
        let to = rate.accounting;
        let mut rows = vec![(
            format!(
                "{}{} 1 {to} = {per_unit} {}",
                self.t("Taux de change", "Exchange rate"),
                self.t(" :", ":"),
                rate.foreign
            ),
            String::new(),
            false,
        )];
        if !self.vat_franchise {
            rows.push((
                format!("{} {to}", self.t("TVA en", "VAT in")),
                self.money(rate.to_accounting(self.totals.vat)),
                false,
            ));
        }
        rows.push((
            format!("{} {to}", self.t("Total TTC en", "Total incl. VAT in")),
            self.money(rate.to_accounting(self.totals.total)),
            false,
        ));
        rows
    }

    pub(super) fn title(&self) -> String {
        let word = match self.kind {
            DocumentKind::Invoice => self.t("FACTURE", "INVOICE"),
            DocumentKind::Deposit => self.t("FACTURE D'ACOMPTE", "DEPOSIT INVOICE"),
            DocumentKind::CreditNote => self.t("AVOIR", "CREDIT NOTE"),
            DocumentKind::Quote => self.t("DEVIS", "QUOTE"),
            DocumentKind::ProForma => self.t("FACTURE PRO FORMA", "PRO FORMA INVOICE"),
            DocumentKind::DeliveryNote => self.t("BON DE LIVRAISON", "DELIVERY NOTE"),
        };
        word.to_string()
    }

    /// "Facture FACT-2026-0001": the PDF's title and the continuation header.
    pub fn label(&self) -> String {
        let word = match self.kind {
            DocumentKind::Invoice => self.t("Facture", "Invoice"),
            DocumentKind::Deposit => self.t("Facture d'acompte", "Deposit invoice"),
            DocumentKind::CreditNote => self.t("Avoir", "Credit note"),
            DocumentKind::Quote => self.t("Devis", "Quote"),
            DocumentKind::ProForma => self.t("Facture pro forma", "Pro forma invoice"),
            DocumentKind::DeliveryNote => self.t("Bon de livraison", "Delivery note"),
        };
        match (&self.number, self.kind, &self.offer_number) {
            (Some(n), _, _) => format!("{word} {n}"),
            (None, DocumentKind::ProForma, Some(quote)) => format!("{word} ({quote})"),
            (None, DocumentKind::ProForma, None) => word.to_string(),
            (None, _, _) => format!("{word} ({})", self.t("brouillon", "draft")),
        }
    }

    /// Under the title of a document without a number: a draft, or a pro-forma invoice.
    pub(super) fn unnumbered_words(&self) -> &'static str {
        match self.kind {
            DocumentKind::ProForma => self.t(
                "Sans numéro — ne vaut pas facture",
                "Not numbered — not an invoice",
            ),
            _ => self.t(
                "BROUILLON — sans valeur de facture",
                "DRAFT — not a valid invoice",
            ),
        }
    }

    /// What a pro-forma invoice says of itself, with the conditions.
    pub(super) fn proforma_notice(&self) -> Option<String> {
        (self.kind == DocumentKind::ProForma).then(|| {
            self.t(
                "Facture pro forma : document commercial sans valeur comptable, qui ne vaut pas facture et n'appelle aucun paiement. La facture sera établie à la commande ou à la livraison.",
                "Pro forma invoice: a commercial document with no accounting value; it is not an invoice and asks for no payment. The invoice will be issued on order or delivery.",
            )
            .to_string()
        })
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

    /// A line's discount under its designation: "Remise 10 % sur 1 000,00 € : -100,00 €".
    pub(super) fn discount_words(&self, discount: Discount, base: Money, off: Money) -> String {
        let what = match discount {
            Discount::Percent(p) => format!("{} {}", self.t("Remise", "Discount"), percent(p, self.lang)),
            Discount::Amount(_) => self.t("Remise", "Discount").to_string(),
        };
        format!(
            "{what} {} {} : -{}",
            self.t("sur", "on"),
            self.money(base),
            self.money(off)
        )
        .replace(" : ", tr(self.lang, " : ", ": "))
    }

    /// The rows above the totals of a document with a discount of its own: the lines'
    /// total, then the discount.
    pub(super) fn discount_rows(&self) -> Vec<(String, String, bool)> {
        let Some(discount) = self.discount.filter(|_| !self.totals.discount.is_zero()) else {
            return Vec::new();
        };
        let label = match discount {
            Discount::Percent(p) => format!("{} {}", self.t("Remise", "Discount"), percent(p, self.lang)),
            Discount::Amount(_) => self.t("Remise", "Discount").to_string(),
        };
        vec![
            (
                format!("{}{}", self.t("Total des lignes", "Lines total"), self.net_word()),
                self.money(self.totals.lines),
                false,
            ),
            (label, format!("-{}", self.money(self.totals.discount)), false),
        ]
    }

    pub(super) fn table_headers(&self) -> Vec<String> {
        if self.kind == DocumentKind::DeliveryNote {
            return vec![
                self.t("Désignation", "Description").to_string(),
                self.t("Qté livrée", "Qty delivered").to_string(),
                self.t("Unité", "Unit").to_string(),
            ];
        }
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
            Mention::ValidUntil(d) if self.kind == DocumentKind::ProForma => {
                if fr {
                    format!("Prix et conditions valables jusqu'au {}.", date(*d, self.lang))
                } else {
                    format!("Prices and terms valid until {}.", date(*d, self.lang))
                }
            }
            Mention::ValidUntil(d) => {
                if fr {
                    format!("Devis valable jusqu'au {} ; bon pour accord : date et signature du client.", date(*d, self.lang))
                } else {
                    format!("This quote is valid until {}; to accept it, date and sign it.", date(*d, self.lang))
                }
            }
            Mention::Delivery(Delivery::On(d)) => format!(
                "{} {}.",
                self.t("Date de livraison ou d'exécution de la prestation :", "Date of delivery or of the service:"),
                date(*d, self.lang)
            ),
            Mention::Delivery(Delivery::Period(a, b)) => {
                if fr {
                    format!("Période de la prestation : du {} au {}.", date(*a, self.lang), date(*b, self.lang))
                } else {
                    format!("Service period: from {} to {}.", date(*a, self.lang), date(*b, self.lang))
                }
            }
            Mention::DeliveryAddress(address) => format!(
                "{} {}.",
                self.t("Adresse de livraison :", "Delivery address:"),
                address.replace("\\n", "\n").lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ")
            ),
            Mention::PurchaseOrder(_) | Mention::Corrects { .. } => return None,
        })
    }

    /// Where the customer stands for VAT, from its VAT number and address.
    pub fn buyer(&self) -> (String, Buyer) {
        let country = country_of(self.customer.vat_number.as_deref(), &self.customer.address);
        let buyer = Buyer::of(
            &country,
            self.customer_business,
            self.customer.vat_number.as_deref(),
        );
        (country, buyer)
    }

    /// The VAT category of one rate of this document.
    pub fn vat_category(&self, rate: Decimal) -> VatCategory {
        vat_category(rate, self.vat_franchise, self.buyer().1)
    }

    /// The exemption words printed on the document and written in the e-invoice.
    pub fn exemption_text(&self, category: VatCategory) -> Option<&'static str> {
        let en = self.lang == "en";
        Some(match (category, en) {
            (VatCategory::Standard, _) => return None,
            (VatCategory::Exempt(Exemption::Franchise), false) => "TVA non applicable, article 293 B du CGI",
            (VatCategory::Exempt(Exemption::Franchise), true) => {
                "VAT not applicable, article 293 B of the French General Tax Code"
            }
            (VatCategory::Exempt(Exemption::Other), false) => "Exonération de TVA",
            (VatCategory::Exempt(Exemption::Other), true) => "Exempt from VAT",
            (VatCategory::ReverseCharge, false) => {
                "Autoliquidation : exonération de TVA, article 262 ter I du CGI"
            }
            (VatCategory::ReverseCharge, true) => {
                "Reverse charge: VAT exempt intra-community supply, article 262 ter I of the French General Tax Code"
            }
            (VatCategory::Export, false) => "Exonération de TVA, article 262 I du CGI (exportation)",
            (VatCategory::Export, true) => "VAT exempt export, article 262 I of the French General Tax Code",
        })
    }
}
