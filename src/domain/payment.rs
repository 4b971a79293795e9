//! Payments received from customers, and the part of each allocated to invoices.

use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub id: i64,
    pub customer_id: i64,
    pub customer_code: String,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub method: String,
    pub reference: Option<String>,
    /// Invoice numbers and the part of the payment each holds now.
    pub allocations: Vec<(String, Decimal)>,
}

impl Payment {
    /// What is not allocated to any invoice: the customer's credit.
    pub fn unallocated(&self) -> Decimal {
        self.amount - self.allocations.iter().map(|a| a.1).sum::<Decimal>()
    }
}
