//! Customers: kinds, dunning profiles, payment terms, codes, and what a customer owes.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::DomainError;
use super::allocation::AccountEvent;
use super::identity::{
    check_vat_matches_siren, optional_text, parse_address, parse_email, parse_name, parse_vat_number,
    validate_siren,
};
use super::money::Money;

/// Business customers owe the 40 € recovery indemnity and show a SIREN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerKind {
    Business,
    Individual,
}

impl CustomerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerKind::Business => "business",
            CustomerKind::Individual => "individual",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "business" | "b2b" | "entreprise" | "pro" => Ok(CustomerKind::Business),
            "individual" | "b2c" | "particulier" => Ok(CustomerKind::Individual),
            other => Err(DomainError::Invalid(crate::t!(
                "domain-customer-kind-unknown",
                kind = other
            ))),
        }
    }
}

/// Which reminder ladder a customer gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DunningProfile {
    Standard,
    Vip,
    New,
    LatePayer,
}

impl DunningProfile {
    pub fn as_str(self) -> &'static str {
        match self {
            DunningProfile::Standard => "standard",
            DunningProfile::Vip => "vip",
            DunningProfile::New => "new",
            DunningProfile::LatePayer => "late_payer",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "standard" => Ok(DunningProfile::Standard),
            "vip" => Ok(DunningProfile::Vip),
            "new" => Ok(DunningProfile::New),
            "late_payer" => Ok(DunningProfile::LatePayer),
            other => Err(DunningProfile::unknown(other)),
        }
    }

    fn unknown(other: &str) -> DomainError {
        DomainError::Invalid(crate::t!("domain-dunning-profile-unknown", profile = other))
    }
}

/// Language of the documents and mails a customer receives.
pub fn parse_language(text: &str) -> Result<String, DomainError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "fr" | "français" | "francais" | "french" => Ok("fr".into()),
        "en" | "english" | "anglais" => Ok("en".into()),
        other => Err(DomainError::Invalid(crate::t!(
            "domain-language-unknown",
            lang = other
        ))),
    }
}

/// The language a customer's documents and mails are written in: English when its
/// language is English (in any case), else French. The one rule the PDFs and the mails
/// both follow.
pub fn document_language(language: &str) -> &'static str {
    if language.trim().eq_ignore_ascii_case("en") {
        "en"
    } else {
        "fr"
    }
}

/// Payment terms in days after issue. French law (C. com. L441-10) caps agreed terms at 60 days.
pub fn validate_terms(days: i64) -> Result<i64, DomainError> {
    if (0..=60).contains(&days) {
        Ok(days)
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-terms-out-of-range",
            days = days.to_string()
        )))
    }
}

/// The due date of an invoice issued on `issue_date` with `terms_days`.
pub fn due_date(issue_date: NaiveDate, terms_days: i64) -> NaiveDate {
    issue_date
        .checked_add_days(Days::new(terms_days.max(0) as u64))
        .unwrap_or(issue_date)
}

/// A customer code: letters, digits, dashes and underscores, upper-cased.
pub fn validate_code(text: &str) -> Result<String, DomainError> {
    let code = text.trim().to_ascii_uppercase();
    if !code.is_empty()
        && code.len() <= 20
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Ok(code)
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-customer-code-invalid",
            text = text
        )))
    }
}

/// A code made from a name: its first letters, upper-cased, without accents, plus a
/// number when `taken` says it is used.
pub fn code_from_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = code_base(name);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|c| !taken(c))
        .unwrap_or(base)
}

