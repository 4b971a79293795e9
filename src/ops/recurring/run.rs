//! `recurring run`: every period due is billed once (the database refuses a second
//! invoice for a period), oldest first across schedules so numbers follow dates; then
//! the invoices of `--send` schedules not mailed yet are mailed, one by one.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::Transaction;

use crate::config::Config;
use crate::domain::customer::Customer;
use crate::domain::document::compute_totals;
use crate::domain::invoice::{Delivery, Draft};
use crate::domain::money::Money;
use crate::domain::numbering::{INVOICE_SERIES, catch_up_issue_date};
use crate::domain::recurring::{
    BlockedPeriods, Period, PeriodInvoice, PeriodSend, RecurringReport, RefusedPeriod, Schedule,
};
use crate::error::{ErrorKind, Result};
use crate::ops::Ledger;
use crate::ops::credit_control::{Clearance, credit_refusal};
use crate::ops::documents::{Settings, send_invoice};
use crate::ops::dunning::RunLock;
use crate::ops::invoice::{create_draft, issue_cleared};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::invoice as invoices;
use crate::store::recurring as store;

/// The periods due on `as_of`, oldest first across schedules, and the blocked ones.
struct Due {
    periods: Vec<(Schedule, Customer, Period)>,
    blocked: Vec<BlockedPeriods>,
}

fn due(tx: &Transaction, as_of: NaiveDate, force: bool) -> Result<Due> {
    let mut periods = Vec::new();
    let mut blocked = Vec::new();
    for schedule in store::all(tx)? {
        let due = schedule.due(as_of);
        if due.is_empty() {
            continue;
        }
        let customer = customers::by_id(tx, schedule.customer_id)?;
        if customer.blocked && !force {
            blocked.push(BlockedPeriods {
                schedule_id: schedule.id,
                customer_code: customer.code.clone(),
                periods: due,
            });
            continue;
        }
        periods.extend(due.into_iter().map(|p| (schedule.clone(), customer.clone(), p)));
    }
    periods.sort_by_key(|(s, _, p)| (p.start, s.id, p.index));
    Ok(Due { periods, blocked })
}

