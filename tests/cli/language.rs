//! The interface's language: chosen by --lang, the config, then the locale variables.

use crate::common::TestEnv;

/// The first line on stderr of a command that fails for a missing ledger.
fn error_line(env: &TestEnv, lang_flag: Option<&str>, vars: &[(&str, &str)]) -> String {
    let mut cmd = env.cmd();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    if let Some(lang) = lang_flag {
        cmd.args(["--lang", lang]);
    }
    let out = cmd.args(["report", "aging"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

fn french(line: &str) -> bool {
    line.starts_with("erreur : ")
}

fn english(line: &str) -> bool {
    line.starts_with("error: ")
}

#[test]
fn the_locale_chooses_the_language_in_posix_order() {
    let env = TestEnv::empty();
    assert!(english(&error_line(&env, None, &[])));
    assert!(french(&error_line(&env, None, &[("LANG", "fr_FR.UTF-8")])));
    assert!(english(&error_line(&env, None, &[("LANG", "de_DE.UTF-8")])));
    assert!(french(&error_line(
        &env,
        None,
        &[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "fr_FR")]
    )));
    assert!(english(&error_line(
        &env,
        None,
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C.UTF-8")]
    )));
}

#[test]
fn the_flag_wins_over_the_config_which_wins_over_the_locale() {
    let env = TestEnv::empty();
    let config = env.dir.path().join("config.toml");
    std::fs::write(&config, "[interface]\nlang = \"fr\"\n").expect("config");
    let with_config = [("CREANCES_CONFIG", config.to_str().expect("utf-8"))];
    assert!(french(&error_line(&env, None, &with_config)));
    assert!(english(&error_line(&env, Some("en"), &with_config)));
    assert!(french(&error_line(&env, Some("fr"), &[("LANG", "en_US.UTF-8")])));
    let fr_locale_en_config = [
        ("CREANCES_CONFIG", config.to_str().expect("utf-8")),
        ("LANG", "en_US.UTF-8"),
    ];
    assert!(french(&error_line(&env, None, &fr_locale_en_config)));
}

#[test]
fn an_unknown_language_in_the_config_is_refused_with_the_fix() {
    let env = TestEnv::new();
    let config = env.dir.path().join("config.toml");
    std::fs::write(&config, "[interface]\nlang = \"de\"\n").expect("config");
    let out = env
        .cmd()
        .env("CREANCES_CONFIG", &config)
        .args(["--as-of", "2026-11-24", "dunning", "run", "--dry-run"])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("[interface] lang `de` is unknown: use fr or en"),
        "{err}"
    );
}