/// The first eight letters or digits of a name, capitals without accents: what a
/// generated code starts with (CLIENT for a name with none).
pub fn code_base(name: &str) -> String {
    let base: String = name
        .chars()
        .map(super::unaccent)
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .take(8)
        .collect();
    if base.is_empty() {
        "CLIENT".to_string()
    } else {
        base
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: CustomerKind,
    pub email: Option<String>,
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    /// None: the company's default terms.
    pub payment_terms_days: Option<i64>,
    pub dunning_profile: DunningProfile,
    pub language: String,
    pub blocked: bool,
    pub blocked_reason: Option<String>,
    /// The most it may owe before a new quote or invoice needs --force; None: no limit.
    pub credit_limit: Option<Decimal>,
    /// How its invoices are paid unless one says otherwise.
    pub collect_method: super::sepa::CollectMethod,
}

impl Customer {
    /// A business customer with the defaults of `customer add`: standard dunning, French,
    /// the company's payment terms. Not saved.
    pub fn new(code: &str, name: &str) -> Self {
        Customer {
            id: 0,
            code: code.into(),
            name: name.into(),
            kind: CustomerKind::Business,
            email: None,
            address: String::new(),
            siren: None,
            vat_number: None,
            payment_terms_days: None,
            dunning_profile: DunningProfile::Standard,
            language: "fr".into(),
            blocked: false,
            blocked_reason: None,
            credit_limit: None,
            collect_method: super::sepa::CollectMethod::Transfer,
        }
    }
}

/// Payment terms as typed: a number of days (0 to 60), or `default` (None) for the
/// company's terms.
pub fn parse_terms(text: &str) -> Result<Option<i64>, DomainError> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("default") {
        return Ok(None);
    }
    let days: i64 = t
        .parse()
        .map_err(|_| DomainError::Invalid(crate::t!("domain-terms-invalid", text = t)))?;
    validate_terms(days).map(Some)
}

/// The fields `customer add` and `customer edit` may set; None leaves a field as it is,
/// and an empty text clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct CustomerChange {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    pub terms: Option<String>,
    pub profile: Option<String>,
    pub language: Option<String>,
    /// An amount, or `none`.
    pub credit_limit: Option<String>,
    /// `direct-debit` or `transfer`.
    pub collect: Option<String>,
}

impl Customer {
    /// Applies a change, checking each field given.
    pub fn apply(&mut self, change: CustomerChange) -> Result<(), DomainError> {
        if let Some(n) = change.name {
            self.name = parse_name("--name", &n)?;
        }
        if let Some(k) = change.kind {
            self.kind = CustomerKind::parse(&k)?;
        }
        if let Some(e) = change.email {
            self.email = optional_text(&e).map(|e| parse_email(&e)).transpose()?;
        }
        if let Some(a) = change.address {
            self.address = parse_address(&a)?;
        }
        if let Some(s) = change.siren {
            self.siren = optional_text(&s).map(|s| validate_siren(&s)).transpose()?;
        }
        if let Some(v) = change.vat_number {
            self.vat_number = optional_text(&v).map(|v| parse_vat_number(&v)).transpose()?;
        }
        if let Some(t) = change.terms {
            self.payment_terms_days = parse_terms(&t)?;
        }
        if let Some(p) = change.profile {
            self.dunning_profile = DunningProfile::parse(&p)?;
        }
        if let Some(l) = change.language {
            self.language = parse_language(&l)?;
        }
        if let Some(limit) = change.credit_limit {
            self.credit_limit = super::credit_limit::parse_credit_limit(&limit)?;
        }
        if let Some(method) = change.collect {
            self.collect_method = super::sepa::CollectMethod::parse(&method)?;
        }
        check_vat_matches_siren(self.vat_number.as_deref(), self.siren.as_deref())?;
        Ok(())
    }

    /// Refuses new quotes and invoices (with why), or accepts them again.
    pub fn set_blocked(&mut self, blocked: bool, reason: Option<String>) {
        self.blocked = blocked;
        self.blocked_reason = if blocked { reason } else { None };
    }
}

/// A customer blocked or unblocked on a day, by hand or by the policy, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockChange {
    pub date: chrono::NaiveDate,
    pub blocked: bool,
    /// Made by the policy (`[dunning] block_at_notice`), not by `customer block|unblock`.
    pub automatic: bool,
    pub reason: Option<String>,
}

/// What `customer list` filters on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandingStatus {
    Ok,
    Late,
    Blocked,
}

