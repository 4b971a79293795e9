//! The README's "A short tour", run as written: every `creances ...` command of that
//! section, read from README.md at test time, in order, on a fresh ledger, each exit 0.
//! Run on the real day and on later days, so the tour cannot depend on one date.

use std::path::Path;

use crate::common::{TestEnv, outbox_mails, split_command_line};

/// The text of the README section whose heading is `heading`, up to the next `## `.
fn section<'a>(readme: &'a str, heading: &str) -> &'a str {
    let start = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README.md has no section `{heading}`"));
    let body = &readme[start + heading.len()..];
    let end = body.find("\n## ").unwrap_or(body.len());
    &body[..end]
}

/// A shell line without its comment: from an unquoted `#` that starts a word.
fn without_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' && previous.is_whitespace() => return &line[..i],
            None => {}
        }
        previous = c;
    }
    line
}

/// The commands of the ```sh blocks of a section, `\` continuations joined, comments
/// dropped; only the lines that start with `creances `, without that word.
fn tour_commands(section: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut in_block = false;
    let mut pending = String::new();
    for line in section.lines() {
        if line.trim_start().starts_with("```") {
            in_block = line.trim() == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        let line = without_comment(line);
        if let Some(head) = line.trim_end().strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(line);
        let whole = std::mem::take(&mut pending);
        if let Some(rest) = whole.trim().strip_prefix("creances ") {
            commands.push(rest.to_string());
        }
    }
    assert!(
        pending.is_empty(),
        "a `\\` continues past the end of a block: {pending}"
    );
    commands
}

fn readme_tour() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    tour_commands(section(&readme, "## A short tour"))
}

/// Copies the sample files the tour names (docs/examples) into the test's folder, which
/// stands for the clone's folder the tour runs from.
fn copy_examples(env: &TestEnv) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let to = env.dir.path().join("docs/examples");
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(&from).expect("docs/examples") {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Runs the whole tour on a fresh ledger; `day` is given as `--as-of` to every command
/// that gives none (None: the system clock, as a user runs it).
fn run_tour(day: Option<&str>) -> TestEnv {
    let commands = readme_tour();
    let env = TestEnv::empty();
    copy_examples(&env);
    for line in &commands {
        let args = split_command_line(line);
        for op in ["&&", "||", "|", ";", ">", "<"] {
            assert!(
                !args.iter().any(|a| a == op),
                "keep one plain command per line in the tour: {line}"
            );
        }
        let mut cmd = env.cmd();
        if let Some(day) = day
            && !args.iter().any(|a| a == "--as-of")
        {
            cmd.args(["--as-of", day]);
        }
        let out = cmd.args(&args).output().expect("run creances");
        assert!(
            out.status.success(),
            "the README tour fails{} at `creances {line}` (exit {:?}):\n{}{}",
            day.map(|d| format!(" on {d}")).unwrap_or_default(),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    env
}

#[test]
fn the_tour_extraction_joins_continuations_and_drops_comments() {
    let text = "```sh\nexport X=1\ncreances a \"b # c\" \\\n    --d e   # a comment\n# creances not this\ncargo install\n```\n\n```text\ncreances not this either\n```\n";
    let commands = tour_commands(text);
    assert_eq!(commands.len(), 1, "{commands:?}");
    assert_eq!(split_command_line(&commands[0]), ["a", "b # c", "--d", "e"]);
}

#[test]
fn the_readme_tour_runs_as_written_today() {
    let commands = readme_tour();
    assert!(commands.len() >= 20, "the tour lost its commands: {commands:?}");
    for needed in ["init ", "invoice send ", "daily", "import bank ", "export fec "] {
        assert!(
            commands.iter().any(|c| c.starts_with(needed)),
            "the tour has no `creances {needed}`: {commands:?}"
        );
    }
    let env = run_tour(None);
    let mails = outbox_mails(&env);
    assert!(
        mails.iter().any(|m| m.contains("FACT-2026-0002")),
        "`invoice send FACT-2026-0002` put no mail in the outbox"
    );
    let paid = env.json(&["invoice", "show", "FACT-2026-0002", "--as-of", "2030-01-01"]);
    assert_eq!(
        paid["status"], "paid",
        "the statement's transfer did not pay it: {paid:#}"
    );
}

#[test]
fn the_readme_tour_runs_as_written_on_later_days() {
    for day in ["2027-01-04", "2027-06-30", "2031-02-28"] {
        run_tour(Some(day));
    }
}

#[test]
fn a_send_without_a_sender_address_names_the_fix_not_reminders() {
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
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
        "--issue",
    ]);
    let out = env.run(&["invoice", "send", "FACT-2026-0001"]);
    assert!(!out.status.success(), "sent without a sender address");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("company set --email"), "{err}");
    assert!(
        !err.to_lowercase().contains("reminder"),
        "an invoice send speaks of reminders: {err}"
    );
}

#[test]
fn the_readme_says_how_to_install_the_command_and_where_it_goes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let tour = section(&readme, "## A short tour");
    let install = tour
        .lines()
        .find(|l| l.starts_with("cargo install"))
        .expect("the tour says how to put `creances` on the PATH");
    assert!(install.contains("--path . --locked"), "{install}");
    assert!(
        install.contains("~/.cargo/bin"),
        "it says where the binary goes: {install}"
    );
    // the two commands a clone starts with stay the README's first lines
    let top: Vec<&str> = readme.lines().take(6).collect();
    assert!(top[3].starts_with("cargo run --release -- demo"), "{top:?}");
    assert!(top[4].starts_with("scripts/test.sh"), "{top:?}");
}
