//! The file writer's policy, tried on real folders.

use super::*;

#[test]
fn a_kept_name_cannot_leave_its_folder() {
    for bad in ["../esc", "/tmp/x", "a/b", ".hidden", "", "a\0b", "..", "a\\b"] {
        assert!(check_name(bad).is_err(), "{bad:?} should be refused");
    }
    for good in [
        "FACT-2026-0001.pdf",
        "draft-4.pdf",
        "DEV_2026.0003.pdf",
        "Été-1.pdf",
    ] {
        assert!(check_name(good).is_ok(), "{good:?} should be accepted");
    }
}

#[test]
fn the_ledger_and_its_companions_are_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("books.sqlite");
    std::fs::write(&ledger, b"ledger").unwrap();
    let files = Files::for_ledger(&ledger);
    let err = files
        .write(
            Target::Chosen {
                path: &ledger,
                flag: "--out",
            },
            b"x",
        )
        .unwrap_err();
    assert!(err.to_string().contains("it is the ledger"), "{err}");
    let other_spelling = dir.path().join(".").join("books.sqlite");
    assert!(
        files
            .write(
                Target::Chosen {
                    path: &other_spelling,
                    flag: "--out"
                },
                b"x"
            )
            .is_err()
    );
    let wal = dir.path().join("books.sqlite-wal");
    assert!(
        files
            .write(
                Target::Chosen {
                    path: &wal,
                    flag: "--out"
                },
                b"x"
            )
            .is_err()
    );
    #[cfg(unix)]
    {
        let link = dir.path().join("link.sqlite");
        std::fs::hard_link(&ledger, &link).unwrap();
        assert!(
            files
                .write(
                    Target::Chosen {
                        path: &link,
                        flag: "--out"
                    },
                    b"x"
                )
                .is_err()
        );
    }
    assert_eq!(std::fs::read(&ledger).unwrap(), b"ledger");
}

#[test]
fn a_chosen_folder_must_exist_and_a_kept_one_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let files = Files::default();
    let missing = dir.path().join("missing").join("f.txt");
    let err = files
        .write(
            Target::Chosen {
                path: &missing,
                flag: "--out",
            },
            b"x",
        )
        .unwrap_err();
    assert_eq!(err.kind(), crate::error::ErrorKind::Input);
    assert!(!dir.path().join("missing").exists());
    let kept = dir.path().join("docs");
    let written = files
        .write(
            Target::Kept {
                dir: &kept,
                name: "A.pdf",
            },
            b"pdf",
        )
        .unwrap();
    assert_eq!(std::fs::read(written).unwrap(), b"pdf");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&kept), 0o700);
        assert_eq!(mode(&kept.join("A.pdf")), 0o600);
    }
}

#[test]
fn a_failed_write_leaves_neither_the_file_nor_its_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    std::fs::write(&target, b"before").unwrap();
    let err = Files::default()
        .write_with(
            Target::Chosen {
                path: &target,
                flag: "--out",
            },
            |out| {
                out.write_all(b"half").unwrap();
                Err(Error::Failed("stopped".into()))
            },
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "stopped");
    assert_eq!(std::fs::read(&target).unwrap(), b"before");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(left.len(), 1, "only the original file remains");
}

/// Sets a file's modification time `secs` seconds from now (negative: in the past).
fn touch(path: &Path, secs: i64) {
    let now = std::time::SystemTime::now();
    let at = if secs < 0 {
        now - std::time::Duration::from_secs(secs.unsigned_abs())
    } else {
        now + std::time::Duration::from_secs(secs as u64)
    };
    File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(at)
        .unwrap();
}

#[test]
fn a_dead_writers_temporary_file_is_removed_on_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let plant = |name: String, age: i64| {
        let path = dir.path().join(name);
        std::fs::write(&path, b"half").unwrap();
        touch(&path, age);
        path
    };
    // pid 0 is never a process a user runs
    let stale = plant(format!(".big.csv.0{PART}"), -60);
    let mine = plant(format!(".other.csv.{}{PART}", std::process::id()), -60);
    // a dead pid, but written since this process started: a writer we cannot see
    let fresh = plant(format!(".seen.csv.0{PART}"), 3600);
    let foreign = [
        plant(".big.csv.part".into(), -60),
        plant(format!("big.csv.0{PART}"), -60),
        plant(format!(".big.csv.0{PART}.bak"), -60),
        plant(format!(".big.csv.x0{PART}"), -60),
        plant(format!(".0{PART}"), -60),
        plant(".big.csv.0.tmp".into(), -60),
    ];
    let folder = dir.path().join(format!(".dir.0{PART}"));
    std::fs::create_dir(&folder).unwrap();
    Files::default()
        .write(
            Target::Chosen {
                path: &dir.path().join("new.csv"),
                flag: "--out",
            },
            b"x",
        )
        .unwrap();
    assert!(!stale.exists());
    assert!(mine.exists(), "a live writer's file stays");
    assert!(fresh.exists(), "a file written since we started stays");
    for f in foreign {
        assert!(f.exists(), "{} is not ours and stays", f.display());
    }
    assert!(folder.is_dir(), "a folder is never removed");
}

#[test]
fn only_our_own_temporary_names_are_recognised() {
    assert_eq!(part_writer(&format!(".FEC.txt.4242{PART}")), Some(4242));
    assert_eq!(part_writer(&format!(".a.1{PART}")), Some(1));
    for other in [
        format!("FEC.txt.4242{PART}"),
        format!(".FEC.txt.{PART}"),
        format!(".4242{PART}"),
        format!(".FEC.txt.+42{PART}"),
        format!(".FEC.txt.99999999999{PART}"),
        ".FEC.txt.part".into(),
        ".FEC.txt.4242.part".into(),
        ".FACT-2026-0001.pdf.tmp".into(),
    ] {
        assert_eq!(part_writer(&other), None, "{other}");
    }
}
