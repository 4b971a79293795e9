//! `creances backup`, and what a damaged ledger tells the user.

use std::os::unix::fs::PermissionsExt;

use crate::common::{TestEnv, demo_env};

#[test]
fn a_backup_is_the_whole_ledger_private_and_readable_as_a_ledger() {
    let env = demo_env();
    let out = env.json(&["backup"]);
    let file = env.dir.path().join(out["file"].as_str().unwrap());
    let name = format!("ledger-{}.sqlite", env.today);
    assert_eq!(file, env.dir.path().join("ledger-backups").join(&name));
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let copy = TestEnv {
        db: file.clone(),
        ..TestEnv::empty()
    };
    for command in [
        &["customer", "list"][..],
        &["invoice", "list"],
        &["report", "aging"],
    ] {
        assert_eq!(copy.ok(command), env.ok(command), "{command:?} on the copy");
    }
    // no temporary file left beside it
    let names: Vec<String> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [name]);
}

#[test]
fn a_backup_never_replaces_the_ledger() {
    let env = demo_env();
    let before = env.snapshot();
    let ledger = env.db.to_str().unwrap().to_string();
    let err = env.fails(&["backup", "--out", &ledger], 2);
    assert!(err.contains("it is the ledger"), "{err}");
    assert_eq!(env.snapshot(), before);
}

/// Issue 12 defect 6: a damaged ledger exits 3 with what to do, not 1 with SQLite's words.
#[test]
fn a_damaged_ledger_exits_3_and_says_how_to_recover() {
    let env = demo_env();
    let bytes = std::fs::read(&env.db).unwrap();
    std::fs::write(&env.db, &bytes[..bytes.len() / 3]).unwrap();
    let _ = std::fs::remove_file(env.dir.path().join("ledger.sqlite-wal"));
    for command in [
        &["customer", "list"][..],
        &["customer", "add", "--name", "Nouveau"],
    ] {
        let err = env.fails(command, 3);
        assert!(
            err.contains("is damaged") && err.contains("creances backup"),
            "{command:?}: {err}"
        );
    }
}

/// Issue 12 defect 8: the ledger holds customer data and is created 0600 whatever the
/// umask (its -wal and -shm files take the same permissions from SQLite).
#[test]
fn a_new_ledger_is_private_to_its_owner() {
    let env = TestEnv::new();
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "ledger mode {mode:o}");
    let demo = demo_env();
    let mode = std::fs::metadata(&demo.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "demo ledger mode {mode:o}");
}
