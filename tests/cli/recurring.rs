//! Subscriptions through the binary: each period billed once, caught up after a cron
//! gap, never twice under two runs at once; pauses, blocked customers, bad input.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{TestEnv, outbox_mails};

/// ACME with a monthly subscription from 2026-01-01 (100.00 + 20 % VAT), with `extra` flags.
fn subscribed(extra: &[&str]) -> TestEnv {
    let env = TestEnv::with_customer();
    let mut args = vec![
        "recurring",
        "add",
        "--customer",
        "ACME",
        "--every",
        "month",
        "--start",
        "2026-01-01",
        "--line",
        "Maintenance;1;100;20",
        "--as-of",
        "2026-01-01",
    ];
    args.extend(extra);
    env.ok(&args);
    env
}

/// (number or draft, issue date, total) of every invoice, in id order.
fn invoices(env: &TestEnv, as_of: &str) -> Vec<(String, String, String)> {
    let list = env.json(&["invoice", "list", "--as-of", as_of]);
    let mut rows: Vec<&Value> = list.as_array().unwrap().iter().collect();
    rows.sort_by_key(|v| v["id"].as_i64());
    rows.iter()
        .map(|v| {
            (
                v["number"].as_str().unwrap_or("draft").to_string(),
                v["issue_date"].as_str().unwrap_or("").to_string(),
                v["total"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn a_run_after_a_cron_gap_bills_every_missed_period_on_its_own_date_in_number_order() {
    let env = subscribed(&["--issue"]);
    env.ok(&["recurring", "run", "--as-of", "2026-01-01"]);
    // cron stops for three months and a half
    let out = env.ok(&["recurring", "run", "--as-of", "2026-04-15"]);
    assert!(out.contains("3 invoice(s) created, 3 issued"), "{out}");
    assert_eq!(
        invoices(&env, "2026-04-15"),
        owned(&[
            ("FACT-2026-0001", "2026-01-01", "120.00"),
            ("FACT-2026-0002", "2026-02-01", "120.00"),
            ("FACT-2026-0003", "2026-03-01", "120.00"),
            ("FACT-2026-0004", "2026-04-01", "120.00"),
        ])
    );
    let show = env.json(&["recurring", "show", "1", "--as-of", "2026-04-15"]);
    assert_eq!(show["invoices"].as_array().unwrap().len(), 4);
    assert_eq!(show["next_period"]["start"], "2026-05-01");
}

#[test]
fn periods_of_several_subscriptions_are_numbered_in_date_order() {
    let env = subscribed(&["--issue"]);
    env.ok(&[
        "recurring",
        "add",
        "--customer",
        "ACME",
        "--every",
        "month",
        "--start",
        "2026-01-15",
        "--line",
        "Support;1;50;20",
        "--issue",
        "--as-of",
        "2026-01-01",
    ]);
    env.ok(&["recurring", "run", "--as-of", "2026-02-20"]);
    let dates: Vec<String> = invoices(&env, "2026-02-20").into_iter().map(|r| r.1).collect();
    assert_eq!(dates, ["2026-01-01", "2026-01-15", "2026-02-01", "2026-02-15"]);
}

#[test]
fn running_twice_the_same_day_changes_nothing_the_second_time() {
    let env = subscribed(&["--issue"]);
    env.ok(&["recurring", "run", "--as-of", "2026-03-10"]);
    let before = env.snapshot();
    let out = env.ok(&["recurring", "run", "--as-of", "2026-03-10"]);
    assert!(out.contains("0 invoice(s) created"), "{out}");
    assert_eq!(env.snapshot(), before);
    assert_eq!(invoices(&env, "2026-03-10").len(), 3);
}

#[test]
fn a_dry_run_lists_what_the_run_then_does_and_changes_nothing() {
    let env = subscribed(&["--issue"]);
    let before = env.snapshot();
    let dry = env.json(&["recurring", "run", "--dry-run", "--as-of", "2026-02-10"]);
    assert_eq!(env.snapshot(), before);
    assert_eq!(dry["summary"]["invoices"], 2);
    let real = env.json(&["recurring", "run", "--as-of", "2026-02-10"]);
    let periods = |v: &Value| -> Vec<Value> {
        v["invoices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["period"].clone())
            .collect()
    };
    assert_eq!(periods(&dry), periods(&real));
    assert_eq!(real["invoices"][1]["invoice"], "FACT-2026-0002");
}

#[test]
fn two_runs_at_the_same_moment_bill_and_send_each_period_once() {
    let env = subscribed(&["--send"]);
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(&bin)
                .args([
                    "--db",
                    env.db.to_str().unwrap(),
                    "--as-of",
                    "2026-06-05",
                    "recurring",
                    "run",
                ])
                .env("HOME", env.dir.path())
                .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn creances")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let rows = invoices(&env, "2026-06-05");
    let numbers: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "FACT-2026-0001",
            "FACT-2026-0002",
            "FACT-2026-0003",
            "FACT-2026-0004",
            "FACT-2026-0005",
            "FACT-2026-0006"
        ]
    );
    let mails = outbox_mails(&env);
    assert_eq!(mails.len(), 6, "each invoice mailed once");
    for n in numbers {
        assert_eq!(
            mails.iter().filter(|m| m.contains(n)).count(),
            1,
            "{n} mailed once"
        );
    }
}

#[test]
fn the_database_refuses_a_second_invoice_for_a_period() {
    let env = subscribed(&[]);
    env.ok(&["recurring", "run", "--as-of", "2026-01-05"]);
    let db = rusqlite::Connection::open(&env.db).unwrap();
    let err = db
        .execute(
            "INSERT INTO recurring_invoice (schedule_id, period, period_start, invoice_id, created_at)
             VALUES (1, 0, '2026-01-01', NULL, 'x')",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("UNIQUE"), "{err}");
}

#[test]
fn a_deleted_draft_is_not_made_again() {
    let env = subscribed(&[]);
    env.ok(&["recurring", "run", "--as-of", "2026-01-05"]);
    assert_eq!(invoices(&env, "2026-01-05"), owned(&[("draft", "", "120.00")]));
    let id = env.json(&["invoice", "list", "--as-of", "2026-01-05"])[0]["id"].to_string();
    env.ok(&["invoice", "delete", &id]);
    env.ok(&["recurring", "run", "--as-of", "2026-01-06"]);
    assert!(invoices(&env, "2026-01-06").is_empty());
    let show = env.ok(&["recurring", "show", "1", "--as-of", "2026-01-06"]);
    assert!(show.contains("(draft deleted)"), "{show}");
}

#[test]
fn a_paused_subscription_bills_nothing_and_resumes_from_the_resume_day() {
    let env = subscribed(&["--issue"]);
    env.ok(&["recurring", "run", "--as-of", "2026-01-01"]);
    let paused = env.json(&["recurring", "pause", "1", "--as-of", "2026-01-20"]);
    assert_eq!(paused["state"], "paused");
    let out = env.ok(&["recurring", "run", "--as-of", "2026-04-10"]);
    assert!(out.contains("0 invoice(s) created"), "{out}");
    env.ok(&["recurring", "resume", "1", "--as-of", "2026-04-10"]);
    env.ok(&["recurring", "run", "--as-of", "2026-05-02"]);
    let dates: Vec<String> = invoices(&env, "2026-05-02").into_iter().map(|r| r.1).collect();
    // February, March and April started during the pause: never billed
    assert_eq!(dates, ["2026-01-01", "2026-05-01"]);
}

#[test]
fn a_blocked_customer_gets_nothing_without_force_and_the_run_says_so() {
    let env = subscribed(&["--issue"]);
    env.ok(&["customer", "block", "ACME", "--reason", "impayés"]);
    let out = env.ok(&["recurring", "run", "--as-of", "2026-02-03"]);
    assert!(out.contains("customer blocked: not invoiced"), "{out}");
    assert!(
        out.contains("2 period(s) waiting for blocked customer(s) (ACME)"),
        "{out}"
    );
    assert!(invoices(&env, "2026-02-03").is_empty());
    let forced = env.ok(&["recurring", "run", "--force", "--as-of", "2026-02-03"]);
    assert!(forced.contains("2 invoice(s) created"), "{forced}");
    assert_eq!(invoices(&env, "2026-02-03").len(), 2);
}

#[test]
fn indexation_raises_the_prices_from_its_date() {
    let env = subscribed(&["--issue", "--index", "3.5%@2026-03-01"]);
    env.ok(&["recurring", "run", "--as-of", "2026-03-01"]);
    let totals: Vec<String> = invoices(&env, "2026-03-01").into_iter().map(|r| r.2).collect();
    // 100 → 103.50 net, 124.20 with VAT
    assert_eq!(totals, ["120.00", "120.00", "124.20"]);
}

#[test]
fn the_day_of_month_clamps_to_short_months() {
    let env = subscribed(&[]);
    env.ok(&[
        "recurring",
        "add",
        "--customer",
        "ACME",
        "--every",
        "month",
        "--start",
        "2026-01-10",
        "--day-of-month",
        "31",
        "--count",
        "3",
        "--line",
        "Loyer;1;500;20",
        "--issue",
        "--as-of",
        "2026-01-01",
    ]);
    let out = env.json(&["recurring", "run", "--as-of", "2026-12-31"]);
    let starts: Vec<&str> = out["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["subscription"] == 2)
        .map(|i| i["period"]["start"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["2026-01-31", "2026-02-28", "2026-03-31"]);
    let list = env.json(&["recurring", "list", "--as-of", "2026-12-31"]);
    assert_eq!(list[1]["state"], "ended");
}

#[test]
fn bad_input_exits_2_naming_the_fix_and_leaves_the_ledger_unchanged() {
    let env = subscribed(&["--issue"]);
    env.ok(&["customer", "add", "--code", "NOMAIL", "--name", "Sans Mail"]);
    let before = env.snapshot();
    let add = ["recurring", "add", "--customer", "ACME", "--line", "X;1;10;20"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--every", "fortnight"], "week, month, quarter or year"),
        (vec!["--every", "week", "--day-of-month", "3"], "weekly"),
        (vec!["--every", "month", "--day-of-month", "32"], "1 to 31"),
        (
            vec!["--every", "month", "--end", "2025-12-01"],
            "before the first period",
        ),
        (vec!["--every", "month", "--count", "0"], "--count"),
        (
            vec!["--every", "month", "--count", "2", "--end", "2026-05-01"],
            "cannot be used with",
        ),
        (vec!["--every", "month", "--index", "3.5%"], "RATE%@DATE"),
        (vec!["--every", "month", "--start", "2026-02-30"], "not a date"),
        (vec!["--every", "month", "--line", "X;1;abc;20"], "price"),
    ];
    for (extra, words) in cases {
        let mut args = add.to_vec();
        if !extra.contains(&"--start") {
            args.extend(["--start", "2026-01-01"]);
        }
        args.extend(extra);
        let err = env.fails(&args, 2);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    let other = [
        (
            vec![
                "recurring",
                "add",
                "--customer",
                "NOBODY",
                "--every",
                "month",
                "--start",
                "2026-01-01",
                "--line",
                "X;1;10;20",
            ],
            "NOBODY",
        ),
        (
            vec![
                "recurring",
                "add",
                "--customer",
                "NOMAIL",
                "--every",
                "month",
                "--start",
                "2026-01-01",
                "--line",
                "X;1;10;20",
                "--send",
            ],
            "no email address",
        ),
        (vec!["recurring", "show", "9"], "no subscription #9"),
        (vec!["recurring", "resume", "1"], "not paused"),
        (
            vec!["recurring", "end", "1", "--on", "2025-06-01"],
            "before the first period",
        ),
    ];
    for (args, words) in other {
        let err = env.fails(&args, 2);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    assert_eq!(env.snapshot(), before);
    // ending before a billed period names the invoice
    env.ok(&["recurring", "run", "--as-of", "2026-03-01"]);
    let before = env.snapshot();
    let err = env.fails(
        &[
            "recurring",
            "end",
            "1",
            "--on",
            "2026-02-15",
            "--as-of",
            "2026-03-01",
        ],
        2,
    );
    assert!(err.contains("already billed (FACT-2026-0003)"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn an_ended_subscription_bills_up_to_its_end_and_no_further() {
    let env = subscribed(&["--issue"]);
    env.ok(&[
        "recurring",
        "end",
        "1",
        "--on",
        "2026-03-01",
        "--as-of",
        "2026-01-01",
    ]);
    env.ok(&["recurring", "run", "--as-of", "2026-12-31"]);
    assert_eq!(invoices(&env, "2026-12-31").len(), 3);
    assert_eq!(
        env.json(&["recurring", "show", "1", "--as-of", "2026-12-31"])["state"],
        "ended"
    );
}

#[test]
fn a_bad_documents_setting_is_refused_before_anything_is_billed() {
    let env = subscribed(&["--send"]);
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[documents]\nlogo = \"/nowhere/logo.png\"\n",
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(&["recurring", "run", "--as-of", "2026-03-01"], 2);
    assert!(err.contains("logo"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn an_edit_changes_the_periods_to_come_and_shows_in_the_history() {
    let env = subscribed(&["--issue"]);
    env.ok(&["recurring", "run", "--as-of", "2026-02-10"]);
    let before = env.snapshot();
    // billed periods never change; bad input names the fix and changes nothing
    for (args, words) in [
        (
            vec!["--line", "Maintenance;1;120;20", "--from", "2026-02-01"],
            "already billed (FACT-2026-0002)",
        ),
        (vec!["--count", "1"], "cannot end before it"),
        (vec!["--day-of-month", "15"], "cannot move"),
        (vec![], "nothing to change"),
        (vec!["--line", "Maintenance;1;abc;20"], "abc"),
        (vec!["--from", "2026-03-01"], "--line"),
    ] {
        let mut all = vec!["recurring", "edit", "1", "--as-of", "2026-02-10"];
        all.extend(args.iter());
        let err = env.fails(&all, 2);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    env.fails(&["recurring", "edit", "9", "--count", "3"], 2);
    assert_eq!(env.snapshot(), before, "nothing changed");

    // from April: a new price; twelve periods in all; mailed from now on
    let edited = env.json(&[
        "recurring",
        "edit",
        "1",
        "--line",
        "Maintenance étendue;1;130;20",
        "--from",
        "2026-04-01",
        "--count",
        "12",
        "--as-of",
        "2026-02-10",
    ]);
    assert_eq!(edited["count"], 12);
    assert_eq!(edited["line_changes"][0]["from"], "2026-04-01");
    assert_eq!(edited["changes"][0]["on"], "2026-02-10");
    assert_eq!(
        edited["changes"][0]["change"],
        "lines from 2026-04-01: Maintenance étendue 1 x 130 (20 %), count 12"
    );
    env.ok(&["recurring", "edit", "1", "--no-issue", "--as-of", "2026-02-11"]);
    let shown = env.ok(&["recurring", "show", "1", "--as-of", "2026-02-11"]);
    for words in [
        "Changes",
        "2026-02-10",
        "count 12",
        "2026-02-11",
        "issue off",
        "Lines from a day on",
    ] {
        assert!(shown.contains(words), "{words}:\n{shown}");
    }
    env.ok(&["recurring", "edit", "1", "--issue", "--as-of", "2026-02-12"]);
    env.ok(&["recurring", "run", "--as-of", "2026-04-15"]);
    assert_eq!(
        invoices(&env, "2026-04-15"),
        owned(&[
            ("FACT-2026-0001", "2026-01-01", "120.00"),
            ("FACT-2026-0002", "2026-02-01", "120.00"),
            ("FACT-2026-0003", "2026-03-01", "120.00"),
            ("FACT-2026-0004", "2026-04-01", "156.00"),
        ])
    );
    let history = env.json(&["recurring", "show", "1", "--as-of", "2026-04-15"]);
    assert_eq!(history["changes"].as_array().unwrap().len(), 3);
}
