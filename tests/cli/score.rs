//! Knowing debtors (issue 14): worst and best payers count what is still unpaid.
//!
//! On the demo day, DUBOIS (nothing paid, 5070.00 up to 222 days late) and GIRARD (its
//! oldest invoice written off, the rest open) used to be left out of the worst payers,
//! with a blank average lateness, because only paid amounts were weighed.

use crate::common::{DEMO_DAY, demo_env};

#[test]
fn worst_payers_name_the_demo_customers_who_never_paid() {
    let env = demo_env();
    let v = env.json(&["report", "kpis", "--as-of", DEMO_DAY]);
    let worst: Vec<&str> = v["worst_payers"]
        .as_array()
        .unwrap_or_else(|| panic!("{v:#}"))
        .iter()
        .map(|p| p["customer"].as_str().unwrap())
        .collect();
    assert!(
        worst.contains(&"DUBOIS") && worst.contains(&"GIRARD"),
        "DUBOIS and GIRARD have paid nothing for months: {worst:?}"
    );
    for p in v["worst_payers"].as_array().unwrap() {
        let late = p["average_days_late"].as_str().unwrap();
        assert!(!late.is_empty(), "an average lateness for every worst payer: {p}");
    }
    let best: Vec<&str> = v["best_payers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["customer"].as_str().unwrap())
        .collect();
    assert!(!best.contains(&"DUBOIS") && !best.contains(&"GIRARD"), "{best:?}");
}

fn codes(rows: &serde_json::Value, key: &str) -> Vec<String> {
    rows.as_array()
        .unwrap_or_else(|| panic!("not an array: {rows:#}"))
        .iter()
        .map(|r| r[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn customer_show_explains_the_score_factor_by_factor() {
    let env = demo_env();
    let v = env.json(&["customer", "show", "DUBOIS", "--as-of", DEMO_DAY]);
    assert_eq!(
        (v["score"].as_u64(), v["grade"].as_str()),
        (Some(30), Some("D")),
        "{v:#}"
    );
    let factors = v["score_factors"].as_array().unwrap();
    assert_eq!(
        codes(&v["score_factors"], "factor"),
        [
            "lateness",
            "late invoices",
            "overdue now",
            "disputes",
            "credit notes",
            "formal notices",
            "trend"
        ]
    );
    let sum = |key: &str| -> f64 {
        factors
            .iter()
            .map(|f| f[key].as_str().unwrap().parse::<f64>().unwrap())
            .sum()
    };
    assert_eq!(sum("weight"), 100.0);
    assert_eq!(sum("lost"), 70.0, "100 − 30");
    assert_eq!(
        factors[0]["value"],
        "nothing paid on the invoices due in 12 months"
    );
    assert_eq!(factors[2]["value"], "5070.00 overdue, the oldest 222 days");
    let table = env.ok(&["customer", "show", "DUBOIS", "--as-of", DEMO_DAY]);
    assert!(table.contains("score         30 D"), "{table}");
    assert!(
        table.contains("4 of 4 invoices due in 12 months paid late or still late"),
        "{table}"
    );
}

#[test]
fn report_payers_and_customer_list_put_the_worst_scores_first() {
    let env = demo_env();
    let payers = env.json(&["report", "payers", "--as-of", DEMO_DAY]);
    let order = codes(&payers, "customer");
    assert_eq!(
        order[..4],
        ["DUBOIS", "GARPETIT", "TRANSLEF", "GIRARD"],
        "{payers:#}"
    );
    let graded: Vec<u64> = payers
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["grade"] != "new")
        .map(|p| p["score"].as_u64().unwrap())
        .collect();
    assert!(graded.windows(2).all(|w| w[0] <= w[1]), "{graded:?}");
    assert_eq!(payers.as_array().unwrap().last().unwrap()["grade"], "new");
    let list = env.json(&["customer", "list", "--sort", "score", "--as-of", DEMO_DAY]);
    assert_eq!(codes(&list, "code"), order);
    let by_code = codes(&env.json(&["customer", "list", "--as-of", DEMO_DAY]), "code");
    assert!(
        by_code.windows(2).all(|w| w[0] < w[1]),
        "by code unless asked: {by_code:?}"
    );
}

#[test]
fn the_weights_come_from_the_config() {
    let env = demo_env();
    let config = env.dir.path().join("score.toml");
    std::fs::write(
        &config,
        "[score]\nlateness = 1\nlate_share = 0\noverdue = 0\ndisputes = 0\ncredit_notes = 0\nnotices = 0\ntrend = 0\n",
    )
    .unwrap();
    let config = config.to_str().unwrap();
    let v = env.json(&[
        "customer", "show", "TILLEULS", "--as-of", DEMO_DAY, "--config", config,
    ]);
    // TILLEULS paid 50 days late on average: 50/60 of the only weight lost
    assert_eq!(v["score"].as_u64(), Some(17), "{v:#}");
    assert_eq!(v["score_factors"][0]["weight"], "100.0");
    std::fs::write(env.dir.path().join("bad.toml"), "[score]\nlateness = -1\n").unwrap();
    let bad = env.dir.path().join("bad.toml");
    let err = env.fails(&["report", "payers", "--config", bad.to_str().unwrap()], 2);
    assert!(err.contains("[score] weights"), "{err}");
}
