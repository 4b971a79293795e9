//! `recurring run`: every period due is billed once (the database refuses a second
//! invoice for a period), oldest first across schedules so numbers follow dates; then
//! the invoices of `--send` schedules not mailed yet are mailed, one by one.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::config::Config;
use crate::domain::customer::Customer;
use crate::domain::document::compute_totals;
use crate::domain::invoice::{Delivery, Draft};
use crate::domain::numbering::INVOICE_SERIES;
use crate::domain::recurring::{
    BlockedPeriods, Period, PeriodInvoice, PeriodSend, RecurringReport, Schedule, indexed_lines,
};
use crate::error::{ErrorKind, Result};
use crate::ops::Ledger;
use crate::ops::documents::{Settings, send_invoice};
use crate::ops::dunning::RunLock;
use crate::ops::invoice::{create_draft, issue};
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
    /// Bills every period due on `as_of` (blocked customers only with `force`), then mails
    /// what `--send` schedules have not mailed yet. With `dry_run`, says the same and
    /// changes nothing.
    pub fn recurring_run(
        &mut self,
        config: &Config,
        as_of: NaiveDate,
        dry_run: bool,
        force: bool,
    ) -> Result<RecurringReport> {
        if dry_run {
            return self.read(|tx| {
                let currency = company::get(tx)?.currency;
                let due = due(tx, as_of, force)?;
                let mut sends = unsent(tx)?;
                let invoices = due
                    .periods
                    .iter()
                    .map(|(s, customer, p)| {
                        let lines = indexed_lines(&s.lines, &s.indexations, p.start);
                        if s.send {
                            sends.push(PeriodSend {
                                invoice: String::new(),
                                customer_code: customer.code.clone(),
                                error: None,
                            });
                        }
                        PeriodInvoice {
                            schedule_id: s.id,
                            customer_code: customer.code.clone(),
                            period: *p,
                            invoice: String::new(),
                            total: compute_totals(&lines, None, false, currency).total,
                            issued: s.issue,
                            not_issued: None,
                        }
                    })
                    .collect();
                Ok(RecurringReport {
                    as_of,
                    dry_run,
                    invoices,
                    blocked: due.blocked,
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
        let (invoices, blocked) = self.write(|tx| {
            let company = company::get(tx)?;
            let due = due(tx, as_of, force)?;
            let mut made = Vec::with_capacity(due.periods.len());
            for (s, customer, p) in &due.periods {
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
                    lines: indexed_lines(&s.lines, &s.indexations, p.start),
                    // the period billed is the service period the invoice must name
                    delivery: Some(Delivery::Period(p.start, p.end)),
                    delivery_address: None,
                    discount: None,
                    collect: customer.collect_method,
                };
                // the blocked customer was refused above unless forced
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
                    // a refusal (a later invoice already numbered, a missing mention, a
                    // closed period) writes nothing: the draft stays, the run says why
                    match issue(
                        tx,
                        &format!("#{}", record.id),
                        p.start,
                        customer,
                        true,
                        as_of,
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
            Ok((made, due.blocked))
        })?;
        let mut sends = self.read(unsent)?;
        if let Some(settings) = &settings {
            for send in &mut sends {
                if let Err(e) = send_invoice(self, config, settings, &send.invoice, as_of, as_of) {
                    send.error = Some(e.to_string());
                }
            }
        }
        Ok(RecurringReport {
            as_of,
            dry_run,
            invoices,
            blocked,
            sends,
        })
    }
}
