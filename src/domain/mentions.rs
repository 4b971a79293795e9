//! Which legal mentions a document must carry (CGI annexe II art. 242 nonies A,
//! C. com. L441-9 and L441-10, D441-5, CGI art. 293 B). The words are the renderer's;
//! the rule of which mention goes where lives here, once.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::customer::CustomerKind;
use super::document::{Line, LineKind};
use super::interest::RECOVERY_INDEMNITY;
use super::invoice::Delivery;
use super::money::Money;

/// The kinds of document the customer receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Invoice,
    /// A deposit invoice (facture d'acompte): an invoice in every respect, with its own title.
    Deposit,
    CreditNote,
    Quote,
    /// A delivery note (bon de livraison): quantities delivered, no amount due.
    DeliveryNote,
    /// A pro-forma invoice printed from a quote: no number, not an accounting document.
    ProForma,
}

impl DocumentKind {
    /// An invoice the customer pays: a plain or a deposit invoice.
    pub fn is_payable(self) -> bool {
        matches!(self, DocumentKind::Invoice | DocumentKind::Deposit)
    }
}

/// What is sold, as the 2022 decree asks invoices to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Goods,
    Services,
    Both,
}

/// The category of a document from its lines.
pub fn category(lines: &[Line]) -> Category {
    let goods = lines.iter().any(|l| l.kind == LineKind::Goods);
    let services = lines.iter().any(|l| l.kind == LineKind::Service);
    match (goods, services) {
        (true, true) => Category::Both,
        (true, false) => Category::Goods,
        _ => Category::Services,
    }
}

/// The late-payment rate printed on an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyRate {
    /// A rate agreed with the customer, in percent per year.
    Agreed(Decimal),
    /// The legal default: ECB refinancing rate + 10 points, with its value on the issue date.
    LegalDefault(Decimal),
}

/// One mention, with the facts its wording needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// The day payment is due.
    DueDate(NaiveDate),
    /// "Pas d'escompte pour paiement anticipé."
    NoEarlyPaymentDiscount,
    /// The late-payment penalty rate, due without reminder from the day after the due date.
    LatePenalties(PenaltyRate),
    /// The fixed recovery indemnity (business customers only).
    RecoveryIndemnity(Money),
    /// "TVA non applicable, article 293 B du CGI."
    VatFranchise,
    /// "Option pour le paiement de la taxe d'après les débits."
    VatOnDebits,
    /// Goods, services or both.
    Category(Category),
    /// The customer's purchase-order number.
    PurchaseOrder(String),
    /// A credit note names the invoice it corrects, with its date, and why.
    Corrects {
        number: String,
        date: Option<NaiveDate>,
        reason: Option<String>,
    },
    /// A quote's last day of validity.
    ValidUntil(NaiveDate),
    /// The day of delivery or of the service, or the period it covers, when it is not the
    /// issue date.
    Delivery(Delivery),
    /// Where the goods go, when it is not the customer's address.
    DeliveryAddress(String),
}

/// The facts the mentions depend on.
#[derive(Debug, Clone)]
pub struct MentionFacts<'a> {
    pub kind: DocumentKind,
    pub customer_kind: CustomerKind,
    pub vat_franchise: bool,
    pub vat_on_debits: bool,
    pub lines: &'a [Line],
    pub due_date: Option<NaiveDate>,
    pub penalty_rate: Option<PenaltyRate>,
    pub purchase_order: Option<&'a str>,
    pub corrects: Option<(&'a str, Option<NaiveDate>)>,
    pub reason: Option<&'a str>,
    pub valid_until: Option<NaiveDate>,
    pub delivery: Option<Delivery>,
    pub delivery_address: Option<&'a str>,
}

