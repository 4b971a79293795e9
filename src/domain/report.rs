//! What the reports find: the aged balance, payment delays, the paid/pending/dunning
//! split, the KPIs, revenue and the cash-in forecast. The library computes them; render/
//! shows them. The rules that pick a period, rank payers and label forecast rows live here.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::DomainError;
use super::aging::{AgingRow, Buckets};
use super::kpi;
use super::money::Money;
use super::receivable::{Receivable, is_frequent_late_payer};

/// The period of a report: `to` defaults to `as_of`, `from` to a year before `to`
/// (365 days, both ends included).
pub fn report_period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), DomainError> {
    let to = to.unwrap_or(as_of);
    let from = from.unwrap_or_else(|| to.checked_sub_days(Days::new(364)).unwrap_or(to));
    ordered_period(from, to)
}

/// A period whose first day is not after its last, the one check of reports and exports.
pub fn ordered_period(from: NaiveDate, to: NaiveDate) -> Result<(NaiveDate, NaiveDate), DomainError> {
    if from > to {
        return Err(DomainError::Invalid(crate::t!(
            "domain-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    Ok((from, to))
}

/// What an invoice adds to a period's sales, VAT included: its total when issued in the
/// period, less its credit notes dated in the period. The revenue behind the DSO and the
/// amount invoiced of the KPIs are both this sum.
pub fn invoiced_in(r: &Receivable, from: NaiveDate, to: NaiveDate) -> Money {
    let issued = if r.issue >= from && r.issue <= to {
        r.total
    } else {
        Money::zero(r.total.currency())
    };
    let credited: i64 = r
        .credits
        .iter()
        .filter(|(d, _)| *d >= from && *d <= to)
        .map(|c| c.1)
        .sum();
    issued - Money::from_minor(credited, r.total.currency())
}

/// How aging rows are keyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgingBy {
    Customer,
    Invoice,
}

/// One row of the aged balance: a customer, or an invoice with its customer.
#[derive(Debug, Clone)]
pub struct AgingLine {
    pub customer: String,
    pub name: String,
    /// The invoice number when aging by invoice.
    pub invoice: Option<String>,
    pub row: AgingRow,
}

/// The aged balance on a day, with its totals.
#[derive(Debug, Clone)]
pub struct AgingReport {
    pub by: AgingBy,
    pub buckets: Buckets,
    pub lines: Vec<AgingLine>,
    pub totals: AgingRow,
    /// The other currencies of invoices the report converted at their issue rate.
    pub converted: Vec<super::money::Currency>,
}

/// DMP of one customer (or everyone): amount paid in the period and the amount-weighted
/// days from issue to payment.
#[derive(Debug, Clone, Default)]
pub struct DelayLine {
    pub customer: Option<String>,
    pub paid: Money,
    /// Σ minor units × days from issue to payment.
    pub weighted_days: i128,
    pub payments: usize,
}

impl DelayLine {
    /// Délai moyen de paiement in days, one decimal.
    pub fn dmp(&self) -> Option<Decimal> {
        kpi::weighted_average_days(self.weighted_days, self.paid)
    }
}

/// Payment delays over a period: per customer when asked, and for everyone.
#[derive(Debug, Clone)]
pub struct DmpReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub lines: Vec<DelayLine>,
    pub total: DelayLine,
    /// Receivables at the end of the period.
    pub receivables: Money,
    /// Invoices minus credit notes issued in the period, VAT included.
    pub revenue: Money,
}

impl DmpReport {
    /// Days of the period, both ends included.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// Days sales outstanding: receivables ÷ revenue × days of the period.
    pub fn dso(&self) -> Option<Decimal> {
        kpi::dso(self.receivables, self.revenue, self.days())
    }
}

/// One pile of the split: paid, pending or dunning.
#[derive(Debug, Clone)]
pub struct Pile {
    pub name: &'static str,
    pub count: usize,
    pub amount: Money,
}

/// Paid, pending, dunning: the three piles of the SeaTable template.
#[derive(Debug, Clone, Default)]
pub struct SplitReport {
    pub piles: Vec<Pile>,
    /// Invoices left out: fully credited or written off.
    pub excluded: usize,
}

impl SplitReport {
    /// Invoices in the piles.
    pub fn count(&self) -> usize {
        self.piles.iter().map(|p| p.count).sum()
    }

    /// Minor units in the piles.
    pub fn minor(&self) -> i64 {
        self.piles.iter().map(|p| p.amount.minor()).sum()
    }
}

/// One customer's payment behaviour over the period.
#[derive(Debug, Clone, Default)]
pub struct PayerLine {
    pub customer: String,
    pub name: String,
    /// Invoices due in the last 12 months paid late or still late.
    pub late_invoices: usize,
    pub paid: Money,
    /// Money that never came: balances past their due date still open at the end of the
    /// period, and amounts written off in it.
    pub unpaid_late: Money,
    /// Σ minor units × days late: paid amounts after the due date (0 when early), unpaid
    /// late amounts up to the end of the period.
    pub weighted_late_days: i128,
}

impl PayerLine {
    /// Average days late, weighted by amount, over what was paid in the period and what
    /// never came by its end: a customer who pays nothing is as late as its debts are old.
    pub fn average_days_late(&self) -> Option<Decimal> {
        kpi::weighted_average_days(self.weighted_late_days, self.weighed())
    }

    /// The amount the average lateness is weighted over.
    fn weighed(&self) -> Money {
        self.paid + self.unpaid_late
    }

    /// Three or more late invoices in twelve months.
    pub fn frequent_late_payer(&self) -> bool {
        is_frequent_late_payer(self.late_invoices)
    }
}

/// Invoiced vs collected, lateness and payers over a period.
#[derive(Debug, Clone, Default)]
pub struct KpiReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub invoiced: Money,
    pub collected: Money,
    /// Of invoices whose due date + 30 days fell in the period: total and what was still unpaid then.
    pub due_30_total: Money,
    pub due_30_unpaid: Money,
    pub late_now_count: usize,
    pub late_now: Money,
    pub over_90: Money,
    pub receivables: Money,
    /// Every customer with an invoice, by code.
    pub payers: Vec<PayerLine>,
}

impl KpiReport {
    /// Customers who paid in the period or owe late money at its end, latest payers
    /// first (then by code).
    fn ranked(&self) -> Vec<&PayerLine> {
        let mut ranked: Vec<&PayerLine> = self.payers.iter().filter(|p| p.weighed().is_positive()).collect();
        ranked.sort_by(|a, b| {
            b.average_days_late()
                .cmp(&a.average_days_late())
                .then(a.customer.cmp(&b.customer))
        });
        ranked
    }

    /// The three customers who paid latest or owe the oldest debts.
    pub fn worst_payers(&self) -> Vec<&PayerLine> {
        self.ranked().into_iter().take(3).collect()
    }

    /// The three customers who paid soonest, soonest first.
    pub fn best_payers(&self) -> Vec<&PayerLine> {
        self.ranked().into_iter().rev().take(3).collect()
    }

    /// Customers with at least one late invoice in twelve months.
    pub fn late_recurrence(&self) -> Vec<&PayerLine> {
        self.payers.iter().filter(|p| p.late_invoices > 0).collect()
    }
}

/// What revenue is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevenueBy {
    Product,
    Customer,
    Month,
}

