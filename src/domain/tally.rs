//! The reports' rules as tallies: each sees the ledger's invoices one by one
//! ([`Receivable`]) and keeps what its report needs, so that one pass over the ledger can
//! feed one report (`report aging`) or all of them at once (`report dashboard`).

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, NaiveDate};

use super::aging::{AgingRow, Basis, Buckets, age_days};
use super::money::{Currency, Money};
use super::receivable::Receivable;
use super::report::{
    AgingBy, DOUBTFUL_AFTER_DAYS, DelayLine, ForecastSlot, ForecastWeek, KpiReport, PayerLine, Pile,
    SplitReport, invoiced_in,
};

/// Open balances on a day by age, per customer or per invoice.
#[derive(Debug, Clone)]
pub struct AgingTally {
    pub as_of: NaiveDate,
    pub by: AgingBy,
    pub buckets: Buckets,
    pub basis: Basis,
    pub currency: Currency,
    /// By customer id.
    pub per_customer: BTreeMap<i64, AgingRow>,
    /// (customer id, invoice number, row), in the order seen.
    pub per_invoice: Vec<(i64, String, AgingRow)>,
    /// Only the totals are wanted: every customer's balance goes into one row (id 0).
    pooled: bool,
}

impl AgingTally {
    pub fn new(as_of: NaiveDate, by: AgingBy, buckets: Buckets, basis: Basis, currency: Currency) -> Self {
        AgingTally {
            as_of,
            by,
            buckets,
            basis,
            currency,
            per_customer: BTreeMap::new(),
            per_invoice: Vec::new(),
            pooled: false,
        }
    }

    /// The tally by customer of a report that shows its totals only (the dashboard):
    /// one row for all, not one per customer (100 000 at ten million invoices).
    pub fn pooled(as_of: NaiveDate, buckets: Buckets, basis: Basis, currency: Currency) -> Self {
        AgingTally {
            pooled: true,
            ..Self::new(as_of, AgingBy::Customer, buckets, basis, currency)
        }
    }

    /// Counts the invoice's balance in its age's column.
    pub fn add(&mut self, r: &Receivable, number: &str) {
        let balance = r.balance_on(self.as_of);
        if !balance.is_positive() {
            return;
        }
        let column = self
            .buckets
            .index(age_days(self.basis, r.issue, r.due, self.as_of));
        match self.by {
            AgingBy::Customer => self
                .per_customer
                .entry(if self.pooled { 0 } else { r.customer_id })
                .or_insert_with(|| AgingRow::new(&self.buckets, self.currency))
                .add(column, balance),
            AgingBy::Invoice => {
                let mut row = AgingRow::new(&self.buckets, self.currency);
                row.add(column, balance);
                self.per_invoice.push((r.customer_id, number.to_string(), row));
            }
        }
    }
}

/// Payments received in a period by days from issue (DMP), and what DSO is made of.
#[derive(Debug, Clone)]
pub struct DmpTally {
    pub from: NaiveDate,
    pub to: NaiveDate,
    by_customer: bool,
    pub total: DelayLine,
    /// By customer id, when asked.
    pub per_customer: BTreeMap<i64, DelayLine>,
    /// Open invoice balances at the end of the period (before unallocated payments).
    pub receivables: Money,
    /// Invoices less credit notes issued in the period.
    pub revenue: Money,
    /// Paid by the end of the period on those invoices: what is left of the payments
    /// received by then is the customers' credit, which receivables are net of.
    pub allocated: Money,
}

impl DmpTally {
    /// Receivables at the end of the period, net of the customers' credit, given what
    /// was `received` by then.
    pub fn net_receivables(&self, received: Money) -> Money {
        self.receivables - (received - self.allocated)
    }

    pub fn new(from: NaiveDate, to: NaiveDate, by_customer: bool, currency: Currency) -> Self {
        let zero = Money::zero(currency);
        DmpTally {
            from,
            to,
            by_customer,
            total: DelayLine {
                paid: zero,
                ..Default::default()
            },
            per_customer: BTreeMap::new(),
            receivables: zero,
            revenue: zero,
            allocated: zero,
        }
    }

