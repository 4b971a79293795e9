//! `creances report ...`: who owes what since when, how fast customers pay, what comes in.

use std::io::IsTerminal;

use chrono::{Days, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use serde_json::{Value, json};

use super::{Ctx, date_arg};
use crate::domain::aging::{Basis, Buckets};
use crate::domain::money::{Currency, Money};
use crate::error::Error;
use crate::ops::report::{self as ops, AgingBy, RevenueBy};
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Format, Listing, emit, print_list};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late
    Aging(AgingArgs),
    /// Délai moyen de paiement (amount-weighted days from issue to payment) and DSO
    Dmp(DmpArgs),
    /// Paid / pending / dunning: counts, amounts and shares
    Split,
    /// Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers
    Kpis(PeriodArgs),
    /// Net revenue (excl. VAT, credit notes subtracted) by product, customer or month
    Revenue(RevenueArgs),
    /// Expected cash-in per week, from each customer's own past delay
    Forecast(ForecastArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ByCustomerOrInvoice {
    Customer,
    Invoice,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum BasisArg {
    Due,
    Issue,
}

#[derive(Debug, Args)]
pub struct AgingArgs {
    /// One row per customer or per open invoice
    #[arg(long, value_enum, default_value = "customer")]
    by: ByCustomerOrInvoice,
    /// Upper limits of the late buckets, in days
    #[arg(long, default_value = "30,60,90")]
    buckets: String,
    /// Count days past the due date, or since the issue date
    #[arg(long, value_enum, default_value = "due")]
    basis: BasisArg,
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// First day of the period (default: a year before --to)
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// Last day of the period (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DmpArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// One row per customer
    #[arg(long, value_enum)]
    by: Option<OnlyCustomer>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OnlyCustomer {
    Customer,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RevenueByArg {
    Product,
    Customer,
    Month,
}

#[derive(Debug, Args)]
pub struct RevenueArgs {
    #[arg(long, value_enum)]
    by: RevenueByArg,
    #[command(flatten)]
    period: PeriodArgs,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    /// How many weeks ahead
    #[arg(long, default_value_t = 8)]
    weeks: usize,
}

impl PeriodArgs {
    fn resolve(&self, as_of: NaiveDate) -> Result<(NaiveDate, NaiveDate), Error> {
        let to = self.to.unwrap_or(as_of);
        let from = self
            .from
            .unwrap_or_else(|| to.checked_sub_days(Days::new(364)).unwrap_or(to));
        if from > to {
            return Err(Error::Input(format!(
                "--from {from} is after --to {to}: swap them"
            )));
        }
        Ok((from, to))
    }
}

/// Proportional bars next to the numbers, on a terminal only: people look before they read.
fn bars_wanted(ctx: &Ctx) -> bool {
    ctx.format == Format::Table && std::io::stdout().is_terminal()
}

fn bar(value: i64, max: i64) -> String {
    const WIDTH: i64 = 30;
    if max <= 0 || value <= 0 {
        return String::new();
    }
    let eighths = (value as i128 * WIDTH as i128 * 8 / max as i128) as usize;
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

fn cents(amount: Money) -> String {
    fmt_amount(amount)
}

/// A share in percent with one decimal, rounded as every percentage is (domain::kpi).
fn share(part: i64, whole: i64) -> String {
    crate::domain::kpi::percent(Decimal::from(part), Decimal::from(whole))
        .map_or_else(|| "0.0".into(), |p| format!("{p:.1}"))
}

fn opt_decimal(d: Option<Decimal>) -> String {
    d.map(|d| format!("{d:.1}")).unwrap_or_default()
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    match cmd {
        ReportCommand::Aging(args) => {
            let buckets = Buckets::parse(&args.buckets)?;
            let basis = match args.basis {
                BasisArg::Due => Basis::Due,
                BasisArg::Issue => Basis::Issue,
            };
            let by = match args.by {
                ByCustomerOrInvoice::Customer => AgingBy::Customer,
                ByCustomerOrInvoice::Invoice => AgingBy::Invoice,
            };
            let report = ledger.read(|tx| ops::aging(tx, ctx.as_of, by, &buckets, basis))?;
            print_aging(ctx, &report, by);
        }
        ReportCommand::Dmp(args) => {
            let (from, to) = args.period.resolve(ctx.as_of)?;
            let report = ledger.read(|tx| ops::dmp(tx, from, to, args.by.is_some()))?;
            print_dmp(ctx, &report);
        }
        ReportCommand::Split => {
            let report = ledger.read(|tx| {
                let reminded = crate::store::dunning::reminded_after_due(tx, ctx.as_of)?;
                ops::split(tx, ctx.as_of, &reminded)
            })?;
            print_split(ctx, &report);
        }
        ReportCommand::Kpis(args) => {
            let (from, to) = args.resolve(ctx.as_of)?;
            let report = ledger.read(|tx| ops::kpis(tx, from, to))?;
            print_kpis(ctx, &report);
        }
        ReportCommand::Revenue(args) => {
            let (from, to) = args.period.resolve(ctx.as_of)?;
            let by = match args.by {
                RevenueByArg::Product => RevenueBy::Product,
                RevenueByArg::Customer => RevenueBy::Customer,
                RevenueByArg::Month => RevenueBy::Month,
            };
            let lines = ledger.read(|tx| ops::revenue(tx, from, to, by))?;
            let key = match by {
                RevenueBy::Product => "sku",
                RevenueBy::Customer => "customer",
                RevenueBy::Month => "month",
            };
            let with_label = by != RevenueBy::Month;
            let mut headers = vec![key, "label", "invoices", "net"];
            if !with_label {
                headers.remove(1);
            }
            let right: Vec<usize> = if with_label { vec![2, 3] } else { vec![1, 2] };
            let mut l = Listing::new(headers).right(&right);
            let mut out = Vec::new();
            let mut total = Money::zero(lines.first().map_or(Currency::EUR, |l| l.net.currency()));
            for line in &lines {
                total += line.net;
                let mut row = vec![
                    line.key.clone(),
                    line.label.clone(),
                    line.invoices.to_string(),
                    cents(line.net),
                ];
                if !with_label {
                    row.remove(1);
                }
                l.push(row);
                out.push(json!({key: line.key, "label": line.label, "invoices": line.invoices, "net": cents(line.net)}));
            }
            if ctx.format == Format::Table {
                let mut row = vec![
                    "total".into(),
                    format!("{from} to {to}"),
                    String::new(),
                    cents(total),
                ];
                if !with_label {
                    row[1] = String::new();
                    row.remove(2);
                }
                l.push(row);
            }
            print_list(ctx.format, &l, out);
        }
        ReportCommand::Forecast(args) => {
            if args.weeks == 0 || args.weeks > 104 {
                return Err(Error::Input("--weeks must be between 1 and 104".into()));
            }
            let weeks = ledger.read(|tx| ops::forecast(tx, ctx.as_of, args.weeks))?;
            let max = weeks.iter().map(|w| w.expected.minor()).max().unwrap_or(0);
            let bars = bars_wanted(ctx);
            let mut headers = vec!["week of", "invoices", "expected"];
            if bars {
                headers.push("");
            }
            let mut l = Listing::new(headers).right(&[1, 2]);
            let mut out = Vec::new();
            for (i, w) in weeks.iter().enumerate() {
                let kind = match (w.week, i == weeks.len() - 1) {
                    (Some(_), _) => "week",
                    (None, false) => "later",
                    (None, true) => "doubtful",
                };
                let label = w.week.map(|d| d.to_string()).unwrap_or_else(|| kind.into());
                let mut row = vec![label.clone(), w.invoices.to_string(), cents(w.expected)];
                if bars {
                    row.push(bar(w.expected.minor(), max));
                }
                l.push(row);
                out.push(json!({"kind": kind, "week": w.week.map(|d| d.to_string()), "invoices": w.invoices, "expected": cents(w.expected)}));
            }
            print_list(ctx.format, &l, out);
            if ctx.format == Format::Table {
                emit(
                    "Each open balance is expected on its due date plus the customer's own average delay (amount-weighted over its past payments); a little later than usual is expected this week; more than 30 days later than usual is doubtful.",
                );
            }
        }
    }
    Ok(())
}

fn print_aging(ctx: &Ctx, report: &ops::AgingReport, by: AgingBy) {
    let names = report.buckets.names();
    let titles = report.buckets.titles();
    let bars = bars_wanted(ctx);
    let mut headers: Vec<String> = match by {
        AgingBy::Customer => vec!["customer".into(), "name".into()],
        AgingBy::Invoice => vec!["invoice".into(), "customer".into()],
    };
    let first_amount = headers.len();
    headers.extend(titles.iter().cloned());
    headers.extend(["credit".into(), "total".into()]);
    if bars {
        headers.push(String::new());
    }
    let amount_columns: Vec<usize> = (first_amount..first_amount + titles.len() + 2).collect();
    let mut l = Listing::new(headers).right(&amount_columns);
    let max = report
        .lines
        .iter()
        .map(|x| x.row.total().minor())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    let row_of = |key: Vec<String>, row: &crate::domain::aging::AgingRow| -> Vec<String> {
        let mut r = key;
        r.extend(row.amounts.iter().map(|c| cents(*c)));
        r.push(cents(-row.credit));
        r.push(cents(row.total()));
        r
    };
    for line in &report.lines {
        let key = match by {
            AgingBy::Customer => vec![line.customer.clone(), line.name.clone()],
            AgingBy::Invoice => vec![line.invoice.clone().unwrap_or_default(), line.customer.clone()],
        };
        let mut r = row_of(key, &line.row);
        if bars {
            r.push(bar(line.row.total().minor(), max));
        }
        l.push(r);
        let mut obj = serde_json::Map::new();
        if let Some(inv) = &line.invoice {
            obj.insert("invoice".into(), json!(inv));
        }
        obj.insert("customer".into(), json!(line.customer));
        obj.insert("name".into(), json!(line.name));
        for (name, c) in names.iter().zip(&line.row.amounts) {
            obj.insert(name.clone(), json!(cents(*c)));
        }
        obj.insert("credit".into(), json!(cents(-line.row.credit)));
        obj.insert("total".into(), json!(cents(line.row.total())));
        out.push(Value::Object(obj));
    }
    if ctx.format != Format::Json {
        let mut r = row_of(vec!["total".into(), String::new()], &report.totals);
        if bars {
            r.push(String::new());
        }
        l.push(r);
    }
    print_list(ctx.format, &l, out);
    if ctx.format == Format::Table && bars {
        let max_bucket = report.totals.amounts.iter().map(|a| a.minor()).max().unwrap_or(0);
        let mut text = String::from("\n");
        for (t, c) in titles.iter().zip(&report.totals.amounts) {
            text.push_str(&format!(
                "{t:>8} {:>12}  {}\n",
                cents(*c),
                bar(c.minor(), max_bucket)
            ));
        }
        emit(&text);
    }
}

fn print_dmp(ctx: &Ctx, r: &ops::DmpReport) {
    let mut l = Listing::new(vec!["customer", "payments", "paid", "dmp (days)"]).right(&[1, 2, 3]);
    let mut out = Vec::new();
    for line in r.lines.iter().chain(std::iter::once(&r.total)) {
        let name = line.customer.clone().unwrap_or_else(|| "all customers".into());
        l.push(vec![
            name.clone(),
            line.payments.to_string(),
            cents(line.paid),
            opt_decimal(line.dmp()),
        ]);
        if line.customer.is_some() {
            out.push(json!({"customer": name, "payments": line.payments, "paid": cents(line.paid), "dmp_days": line.dmp().map(|d| format!("{d:.1}"))}));
        }
    }
    let summary = json!({
        "from": r.from.to_string(), "to": r.to.to_string(), "days": r.days(),
        "payments": r.total.payments, "paid": cents(r.total.paid),
        "dmp_days": r.total.dmp().map(|d| format!("{d:.1}")),
        "receivables": cents(r.receivables), "revenue": cents(r.revenue),
        "dso_days": r.dso().map(|d| format!("{d:.1}")),
        "by_customer": out,
    });
    match ctx.format {
        Format::Json => crate::render::emit_json(&summary),
        Format::Csv => emit(&l.to_csv()),
        Format::Table => {
            emit(&format!("Period {} to {} ({} days)", r.from, r.to, r.days()));
            emit(&l.to_table());
            emit(&format!(
                "\nDSO {} days = receivables {} ÷ revenue incl. VAT {} × {} days\n\nDMP = Σ(amount paid × days from issue to payment) ÷ Σ amount paid, over payments received in the period\nDSO = receivables at the end of the period ÷ invoices (less credit notes) issued in the period, VAT included × days in the period",
                opt_decimal(r.dso()),
                cents(r.receivables),
                cents(r.revenue),
                r.days()
            ));
        }
    }
}

fn print_split(ctx: &Ctx, r: &ops::SplitReport) {
    let count: usize = r.piles.iter().map(|p| p.1).sum();
    let amount: i64 = r.piles.iter().map(|p| p.2.minor()).sum();
    let bars = bars_wanted(ctx);
    let mut headers = vec!["status", "count", "count %", "amount", "amount %"];
    if bars {
        headers.push("");
    }
    let mut l = Listing::new(headers).right(&[1, 2, 3, 4]);
    let mut out = Vec::new();
    for (name, n, c) in &r.piles {
        let mut row = vec![
            name.to_string(),
            n.to_string(),
            share(*n as i64, count as i64),
            cents(*c),
            share(c.minor(), amount),
        ];
        if bars {
            row.push(bar(c.minor(), amount));
        }
        l.push(row);
        out.push(json!({"status": name, "count": n, "count_share": share(*n as i64, count as i64), "amount": cents(*c), "amount_share": share(c.minor(), amount)}));
    }
    print_list(ctx.format, &l, out);
    if ctx.format == Format::Table {
        emit(&format!(
            "paid: settled by payments (amount paid); pending: open, not reminded after its due date (balance); dunning: overdue and reminded at least once (balance). {} fully credited or written-off invoices are left out.",
            r.excluded
        ));
    }
}

fn print_kpis(ctx: &Ctx, k: &ops::KpiReport) {
    let unpaid_rate = share(k.due_30_unpaid.minor(), k.due_30_total.minor());
    let mut worst: Vec<&ops::PayerLine> = k.payers.iter().filter(|p| p.paid.is_positive()).collect();
    worst.sort_by(|a, b| {
        b.average_days_late()
            .cmp(&a.average_days_late())
            .then(a.customer.cmp(&b.customer))
    });
    let best: Vec<&ops::PayerLine> = worst.iter().rev().take(3).copied().collect();
    let worst: Vec<&ops::PayerLine> = worst.iter().take(3).copied().collect();
    let payer_json = |p: &ops::PayerLine| json!({"customer": p.customer, "name": p.name, "paid": cents(p.paid), "average_days_late": opt_decimal(p.average_days_late()), "late_invoices_12_months": p.late_invoices, "frequent_late_payer": p.frequent_late_payer()});
    let recurrence: Vec<&ops::PayerLine> = k.payers.iter().filter(|p| p.late_invoices > 0).collect();
    let value = json!({
        "from": k.from.to_string(), "to": k.to.to_string(),
        "invoiced": cents(k.invoiced), "collected": cents(k.collected),
        "collected_share": share(k.collected.minor(), k.invoiced.minor()),
        "unpaid_rate_30_days_after_due": unpaid_rate,
        "late_now_count": k.late_now_count, "late_now_amount": cents(k.late_now),
        "receivables": cents(k.receivables), "receivables_over_90_days": cents(k.over_90),
        "late_recurrence": recurrence.iter().map(|p| payer_json(p)).collect::<Vec<_>>(),
        "best_payers": best.iter().map(|p| payer_json(p)).collect::<Vec<_>>(),
        "worst_payers": worst.iter().map(|p| payer_json(p)).collect::<Vec<_>>(),
    });
    let mut l = Listing::new(vec!["indicator", "value"]).right(&[1]);
    l.push(vec![
        format!("invoiced {} to {}", k.from, k.to),
        cents(k.invoiced),
    ]);
    l.push(vec![
        "collected".into(),
        format!(
            "{} ({} %)",
            cents(k.collected),
            share(k.collected.minor(), k.invoiced.minor())
        ),
    ]);
    l.push(vec![
        "unpaid 30 days after due (% of amount)".into(),
        format!("{unpaid_rate} %"),
    ]);
    l.push(vec![
        "invoices late now".into(),
        format!("{} ({})", k.late_now_count, cents(k.late_now)),
    ]);
    l.push(vec!["receivables".into(), cents(k.receivables)]);
    l.push(vec!["receivables over 90 days late".into(), cents(k.over_90)]);
    match ctx.format {
        Format::Json => crate::render::emit_json(&value),
        Format::Csv => emit(&l.to_csv()),
        Format::Table => {
            emit(&l.to_table());
            let mut p = Listing::new(vec![
                "customer",
                "name",
                "late invoices (12 months)",
                "avg days late",
                "paid",
                "flag",
            ])
            .right(&[2, 3, 4]);
            for line in &k.payers {
                p.push(vec![
                    line.customer.clone(),
                    line.name.clone(),
                    line.late_invoices.to_string(),
                    opt_decimal(line.average_days_late()),
                    cents(line.paid),
                    if line.frequent_late_payer() {
                        "frequent late payer".into()
                    } else {
                        String::new()
                    },
                ]);
            }
            emit(&format!("\nPayers\n{}", p.to_table()));
            let names = |v: &[&ops::PayerLine]| {
                v.iter()
                    .map(|p| format!("{} ({} d)", p.customer, opt_decimal(p.average_days_late())))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            emit(&format!(
                "\nbest payers: {}\nworst payers: {}",
                names(&best),
                names(&worst)
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{bar, share};

    #[test]
    fn bars_are_proportional_with_eighths() {
        assert_eq!(bar(100, 100).chars().count(), 30);
        assert_eq!(bar(50, 100), "█".repeat(15));
        assert_eq!(bar(1, 240), "▏");
        assert_eq!(bar(0, 100), "");
        assert_eq!(bar(-5, 100), "");
        assert_eq!(bar(5, 0), "");
    }

    #[test]
    fn shares_have_one_decimal() {
        assert_eq!(share(1, 3), "33.3");
        assert_eq!(share(0, 0), "0.0");
        assert_eq!(share(2, 2), "100.0");
        // half away from zero, as every percentage of the reports (6.25 → 6.3)
        assert_eq!(share(1, 16), "6.3");
    }
}
