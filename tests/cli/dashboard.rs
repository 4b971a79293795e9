//! `report dashboard` (issue 14): every number equals the one its own report gives, on
//! the demo ledger on a day with dunning to do; nothing changes; JSON, CSV and the table
//! tell the same. The demo's dashboard itself is pinned by the golden snapshots.

use serde_json::Value;

use crate::common::{TestEnv, demo_env};

const DAY: &str = "2027-01-15";

fn at(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--as-of", DAY]);
    env.json(&all)
}

fn amount(v: &Value) -> f64 {
    v.as_str()
        .unwrap_or_else(|| panic!("not an amount: {v}"))
        .parse()
        .unwrap()
}

#[test]
fn every_figure_of_the_dashboard_is_the_figure_of_its_own_report() {
    agrees_with_its_reports(&demo_env());
}

#[test]
fn an_invoice_in_another_currency_counts_converted_as_in_the_single_reports() {
    // the dashboard once added an invoice's dollars to the euros of the others, and panicked
    let env = demo_env();
    let dollars = env.json(&[
        "invoice",
        "create",
        "--customer",
        "BONNET",
        "--currency",
        "USD",
        "--line",
        "Conseil;1;1000;20",
        "--issue",
        "--rate",
        "1.1",
        "--date",
        "2026-12-01",
        "--as-of",
        "2026-12-01",
    ]);
    let number = dollars["number"].as_str().unwrap();
    env.ok(&[
        "invoice",
        "pay",
        number,
        "--amount",
        "500",
        "--rate",
        "1.2",
        "--method",
        "transfer",
        "--date",
        "2026-12-10",
        "--as-of",
        "2026-12-10",
    ]);
    agrees_with_its_reports(&env);
    let trends = at(&env, &["report", "trends"]);
    let d = at(&env, &["report", "dashboard"]);
    let months = trends["months"].as_array().unwrap();
    for (m, d) in months.iter().zip(d["trend"].as_array().unwrap()) {
        assert_eq!((&m["dmp_days"], &m["dso_days"]), (&d["dmp_days"], &d["dso_days"]));
        assert_eq!((&m["invoiced"], &m["collected"]), (&d["revenue"], &d["paid"]));
    }
}

