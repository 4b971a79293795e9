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
