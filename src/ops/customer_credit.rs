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
                        return invalid(format!(
                            "{} is an invoice of {}, not of {}: apply {}'s credit to one of its own invoices",
                            invoice.label(),
                            invoice.customer_code,
                            customer.code,
                            customer.code
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
                return invalid(format!(
                    "customer {} has no credit on {} to apply (credit comes from an overpayment or a credit note on a paid invoice)",
                    customer.code, request.date
                ));
            }
            let applied = apply_customer_credit(tx, &customer, only, request.date)?;
            if applied.is_empty() {
                return invalid(format!(
                    "customer {} has a credit of {credit_before} but no open invoice issued on or before {} to apply it to",
                    customer.code, request.date
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
