//! Invoices and credit notes: what a draft holds, and an issued document with the facts its status is derived from.

use chrono::NaiveDate;
use rust_decimal::Decimal;

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
}

/// An invoice or credit note as stored, with what its status is derived from.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub id: i64,
    pub is_credit_note: bool,
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
    pub prices_include_vat: bool,
    pub penalty_rate: Option<Decimal>,
    pub purchase_order: Option<String>,
    pub notes: Option<String>,
    pub total_net: Money,
    pub total_vat: Money,
    pub total: Money,
    pub imported: bool,
    pub write_off_reason: Option<String>,
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

    /// The number if issued, else `draft #ID`: how errors name it.
    pub fn label(&self) -> String {
        self.number
            .clone()
            .unwrap_or_else(|| format!("draft #{}", self.id))
    }
}
