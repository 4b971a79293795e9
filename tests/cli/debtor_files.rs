//! What the debtor reports give a customer or the board as files: the statement of
//! account as a PDF (read back by pdftotext), the reports as xlsx workbooks (read back by
//! openpyxl, an independent reader, through tests/tools/xlsx_cells.py), and `report
//! trends`, whose series are the dashboard's. Each file is compared with the JSON report
//! of the same command.

use std::path::Path;

use serde_json::Value;

use crate::common::{DEMO_DAY, TestEnv, demo_env, pdftotext_layout};

fn demo() -> TestEnv {
    let mut env = demo_env();
    env.today = DEMO_DAY;
    env
}

/// An amount of the JSON reports ("1234.56") as a number.
fn num(v: &Value) -> f64 {
    match v {
        Value::String(s) => s.parse().unwrap_or_else(|e| panic!("{s}: {e}")),
        Value::Number(n) => n.as_f64().unwrap(),
        other => panic!("not a number: {other}"),
    }
}

/// "1234.56" as the French PDF prints it: "1 234,56 €" (narrow spaces read as spaces).
fn french(amount: &str) -> String {
    let (sign, digits) = amount.strip_prefix('-').map_or(("", amount), |d| ("-", d));
    let (units, cents) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped},{cents} €")
}