impl StandingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            StandingStatus::Ok => "ok",
            StandingStatus::Late => "late",
            StandingStatus::Blocked => "blocked",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim() {
            "ok" => Ok(StandingStatus::Ok),
            "late" => Ok(StandingStatus::Late),
            "blocked" => Ok(StandingStatus::Blocked),
            other => Err(DomainError::Invalid(crate::t!(
                "domain-customer-status-unknown",
                status = other
            ))),
        }
    }
}

/// A customer's position on a day.
#[derive(Debug, Clone)]
pub struct Standing {
    pub customer: Customer,
    /// Open invoice balances minus unallocated payments.
    pub balance: Money,
    pub overdue: Money,
    /// Payments not allocated to any invoice.
    pub credit: Money,
    pub open_invoices: usize,
    pub max_days_late: i64,
    /// An overdue invoice was reminded at least once after its due date.
    pub in_dunning: bool,
    /// 3 or more invoices paid late or still late over the last 12 months.
    pub frequent_late_payer: bool,
    /// The payment score on the day, once the ledger has worked it out.
    pub score: Option<super::score::Score>,
}

impl Standing {
    /// A customer who owes nothing.
    pub fn clear(customer: Customer, zero: Money) -> Self {
        Standing {
            customer,
            balance: zero,
            overdue: zero,
            credit: zero,
            open_invoices: 0,
            max_days_late: 0,
            in_dunning: false,
            frequent_late_payer: false,
            score: None,
        }
    }

    /// ok, late or blocked: what `customer list` shows.
    pub fn status(&self) -> StandingStatus {
        if self.customer.blocked {
            StandingStatus::Blocked
        } else if self.overdue.is_positive() {
            StandingStatus::Late
        } else {
            StandingStatus::Ok
        }
    }
}

/// How a customer's standing reads at a glance (`customer list` colours it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// Nothing overdue (green).
    Clear,
    /// Something overdue, not yet reminded after its due date (orange).
    Late,
    /// In dunning (an overdue invoice reminded after its due date) or blocked (red).
    Alarm,
}

impl Standing {
    /// Red in dunning or blocked, orange when late, else green.
    pub fn signal(&self) -> Signal {
        if self.customer.blocked || self.in_dunning {
            Signal::Alarm
        } else if self.overdue.is_positive() {
            Signal::Late
        } else {
            Signal::Clear
        }
    }
}

/// Worst payers first: scored customers by points (then code), the new ones after them.
pub fn sort_worst_payers_first(standings: &mut [Standing]) {
    standings.sort_by(|a, b| {
        let key = |s: &Standing| {
            s.score
                .as_ref()
                .map(|x| (x.grade == super::score::Grade::New, x.points))
                .unwrap_or((true, 100))
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.customer.code.cmp(&b.customer.code))
    });
}

/// One line of a customer's account, with the running balance after it.
#[derive(Debug, Clone)]
pub struct HistoryLine {
    pub event: AccountEvent,
    pub balance: Money,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signal_is_red_in_dunning_or_blocked_orange_when_late_else_green() {
        let mut s = Standing::clear(Customer::new("ACME", "ACME SAS"), Money::eur(0));
        assert_eq!(s.signal(), Signal::Clear);
        s.balance = Money::eur(10_000);
        assert_eq!(s.signal(), Signal::Clear, "owing what is not due yet is fine");
        s.overdue = Money::eur(5_000);
        assert_eq!(s.signal(), Signal::Late);
        s.in_dunning = true;
        assert_eq!(s.signal(), Signal::Alarm);
        let mut blocked = Standing::clear(Customer::new("B", "B"), Money::eur(0));
        blocked.customer.blocked = true;
        assert_eq!(blocked.signal(), Signal::Alarm);
    }

    #[test]
    fn documents_are_in_english_only_for_an_english_customer() {
        assert_eq!(document_language("en"), "en");
        assert_eq!(document_language("EN"), "en");
        assert_eq!(document_language("fr"), "fr");
        assert_eq!(document_language(""), "fr");
        assert_eq!(document_language("de"), "fr");
    }

