//! `--format csv` on lists and reports: one value per cell (no "86551.01 (73.9 %)", no
//! "100 A"), no table dropped (kpis keeps its payers).

use crate::common::{DEMO_DAY, TestEnv, demo_env};

/// Every cell of a CSV text (header rows included), blank lines between tables skipped.
fn cells(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

/// A cell holding two values: a number then something in brackets, or a number with
/// a unit.
fn mixed(cell: &str) -> bool {
    let starts_with_number = cell
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '-');
    starts_with_number
        && (cell.contains(" (") || cell.ends_with(" %") || cell.ends_with(" d") || {
            let mut parts = cell.split(' ');
            // "100 A", "42 new": points and a grade
            matches!((parts.next(), parts.next(), parts.next()), (Some(n), Some(g), None)
            if n.parse::<f64>().is_ok() && g.chars().all(|c| c.is_alphabetic()))
        })
}

fn csv_of(env: &TestEnv, command: &str) -> String {
    let (code, out, err) = env.cmdline(&format!("{command} --format csv --as-of {DEMO_DAY}"));
    assert_eq!(code, 0, "{command}: {err}");
    out
}

#[test]
fn lists_and_reports_in_csv_hold_one_value_per_cell() {
    let env = demo_env();
    for command in [
        "customer list",
        "invoice list",
        "payment list",
        "report aging",
        "report dmp",
        "report split",
        "report kpis",
        "report forecast",
        "report payers",
        "report dashboard",
        "dunning plan",
    ] {
        let text = csv_of(&env, command);
        for row in cells(&text) {
            for cell in &row {
                assert!(!mixed(cell), "{command}: a mixed cell `{cell}` in {row:?}");
            }
        }
    }
}

#[test]
fn kpis_in_csv_keeps_its_payers_table() {
    let env = demo_env();
    let rows = cells(&csv_of(&env, "report kpis"));
    let value = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("no `{name}` in {rows:?}"))[1]
            .clone()
    };
    assert_eq!(value("collected share %"), "73.9");
    assert_eq!(value("invoices late now"), "11");
    assert_eq!(value("amount late now"), "14994.00");
    let header = rows
        .iter()
        .position(|r| r[0] == "customer")
        .expect("the payers' table");
    assert!(rows[header].iter().any(|c| c == "avg days late"), "{rows:?}");
    assert!(rows.len() > header + 5, "the payers are listed: {rows:?}");
}
