//! `report dashboard`: the morning's figures on one screen (100 columns), with the
//! aging, split and forecast as bars and the DMP and DSO trend as sparklines; CSV is one
//! `section,item,value` row per figure, JSON the same numbers (docs/json.md).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::fmt::{amount, days, human, share};
use super::report::bar;
use super::words::number_cell;
use super::{Format, Listing, emit, emit_json};
use crate::domain::customer::Standing;
use crate::domain::dashboard::Dashboard;
use crate::domain::report::{DmpReport, ForecastSlot};

const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One character per value, from the lowest (▁) to the highest (█); a month without a
/// value is a space.
pub fn sparkline(values: &[Option<Decimal>]) -> String {
    let known: Vec<Decimal> = values.iter().flatten().copied().collect();
    let (Some(low), Some(high)) = (known.iter().min(), known.iter().max()) else {
        return " ".repeat(values.len());
    };
    let span = *high - *low;
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(_) if span.is_zero() => SPARKS[3],
            Some(v) => {
                let step = ((*v - *low) * Decimal::from(7) / span).round();
                SPARKS[usize::try_from(step.mantissa()).unwrap_or(0).min(7)]
            }
        })
        .collect()
}

#[derive(Serialize)]
struct PeriodJson {
    from: NaiveDate,
    to: NaiveDate,
}

#[derive(Serialize)]
struct MonthJson {
    month: String,
    from: NaiveDate,
    to: NaiveDate,
    payments: usize,
    paid: String,
    dmp_days: Option<String>,
    receivables: String,
    revenue: String,
    dso_days: Option<String>,
}

#[derive(Serialize)]
struct BucketJson {
    bucket: String,
    amount: String,
}

#[derive(Serialize)]
struct AgingJson {
    buckets: Vec<BucketJson>,
    credit: String,
    total: String,
}

#[derive(Serialize)]
struct PileJson {
    status: &'static str,
    count: usize,
    amount: String,
    amount_share: String,
}

#[derive(Serialize)]
struct WeekJson {
    kind: &'static str,
    week: Option<NaiveDate>,
    invoices: usize,
    expected: String,
}

#[derive(Serialize)]
struct PayerJson<'a> {
    customer: &'a str,
    name: &'a str,
    score: Option<u8>,
    grade: Option<&'static str>,
    balance: String,
    overdue: String,
    max_days_late: i64,
}

#[derive(Serialize)]
struct DunningJson {
    reminders: usize,
    mails: usize,
    skipped: usize,
    tasks: usize,
    formal_notices: usize,
    summary: String,
}

#[derive(Serialize)]
struct DashboardJson<'a> {
    date: NaiveDate,
    period: PeriodJson,
    receivables: String,
    overdue: String,
    overdue_invoices: usize,
    over_90_days: String,
    dmp_days: Option<String>,
    dso_days: Option<String>,
    trend: Vec<MonthJson>,
    aging: AgingJson,
    split: Vec<PileJson>,
    forecast: Vec<WeekJson>,
    worst_payers: Vec<PayerJson<'a>>,
    best_payers: Vec<PayerJson<'a>>,
    dunning: DunningJson,
}

fn opt_days(d: Option<Decimal>) -> Option<String> {
    d.map(|d| days(Some(d)))
}

fn month_json(m: &DmpReport) -> MonthJson {
    MonthJson {
        month: m.from.format("%Y-%m").to_string(),
        from: m.from,
        to: m.to,
        payments: m.total.payments,
        paid: amount(m.total.paid),
        dmp_days: opt_days(m.total.dmp()),
        receivables: amount(m.receivables),
        revenue: amount(m.revenue),
        dso_days: opt_days(m.dso()),
    }
}

fn payer_json(s: &Standing) -> PayerJson<'_> {
    PayerJson {
        customer: &s.customer.code,
        name: &s.customer.name,
        score: s.score.as_ref().map(|sc| sc.points),
        grade: s.score.as_ref().map(|sc| sc.grade.as_str()),
        balance: amount(s.balance),
        overdue: amount(s.overdue),
        max_days_late: s.max_days_late,
    }
}

