//! The committed completion files are what the binary prints today.

use crate::common::TestEnv;

const FILES: [(&str, &str); 5] = [
    ("bash", "completions/creances.bash"),
    ("zsh", "completions/_creances"),
    ("fish", "completions/creances.fish"),
    ("powershell", "completions/_creances.ps1"),
    ("elvish", "completions/creances.elv"),
];

#[test]
fn committed_completions_are_fresh() {
    let env = TestEnv::empty();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (shell, file) in FILES {
        let printed = env.ok(&["completions", shell]);
        let path = root.join(file);
        if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &printed).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != printed {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion files {stale:?}: regenerate them with `UPDATE_COMPLETIONS=1 cargo test --test cli completions` and commit"
    );
}

#[test]
fn completions_know_the_commands() {
    let env = TestEnv::empty();
    let bash = env.ok(&["completions", "bash"]);
    for word in ["invoice", "customer", "offer", "payment", "--as-of", "--format"] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
}
