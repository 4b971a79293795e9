//! Scheduled sends: `invoice send N --at D` records the send; `creances daily` makes it
//! once, on D or the first run after, even when two run at the same moment.

use std::process::{Command, Stdio};

use crate::common::{SmtpServer, TestEnv, use_smtp};

/// An issued invoice and a draft, both scheduled for 2026-03-20.
fn scheduled(env: &TestEnv) -> (String, i64) {
    let number = env.issued_invoice("Audit;1;500;20", "2026-03-10");
    let draft = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Conseil;1;800;20",
    ]);
    let id = draft["id"].as_i64().unwrap();
    env.ok(&["invoice", "send", &number, "--at", "2026-03-20"]);
    env.ok(&["invoice", "send", &id.to_string(), "--at", "2026-03-20"]);
    (number, id)
}

fn history(env: &TestEnv, reference: &str, as_of: &str) -> Vec<(String, String, String)> {
    let v = env.json(&["invoice", "show", reference, "--as-of", as_of]);
    v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_string(),
                e["event"].as_str().unwrap().to_string(),
                e["reference"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_send_at_a_past_day_or_twice_exits_2_and_changes_nothing() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;500;20", "2026-03-10");
    let before = env.snapshot();
    let err = env.fails(&["invoice", "send", &number, "--at", "2026-03-14"], 2);
    assert!(err.contains("is in the past"), "{err}");
    assert_eq!(env.snapshot(), before);
    env.ok(&["invoice", "send", &number, "--at", "2026-03-20"]);
    let before = env.snapshot();
    let err = env.fails(&["invoice", "send", &number, "--at", "2026-03-25"], 2);
    assert!(
        err.contains("already scheduled to be sent on 2026-03-20"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // shown as planned before its day
    assert!(
        history(&env, &number, "2026-03-15").contains(&(
            "2026-03-20".into(),
            "scheduled_send".into(),
            "scheduled".into()
        )),
        "{:?}",
        history(&env, &number, "2026-03-15")
    );
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn two_dailies_at_the_same_moment_send_each_scheduled_invoice_once() {
    let env = TestEnv::with_customer();
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    let (number, draft) = scheduled(&env);
    // not before its day
    let out = env.ok(&["daily", "--as-of", "2026-03-19"]);
    assert!(out.contains("sends: 0 sent, 0 failed"), "{out}");
    assert!(server.mails().is_empty());
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let children: Vec<_> = (0..2)
        .map(|_| {
            Command::new(&bin)
                .args(["--db", env.db.to_str().unwrap(), "--as-of", "2026-03-21", "daily"])
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
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
    assert_eq!(
        outputs
            .iter()
            .filter(|o| o.contains("sends: 2 sent, 0 failed"))
            .count(),
        1,
        "{outputs:?}"
    );
    assert_eq!(
        outputs
            .iter()
            .filter(|o| o.contains("sends: already done today"))
            .count(),
        1,
        "{outputs:?}"
    );
    let mails = server.mails();
    assert_eq!(mails.len(), 2, "each scheduled invoice mailed once");
    // the draft was issued the day it was sent
    let issued = env.json(&["invoice", "show", &format!("#{draft}"), "--as-of", "2026-03-21"]);
    assert_eq!(issued["issue_date"], "2026-03-21", "{issued:#}");
    assert_eq!(issued["status"], "sent");
    let story = history(&env, &number, "2026-03-21");
    assert!(
        story.contains(&("2026-03-20".into(), "scheduled_send".into(), "sent".into())),
        "{story:?}"
    );
    assert!(
        story.iter().any(|e| e.1 == "sent" && e.0 == "2026-03-21"),
        "{story:?}"
    );
    // a later daily sends nothing again
    env.ok(&["daily", "--as-of", "2026-03-22"]);
    assert_eq!(server.mails().len(), 2);
}

#[test]
fn a_failed_scheduled_send_is_shown_and_tried_again_by_the_next_daily() {
    let env = TestEnv::with_customer();
    let (number, _) = scheduled(&env);
    // nothing listens there
    use_smtp(&env, crate::common::free_port());
    let out = env.run(&["daily", "--as-of", "2026-03-20"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("sends: 0 sent, 2 failed"));
    let story = history(&env, &number, "2026-03-20");
    assert!(
        story.contains(&("2026-03-20".into(), "scheduled_send".into(), "failed".into())),
        "{story:?}"
    );
    // the mail comes back (the outbox): the next daily sends it
    std::fs::remove_file(env.dir.path().join("config/creances/config.toml")).ok();
    let out = env.ok(&["daily", "--as-of", "2026-03-20"]);
    assert!(out.contains("sends: 2 sent, 0 failed"), "{out}");
}

#[test]
fn invoice_send_scheduled_runs_the_daily_sends_part_alone_with_its_exit_codes() {
    let env = TestEnv::with_customer();
    let (number, _) = scheduled(&env);
    // clap's usage error: a number and --scheduled do not go together
    env.fails(&["invoice", "send", &number, "--scheduled"], 2);
    // not before its day
    let out = env.ok(&["invoice", "send", "--scheduled", "--as-of", "2026-03-19"]);
    assert_eq!(out.trim(), "sends 2026-03-19: 0 sent, 0 failed");
    // the lock the daily part takes: a run in progress makes this one wait, then exit 3
    let mut lock_path = env.db.as_os_str().to_owned();
    lock_path.push(".sends-lock");
    let lock = std::fs::File::create(std::path::PathBuf::from(lock_path)).unwrap();
    lock.lock().unwrap();
    let before = env.snapshot();
    let out = env
        .cmd()
        .env("CREANCES_BUSY_TIMEOUT_MS", "200")
        .args(["--as-of", "2026-03-20", "invoice", "send", "--scheduled"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.snapshot(), before);
    drop(lock);
    // a mail server down: exit 1, each failure named, tried again by the next run
    use_smtp(&env, crate::common::free_port());
    let out = env.run(&["invoice", "send", "--scheduled", "--as-of", "2026-03-20"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "sends 2026-03-20: 0 sent, 2 failed"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("error: sends: {number} not sent")),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // to the outbox: both sent, once
    std::fs::remove_file(env.dir.path().join("config/creances/config.toml")).unwrap();
    let v = env.json(&["invoice", "send", "--scheduled", "--as-of", "2026-03-21"]);
    assert_eq!(v["date"], "2026-03-21");
    assert_eq!(v["part"], "sends");
    assert_eq!(v["status"], "done");
    assert_eq!(v["exit"], 0);
    assert_eq!(v["summary"], "2 sent, 0 failed", "{v:#}");
    assert_eq!(crate::common::outbox_mails(&env).len(), 2);
    let out = env.ok(&["invoice", "send", "--scheduled", "--as-of", "2026-03-21"]);
    assert_eq!(out.trim(), "sends 2026-03-21: 0 sent, 0 failed");
    // and the daily's part finds nothing left to send
    let out = env.ok(&["daily", "--as-of", "2026-03-21"]);
    assert!(out.contains("sends: 0 sent, 0 failed"), "{out}");
    assert_eq!(crate::common::outbox_mails(&env).len(), 2);
}
