//! `dunning plan` on a generated ledger of many customers: its order and content pinned
//! (table, CSV, JSON) to what the code that held every day's plan wrote, so a change of
//! how the plan is computed or written cannot reorder or alter a row unnoticed.

use crate::common::*;

#[test]
fn the_plan_of_a_generated_ledger_keeps_its_order_and_content() {
    let env = TestEnv::empty();
    env.ok(&[
        "demo",
        "--customers",
        "30",
        "--invoices",
        "3000",
        "--seed",
        "2",
        "--as-of",
        DEMO_DAY,
    ]);
    let plan = |format: &str| {
        env.ok(&[
            "--lang", "en", "--format", format, "--as-of", DEMO_DAY, "dunning", "plan", "--days", "30",
        ])
    };
    let csv = plan("csv");
    // many days and customers, so the order across both is exercised
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1398, "{csv}");
    let days: std::collections::BTreeSet<&str> = rows.iter().map(|r| &r[..10]).collect();
    let customers: std::collections::BTreeSet<&str> =
        rows.iter().filter_map(|r| r.split(',').nth(1)).collect();
    assert!(days.len() > 20 && customers.len() > 20, "{days:?} {customers:?}");
    // the bytes the previous code path (every day's plan held) wrote for this ledger
    for (format, text, sha) in [
        (
            "csv",
            csv.clone(),
            "fe6451a8335acea1bebd759e0211b8fa5884c46b5cec4b833f32ce60f366b645",
        ),
        (
            "json",
            plan("json"),
            "b1b4538dc43bcaab842f53f1e116ed586349c2f65be5eaeb37c26194265a8495",
        ),
        (
            "table",
            plan("table"),
            "b7bd98df7cc212fc93aa877ec2043a60874ab70f0898281e252a2f7d09168a65",
        ),
    ] {
        assert_eq!(sha256_hex(text.as_bytes()), sha, "{format}:\n{text}");
    }
}
