//! Reports as Excel workbooks (`--out FILE.xlsx`) for the board: amounts are number cells
//! with a number format (the currency's decimals), dates are date cells, and the aging
//! and the dashboard's monthly series get chart sheets. The numbers are the ones the JSON
//! report gives; a cell holds an amount as a spreadsheet does, a binary double, only
//! here at the edge.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format as CellFormat, Workbook, Worksheet, XlsxError,
};
use serde::Serialize;

use super::{Format, emit, emit_json};
use crate::domain::customer::{Customer, HistoryLine, Standing};
use crate::domain::dashboard::Dashboard;
use crate::domain::money::{Currency, Money};
use crate::domain::report::{AgingBy, AgingReport};
use crate::error::{Error, Result};

fn failed(e: XlsxError) -> Error {
    Error::Failed(format!("cannot build the workbook: {e}"))
}

/// The cell formats of a workbook.
struct Formats {
    head: CellFormat,
    money: CellFormat,
    money_bold: CellFormat,
    date: CellFormat,
    month: CellFormat,
    days: CellFormat,
}

impl Formats {
    fn new(currency: Currency) -> Formats {
        let money = match currency.exponent() {
            0 => "#,##0".to_string(),
            n => format!("#,##0.{}", "0".repeat(n as usize)),
        };
        Formats {
            head: CellFormat::new().set_bold(),
            money: CellFormat::new().set_num_format(&money),
            money_bold: CellFormat::new().set_num_format(&money).set_bold(),
            date: CellFormat::new().set_num_format("yyyy-mm-dd"),
            month: CellFormat::new().set_num_format("yyyy-mm"),
            days: CellFormat::new().set_num_format("0.0"),
        }
    }
}

fn number(m: Money) -> f64 {
    m.to_decimal().to_f64().unwrap_or(0.0)
}

fn decimal(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

type Cells<'a> = &'a mut Worksheet;

fn head(ws: Cells, f: &Formats, titles: &[&str]) -> std::result::Result<(), XlsxError> {
    for (c, t) in titles.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *t, &f.head)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn money_cell(ws: Cells, row: u32, col: u16, m: Money, f: &CellFormat) -> std::result::Result<(), XlsxError> {
    ws.write_number_with_format(row, col, number(m), f)?;
    Ok(())
}

fn date_cell(
    ws: Cells,
    row: u32,
    col: u16,
    d: NaiveDate,
    f: &CellFormat,
) -> std::result::Result<(), XlsxError> {
    ws.write_date_with_format(row, col, d, f)?;
    Ok(())
}

/// Days as a number cell, or nothing when there is no figure.
fn days_cell(
    ws: Cells,
    row: u32,
    col: u16,
    d: Option<Decimal>,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    if let Some(d) = d {
        ws.write_number_with_format(row, col, decimal(d), &f.days)?;
    }
    Ok(())
}

/// A workbook dated by the report's day, not by the clock: the same report gives the
/// same bytes.
fn workbook(title: &str, day: NaiveDate) -> Workbook {
    let mut wb = Workbook::new();
    let mut properties = DocProperties::new().set_title(title).set_author("creances");
    if let Ok(created) = ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8) {
        properties = properties.set_creation_datetime(&created);
    }
    wb.set_properties(&properties);
    wb
}

fn finish(mut wb: Workbook) -> Result<Vec<u8>> {
    wb.save_to_buffer().map_err(failed)
}

