//! Reports over the whole ledger, each read in one snapshot and computed in one pass of
//! `store::scan`.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::Transaction;

use super::Ledger;
use crate::domain::aging::{AgingRow, Basis, Buckets, age_days};
use crate::domain::customer::Customer;
use crate::domain::discount::Discount;
use crate::domain::document::{Line, compute_totals, line_net_shares};
use crate::domain::money::{Currency, Money};
use crate::domain::receivable::Receivable;
use crate::domain::report::{
    AgingBy, AgingLine, AgingReport, DOUBTFUL_AFTER_DAYS, DelayLine, DmpReport, ForecastSlot, ForecastWeek,
    KpiReport, MAX_FORECAST_WEEKS, PayerLine, Pile, RevenueBy, RevenueLine, RevenueReport, SplitReport,
    invoiced_in, report_period,
};
use crate::error::{Error, Result};
use crate::store::customer as customers;
use crate::store::report as report_store;
use crate::store::scan::Scan;

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
            let reminded = crate::store::dunning::reminded_after_due(tx, as_of)?;
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
            return Err(Error::Input(format!(
                "--weeks must be between 1 and {MAX_FORECAST_WEEKS}"
            )));
        }
        self.read(|tx| forecast(tx, as_of, weeks))
    }
}

fn customer_index(tx: &Transaction) -> Result<HashMap<i64, Customer>> {
    Ok(customers::all(tx)?.into_iter().map(|c| (c.id, c)).collect())
}

/// The currency reports add up in: the company's.
fn ledger_currency(tx: &Transaction) -> Result<Currency> {
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
    let scan = Scan::load(tx)?;
    let customers = customer_index(tx)?;
    let currency = ledger_currency(tx)?;
    let mut per_customer: BTreeMap<i64, AgingRow> = BTreeMap::new();
    let mut per_invoice: Vec<(i64, String, AgingRow)> = Vec::new();
    let credits = scan.for_each_invoice(tx, as_of, |r, number| {
        let balance = r.balance_on(as_of);
        if !balance.is_positive() {
            return;
        }
        let column = buckets.index(age_days(basis, r.issue, r.due, as_of));
        match by {
            AgingBy::Customer => per_customer
                .entry(r.customer_id)
                .or_insert_with(|| AgingRow::new(buckets, currency))
                .add(column, balance),
            AgingBy::Invoice => {
                let mut row = AgingRow::new(buckets, currency);
                row.add(column, balance);
                per_invoice.push((r.customer_id, number.to_string(), row));
            }
        }
    })?;
    let describe = |id: i64| {
        customers
            .get(&id)
            .map(|c| (c.code.clone(), c.name.clone()))
            .unwrap_or_else(|| (format!("#{id}"), String::new()))
    };
    let mut lines = Vec::new();
    match by {
        AgingBy::Customer => {
            for (id, credit) in &credits {
                per_customer
                    .entry(*id)
                    .or_insert_with(|| AgingRow::new(buckets, currency))
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
            let mut credit_rows: Vec<_> = credits.into_iter().collect();
            credit_rows.sort_by_key(|c| c.0);
            for (id, credit) in credit_rows {
                let (customer, name) = describe(id);
                let mut row = AgingRow::new(buckets, currency);
                row.credit = credit;
                lines.push(AgingLine {
                    customer,
                    name,
                    invoice: Some("(unallocated payment)".into()),
                    row,
                });
            }
        }
    }
    let mut totals = AgingRow::new(buckets, currency);
    for l in &lines {
        totals.merge(&l.row);
    }
    Ok(AgingReport {
        by,
        buckets: buckets.clone(),
        lines,
        totals,
        converted: crate::store::report::converted_currencies(tx, as_of)?,
    })
}

fn dmp(tx: &Transaction, from: NaiveDate, to: NaiveDate, by_customer: bool) -> Result<DmpReport> {
    let scan = Scan::load(tx)?;
    let customers = customer_index(tx)?;
    let currency = ledger_currency(tx)?;
    let zero = Money::zero(currency);
    let mut per: BTreeMap<String, DelayLine> = BTreeMap::new();
    let mut total = DelayLine {
        paid: zero,
        ..Default::default()
    };
    let mut receivables = zero;
    let mut revenue = zero;
    let credits = scan.for_each_invoice(tx, to, |r, _| {
        receivables += r.balance_on(to);
        revenue += invoiced_in(r, from, to);
        for &(day, minor) in r.payments.iter().filter(|(d, _)| *d >= from && *d <= to) {
            let days = (day - r.issue).num_days().max(0) as i128;
            let paid = Money::from_minor(minor, currency);
            total.paid += paid;
            total.weighted_days += days * minor as i128;
            total.payments += 1;
            if by_customer {
                let code = customers
                    .get(&r.customer_id)
                    .map(|c| c.code.clone())
                    .unwrap_or_default();
                let line = per.entry(code.clone()).or_insert_with(|| DelayLine {
                    customer: Some(code),
                    paid: zero,
                    ..Default::default()
                });
                line.paid += paid;
                line.weighted_days += days * minor as i128;
                line.payments += 1;
            }
        }
    })?;
    receivables -= Money::sum(credits.values().copied(), currency);
    Ok(DmpReport {
        from,
        to,
        lines: per.into_values().collect(),
        total,
        receivables,
        revenue,
    })
}

/// `reminded` holds invoices reminded at least once after their due date, by as_of.
fn split(tx: &Transaction, as_of: NaiveDate, reminded: &HashSet<i64>) -> Result<SplitReport> {
    let scan = Scan::load(tx)?;
    let zero = Money::zero(ledger_currency(tx)?);
    let pile = |name| Pile {
        name,
        count: 0,
        amount: zero,
    };
    let mut piles = [pile("paid"), pile("pending"), pile("dunning")];
    let mut excluded = 0;
    scan.for_each_invoice(tx, as_of, |r, _| {
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            let i = if r.days_late_on(as_of) > 0 && reminded.contains(&r.id) {
                2
            } else {
                1
            };
            piles[i].count += 1;
            piles[i].amount += balance;
        } else if r.written_off_on(as_of).is_zero() && r.paid_on(as_of).is_positive() {
            piles[0].count += 1;
            piles[0].amount += r.paid_on(as_of);
        } else {
            excluded += 1;
        }
    })?;
    Ok(SplitReport {
        piles: piles.to_vec(),
        excluded,
    })
}

