//! `dunning run|plan|log|send`, holds, tasks and receipts, through the binary. The
//! outbox transport needs nothing; the tests marked #[ignore] talk to a real SMTP server
//! (aiosmtpd, started on a free port of 127.0.0.1) and fail if python3 or aiosmtpd is
//! missing: `.ci/run` installs it and runs them with --include-ignored.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::common::{Mail, SmtpServer, TestEnv, day, eml_files, free_port, outbox, read_mails, use_smtp};

fn plus(d: &str, n: i64) -> String {
    (day(d) + chrono::Duration::days(n)).to_string()
}

/// Invoices issued on 2026-01-10 are due 2026-02-09 (30 days).
const ISSUED: &str = "2026-01-10";
const DUE: &str = "2026-02-09";

/// ACME (business, French) and BOB (individual, English), each with `n` invoices of 1200 €.
fn two_customers(n: usize) -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Martin",
        "--kind",
        "individual",
        "--email",
        "bob@example.org",
        "--language",
        "en",
    ]);
    for _ in 0..n {
        for customer in ["ACME", "BOB"] {
            env.ok(&[
                "invoice",
                "create",
                "--customer",
                customer,
                "--line",
                "Audit;1;1000;20",
                "--issue",
                "--date",
                ISSUED,
            ]);
        }
    }
    env
}

fn run_on(env: &TestEnv, as_of: &str) -> Value {
    env.json(&["dunning", "run", "--as-of", as_of])
}

/// The actions of a run that were performed (not skipped).
fn performed(out: &Value) -> Vec<Value> {
    out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["status"] != "skipped")
        .cloned()
        .collect()
}

fn log(env: &TestEnv, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["dunning", "log"];
    args.extend_from_slice(extra);
    env.json(&args).as_array().unwrap().clone()
}

