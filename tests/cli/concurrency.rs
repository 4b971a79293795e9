//! Several processes on one ledger: numbers stay consecutive, locks give exit 3.

use std::process::{Command, Stdio};

use crate::common::{TODAY, TestEnv};

#[test]
fn issuing_eight_drafts_concurrently_gives_consecutive_numbers() {
    let env = TestEnv::with_customer();
    let ids: Vec<String> = (0..8)
        .map(|i| {
            let line = format!("Mission {i};1;100;20");
            let v = env.json(&["invoice", "create", "--customer", "ACME", "--line", &line]);
            v["id"].to_string()
        })
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            Command::new(&bin)
                .args([
                    "--db",
                    env.db.to_str().unwrap(),
                    "--as-of",
                    TODAY,
                    "--format",
                    "json",
                    "invoice",
                    "issue",
                    id,
                ])
                .env("HOME", env.dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn creances")
        })
        .collect();
    let mut numbers = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "issue failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        numbers.push(v["number"].as_str().unwrap().to_string());
    }
    numbers.sort();
    let expected: Vec<String> = (1..=8).map(|n| format!("FACT-2026-{n:04}")).collect();
    assert_eq!(
        numbers, expected,
        "eight processes must take eight consecutive numbers, no gap, no duplicate"
    );
}

#[test]
fn a_locked_ledger_gives_exit_3_and_a_clear_message() {
    let env = TestEnv::with_customer();
    let before = env.snapshot();
    let holder = rusqlite::Connection::open(&env.db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = env
        .cmd()
        .env("CREANCES_BUSY_TIMEOUT_MS", "200")
        .args([
            "--as-of", TODAY, "customer", "add", "--code", "NEW", "--name", "Nouveau",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("locked by another creances process"), "{stderr}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(env.snapshot(), before);
}