    /// Sees one invoice issued by the end of the period.
    pub fn add(&mut self, r: &Receivable) {
        if r.issue > self.to {
            return;
        }
        self.receivables += r.balance_on(self.to);
        self.allocated += r.paid_on(self.to);
        self.revenue += invoiced_in(r, self.from, self.to);
        let currency = r.total.currency();
        let (from, to) = (self.from, self.to);
        for &(day, minor) in r.payments.iter().filter(|(d, _)| *d >= from && *d <= to) {
            self.add_payment(r.customer_id, r.issue, day, Money::from_minor(minor, currency));
        }
    }

    /// One payment (or release, negative) dated in the period of an invoice of
    /// `customer_id` issued on `issue`: what [`DmpTally::add`] counts of each.
    pub fn add_payment(&mut self, customer_id: i64, issue: NaiveDate, day: NaiveDate, paid: Money) {
        let days = (day - issue).num_days().max(0) as i128;
        let minor = paid.minor() as i128;
        self.total.paid += paid;
        self.total.weighted_days += days * minor;
        self.total.payments += 1;
        if self.by_customer {
            let line = self.per_customer.entry(customer_id).or_insert_with(|| DelayLine {
                paid: Money::zero(paid.currency()),
                ..Default::default()
            });
            line.paid += paid;
            line.weighted_days += days * minor;
            line.payments += 1;
        }
    }

    /// Invoices summed elsewhere, each issued by the end of the period: Σ their balances
    /// then, Σ what was allocated to them by then, Σ what they add to the period's sales
    /// ([`invoiced_in`]); their payments of the period go to [`DmpTally::add_payment`].
    pub fn add_summed(&mut self, receivables: Money, allocated: Money, revenue: Money) {
        self.receivables += receivables;
        self.allocated += allocated;
        self.revenue += revenue;
    }
}

/// Paid, pending and dunning invoices on a day.
#[derive(Debug, Clone)]
pub struct SplitTally {
    pub as_of: NaiveDate,
    pub report: SplitReport,
}

impl SplitTally {
    pub fn new(as_of: NaiveDate, currency: Currency) -> Self {
        let zero = Money::zero(currency);
        let pile = |name| Pile {
            name,
            count: 0,
            amount: zero,
        };
        SplitTally {
            as_of,
            report: SplitReport {
                piles: vec![pile("paid"), pile("pending"), pile("dunning")],
                excluded: 0,
            },
        }
    }

    /// Puts the invoice on its pile; `reminded`: reminded at least once after its due date.
    pub fn add(&mut self, r: &Receivable, reminded: bool) {
        let as_of = self.as_of;
        let piles = &mut self.report.piles;
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            let i = if r.days_late_on(as_of) > 0 && reminded {
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
            self.report.excluded += 1;
        }
    }

    /// Counts settled invoices summed elsewhere (`add` of each would give the same):
    /// `paid` of them paid `amount` with nothing written off, `other` of them not.
    pub fn add_settled(&mut self, paid: usize, amount: Money, other: usize) {
        let piles = &mut self.report.piles;
        piles[0].count += paid;
        piles[0].amount += amount;
        self.report.excluded += other;
    }
}

/// Invoiced vs collected, lateness and payers over a period (collected and the payers'
/// names are filled in after the pass).
#[derive(Debug, Clone)]
pub struct KpiTally {
    pub report: KpiReport,
    /// By customer id.
    pub payers: HashMap<i64, PayerLine>,
    /// Only the totals are wanted: the payers' figures go into one line (id 0).
    pooled: bool,
}

impl KpiTally {
    pub fn new(from: NaiveDate, to: NaiveDate, currency: Currency) -> Self {
        let zero = Money::zero(currency);
        KpiTally {
            report: KpiReport {
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
            },
            payers: HashMap::new(),
            pooled: false,
        }
    }

    /// The tally of a report that shows its totals only (the dashboard): the payers'
    /// figures in one line, not one per customer.
    pub fn pooled(from: NaiveDate, to: NaiveDate, currency: Currency) -> Self {
        KpiTally {
            pooled: true,
            ..Self::new(from, to, currency)
        }
    }

