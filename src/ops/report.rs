//! Reports over the whole ledger, each read in one snapshot and computed in one pass of
//! `store::scan`.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::aging::{AgingRow, Basis, Buckets};
use crate::domain::customer::Customer;
use crate::domain::discount::Discount;
use crate::domain::document::{Line, compute_totals, line_net_shares};
use crate::domain::exchange::ExchangeRate;
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::Receivable;
use crate::domain::report::{
    AgingBy, AgingLine, AgingReport, DelayLine, DmpReport, ForecastWeek, KpiReport, MAX_FORECAST_WEEKS,
    PayerLine, RevenueBy, RevenueLine, RevenueReport, SplitReport, report_period,
};
use crate::domain::tally::{AgingTally, DmpTally, ForecastTally, KpiTally, SplitTally};
use crate::error::{Error, Result};
use crate::store::customer as customers;
use crate::store::dunning::InvoiceIds;
use crate::store::report as report_store;
use crate::store::scan::{Credits, Scan};
use crate::store::settlement;

/// What `report aging` asks for.
#[derive(Debug, Clone)]
pub struct AgingRequest {
    pub as_of: NaiveDate,
    pub by: AgingBy,
    pub buckets: Buckets,
    pub basis: Basis,
}

/// A report period as given: missing ends take their defaults (see [`report_period`]).
#[derive(Debug, Clone, Copy)]
pub struct PeriodRequest {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub as_of: NaiveDate,
}

impl PeriodRequest {
    fn resolve(&self) -> Result<(NaiveDate, NaiveDate)> {
        Ok(report_period(self.from, self.to, self.as_of)?)
    }
}

impl Ledger {
    /// The aged balance on a day.
    pub fn aging_report(&mut self, request: &AgingRequest) -> Result<AgingReport> {
        self.read(|tx| aging(tx, request.as_of, request.by, &request.buckets, request.basis))
    }

    /// Délai moyen de paiement and DSO over a period, per customer when asked.
    pub fn dmp_report(&mut self, period: PeriodRequest, by_customer: bool) -> Result<DmpReport> {
        let (from, to) = period.resolve()?;
        self.read(|tx| dmp(tx, from, to, by_customer))
    }

    /// Paid, pending and dunning invoices on a day.
    pub fn split_report(&mut self, as_of: NaiveDate) -> Result<SplitReport> {
        self.read(|tx| {
            let reminded = crate::store::dunning::reminded_open_after_due_of(tx, as_of, None)?;
            split(tx, as_of, &reminded)
        })
    }

    /// Invoiced vs collected, lateness and payers over a period.
    pub fn kpi_report(&mut self, period: PeriodRequest) -> Result<KpiReport> {
        let (from, to) = period.resolve()?;
        self.read(|tx| kpis(tx, from, to))
    }

    /// Net revenue over a period, grouped by `by`.
    pub fn revenue_report(&mut self, period: PeriodRequest, by: RevenueBy) -> Result<RevenueReport> {
        let (from, to) = period.resolve()?;
        self.read(|tx| {
            let currency = ledger_currency(tx)?;
            let lines = revenue(tx, from, to, by, currency)?;
            let total = Money::sum(lines.iter().map(|l| l.net), currency);
            Ok(RevenueReport {
                from,
                to,
                by,
                lines,
                total,
            })
        })
    }

    /// Expected cash-in for each of the next `weeks` weeks, then later and doubtful.
    pub fn forecast_report(&mut self, as_of: NaiveDate, weeks: usize) -> Result<Vec<ForecastWeek>> {
        if weeks == 0 || weeks > MAX_FORECAST_WEEKS {
            return Err(Error::Input(crate::t!(
                "ops-forecast-weeks",
                max = MAX_FORECAST_WEEKS
            )));
        }
        self.read(|tx| forecast(tx, as_of, weeks))
    }
}

pub(crate) fn customer_index(tx: &Transaction) -> Result<HashMap<i64, Customer>> {
    Ok(customers::all(tx)?.into_iter().map(|c| (c.id, c)).collect())
}

/// The currency reports add up in: the company's.
pub(crate) fn ledger_currency(tx: &Transaction) -> Result<Currency> {
    Ok(crate::store::company::get(tx)?.currency)
}

