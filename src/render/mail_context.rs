//! What the templates of a reminder and of a receipt see: the values of the mail, amounts
//! and dates already written for its language.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt;
use crate::domain::company::Company;
use crate::domain::customer::{Customer, CustomerKind};
use crate::domain::dunning::{Action, Claim, Section, Tone, notice_deadline, sections};
use crate::domain::interest::recovery_indemnity;
use crate::domain::invoice::Invoice;
use crate::domain::money::{Currency, Money};

/// The company as templates sign with it.
#[derive(Serialize)]
struct CompanyContext<'a> {
    name: &'a str,
    address: &'a str,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    iban: Option<&'a str>,
    bic: Option<&'a str>,
    siren: Option<&'a str>,
}

impl<'a> From<&'a Company> for CompanyContext<'a> {
    fn from(c: &'a Company) -> Self {
        CompanyContext {
            name: &c.name,
            address: &c.address,
            email: c.email.as_deref(),
            phone: c.phone.as_deref(),
            iban: c.iban.as_deref(),
            bic: c.bic.as_deref(),
            siren: c.siren.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct ReminderCustomer<'a> {
    code: &'a str,
    name: &'a str,
    business: bool,
}

/// One invoice a reminder speaks of.
#[derive(Serialize)]
struct OwedContext<'a> {
    number: &'a str,
    issue_date: String,
    due_date: String,
    total: String,
    balance: String,
    days_late: i64,
    /// "3 jours de retard", "1 day overdue"; empty when not late.
    late: String,
    interest: String,
    indemnity: String,
    penalty_rate: String,
}

/// The invoices of one step of the mail, and what the step claims for them.
#[derive(Serialize)]
pub struct SectionContext<'a> {
    step: &'a str,
    tone: &'static str,
    /// A heads-up before the due date.
    pre_due: bool,
    invoices: Vec<OwedContext<'a>>,
    count: usize,
    /// "1 facture", "2 invoices".
    count_text: String,
    total_balance: String,
    total_interest: String,
    total_indemnity: String,
    total_indemnity_owed: bool,
    total_claimed: String,
    /// Business penalties (L441-10) are claimed.
    claim_penalties: bool,
    /// A consumer's formal notice: legal-rate interest runs from it.
    legal_interest_from_notice: bool,
    /// Every invoice has the same penalty rate (then `penalty_rate` is it).
    same_rate: bool,
    penalty_rate: String,
    /// Every invoice was reminded by mail after its due date before this one.
    reminded: bool,
}

/// The values a reminder's template sees: the firmest step's invoices at the top level,
/// the customer's other invoices of the run, each at its own step, in `others`.
#[derive(Serialize)]
pub struct ReminderContext<'a> {
    lang: &'a str,
    as_of: String,
    company: CompanyContext<'a>,
    customer: ReminderCustomer<'a>,
    #[serde(flatten)]
    lead: SectionContext<'a>,
    others: Vec<SectionContext<'a>>,
    /// The fixed recovery indemnity per invoice, as the customer reads it.
    indemnity_per_invoice: String,
    deadline: String,
    /// The mail is a formal one (greeting "Madame, Monsieur", formal closing).
    formal: bool,
}

fn section_context<'a>(s: &Section<'a>, currency: Currency, lang: &str) -> SectionContext<'a> {
    let money = |v: Money| fmt::money(v, lang);
    // a section's invoices share a currency (`sections`); the fixed indemnity is in euros
    let currency = s.owed.first().map_or(currency, |o| o.currency);
    let balance = Money::sum(s.owed.iter().map(|o| o.balance), currency);
    let penalties = s.claim == Claim::Penalties;
    let interest = Money::sum(s.owed.iter().map(|o| o.interest), currency);
    let indemnity = Money::sum(
        s.owed.iter().map(|o| o.indemnity),
        s.owed.first().map_or(currency, |o| o.indemnity.currency()),
    );
    let claimed = match (penalties, indemnity.currency() == currency) {
        (false, _) => money(balance),
        (true, true) => money(balance + interest + indemnity),
        (true, false) => format!("{} + {}", money(balance + interest), money(indemnity)),
    };
    let rate = s.owed.first().map(|o| o.penalty_rate);
    SectionContext {
        step: &s.step.name,
        tone: s.step.tone.as_str(),
        pre_due: s.step.offset < 0,
        invoices: s
            .owed
            .iter()
            .map(|o| OwedContext {
                number: &o.number,
                issue_date: fmt::date(o.issue_date, lang),
                due_date: fmt::date(o.due_date, lang),
                total: money(o.total),
                balance: money(o.balance),
                days_late: o.days_late,
                late: fmt::days_late(o.days_late, lang),
                interest: money(o.interest),
                indemnity: money(o.indemnity),
                penalty_rate: fmt::percent(o.penalty_rate, lang),
            })
            .collect(),
        count: s.owed.len(),
        count_text: fmt::invoices(s.owed.len(), lang),
        total_balance: money(balance),
        total_interest: money(interest),
        total_indemnity: money(indemnity),
        total_indemnity_owed: penalties && indemnity.is_positive(),
        total_claimed: claimed,
        claim_penalties: penalties,
        legal_interest_from_notice: s.claim == Claim::LegalInterestFromNotice,
        same_rate: s.owed.iter().all(|o| Some(o.penalty_rate) == rate),
        penalty_rate: rate.map(|r| fmt::percent(r, lang)).unwrap_or_default(),
        reminded: s.reminded(),
    }
}

