//! Issue 16's smaller things: a payment dated after today, `invoice list` on a terminal
//! (the pager), one value per CSV cell in `payment list`, null KPIs.

use crate::common::TestEnv;

#[test]
fn a_payment_dated_after_today_is_shown_as_to_come_by_pay_and_show() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    // today is 2026-03-15; the bank line says the money arrives on the 20th
    let out = env.run(&[
        "invoice", "pay", &number, "--amount", "200", "--date", "2026-03-20",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the payment is dated 2026-03-20, after today (2026-03-15)"),
        "{stderr}"
    );
    assert!(
        stdout.contains("200.00 (dated after 2026-03-15)"),
        "pay shows it beside today's balance:\n{stdout}"
    );
    // show agrees: today's balance without it, the payment listed with its date
    let v = env.json(&["invoice", "show", &number]);
    assert_eq!(v["paid"], "0.00");
    assert_eq!(v["balance"], "1200.00");
    assert_eq!(v["paid_to_come"], "200.00");
    let events: Vec<(&str, &str)> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["date"].as_str().unwrap(), e["event"].as_str().unwrap()))
        .collect();
    assert!(events.contains(&("2026-03-20", "payment_to_come")), "{events:?}");
    let table = env.ok(&["invoice", "show", &number]);
    assert!(table.contains("payment to come"), "{table}");
    assert!(table.contains("200.00 (dated after 2026-03-15)"), "{table}");
    // on its day it is a payment like any other
    let v = env.json(&["invoice", "show", &number, "--as-of", "2026-03-20"]);
    assert_eq!(v["paid"], "200.00");
    assert_eq!(v["balance"], "1000.00");
    assert_eq!(v["paid_to_come"], "0.00");
    assert!(
        v["history"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "payment" && e["date"] == "2026-03-20"),
        "{v:#}"
    );
    // a payment of today says nothing more
    let out = env.run(&["invoice", "pay", &number, "--amount", "100"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("after today"));
}