    #[test]
    fn codes_from_names() {
        assert_eq!(code_from_name("Société Générale", |_| false), "SOCIETEG");
        assert_eq!(code_from_name("Acme", |c| c == "ACME"), "ACME2");
        assert_eq!(code_from_name("Acme", |c| c == "ACME" || c == "ACME2"), "ACME3");
        assert_eq!(code_from_name("!!!", |_| false), "CLIENT");
    }

    #[test]
    fn terms_and_due_dates() {
        assert!(validate_terms(61).is_err());
        assert!(validate_terms(-1).is_err());
        assert_eq!(validate_terms(45).unwrap(), 45);
        let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(due_date(d, 30), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        assert_eq!(due_date(d, 0), d);
    }

    #[test]
    fn parses_enums() {
        assert_eq!(
            CustomerKind::parse("Particulier").unwrap(),
            CustomerKind::Individual
        );
        assert_eq!(
            DunningProfile::parse("late-payer").unwrap(),
            DunningProfile::LatePayer
        );
        assert!(DunningProfile::parse("gold").is_err());
        assert_eq!(parse_language("EN").unwrap(), "en");
        assert!(validate_code("AC ME").is_err());
    }

    #[test]
    fn a_change_checks_each_field_and_clears_empty_ones() {
        let mut c = Customer::new("ACME", "Acme");
        c.apply(CustomerChange {
            email: Some(" compta@acme.fr ".into()),
            vat_number: Some("fr 68 842130577".into()),
            terms: Some("45".into()),
            address: Some("1 rue A\\n75001 Paris".into()),
            ..CustomerChange::default()
        })
        .unwrap();
        assert_eq!(c.email.as_deref(), Some("compta@acme.fr"));
        assert_eq!(c.vat_number.as_deref(), Some("FR68842130577"));
        assert_eq!(c.payment_terms_days, Some(45));
        assert_eq!(c.address, "1 rue A\n75001 Paris");
        c.apply(CustomerChange {
            email: Some("".into()),
            terms: Some("default".into()),
            ..CustomerChange::default()
        })
        .unwrap();
        assert_eq!(c.email, None);
        assert_eq!(c.payment_terms_days, None);
        for bad in [
            CustomerChange {
                name: Some(" ".into()),
                ..CustomerChange::default()
            },
            CustomerChange {
                email: Some("compta acme.fr".into()),
                ..CustomerChange::default()
            },
            CustomerChange {
                email: Some("compta @acme.fr".into()),
                ..CustomerChange::default()
            },
            CustomerChange {
                terms: Some("61".into()),
                ..CustomerChange::default()
            },
            CustomerChange {
                terms: Some("trente".into()),
                ..CustomerChange::default()
            },
            CustomerChange {
                siren: Some("732829321".into()),
                ..CustomerChange::default()
            },
        ] {
            let before = c.clone();
            assert!(c.apply(bad.clone()).is_err(), "{bad:?}");
            assert_eq!(
                c, before,
                "a refused change leaves the customer as it was: {bad:?}"
            );
        }
    }

    #[test]
    fn the_status_puts_blocked_before_late() {
        let zero = Money::zero(crate::domain::money::Currency::EUR);
        let mut s = Standing::clear(Customer::new("A", "A"), zero);
        assert_eq!(s.status(), StandingStatus::Ok);
        s.overdue = Money::from_minor(100, zero.currency());
        assert_eq!(s.status(), StandingStatus::Late);
        s.customer.set_blocked(true, Some("litige".into()));
        assert_eq!(s.status(), StandingStatus::Blocked);
        s.customer.set_blocked(false, Some("ignored".into()));
        assert_eq!(s.customer.blocked_reason, None);
        assert_eq!(StandingStatus::parse("late").unwrap(), StandingStatus::Late);
        assert!(StandingStatus::parse("gold").is_err());
    }
}
