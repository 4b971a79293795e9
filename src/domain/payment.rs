//! Payments received from customers, and the part of each allocated to invoices.

use super::money::Money;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub id: i64,
    pub customer_id: i64,
    pub customer_code: String,
    pub date: NaiveDate,
    pub amount: Money,
    pub method: String,
    pub reference: Option<String>,
    /// Invoice numbers and the part of the payment each holds now.
    pub allocations: Vec<(String, Money)>,
}

impl Payment {
    /// What is not allocated to any invoice: the customer's credit.
    pub fn unallocated(&self) -> Money {
        self.amount - Money::sum(self.allocations.iter().map(|a| a.1), self.amount.currency())
    }
}