fn dunning_json(d: &Dashboard) -> DunningJson {
    // JSON never changes with the interface's language: the summary is written in English
    let _english = super::dunning::words::machine_words(Format::Json);
    let c = &d.dunning;
    DunningJson {
        reminders: c.reminders,
        mails: c.mails,
        skipped: c.skipped,
        tasks: c.tasks,
        formal_notices: c.formal_notices,
        summary: super::dunning::dry_summary(d.as_of, c),
    }
}

fn json(d: &Dashboard) -> DashboardJson<'_> {
    let k = &d.kpis;
    let aging = &d.aging.totals;
    let split_total = d.split.minor();
    DashboardJson {
        date: d.as_of,
        period: PeriodJson {
            from: d.dmp.from,
            to: d.dmp.to,
        },
        receivables: amount(k.receivables),
        overdue: amount(k.late_now),
        overdue_invoices: k.late_now_count,
        over_90_days: amount(k.over_90),
        dmp_days: opt_days(d.dmp.total.dmp()),
        dso_days: opt_days(d.dmp.dso()),
        trend: d.trend.iter().map(month_json).collect(),
        aging: AgingJson {
            buckets: d
                .aging
                .buckets
                .names()
                .into_iter()
                .zip(&aging.amounts)
                .map(|(bucket, a)| BucketJson {
                    bucket,
                    amount: amount(*a),
                })
                .collect(),
            credit: amount(-aging.credit),
            total: amount(aging.total()),
        },
        split: d
            .split
            .piles
            .iter()
            .map(|p| PileJson {
                status: p.name,
                count: p.count,
                amount: amount(p.amount),
                amount_share: share(p.amount.minor(), split_total),
            })
            .collect(),
        forecast: d
            .forecast
            .iter()
            .map(|w| WeekJson {
                kind: w.slot.as_str(),
                week: w.slot.week(),
                invoices: w.invoices,
                expected: amount(w.expected),
            })
            .collect(),
        worst_payers: d.worst.iter().map(payer_json).collect(),
        best_payers: d.best.iter().map(payer_json).collect(),
        dunning: dunning_json(d),
    }
}

/// Every figure as a `section,item,value` row.
fn csv(j: &DashboardJson) -> Listing {
    let mut l = Listing::new(vec!["section", "item", "value"]);
    let mut row = |section: &str, item: &str, value: String| {
        l.push(vec![section.to_string(), item.to_string(), value]);
    };
    row("receivables", "receivables", j.receivables.clone());
    row("receivables", "overdue", j.overdue.clone());
    row("receivables", "overdue_invoices", j.overdue_invoices.to_string());
    row("receivables", "over_90_days", j.over_90_days.clone());
    row("delays", "dmp_days", j.dmp_days.clone().unwrap_or_default());
    row("delays", "dso_days", j.dso_days.clone().unwrap_or_default());
    for m in &j.trend {
        row("dmp_days", &m.month, m.dmp_days.clone().unwrap_or_default());
        row("dso_days", &m.month, m.dso_days.clone().unwrap_or_default());
    }
    for b in &j.aging.buckets {
        row("aging", &b.bucket, b.amount.clone());
    }
    row("aging", "credit", j.aging.credit.clone());
    row("aging", "total", j.aging.total.clone());
    for p in &j.split {
        row("split", p.status, p.amount.clone());
    }
    for w in &j.forecast {
        let item = w.week.map_or(w.kind.to_string(), |d| d.to_string());
        row("forecast", &item, w.expected.clone());
    }
    for (section, payers) in [("worst_payers", &j.worst_payers), ("best_payers", &j.best_payers)] {
        for p in payers {
            row(
                section,
                p.customer,
                p.score.map(|s| s.to_string()).unwrap_or_default(),
            );
        }
    }
    row("dunning", "reminders", j.dunning.reminders.to_string());
    row("dunning", "mails", j.dunning.mails.to_string());
    row("dunning", "tasks", j.dunning.tasks.to_string());
    row("dunning", "formal_notices", j.dunning.formal_notices.to_string());
    l
}