    /// Sees one invoice issued by the end of the period.
    pub fn add(&mut self, r: &Receivable) {
        let (from, to) = (self.report.from, self.report.to);
        if r.issue > to {
            return;
        }
        let currency = r.total.currency();
        let zero = Money::zero(currency);
        self.report.invoiced += invoiced_in(r, from, to);
        let checkpoint = r.due.checked_add_days(Days::new(30)).unwrap_or(r.due);
        if checkpoint >= from && checkpoint <= to {
            self.add_due_30(r.total, r.balance_on(checkpoint));
        }
        let balance = r.balance_on(to);
        let late = self.add_balance(r.due, balance);
        if r.counts_as_late(to) {
            self.add_late(r.customer_id, 1);
        }
        // what never came counts as late up to the end of the period: open past its
        // due date, or written off in the period
        let written_off = r
            .write_off
            .filter(|(d, _)| *d >= from && *d <= to)
            .map(|(_, a)| a);
        let unpaid = if late > 0 { balance } else { zero } + written_off.unwrap_or(zero);
        self.add_unpaid(r.customer_id, r.due, unpaid);
        for &(day, minor) in r.payments.iter().filter(|(d, _)| *d >= from && *d <= to) {
            self.add_payment(r.customer_id, r.due, day, Money::from_minor(minor, currency));
        }
    }

    /// The customer's line, made (empty) if it has none: every customer with an invoice
    /// issued by the end of the period has one.
    pub fn payer(&mut self, customer_id: i64) -> &mut PayerLine {
        let zero = Money::zero(self.report.receivables.currency());
        let key = if self.pooled { 0 } else { customer_id };
        self.payers.entry(key).or_insert_with(|| PayerLine {
            paid: zero,
            unpaid_late: zero,
            ..Default::default()
        })
    }

    /// What the invoices summed elsewhere add to the period's sales ([`invoiced_in`]).
    pub fn add_invoiced(&mut self, invoiced: Money) {
        self.report.invoiced += invoiced;
    }

    /// An invoice whose due day plus thirty days falls in the period: its total, and
    /// what was still owed on that day.
    pub fn add_due_30(&mut self, total: Money, unpaid: Money) {
        self.report.due_30_total += total;
        self.report.due_30_unpaid += unpaid;
    }

    /// An invoice's balance at the end of the period (zero when settled); returns its
    /// days late then.
    pub fn add_balance(&mut self, due: NaiveDate, balance: Money) -> i64 {
        let k = &mut self.report;
        k.receivables += balance;
        let late = if k.to > due && balance.is_positive() {
            (k.to - due).num_days()
        } else {
            0
        };
        if late > 0 {
            k.late_now_count += 1;
            k.late_now += balance;
        }
        if late > 90 {
            k.over_90 += balance;
        }
        late
    }

    /// `count` invoices of the customer that count towards the frequent late payer flag.
    pub fn add_late(&mut self, customer_id: i64, count: usize) {
        self.payer(customer_id).late_invoices += count;
    }

    /// What never came of one invoice due on `due` (its late balance and its write-off
    /// of the period), weighed up to the end of the period when positive.
    pub fn add_unpaid(&mut self, customer_id: i64, due: NaiveDate, unpaid: Money) {
        let to = self.report.to;
        let p = self.payer(customer_id);
        if unpaid.is_positive() {
            p.unpaid_late += unpaid;
            p.weighted_late_days += (to - due).num_days().max(0) as i128 * unpaid.minor() as i128;
        }
    }

    /// One payment (or release) dated in the period of an invoice due on `due`.
    pub fn add_payment(&mut self, customer_id: i64, due: NaiveDate, day: NaiveDate, paid: Money) {
        let p = self.payer(customer_id);
        p.paid += paid;
        p.weighted_late_days += (day - due).num_days().max(0) as i128 * paid.minor() as i128;
    }
}

/// Each customer's usual delay after the due date (amount-weighted over what it paid),
/// applied to its open invoices. An invoice a little later than usual is expected this
/// week; one more than [`DOUBTFUL_AFTER_DAYS`] later than usual is doubtful.
#[derive(Debug, Clone)]
pub struct ForecastTally {
    pub as_of: NaiveDate,
    currency: Currency,
    /// By customer: Σ cents × days after due, Σ cents.
    habits: HashMap<i64, (i128, i64)>,
    /// (customer id, minor units owed, due date) of every open invoice, in the tally's
    /// currency (640 000 of them at ten million invoices: kept narrow).
    open: Vec<(i64, i64, NaiveDate)>,
}

impl ForecastTally {
    pub fn new(as_of: NaiveDate, currency: Currency) -> Self {
        ForecastTally {
            as_of,
            currency,
            habits: HashMap::new(),
            open: Vec::new(),
        }
    }

    pub fn add(&mut self, r: &Receivable) {
        let as_of = self.as_of;
        let h = self.habits.entry(r.customer_id).or_default();
        let paid = r.payment_days(as_of);
        h.0 += paid.days;
        h.1 += paid.paid;
        let balance = r.balance_on(as_of);
        if balance.is_positive() {
            self.open.push((r.customer_id, balance.minor(), r.due));
        }
    }

