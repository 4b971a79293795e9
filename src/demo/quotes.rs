//! The demo's quotes at the end of its year: open ones (one with discounts), one declined,
//! one expired, and a project accepted with a deposit (its mail scheduled) whose final
//! invoice waits.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::{DemoSummary, Dice, day_plus, demo_lines};
use crate::domain::deposit::DepositAsk;
use crate::domain::discount::Discount;
use crate::domain::document::LineSpec;
use crate::error::Result;
use crate::ops::Ledger;
use crate::ops::offer::{AcceptOffer, FinalInvoice, NewOffer};

/// Quotes still open, one declined, one expired.
pub(super) fn open_quotes(
    ledger: &mut Ledger,
    dice: &mut Dice,
    as_of: NaiveDate,
    summary: &mut DemoSummary,
) -> Result<()> {
    for (i, code) in ["TILLEULS", "ROUSSEAU", "MOREAU", "BONNET"].iter().enumerate() {
        let mut lines = demo_lines(dice);
        // the first open quote shows both discounts: one off a line, 5 % off the whole
        let discount = (i == 0).then_some(Discount::Percent(Decimal::from(5)));
        if i == 0 {
            lines.push(LineSpec::Product {
                sku: "GUIDE".into(),
                quantity: Decimal::from(10),
                discount: Some(Discount::Percent(Decimal::from(10))),
            });
        }
        let (on, valid) = match i {
            3 => (as_of.checked_sub_days(Days::new(75)).unwrap_or(as_of), 30),
            _ => (
                as_of
                    .checked_sub_days(Days::new(5 + 7 * i as u64))
                    .unwrap_or(as_of),
                30,
            ),
        };
        let quote = ledger.create_offer(
            &NewOffer {
                customer: code.to_string(),
                lines,
                series: None,
                date: on,
                valid_until: Some(day_plus(on, valid)),
                prices_include_vat: false,
                notes: None,
                discount,
                force: false,
            },
            on,
        )?;
        summary.quotes += 1;
        if i == 2 {
            ledger.decline_offer(&quote.offer.number, as_of)?;
        }
    }
    Ok(())
}

/// A development project accepted today with a 30 % deposit (a deposit invoice, issued);
/// its final invoice, which deducts the deposit, is a draft until the work is delivered.
pub(super) fn project_with_deposit(
    ledger: &mut Ledger,
    as_of: NaiveDate,
    summary: &mut DemoSummary,
) -> Result<()> {
    let on = as_of.checked_sub_days(Days::new(12)).unwrap_or(as_of);
    let quote = ledger.create_offer(
        &NewOffer {
            customer: "FONTAINE".into(),
            lines: vec![
                LineSpec::Product {
                    sku: "DEV-JOUR".into(),
                    quantity: Decimal::from(8),
                    discount: None,
                },
                LineSpec::Product {
                    sku: "FORM".into(),
                    quantity: Decimal::ONE,
                    discount: None,
                },
            ],
            series: None,
            date: on,
            valid_until: Some(day_plus(on, 30)),
            prices_include_vat: false,
            notes: Some("Refonte du site, livraison en deux étapes".into()),
            discount: None,
            force: false,
        },
        on,
    )?;
    summary.quotes += 1;
    let quote_number = quote.offer.number;
    let deposit = ledger.accept_offer(
        &AcceptOffer {
            reference: quote_number.clone(),
            series: None,
            issue_on: Some(as_of),
            deposit: Some(DepositAsk::Percent(Decimal::from(30))),
            force: false,
        },
        as_of,
    )?;
    summary.invoices += 1;
    // mailed on the next working morning by `creances daily`
    let number = deposit.invoice.number.clone().unwrap_or_default();
    ledger.schedule_send(&number, day_plus(as_of, 3), as_of)?;
    ledger.final_invoice(
        &FinalInvoice {
            reference: quote_number,
            series: None,
            issue_on: None,
            force: false,
        },
        as_of,
    )?;
    Ok(())
}
