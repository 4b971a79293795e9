//! The last weeks of the demo: quotes still open (one declined, one expired), deliveries
//! to a customer grouped into one recap invoice (one left to invoice), and a customer who
//! pays by SEPA direct debit under a signed mandate, its hosting a monthly subscription
//! from next month (edited once: a new price from its seventh month).

use chrono::{Datelike, Days, NaiveDate};

use super::{DemoSummary, Dice, Habit, day_plus, demo_lines};
use crate::domain::customer::{Customer, CustomerChange};
use crate::domain::document::LineSpec;
use crate::domain::recurring::Frequency;
use crate::domain::sepa::MandateKind;
use crate::error::Result;
use crate::ops::Ledger;
use crate::ops::delivery::{Deliveries, GroupInvoice, NewDelivery};
use crate::ops::invoice::{DraftFields, NewInvoice};
use crate::ops::offer::NewOffer;
use crate::ops::recurring::{NewSubscription, SubscriptionEdit};
use crate::ops::sepa::NewMandate;

fn catalogue(sku: &str, quantity: i64) -> LineSpec {
    LineSpec::Product {
        sku: sku.into(),
        quantity: quantity.into(),
        discount: None,
    }
}

fn ago(as_of: NaiveDate, days: u64) -> NaiveDate {
    as_of.checked_sub_days(Days::new(days)).unwrap_or(as_of)
}

pub(super) fn populate(
    ledger: &mut Ledger,
    as_of: NaiveDate,
    customers: &[(Customer, Habit)],
    dice: &mut Dice,
    summary: &mut DemoSummary,
) -> Result<()> {
    // quotes still open, one declined, one expired
    for (i, code) in ["TILLEULS", "ROUSSEAU", "MOREAU", "BONNET"].iter().enumerate() {
        let customer = &customers
            .iter()
            .find(|(c, _)| c.code == *code)
            .unwrap_or(&customers[0])
            .0;
        let lines = demo_lines(dice);
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
                customer: customer.code.clone(),
                lines,
                series: None,
                date: on,
                valid_until: Some(day_plus(on, valid)),
                prices_include_vat: false,
                notes: None,
                discount: None,
                force: false,
            },
            on,
        )?;
        summary.quotes += 1;
        if i == 2 {
            ledger.decline_offer(&quote.offer.number, as_of)?;
        }
    }

    // three deliveries to TRANSLEF: the first two billed in one recap invoice today, the
    // last one waiting for the next
    for (days, sku, qty) in [(20, "GUIDE", 12), (12, "FORM", 2), (4, "GUIDE", 6)] {
        ledger.create_delivery(
            &NewDelivery {
                customer: "TRANSLEF".into(),
                lines: vec![catalogue(sku, qty)],
                date: ago(as_of, days),
                notes: None,
            },
            as_of,
        )?;
    }
    ledger.group_invoice(
        &GroupInvoice {
            customer: "TRANSLEF".into(),
            deliveries: Deliveries::Until(ago(as_of, 10)),
            series: None,
            issue_on: Some(as_of),
            force: false,
        },
        as_of,
    )?;
    summary.invoices += 1;

    // TILLEULS pays by direct debit from now on: its mandate, and today's invoice
    ledger.edit_customer(
        "TILLEULS",
        CustomerChange {
            collect: Some("direct-debit".into()),
            ..Default::default()
        },
    )?;
    ledger.add_mandate(
        &NewMandate {
            customer: "TILLEULS".into(),
            iban: "FR1420041010050500013M02606".into(),
            bic: "PSSTFRPPPAR".into(),
            reference: "RUM-TILLEULS-001".into(),
            signed_on: ago(as_of, 60),
            kind: MandateKind::Recurrent,
        },
        as_of,
    )?;
    let fields = DraftFields {
        lines: vec![catalogue("HEBERG", 1)],
        ..Default::default()
    };
    ledger.create_invoice(
        &NewInvoice {
            customer: "TILLEULS".into(),
            fields,
            issue_on: Some(as_of),
            force: false,
            rate: None,
        },
        as_of,
    )?;
    summary.invoices += 1;

    // from next month its hosting is a subscription, issued each month (so collected by
    // direct debit like the rest), twelve months; edited today: dearer from month seven.
    // Nothing is billed before next month: the demo's figures stay as they are.
    let start = as_of
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .unwrap_or(as_of);
    let subscription = ledger.add_subscription(
        &NewSubscription {
            customer: "TILLEULS".into(),
            every: Frequency::Month,
            start,
            day_of_month: None,
            end: None,
            count: None,
            lines: vec![LineSpec::parse("Hébergement mensuel;1;55;20")?],
            indexations: vec![],
            issue: true,
            send: false,
            force: false,
        },
        as_of,
    )?;
    let dearer = LineSpec::parse("Hébergement et sauvegarde;1;65;20")?;
    ledger.edit_subscription(
        subscription.schedule.id,
        &SubscriptionEdit {
            lines: vec![dearer],
            from: start.checked_add_months(chrono::Months::new(6)),
            count: Some(12),
            ..Default::default()
        },
        as_of,
    )?;
    Ok(())
}