/// `report aging --out FILE.xlsx`: one sheet of rows (totals last) and a chart sheet of
/// the totals by bucket.
pub fn aging(report: &AgingReport, as_of: NaiveDate) -> Result<Vec<u8>> {
    let currency = report.totals.credit.currency();
    let f = Formats::new(currency);
    let mut wb = workbook(&format!("Aging on {as_of}"), as_of);
    let titles = report.buckets.titles();
    let n = titles.len();
    let last_row = report.lines.len() as u32 + 1;
    (|| -> std::result::Result<(), XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name("Aging")?;
        let mut headers: Vec<&str> = match report.by {
            AgingBy::Customer => vec!["customer", "name"],
            AgingBy::Invoice => vec!["invoice", "customer"],
        };
        headers.extend(titles.iter().map(String::as_str));
        headers.extend(["credit", "total"]);
        head(ws, &f, &headers)?;
        ws.set_column_width(1, 28)?;
        for c in 2..(4 + n) as u16 {
            ws.set_column_width(c, 13)?;
        }
        let row_cells = |ws: Cells, r: u32, row: &crate::domain::aging::AgingRow, fmt: &CellFormat| {
            for (i, a) in row.amounts.iter().enumerate() {
                money_cell(ws, r, 2 + i as u16, *a, fmt)?;
            }
            money_cell(ws, r, 2 + n as u16, -row.credit, fmt)?;
            money_cell(ws, r, 3 + n as u16, row.total(), fmt)
        };
        for (i, line) in report.lines.iter().enumerate() {
            let r = i as u32 + 1;
            let (a, b) = match report.by {
                AgingBy::Customer => (line.customer.as_str(), line.name.as_str()),
                AgingBy::Invoice => (line.invoice.as_deref().unwrap_or(""), line.customer.as_str()),
            };
            ws.write_string(r, 0, a)?;
            ws.write_string(r, 1, b)?;
            row_cells(ws, r, &line.row, &f.money)?;
        }
        ws.write_string_with_format(last_row, 0, "total", &f.head)?;
        row_cells(ws, last_row, &report.totals, &f.money_bold)?;

        let mut chart = Chart::new(ChartType::Column);
        chart.title().set_name("Open balances by age (days past due)");
        chart
            .add_series()
            .set_name("total")
            .set_categories(("Aging", 0, 2, 0, 1 + n as u16))
            .set_values(("Aging", last_row, 2, last_row, 1 + n as u16));
        chart.legend().set_hidden();
        let cs = wb.add_chartsheet();
        cs.set_name("Aging chart")?;
        cs.insert_chart(0, 0, &chart)?;
        Ok(())
    })()
    .map_err(failed)?;
    finish(wb)
}

/// `customer statement --out FILE.xlsx`: the account's lines with their running balance,
/// the balance owed under them.
pub fn statement(
    c: &Customer,
    from: Option<NaiveDate>,
    to: NaiveDate,
    lines: &[HistoryLine],
    closing: Money,
) -> Result<Vec<u8>> {
    let f = Formats::new(closing.currency());
    let mut wb = workbook(&format!("Statement of account {} at {to}", c.code), to);
    (|| -> std::result::Result<(), XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name("Statement")?;
        head(
            ws,
            &f,
            &["date", "kind", "reference", "debit", "credit", "balance"],
        )?;
        ws.set_column_width(0, 12)?;
        ws.set_column_width(1, 16)?;
        ws.set_column_width(2, 30)?;
        for (i, h) in lines.iter().enumerate() {
            let r = i as u32 + 1;
            date_cell(ws, r, 0, h.event.date, &f.date)?;
            ws.write_string(r, 1, h.event.kind)?;
            ws.write_string(r, 2, &h.event.reference)?;
            money_cell(ws, r, 3, h.event.debit, &f.money)?;
            money_cell(ws, r, 4, h.event.credit, &f.money)?;
            money_cell(ws, r, 5, h.balance, &f.money)?;
        }
        let r = lines.len() as u32 + 2;
        ws.write_string_with_format(r, 0, "closing balance", &f.head)?;
        date_cell(ws, r, 1, to, &f.date)?;
        ws.write_string(r, 2, format!("{} ({})", c.name, c.code))?;
        money_cell(ws, r, 5, closing, &f.money_bold)?;
        if let Some(from) = from {
            ws.write_string(r + 1, 0, "from")?;
            date_cell(ws, r + 1, 1, from, &f.date)?;
        }
        Ok(())
    })()
    .map_err(failed)?;
    finish(wb)
}

fn payer_rows(
    ws: Cells,
    f: &Formats,
    first_row: u32,
    payers: &[Standing],
) -> std::result::Result<(), XlsxError> {
    for (i, s) in payers.iter().enumerate() {
        let r = first_row + i as u32;
        ws.write_string(r, 0, &s.customer.code)?;
        ws.write_string(r, 1, &s.customer.name)?;
        if let Some(sc) = &s.score {
            ws.write_number(r, 2, sc.points)?;
            ws.write_string(r, 3, sc.grade.as_str())?;
        }
        money_cell(ws, r, 4, s.balance, &f.money)?;
        money_cell(ws, r, 5, s.overdue, &f.money)?;
        ws.write_number(r, 6, s.max_days_late as f64)?;
    }
    Ok(())
}

