//! The committed manual pages in `man/` are what the binary makes today.

use crate::common::TestEnv;

fn man_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man")
}

#[test]
fn committed_manpages_are_fresh() {
    let dir = man_dir();
    let pages = creances::cli::man_pages();
    if std::env::var_os("UPDATE_MANPAGES").is_some() {
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, text) in &pages {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !pages.iter().any(|(page, _)| *page == name) {
            stale.push(format!("{name} (no such command any more)"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale manual pages {stale:?}: regenerate them with `UPDATE_MANPAGES=1 cargo test --test cli manpages` and commit"
    );
}

#[test]
fn there_is_a_page_per_command_and_subcommand() {
    let names: Vec<String> = creances::cli::man_pages().into_iter().map(|(n, _)| n).collect();
    for page in [
        "creances.1",
        "creances-invoice.1",
        "creances-invoice-send.1",
        "creances-export-fec.1",
        "creances-manpage.1",
    ] {
        assert!(names.iter().any(|n| n == page), "no page {page} in {names:?}");
    }
    for hidden in ["creances-help.1", "creances-invoice-help.1"] {
        assert!(
            !names.iter().any(|n| n == hidden),
            "{hidden} should not be a page"
        );
    }
}

#[test]
fn the_binary_prints_a_commands_page() {
    let env = TestEnv::empty();
    let printed = env.ok(&["manpage", "invoice", "send"]);
    let committed = std::fs::read_to_string(man_dir().join("creances-invoice-send.1")).unwrap();
    assert_eq!(printed, committed);
    assert!(printed.contains(".TH creances-invoice-send 1"), "{printed}");
    let err = env.fails(&["manpage", "invoice", "nonsense"], 2);
    assert!(err.contains("no command `invoice nonsense`"), "{err}");
}
