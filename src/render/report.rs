//! The reports as tables (with bars on a terminal), CSV and JSON (docs/json.md).

use std::io::IsTerminal;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::fmt::{amount, days, share};
use super::words::{money_cell, number_cell};
use super::{Format, Listing, emit, emit_json, print_list};
use crate::domain::aging::AgingRow;

mod kpis;
use crate::domain::report::{
    AgingBy, AgingLine, AgingReport, DmpReport, ForecastSlot, ForecastWeek, RevenueBy, RevenueReport,
    SplitReport,
};
pub use kpis::kpis;

/// Proportional bars next to the numbers, on a terminal only: people look before they read.
fn bars_wanted(format: Format) -> bool {
    format == Format::Table && std::io::stdout().is_terminal()
}

pub(crate) fn bar(value: i64, max: i64) -> String {
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

/// A row of the aged balance in JSON: its keys are the bucket names of the report, so the
/// map is written by hand (in the order docs/json.md documents).
struct AgingLineJson<'a> {
    line: &'a AgingLine,
    names: &'a [String],
}

impl Serialize for AgingLineJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let line = self.line;
        let mut map = s.serialize_map(None)?;
        if let Some(invoice) = &line.invoice {
            map.serialize_entry("invoice", invoice)?;
        }
        map.serialize_entry("customer", &line.customer)?;
        map.serialize_entry("name", &line.name)?;
        for (name, c) in self.names.iter().zip(&line.row.amounts) {
            map.serialize_entry(name, &amount(*c))?;
        }
        map.serialize_entry("credit", &amount(-line.row.credit))?;
        map.serialize_entry("total", &amount(line.row.total()))?;
        map.end()
    }
}

/// `report aging`.
pub fn aging(format: Format, report: &AgingReport) {
    let by = report.by;
    let names = report.buckets.names();
    let titles = report.buckets.titles();
    let bars = bars_wanted(format);
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
    let row_of = |key, row| aging_cells(format, key, row);
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
    }
    if format != Format::Json {
        let mut r = row_of(vec!["total".into(), String::new()], &report.totals);
        if bars {
            r.push(String::new());
        }
        l.push(r);
    }
    let json: Vec<AgingLineJson> = report
        .lines
        .iter()
        .map(|line| AgingLineJson { line, names: &names })
        .collect();
    print_list(format, &l, json);
    if format == Format::Table && !report.converted.is_empty() {
        let codes: Vec<String> = report.converted.iter().map(|c| c.to_string()).collect();
        emit(&format!(
            "Invoices in {} converted at the rate fixed at their issue; unallocated payments in another currency at the rate of their day.\n",
            codes.join(", ")
        ));
    }
    if format == Format::Table && bars {
        let max_bucket = report.totals.amounts.iter().map(|a| a.minor()).max().unwrap_or(0);
        let mut text = String::from("\n");
        for (t, c) in titles.iter().zip(&report.totals.amounts) {
            text.push_str(&format!(
                "{t:>8} {:>12}  {}\n",
                money_cell(format, *c),
                bar(c.minor(), max_bucket)
            ));
        }
        emit(&text);
    }
}

/// `report aging --by invoice` as CSV or JSON, written line by line: the bytes `aging`
/// writes for the same report.
pub struct AgingLines {
    out: super::stream::ListStream,
    names: Vec<String>,
}

impl AgingLines {
    /// None for a table (its columns and bars are sized on every line first).
    pub fn new(format: Format, buckets: &crate::domain::aging::Buckets) -> Option<AgingLines> {
        let mut headers: Vec<String> = vec!["invoice".into(), "customer".into()];
        headers.extend(buckets.titles());
        headers.extend(["credit".into(), "total".into()]);
        super::stream::ListStream::new(format, &headers).map(|out| AgingLines {
            out,
            names: buckets.names(),
        })
    }

    pub fn push(&mut self, line: &AgingLine) {
        if self.out.is_json() {
            self.out.json(&AgingLineJson {
                line,
                names: &self.names,
            });
        } else {
            self.out.cells(&aging_cells(
                Format::Csv,
                vec![line.invoice.clone().unwrap_or_default(), line.customer.clone()],
                &line.row,
            ));
        }
    }

    /// The totals row (CSV only), and the end of the list.
    pub fn finish(mut self, totals: &AgingRow) {
        self.out.cells(&aging_cells(
            Format::Csv,
            vec!["total".into(), String::new()],
            totals,
        ));
        self.out.finish();
    }
}