/// Every mention the document must show, in the order it shows them.
pub fn mentions(f: &MentionFacts) -> Vec<Mention> {
    let mut out = Vec::new();
    if let Some((number, date)) = f.corrects.filter(|_| f.kind == DocumentKind::CreditNote) {
        out.push(Mention::Corrects {
            number: number.to_string(),
            date,
            reason: f.reason.map(str::to_string),
        });
    }
    if let Some(po) = f.purchase_order.filter(|p| !p.trim().is_empty()) {
        out.push(Mention::PurchaseOrder(po.to_string()));
    }
    if let Some(day) = f.valid_until.filter(|_| f.kind == DocumentKind::Quote) {
        out.push(Mention::ValidUntil(day));
    }
    if f.kind != DocumentKind::Quote {
        if let Some(delivery) = f.delivery {
            out.push(Mention::Delivery(delivery));
        }
        if let Some(address) = f.delivery_address.filter(|a| !a.trim().is_empty()) {
            out.push(Mention::DeliveryAddress(address.to_string()));
        }
    }
    if f.kind.is_payable() {
        if let Some(due) = f.due_date {
            out.push(Mention::DueDate(due));
        }
        out.push(Mention::NoEarlyPaymentDiscount);
        if let Some(rate) = f.penalty_rate {
            out.push(Mention::LatePenalties(rate));
        }
        if f.customer_kind == CustomerKind::Business {
            out.push(Mention::RecoveryIndemnity(RECOVERY_INDEMNITY));
        }
    }
    out.push(Mention::Category(category(f.lines)));
    if f.vat_franchise {
        out.push(Mention::VatFranchise);
    } else if f.vat_on_debits && f.kind != DocumentKind::Quote {
        out.push(Mention::VatOnDebits);
    }
    out
}