const PAYER_HEADERS: [&str; 7] = [
    "customer",
    "name",
    "score",
    "grade",
    "balance",
    "overdue",
    "days late",
];

fn payer_sheet(ws: Cells, f: &Formats) -> std::result::Result<(), XlsxError> {
    head(ws, f, &PAYER_HEADERS)?;
    ws.set_column_width(1, 28)?;
    ws.set_column_width(4, 13)?;
    ws.set_column_width(5, 13)?;
    Ok(())
}

/// `report payers --out FILE.xlsx`: every customer's score, worst first.
pub fn payers(standings: &crate::domain::standings::Standings, as_of: NaiveDate) -> Result<Vec<u8>> {
    let currency = standings
        .brief()
        .first()
        .map_or(Currency::EUR, |s| s.balance.currency());
    let f = Formats::new(currency);
    let mut wb = workbook(&format!("Payers on {as_of}"), as_of);
    (|| -> std::result::Result<(), XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name("Payers")?;
        payer_sheet(ws, &f)?;
        payer_rows(ws, &f, 1, standings.brief())
    })()
    .map_err(failed)?;
    finish(wb)
}

/// `report dashboard --out FILE.xlsx`: the key figures, the months (DMP, DSO, invoiced,
/// collected, receivables), aging, split, forecast and payers each on a sheet, and chart
/// sheets for the aging and the monthly series.
pub fn dashboard(d: &Dashboard) -> Result<Vec<u8>> {
    let k = &d.kpis;
    let f = Formats::new(k.receivables.currency());
    let mut wb = workbook(&format!("Dashboard on {}", d.as_of), d.as_of);
    let months = d.trend.len() as u32;
    let buckets = d.aging.buckets.titles();
    (|| -> std::result::Result<(), XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name("Dashboard")?;
        head(ws, &f, &["figure", "value"])?;
        ws.set_column_width(0, 24)?;
        ws.set_column_width(1, 14)?;
        ws.write_string(1, 0, "date")?;
        date_cell(ws, 1, 1, d.as_of, &f.date)?;
        ws.write_string(2, 0, "period from")?;
        date_cell(ws, 2, 1, d.dmp.from, &f.date)?;
        ws.write_string(3, 0, "period to")?;
        date_cell(ws, 3, 1, d.dmp.to, &f.date)?;
        ws.write_string(4, 0, "receivables")?;
        money_cell(ws, 4, 1, k.receivables, &f.money)?;
        ws.write_string(5, 0, "overdue")?;
        money_cell(ws, 5, 1, k.late_now, &f.money)?;
        ws.write_string(6, 0, "overdue invoices")?;
        ws.write_number(6, 1, k.late_now_count as f64)?;
        ws.write_string(7, 0, "over 90 days")?;
        money_cell(ws, 7, 1, k.over_90, &f.money)?;
        ws.write_string(8, 0, "DMP (days)")?;
        days_cell(ws, 8, 1, d.dmp.total.dmp(), &f)?;
        ws.write_string(9, 0, "DSO (days)")?;
        days_cell(ws, 9, 1, d.dmp.dso(), &f)?;

        let ws = wb.add_worksheet();
        ws.set_name("Months")?;
        head(
            ws,
            &f,
            &[
                "month",
                "DMP (days)",
                "DSO (days)",
                "invoiced",
                "collected",
                "receivables",
            ],
        )?;
        for c in 1..6 {
            ws.set_column_width(c, 13)?;
        }
        for (i, m) in d.trend.iter().enumerate() {
            let r = i as u32 + 1;
            date_cell(ws, r, 0, m.from, &f.month)?;
            days_cell(ws, r, 1, m.total.dmp(), &f)?;
            days_cell(ws, r, 2, m.dso(), &f)?;
            money_cell(ws, r, 3, m.revenue, &f.money)?;
            money_cell(ws, r, 4, m.total.paid, &f.money)?;
            money_cell(ws, r, 5, m.receivables, &f.money)?;
        }

        let ws = wb.add_worksheet();
        ws.set_name("Aging")?;
        head(ws, &f, &["bucket", "amount"])?;
        ws.set_column_width(1, 14)?;
        let totals = &d.aging.totals;
        for (i, (title, a)) in buckets.iter().zip(&totals.amounts).enumerate() {
            ws.write_string(i as u32 + 1, 0, title)?;
            money_cell(ws, i as u32 + 1, 1, *a, &f.money)?;
        }
        let n = buckets.len() as u32;
        ws.write_string(n + 1, 0, "credit")?;
        money_cell(ws, n + 1, 1, -totals.credit, &f.money)?;
        ws.write_string_with_format(n + 2, 0, "total", &f.head)?;
        money_cell(ws, n + 2, 1, totals.total(), &f.money_bold)?;

        let ws = wb.add_worksheet();
        ws.set_name("Split")?;
        head(ws, &f, &["status", "invoices", "amount"])?;
        for (i, p) in d.split.piles.iter().enumerate() {
            let r = i as u32 + 1;
            ws.write_string(r, 0, p.name)?;
            ws.write_number(r, 1, p.count as f64)?;
            money_cell(ws, r, 2, p.amount, &f.money)?;
        }

        let ws = wb.add_worksheet();
        ws.set_name("Forecast")?;
        head(ws, &f, &["week", "invoices", "expected"])?;
        ws.set_column_width(0, 12)?;
        for (i, w) in d.forecast.iter().enumerate() {
            let r = i as u32 + 1;
            match w.slot.week() {
                Some(monday) => date_cell(ws, r, 0, monday, &f.date)?,
                None => {
                    ws.write_string(r, 0, w.slot.as_str())?;
                }
            }
            ws.write_number(r, 1, w.invoices as f64)?;
            money_cell(ws, r, 2, w.expected, &f.money)?;
        }

        let ws = wb.add_worksheet();
        ws.set_name("Payers")?;
        payer_sheet(ws, &f)?;
        ws.write_string_with_format(1, 0, "worst", &f.head)?;
        payer_rows(ws, &f, 2, &d.worst)?;
        let best_title = d.worst.len() as u32 + 3;
        ws.write_string_with_format(best_title, 0, "best", &f.head)?;
        payer_rows(ws, &f, best_title + 1, &d.best)?;

        let ws = wb.add_worksheet();
        ws.set_name("Grades")?;
        head(ws, &f, &["grade", "customers"])?;
        for (i, (g, count)) in d.grades.iter().enumerate() {
            ws.write_string(i as u32 + 1, 0, g.as_str())?;
            ws.write_number(i as u32 + 1, 1, *count as f64)?;
        }

        let mut aging = Chart::new(ChartType::Column);
        aging.title().set_name("Open balances by age (days past due)");
        aging
            .add_series()
            .set_name("amount")
            .set_categories(("Aging", 1, 0, n, 0))
            .set_values(("Aging", 1, 1, n, 1));
        aging.legend().set_hidden();
        let cs = wb.add_chartsheet();
        cs.set_name("Aging chart")?;
        cs.insert_chart(0, 0, &aging)?;

        let mut delays = Chart::new(ChartType::Line);
        delays.title().set_name("DMP and DSO by month (days)");
        for (col, name) in [(1, "DMP"), (2, "DSO")] {
            delays
                .add_series()
                .set_name(name)
                .set_categories(("Months", 1, 0, months, 0))
                .set_values(("Months", 1, col, months, col));
        }
        // the months are date cells: without a format the axis prints their serial numbers
        delays.x_axis().set_num_format("yyyy-mm");
        let cs = wb.add_chartsheet();
        cs.set_name("Delays chart")?;
        cs.insert_chart(0, 0, &delays)?;

        let mut cash = Chart::new(ChartType::Column);
        cash.title().set_name("Invoiced vs collected by month");
        for (col, name) in [(3, "invoiced"), (4, "collected")] {
            cash.add_series()
                .set_name(name)
                .set_categories(("Months", 1, 0, months, 0))
                .set_values(("Months", 1, col, months, col));
        }
        cash.x_axis().set_num_format("yyyy-mm");
        let cs = wb.add_chartsheet();
        cs.set_name("Revenue chart")?;
        cs.insert_chart(0, 0, &cash)?;
        Ok(())
    })()
    .map_err(failed)?;
    finish(wb)
}

#[derive(Serialize)]
struct WrittenJson {
    file: String,
}

/// Where the workbook went.
pub fn written(format: Format, path: &Path) {
    match format {
        Format::Json => emit_json(&WrittenJson {
            file: path.display().to_string(),
        }),
        Format::Csv => emit(&format!("wrote {}", path.display())),
        Format::Table => emit(&t!("views-xlsx-written", file = path.display().to_string())),
    }
}
