//! `creances daily`: the recurring run, the scheduled sends, then the dunning run, each at most once a day,
//! one summary line, the dunning exit codes; two at once do the work once.

use std::process::{Command, Stdio};

use crate::common::{TestEnv, free_port, outbox_mails, use_smtp};

/// ACME (30 days' terms) billed and mailed every month from 2026-01-01.
fn subscribed() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
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
        "--send",
        "--as-of",
        "2026-01-01",
    ]);
    env
}

fn numbers(env: &TestEnv, as_of: &str) -> Vec<String> {
    let mut n: Vec<String> = env
        .json(&["invoice", "list", "--as-of", as_of])
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["number"].as_str().unwrap_or("draft").to_string())
        .collect();
    n.sort();
    n
}

fn reminders(env: &TestEnv) -> Vec<(String, String, String)> {
    env.json(&["dunning", "log"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["invoice"].as_str().unwrap().to_string(),
                r["step"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn daily_bills_the_subscriptions_then_reminds_and_does_each_once_a_day() {
    let env = subscribed();
    // cron was off until 2026-02-05: January's invoice (due 2026-01-31) is made, mailed,
    // and reminded (r1, due + 3) by the same morning's run
    let out = env.ok(&["daily", "--as-of", "2026-02-05"]);
    assert_eq!(out.lines().count(), 1, "one summary line: {out}");
    assert!(
        out.starts_with(
            "daily 2026-02-05: recurring: 2 invoice(s) created, 2 issued, 2 sent, 0 failed; sends: 0 sent, 0 failed; dunning: "
        ),
        "{out}"
    );
    assert_eq!(numbers(&env, "2026-02-05"), ["FACT-2026-0001", "FACT-2026-0002"]);
    assert!(
        reminders(&env).contains(&("FACT-2026-0001".into(), "r1".into(), "sent".into())),
        "{:?}",
        reminders(&env)
    );
    let before = env.snapshot();
    let again = env.ok(&["daily", "--as-of", "2026-02-05"]);
    assert_eq!(
        again.trim(),
        "daily 2026-02-05: recurring: already done today; sends: already done today; dunning: already done today"
    );
    assert_eq!(env.snapshot(), before);
    // the next day runs both again
    let next = env.json(&["daily", "--as-of", "2026-02-06"]);
    assert_eq!(next["parts"][0]["status"], "done");
    assert_eq!(next["parts"][1]["status"], "done");
    assert_eq!(next["parts"][2]["status"], "done");
    assert_eq!(next["exit"], 0);
}

#[test]
fn each_part_still_runs_on_its_own() {
    let env = subscribed();
    env.ok(&["recurring", "run", "--as-of", "2026-02-05"]);
    env.ok(&["dunning", "run", "--as-of", "2026-02-05"]);
    let before = reminders(&env);
    // daily's parts find the work done: nothing twice
    let out = env.ok(&["daily", "--as-of", "2026-02-05"]);
    assert!(out.contains("recurring: 0 invoice(s) created"), "{out}");
    assert_eq!(reminders(&env), before);
    assert_eq!(numbers(&env, "2026-02-05").len(), 2);
}

#[test]
fn two_dailies_at_the_same_moment_make_and_mail_each_invoice_once() {
    let env = subscribed();
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let children: Vec<_> = (0..2)
        .map(|_| {
            Command::new(&bin)
                .args(["--db", env.db.to_str().unwrap(), "--as-of", "2026-04-10", "daily"])
                .env("HOME", env.dir.path())
                .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn creances")
        })
        .collect();
    let mut outputs = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        outputs.push(String::from_utf8(out.stdout).unwrap());
    }
    let skipped = outputs
        .iter()
        .filter(|o| o.contains("recurring: already done today"))
        .count();
    assert_eq!(
        skipped, 1,
        "one daily does the work, the other finds it done: {outputs:?}"
    );
    let invoices = numbers(&env, "2026-04-10");
    assert_eq!(invoices.len(), 4);
    let mails = outbox_mails(&env);
    for n in &invoices {
        let covers = mails
            .iter()
            .filter(|m| m.contains(&format!("creances.document.{n}.")))
            .count();
        assert_eq!(covers, 1, "{n} mailed once");
    }
    let log = reminders(&env);
    let mut unique = log.clone();
    unique.dedup();
    assert_eq!(log, unique);
}

#[test]
fn a_mail_server_down_gives_exit_1_and_the_next_daily_that_day_tries_again() {
    let env = subscribed();
    use_smtp(&env, free_port());
    let out = env.run(&["daily", "--as-of", "2026-01-02"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(
        line.contains("recurring: 1 invoice(s) created, 1 issued, 0 sent, 1 failed"),
        "{line}"
    );
    // the part that failed runs again; the invoice is not made twice
    let again = env.run(&["daily", "--as-of", "2026-01-02"]);
    assert_eq!(again.status.code(), Some(1));
    let line = String::from_utf8(again.stdout).unwrap();
    assert!(
        line.contains("recurring: 0 invoice(s) created, 0 issued, 0 sent, 1 failed"),
        "{line}"
    );
    assert!(line.contains("dunning: already done today"), "{line}");
    assert_eq!(numbers(&env, "2026-01-02"), ["FACT-2026-0001"]);
}

#[test]
fn a_locked_ledger_gives_exit_3_and_changes_nothing() {
    let env = subscribed();
    let before = env.snapshot();
    let holder = rusqlite::Connection::open(&env.db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = env
        .cmd()
        .env("CREANCES_BUSY_TIMEOUT_MS", "200")
        .args(["--as-of", "2026-02-05", "daily"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: recurring: the ledger") && stderr.contains("locked"),
        "{stderr}"
    );
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(env.snapshot(), before);
}