/// `report dashboard`.
pub fn dashboard(format: Format, d: &Dashboard) {
    let j = json(d);
    match format {
        Format::Json => return emit_json(&j),
        Format::Csv => return emit(&csv(&j).to_csv()),
        Format::Table => {}
    }
    let mut out = t!(
        "render-dash-title",
        date = d.as_of.to_string(),
        from = d.dmp.from.to_string(),
        to = d.dmp.to.to_string()
    );
    out.push_str("\n\n");
    let first = d
        .trend
        .first()
        .map(|m| m.from.format("%Y-%m").to_string())
        .unwrap_or_default();
    let last = d
        .trend
        .last()
        .map(|m| m.from.format("%Y-%m").to_string())
        .unwrap_or_default();
    let dmp_trend: Vec<Option<Decimal>> = d.trend.iter().map(|m| m.total.dmp()).collect();
    let dso_trend: Vec<Option<Decimal>> = d.trend.iter().map(|m| m.dso()).collect();
    let k = &d.kpis;
    out.push(' ');
    out.push_str(&t!(
        "render-dash-receivables",
        receivables = human(k.receivables),
        overdue = human(k.late_now),
        count = k.late_now_count,
        over_90 = human(k.over_90)
    ));
    out.push('\n');
    let by_month = t!(
        "render-dash-by-month",
        first = first.as_str(),
        last = last.as_str()
    );
    let mut head = Listing::new(vec!["", "", "", ""]).right(&[1]);
    head.push(vec![
        t!("render-dash-dmp"),
        number_cell(Format::Table, &days(d.dmp.total.dmp())),
        sparkline(&dmp_trend),
        by_month.clone(),
    ]);
    head.push(vec![
        t!("render-dash-dso"),
        number_cell(Format::Table, &days(d.dmp.dso())),
        sparkline(&dso_trend),
        by_month,
    ]);
    out.push_str(&body(&head));

    out.push_str(&format!("\n\n{}\n", t!("render-dash-aging")));
    let totals = &d.aging.totals;
    let max = totals.amounts.iter().map(|a| a.minor()).max().unwrap_or(0);
    let mut aging = Listing::new(vec!["", "", ""]).right(&[1]);
    for (title, a) in d.aging.buckets.titles().into_iter().zip(&totals.amounts) {
        aging.push(vec![super::words::label(&title), human(*a), bar(a.minor(), max)]);
    }
    if !totals.credit.is_zero() {
        aging.push(vec![
            t!("render-dash-credit"),
            human(-totals.credit),
            String::new(),
        ]);
    }
    aging.push(vec![
        t!("render-dash-total"),
        human(totals.total()),
        String::new(),
    ]);
    out.push_str(&body(&aging));

    out.push_str(&format!("\n\n{}\n", t!("render-dash-split")));
    let total = d.split.minor();
    let mut split = Listing::new(vec!["", "", "", "", ""]).right(&[1, 2, 3]);
    for p in &d.split.piles {
        let name = match p.name {
            "paid" => t!("render-dash-pile-paid"),
            "pending" => t!("render-dash-pile-pending"),
            "dunning" => t!("render-dash-pile-dunning"),
            other => other.to_string(),
        };
        split.push(vec![
            name,
            p.count.to_string(),
            human(p.amount),
            format!(
                "{} %",
                number_cell(Format::Table, &share(p.amount.minor(), total))
            ),
            bar(p.amount.minor(), total),
        ]);
    }
    out.push_str(&body(&split));

    out.push_str(&format!(
        "\n\n{}\n",
        t!("render-dash-forecast", weeks = d.forecast.len().saturating_sub(2))
    ));
    let max = d.forecast.iter().map(|w| w.expected.minor()).max().unwrap_or(0);
    let mut weeks = Listing::new(vec!["", "", "", ""]).right(&[1, 2]);
    for w in &d.forecast {
        let label = match w.slot {
            ForecastSlot::Week(monday) => t!("render-dash-week-of", monday = monday.to_string()),
            ForecastSlot::Later => t!("render-dash-later"),
            ForecastSlot::Doubtful => t!("render-dash-doubtful"),
        };
        weeks.push(vec![
            label,
            w.invoices.to_string(),
            human(w.expected),
            bar(w.expected.minor(), max),
        ]);
    }
    out.push_str(&body(&weeks));

    // one table for both ends of the ranking, so that their columns line up
    out.push_str(&format!("\n\n{}\n", t!("render-dash-payers")));
    let mut payers = Listing::new(vec![
        "",
        "customer",
        "name",
        "score",
        "balance",
        "overdue",
        "days late",
    ])
    .right(&[3, 4, 5, 6]);
    for (end, list) in [
        (t!("render-dash-worst"), &d.worst),
        (t!("render-dash-best"), &d.best),
    ] {
        for (i, s) in list.iter().enumerate() {
            payers.push(vec![
                if i == 0 { end.clone() } else { String::new() },
                s.customer.code.clone(),
                s.customer.name.clone(),
                super::score::label_cell(Format::Table, s.score.as_ref()),
                human(s.balance),
                human(s.overdue),
                s.max_days_late.to_string(),
            ]);
        }
    }
    out.push_str(&if payers.rows.is_empty() {
        t!("render-none")
    } else {
        payers.to_table()
    });

    out.push_str(&format!("\n\n{}\n", t!("render-dash-dunning")));
    let n = &j.dunning;
    let mut dunning = Listing::new(vec!["", ""]).right(&[0]);
    dunning.push(vec![
        n.reminders.to_string(),
        t!(
            "render-dash-dunning-send",
            reminders = n.reminders,
            mails = n.mails,
            notices = n.formal_notices
        ),
    ]);
    dunning.push(vec![
        n.tasks.to_string(),
        t!("render-dash-dunning-tasks", tasks = n.tasks, skipped = n.skipped),
    ]);
    out.push_str(&body(&dunning));
    emit(&out);
}

