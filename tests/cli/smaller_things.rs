//! Issue 16's smaller things: a payment dated after today, `invoice list` on a terminal
//! (the pager), one value per CSV cell in `payment list`, null KPIs.

use crate::common::TestEnv;

#[test]
fn a_payment_dated_after_today_is_shown_as_to_come_by_pay_and_show() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    // today is 2026-03-15; the bank line says the money arrives on the 20th
    let out = env.run(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "200",
        "--date",
        "2026-03-20",
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

/// `creances ARGS` on a pseudo-terminal (util-linux `script`, whose absence fails the
/// test) of `lines` lines, with PAGER set to `pager`; returns what the terminal showed.
fn on_a_terminal_with_pager(env: &TestEnv, args: &str, lines: usize, pager: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let line = format!(
        "{} --db {} --as-of {} {args}",
        bin.display(),
        env.db.display(),
        env.today
    );
    let out = std::process::Command::new("timeout")
        .args(["30", "script", "-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        // `script`'s terminal has no size when this test's has none: the height is $LINES
        .env("LINES", lines.to_string())
        .env("PAGER", pager)
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("util-linux `script` is needed for the terminal tests (Debian: bsdutils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

/// A pager that marks each line it shows.
const MARKING_PAGER: &str = "sed 's/^/PAGED /'";

#[test]
fn invoice_list_is_paged_on_a_terminal_when_longer_than_the_screen_and_never_when_piped() {
    let env = TestEnv::with_customer();
    for day in 1..=8 {
        env.issued_invoice("Audit;1;100;20", &format!("2026-03-{day:02}"));
    }
    let plain = env.ok(&["invoice", "list", "--no-pager"]);
    assert_eq!(plain.lines().count(), 10, "{plain}");
    // piped (as here): no pager even with one set, the output unchanged
    let out = env
        .cmd()
        .env("PAGER", MARKING_PAGER)
        .env("LINES", "5")
        .args(["--as-of", env.today, "invoice", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), plain);
    // on a terminal of 5 lines: through the pager, every line of it
    let shown = on_a_terminal_with_pager(&env, "invoice list", 5, MARKING_PAGER);
    let paged: Vec<&str> = shown.lines().filter_map(|l| l.strip_prefix("PAGED ")).collect();
    assert_eq!(paged, plain.lines().collect::<Vec<_>>(), "{shown}");
    // --no-pager, or a screen it fits on: straight to the terminal
    let shown = on_a_terminal_with_pager(&env, "invoice list --no-pager", 5, MARKING_PAGER);
    assert!(!shown.contains("PAGED"), "{shown}");
    assert_eq!(shown.lines().count(), 10, "{shown}");
    let shown = on_a_terminal_with_pager(&env, "invoice list", 40, MARKING_PAGER);
    assert!(!shown.contains("PAGED"), "{shown}");
    assert!(shown.contains("FACT-2026-0008"), "{shown}");
}

#[test]
fn payment_list_csv_has_one_value_per_cell_a_row_per_invoice_settled() {
    let env = TestEnv::with_customer();
    let f1 = env.issued_invoice("Audit;1;1000;20", "2026-02-01");
    let f2 = env.issued_invoice("Audit;1;100;20", "2026-02-02");
    // 1200 + 120 settled, 80 left as credit; then a payment settling nothing
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "1400",
        "--date",
        "2026-03-01",
    ]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "50",
        "--date",
        "2026-03-02",
    ]);
    let csv = env.ok(&["payment", "list", "--format", "csv"]);
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "id",
            "date",
            "customer",
            "amount",
            "method",
            "reference",
            "invoice",
            "allocated",
            "unallocated"
        ]
    );
    let body: Vec<(&str, &str, &str, &str)> = rows[1..].iter().map(|r| (r[0], r[6], r[7], r[8])).collect();
    assert!(body.contains(&("1", f1.as_str(), "1200.00", "80.00")), "{csv}");
    assert!(body.contains(&("1", f2.as_str(), "120.00", "80.00")), "{csv}");
    assert!(body.contains(&("2", "", "", "50.00")), "{csv}");
    assert_eq!(body.len(), 3, "{csv}");
    assert!(rows.iter().all(|r| r.len() == 9), "{csv}");
    assert!(
        rows[1..].iter().all(|r| !r[6].contains(' ')),
        "no 'NUMBER AMOUNT' cell: {csv}"
    );
}

#[test]
fn kpi_shares_are_null_in_json_when_there_is_nothing_to_take_a_share_of() {
    let env = TestEnv::with_customer();
    let v = env.json(&["report", "kpis", "--from", "2026-01-01", "--to", "2026-03-15"]);
    assert_eq!(v["invoiced"], "0.00", "{v:#}");
    assert!(v["collected_share"].is_null(), "{v:#}");
    assert!(v["unpaid_rate_30_days_after_due"].is_null(), "{v:#}");
    env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    let v = env.json(&["report", "kpis", "--from", "2026-01-01", "--to", "2026-03-15"]);
    assert_eq!(v["collected_share"], "0.0", "{v:#}");
}