/// Asserts that each figure of the dashboard on DAY equals its own report's.
fn agrees_with_its_reports(env: &TestEnv) {
    let before = env.snapshot();
    let d = at(env, &["report", "dashboard"]);
    assert_eq!(env.snapshot(), before, "the dashboard changes nothing");

    let k = at(env, &["report", "kpis"]);
    assert_eq!(d["receivables"], k["receivables"]);
    assert_eq!(d["overdue"], k["late_now_amount"]);
    assert_eq!(d["overdue_invoices"], k["late_now_count"]);
    assert_eq!(d["over_90_days"], k["receivables_over_90_days"]);

    let dmp = at(env, &["report", "dmp"]);
    assert_eq!(d["period"]["from"], dmp["from"]);
    assert_eq!(d["dmp_days"], dmp["dmp_days"]);
    assert_eq!(d["dso_days"], dmp["dso_days"]);

    let trend = d["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 12);
    assert_eq!(trend[11]["to"], DAY);
    for m in trend {
        let (from, to) = (m["from"].as_str().unwrap(), m["to"].as_str().unwrap());
        let r = env.json(&["report", "dmp", "--from", from, "--to", to, "--as-of", DAY]);
        for key in [
            "payments",
            "paid",
            "dmp_days",
            "receivables",
            "revenue",
            "dso_days",
        ] {
            assert_eq!(m[key], r[key], "{key} of {from}..{to}");
        }
    }

    let aging = at(env, &["report", "aging"]);
    for b in d["aging"]["buckets"].as_array().unwrap() {
        let name = b["bucket"].as_str().unwrap();
        let sum: f64 = aging
            .as_array()
            .unwrap()
            .iter()
            .map(|row| amount(&row[name]))
            .sum();
        assert!((amount(&b["amount"]) - sum).abs() < 0.005, "{name}: {b} vs {sum}");
    }
    assert_eq!(d["aging"]["total"], d["receivables"]);

    let split = at(env, &["report", "split"]);
    for (mine, theirs) in d["split"]
        .as_array()
        .unwrap()
        .iter()
        .zip(split.as_array().unwrap())
    {
        for key in ["status", "count", "amount", "amount_share"] {
            assert_eq!(mine[key], theirs[key], "split {key}");
        }
    }

    let forecast = at(env, &["report", "forecast", "--weeks", "8"]);
    let weeks = d["forecast"].as_array().unwrap();
    assert_eq!(weeks.len(), 10, "8 weeks, later, doubtful");
    for (mine, theirs) in weeks.iter().zip(forecast.as_array().unwrap()) {
        for key in ["kind", "week", "invoices", "expected"] {
            assert_eq!(mine[key], theirs[key], "forecast {key}");
        }
    }

    let payers: Vec<Value> = at(env, &["report", "payers"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["grade"] != "new")
        .cloned()
        .collect();
    let worst = d["worst_payers"].as_array().unwrap();
    assert_eq!(worst.len(), 5);
    for (mine, theirs) in worst.iter().zip(&payers) {
        assert_eq!(mine["customer"], theirs["customer"]);
        assert_eq!(mine["score"], theirs["score"]);
    }
    let best = d["best_payers"].as_array().unwrap();
    let top = payers.iter().map(|p| p["score"].as_u64().unwrap()).max().unwrap();
    assert_eq!(best[0]["score"].as_u64().unwrap(), top);
    let scores: Vec<u64> = best.iter().map(|p| p["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");

    let dunning = at(env, &["dunning", "run", "--dry-run"]);
    assert_eq!(d["dunning"]["mails"], dunning["summary"]["mails"]);
    assert_eq!(d["dunning"]["skipped"], dunning["summary"]["skipped"]);
    assert_eq!(d["dunning"]["tasks"], dunning["summary"]["tasks"]);
    assert!(d["dunning"]["reminders"].as_u64().unwrap() > 0, "{d:#}");
}

#[test]
fn the_table_and_the_csv_tell_the_same_numbers() {
    let env = demo_env();
    let d = at(&env, &["report", "dashboard"]);
    let table = env.ok(&["report", "dashboard", "--as-of", DAY]);
    // the table groups thousands (27,745.76), JSON does not (27745.76)
    let ungrouped = table.replace(',', "");
    for key in ["receivables", "over_90_days", "dmp_days", "dso_days"] {
        assert!(
            ungrouped.contains(d[key].as_str().unwrap()),
            "{key} missing from:\n{table}"
        );
    }
    for p in d["worst_payers"].as_array().unwrap() {
        assert!(table.contains(p["customer"].as_str().unwrap()), "{table}");
    }
    let mails = format!(" in {} mail", d["dunning"]["mails"]);
    let line = table
        .lines()
        .find(|l| l.contains("send reminder") && l.contains(&mails))
        .unwrap_or_else(|| panic!("{table}"));
    assert_eq!(
        line.split_whitespace().next().unwrap(),
        d["dunning"]["reminders"].to_string()
    );
    assert!(
        table.lines().all(|l| l.chars().count() <= 100),
        "fits 100 columns:\n{table}"
    );
    // a 100×50 terminal shows it whole, with the command line above it and the prompt under
    assert!(
        table.lines().count() <= 48,
        "fits 48 lines ({}):\n{table}",
        table.lines().count()
    );
    let csv = env.ok(&["report", "dashboard", "--as-of", DAY, "--format", "csv"]);
    assert!(
        csv.contains(&format!(
            "receivables,receivables,{}\n",
            d["receivables"].as_str().unwrap()
        )),
        "{csv}"
    );
}

#[test]
fn an_empty_ledger_has_a_dashboard_of_zeros() {
    let env = TestEnv::new();
    let d = env.json(&["report", "dashboard"]);
    assert_eq!(d["receivables"], "0.00");
    assert!(d["dmp_days"].is_null() && d["dso_days"].is_null(), "{d:#}");
    assert!(d["worst_payers"].as_array().unwrap().is_empty());
    env.ok(&["report", "dashboard"]);
}