/// The dashboard in three lines, for the demo's summary.
pub fn headline(d: &Dashboard) -> String {
    let k = &d.kpis;
    let dmp: Vec<Option<Decimal>> = d.trend.iter().map(|m| m.total.dmp()).collect();
    let dso: Vec<Option<Decimal>> = d.trend.iter().map(|m| m.dso()).collect();
    let grades: Vec<String> = d
        .grades
        .iter()
        .map(|(g, n)| format!("{n} {}", g.as_str()))
        .collect();
    t!(
        "render-dash-headline",
        receivables = human(k.receivables),
        overdue = human(k.late_now),
        count = k.late_now_count,
        over_90 = human(k.over_90),
        dmp = number_cell(Format::Table, &days(d.dmp.total.dmp())),
        dmp_trend = sparkline(&dmp),
        dso = number_cell(Format::Table, &days(d.dmp.dso())),
        dso_trend = sparkline(&dso),
        grades = grades.join(", ")
    )
}

/// A listing without its header and rule: the dashboard's blocks label their rows.
fn body(l: &Listing) -> String {
    l.to_table().lines().skip(2).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sparkline_goes_from_the_lowest_to_the_highest_value() {
        let v = |n: i64| Some(Decimal::from(n));
        assert_eq!(sparkline(&[v(0), v(7), v(14)]), "▁▅█");
        assert_eq!(sparkline(&[v(5), None, v(5)]), "▄ ▄");
        assert_eq!(sparkline(&[None, None]), "  ");
        assert_eq!(sparkline(&[v(30), v(10), v(20), v(40)]).chars().count(), 4);
    }
}