/// The aged balance on `as_of`. Unallocated payments show as the customer's credit and
/// are subtracted from its total, so totals equal the 411 balances of the books.
pub fn aging(
    tx: &Transaction,
    as_of: NaiveDate,
    by: AgingBy,
    buckets: &Buckets,
    basis: Basis,
) -> Result<AgingReport> {
    // only open balances count: the open invoices alone when the settlement record answers
    let scan = Scan::load_open_on(tx, as_of)?;
    aging_with(tx, scan, as_of, by, buckets, basis)
}

/// [`aging`] through a given scan: the whole history or the open invoices.
pub(crate) fn aging_with(
    tx: &Transaction,
    scan: Scan,
    as_of: NaiveDate,
    by: AgingBy,
    buckets: &Buckets,
    basis: Basis,
) -> Result<AgingReport> {
    let open = scan.open_only();
    let customers = customer_index(tx)?;
    let mut tally = AgingTally::new(as_of, by, buckets.clone(), basis, ledger_currency(tx)?);
    let credits = scan.for_each_invoice(tx, as_of, |r, number| tally.add(r, number))?;
    let mut report = aging_of(tally, &customers, &credits);
    report.converted = if open {
        crate::store::settlement::converted_currencies(tx)?
    } else {
        crate::store::report::converted_currencies(tx, as_of)?
    };
    Ok(report)
}

/// The aged balance a pass counted, with each customer's unallocated payments.
pub(crate) fn aging_of(
    tally: AgingTally,
    customers: &HashMap<i64, Customer>,
    credits: &Credits,
) -> AgingReport {
    let AgingTally {
        by,
        buckets,
        currency,
        mut per_customer,
        per_invoice,
        ..
    } = tally;
    let describe = |id: i64| {
        customers
            .get(&id)
            .map(|c| (c.code.clone(), c.name.clone()))
            .unwrap_or_else(|| (format!("#{id}"), String::new()))
    };
    let mut lines = Vec::new();
    match by {
        AgingBy::Customer => {
            for (id, credit) in credits {
                per_customer
                    .entry(*id)
                    .or_insert_with(|| AgingRow::new(&buckets, credit.currency()))
                    .credit += *credit;
            }
            for (id, row) in per_customer {
                let (customer, name) = describe(id);
                lines.push(AgingLine {
                    customer,
                    name,
                    invoice: None,
                    row,
                });
            }
            lines.sort_by(|a, b| a.customer.cmp(&b.customer));
        }
        AgingBy::Invoice => {
            for (id, number, row) in per_invoice {
                let (customer, name) = describe(id);
                lines.push(AgingLine {
                    customer,
                    name,
                    invoice: Some(number),
                    row,
                });
            }
            let mut credit_rows: Vec<_> = credits.iter().collect();
            credit_rows.sort_by_key(|c| c.0);
            for (id, credit) in credit_rows {
                let (customer, name) = describe(*id);
                let mut row = AgingRow::new(&buckets, credit.currency());
                row.credit = *credit;
                lines.push(AgingLine {
                    customer,
                    name,
                    invoice: Some("(unallocated payment)".into()),
                    row,
                });
            }
        }
    }
    let mut totals = AgingRow::new(&buckets, currency);
    for l in &lines {
        totals.merge(&l.row);
    }
    AgingReport {
        by,
        buckets,
        lines,
        totals,
        converted: Vec::new(),
    }
}

fn dmp(tx: &Transaction, from: NaiveDate, to: NaiveDate, by_customer: bool) -> Result<DmpReport> {
    dmp_through(tx, from, to, by_customer, true)
}

/// [`dmp`] through the settlement record where it answers (`record`), or the history.
pub(crate) fn dmp_through(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    by_customer: bool,
    record: bool,
) -> Result<DmpReport> {
    // the period's payments and balances summed through their indexes, when the record
    // answers for its end
    if record && let Some(report) = period::dmp(tx, from, to, by_customer)? {
        return Ok(report);
    }
    let scan = if record {
        Scan::load_recent_on(tx, to, from, false)?
    } else {
        Scan::load(tx)?
    };
    let customers = customer_index(tx)?;
    let currency = ledger_currency(tx)?;
    let mut tally = DmpTally::new(from, to, by_customer, currency);
    scan.each_invoice(tx, to, |r, _| tally.add(r))?;
    let received = report_store::received_by(tx, &[to], currency)?[0];
    Ok(dmp_of(tally, &customers, received))
}

