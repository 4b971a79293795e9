//! The receipt mailed for a payment of an invoice.

use chrono::NaiveDate;

use super::Ledger;
use super::invoice::Paid;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::mailer::{Mailer, Outgoing};
use crate::render::mail::{Templates, language_of};
use crate::render::mail_context::{ReceiptFacts, receipt_context};
use crate::store::company;
use crate::store::customer as customers;

/// A receipt handed over: to whom, and how.
#[derive(Debug, Clone)]
pub struct ReceiptSent {
    pub to: String,
    /// The transport, as the mailer describes it.
    pub via: String,
}

impl Ledger {
    /// Mails the receipt of a recorded payment (`paid`, made on `paid_on`). Every failure
    /// is `Failed`: the payment itself is already committed.
    pub fn send_receipt(&mut self, config: &Config, paid: &Paid, paid_on: NaiveDate) -> Result<ReceiptSent> {
        self.receipt(config, paid, paid_on)
            .map_err(|e| Error::failed(e.to_string()))
    }

    fn receipt(&mut self, config: &Config, paid: &Paid, paid_on: NaiveDate) -> Result<ReceiptSent> {
        let invoice = &paid.sheet.invoice;
        let (company, customer) =
            self.read(|tx| Ok((company::get(tx)?, customers::by_id(tx, invoice.customer_id)?)))?;
        let Some(to) = customer.email.clone() else {
            return Err(Error::failed(crate::t!(
                "ops-customer-no-email",
                code = customer.code.as_str()
            )));
        };
        let templates = Templates::load(&|name, lang| config.template_override(name, lang))?;
        let mailer = Mailer::new(&config.mail, &company, self.path(), self.files())?;
        let lang = language_of(&customer.language);
        let facts = ReceiptFacts {
            invoice,
            balance: invoice.view(super::END_OF_TIME).balance,
            amount: paid.amount,
            paid_on,
        };
        let context = receipt_context(&company, &customer, &facts, lang);
        let (subject, body) = templates.render("receipt", lang, &context)?;
        let message_id = mailer.message_id(&format!(
            "creances.receipt.{}.{}",
            invoice.label(),
            paid.payment_id
        ));
        let message = Outgoing {
            to: to.clone(),
            to_name: customer.name.clone(),
            subject,
            body,
            message_id,
        };
        mailer.send(&message).map_err(Error::failed)?;
        Ok(ReceiptSent {
            to,
            via: mailer.describe(),
        })
    }
}
