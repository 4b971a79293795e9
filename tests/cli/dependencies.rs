//! The lock file stays clear of the advisories listed in .ci/advisories.txt (issue 12).

fn version(text: &str) -> Vec<u64> {
    text.split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect()
}

#[test]
fn no_locked_crate_is_older_than_its_advisory_fix() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
    let advisories = std::fs::read_to_string(root.join(".ci/advisories.txt")).unwrap();
    let mut locked: Vec<(String, String)> = Vec::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            name = Some(n.trim_matches('"').to_string());
        } else if let (Some(v), Some(n)) = (line.strip_prefix("version = "), name.take()) {
            locked.push((n, v.trim_matches('"').to_string()));
        }
    }
    assert!(
        locked.iter().any(|(n, _)| n == "rusqlite"),
        "the lock file was read"
    );
    let mut checked = 0;
    for line in advisories
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (krate, fixed, advisory) = (fields[0], fields[1], fields[2]);
        for (_, v) in locked.iter().filter(|(n, _)| n == krate) {
            assert!(
                version(v) >= version(fixed),
                "{krate} {v} is locked, but {advisory} is fixed only from {fixed}: cargo update -p {krate}"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "the advisories name crates we use");
}