fn kpis(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<KpiReport> {
    let scan = Scan::load(tx)?;
    let customers = customer_index(tx)?;
    let currency = ledger_currency(tx)?;
    let zero = Money::zero(currency);
    let mut k = KpiReport {
        from,
        to,
        invoiced: zero,
        collected: zero,
        due_30_total: zero,
        due_30_unpaid: zero,
        late_now: zero,
        over_90: zero,
        receivables: zero,
        ..Default::default()
    };
    let mut payers: HashMap<i64, PayerLine> = HashMap::new();
    let credits = scan.for_each_invoice(tx, to, |r, _| {
        k.invoiced += invoiced_in(r, from, to);
        let checkpoint = r.due.checked_add_days(Days::new(30)).unwrap_or(r.due);
        if checkpoint >= from && checkpoint <= to {
            k.due_30_total += r.total;
            k.due_30_unpaid += r.balance_on(checkpoint);
        }
        let balance = r.balance_on(to);
        k.receivables += balance;
        let late = r.days_late_on(to);
        if late > 0 {
            k.late_now_count += 1;
            k.late_now += balance;
        }
        if late > 90 {
            k.over_90 += balance;
        }
        let p = payers.entry(r.customer_id).or_insert_with(|| PayerLine {
            paid: zero,
            unpaid_late: zero,
            ..Default::default()
        });
        if r.counts_as_late(to) {
            p.late_invoices += 1;
        }
        // what never came counts as late up to the end of the period: open past its
        // due date, or written off in the period
        let written_off = r
            .write_off
            .filter(|(d, _)| *d >= from && *d <= to)
            .map(|(_, a)| a);
        let unpaid = if late > 0 { balance } else { zero } + written_off.unwrap_or(zero);
        if unpaid.is_positive() {
            p.unpaid_late += unpaid;
            p.weighted_late_days += (to - r.due).num_days().max(0) as i128 * unpaid.minor() as i128;
        }
        for &(day, minor) in r.payments.iter().filter(|(d, _)| *d >= from && *d <= to) {
            p.paid += Money::from_minor(minor, currency);
            p.weighted_late_days += (day - r.due).num_days().max(0) as i128 * minor as i128;
        }
    })?;
    k.collected = report_store::received_between(tx, from, to, currency)?;
    k.receivables -= Money::sum(credits.values().copied(), currency);
    let mut lines: Vec<PayerLine> = payers
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
    Ok(k)
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
    // a document with a discount of its own is shared over its lines once all are read
    let mut discounted: BTreeMap<i64, (bool, bool, Discount, Vec<Line>)> = BTreeMap::new();
    report_store::for_each_sold_line(tx, from, to, |id, is_credit, gross, discount, line| {
        if let Some(d) = discount {
            discounted
                .entry(id)
                .or_insert_with(|| (is_credit, gross, d, Vec::new()))
                .3
                .push(line);
            return;
        }
        let net = if gross {
            compute_totals(std::slice::from_ref(&line), None, true, currency).net
        } else {
            line.amount(currency)
        };
        add(id, is_credit, line, net);
    })?;
    for (id, (is_credit, gross, discount, lines)) in discounted {
        let shares = line_net_shares(&lines, Some(discount), gross, currency);
        for (line, net) in lines.into_iter().zip(shares) {
            add(id, is_credit, line, net);
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

/// Each customer's usual delay after the due date (amount-weighted over what it paid),
/// applied to its open invoices. An invoice a little later than usual is expected this
/// week; one more than 30 days later than usual is doubtful and gets its own row.
/// The last two rows are "later" (beyond the horizon) and "doubtful".
fn forecast(tx: &Transaction, as_of: NaiveDate, weeks: usize) -> Result<Vec<ForecastWeek>> {
    let scan = Scan::load(tx)?;
    let zero = Money::zero(ledger_currency(tx)?);
    let mut habits: HashMap<i64, (i128, i64)> = HashMap::new();
    let mut open: Vec<(i64, NaiveDate, Money)> = Vec::new();
    scan.for_each_invoice(tx, as_of, |r: &Receivable, _| {
        let h = habits.entry(r.customer_id).or_default();
        for &(day, cents) in r.payments.iter().filter(|(d, _)| *d <= as_of) {
            h.0 += (day - r.due).num_days() as i128 * cents as i128;
            h.1 += cents;
        }
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            open.push((r.customer_id, r.due, balance));
        }
    })?;
    let delay = |customer: i64| -> i64 {
        habits
            .get(&customer)
            .filter(|h| h.1 > 0)
            .map(|h| (h.0 / h.1 as i128) as i64)
            .unwrap_or(0)
    };
    let monday = as_of - chrono::Duration::days(as_of.weekday().num_days_from_monday() as i64);
    let mut out: Vec<ForecastWeek> = (0..weeks)
        .map(|w| ForecastWeek {
            slot: ForecastSlot::Week(monday + chrono::Duration::weeks(w as i64)),
            invoices: 0,
            expected: zero,
        })
        .collect();
    for slot in [ForecastSlot::Later, ForecastSlot::Doubtful] {
        out.push(ForecastWeek {
            slot,
            invoices: 0,
            expected: zero,
        });
    }
    for (customer, due, balance) in open {
        let usual = due + chrono::Duration::days(delay(customer));
        let slot = if (as_of - usual).num_days() > DOUBTFUL_AFTER_DAYS {
            weeks + 1
        } else {
            let w = ((usual.max(as_of) - monday).num_days() / 7) as usize;
            w.min(weeks)
        };
        out[slot].invoices += 1;
        out[slot].expected += balance;
    }
    Ok(out)
}