/// DMP and DSO as a pass counted them, given what was received by the period's end.
pub(crate) fn dmp_of(tally: DmpTally, customers: &HashMap<i64, Customer>, received: Money) -> DmpReport {
    let receivables = tally.net_receivables(received);
    let mut per: BTreeMap<String, DelayLine> = BTreeMap::new();
    for (id, mut line) in tally.per_customer {
        let code = customers.get(&id).map(|c| c.code.clone()).unwrap_or_default();
        line.customer = Some(code.clone());
        per.insert(code, line);
    }
    DmpReport {
        from: tally.from,
        to: tally.to,
        lines: per.into_values().collect(),
        total: tally.total,
        receivables,
        revenue: tally.revenue,
    }
}

/// `reminded` holds the invoices open on as_of reminded at least once after their due
/// date, by then (the piles of the others do not depend on it).
fn split(tx: &Transaction, as_of: NaiveDate, reminded: &InvoiceIds) -> Result<SplitReport> {
    split_through(tx, as_of, reminded, true)
}

/// [`split`] through the settlement record where it answers (`record`), or the history.
pub(crate) fn split_through(
    tx: &Transaction,
    as_of: NaiveDate,
    reminded: &InvoiceIds,
    record: bool,
) -> Result<SplitReport> {
    // the piles of a day depend on the sums of that day alone: the record's, when it
    // answers for it (the history of invoices at a rate only, for their rounding)
    let scan = if record {
        Scan::load_recent_on(tx, as_of, as_of.succ_opt().unwrap_or(as_of), false)?
    } else {
        Scan::load(tx)?
    };
    let currency = ledger_currency(tx)?;
    let mut tally = SplitTally::new(as_of, currency);
    let mut add = |r: &Receivable, _: &str| tally.add(r, reminded.contains(&r.id));
    // the settled invoices left to the record are summed in SQL, the others read
    let summed = match scan.settled_left_since() {
        Some(since) => settlement::settled_split(tx, since, currency)?,
        None => None,
    };
    match summed {
        Some(sums) => {
            scan.each_unsettled_invoice(tx, as_of, &mut add)?;
            tally.add_settled(
                sums.paid,
                Money::from_minor(sums.paid_cents, currency),
                sums.other,
            );
        }
        None => {
            scan.each_invoice(tx, as_of, &mut add)?;
        }
    }
    Ok(tally.report)
}

