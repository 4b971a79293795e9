//! Quotes (devis): their status on a given day.

use super::money::Money;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Open,
    Expired,
    Accepted,
    Declined,
}

impl OfferStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Open => "open",
            OfferStatus::Expired => "expired",
            OfferStatus::Accepted => "accepted",
            OfferStatus::Declined => "declined",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            OfferStatus::Open,
            OfferStatus::Expired,
            OfferStatus::Accepted,
            OfferStatus::Declined,
        ]
        .into_iter()
        .find(|s| s.as_str() == text.trim().to_ascii_lowercase())
    }
}

/// What a quote's decision (stored) and validity date make of it on `as_of`.
pub fn offer_status(decision: Option<&str>, valid_until: NaiveDate, as_of: NaiveDate) -> OfferStatus {
    match decision {
        Some("accepted") => OfferStatus::Accepted,
        Some("declined") => OfferStatus::Declined,
        _ if as_of > valid_until => OfferStatus::Expired,
        _ => OfferStatus::Open,
    }
}

/// How long a quote can be accepted when its date alone is given.
pub const DEFAULT_VALIDITY_DAYS: u64 = 30;

/// The last day a quote dated `date` can be accepted, unless it says otherwise.
pub fn default_valid_until(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(DEFAULT_VALIDITY_DAYS))
        .unwrap_or(date)
}

/// A quote with its lines, as `offer show` presents it.
#[derive(Debug, Clone)]
pub struct OfferSheet {
    pub offer: Offer,
    pub lines: Vec<super::document::Line>,
}

#[derive(Debug, Clone)]
pub struct Offer {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer_code: String,
    pub customer_name: String,
    pub issue_date: NaiveDate,
    pub valid_until: NaiveDate,
    pub prices_include_vat: bool,
    pub total_net: Money,
    pub total_vat: Money,
    pub total: Money,
    pub decision: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub notes: Option<String>,
    /// The invoice made from it, by number or draft id.
    pub invoice: Option<String>,
    /// A discount off the whole quote, carried to its invoice.
    pub discount: Option<super::discount::Discount>,
}

impl Offer {
    pub fn status(&self, as_of: NaiveDate) -> OfferStatus {
        offer_status(self.decision.as_deref(), self.valid_until, as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_expires_after_its_validity_date() {
        let until = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(offer_status(None, until, until), OfferStatus::Open);
        assert_eq!(
            offer_status(None, until, until.succ_opt().unwrap()),
            OfferStatus::Expired
        );
        assert_eq!(
            offer_status(Some("accepted"), until, until.succ_opt().unwrap()),
            OfferStatus::Accepted
        );
        assert_eq!(
            offer_status(Some("declined"), until, until),
            OfferStatus::Declined
        );
        assert_eq!(OfferStatus::parse("expired"), Some(OfferStatus::Expired));
    }
}
