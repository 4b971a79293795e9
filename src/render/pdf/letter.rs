//! Dunning letters ready to print and post: a reminder, or the formal notice (mise en
//! demeure, C. civ. art. 1344) sent by registered mail, with the invoices concerned,
//! balances, days late, penalties to the letter's date, the recovery indemnity, a
//! deadline and what happens after it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::layout::{Align, CONTENT_WIDTH, MARGIN, Measure, PAGE_HEIGHT, PAGE_WIDTH, Page, Style, columns};
use super::writer::{self, Info};
use super::{Party, fonts::Fonts, paragraph, tr};
use crate::domain::dunning::Claim;
use crate::domain::money::{Currency, Money};
use crate::render::fmt::{counted, date, money, percent};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterKind {
    Reminder,
    FormalNotice,
}

/// One invoice the letter claims.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterInvoice {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub total: Money,
    pub balance: Money,
    pub days_late: i64,
    pub interest: Money,
    pub indemnity: Money,
    /// The invoice's yearly penalty rate, shown when penalties are claimed.
    pub penalty_rate: Decimal,
}

#[derive(Debug, Clone)]
pub struct Letter {
    pub kind: LetterKind,
    pub lang: &'static str,
    pub date: NaiveDate,
    pub seller: Party,
    pub recipient: Party,
    pub invoices: Vec<LetterInvoice>,
    pub currency: Currency,
    pub deadline: NaiveDate,
    /// What the letter claims beyond the balances (domain::dunning::claim).
    pub claim: Claim,
    /// Every invoice was reminded by mail before the letter.
    pub reminded: bool,
    pub iban: Option<String>,
    pub bic: Option<String>,
}

const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(8.5);