/// The values templates see for a customer's reminder of `actions`: each invoice once,
/// at its own step (the rule is `domain::dunning::sections`).
pub fn reminder_context<'a>(
    company: &'a Company,
    customer: &'a Customer,
    actions: &[&'a Action],
    lang: &'a str,
    as_of: NaiveDate,
) -> ReminderContext<'a> {
    let currency = actions.first().map_or(company.currency, |a| a.owed.currency);
    let mut sections = sections(actions, customer.kind)
        .iter()
        .map(|s| (s.step.tone == Tone::Formal, section_context(s, currency, lang)))
        .collect::<Vec<_>>()
        .into_iter();
    let (formal, lead) = sections.next().unwrap_or_else(|| {
        let empty = Section {
            step: &actions.first().expect("a reminder has an action").step,
            owed: Vec::new(),
            claim: Claim::Balance,
        };
        (false, section_context(&empty, currency, lang))
    });
    ReminderContext {
        lang,
        as_of: fmt::date(as_of, lang),
        company: company.into(),
        customer: ReminderCustomer {
            code: &customer.code,
            name: &customer.name,
            business: customer.kind == CustomerKind::Business,
        },
        lead,
        others: sections.map(|(_, s)| s).collect(),
        indemnity_per_invoice: fmt::money(recovery_indemnity(CustomerKind::Business, 1), lang),
        deadline: fmt::date(notice_deadline(as_of), lang),
        formal,
    }
}

#[derive(Serialize)]
struct ReceiptCustomer<'a> {
    code: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct ReceiptInvoice {
    number: String,
    due_date: Option<String>,
    total: String,
    balance: String,
    paid_in_full: bool,
}

#[derive(Serialize)]
struct ReceiptPayment {
    amount: String,
    date: String,
}

/// The values a receipt's template sees.
#[derive(Serialize)]
pub struct ReceiptContext<'a> {
    lang: &'a str,
    company: CompanyContext<'a>,
    customer: ReceiptCustomer<'a>,
    invoice: ReceiptInvoice,
    payment: ReceiptPayment,
}

/// What a payment leaves on its invoice and what it was, for its receipt.
pub struct ReceiptFacts<'a> {
    pub invoice: &'a Invoice,
    /// The invoice's balance with every payment recorded so far.
    pub balance: Money,
    pub amount: Money,
    pub paid_on: NaiveDate,
}