fn kpis(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<KpiReport> {
    kpis_through(tx, from, to, true)
}

/// [`kpis`] through the settlement record where it answers (`record`), or the history.
pub(crate) fn kpis_through(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    record: bool,
) -> Result<KpiReport> {
    // the period's payments and balances summed through their indexes, when the record
    // answers for its end
    if record && let Some(report) = period::kpis(tx, from, to)? {
        return Ok(report);
    }
    let scan = if record {
        Scan::load_recent_on(tx, to, from, false)?
    } else {
        Scan::load(tx)?
    };
    let customers = customer_index(tx)?;
    let currency = ledger_currency(tx)?;
    let mut tally = KpiTally::new(from, to, currency);
    let credits = scan.for_each_invoice(tx, to, |r, _| tally.add(r))?;
    let collected = report_store::received_between(tx, from, to, currency)?;
    Ok(kpis_of(tally, &customers, &credits, collected))
}

/// The KPIs a pass counted, with what was collected in the period and the unallocated
/// payments at its end.
pub(crate) fn kpis_of(
    tally: KpiTally,
    customers: &HashMap<i64, Customer>,
    credits: &Credits,
    collected: Money,
) -> KpiReport {
    let mut k = tally.report;
    k.collected = collected;
    k.receivables -= Money::sum(credits.values().copied(), k.receivables.currency());
    let mut lines: Vec<PayerLine> = tally
        .payers
        .into_iter()
        .filter_map(|(id, mut p)| {
            let c = customers.get(&id)?;
            p.customer = c.code.clone();
            p.name = c.name.clone();
            Some(p)
        })
        .collect();
    lines.sort_by(|a, b| a.customer.cmp(&b.customer));
    k.payers = lines;
    k
}

/// By month and by customer, aggregated in SQL (see `store::report`); by product, line
/// amounts are recomputed with decimals in one pass over the lines.
fn revenue(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    by: RevenueBy,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    match by {
        RevenueBy::Month => report_store::net_sales_by_month(tx, from, to, currency),
        RevenueBy::Customer => report_store::net_sales_by_customer(tx, from, to, currency),
        RevenueBy::Product => revenue_by_product(tx, from, to, currency),
    }
}

/// A document with a discount of its own, its lines kept until all are read: a credit
/// note, prices incl. VAT, the discount, its rate, the lines.
type DiscountedDoc = (bool, bool, Discount, Option<ExchangeRate>, Vec<Line>);

fn revenue_by_product(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Result<Vec<RevenueLine>> {
    let mut per: BTreeMap<String, (String, HashSet<i64>, Money)> = BTreeMap::new();
    let mut add = |id: i64, is_credit: bool, line: Line, net: Money| {
        let (key, label) = match line.sku {
            Some(sku) => (sku, line.designation),
            None => (String::new(), "(free lines)".to_string()),
        };
        let entry = per
            .entry(key)
            .or_insert_with(|| (label, HashSet::new(), Money::zero(currency)));
        if !is_credit {
            entry.1.insert(id);
        }
        entry.2 += if is_credit { -net } else { net };
    };
    // a document with a discount of its own is shared over its lines once all are read;
    // a document at a rate counts each line's net in its own currency, then converted
    let mut discounted: BTreeMap<i64, DiscountedDoc> = BTreeMap::new();
    let in_accounting = |rate: Option<ExchangeRate>, net: Money| rate.map_or(net, |r| r.to_accounting(net));
    report_store::for_each_sold_line(
        tx,
        (from, to, currency),
        |id, is_credit, gross, discount, rate, line| {
            let own = rate.map_or(currency, |r| r.foreign);
            if let Some(d) = discount {
                discounted
                    .entry(id)
                    .or_insert_with(|| (is_credit, gross, d, rate, Vec::new()))
                    .4
                    .push(line);
                return;
            }
            let net = if gross {
                compute_totals(std::slice::from_ref(&line), None, true, own).net
            } else {
                line.amount(own)
            };
            add(id, is_credit, line, in_accounting(rate, net));
        },
    )?;
    for (id, (is_credit, gross, discount, rate, lines)) in discounted {
        let own = rate.map_or(currency, |r| r.foreign);
        let shares = line_net_shares(&lines, Some(discount), gross, own);
        for (line, net) in lines.into_iter().zip(shares) {
            add(id, is_credit, line, in_accounting(rate, net));
        }
    }
    let mut out: Vec<RevenueLine> = per
        .into_iter()
        .map(|(key, (label, ids, net))| RevenueLine {
            key,
            label,
            invoices: ids.len() as i64,
            net,
        })
        .collect();
    out.sort_by(|a, b| b.net.minor().cmp(&a.net.minor()).then(a.key.cmp(&b.key)));
    Ok(out)
}

/// Expected cash-in for each of the next `weeks` weeks, then "later" and "doubtful"
/// (see [`ForecastTally`]).
fn forecast(tx: &Transaction, as_of: NaiveDate, weeks: usize) -> Result<Vec<ForecastWeek>> {
    forecast_through(tx, as_of, weeks, true)
}

/// [`forecast`] through the settlement record where it answers (`record`), or the history.
pub(crate) fn forecast_through(
    tx: &Transaction,
    as_of: NaiveDate,
    weeks: usize,
    record: bool,
) -> Result<Vec<ForecastWeek>> {
    // a customer's habit is the record's sums of its payment days, an open balance the
    // record's: the history of the invoices at a rate only, for their rounding
    let scan = if record {
        Scan::load_recent_on(tx, as_of, as_of.succ_opt().unwrap_or(as_of), false)?
    } else {
        Scan::load(tx)?
    };
    let mut tally = ForecastTally::new(as_of, ledger_currency(tx)?);
    match scan.settled_left_since() {
        // the settled invoices left to the record only add to their customer's habit
        Some(since) => {
            scan.each_unsettled_invoice(tx, as_of, |r, _| tally.add(r))?;
            settlement::each_settled_habit(tx, since, |customer, days, paid| {
                tally.add_habit(customer, days as i128, paid)
            })?;
        }
        None => {
            scan.each_invoice(tx, as_of, |r, _| tally.add(r))?;
        }
    }
    Ok(tally.weeks(weeks))
}

mod period;
#[cfg(test)]
mod period_tests;
#[cfg(test)]
pub(crate) mod settlement_tests;