impl Letter {
    fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        tr(self.lang, fr, en)
    }

    fn money(&self, v: Money) -> String {
        money(v, self.lang)
    }

    fn claims_penalties(&self) -> bool {
        self.claim == Claim::Penalties
    }

    fn one(&self) -> bool {
        self.invoices.len() == 1
    }

    pub fn title(&self) -> String {
        let numbers: Vec<&str> = self.invoices.iter().map(|i| i.number.as_str()).collect();
        // "facture"/"factures", "invoice"/"invoices": the count's noun, without the count
        let noun = counted(
            numbers.len(),
            self.lang,
            ("facture", "factures"),
            ("invoice", "invoices"),
        );
        let noun = noun.split_once(' ').map_or(noun.as_str(), |n| n.1);
        match self.kind {
            LetterKind::FormalNotice => format!(
                "{} — {noun} {}",
                self.t("Mise en demeure de payer", "Formal notice to pay"),
                numbers.join(", ")
            ),
            LetterKind::Reminder => format!(
                "{} — {noun} {}",
                self.t("Relance", "Reminder"),
                numbers.join(", ")
            ),
        }
    }

    /// Balance, interest, indemnity and the total claimed. The fixed indemnity is in euros:
    /// for invoices in another currency it stays out of the total (see `claimed_text`).
    pub fn totals(&self) -> (Money, Money, Money, Money) {
        let sum = |amounts: &mut dyn Iterator<Item = Money>| Money::sum(amounts, self.currency);
        let balance = sum(&mut self.invoices.iter().map(|i| i.balance));
        let indemnity_currency = self
            .invoices
            .first()
            .map_or(self.currency, |i| i.indemnity.currency());
        let (interest, indemnity) = if self.claims_penalties() {
            (
                sum(&mut self.invoices.iter().map(|i| i.interest)),
                Money::sum(self.invoices.iter().map(|i| i.indemnity), indemnity_currency),
            )
        } else {
            (Money::zero(self.currency), Money::zero(indemnity_currency))
        };
        let claimed = if indemnity.currency() == self.currency {
            balance + interest + indemnity
        } else {
            balance + interest
        };
        (balance, interest, indemnity, claimed)
    }

    /// The total claimed as printed: with the indemnity beside it when it is in another
    /// currency than the invoices.
    fn claimed_text(&self) -> String {
        let (_, _, indemnity, claimed) = self.totals();
        if indemnity.currency() == self.currency || !indemnity.is_positive() {
            self.money(claimed)
        } else {
            format!("{} + {}", self.money(claimed), self.money(indemnity))
        }
    }

    /// The letter's pages (one in practice; more when it lists many invoices).
    pub fn layout(&self, m: &dyn Measure) -> Vec<Page> {
        let mut pages = vec![Page::default()];
        let mut y = 50.0;
        let page = pages.last_mut().expect("a page");
        y = paragraph(page, m, MARGIN, y, 250.0, &self.seller.name, Style::bold(12.0));
        for line in self.seller.address_lines() {
            y = paragraph(page, m, MARGIN, y, 250.0, &line, BODY);
        }
        for extra in [
            &self.seller.siren.as_ref().map(|s| format!("SIREN {s}")),
            &self.seller.email,
            &self.seller.phone,
        ]
        .into_iter()
        .flatten()
        {
            y = paragraph(page, m, MARGIN, y, 250.0, extra, SMALL);
        }
        let mut ry = 140.0;
        ry = paragraph(page, m, 315.0, ry, 230.0, &self.recipient.name, Style::bold(11.0));
        for line in self.recipient.address_lines() {
            ry = paragraph(page, m, 315.0, ry, 230.0, &line, BODY);
        }
        y = y.max(ry) + 24.0;
        page.text(
            m,
            RIGHT,
            y,
            &format!("{} {}", self.t("Le", "Date:"), date(self.date, self.lang)),
            BODY,
            Align::Right,
        );
        y += 22.0;
        if self.kind == LetterKind::FormalNotice {
            y = paragraph(
                page,
                m,
                MARGIN,
                y,
                CONTENT_WIDTH,
                self.t(
                    "Lettre recommandée avec accusé de réception",
                    "By registered mail with acknowledgement of receipt",
                ),
                Style::bold(10.0),
            );
        }
        y = paragraph(
            page,
            m,
            MARGIN,
            y,
            CONTENT_WIDTH,
            &format!("{} {}", self.t("Objet :", "Subject:"), self.title()),
            Style::bold(10.0),
        );
        y += 12.0;
        y = paragraph(
            page,
            m,
            MARGIN,
            y,
            CONTENT_WIDTH,
            self.t("Madame, Monsieur,", "Dear Sir or Madam,"),
            BODY,
        );
        y += 6.0;
        let opening = match (self.kind, self.reminded) {
            (LetterKind::FormalNotice, true) => self.t("Malgré nos relances, ", "Despite our reminders, "),
            (LetterKind::FormalNotice, false) => "",
            (LetterKind::Reminder, _) => self.t("Sauf erreur de notre part, ", "Unless we are mistaken, "),
        };
        let rest = match self.one() {
            true => self.t(
                "la facture ci-dessous reste impayée à ce jour :",
                "the invoice below is still unpaid:",
            ),
            false => self.t(
                "les factures ci-dessous restent impayées à ce jour :",
                "the invoices below are still unpaid:",
            ),
        };
        let intro = capitalised(&format!("{opening}{rest}"));
        y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &intro, BODY);
        y += 8.0;

        // the invoices
        let mut spec = vec![
            (None, Align::Left),
            (Some(62.0), Align::Right),
            (Some(62.0), Align::Right),
            (Some(46.0), Align::Right),
            (Some(80.0), Align::Right),
        ];
        let mut headers = vec![
            self.t("Facture", "Invoice"),
            self.t("Date", "Date"),
            self.t("Échéance", "Due"),
            self.t("Retard (j)", "Days late"),
            self.t("Solde dû", "Balance"),
        ];
        if self.claims_penalties() {
            spec.push((Some(70.0), Align::Right));
            headers.push(self.t("Pénalités", "Penalties"));
        }
        let cols = columns(MARGIN, CONTENT_WIDTH, &spec);
        let head = Style::bold(8.5);
        page.fill(MARGIN, y, CONTENT_WIDTH, 18.0, 235);
        for (h, c) in headers.iter().zip(&cols) {
            page.text(m, c.anchor(), y + 12.0, h, head, c.align);
        }
        y += 18.0;
        let cell = Style::regular(9.0);
        for inv in &self.invoices {
            if y > PAGE_HEIGHT - 120.0 {
                pages.push(Page::default());
                y = 60.0;
            }
            let page = pages.last_mut().expect("a page");
            let mut cells = vec![
                inv.number.clone(),
                date(inv.issue_date, self.lang),
                date(inv.due_date, self.lang),
                inv.days_late.to_string(),
                self.money(inv.balance),
            ];
            if self.claims_penalties() {
                cells.push(self.money(inv.interest));
            }
            for (text, c) in cells.iter().zip(&cols) {
                page.text(m, c.anchor(), y + 13.0, text, cell, c.align);
            }
            y += 18.0;
            page.rule(MARGIN, RIGHT, y, 0.5, 215);
        }
        if y > PAGE_HEIGHT - 330.0 {
            pages.push(Page::default());
            y = 60.0;
        }
        let page = pages.last_mut().expect("a page");
        y += 8.0;
        let (balance, interest, indemnity, _) = self.totals();
        let mut rows = vec![(
            self.t("Principal restant dû", "Principal still owed").to_string(),
            self.money(balance),
        )];
        if self.claims_penalties() {
            let rates: Vec<Decimal> = self.invoices.iter().map(|i| i.penalty_rate).collect();
            let rate = match rates.first() {
                Some(r) if rates.iter().all(|x| x == r) => format!(" ({})", percent(*r, self.lang)),
                Some(_) => format!(
                    " ({})",
                    self.invoices
                        .iter()
                        .map(|i| format!("{} {}", i.number, percent(i.penalty_rate, self.lang)))
                        .collect::<Vec<_>>()
                        .join(" ; ")
                ),
                None => String::new(),
            };
            rows.push((
                format!(
                    "{}{rate} {} {}",
                    self.t("Pénalités de retard", "Late-payment penalties"),
                    self.t("au", "to"),
                    date(self.date, self.lang)
                ),
                self.money(interest),
            ));
            if indemnity.is_positive() {
                rows.push((
                    self.t(
                        "Indemnité forfaitaire pour frais de recouvrement",
                        "Fixed recovery indemnity",
                    )
                    .to_string(),
                    self.money(indemnity),
                ));
            }
        }
        for (label, value) in &rows {
            y += BODY.leading();
            page.text(m, 300.0, y, label, Style::regular(9.0), Align::Left);
            page.text(m, RIGHT - 4.0, y, value, Style::regular(9.0), Align::Right);
        }
        page.rule(300.0, RIGHT, y + 4.0, 0.8, 60);
        y += Style::bold(10.5).leading() + 4.0;
        page.text(
            m,
            300.0,
            y,
            self.t("Total réclamé", "Total claimed"),
            Style::bold(10.5),
            Align::Left,
        );
        page.text(
            m,
            RIGHT - 4.0,
            y,
            &self.claimed_text(),
            Style::bold(10.5),
            Align::Right,
        );
        y += 18.0;

        let deadline = date(self.deadline, self.lang);
        let demand = match (self.kind, self.lang) {
            (LetterKind::FormalNotice, "en") => format!(
                "We hereby give you formal notice to pay the sum of {} by {} at the latest (French Civil Code art. 1344).",
                self.claimed_text(),
                deadline
            ),
            (LetterKind::FormalNotice, _) => format!(
                "Par la présente, nous vous mettons en demeure de nous régler la somme de {} au plus tard le {} (C. civ. art. 1344).",
                self.claimed_text(),
                deadline
            ),
            (LetterKind::Reminder, "en") => format!(
                "Please pay the sum of {} by {} at the latest.",
                self.claimed_text(),
                deadline
            ),
            (LetterKind::Reminder, _) => format!(
                "Nous vous remercions de nous régler la somme de {} au plus tard le {}.",
                self.claimed_text(),
                deadline
            ),
        };
        y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &demand, BODY);
        y += 6.0;
        if self.kind == LetterKind::FormalNotice {
            // a business owes the contractual penalties (not legal interest on top of
            // them) and may be claimed recovery costs above the indemnity on proof; a
            // consumer owes legal-rate interest from the notice, and no recovery costs
            let consequences = match self.claim {
                Claim::Penalties | Claim::Balance => self.t(
                    "À défaut de paiement dans ce délai, nous engagerons sans autre avis une procédure judiciaire de recouvrement (injonction de payer ou procédure simplifiée de recouvrement par commissaire de justice). Les pénalités de retard continuent de courir jusqu'au paiement complet ; les frais de recouvrement exposés au-delà de l'indemnité forfaitaire pourront vous être réclamés sur justification (C. com. art. L441-10).",
                    "Failing payment by that date, we will start legal recovery proceedings without further notice (order for payment, or simplified recovery by a judicial officer). Late-payment penalties keep running until payment in full; recovery costs above the fixed indemnity may be claimed from you on proof (French Commercial Code art. L441-10).",
                ),
                Claim::LegalInterestFromNotice => self.t(
                    "À défaut de paiement dans ce délai, nous engagerons sans autre avis une procédure judiciaire de recouvrement (injonction de payer ou procédure simplifiée de recouvrement par commissaire de justice). La somme due porte intérêts au taux légal à compter de la présente mise en demeure (C. civ. art. 1231-6 et 1344-1).",
                    "Failing payment by that date, we will start legal recovery proceedings without further notice (order for payment, or simplified recovery by a judicial officer). The sum owed bears interest at the legal rate from this formal notice (French Civil Code arts. 1231-6 and 1344-1).",
                ),
            };
            y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, consequences, BODY);
            y += 6.0;
        }
        if let Some(iban) = &self.iban {
            let mut text = format!(
                "{} IBAN {iban}",
                self.t("Règlement par virement :", "Payment by bank transfer:")
            );
            if let Some(bic) = &self.bic {
                text.push_str(&format!(" · BIC {bic}"));
            }
            y = paragraph(page, m, MARGIN, y, CONTENT_WIDTH, &text, Style::bold(9.5));
            y += 6.0;
        }
        y = paragraph(
            page,
            m,
            MARGIN,
            y,
            CONTENT_WIDTH,
            self.t(
                "Si votre règlement a croisé ce courrier, merci de ne pas en tenir compte. Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                "If your payment has crossed this letter, please disregard it. Yours faithfully,",
            ),
            BODY,
        );
        y += 20.0;
        paragraph(page, m, 330.0, y, 215.0, &self.seller.name, Style::bold(10.0));
        pages
    }

    pub fn render(&self) -> Result<Vec<u8>, String> {
        let pages = self.layout(Fonts::get());
        let info = Info {
            title: self.title(),
            key: format!("{}-{}", self.date, self.title()),
            lang: self.lang.to_string(),
            date: self.date,
            author: self.seller.name.clone(),
        };
        writer::write(&pages, &info, None, None)
    }
}

