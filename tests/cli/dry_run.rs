//! `dunning run --dry-run` checks what the real run needs (sender, mail transport,
//! customers' emails, letters) and says each problem, exit 1 when a mail due today could
//! not be sent; it still changes nothing.

use crate::common::TestEnv;

/// ACME's invoice of 1200.00, issued 2026-01-10, due 2026-02-09: well overdue on TODAY.
fn overdue(env: &TestEnv) {
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;1",
        "--issue",
        "--date",
        "2026-01-10",
    ]);
}

/// A company with no email (so no sender), a customer ACME and a product AUDIT.
fn no_sender() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&[
        "init",
        "--name",
        "Atelier Test SARL",
        "--address",
        "1 rue de la Paix\\n75002 Paris",
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
        "--siren",
        "512345679",
        "--email",
        "compta@acme.example",
        "--address",
        "2 av. Foch\\n69006 Lyon",
    ]);
    env.ok(&[
        "product", "add", "--sku", "AUDIT", "--name", "Audit", "--price", "1000", "--vat", "20",
    ]);
    env
}

fn dry_run(env: &TestEnv) -> (i32, String, String) {
    env.cmdline("dunning run --dry-run")
}

#[test]
fn a_dry_run_with_everything_in_place_exits_0_and_says_mail_stays_in_the_outbox() {
    let env = TestEnv::with_customer();
    overdue(&env);
    let (code, out, err) = dry_run(&env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("FACT-2026-0001"), "{out}");
    assert!(err.contains("warning: mail goes to the outbox folder"), "{err}");
    assert!(!err.contains("problem:"), "{err}");
}

#[test]
fn a_dry_run_reports_a_missing_sender_address_and_exits_1_like_the_real_run_fails() {
    let env = no_sender();
    overdue(&env);
    let before = env.snapshot();
    let (code, out, err) = dry_run(&env);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("problem: no sender address"), "{err}");
    assert!(err.contains("company set --email"), "{err}");
    assert_eq!(env.snapshot(), before, "a dry run must not write");
    let (real, _, real_err) = env.cmdline("dunning run");
    assert_ne!(real, 0, "the real run sent without a sender: {real_err}");
}

#[test]
fn a_dry_run_names_each_customer_without_email_and_the_fix() {
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
        "--address",
        "3 rue Neuve\\n75011 Paris",
    ]);
    overdue(&env);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "BOB",
        "--line",
        "@AUDIT;1",
        "--issue",
        "--date",
        "2026-01-10",
    ]);
    let (code, out, err) = dry_run(&env);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("problem: customer BOB has no email address")
            && err.contains("creances customer edit BOB --email"),
        "{err}"
    );
    assert!(!err.contains("customer ACME"), "ACME has an email: {err}");
    let (_, json, _) = env.cmdline("dunning run --dry-run --format json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["problems"].as_array().map(Vec::len), Some(1), "{v:#}");
}

#[test]
fn a_dry_run_checks_the_smtp_config_the_real_run_would_use() {
    let env = TestEnv::with_customer();
    overdue(&env);
    let config = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "[email]\ntransport = \"smtp\"\n\n[email.smtp]\nhost = \"127.0.0.1\"\nport = 2525\nsecurity = \"none\"\nuser = \"me\"\npassword_env = \"CREANCES_TEST_NO_SUCH_PASSWORD\"\n",
    )
    .unwrap();
    let (code, out, err) = dry_run(&env);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("problem: the SMTP password variable CREANCES_TEST_NO_SUCH_PASSWORD is not set"),
        "{err}"
    );
}

#[test]
fn a_dry_run_with_nothing_due_checks_nothing_and_exits_0() {
    let env = no_sender();
    let (code, out, err) = dry_run(&env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!err.contains("problem:"), "{err}");
}
