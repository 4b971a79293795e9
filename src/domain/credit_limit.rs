//! Credit control: a new quote or invoice is refused when it would take the customer's
//! open balance over its credit limit, or when the customer's payment score is under the
//! policy's floor (a customer still "new" is never refused on its score).

use rust_decimal::Decimal;

use super::DomainError;
use super::money::{Money, parse_amount};
use super::score::{Grade, Score, ScorePolicy};

/// `--credit-limit` as typed: an amount of 0 or more, or `none` for no limit.
pub fn parse_credit_limit(text: &str) -> Result<Option<Decimal>, DomainError> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let limit = parse_amount("--credit-limit", t)?;
    if limit.is_sign_negative() && !limit.is_zero() {
        return Err(DomainError::Invalid(crate::t!(
            "domain-credit-limit-negative",
            text = t
        )));
    }
    Ok(Some(limit))
}

/// Why a new document is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditBreach {
    /// The open balance plus the document would be over the credit limit.
    OverLimit,
    /// The payment score is under the policy's floor.
    BelowFloor,
}

/// What a new document would do to a customer's credit, with the figures a refusal shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditCheck {
    /// Open invoice balances minus unallocated payments, before the document.
    pub balance: Money,
    /// The document's total.
    pub document: Money,
    pub limit: Option<Money>,
    pub points: u8,
    pub grade: Grade,
    pub floor: Option<Decimal>,
    /// Empty: the document may go ahead.
    pub breaches: Vec<CreditBreach>,
}

/// Would a document of `document` breach the customer's limit, or is its score under the
/// floor? Reaching the limit exactly is allowed; a document of nothing never breaches it.
pub fn credit_check(
    balance: Money,
    document: Money,
    limit: Option<Money>,
    score: &Score,
    policy: &ScorePolicy,
) -> CreditCheck {
    let mut breaches = Vec::new();
    if limit.is_some_and(|l| document.is_positive() && balance + document > l) {
        breaches.push(CreditBreach::OverLimit);
    }
    if score.below_floor(policy) {
        breaches.push(CreditBreach::BelowFloor);
    }
    CreditCheck {
        balance,
        document,
        limit,
        points: score.points,
        grade: score.grade,
        floor: policy.floor,
        breaches,
    }
}

impl CreditCheck {
    pub fn refused(&self) -> bool {
        !self.breaches.is_empty()
    }

    /// The refusal in the user's words: what is breached, the balance, the limit, the
    /// score, and how to go ahead.
    pub fn refusal(&self, customer: &str, what: &str) -> String {
        let reasons: Vec<String> = self
            .breaches
            .iter()
            .map(|b| match b {
                CreditBreach::OverLimit => crate::t!(
                    "domain-credit-over-limit",
                    what = what,
                    document = with_currency(self.document),
                    balance = with_currency(self.balance + self.document)
                ),
                CreditBreach::BelowFloor => crate::t!(
                    "domain-credit-below-floor",
                    floor = self.floor.unwrap_or_default().to_string()
                ),
            })
            .collect();
        let limit = self
            .limit
            .map_or_else(|| crate::t!("domain-credit-no-limit"), with_currency);
        let score = match self.grade {
            Grade::New => crate::t!("domain-credit-new-score"),
            g => format!("{}/100 ({})", self.points, g.as_str()),
        };
        crate::t!(
            "domain-credit-refusal",
            customer = customer,
            reasons = reasons.join(&format!("; {} ", crate::t!("domain-credit-and"))),
            balance = with_currency(self.balance),
            limit = limit,
            score = score,
            what = what
        )
    }