/// Net revenue (excluding VAT, credit notes subtracted) of one key over a period.
#[derive(Debug, Clone)]
pub struct RevenueLine {
    pub key: String,
    pub label: String,
    pub invoices: i64,
    pub net: Money,
}

/// Net revenue per key over a period, and its total.
#[derive(Debug, Clone)]
pub struct RevenueReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub by: RevenueBy,
    pub lines: Vec<RevenueLine>,
    pub total: Money,
}

/// Which row of the forecast an amount lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForecastSlot {
    /// The week starting this Monday.
    Week(NaiveDate),
    /// Beyond the horizon.
    Later,
    /// More than [`DOUBTFUL_AFTER_DAYS`] later than the customer's usual delay.
    Doubtful,
}

impl ForecastSlot {
    pub fn as_str(self) -> &'static str {
        match self {
            ForecastSlot::Week(_) => "week",
            ForecastSlot::Later => "later",
            ForecastSlot::Doubtful => "doubtful",
        }
    }

    /// The Monday of a week row.
    pub fn week(self) -> Option<NaiveDate> {
        match self {
            ForecastSlot::Week(monday) => Some(monday),
            _ => None,
        }
    }
}

/// How many days past its usual delay an invoice may be before it is doubtful.
pub const DOUBTFUL_AFTER_DAYS: i64 = 30;