    /// Room for `open` invoices still owed, when the caller knows how many will come: the
    /// list is then allocated once, not grown to twice what it holds.
    pub fn expect_open(&mut self, open: usize) {
        self.open.reserve_exact(open);
    }

    /// The payments of a customer's settled invoice summed elsewhere (`add` of it would
    /// give the same): Σ minor units × days from due to payment, and Σ minor units.
    pub fn add_habit(&mut self, customer_id: i64, days: i128, paid: i64) {
        let h = self.habits.entry(customer_id).or_default();
        h.0 += days;
        h.1 += paid;
    }

    /// One row for each of the next `weeks` weeks (from this Monday), then "later" and
    /// "doubtful".
    pub fn weeks(&self, weeks: usize) -> Vec<ForecastWeek> {
        let as_of = self.as_of;
        let zero = Money::zero(self.currency);
        let delay = |customer: i64| -> i64 {
            self.habits
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
        for &(customer, owed, due) in &self.open {
            let usual = due + chrono::Duration::days(delay(customer));
            let slot = if (as_of - usual).num_days() > DOUBTFUL_AFTER_DAYS {
                weeks + 1
            } else {
                let w = ((usual.max(as_of) - monday).num_days() / 7) as usize;
                w.min(weeks)
            };
            out[slot].invoices += 1;
            out[slot].expected += Money::from_minor(owed, self.currency);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::report::AgingBy;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    type Invoice = (i64, i64, i64, i64, Vec<(i64, i64)>);

    fn invoices() -> impl Strategy<Value = Vec<Invoice>> {
        prop::collection::vec(
            (
                1i64..5,
                0i64..300,
                0i64..90,
                1i64..100_000,
                prop::collection::vec((0i64..400, -5_000i64..50_000), 0..3),
            ),
            0..30,
        )
    }

    proptest! {
        #[test]
        fn a_pooled_tally_has_the_totals_of_the_tally_by_customer(invoices in invoices(), as_of in 0i64..500) {
            let eur = Currency::EUR;
            let as_of = day(as_of);
            let mut by = AgingTally::new(as_of, AgingBy::Customer, Buckets::default(), Basis::Due, eur);
            let mut pooled = AgingTally::pooled(as_of, Buckets::default(), Basis::Due, eur);
            let mut kpis_by = KpiTally::new(day(0), as_of, eur);
            let mut kpis_pooled = KpiTally::pooled(day(0), as_of, eur);
            let payments: Vec<Vec<(NaiveDate, i64)>> = invoices
                .iter()
                .map(|(_, issue, _, _, paid)| {
                    let mut p: Vec<_> = paid.iter().map(|(d, a)| (day(issue + d), *a)).collect();
                    p.sort();
                    p
                })
                .collect();
            for (i, ((customer, issue, terms, total, _), payments)) in invoices.iter().zip(&payments).enumerate() {
                let r = Receivable {
                    id: i as i64 + 1,
                    customer_id: *customer,
                    issue: day(*issue),
                    due: day(issue + terms),
                    total: Money::from_minor(*total, eur),
                    payments,
                    credits: &[],
                    write_off: None,
                    summed: None,
                };
                by.add(&r, "N");
                pooled.add(&r, "N");
                kpis_by.add(&r);
                kpis_pooled.add(&r);
            }
            let sum = |t: &AgingTally| {
                let mut row = AgingRow::new(&Buckets::default(), eur);
                for r in t.per_customer.values() {
                    row.merge(r);
                }
                format!("{row:?}")
            };
            prop_assert_eq!(sum(&by), sum(&pooled));
            prop_assert!(pooled.per_customer.len() <= 1);
            prop_assert_eq!(format!("{:?}", kpis_by.report), format!("{:?}", kpis_pooled.report));
            let payers = |t: &KpiTally| {
                t.payers.values().fold((0, 0, 0, 0), |a, p| {
                    (a.0 + p.late_invoices, a.1 + p.paid.minor(), a.2 + p.unpaid_late.minor(), a.3 + p.weighted_late_days)
                })
            };
            prop_assert_eq!(payers(&kpis_by), payers(&kpis_pooled));
            prop_assert!(kpis_pooled.payers.len() <= 1);
        }
    }
}