fn steps_by_status(rows: &[Value], status: &str) -> Vec<(String, String)> {
    rows.iter()
        .filter(|r| r["status"] == status)
        .map(|r| {
            (
                r["invoice"].as_str().unwrap().to_string(),
                r["step"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_first_reminder_goes_to_the_outbox_in_the_customers_language() {
    let env = two_customers(1);
    let out = run_on(&env, &plus(DUE, 3));
    assert_eq!(out["summary"]["mails"], 2);
    assert_eq!(out["summary"]["sent"], 2);
    let mails = read_mails(&outbox(&env));
    assert_eq!(mails.len(), 2);
    let acme = mails
        .iter()
        .find(|m| m.header("to").contains("compta@acme.example"))
        .unwrap();
    assert!(acme.subject().contains("FACT-2026-0001"), "{}", acme.subject());
    assert!(acme.body.contains("Bonjour"), "{}", acme.body);
    assert!(acme.body.contains("3 jours de retard"), "{}", acme.body);
    assert!(acme.body.contains("1\u{202f}200,00\u{a0}€"), "{}", acme.body);
    let bob = mails
        .iter()
        .find(|m| m.header("to").contains("bob@example.org"))
        .unwrap();
    assert!(bob.body.contains("3 days overdue"), "{}", bob.body);
    assert!(bob.body.contains("€1,200.00"), "{}", bob.body);
    assert!(acme.header("from").contains("factures@atelier.example"));
}

#[test]
fn a_dry_run_shows_the_same_actions_and_changes_nothing() {
    let env = two_customers(2);
    let as_of = plus(DUE, 16);
    let before = env.snapshot();
    let dry = env.json(&["dunning", "run", "--dry-run", "--as-of", &as_of]);
    assert_eq!(env.snapshot(), before, "a dry run must not write");
    assert!(eml_files(&outbox(&env)).is_empty());
    let real = run_on(&env, &as_of);
    let shape = |v: &Value| -> Vec<(String, String, String)> {
        v["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["invoice"].as_str().unwrap().to_string(),
                    a["step"].as_str().unwrap().to_string(),
                    a["status"].as_str().unwrap().replace("planned", "sent"),
                )
            })
            .collect()
    };
    assert_eq!(shape(&dry), shape(&real));
    assert_eq!(dry["summary"]["mails"], real["summary"]["mails"]);
}

#[test]
fn running_twice_the_same_day_sends_nothing_more() {
    let env = two_customers(1);
    run_on(&env, &plus(DUE, 3));
    let again = run_on(&env, &plus(DUE, 3));
    assert_eq!(again["actions"].as_array().unwrap().len(), 0);
    assert_eq!(eml_files(&outbox(&env)).len(), 2);
    let text = env.ok(&["dunning", "run", "--as-of", &plus(DUE, 3)]);
    assert!(
        text.contains(
            "dunning 2026-02-12: 0 reminder(s) sent in 0 mail(s), 0 failed, 0 skipped, 0 task(s) created"
        ),
        "{text}"
    );
}

#[test]
fn a_run_after_twenty_missed_days_sends_one_mail_per_customer() {
    let env = two_customers(3);
    run_on(&env, &plus(DUE, -7));
    assert_eq!(
        eml_files(&outbox(&env)).len(),
        2,
        "one heads-up per customer for 3 invoices"
    );
    // cron was down for 20 days: due + 13 is r2's window
    let out = run_on(&env, &plus(DUE, 13));
    assert_eq!(out["summary"]["mails"], 2);
    assert_eq!(eml_files(&outbox(&env)).len(), 4);
    let skipped = steps_by_status(&log(&env, &[]), "skipped");
    for n in 1..=6 {
        let number = format!("FACT-2026-{n:04}");
        for step in ["pre-1", "r1"] {
            assert!(
                skipped.contains(&(number.clone(), step.into())),
                "{number} {step} not skipped"
            );
        }
    }
    // the ACME mail lists its three invoices
    let mails = read_mails(&outbox(&env));
    let last = mails.iter().rfind(|m| m.header("to").contains("acme")).unwrap();
    for n in [1, 3, 5] {
        assert!(last.body.contains(&format!("FACT-2026-{n:04}")), "{}", last.body);
    }
}

#[test]
fn dunning_never_reminds_a_paid_invoice_and_reminds_only_the_rest_after_a_partial_payment() {
    let env = two_customers(1);
    env.ok(&["invoice", "pay", "FACT-2026-0002", "--date", DUE]);
    env.ok(&[
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--amount",
        "700",
        "--date",
        DUE,
    ]);
    let out = run_on(&env, &plus(DUE, 3));
    let actions = performed(&out);
    assert_eq!(actions.len(), 1, "{out}");
    assert_eq!(actions[0]["invoice"], "FACT-2026-0001");
    assert_eq!(actions[0]["balance"], "500.00");
    let mail = &read_mails(&outbox(&env))[0];
    assert!(mail.body.contains("500,00"), "{}", mail.body);
    assert!(!mail.body.contains("1\u{202f}200,00\u{a0}€ (3"), "{}", mail.body);
}

#[test]
fn a_held_invoice_gets_no_reminder_but_stays_in_the_balance() {
    let env = two_customers(1);
    let before = env.json(&["customer", "show", "ACME"]);
    env.ok(&[
        "invoice",
        "hold",
        "FACT-2026-0001",
        "--reason",
        "livraison contestée",
        "--as-of",
        DUE,
    ]);
    let out = run_on(&env, &plus(DUE, 3));
    assert!(
        out["actions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["invoice"] != "FACT-2026-0001"),
        "{out}"
    );
    let during = env.json(&["customer", "show", "ACME", "--as-of", &plus(DUE, 3)]);
    assert_eq!(during["balance"], before["balance"]);
    let shown = env.json(&["invoice", "show", "FACT-2026-0001", "--as-of", &plus(DUE, 3)]);
    assert_eq!(shown["hold"]["reason"], "livraison contestée");
    assert_eq!(shown["status"], "overdue");
    env.ok(&["invoice", "release", "FACT-2026-0001", "--as-of", &plus(DUE, 4)]);
    let shown = env.json(&["invoice", "show", "FACT-2026-0001", "--as-of", &plus(DUE, 4)]);
    assert!(shown["hold"].is_null());
    let out = performed(&run_on(&env, &plus(DUE, 4)));
    assert_eq!(out[0]["invoice"], "FACT-2026-0001");
    assert_eq!(out[0]["step"], "r1");
}

#[test]
fn a_hold_with_an_end_date_lapses_by_itself() {
    let env = two_customers(1);
    env.ok(&[
        "invoice",
        "hold",
        "FACT-2026-0001",
        "--reason",
        "waiting for the PO",
        "--until",
        &plus(DUE, 5),
        "--as-of",
        DUE,
    ]);
    let held = run_on(&env, &plus(DUE, 3));
    assert!(
        held["actions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["invoice"] != "FACT-2026-0001")
    );
    let after = performed(&run_on(&env, &plus(DUE, 6)));
    assert_eq!(after[0]["invoice"], "FACT-2026-0001");
}

#[test]
fn holding_a_paid_invoice_or_releasing_an_unheld_one_is_refused() {
    let env = two_customers(1);
    env.ok(&["invoice", "pay", "FACT-2026-0001"]);
    let before = env.snapshot();
    let err = env.fails(&["invoice", "hold", "FACT-2026-0001", "--reason", "x"], 2);
    assert!(err.contains("settled"), "{err}");
    let err = env.fails(&["invoice", "release", "FACT-2026-0002"], 2);
    assert!(err.contains("not on hold"), "{err}");
    let err = env.fails(&["invoice", "hold", "FACT-2026-0002", "--reason", "  "], 2);
    assert!(err.contains("--reason"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_manual_send_counts_as_the_step() {
    let env = two_customers(1);
    let out = performed(&env.json(&["dunning", "send", "FACT-2026-0001", "--as-of", &plus(DUE, 4)]));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["step"], "r1");
    assert_eq!(out[0]["manual"], true);
    let next = run_on(&env, &plus(DUE, 5));
    assert!(
        next["actions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["invoice"] != "FACT-2026-0001"),
        "{next}"
    );
    let rows = log(&env, &["--invoice", "FACT-2026-0001"]);
    let keys: Vec<&str> = rows[0].as_object().unwrap().keys().map(String::as_str).collect();
    for key in ["invoice", "step", "channel", "status", "date"] {
        assert!(keys.contains(&key), "{keys:?}");
    }
    assert_eq!(
        steps_by_status(&rows, "sent"),
        [("FACT-2026-0001".to_string(), "r1".to_string())]
    );
}

#[test]
fn a_manual_send_before_any_step_is_due_sends_the_first_one() {
    let env = two_customers(1);
    let out = env.json(&["dunning", "send", "FACT-2026-0002", "--as-of", ISSUED]);
    assert_eq!(out["actions"][0]["step"], "pre-7");
    let mail = &read_mails(&outbox(&env))[0];
    assert!(mail.header("to").contains("bob@example.org"));
}

#[test]
fn manual_sends_refuse_settled_held_and_unknown_invoices() {
    let env = two_customers(1);
    env.ok(&["invoice", "pay", "FACT-2026-0001"]);
    env.ok(&["invoice", "hold", "FACT-2026-0002", "--reason", "dispute"]);
    let before = env.snapshot();
    assert!(
        env.fails(&["dunning", "send", "FACT-2026-0001"], 2)
            .contains("paid")
    );
    assert!(
        env.fails(&["dunning", "send", "FACT-2026-0002"], 2)
            .contains("on hold")
    );
    assert!(
        env.fails(&["dunning", "send", "FACT-2026-0099"], 2)
            .contains("no invoice")
    );
    assert_eq!(env.snapshot(), before);
    assert!(eml_files(&outbox(&env)).is_empty());
}

#[test]
fn the_call_step_makes_a_task_that_can_be_done() {
    let env = two_customers(1);
    run_on(&env, &plus(DUE, 20));
    let tasks = env.json(&["task", "list"]);
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 2, "{tasks:?}");
    assert!(
        tasks[0]["title"].as_str().unwrap().contains("20 day(s) late"),
        "{tasks:?}"
    );
    let id = tasks[0]["id"].as_i64().unwrap().to_string();
    let done = env.json(&["task", "done", &id, "--note", "promised by Friday"]);
    assert_eq!(done["note"], "promised by Friday");
    assert_eq!(env.json(&["task", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["task", "list", "--all"]).as_array().unwrap().len(), 2);
    assert!(env.fails(&["task", "done", &id], 2).contains("already done"));
    assert!(env.fails(&["task", "done", "999"], 2).contains("no task"));
}

#[test]
fn the_formal_notice_claims_interest_and_the_indemnity_from_businesses_only() {
    let env = two_customers(1);
    let out = env.json(&[
        "dunning",
        "run",
        "--as-of",
        &plus(DUE, 30),
        "--catch-up",
        "notice",
    ]);
    let notice: Vec<&Value> = out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["step"] == "notice")
        .collect();
    assert_eq!(notice.len(), 2);
    // 1200 × (2.15 + 10) % × 30 / 365 = 11.98
    for a in &notice {
        assert_eq!(a["interest"], "11.98");
    }
    let acme = notice.iter().find(|a| a["customer"] == "ACME").unwrap();
    let bob = notice.iter().find(|a| a["customer"] == "BOB").unwrap();
    assert_eq!(acme["indemnity"], "40.00");
    assert_eq!(bob["indemnity"], "0.00");
    let mails = read_mails(&outbox(&env));
    let acme_mail = mails.iter().find(|m| m.header("to").contains("acme")).unwrap();
    assert!(
        acme_mail.subject().contains("Mise en demeure"),
        "{}",
        acme_mail.subject()
    );
    assert!(acme_mail.body.contains("11,98"), "{}", acme_mail.body);
    assert!(acme_mail.body.contains("40,00"), "{}", acme_mail.body);
    let bob_mail = mails.iter().find(|m| m.header("to").contains("bob")).unwrap();
    assert!(!bob_mail.body.contains("40 €"), "{}", bob_mail.body);
    let letters = env.dir.path().join("ledger-letters");
    assert_eq!(std::fs::read_dir(letters).unwrap().count(), 2);
}

#[test]
fn customer_list_shows_who_is_in_dunning_and_frequent_late_payers() {
    let env = two_customers(3);
    let before = env.json(&["customer", "list", "--as-of", &plus(DUE, 3)]);
    assert!(
        before
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["in_dunning"] == false)
    );
    run_on(&env, &plus(DUE, 3));
    let after = env.json(&["customer", "list", "--as-of", &plus(DUE, 3)]);
    let acme = after
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "ACME")
        .unwrap();
    assert_eq!(acme["in_dunning"], true);
    assert_eq!(
        acme["frequent_late_payer"], true,
        "three invoices still unpaid after their due date"
    );
    let table = env.ok(&["customer", "list", "--as-of", &plus(DUE, 3)]);
    assert!(table.contains("late payer"), "{table}");
}

#[test]
fn plan_shows_the_coming_steps() {
    let env = two_customers(1);
    let rows = env.json(&["dunning", "plan", "--days", "10", "--as-of", &plus(DUE, -2)]);
    let acme: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["customer"] == "ACME")
        .map(|r| {
            (
                r["date"].as_str().unwrap().to_string(),
                r["step"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        acme,
        [
            (plus(DUE, -2), "pre-7".to_string()),
            (plus(DUE, -1), "pre-1".to_string()),
            (plus(DUE, 3), "r1".to_string()),
            (plus(DUE, 7), "r2".to_string()),
        ]
    );
    assert!(eml_files(&outbox(&env)).is_empty());
}

#[test]
fn bad_usage_exits_2_and_changes_nothing() {
    let env = two_customers(1);
    let before = env.snapshot();
    env.fails(&["dunning", "plan", "--days", "5000"], 2);
    let cfg = env.dir.path().join("bad.toml");
    std::fs::write(&cfg, "[email]\ntransport = \"pigeon\"\n").unwrap();
    let err = env.fails(&["dunning", "run", "--config", cfg.to_str().unwrap()], 2);
    assert!(err.contains("pigeon"), "{err}");
    let err = env.fails(&["dunning", "run", "--config", "/nonexistent/creances.toml"], 2);
    assert!(err.contains("cannot read the config"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_customer_without_email_fails_and_is_retried_once_fixed() {
    let env = two_customers(1);
    env.ok(&["customer", "edit", "BOB", "--email", ""]);
    let out = env.run(&["dunning", "run", "--as-of", &plus(DUE, 3), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["failed"], 1);
    assert_eq!(v["summary"]["sent"], 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("retries"));
    env.ok(&["customer", "edit", "BOB", "--email", "bob@example.org"]);
    let retry = performed(&run_on(&env, &plus(DUE, 4)));
    assert_eq!(retry[0]["retry"], true);
    assert_eq!(retry[0]["status"], "sent");
    assert_eq!(
        steps_by_status(&log(&env, &["--customer", "BOB"]), "sent").len(),
        1
    );
}

#[test]
fn a_run_waits_for_another_and_gives_exit_3_when_it_does_not_finish() {
    let env = two_customers(1);
    let mut lock_path = env.db.as_os_str().to_owned();
    lock_path.push(".dunning-lock");
    let lock = std::fs::File::create(PathBuf::from(lock_path)).unwrap();
    lock.lock().unwrap();
    let before = env.snapshot();
    let out = env
        .cmd()
        .env("CREANCES_BUSY_TIMEOUT_MS", "300")
        .args(["--as-of", &plus(DUE, 3), "dunning", "run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("locked"));
    assert_eq!(env.snapshot(), before);
    drop(lock);
    run_on(&env, &plus(DUE, 3));
}

#[test]
fn a_template_in_the_config_dir_replaces_the_builtin_one() {
    let env = two_customers(1);
    let dir = env.dir.path().join("config/creances/templates");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("reminder_friendly.en.txt"),
        "Subject: Psst {{ customer.name }}\n\nYou owe {{ total_balance }} on {{ invoices[0].number }}.\n",
    )
    .unwrap();
    run_on(&env, &plus(DUE, 3));
    let mails = read_mails(&outbox(&env));
    let bob = mails.iter().find(|m| m.header("to").contains("bob")).unwrap();
    assert_eq!(bob.subject(), "Psst Bob Martin");
    assert!(
        bob.body.contains("You owe €1,200.00 on FACT-2026-0002."),
        "{}",
        bob.body
    );
}

// ---- against a real SMTP server ----

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn reminders_arrive_at_a_real_smtp_server_with_recipient_subject_and_body() {
    let env = two_customers(1);
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    let out = run_on(&env, &plus(DUE, 3));
    assert_eq!(out["summary"]["sent"], 2);
    let mails = server.mails();
    assert_eq!(mails.len(), 2);
    let acme = mails
        .iter()
        .find(|m| m.header("to").contains("compta@acme.example"))
        .expect("ACME's mail");
    assert!(
        acme.subject().starts_with("Rappel : facture FACT-2026-0001"),
        "{}",
        acme.subject()
    );
    assert!(acme.body.contains("Facture FACT-2026-0001"), "{}", acme.body);
    assert!(acme.body.contains("FR7630006000011234567890189"), "{}", acme.body);
    let bob = mails
        .iter()
        .find(|m| m.header("to").contains("bob@example.org"))
        .expect("BOB's mail");
    assert!(
        bob.subject().starts_with("Reminder: invoice FACT-2026-0002"),
        "{}",
        bob.subject()
    );
    assert!(eml_files(&outbox(&env)).is_empty(), "smtp, not the outbox");
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn server_down_gives_exit_1_nothing_sent_and_the_next_run_sends_each_exactly_once() {
    let env = two_customers(1);
    let port = free_port();
    use_smtp(&env, port);
    let out = env.run(&["dunning", "run", "--as-of", &plus(DUE, 3), "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["summary"]["sent"].as_i64(), v["summary"]["failed"].as_i64()),
        (Some(0), Some(2))
    );
    let rows = log(&env, &[]);
    assert!(steps_by_status(&rows, "sent").is_empty());
    assert_eq!(steps_by_status(&rows, "failed").len(), 2);
    let server = SmtpServer::start_on(env.dir.path(), port);
    let retry = run_on(&env, &plus(DUE, 4));
    assert_eq!(retry["summary"]["sent"], 2);
    run_on(&env, &plus(DUE, 4));
    run_on(&env, &plus(DUE, 5));
    let mails = server.mails();
    assert_eq!(mails.len(), 2, "each reminder exactly once");
    assert_eq!(steps_by_status(&log(&env, &[]), "sent").len(), 2);
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn two_runs_started_together_send_nothing_twice() {
    let env = two_customers(3);
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let as_of = plus(DUE, 3);
    let children: Vec<Child> = (0..4)
        .map(|_| {
            Command::new(&bin)
                .args([
                    "--db",
                    env.db.to_str().unwrap(),
                    "--as-of",
                    &as_of,
                    "dunning",
                    "run",
                ])
                .env("HOME", env.dir.path())
                .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code();
        assert!(
            code == Some(0) || code == Some(3),
            "a concurrent run exits 0 (did or found nothing) or 3 (locked): {code:?} {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        server.mails().len(),
        2,
        "one mail per customer, whatever ran at once"
    );
    let sent = steps_by_status(&log(&env, &[]), "sent");
    assert_eq!(sent.len(), 6);
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn a_hundred_and_twenty_daily_runs_send_the_ladder_once_and_nothing_after_payment() {
    let env = two_customers(1);
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    let start = plus(DUE, -10);
    let paid_on = plus(DUE, 10);
    for n in 0..120 {
        let today = plus(&start, n);
        if today == paid_on {
            env.ok(&[
                "invoice",
                "pay",
                "FACT-2026-0002",
                "--date",
                &today,
                "--as-of",
                &today,
            ]);
        }
        run_on(&env, &today);
    }
    let mails = server.mails();
    let subjects = |who: &str| -> Vec<String> {
        mails
            .iter()
            .filter(|m| m.header("to").contains(who))
            .map(|m| m.subject())
            .collect()
    };
    // ACME never pays: the standard ladder's mails, in order, once each
    let acme = subjects("acme");
    assert_eq!(acme.len(), 6, "{acme:#?}");
    let expect = [
        "échéance prochaine",
        "à régler",
        "Rappel",
        "Deuxième rappel",
        "Relance",
        "Mise en demeure",
    ];
    for (subject, word) in acme.iter().zip(expect) {
        assert!(subject.contains(word), "{subject} should say {word}");
    }
    let acme_log: Vec<String> = log(&env, &["--invoice", "FACT-2026-0001"])
        .iter()
        .map(|r| {
            format!(
                "{}:{}",
                r["step"].as_str().unwrap(),
                r["status"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        acme_log,
        [
            "pre-7:sent",
            "pre-1:sent",
            "r1:sent",
            "r2:sent",
            "r3:sent",
            "call:sent",
            "notice:sent"
        ]
    );
    // BOB paid at due + 10: pre-7, pre-1, r1, r2 and nothing after
    assert_eq!(subjects("bob").len(), 4, "{:#?}", subjects("bob"));
    let bob_log = log(&env, &["--invoice", "FACT-2026-0002"]);
    assert!(
        bob_log
            .iter()
            .all(|r| r["date"].as_str().unwrap() < paid_on.as_str())
    );
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn paying_with_notify_mails_a_receipt() {
    let env = two_customers(1);
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    env.ok(&["invoice", "pay", "FACT-2026-0002", "--amount", "200", "--notify"]);
    let mails = server.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].header("to").contains("bob@example.org"));
    assert!(
        mails[0]
            .subject()
            .contains("payment received for invoice FACT-2026-0002"),
        "{}",
        mails[0].subject()
    );
    assert!(mails[0].body.contains("€200.00"), "{}", mails[0].body);
    assert!(mails[0].body.contains("€1,000.00 remains"), "{}", mails[0].body);
    env.ok(&["invoice", "pay", "FACT-2026-0001"]);
    assert_eq!(server.mails().len(), 1, "no receipt without --notify");
}

#[test]
fn the_database_itself_refuses_a_step_twice_and_keeps_sent_reminders_final() {
    let env = two_customers(1);
    run_on(&env, &plus(DUE, 3));
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (invoice_id, step): (i64, String) = conn
        .query_row(
            "SELECT invoice_id, step FROM reminder WHERE status = 'sent' LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let again = conn.execute(
        "INSERT INTO reminder (invoice_id, step, channel, status, date, balance_cents, days_late, created_at, updated_at)
         VALUES (?1, ?2, 'email', 'planned', '2026-02-13', 100, 4, 'x', 'x')",
        rusqlite::params![invoice_id, step],
    );
    assert!(again.unwrap_err().to_string().contains("UNIQUE"));
    let downgrade = conn.execute(
        "UPDATE reminder SET status = 'failed' WHERE invoice_id = ?1 AND step = ?2",
        rusqlite::params![invoice_id, step],
    );
    assert!(downgrade.unwrap_err().to_string().contains("final"));
    let delete = conn.execute("DELETE FROM reminder", []);
    assert!(delete.unwrap_err().to_string().contains("never deleted"));
}

#[test]
fn a_run_left_planned_by_a_crash_is_retried_once() {
    let env = two_customers(1);
    run_on(&env, &plus(DUE, 3));
    // a run died between recording r2 and sending it
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO reminder (invoice_id, step, channel, status, date, balance_cents, days_late, created_at, updated_at)
         SELECT id, 'r2', 'email', 'planned', '2026-02-16', total_cents, 7, 'x', 'x' FROM invoice WHERE number = 'FACT-2026-0001'",
        [],
    )
    .unwrap();
    drop(conn);
    let out = performed(&run_on(&env, &plus(DUE, 8)));
    let acme: Vec<&Value> = out.iter().filter(|a| a["customer"] == "ACME").collect();
    assert_eq!(acme.len(), 1);
    assert_eq!(
        (acme[0]["step"].as_str(), acme[0]["retry"].as_bool()),
        (Some("r2"), Some(true))
    );
    assert!(performed(&run_on(&env, &plus(DUE, 9))).is_empty());
    let r2: Vec<Value> = log(&env, &["--invoice", "FACT-2026-0001"])
        .into_iter()
        .filter(|r| r["step"] == "r2")
        .collect();
    assert_eq!(r2.len(), 1);
    assert_eq!(r2[0]["status"], "sent");
}

#[test]
fn the_sendmail_transport_hands_each_mail_to_the_command() {
    let env = two_customers(1);
    let sink = env.dir.path().join("sendmail-sink");
    std::fs::create_dir_all(&sink).unwrap();
    let script = env.dir.path().join("fake-sendmail");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" > \"{0}/args-$$\"\ncat > \"{0}/mail-$$.eml\"\n",
            sink.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let config = env.dir.path().join("sendmail.toml");
    std::fs::write(
        &config,
        format!(
            "[email]\ntransport = \"sendmail\"\n[email.sendmail]\ncommand = \"{}\"\n",
            script.display()
        ),
    )
    .unwrap();
    let out = env.json(&[
        "dunning",
        "run",
        "--as-of",
        &plus(DUE, 3),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_eq!(out["summary"]["sent"], 2);
    let mails = read_mails(&sink);
    assert_eq!(mails.len(), 2);
    let args: Vec<String> = std::fs::read_dir(&sink)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("args-"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert!(args.iter().any(|a| a.contains("compta@acme.example")), "{args:?}");
    assert!(eml_files(&outbox(&env)).is_empty());
}

#[test]
fn frequent_late_payers_get_the_late_payer_ladder_when_the_config_says_so() {
    let env = two_customers(3);
    let config = env.dir.path().join("switch.toml");
    std::fs::write(&config, "[dunning]\nswitch_frequent_late_payers = true\n").unwrap();
    // ACME has three invoices unpaid a day after their due date: flagged, so r1 comes at due + 1
    let out = env.json(&[
        "dunning",
        "run",
        "--as-of",
        &plus(DUE, 1),
        "--config",
        config.to_str().unwrap(),
    ]);
    let acme: Vec<Value> = performed(&out)
        .into_iter()
        .filter(|a| a["customer"] == "ACME")
        .collect();
    assert_eq!(acme.len(), 3, "{out}");
    assert!(
        acme.iter()
            .all(|a| a["step"] == "r1" && a["frequent_late_payer"] == true)
    );
    // without the switch, due + 1 is too early for r1
    let plain = two_customers(3);
    let out = plain.json(&["dunning", "run", "--as-of", &plus(DUE, 1)]);
    assert!(performed(&out).is_empty(), "{out}");
}

#[test]
fn without_a_sender_a_quiet_day_is_fine_and_a_day_with_mail_is_refused_untouched() {
    let env = TestEnv::empty();
    env.ok(&[
        "init",
        "--name",
        "Sans Mail SARL",
        "--address",
        "1 rue X\\n75001 Paris",
        "--siren",
        "842130577",
        "--vat-number",
        "FR68842130577",
    ]);
    env.ok(&[
        "customer",
        "add",
        "--code",
        "ACME",
        "--name",
        "ACME SAS",
        "--email",
        "compta@acme.example",
        "--address",
        "2 av. Foch\\n69006 Lyon",
        "--siren",
        "512345679",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--issue",
        "--date",
        ISSUED,
    ]);
    env.ok(&["dunning", "run", "--as-of", ISSUED]);
    let before = env.snapshot();
    let err = env.fails(&["dunning", "run", "--as-of", &plus(DUE, 3)], 2);
    assert!(err.contains("no sender address"), "{err}");
    assert_eq!(env.snapshot(), before);
    let config = env.dir.path().join("from.toml");
    std::fs::write(
        &config,
        "[email]\nfrom = \"Sans Mail <contact@sans-mail.example>\"\n",
    )
    .unwrap();
    let out = env.json(&[
        "dunning",
        "run",
        "--as-of",
        &plus(DUE, 3),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_eq!(out["summary"]["sent"], 1);
    let mail = &read_mails(&outbox(&env))[0];
    assert!(mail.header("from").contains("contact@sans-mail.example"));
}

#[test]
fn a_ladder_naming_a_missing_template_is_refused() {
    let env = two_customers(1);
    let config = env.dir.path().join("ladder.toml");
    std::fs::write(
        &config,
        "[[dunning.ladders.standard]]\nname = \"r1\"\noffset = 3\nchannel = \"email\"\ntemplate = \"nowhere\"\ntone = \"friendly\"\n",
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(
        &[
            "dunning",
            "run",
            "--as-of",
            &plus(DUE, 3),
            "--config",
            config.to_str().unwrap(),
        ],
        2,
    );
    assert!(err.contains("nowhere"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn after_twenty_missed_days_the_smtp_server_gets_one_mail_per_customer_not_a_burst() {
    let env = two_customers(3);
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    run_on(&env, &plus(DUE, -7));
    assert_eq!(server.mails().len(), 2);
    let out = run_on(&env, &plus(DUE, 13));
    assert_eq!(out["summary"]["mails"], 2);
    let mails = server.mails();
    assert_eq!(mails.len(), 4, "one more mail per customer, whatever was missed");
    let last_acme = mails.iter().rfind(|m| m.header("to").contains("acme")).unwrap();
    // the heads-up came before the due date: this is the first reminder, not the second
    assert!(
        last_acme.subject().contains("Rappel : 3 factures impayées"),
        "{}",
        last_acme.subject()
    );
    assert!(
        !last_acme.subject().contains("Deuxième"),
        "{}",
        last_acme.subject()
    );
}

#[test]
fn receipts_go_out_on_every_payment_when_the_config_says_so() {
    let env = two_customers(1);
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--amount", "200"]);
    assert!(eml_files(&outbox(&env)).is_empty(), "no receipt unless asked");
    let config = env.dir.path().join("receipts.toml");
    std::fs::write(&config, "[email]\nreceipts = true\n").unwrap();
    env.ok(&[
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--config",
        config.to_str().unwrap(),
    ]);
    let mails = read_mails(&outbox(&env));
    assert_eq!(mails.len(), 1);
    assert!(mails[0].header("to").contains("compta@acme.example"));
    assert!(
        mails[0]
            .subject()
            .contains("paiement reçu pour la facture FACT-2026-0001"),
        "{}",
        mails[0].subject()
    );
    assert!(
        mails[0].body.contains("1\u{202f}000,00\u{a0}€"),
        "{}",
        mails[0].body
    );
    assert!(mails[0].body.contains("entièrement réglée"), "{}", mails[0].body);
}

#[test]
fn a_custom_ladder_can_use_a_template_of_its_own() {
    let env = two_customers(1);
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    for lang in ["fr", "en"] {
        std::fs::write(
            dir.join("templates").join(format!("nudge.{lang}.txt")),
            format!("Subject: nudge {lang} {{{{ invoices[0].number }}}}\n\n{{{{ total_balance }}}}\n"),
        )
        .unwrap();
    }
    std::fs::write(
        dir.join("config.toml"),
        "[[dunning.ladders.standard]]\nname = \"nudge\"\noffset = 2\nchannel = \"email\"\ntemplate = \"nudge\"\ntone = \"friendly\"\n",
    )
    .unwrap();
    let out = run_on(&env, &plus(DUE, 2));
    assert_eq!(performed(&out).len(), 2, "{out}");
    let subjects: Vec<String> = read_mails(&outbox(&env)).iter().map(Mail::subject).collect();
    assert!(
        subjects.contains(&"nudge fr FACT-2026-0001".to_string()),
        "{subjects:?}"
    );
    assert!(
        subjects.contains(&"nudge en FACT-2026-0002".to_string()),
        "{subjects:?}"
    );
}
