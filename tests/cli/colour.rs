//! Colour (issue 14): on a terminal `customer list` rows are green, orange or red and
//! `invoice list` colours statuses; a pipe, NO_COLOR and `--color never` get none, and
//! `--color always` gets them anywhere. The escape codes themselves are pinned by the
//! golden snapshots (`customer_list_color_always`).

use crate::common::TestEnv;

const ESC: char = '\u{1b}';

/// ACME owes nothing, LATE is overdue (never reminded), DUN is blocked.
fn three_signals() -> TestEnv {
    let env = TestEnv::with_customer();
    for code in ["LATE", "DUN"] {
        env.ok(&[
            "customer",
            "add",
            "--code",
            code,
            "--name",
            &format!("{code} Dupont"),
            "--kind",
            "individual",
            "--address",
            "3 rue Y\\n75001 Paris",
        ]);
    }
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "LATE",
        "--line",
        "Audit;1;100;20",
        "--issue",
        "--date",
        "2026-01-02",
    ]);
    env.ok(&["customer", "block", "DUN", "--reason", "litige"]);
    env.issued_invoice("Audit;1;100;20", "2026-03-01");
    env.ok(&["invoice", "pay", "FACT-2026-0002"]);
    env
}

fn stdout(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn line_of<'a>(text: &'a str, code: &str) -> &'a str {
    text.lines()
        .find(|l| {
            anstream::adapter::strip_str(l)
                .to_string()
                .trim_start()
                .starts_with(code)
        })
        .unwrap_or_else(|| panic!("no line for {code} in {text}"))
}

#[test]
fn color_always_paints_each_customer_row_after_its_signal() {
    let env = three_signals();
    let text = env.ok(&["customer", "list", "--color", "always"]);
    assert!(
        line_of(&text, "ACME").contains("\u{1b}[32mACME\u{1b}[0m"),
        "green: {text}"
    );
    assert!(
        line_of(&text, "LATE").contains("\u{1b}[38;5;208mLATE\u{1b}[0m"),
        "orange: {text}"
    );
    assert!(
        line_of(&text, "DUN").contains("\u{1b}[1m\u{1b}[31mDUN\u{1b}[0m"),
        "red: {text}"
    );
    // without the escape codes, the same table as without colour, every line as wide
    let plain = anstream::adapter::strip_str(&text).to_string();
    assert_eq!(plain, env.ok(&["customer", "list", "--color", "never"]));
    let widths: Vec<usize> = plain.lines().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{plain}");
}

#[test]
fn color_always_paints_invoice_statuses_and_nothing_else() {
    let env = three_signals();
    let text = env.ok(&["invoice", "list", "--color", "always"]);
    assert!(
        line_of(&text, "FACT-2026-0001").contains("\u{1b}[1m\u{1b}[31moverdue\u{1b}[0m"),
        "{text}"
    );
    assert!(
        line_of(&text, "FACT-2026-0002").contains("\u{1b}[32mpaid\u{1b}[0m"),
        "{text}"
    );
    assert!(
        !line_of(&text, "FACT-2026-0001").starts_with(ESC),
        "only the status: {text}"
    );
}

#[test]
fn a_pipe_and_no_color_get_no_escape_codes() {
    let env = three_signals();
    for args in [
        vec!["customer", "list"],
        vec!["invoice", "list"],
        vec!["customer", "list", "--color", "auto"],
        vec!["customer", "list", "--color", "never"],
    ] {
        // into a pipe, NO_COLOR unset
        let out = env
            .cmd()
            .env_remove("NO_COLOR")
            .args(["--as-of", env.today])
            .args(&args)
            .output()
            .unwrap();
        assert!(!stdout(&out).contains(ESC), "{args:?} into a pipe");
        // NO_COLOR set (the test environment sets it)
        assert!(!env.ok(&args).contains(ESC), "{args:?} with NO_COLOR");
    }
    // CSV and JSON never carry colour, even --color always
    for format in ["csv", "json"] {
        let text = env.ok(&["customer", "list", "--color", "always", "--format", format]);
        assert!(!text.contains(ESC), "{format}: {text}");
    }
}

#[test]
fn a_terminal_gets_colour_unless_no_color_or_never() {
    let env = three_signals();
    let on_terminal = |args: &str, no_color: bool| -> String {
        let bin = assert_cmd::cargo::cargo_bin("creances");
        let line = format!(
            "{} --db {} --as-of {} {args}",
            bin.display(),
            env.db.display(),
            env.today
        );
        let mut cmd = std::process::Command::new("script");
        cmd.args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("TERM", "xterm")
            .stdin(std::process::Stdio::null());
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd
            .output()
            .expect("util-linux `script` is needed for the terminal tests (Debian: bsdutils)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_terminal("customer list", false);
    assert!(coloured.contains("\u{1b}[32mACME"), "{coloured}");
    assert!(!on_terminal("customer list", true).contains(ESC));
    assert!(!on_terminal("customer list --color never", false).contains(ESC));
    assert!(on_terminal("customer list --color always", true).contains("\u{1b}[32mACME"));
}