    /// The refusal in a few words, for a listing: what is breached, with the figures.
    pub fn brief(&self) -> String {
        self.breaches
            .iter()
            .map(|b| match b {
                CreditBreach::OverLimit => format!(
                    "balance {} + {} over the credit limit of {}",
                    self.balance,
                    self.document,
                    self.limit.map_or("none".to_string(), |l| l.to_string())
                ),
                CreditBreach::BelowFloor => format!(
                    "score {}/100 under the floor of {}",
                    self.points,
                    self.floor.unwrap_or_default()
                ),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn with_currency(m: Money) -> String {
    format!("{} {}", crate::i18n::number(&m.to_string()), m.currency())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(points: u8, grade: Grade) -> Score {
        Score {
            points,
            grade,
            factors: Vec::new(),
        }
    }

    fn floor(f: i64) -> ScorePolicy {
        ScorePolicy {
            floor: Some(Decimal::from(f)),
            ..ScorePolicy::default()
        }
    }

    const GOOD: Score = Score {
        points: 100,
        grade: Grade::A,
        factors: Vec::new(),
    };

    #[test]
    fn a_document_that_takes_the_balance_over_the_limit_is_refused() {
        let c = credit_check(
            Money::eur(900_000),
            Money::eur(120_001),
            Some(Money::eur(1_020_000)),
            &GOOD,
            &ScorePolicy::default(),
        );
        assert_eq!(c.breaches, vec![CreditBreach::OverLimit]);
    }

    #[test]
    fn reaching_the_limit_exactly_is_allowed() {
        let c = credit_check(
            Money::eur(900_000),
            Money::eur(120_000),
            Some(Money::eur(1_020_000)),
            &GOOD,
            &ScorePolicy::default(),
        );
        assert!(!c.refused());
    }

    #[test]
    fn no_limit_means_any_balance() {
        let c = credit_check(
            Money::eur(900_000_000),
            Money::eur(120_000),
            None,
            &GOOD,
            &ScorePolicy::default(),
        );
        assert!(!c.refused());
    }

    #[test]
    fn a_document_of_nothing_never_breaches_the_limit_even_when_already_over() {
        let c = credit_check(
            Money::eur(2_000_000),
            Money::eur(0),
            Some(Money::eur(1_000_000)),
            &GOOD,
            &ScorePolicy::default(),
        );
        assert!(!c.refused());
    }

    #[test]
    fn a_credit_in_the_customers_favour_counts_against_the_document() {
        let c = credit_check(
            Money::eur(-50_000),
            Money::eur(150_000),
            Some(Money::eur(100_000)),
            &GOOD,
            &ScorePolicy::default(),
        );
        assert!(!c.refused());
    }

    #[test]
    fn a_zero_limit_refuses_any_new_amount() {
        let c = credit_check(
            Money::eur(0),
            Money::eur(1),
            Some(Money::eur(0)),
            &GOOD,
            &ScorePolicy::default(),
        );
        assert_eq!(c.breaches, vec![CreditBreach::OverLimit]);
    }

    #[test]
    fn a_score_under_the_floor_is_refused_and_at_the_floor_is_not() {
        let under = credit_check(
            Money::eur(0),
            Money::eur(100),
            None,
            &scored(39, Grade::D),
            &floor(40),
        );
        assert_eq!(under.breaches, vec![CreditBreach::BelowFloor]);
        let at = credit_check(
            Money::eur(0),
            Money::eur(100),
            None,
            &scored(40, Grade::C),
            &floor(40),
        );
        assert!(!at.refused());
    }

    #[test]
    fn a_new_customer_is_never_refused_on_its_score() {
        let c = credit_check(
            Money::eur(0),
            Money::eur(100),
            None,
            &scored(0, Grade::New),
            &floor(40),
        );
        assert!(!c.refused());
    }

    #[test]
    fn no_floor_means_any_score() {
        let c = credit_check(
            Money::eur(0),
            Money::eur(100),
            None,
            &scored(0, Grade::E),
            &ScorePolicy::default(),
        );
        assert!(!c.refused());
    }

    #[test]
    fn both_breaches_are_named_with_balance_limit_score_and_force() {
        let c = credit_check(
            Money::eur(900_000),
            Money::eur(200_000),
            Some(Money::eur(1_000_000)),
            &scored(12, Grade::E),
            &floor(40),
        );
        assert_eq!(
            c.breaches,
            vec![CreditBreach::OverLimit, CreditBreach::BelowFloor]
        );
        let m = c.refusal("ACME", "invoice");
        for part in [
            "this invoice of 2,000.00 EUR would take its open balance to 11,000.00 EUR",
            "under the floor of 40",
            "Open balance 9,000.00 EUR",
            "credit limit 10,000.00 EUR",
            "score 12/100 (E)",
            "--force",
        ] {
            assert!(m.contains(part), "{part} missing from: {m}");
        }
    }

    #[test]
    fn credit_limits_are_amounts_of_zero_or_more_or_none() {
        assert_eq!(parse_credit_limit("10000").unwrap(), Some(Decimal::from(10000)));
        assert_eq!(
            parse_credit_limit("1 500,50").unwrap(),
            Some(Decimal::new(150050, 2))
        );
        assert_eq!(parse_credit_limit("0").unwrap(), Some(Decimal::ZERO));
        assert_eq!(parse_credit_limit("None").unwrap(), None);
        assert!(parse_credit_limit("-1").is_err());
        assert!(parse_credit_limit("lots").is_err());
        assert!(parse_credit_limit("10.001").is_err());
    }
}