/// The invoices of `--send` schedules that are issued and were never sent, in number order.
fn unsent(tx: &Transaction) -> Result<Vec<PeriodSend>> {
    let mut out = Vec::new();
    for schedule in store::all(tx)?.into_iter().filter(|s| s.send) {
        for id in schedule.billed.iter().filter_map(|b| b.invoice_id) {
            let inv = invoices::find(tx, &format!("#{id}"))?;
            if inv.number.is_some() && inv.facts.sent_on.is_none() {
                out.push((
                    inv.id,
                    PeriodSend {
                        invoice: inv.label(),
                        customer_code: schedule.customer_code.clone(),
                        error: None,
                    },
                ));
            }
        }
    }
    out.sort_by_key(|(id, _)| *id);
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

impl Ledger {
    /// Bills every period due on `as_of` (blocked customers, and periods credit control
    /// refuses, only with `force`), then mails
    /// what `--send` schedules have not mailed yet. With `dry_run`, says the same and
    /// changes nothing.
    pub fn recurring_run(
        &mut self,
        config: &Config,
        as_of: NaiveDate,
        dry_run: bool,
        force: bool,
    ) -> Result<RecurringReport> {
        // credit control as for `invoice create`: the limit and the score floor
        let clearance = Clearance {
            force,
            as_of,
            policy: std::borrow::Cow::Borrowed(&config.score),
        };
        // checked once per period, before its draft: issuing it asks nothing more
        let cleared = Clearance {
            force: true,
            ..clearance.clone()
        };
        if dry_run {
            return self.read(|tx| {
                let currency = company::get(tx)?.currency;
                let due = due(tx, as_of, force)?;
                let mut sends = unsent(tx)?;
                let mut invoices = Vec::with_capacity(due.periods.len());
                let mut refused = Vec::new();
                // what the run would have issued already for each customer, which its
                // credit limit counts as the real run's ledger would
                let mut issued_before: HashMap<i64, Money> = HashMap::new();
                for (s, customer, p) in &due.periods {
                    let lines = s.lines_on(p.start);
                    let total = compute_totals(&lines, None, false, currency).total;
                    let before = issued_before
                        .get(&customer.id)
                        .copied()
                        .unwrap_or(Money::zero(currency));
                    if let Some(check) = credit_refusal(tx, customer, before + total, &clearance)? {
                        refused.push(refusal(s, customer, p, &check.brief()));
                        continue;
                    }
                    if s.issue {
                        issued_before.insert(customer.id, before + total);
                    }
                    if s.send {
                        sends.push(PeriodSend {
                            invoice: String::new(),
                            customer_code: customer.code.clone(),
                            error: None,
                        });
                    }
                    invoices.push(PeriodInvoice {
                        schedule_id: s.id,
                        customer_code: customer.code.clone(),
                        period: *p,
                        invoice: String::new(),
                        total,
                        issued: s.issue,
                        not_issued: None,
                    });
                }
                Ok(RecurringReport {
                    as_of,
                    dry_run,
                    invoices,
                    blocked: due.blocked,
                    refused,
                    sends,
                })
            });
        }
        // one run at a time: a second run waits, then finds every period billed and
        // every invoice sent
        let _lock = RunLock::named(self.path(), "recurring")?;
        // a bad [documents] setting is refused before anything is billed
        let sending = self.read(|tx| Ok(store::all(tx)?.iter().any(|s| s.send)))?;
        let settings = sending.then(|| Settings::from_config(config)).transpose()?;
        let (invoices, blocked, refused) = self.write(|tx| {
            let company = company::get(tx)?;
            let due = due(tx, as_of, force)?;
            let mut made = Vec::with_capacity(due.periods.len());
            let mut refused = Vec::new();
            for (s, customer, p) in &due.periods {
                let lines = s.lines_on(p.start);
                let total = compute_totals(&lines, None, false, company.currency).total;
                // the periods issued before this one are in the balance already
                if let Some(check) = credit_refusal(tx, customer, total, &clearance)? {
                    refused.push(refusal(s, customer, p, &check.brief()));
                    continue;
                }
                let draft = Draft {
                    customer_id: customer.id,
                    series: INVOICE_SERIES.to_string(),
                    payment_terms_days: customer.payment_terms_days.unwrap_or(company.payment_terms_days),
                    currency: company.currency,
                    prices_include_vat: false,
                    penalty_rate: company.penalty_rate,
                    purchase_order: None,
                    notes: None,
                    offer_id: None,
                    lines,
                    // the period billed is the service period the invoice must name
                    delivery: Some(Delivery::Period(p.start, p.end)),
                    delivery_address: None,
                    discount: None,
                    collect: customer.collect_method,
                };
                // the blocked customer and credit control refused above unless forced
                let record = create_draft(tx, customer, draft, true)?;
                store::record_billed(tx, s.id, p.index, p.start, record.id)?;
                let mut invoice = PeriodInvoice {
                    schedule_id: s.id,
                    customer_code: customer.code.clone(),
                    period: *p,
                    invoice: record.label(),
                    total: record.total,
                    issued: false,
                    not_issued: None,
                };
                if s.issue {
                    // dated on its period's first day, or, when a person numbered a later
                    // invoice while the run was not made (a cron gap), on that invoice's
                    // day: the catch-up is issued all the same, its period named on it
                    let last = invoices::last_issue_date(tx, INVOICE_SERIES, p.start.year())?;
                    let on = catch_up_issue_date(p.start, last);
                    // a refusal (a missing mention, a closed period) writes nothing: the
                    // draft stays, the run says why
                    match issue_cleared(
                        tx,
                        &format!("#{}", record.id),
                        on,
                        customer,
                        &cleared,
                        &crate::ops::exchange::Rates::default(),
                    ) {
                        Ok(issued) => {
                            invoice.invoice = issued.label();
                            invoice.issued = true;
                        }
                        Err(e) if e.kind() == ErrorKind::Input => invoice.not_issued = Some(e.to_string()),
                        Err(e) => return Err(e),
                    }
                }
                made.push(invoice);
            }
            Ok((made, due.blocked, refused))
        })?;
        let mut sends = self.read(unsent)?;
        if let Some(settings) = &settings {
            for send in &mut sends {
                if let Err(e) = send_invoice(self, config, settings, &send.invoice, as_of, as_of, true) {
                    send.error = Some(e.to_string());
                }
            }
        }
        Ok(RecurringReport {
            as_of,
            dry_run,
            invoices,
            blocked,
            refused,
            sends,
        })
    }
}

fn refusal(s: &Schedule, customer: &Customer, p: &Period, reason: &str) -> RefusedPeriod {
    RefusedPeriod {
        schedule_id: s.id,
        customer_code: customer.code.clone(),
        period: *p,
        reason: reason.to_string(),
    }
}