/// The longest horizon of a forecast, in weeks.
pub const MAX_FORECAST_WEEKS: usize = 104;

/// Expected cash-in of one row of the forecast.
#[derive(Debug, Clone)]
pub struct ForecastWeek {
    pub slot: ForecastSlot,
    pub invoices: usize,
    pub expected: Money,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_report_period_defaults_to_the_year_up_to_today() {
        let today = day("2026-11-24");
        assert_eq!(report_period(None, None, today), Ok((day("2025-11-25"), today)));
        assert_eq!(
            report_period(Some(day("2026-01-01")), Some(day("2026-03-31")), today),
            Ok((day("2026-01-01"), day("2026-03-31")))
        );
        assert!(report_period(Some(day("2026-04-01")), Some(day("2026-03-31")), today).is_err());
    }

    #[test]
    fn an_invoice_counts_in_the_period_of_its_issue_less_the_credits_dated_in_it() {
        let credits = [(day("2026-01-10"), 2000), (day("2026-03-05"), 500)];
        let r = Receivable {
            id: 1,
            customer_id: 1,
            issue: day("2025-12-20"),
            due: day("2026-01-19"),
            total: Money::eur(12000),
            payments: &[],
            credits: &credits,
            write_off: None,
            summed: None,
        };
        assert_eq!(
            invoiced_in(&r, day("2025-12-01"), day("2025-12-31")),
            Money::eur(12000)
        );
        assert_eq!(
            invoiced_in(&r, day("2026-01-01"), day("2026-12-31")),
            Money::eur(-2500)
        );
        assert_eq!(
            invoiced_in(&r, day("2025-01-01"), day("2026-01-31")),
            Money::eur(10000)
        );
    }

    #[test]
    fn best_and_worst_payers_leave_out_who_neither_paid_nor_is_late() {
        let payer = |code: &str, paid: i64, late_days: i128| PayerLine {
            customer: code.into(),
            name: String::new(),
            late_invoices: 0,
            paid: Money::eur(paid),
            unpaid_late: Money::eur(0),
            weighted_late_days: late_days * paid as i128,
        };
        let k = KpiReport {
            payers: vec![
                payer("A", 100, 10),
                payer("B", 100, 0),
                payer("C", 0, 0),
                payer("D", 100, 40),
            ],
            ..Default::default()
        };
        let codes = |v: Vec<&PayerLine>| v.iter().map(|p| p.customer.clone()).collect::<Vec<_>>();
        assert_eq!(codes(k.worst_payers()), ["D", "A", "B"]);
        assert_eq!(codes(k.best_payers()), ["B", "A", "D"]);
    }

    #[test]
    fn a_customer_who_never_pays_is_among_the_worst_payers() {
        let never_paid = PayerLine {
            customer: "N".into(),
            paid: Money::eur(0),
            unpaid_late: Money::eur(1000),
            weighted_late_days: 1000 * 200,
            ..Default::default()
        };
        assert_eq!(never_paid.average_days_late(), Some(Decimal::from(200)));
        let late_but_pays = PayerLine {
            customer: "L".into(),
            paid: Money::eur(1000),
            unpaid_late: Money::eur(0),
            weighted_late_days: 1000 * 50,
            ..Default::default()
        };
        let k = KpiReport {
            payers: vec![late_but_pays, never_paid],
            ..Default::default()
        };
        let codes = |v: Vec<&PayerLine>| v.iter().map(|p| p.customer.clone()).collect::<Vec<_>>();
        assert_eq!(codes(k.worst_payers()), ["N", "L"]);
    }
}