fn spaces(text: &str) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ")
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn the_statement_pdf_lists_every_line_and_the_closing_balance_of_the_json_statement() {
    let env = demo();
    for code in ["TRANSLEF", "DUBOIS"] {
        let statement = env.json(&["customer", "statement", code]);
        let out = env.dir.path().join(format!("{code}.pdf"));
        let written = env.json(&[
            "customer",
            "statement",
            code,
            "--pdf",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(written["closing_balance"], statement["closing_balance"]);
        let text = spaces(&pdftotext_layout(&out));
        let rows: Vec<&str> = text.lines().collect();
        let lines = statement["lines"].as_array().unwrap();
        assert!(!lines.is_empty(), "{code} has an account");
        for line in lines {
            let date = line["date"].as_str().unwrap();
            let day = format!("{}/{}/{}", &date[8..10], &date[5..7], &date[0..4]);
            let balance = french(line["balance"].as_str().unwrap());
            let amount = if num(&line["debit"]) != 0.0 {
                french(line["debit"].as_str().unwrap())
            } else {
                french(line["credit"].as_str().unwrap())
            };
            // the reference's last word (a payment's method is translated)
            let reference = line["reference"]
                .as_str()
                .unwrap()
                .split(' ')
                .next_back()
                .unwrap();
            assert!(
                rows.iter().any(|r| r.contains(&day)
                    && r.contains(reference)
                    && r.contains(&amount)
                    && r.trim_end().ends_with(&balance)),
                "{code}: no row {day} {reference} {amount} … {balance} in:\n{text}"
            );
        }
        let closing = french(statement["closing_balance"].as_str().unwrap());
        let to = "24/11/2026";
        assert!(
            rows.iter()
                .any(|r| r.contains(&format!("Solde dû au {to}")) && r.trim_end().ends_with(&closing)),
            "{code}: no closing balance {closing}:\n{text}"
        );
        assert!(text.contains("Relevé de compte") && text.contains(code), "{text}");
    }
}

#[test]
fn a_statement_pdf_without_out_goes_to_the_documents_folder() {
    let env = demo();
    let written = env.json(&["customer", "statement", "TRANSLEF", "--pdf"]);
    let file = written["file"].as_str().unwrap();
    assert!(file.ends_with("releve-TRANSLEF-2026-11-24.pdf"), "{file}");
    let bytes = std::fs::read(env.dir.path().join(file)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

/// The workbook's cells as openpyxl reads them.
fn read_xlsx(path: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/xlsx_cells.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed: {e}"));
    assert!(
        out.status.success(),
        "openpyxl could not read {} (pip install openpyxl):\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A number cell with a number format, or a panic that says what the cell is.
fn number_cell(cell: &Value, format: &str) -> f64 {
    assert_eq!(cell[0], "n", "not a number cell: {cell}");
    assert_eq!(cell[2], format, "number format of {cell}");
    cell[1].as_f64().unwrap()
}

fn same(a: f64, b: f64, what: &str) {
    assert!(
        (a - b).abs() < 0.005,
        "{what}: {a} in the workbook, {b} in the JSON report"
    );
}

fn workbook(env: &TestEnv, args: &[&str], name: &str) -> Value {
    let out = env.dir.path().join(name);
    let mut all = args.to_vec();
    all.extend(["--out", out.to_str().unwrap()]);
    let said = env.ok(&all);
    assert!(said.contains(name), "{said}");
    read_xlsx(&out)
}

const MONEY: &str = "#,##0.00";

#[test]
#[ignore = "needs python3 with openpyxl; scripts/test.sh installs it"]
fn the_aging_workbook_has_the_json_reports_numbers_and_a_chart_sheet() {
    let env = demo();
    let json = env.json(&["report", "aging"]);
    let book = workbook(&env, &["report", "aging"], "aging.xlsx");
    let rows = book["sheets"]["Aging"].as_array().unwrap();
    let head: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c[1].as_str().unwrap())
        .collect();
    assert_eq!(head[..2], ["customer", "name"]);
    let lines = json.as_array().unwrap();
    assert_eq!(rows.len(), lines.len() + 2, "a row per customer and the totals");
    let names = [
        "not_due",
        "days_1_30",
        "days_31_60",
        "days_61_90",
        "days_over_90",
        "credit",
        "total",
    ];
    for (line, row) in lines.iter().zip(&rows[1..]) {
        assert_eq!(row[0][1], line["customer"]);
        for (i, name) in names.iter().enumerate() {
            let v = line.get(*name).unwrap_or_else(|| panic!("no {name} in {line}"));
            same(number_cell(&row[2 + i], MONEY), num(v), name);
        }
    }
    let total: f64 = lines.iter().map(|l| num(&l["total"])).sum();
    same(number_cell(&rows.last().unwrap()[8], MONEY), total, "total");
    assert_eq!(
        book["chartsheets"],
        serde_json::json!([{"name": "Aging chart", "charts": 1, "axis_formats": [null]}])
    );
}

#[test]
#[ignore = "needs python3 with openpyxl; scripts/test.sh installs it"]
fn the_statement_and_payers_workbooks_have_the_json_reports_numbers_and_dates() {
    let env = demo();
    let json = env.json(&["customer", "statement", "TRANSLEF"]);
    let book = workbook(&env, &["customer", "statement", "TRANSLEF"], "releve.xlsx");
    let rows = book["sheets"]["Statement"].as_array().unwrap();
    let lines = json["lines"].as_array().unwrap();
    for (line, row) in lines.iter().zip(&rows[1..]) {
        assert_eq!(row[0][0], "d", "a date cell: {row:?}");
        assert_eq!(row[0][1], line["date"]);
        assert_eq!(row[2][1], line["reference"]);
        same(number_cell(&row[3], MONEY), num(&line["debit"]), "debit");
        same(number_cell(&row[4], MONEY), num(&line["credit"]), "credit");
        same(number_cell(&row[5], MONEY), num(&line["balance"]), "balance");
    }
    let closing = rows.last().unwrap();
    assert_eq!(closing[0][1], "closing balance");
    assert_eq!(closing[1][1], "2026-11-24");
    same(
        number_cell(&closing[5], MONEY),
        num(&json["closing_balance"]),
        "closing balance",
    );

    let json = env.json(&["report", "payers"]);
    let book = workbook(&env, &["report", "payers"], "payers.xlsx");
    let rows = book["sheets"]["Payers"].as_array().unwrap();
    let payers = json.as_array().unwrap();
    assert_eq!(rows.len(), payers.len() + 1);
    for (p, row) in payers.iter().zip(&rows[1..]) {
        assert_eq!(row[0][1], p["customer"]);
        match p["score"].as_f64() {
            Some(score) => assert_eq!(row[2][1].as_f64(), Some(score)),
            None => assert!(row[2].is_null()),
        }
        same(number_cell(&row[5], MONEY), num(&p["overdue"]), "overdue");
        same(
            row[6][1].as_f64().unwrap(),
            p["max_days_late"].as_f64().unwrap(),
            "days late",
        );
    }
}

#[test]
#[ignore = "needs python3 with openpyxl; scripts/test.sh installs it"]
fn the_dashboard_workbook_has_the_json_dashboards_numbers_and_chart_sheets() {
    let env = demo();
    let json = env.json(&["report", "dashboard"]);
    let book = workbook(&env, &["report", "dashboard"], "dashboard.xlsx");
    let figures = book["sheets"]["Dashboard"].as_array().unwrap();
    let figure = |name: &str| -> &Value {
        &figures
            .iter()
            .find(|r| r[0][1] == name)
            .unwrap_or_else(|| panic!("no {name}"))[1]
    };
    assert_eq!(figure("date")[0], "d");
    assert_eq!(figure("date")[1], "2026-11-24");
    for (name, key) in [
        ("receivables", "receivables"),
        ("overdue", "overdue"),
        ("over 90 days", "over_90_days"),
    ] {
        same(number_cell(figure(name), MONEY), num(&json[key]), name);
    }
    same(
        number_cell(figure("DMP (days)"), "0.0"),
        num(&json["dmp_days"]),
        "DMP",
    );
    same(
        number_cell(figure("DSO (days)"), "0.0"),
        num(&json["dso_days"]),
        "DSO",
    );

    let months = book["sheets"]["Months"].as_array().unwrap();
    let trend = json["trend"].as_array().unwrap();
    assert_eq!(months.len(), trend.len() + 1);
    for (m, row) in trend.iter().zip(&months[1..]) {
        assert_eq!(row[0][0], "d");
        assert_eq!(row[0][1], m["from"]);
        for (col, key, format) in [
            (1, "dmp_days", "0.0"),
            (2, "dso_days", "0.0"),
            (3, "revenue", MONEY),
            (4, "paid", MONEY),
            (5, "receivables", MONEY),
        ] {
            match &m[key] {
                Value::Null => assert!(row[col].is_null(), "{key}: {row:?}"),
                v => same(number_cell(&row[col], format), num(v), key),
            }
        }
    }
    let aging = book["sheets"]["Aging"].as_array().unwrap();
    for (b, row) in json["aging"]["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&aging[1..])
    {
        same(number_cell(&row[1], MONEY), num(&b["amount"]), "aging bucket");
    }
    let names: Vec<&str> = book["chartsheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["charts"], 1);
            c["name"].as_str().unwrap()
        })
        .collect();
    assert_eq!(names, ["Aging chart", "Delays chart", "Revenue chart"]);
    // the months are date cells: an axis without a format prints their serial numbers
    // (45992...), as LibreOffice showed before the format was set
    let formats: Vec<&serde_json::Value> = book["chartsheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["axis_formats"][0])
        .collect();
    assert_eq!(
        formats,
        [&serde_json::Value::Null, &"yyyy-mm".into(), &"yyyy-mm".into()]
    );
}

#[test]
fn a_report_out_must_be_an_xlsx_in_a_folder_that_exists() {
    let env = demo();
    let before = env.snapshot();
    let said = env.fails(&["report", "aging", "--out", "aging.csv"], 2);
    assert!(said.contains(".xlsx"), "{said}");
    let said = env.fails(&["report", "dashboard", "--out", "nowhere/dashboard.xlsx"], 2);
    assert!(said.contains("does not exist"), "{said}");
    let said = env.fails(&["customer", "statement", "TRANSLEF", "--out", "releve.pdf"], 2);
    assert!(said.contains(".xlsx"), "{said}");
    let said = env.fails(
        &[
            "customer",
            "statement",
            "TRANSLEF",
            "--pdf",
            "--out",
            "releve.xlsx",
        ],
        2,
    );
    assert!(said.contains("--pdf writes a PDF"), "{said}");
    assert_eq!(env.snapshot(), before);
    assert!(!env.dir.path().join("aging.csv").exists());
    assert!(!env.dir.path().join("releve.xlsx").exists());
}

#[test]
fn the_trends_are_the_dashboards_months_and_the_payers_grades() {
    let env = demo();
    let trends = env.json(&["report", "trends"]);
    let dashboard = env.json(&["report", "dashboard"]);
    let months = trends["months"].as_array().unwrap();
    let trend = dashboard["trend"].as_array().unwrap();
    assert_eq!(months.len(), 12);
    assert_eq!(months.len(), trend.len());
    for (m, d) in months.iter().zip(trend) {
        assert_eq!(m["month"], d["month"]);
        assert_eq!(m["dmp_days"], d["dmp_days"]);
        assert_eq!(m["dso_days"], d["dso_days"]);
        assert_eq!(m["invoiced"], d["revenue"]);
        assert_eq!(m["collected"], d["paid"]);
    }
    let payers = env.json(&["report", "payers"]);
    for g in trends["grades"].as_array().unwrap() {
        let grade = g["grade"].as_str().unwrap();
        let count = payers
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["grade"] == grade)
            .count();
        assert_eq!(g["customers"].as_u64().unwrap() as usize, count, "grade {grade}");
    }
    let table = env.ok(&["report", "trends"]);
    for block in [
        "DMP and DSO (days)",
        "Invoiced vs collected",
        "Customers by score grade",
    ] {
        assert!(table.contains(block), "{table}");
    }
}