/// Why an invoice may not be numbered yet: the first mandatory mention it would lack,
/// with the command that sets it (CGI annexe II art. 242 nonies A; the seller's SIREN,
/// address and VAT number; the buyer's address and SIREN, or a VAT number for a buyer
/// from abroad), or an issue date after today, which would lock the series until then.
pub fn refuse_issue(
    company: &super::company::Company,
    customer: &super::customer::Customer,
    issue_date: NaiveDate,
    today: NaiveDate,
) -> Option<String> {
    let missing = |what: &str, fix: &str| Some(crate::t!("domain-mention-missing", what = what, fix = fix));
    if issue_date > today {
        return Some(crate::t!(
            "domain-issue-date-after-today",
            issue_date = issue_date.to_string(),
            today = today.to_string()
        ));
    }
    if company.siren.is_none() {
        return missing(
            &crate::t!("domain-mention-company-siren"),
            "creances company set --siren 123456789",
        );
    }
    if company.address.trim().is_empty() {
        return missing(
            &crate::t!("domain-mention-company-address"),
            "creances company set --address \"1 rue ...\\n75001 Paris\"",
        );
    }
    if company.vat_number.is_none() && !company.vat_franchise {
        return missing(
            &crate::t!("domain-mention-company-vat-number"),
            "creances company set --vat-number FR..., or --vat-franchise under CGI art. 293 B",
        );
    }
    if customer.kind == CustomerKind::Business {
        let code = &customer.code;
        if customer.address.trim().is_empty() {
            return missing(
                &crate::t!("domain-mention-customer-address", code = code),
                &format!("creances customer edit {code} --address \"...\""),
            );
        }
        if customer.siren.is_none() && customer.vat_number.is_none() {
            return missing(
                &crate::t!("domain-mention-customer-siren", code = code),
                &format!(
                    "creances customer edit {code} --siren 123456789, or --vat-number for a customer abroad, or --kind individual"
                ),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(kind: LineKind) -> Line {
        Line {
            sku: None,
            designation: "x".into(),
            quantity: Decimal::ONE,
            unit_price: Decimal::ONE,
            vat_rate: Decimal::from(20),
            unit: None,
            kind,
            discount: None,
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn invoice<'a>(lines: &'a [Line], customer_kind: CustomerKind) -> MentionFacts<'a> {
        MentionFacts {
            kind: DocumentKind::Invoice,
            customer_kind,
            vat_franchise: false,
            vat_on_debits: false,
            lines,
            due_date: Some(day("2026-04-14")),
            penalty_rate: Some(PenaltyRate::LegalDefault(Decimal::new(1215, 2))),
            purchase_order: None,
            corrects: None,
            reason: None,
            valid_until: None,
            delivery: None,
            delivery_address: None,
        }
    }

    #[test]
    fn a_business_invoice_carries_due_date_penalties_indemnity_and_no_discount() {
        let lines = [line(LineKind::Service)];
        let m = mentions(&invoice(&lines, CustomerKind::Business));
        assert!(m.contains(&Mention::DueDate(day("2026-04-14"))));
        assert!(m.contains(&Mention::NoEarlyPaymentDiscount));
        assert!(
            m.contains(&Mention::LatePenalties(PenaltyRate::LegalDefault(Decimal::new(
                1215, 2
            ))))
        );
        assert!(m.contains(&Mention::RecoveryIndemnity(Money::eur(4000))));
        assert!(m.contains(&Mention::Category(Category::Services)));
        assert!(!m.contains(&Mention::VatFranchise));
    }

    #[test]
    fn an_individual_owes_no_recovery_indemnity() {
        let lines = [line(LineKind::Service)];
        let m = mentions(&invoice(&lines, CustomerKind::Individual));
        assert!(!m.iter().any(|x| matches!(x, Mention::RecoveryIndemnity(_))));
        assert!(m.contains(&Mention::NoEarlyPaymentDiscount));
    }

    #[test]
    fn vat_franchise_prints_article_293_b_and_not_the_debits_option() {
        let lines = [line(LineKind::Goods)];
        let mut f = invoice(&lines, CustomerKind::Business);
        f.vat_franchise = true;
        f.vat_on_debits = true;
        let m = mentions(&f);
        assert!(m.contains(&Mention::VatFranchise));
        assert!(!m.contains(&Mention::VatOnDebits));
        assert!(m.contains(&Mention::Category(Category::Goods)));
        f.vat_franchise = false;
        assert!(mentions(&f).contains(&Mention::VatOnDebits));
    }

    #[test]
    fn a_credit_note_names_the_invoice_and_claims_no_payment_terms() {
        let lines = [line(LineKind::Service), line(LineKind::Goods)];
        let mut f = invoice(&lines, CustomerKind::Business);
        f.kind = DocumentKind::CreditNote;
        f.corrects = Some(("FACT-2026-0001", Some(day("2026-03-01"))));
        f.reason = Some("remise commerciale");
        let m = mentions(&f);
        assert_eq!(
            m[0],
            Mention::Corrects {
                number: "FACT-2026-0001".into(),
                date: Some(day("2026-03-01")),
                reason: Some("remise commerciale".into())
            }
        );
        assert!(!m.iter().any(|x| matches!(
            x,
            Mention::DueDate(_) | Mention::LatePenalties(_) | Mention::RecoveryIndemnity(_)
        )));
        assert!(m.contains(&Mention::Category(Category::Both)));
    }

    #[test]
    fn a_quote_shows_its_validity_and_the_purchase_order_shows_when_given() {
        let lines = [line(LineKind::Service)];
        let mut f = invoice(&lines, CustomerKind::Business);
        f.kind = DocumentKind::Quote;
        f.valid_until = Some(day("2026-05-01"));
        assert!(mentions(&f).contains(&Mention::ValidUntil(day("2026-05-01"))));
        f.kind = DocumentKind::Invoice;
        f.purchase_order = Some("PO-77");
        assert!(mentions(&f).contains(&Mention::PurchaseOrder("PO-77".into())));
        f.purchase_order = Some("  ");
        assert!(
            !mentions(&f)
                .iter()
                .any(|x| matches!(x, Mention::PurchaseOrder(_)))
        );
    }

    #[test]
    fn an_invoice_is_not_numbered_without_its_mentions_nor_in_the_future() {
        use crate::domain::company::Company;
        use crate::domain::customer::Customer;
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let company = Company {
            name: "A".into(),
            address: "1 rue A\n75001 Paris".into(),
            siren: Some("842130577".into()),
            vat_number: Some("FR68842130577".into()),
            ..Company::default()
        };
        let mut customer = Customer::new("ACME", "Acme");
        customer.address = "2 av. Foch\n69006 Lyon".into();
        customer.siren = Some("512345679".into());
        let today = day("2026-03-15");
        assert_eq!(refuse_issue(&company, &customer, today, today), None);
        let why =
            |c: &Company, cu: &Customer, d: &str| refuse_issue(c, cu, day(d), today).unwrap_or_default();
        assert!(why(&company, &customer, "2026-03-16").contains("after today"));
        let mut c = company.clone();
        c.siren = None;
        assert!(why(&c, &customer, "2026-03-15").contains("company set --siren"));
        let mut c = company.clone();
        c.vat_number = None;
        assert!(why(&c, &customer, "2026-03-15").contains("--vat-number"));
        c.vat_franchise = true;
        assert_eq!(
            refuse_issue(&c, &customer, today, today),
            None,
            "no VAT number under franchise"
        );
        let mut cu = customer.clone();
        cu.siren = None;
        assert!(why(&company, &cu, "2026-03-15").contains("customer edit ACME --siren"));
        cu.vat_number = Some("DE123456789".into());
        assert_eq!(
            refuse_issue(&company, &cu, today, today),
            None,
            "a customer abroad with its VAT number"
        );
        let mut cu = customer.clone();
        cu.address = String::new();
        assert!(why(&company, &cu, "2026-03-15").contains("--address"));
        cu.kind = CustomerKind::Individual;
        cu.siren = None;
        assert_eq!(
            refuse_issue(&company, &cu, today, today),
            None,
            "a private person needs neither"
        );
    }
}
