//! A customer's credit (an overpayment, a payment freed by a credit note) applied to its
//! open invoices: `payment apply`.

use chrono::NaiveDate;

use super::Ledger;
use super::invoice::{check_after_issue, check_open, issued_invoice};
use super::payment::{apply_customer_credit, credit_of};
use crate::domain::payment::CreditApplied;
use crate::error::{Result, invalid};

/// `payment apply`: whose credit, on which invoice (default: the oldest first), on which day.
#[derive(Debug, Clone)]
pub struct ApplyCredit {
    pub customer: String,
    pub invoice: Option<String>,
    pub date: NaiveDate,
}

impl Ledger {
    /// Applies a customer's credit (overpayments, payments freed by credit notes) to its
    /// open invoices, oldest first, or to one of them; refuses when there is nothing to
    /// apply or nothing to apply it to.
    pub fn apply_credit(&mut self, request: &ApplyCredit) -> Result<CreditApplied> {
        self.write(|tx| {
            let customer = crate::store::customer::by_code(tx, &request.customer)?;
            let only = match &request.invoice {
                Some(reference) => {
                    let invoice = issued_invoice(tx, reference, "paid")?;
                    if invoice.customer_id != customer.id {
                        return invalid(crate::t!(
                            "ops-credit-other-customer",
                            invoice = invoice.label(),
                            owner = invoice.customer_code.as_str(),
                            code = customer.code.as_str()
                        ));
                    }
                    check_open(&invoice, "paid")?;
                    check_after_issue(&invoice, request.date, "applying credit")?;
                    Some(invoice.id)
                }
                None => None,
            };
            let credit_before = credit_of(tx, &customer, request.date)?;
            if !credit_before.is_positive() {
                return invalid(crate::t!(
                    "ops-credit-none",
                    code = customer.code.as_str(),
                    date = request.date.to_string()
                ));
            }
            let applied = apply_customer_credit(tx, &customer, only, request.date)?;
            if applied.is_empty() {
                return invalid(crate::t!(
                    "ops-credit-no-open-invoice",
                    code = customer.code.as_str(),
                    credit = credit_before.to_string(),
                    date = request.date.to_string()
                ));
            }
            let credit_left = credit_of(tx, &customer, request.date)?;
            Ok(CreditApplied {
                customer_code: customer.code.clone(),
                date: request.date,
                credit_before,
                applied,
                credit_left,
            })
        })
    }
}
