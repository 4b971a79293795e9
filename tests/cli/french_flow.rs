//! The outputs of the workflows in French (`--lang fr`, or a French locale): dunning
//! runs and plans, `daily`, an import with bad rows set aside, `task list` and `verify`,
//! pinned as golden snapshots (tests/cli/snapshots/french_flow_*.snap); their CSV and
//! JSON are the same bytes whatever the language.

use crate::common::{TestEnv, data, demo_on_its_day as demo, has, same_in_both_languages};

/// What a command line printed: its exit code, stdout and stderr, as a transcript.
fn transcript(env: &TestEnv, line: &str) -> (i32, String) {
    let (code, stdout, stderr) = env.cmdline(line);
    let text = format!("$ creances {line}\n[exit {code}]\n[stdout]\n{stdout}[stderr]\n{stderr}[end]\n");
    (code, text.replace(&env.dir.path().display().to_string(), "[TMP]"))
}

/// Pins the transcript of `line` as the snapshot `french_flow_NAME`; returns it.
#[track_caller]
fn pin(env: &TestEnv, name: &str, line: &str) -> String {
    let (code, text) = transcript(env, line);
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(format!("french_flow_{name}"), text));
    assert!(code == 0 || code == 1, "{text}");
    text
}

#[test]
fn dunning_tasks_verify_and_daily_speak_french() {
    let env = demo();
    let run = pin(
        &env,
        "dunning_run_dry_run",
        "--lang fr dunning run --dry-run --as-of 2027-01-15",
    );
    has(
        &run,
        &[
            "client",
            "jours de retard",
            "statut",
            "prévue",
            "relances du 2027-01-15 (simulation) : enverrait",
            "rien n'a été modifié",
        ],
    );
    assert!(!run.contains("would send"), "{run}");
    // amounts grouped the French way: narrow no-break space, decimal comma
    assert!(run.contains("\u{202f}") || run.contains(",00"), "{run}");
    let plan = pin(&env, "dunning_plan", "--lang fr dunning plan --days 30");
    has(&plan, &["étape", "canal", "courriel", "solde"]);
    let verify = pin(&env, "verify", "--lang fr verify");
    has(&verify, &["journal d'audit", "chaînage", "intact", "documents"]);
    for line in [
        "dunning run --dry-run --as-of 2027-01-15 --format json",
        "dunning run --dry-run --as-of 2027-01-15 --format csv",
        "dunning plan --days 30 --format csv",
        "dunning plan --days 30 --format json",
        "dunning log --format csv",
        "verify --format json",
        "verify --format csv",
    ] {
        same_in_both_languages(&env, line);
    }
    // a French locale gives the same French as the flag
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--as-of", "2027-01-15", "dunning", "run", "--dry-run"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    has(&text, &["relances du 2027-01-15 (simulation) : enverrait"]);
    // daily, last: it changes the ledger
    let daily = pin(&env, "daily", "--lang fr daily");
    has(
        &daily,
        &[
            "traitement quotidien du 2026-11-24 : abonnements : ",
            " ; relances : ",
        ],
    );
    // run again the same day: every part already done, the same JSON in both languages
    same_in_both_languages(&env, "daily --format json");
    let again = env.cmdline("--lang fr daily").1;
    has(&again, &["abonnements : déjà fait aujourd'hui"]);
    let json: serde_json::Value = serde_json::from_str(&env.cmdline("daily --format json").1).expect("json");
    assert!(
        json["summary"]
            .as_str()
            .is_some_and(|s| s.starts_with("daily 2026-11-24: ")),
        "{json:#}"
    );
    // the next day's run makes the call task of GIRARD's late invoice
    env.cmdline("dunning run --as-of 2026-11-25");
    let tasks = pin(&env, "task_list", "--lang fr task list --as-of 2026-11-25");
    has(&tasks, &["échéance", "client", "tâche", "GIRARD"]);
    same_in_both_languages(&env, "task list --as-of 2026-11-25 --format csv");
    same_in_both_languages(&env, "task list --as-of 2026-11-25 --format json");
}

/// A ledger with the sample customers, invoices and payments imported.
fn migrated() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["import", "customers", &data("import/customers.csv")]);
    env.ok(&["import", "invoices", &data("import/invoices.csv")]);
    env.ok(&["import", "payments", &data("import/payments.csv")]);
    env
}

#[test]
fn an_import_with_bad_rows_set_aside_says_what_it_did_in_french() {
    let env = migrated();
    let file = data("import/invoices-bad.csv");
    let line = format!("--lang fr import invoices {file} --skip-bad rejects.csv");
    let (code, text) = transcript(&env, &line);
    let text = text.replace(&file, "[DATA]/import/invoices-bad.csv");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("french_flow_import_invoices_skip_bad", text));
    assert_eq!(code, 0, "{text}");
    has(
        &text,
        &[
            "importé             factures",
            "rejetées",
            "5",
            "fichier des rejets",
            "rejects.csv",
            "ajoutées",
            "2",
        ],
    );
    // the machine formats do not change with the language (on fresh ledgers: an import
    // changes the next one's counts)
    let csv = |lang: &[&str]| {
        let env = migrated();
        let mut args = lang.to_vec();
        args.extend(["import", "invoices", &file, "--format", "csv"]);
        args.extend(["--skip-bad", "rejects.csv"]);
        let out = env.run(&args);
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let (en, fr) = (csv(&[]), csv(&["--lang", "fr"]));
    assert!(en.starts_with("field,value\n"), "{en}");
    assert_eq!(en.replace('\\', "/"), fr.replace('\\', "/"));
}