/// A row of the aged balance: its key cells, then the amounts, credit and total.
/// Amounts grouped in a table, in their machine form in CSV.
fn aging_cells(format: Format, key: Vec<String>, row: &AgingRow) -> Vec<String> {
    let mut r = key;
    r.extend(row.amounts.iter().map(|c| money_cell(format, *c)));
    r.push(money_cell(format, -row.credit));
    r.push(money_cell(format, row.total()));
    r
}

/// One customer's delays in `report dmp --format json`.
#[derive(serde::Serialize)]
struct DelayJson {
    customer: String,
    payments: usize,
    paid: String,
    dmp_days: Option<String>,
}

/// `report dmp --format json`.
#[derive(serde::Serialize)]
struct DmpJson {
    from: String,
    to: String,
    days: i64,
    payments: usize,
    paid: String,
    dmp_days: Option<String>,
    receivables: String,
    revenue: String,
    dso_days: Option<String>,
    by_customer: Vec<DelayJson>,
}

/// `report dmp`.
pub fn dmp(format: Format, r: &DmpReport) {
    let _english = super::dunning::words::machine_words(format);
    let mut l = Listing::new(vec!["customer", "payments", "paid", "dmp (days)"]).right(&[1, 2, 3]);
    let mut by_customer = Vec::new();
    for line in r.lines.iter().chain(std::iter::once(&r.total)) {
        let name = line
            .customer
            .clone()
            .unwrap_or_else(|| t!("views-report-all-customers"));
        l.push(vec![
            name.clone(),
            line.payments.to_string(),
            money_cell(format, line.paid),
            number_cell(format, &days(line.dmp())),
        ]);
        if line.customer.is_some() {
            by_customer.push(DelayJson {
                customer: name,
                payments: line.payments,
                paid: amount(line.paid),
                dmp_days: line.dmp().map(|d| days(Some(d))),
            });
        }
    }
    match format {
        Format::Json => emit_json(&DmpJson {
            from: r.from.to_string(),
            to: r.to.to_string(),
            days: r.days(),
            payments: r.total.payments,
            paid: amount(r.total.paid),
            dmp_days: r.total.dmp().map(|d| days(Some(d))),
            receivables: amount(r.receivables),
            revenue: amount(r.revenue),
            dso_days: r.dso().map(|d| days(Some(d))),
            by_customer,
        }),
        Format::Csv => emit(&l.to_csv()),
        Format::Table => {
            emit(&t!(
                "views-report-period",
                from = r.from.to_string(),
                to = r.to.to_string(),
                days = r.days()
            ));
            emit(&l.to_table());
            emit(&format!(
                "\n{}\n\n{}\n{}",
                t!(
                    "views-report-dso",
                    dso = number_cell(format, &days(r.dso())),
                    receivables = money_cell(format, r.receivables),
                    revenue = money_cell(format, r.revenue),
                    days = r.days()
                ),
                t!("views-report-dmp-formula"),
                t!("views-report-dso-formula")
            ));
        }
    }
}

/// One pile of `report split --format json`.
#[derive(serde::Serialize)]
struct PileJson {
    status: &'static str,
    count: usize,
    count_share: String,
    amount: String,
    amount_share: String,
}

/// A pile's name in a table, in the interface's language; its code in CSV.
fn pile_word(format: Format, code: &str) -> String {
    if format != Format::Table {
        return code.to_string();
    }
    match code {
        "paid" => t!("views-split-paid"),
        "pending" => t!("views-split-pending"),
        "dunning" => t!("views-split-dunning"),
        _ => code.to_string(),
    }
}

/// `report split`.
pub fn split(format: Format, r: &SplitReport) {
    let count = r.count() as i64;
    let total = r.minor();
    let bars = bars_wanted(format);
    let mut headers = vec!["status", "count", "count %", "amount", "amount %"];
    if bars {
        headers.push("");
    }
    let mut l = Listing::new(headers).right(&[1, 2, 3, 4]);
    let mut json = Vec::new();
    for pile in &r.piles {
        let pile_json = PileJson {
            status: pile.name,
            count: pile.count,
            count_share: share(pile.count as i64, count),
            amount: amount(pile.amount),
            amount_share: share(pile.amount.minor(), total),
        };
        let mut row = vec![
            pile_word(format, pile.name),
            pile.count.to_string(),
            number_cell(format, &pile_json.count_share),
            money_cell(format, pile.amount),
            number_cell(format, &pile_json.amount_share),
        ];
        if bars {
            row.push(bar(pile.amount.minor(), total));
        }
        l.push(row);
        json.push(pile_json);
    }
    print_list(format, &l, json);
    if format == Format::Table {
        emit(&t!("views-split-note", excluded = r.excluded));
    }
}

