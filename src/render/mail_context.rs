//! What the templates of a reminder and of a receipt see: the values of the mail, amounts
//! and dates already written for its language.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt;
use crate::domain::company::Company;
use crate::domain::customer::{Customer, CustomerKind};
use crate::domain::dunning::{Action, Owed, notice_deadline};
use crate::domain::invoice::Invoice;
use crate::domain::money::Money;

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
    interest: String,
    indemnity: String,
}

/// The values a reminder's template sees.
#[derive(Serialize)]
pub struct ReminderContext<'a> {
    lang: &'a str,
    as_of: String,
    company: CompanyContext<'a>,
    customer: ReminderCustomer<'a>,
    invoices: Vec<OwedContext<'a>>,
    count: usize,
    total_balance: String,
    total_interest: String,
    total_indemnity: String,
    total_indemnity_owed: bool,
    total_claimed: String,
    claim_penalties: bool,
    penalty_rate: String,
    deadline: String,
}

/// The values templates see for a customer's reminder of `actions` (each invoice once).
pub fn reminder_context<'a>(
    company: &'a Company,
    customer: &'a Customer,
    actions: &[&'a Action],
    lang: &'a str,
    as_of: NaiveDate,
) -> ReminderContext<'a> {
    let currency = actions.first().map_or(company.currency, |a| a.owed.currency);
    let money = |v: Money| fmt::money(v, lang);
    let owed = Owed::distinct(actions);
    let balance = Money::sum(owed.iter().map(|o| o.balance), currency);
    let interest = Money::sum(owed.iter().map(|o| o.interest), currency);
    let indemnity = Money::sum(owed.iter().map(|o| o.indemnity), currency);
    let claim = actions.iter().any(|a| a.step.claim_penalties);
    let claimed = if claim {
        balance + interest + indemnity
    } else {
        balance
    };
    ReminderContext {
        lang,
        as_of: fmt::date(as_of, lang),
        company: company.into(),
        customer: ReminderCustomer {
            code: &customer.code,
            name: &customer.name,
            business: customer.kind == CustomerKind::Business,
        },
        invoices: owed
            .iter()
            .map(|o| OwedContext {
                number: &o.number,
                issue_date: fmt::date(o.issue_date, lang),
                due_date: fmt::date(o.due_date, lang),
                total: money(o.total),
                balance: money(o.balance),
                days_late: o.days_late,
                interest: money(o.interest),
                indemnity: money(o.indemnity),
            })
            .collect(),
        count: owed.len(),
        total_balance: money(balance),
        total_interest: money(interest),
        total_indemnity: money(indemnity),
        total_indemnity_owed: indemnity.is_positive(),
        total_claimed: money(claimed),
        claim_penalties: claim,
        penalty_rate: owed
            .first()
            .map(|o| fmt::percent(o.penalty_rate, lang))
            .unwrap_or_default(),
        deadline: fmt::date(notice_deadline(as_of), lang),
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
    use crate::domain::dunning::{ActionState, Attempt, Step, standard_ladder, vip_ladder};
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

    #[test]
    fn penalties_claimed_from_an_individual_leave_out_the_indemnity() {
        let templates = Templates::builtin();
        let step = standard_ladder().into_iter().find(|s| s.name == "r3").unwrap();
        let mut o = owed("FACT-2026-0001", 16);
        o.indemnity = Money::eur(0);
        let a = Action::new(o, &step, ActionState::Planned(Attempt::default()));
        let mut c = customer("en");
        c.kind = CustomerKind::Individual;
        let company = company();
        let context = reminder_context(
            &company,
            &c,
            &[&a],
            "en",
            NaiveDate::from_ymd_opt(2026, 2, 25).unwrap(),
        );
        let (_, body) = templates.render("reminder_firm", "en", &context).unwrap();
        assert!(body.contains("€12.34"), "{body}");
        assert!(!body.contains("indemnity"), "{body}");
        assert!(body.contains("Under the terms of the invoice"), "{body}");
        assert!(!body.contains("L441-10"), "{body}");
        assert!(body.contains("Total claimed: €712.34"), "{body}");
    }
}