/// The values templates see for the receipt of a payment.
pub fn receipt_context<'a>(
    company: &'a Company,
    customer: &'a Customer,
    paid: &ReceiptFacts,
    lang: &'a str,
) -> ReceiptContext<'a> {
    let money = |v: Money| fmt::money(v, lang);
    let invoice = paid.invoice;
    ReceiptContext {
        lang,
        company: company.into(),
        customer: ReceiptCustomer {
            code: &customer.code,
            name: &customer.name,
        },
        invoice: ReceiptInvoice {
            number: invoice.label(),
            due_date: invoice.due_date.map(|d| fmt::date(d, lang)),
            total: money(invoice.total),
            balance: money(paid.balance),
            paid_in_full: paid.balance.is_zero(),
        },
        payment: ReceiptPayment {
            amount: money(paid.amount),
            date: fmt::date(paid.paid_on, lang),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::DunningProfile;
    use crate::domain::dunning::{ActionState, Attempt, Owed, Step, standard_ladder, vip_ladder};
    use crate::domain::money::Currency;
    use crate::render::mail::{LANGUAGES, Templates};
    use rust_decimal::Decimal;

    fn company() -> Company {
        Company {
            name: "Atelier Test".into(),
            email: Some("factures@atelier.example".into()),
            iban: Some("FR7630006000011234567890189".into()),
            currency: Currency::EUR,
            ..Default::default()
        }
    }

    fn customer(lang: &str) -> Customer {
        Customer {
            id: 1,
            code: "ACME".into(),
            name: "ACME SAS".into(),
            kind: CustomerKind::Business,
            email: Some("compta@acme.example".into()),
            address: String::new(),
            siren: None,
            vat_number: None,
            payment_terms_days: None,
            dunning_profile: DunningProfile::Standard,
            language: lang.into(),
            blocked: false,
            blocked_reason: None,
            credit_limit: None,
            collect_method: Default::default(),
        }
    }

    fn owed(number: &str, days_late: i64) -> Owed {
        let due = NaiveDate::from_ymd_opt(2026, 2, 9).unwrap();
        Owed {
            invoice_id: days_late,
            number: number.into(),
            issue_date: NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
            due_date: due,
            total: Money::eur(120000),
            balance: Money::eur(70000),
            days_late,
            interest: Money::eur(1234),
            indemnity: Money::eur(4000),
            currency: Currency::EUR,
            penalty_rate: Decimal::new(1215, 2),
            reminded: true,
        }
    }

    #[test]
    fn every_step_template_renders_in_both_languages_for_one_and_several_invoices() {
        let templates = Templates::builtin();
        let as_of = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let steps: Vec<Step> = standard_ladder().into_iter().chain(vip_ladder()).collect();
        for step in steps.iter().filter(|s| s.channel.mails()) {
            for lang in LANGUAGES {
                for count in [1, 2] {
                    let actions: Vec<Action> = (0..count)
                        .map(|n| {
                            Action::new(
                                owed(&format!("FACT-2026-000{}", n + 1), 20 + n),
                                step,
                                ActionState::Planned(Attempt::default()),
                            )
                        })
                        .collect();
                    let refs: Vec<&Action> = actions.iter().collect();
                    let (company, customer) = (company(), customer(lang));
                    let context = reminder_context(&company, &customer, &refs, lang, as_of);
                    let (subject, body) = templates.render(&step.template, lang, &context).unwrap();
                    assert!(
                        !subject.is_empty() && !subject.contains("{{"),
                        "{} {lang}",
                        step.template
                    );
                    assert!(
                        body.contains("FACT-2026-0001"),
                        "{} {lang}: {body}",
                        step.template
                    );
                    assert!(
                        body.contains("Atelier Test"),
                        "{} {lang}: signature",
                        step.template
                    );
                    assert!(!body.contains("\n\n\n"), "{} {lang}", step.template);
                    if count == 2 {
                        assert!(body.contains("FACT-2026-0002"), "{} {lang}", step.template);
                    }
                    let claims = body.contains("L441-10");
                    assert_eq!(
                        claims, step.claim_penalties,
                        "{} {lang}: penalties only when claimed",
                        step.template
                    );
                }
            }
        }
    }

    fn render(step_of: &[(&str, Owed)], kind: CustomerKind, lang: &str) -> (String, String) {
        let l = standard_ladder();
        let actions: Vec<Action> = step_of
            .iter()
            .map(|(name, o)| {
                let step = l.iter().find(|s| s.name == *name).unwrap();
                Action::new(o.clone(), step, ActionState::Planned(Attempt::default()))
            })
            .collect();
        let refs: Vec<&Action> = actions.iter().collect();
        let mut c = customer(lang);
        c.kind = kind;
        let company = company();
        let as_of = NaiveDate::from_ymd_opt(2026, 3, 11).unwrap();
        let context = reminder_context(&company, &c, &refs, lang, as_of);
        let lead = sections(&refs, kind)[0].step.template.clone();
        Templates::builtin().render(&lead, lang, &context).unwrap()
    }

    #[test]
    fn a_consumer_is_claimed_no_penalties_no_indemnity_and_legal_interest_from_the_notice() {
        for lang in LANGUAGES {
            let mut o = owed("FACT-2026-0001", 16);
            o.indemnity = Money::eur(0);
            let (_, body) = render(&[("r3", o.clone())], CustomerKind::Individual, lang);
            for wrong in [
                "L441-10",
                "12,34",
                "€12.34",
                "conditions de la facture",
                "terms of the invoice",
                "40",
            ] {
                assert!(!body.contains(wrong), "{lang} r3: {wrong}\n{body}");
            }
            let (_, body) = render(&[("notice", o)], CustomerKind::Individual, lang);
            for wrong in [
                "L441-10", "D441-5", "12,34", "€12.34", "charge", "expense", "costs",
            ] {
                assert!(!body.contains(wrong), "{lang} notice: {wrong}\n{body}");
            }
            assert!(body.contains("1231-6"), "{lang}: {body}");
            assert!(
                body.contains("700,00") || body.contains("€700.00"),
                "{lang}: {body}"
            );
        }
    }

    #[test]
    fn a_business_is_claimed_penalties_at_each_invoices_rate_only_for_the_steps_that_claim_them() {
        let mut late = owed("FACT-2026-0001", 16);
        late.penalty_rate = Decimal::new(1000, 2);
        let mut also = owed("FACT-2026-0003", 20);
        also.invoice_id = 3;
        let mut early = owed("FACT-2026-0002", 3);
        early.invoice_id = 2;
        early.interest = Money::eur(99);
        let (subject, body) = render(
            &[("r3", late), ("r3", also), ("r1", early)],
            CustomerKind::Business,
            "fr",
        );
        assert!(subject.contains("2 factures"), "{subject}");
        assert!(body.contains("FACT-2026-0001 : 10\u{a0}% l'an"), "{body}");
        assert!(body.contains("FACT-2026-0003 : 12,15\u{a0}% l'an"), "{body}");
        // the r1 invoice is listed without penalties: its 0,99 € is not claimed
        assert!(body.contains("FACT-2026-0002"), "{body}");
        assert!(!body.contains("0,99"), "{body}");
        assert_eq!(body.matches("L441-10").count(), 1, "{body}");
        assert!(body.contains("40,00\u{a0}€ par facture"), "{body}");
    }

    #[test]
    fn a_notice_grouped_with_a_heads_up_demands_only_the_notice_invoice() {
        let notice = owed("FACT-2026-0001", 30);
        let mut soon = owed("FACT-2026-0002", 0);
        soon.days_late = 0;
        soon.interest = Money::eur(0);
        soon.indemnity = Money::eur(0);
        let (subject, body) = render(
            &[("notice", notice.clone()), ("pre-7", soon.clone())],
            CustomerKind::Business,
            "fr",
        );
        assert_eq!(subject, "Mise en demeure de payer : facture FACT-2026-0001");
        // 700 + 12,34 + 40 for the notice invoice alone
        assert!(body.contains("la somme de 752,34\u{a0}€"), "{body}");
        let heads_up = body.find("Pour information").expect(&body);
        assert!(body[heads_up..].contains("FACT-2026-0002"), "{body}");
        assert!(!body[..heads_up].contains("FACT-2026-0002"), "{body}");
        assert!(body.contains("Malgré nos relances"), "{body}");
        assert!(body.contains("salutations distinguées"), "{body}");
        // no reminder was sent: no "Malgré nos relances"
        let mut first = notice;
        first.reminded = false;
        let (_, body) = render(
            &[("notice", first), ("pre-7", soon)],
            CustomerKind::Business,
            "fr",
        );
        assert!(!body.contains("Malgré nos relances"), "{body}");
    }

    #[test]
    fn english_mails_close_as_they_greet_and_write_amounts_one_way() {
        for name in ["notice", "r3", "r1"] {
            let (_, body) = render(
                &[(name, owed("FACT-2026-0001", 30))],
                CustomerKind::Business,
                "en",
            );
            assert!(!body.contains("40 €"), "{body}");
            assert!(!body.contains("\u{a0}€") && !body.contains("0 €"), "{body}");
            if body.contains("Dear Sir or Madam") {
                assert!(body.contains("Yours faithfully,"), "{body}");
                assert!(!body.contains("Kind regards"), "{body}");
            } else {
                assert!(body.contains("Kind regards,"), "{body}");
            }
        }
    }
}