/// A line of `report revenue --format json`: its key is named after what revenue is
/// grouped by (sku, customer, month), so the map is written by hand.
struct RevenueLineJson<'a> {
    key: &'static str,
    line: &'a crate::domain::report::RevenueLine,
}

impl Serialize for RevenueLineJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry(self.key, &self.line.key)?;
        map.serialize_entry("label", &self.line.label)?;
        map.serialize_entry("invoices", &self.line.invoices)?;
        map.serialize_entry("net", &amount(self.line.net))?;
        map.end()
    }
}

/// `report revenue`.
pub fn revenue(format: Format, r: &RevenueReport) {
    let key = match r.by {
        RevenueBy::Product => "sku",
        RevenueBy::Customer => "customer",
        RevenueBy::Month => "month",
    };
    let with_label = r.by != RevenueBy::Month;
    // "label" has no column word of its own: a table names it for what it holds
    let label = if format == Format::Table {
        match r.by {
            RevenueBy::Product => t!("views-revenue-product-label"),
            _ => t!("views-revenue-customer-label"),
        }
    } else {
        "label".to_string()
    };
    let mut headers = vec![key, label.as_str(), "invoices", "net"];
    if !with_label {
        headers.remove(1);
    }
    let right: Vec<usize> = if with_label { vec![2, 3] } else { vec![1, 2] };
    let mut l = Listing::new(headers).right(&right);
    for line in &r.lines {
        let mut row = vec![
            line.key.clone(),
            line.label.clone(),
            line.invoices.to_string(),
            money_cell(format, line.net),
        ];
        if !with_label {
            row.remove(1);
        }
        l.push(row);
    }
    if format == Format::Table {
        let mut row = vec![
            "total".into(),
            t!(
                "views-report-from-to",
                from = r.from.to_string(),
                to = r.to.to_string()
            ),
            String::new(),
            money_cell(format, r.total),
        ];
        if !with_label {
            row[1] = String::new();
            row.remove(2);
        }
        l.push(row);
    }
    let json: Vec<RevenueLineJson> = r.lines.iter().map(|line| RevenueLineJson { key, line }).collect();
    print_list(format, &l, json);
}

/// A row of `report forecast --format json`.
#[derive(serde::Serialize)]
struct ForecastJson {
    kind: &'static str,
    week: Option<String>,
    invoices: usize,
    expected: String,
}

/// `report forecast`.
pub fn forecast(format: Format, weeks: &[ForecastWeek]) {
    let max = weeks.iter().map(|w| w.expected.minor()).max().unwrap_or(0);
    let bars = bars_wanted(format);
    let mut headers = vec!["week of", "invoices", "expected"];
    if bars {
        headers.push("");
    }
    let mut l = Listing::new(headers).right(&[1, 2]);
    let mut json = Vec::new();
    for w in weeks {
        let label = match w.slot {
            ForecastSlot::Week(monday) => monday.to_string(),
            ForecastSlot::Later if format == Format::Table => t!("views-forecast-later"),
            ForecastSlot::Doubtful if format == Format::Table => t!("views-forecast-doubtful"),
            other => other.as_str().into(),
        };
        let mut row = vec![label, w.invoices.to_string(), money_cell(format, w.expected)];
        if bars {
            row.push(bar(w.expected.minor(), max));
        }
        l.push(row);
        json.push(ForecastJson {
            kind: w.slot.as_str(),
            week: w.slot.week().map(|d| d.to_string()),
            invoices: w.invoices,
            expected: amount(w.expected),
        });
    }
    print_list(format, &l, json);
    if format == Format::Table {
        emit(&t!("views-forecast-note"));
    }
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_are_proportional_with_eighths() {
        assert_eq!(bar(100, 100).chars().count(), 30);
        assert_eq!(bar(50, 100), "█".repeat(15));
        assert_eq!(bar(1, 240), "▏");
        assert_eq!(bar(0, 100), "");
        assert_eq!(bar(-5, 100), "");
        assert_eq!(bar(5, 0), "");
    }
}