/// The text with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::layout::{Item, tests::Fixed};

    fn letter(kind: LetterKind, lang: &'static str, n: usize) -> Letter {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        Letter {
            kind,
            lang,
            date: day("2026-03-11"),
            seller: Party {
                name: "Atelier".into(),
                address: "1 rue de la Paix\n75002 Paris".into(),
                ..Party::default()
            },
            recipient: Party {
                name: "ACME SAS".into(),
                address: "2 av. Foch\n69006 Lyon".into(),
                ..Party::default()
            },
            invoices: (0..n)
                .map(|i| LetterInvoice {
                    number: format!("FACT-2026-{:04}", i + 1),
                    issue_date: day("2026-01-10"),
                    due_date: day("2026-02-09"),
                    total: Money::eur(120000),
                    balance: Money::eur(120000),
                    days_late: 30,
                    interest: Money::eur(1198),
                    indemnity: Money::eur(4000),
                    penalty_rate: Decimal::new(1215, 2),
                })
                .collect(),
            currency: Currency::EUR,
            deadline: day("2026-03-19"),
            claim: Claim::Penalties,
            reminded: true,
            iban: Some("FR76".into()),
            bic: None,
        }
    }

    fn all_text(pages: &[Page]) -> String {
        pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_formal_notice_claims_principal_penalties_and_indemnity_by_a_deadline() {
        let l = letter(LetterKind::FormalNotice, "fr", 2);
        assert_eq!(
            l.totals(),
            (
                Money::eur(240000),
                Money::eur(2396),
                Money::eur(8000),
                Money::eur(250396)
            )
        );
        let text = all_text(&l.layout(&Fixed));
        for needle in [
            "recommandée",
            "mettons en demeure",
            "19/03/2026",
            "FACT-2026-0002",
            "Total réclamé",
            "Indemnité forfaitaire",
        ] {
            assert!(text.contains(needle), "{needle} missing:\n{text}");
        }
    }

    #[test]
    fn a_reminder_without_penalties_claims_the_balance_only() {
        let mut l = letter(LetterKind::Reminder, "en", 1);
        l.claim = Claim::Balance;
        assert_eq!(l.totals().3, Money::eur(120000));
        let text = all_text(&l.layout(&Fixed));
        assert!(
            !text.contains("registered") && !text.contains("Penalties"),
            "{text}"
        );
        assert!(text.contains("Please pay"), "{text}");
    }

    #[test]
    fn many_invoices_spill_onto_more_pages_without_overflowing() {
        let pages = letter(LetterKind::FormalNotice, "fr", 45).layout(&Fixed);
        assert!(pages.len() >= 2);
        for p in &pages {
            for i in &p.items {
                if let Item::Text { y, .. } = i {
                    assert!(*y < PAGE_HEIGHT - 30.0);
                }
            }
        }
    }
}
