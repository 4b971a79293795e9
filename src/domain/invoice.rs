//! Invoices and credit notes: what a draft holds, and an issued document with the facts its status is derived from.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::exchange::ExchangeRate;
use super::money::{Currency, Money};

use super::document::Line;
use super::status::{InvoiceFacts, InvoiceView, invoice_view};

/// An invoice or credit note as `invoice show` presents it: the invoice, its lines and
/// the hold that stops its reminders, if one is active.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub invoice: Invoice,
    pub lines: Vec<Line>,
    pub hold: Option<super::hold::Hold>,
    /// The delivery notes and quotes it bills, with the lines that came from each.
    pub groups: Vec<super::delivery::LineGroup>,
}

/// What a draft holds before it is issued.
#[derive(Debug, Clone)]
pub struct Draft {
    pub customer_id: i64,
    pub series: String,
    pub payment_terms_days: i64,
    pub currency: Currency,
    pub prices_include_vat: bool,
    pub penalty_rate: Option<Decimal>,
    pub purchase_order: Option<String>,
    pub notes: Option<String>,
    pub offer_id: Option<i64>,
    pub lines: Vec<Line>,
    /// When the goods were delivered or the service done, if not on the issue date.
    pub delivery: Option<Delivery>,
    /// Where the goods go, when it is not the customer's address.
    pub delivery_address: Option<String>,
    /// A discount off the whole invoice, shared over its VAT rates.
    pub discount: Option<super::discount::Discount>,
    /// Paid by transfer, or collected by SEPA direct debit.
    pub collect: super::sepa::CollectMethod,
}

/// The day of delivery or of the service, or the period a service covers (a month of
/// consulting): a mention the 2026 rules make mandatory when it differs from the issue
/// date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    On(NaiveDate),
    Period(NaiveDate, NaiveDate),
}

impl Delivery {
    /// Reads `2026-03-15` or `2026-03-01..2026-03-31`.
    pub fn parse(text: &str) -> Result<Delivery, super::DomainError> {
        let day = |t: &str| super::parse_date("--delivered", t.trim());
        match text.split_once("..") {
            None => Ok(Delivery::On(day(text)?)),
            Some((from, to)) => {
                let (from, to) = (day(from)?, day(to)?);
                if to < from {
                    return Err(super::DomainError::Invalid(crate::t!(
                        "domain-delivered-period-reversed",
                        text = text
                    )));
                }
                Ok(Delivery::Period(from, to))
            }
        }
    }

    /// The first and last day (the same day for a delivery on one day).
    pub fn bounds(self) -> (NaiveDate, NaiveDate) {
        match self {
            Delivery::On(d) => (d, d),
            Delivery::Period(a, b) => (a, b),
        }
    }

    /// Back from its stored bounds.
    pub fn from_bounds(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<Delivery> {
        match (from, to) {
            (Some(a), Some(b)) if a != b => Some(Delivery::Period(a, b)),
            (Some(a), _) => Some(Delivery::On(a)),
            _ => None,
        }
    }
}

/// An invoice or credit note as stored, with what its status is derived from.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub id: i64,
    pub is_credit_note: bool,
    /// A deposit invoice (facture d'acompte) of a quote, Factur-X type 386.
    pub is_deposit: bool,
    pub series: String,
    pub number: Option<String>,
    pub customer_id: i64,
    pub customer_code: String,
    /// The name copied at issue, or the customer's current name for a draft.
    pub customer_name: String,
    pub customer_address: String,
    pub customer_siren: Option<String>,
    pub customer_vat_number: Option<String>,
    pub offer_number: Option<String>,
    pub credited_invoice_id: Option<i64>,
    pub credited_invoice_number: Option<String>,
    pub reason: Option<String>,
    pub issue_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub payment_terms_days: i64,
    pub currency: Currency,
    /// The rate to the accounting currency fixed at issue, when the invoice is in another
    /// currency (a credit note has its invoice's).
    pub exchange_rate: Option<ExchangeRate>,
    pub prices_include_vat: bool,
    pub penalty_rate: Option<Decimal>,
    pub purchase_order: Option<String>,
    pub notes: Option<String>,
    pub total_net: Money,
    pub total_vat: Money,
    pub total: Money,
    pub imported: bool,
    pub write_off_reason: Option<String>,
    pub delivery: Option<Delivery>,
    pub delivery_address: Option<String>,
    /// A discount off the whole invoice, shared over its VAT rates.
    pub discount: Option<super::discount::Discount>,
    pub collect: super::sepa::CollectMethod,
    /// Its latest SEPA collection: where it stands and the day the file was made.
    pub collection: Option<(super::sepa::CollectionState, NaiveDate)>,
    pub facts: InvoiceFacts,
    /// Numbers of the credit notes against this invoice.
    pub credit_notes: Vec<String>,
}

impl Invoice {
    pub fn view(&self, as_of: NaiveDate) -> InvoiceView {
        let mut view = invoice_view(&self.facts, as_of);
        if self.is_credit_note {
            // a credit note owes nothing: it is never late and has no balance
            view.balance = Money::zero(self.currency);
            view.days_late = 0;
        }
        view
    }

    /// Whether the invoice was issued by `day`: what a view as of that day may show
    /// (drafts are shown as they are now).
    pub fn known_on(&self, day: NaiveDate) -> bool {
        self.issue_date.is_none_or(|d| d <= day)
    }

    /// An amount of this invoice in the accounting currency, at the rate fixed at issue
    /// (unchanged when the invoice is in the accounting currency).
    pub fn in_accounting(&self, amount: Money) -> Money {
        self.exchange_rate.map_or(amount, |r| r.to_accounting(amount))
    }

    /// The status word shown on `as_of`: `pending_collection` while a SEPA collection of
    /// an open invoice waits for its money, else the derived status.
    pub fn status_word(&self, as_of: NaiveDate) -> &'static str {
        let view = self.view(as_of);
        let collecting = matches!(
            self.collection,
            Some((super::sepa::CollectionState::Pending, since)) if since <= as_of
        );
        if collecting && view.status.is_open() {
            "pending_collection"
        } else {
            view.status.as_str()
        }
    }

    /// The number if issued, else `draft #ID`: how errors name it.
    pub fn label(&self) -> String {
        self.number
            .clone()
            .unwrap_or_else(|| format!("draft #{}", self.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_delivery_is_a_day_or_a_period() {
        assert_eq!(
            Delivery::parse("2026-03-15").unwrap(),
            Delivery::On(day("2026-03-15"))
        );
        assert_eq!(
            Delivery::parse("2026-03-01..2026-03-31").unwrap(),
            Delivery::Period(day("2026-03-01"), day("2026-03-31"))
        );
        assert!(Delivery::parse("2026-03-31..2026-03-01").is_err());
        assert!(Delivery::parse("mars").is_err());
        let p = Delivery::Period(day("2026-03-01"), day("2026-03-31"));
        assert_eq!(
            Delivery::from_bounds(Some(p.bounds().0), Some(p.bounds().1)),
            Some(p)
        );
        let d = Delivery::On(day("2026-03-15"));
        assert_eq!(
            Delivery::from_bounds(Some(d.bounds().0), Some(d.bounds().1)),
            Some(d)
        );
        assert_eq!(Delivery::from_bounds(None, None), None);
    }
}
