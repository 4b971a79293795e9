//! `report trends`: the monthly series a person would rather look at than read, drawn as
//! bars (DMP and DSO, invoiced vs collected) with the score distribution; CSV is one
//! `series,item,value` row per figure, JSON the same numbers.
//!
//! Bars, not a plotting crate: each series has twelve points and every one is labelled
//! with its month and its value, which a braille line plot (textplots) cannot do in 100
//! columns; the bars are the ones every other report already draws.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::fmt::{amount, days, human};
use super::report::bar;
use super::{Format, Listing, emit, emit_json};
use crate::domain::dashboard::Trends;
use crate::i18n::{self, Lang};

#[derive(Serialize)]
struct MonthJson {
    month: String,
    from: NaiveDate,
    to: NaiveDate,
    dmp_days: Option<String>,
    dso_days: Option<String>,
    invoiced: String,
    collected: String,
}

#[derive(Serialize)]
struct GradeJson {
    grade: &'static str,
    customers: usize,
}

#[derive(Serialize)]
struct TrendsJson {
    date: NaiveDate,
    months: Vec<MonthJson>,
    grades: Vec<GradeJson>,
}

fn json(d: &Trends) -> TrendsJson {
    TrendsJson {
        date: d.as_of,
        months: d
            .trend
            .iter()
            .map(|m| MonthJson {
                month: m.from.format("%Y-%m").to_string(),
                from: m.from,
                to: m.to,
                dmp_days: m.total.dmp().map(|v| days(Some(v))),
                dso_days: m.dso().map(|v| days(Some(v))),
                invoiced: amount(m.revenue),
                collected: amount(m.total.paid),
            })
            .collect(),
        grades: d
            .grades
            .iter()
            .map(|(g, n)| GradeJson {
                grade: g.as_str(),
                customers: *n,
            })
            .collect(),
    }
}

/// Tenths of a day, to draw days as bars.
fn tenths(d: Option<Decimal>) -> i64 {
    d.map_or(0, |d| (d * Decimal::TEN).round().try_into().unwrap_or(0))
}

/// A listing without its header and rule: each block labels its rows.
fn body(l: &Listing) -> String {
    l.to_table().lines().skip(2).collect::<Vec<_>>().join("\n")
}

/// An amount of the bars: grouped in French; English keeps the figures as its golden
/// output pins them.
fn figure(value: crate::domain::money::Money) -> String {
    if i18n::current() == Lang::Fr {
        human(value)
    } else {
        amount(value)
    }
}

/// Days with a decimal comma in French.
fn day_figure(value: Option<Decimal>) -> String {
    super::words::number_cell(Format::Table, &days(value))
}

/// `report trends`.
pub fn trends(format: Format, d: &Trends) {
    let j = json(d);
    match format {
        Format::Json => return emit_json(&j),
        Format::Csv => {
            let mut l = Listing::new(vec!["series", "item", "value"]);
            for m in &j.months {
                l.push(vec![
                    "dmp_days".into(),
                    m.month.clone(),
                    m.dmp_days.clone().unwrap_or_default(),
                ]);
                l.push(vec![
                    "dso_days".into(),
                    m.month.clone(),
                    m.dso_days.clone().unwrap_or_default(),
                ]);
                l.push(vec!["invoiced".into(), m.month.clone(), m.invoiced.clone()]);
                l.push(vec!["collected".into(), m.month.clone(), m.collected.clone()]);
            }
            for g in &j.grades {
                l.push(vec!["grade".into(), g.grade.into(), g.customers.to_string()]);
            }
            return emit(&l.to_csv());
        }
        Format::Table => {}
    }
    let mut out = format!("{}\n", t!("views-trends-title", date = d.as_of.to_string()));

    out.push_str(&format!("\n{}\n", t!("views-trends-delays")));
    let max = d
        .trend
        .iter()
        .flat_map(|m| [tenths(m.total.dmp()), tenths(m.dso())])
        .max()
        .unwrap_or(0);
    let mut delays = Listing::new(vec!["", "", "", ""]).right(&[2]);
    for m in &d.trend {
        let month = m.from.format("%Y-%m").to_string();
        delays.push(vec![
            month,
            "DMP".into(),
            day_figure(m.total.dmp()),
            bar(tenths(m.total.dmp()), max),
        ]);
        delays.push(vec![
            String::new(),
            "DSO".into(),
            day_figure(m.dso()),
            bar(tenths(m.dso()), max),
        ]);
    }
    out.push_str(&body(&delays));

    out.push_str(&format!("\n\n{}\n", t!("views-trends-cash")));
    let max = d
        .trend
        .iter()
        .flat_map(|m| [m.revenue.minor(), m.total.paid.minor()])
        .max()
        .unwrap_or(0);
    let mut cash = Listing::new(vec!["", "", "", ""]).right(&[2]);
    for m in &d.trend {
        cash.push(vec![
            m.from.format("%Y-%m").to_string(),
            t!("views-trends-invoiced"),
            figure(m.revenue),
            bar(m.revenue.minor(), max),
        ]);
        cash.push(vec![
            String::new(),
            t!("views-trends-collected"),
            figure(m.total.paid),
            bar(m.total.paid.minor(), max),
        ]);
    }
    out.push_str(&body(&cash));

    out.push_str(&format!("\n\n{}\n", t!("views-trends-grades")));
    let max = d.grades.iter().map(|(_, n)| *n as i64).max().unwrap_or(0);
    let mut grades = Listing::new(vec!["", "", ""]).right(&[1]);
    for (g, n) in &d.grades {
        grades.push(vec![
            super::score::grade_word(*g),
            n.to_string(),
            bar(*n as i64, max),
        ]);
    }
    out.push_str(&body(&grades));
    out.push('\n');
    emit(&out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_tenths_for_the_bars() {
        assert_eq!(tenths(Some(Decimal::new(125, 1))), 125);
        assert_eq!(tenths(None), 0);
    }
}
