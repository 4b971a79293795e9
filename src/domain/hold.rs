//! Disputed invoices put on hold: no reminder while the hold lasts.

use chrono::NaiveDate;

/// An active or past hold on an invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct Hold {
    pub invoice_id: i64,
    pub reason: String,
    pub since: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl Hold {
    pub fn is_active(&self, as_of: NaiveDate) -> bool {
        self.since <= as_of && self.until.is_none_or(|u| as_of <= u)
    }
}
