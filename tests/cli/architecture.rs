//! The layering of src/, read from the source: which module may use which.
//!
//! Arrows point one way: cli → ops → (domain, store, render, mailer, readers, files);
//! store → domain; render → domain; the domain uses nothing of ours. A file's uses are
//! every `crate::…` path it names (in `use` lines or inline) and every `super::…` path,
//! resolved to the module it reaches.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules each module may use (besides itself).
const MAY_USE: &[(&str, &[&str])] = &[
    ("i18n", &[]),
    ("domain", &["i18n"]),
    ("error", &["i18n", "domain"]),
    ("files", &["i18n", "error"]),
    ("config", &["i18n", "domain", "error"]),
    ("readers", &["i18n", "domain", "error"]),
    ("store", &["i18n", "domain", "error"]),
    ("render", &["i18n", "domain", "error"]),
    ("mailer", &["i18n", "domain", "error", "config", "files"]),
    (
        "ops",
        &[
            "i18n", "domain", "error", "config", "files", "readers", "store", "render", "mailer",
        ],
    ),
    ("demo", &["i18n", "domain", "error", "ops"]),
    ("synthetic", &["i18n", "domain", "error", "ops", "store", "demo"]),
    (
        "cli",
        &[
            "i18n",
            "domain",
            "error",
            "config",
            "ops",
            "render",
            "demo",
            "synthetic",
        ],
    ),
];

/// Files still being moved to their layer: each is taken off this list when it complies,
/// and the list ends empty.
const NOT_YET: &[&str] = &[];

/// Words that show a file of src/cli opening the store or a transaction itself.
const CLI_MAY_NOT_SAY: &[&str] = &["rusqlite", "Transaction", ".write(|", ".read(|", "crate::store"];

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/ops/dunning/run.rs` → ["ops", "dunning", "run"]; `mod.rs` names its folder.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts == ["lib"] || parts == ["main"] {
        parts.clear();
    }
    parts
}

/// The source without comments and string literals, so that prose never counts as a use.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '\'' => {
                // a char literal ('x', '\n', '"'); a lifetime ('a) is left as it is
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('\\'), _) => {
                        chars.next();
                        chars.next();
                        for c in chars.by_ref() {
                            if c == '\'' {
                                break;
                            }
                        }
                        out.push_str("' '");
                    }
                    (Some(_), Some('\'')) => {
                        chars.next();
                        chars.next();
                        out.push_str("' '");
                    }
                    _ => out.push(c),
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// The cfg(test) module at the end of a file is the file's own tests: left out.
fn without_tests(code: &str) -> &str {
    match code.find("#[cfg(test)]\nmod tests") {
        Some(at) => &code[..at],
        None => code,
    }
}

/// Every module path a file names: `crate::a::b::…` and `super::…`, resolved, with the
/// items of a `use x::{a, b::c}` group expanded one level.
fn uses(module: &[String], code: &str) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < code.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &code[i..];
        let (start, mut base) = if rest.starts_with("crate::") && (i == 0 || !is_ident(bytes[i - 1])) {
            (i + "crate::".len(), Vec::new())
        } else if rest.starts_with("super::") && (i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':') {
            // a file's `super` is its parent module (a mod.rs is its own folder's module)
            let mut base = module.to_vec();
            base.pop();
            let mut j = i + "super::".len();
            while code[j..].starts_with("super::") {
                base.pop();
                j += "super::".len();
            }
            (j, base)
        } else {
            i += 1;
            continue;
        };
        let mut j = start;
        let mut path = Vec::new();
        loop {
            let from = j;
            while j < code.len() && is_ident(bytes[j]) {
                j += 1;
            }
            if j > from {
                path.push(code[from..j].to_string());
            }
            if code[j..].starts_with("::") && j + 2 < code.len() && is_ident(bytes[j + 2]) {
                j += 2;
            } else {
                break;
            }
        }
        if code[j..].starts_with("::{") {
            let close = code[j..].find('}').map_or(code.len(), |c| j + c);
            for item in code[j + 3..close].split(',') {
                let first = item.split("::").next().unwrap_or("").trim();
                let first = first.split_whitespace().next().unwrap_or("");
                if !first.is_empty() && first != "self" {
                    let mut p = base.clone();
                    p.extend(path.iter().cloned());
                    p.push(first.to_string());
                    found.insert(p);
                }
            }
        }
        base.extend(path);
        found.insert(base);
        i = j.max(i + 1);
    }
    found
}

struct Source {
    module: Vec<String>,
    file: String,
    code: String,
    uses: BTreeSet<Vec<String>>,
}

fn read_sources() -> Vec<Source> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|file| !NOT_YET.contains(&file.strip_prefix(&src).unwrap().to_str().unwrap()))
        .map(|file| {
            let module = module_of(&src, &file);
            let text = std::fs::read_to_string(&file).expect("read source");
            let code = without_tests(&code_only(&text)).to_string();
            let uses = uses(&module, &code);
            Source {
                file: file.strip_prefix(&src).unwrap().display().to_string(),
                module,
                code,
                uses,
            }
        })
        .collect()
}

/// The longest known module a path starts with (a path may end in an item: a type, a fn).
fn resolve(known: &BTreeSet<Vec<String>>, path: &[String]) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| known.contains(p))
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let sources = read_sources();
    let rules: BTreeMap<&str, &[&str]> = MAY_USE.iter().copied().collect();
    let mut broken = Vec::new();
    for s in &sources {
        let Some(top) = s.module.first() else { continue };
        let Some(allowed) = rules.get(top.as_str()) else {
            broken.push(format!("{}: the module `{top}` has no place in MAY_USE", s.file));
            continue;
        };
        for used in &s.uses {
            let Some(target) = used.first() else { continue };
            if target != top && !allowed.contains(&target.as_str()) && rules.contains_key(target.as_str()) {
                broken.push(format!("{}: `{top}` uses `{}`", s.file, used.join("::")));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "arrows running the wrong way:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_command_line_never_opens_the_store_nor_a_transaction() {
    let mut broken = Vec::new();
    for s in read_sources()
        .iter()
        .filter(|s| s.module.first().is_some_and(|m| m == "cli"))
    {
        for word in CLI_MAY_NOT_SAY {
            if s.code.contains(word) {
                broken.push(format!("{} says `{word}`", s.file));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "src/cli must only parse, call the Ledger and render:\n{}",
        broken.join("\n")
    );
}

#[test]
fn no_two_modules_use_each_other() {
    let sources = read_sources();
    let known: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeSet<(Vec<String>, Vec<String>)> = BTreeSet::new();
    for s in &sources {
        for used in &s.uses {
            if let Some(target) = resolve(&known, used)
                && target != s.module
                && !s.module.starts_with(&target)
                && !target.starts_with(&s.module)
            {
                edges.insert((s.module.clone(), target));
            }
        }
    }
    // modules are compared at the level where they are siblings: ops::dunning::plan and
    // ops::documents meet as ops::dunning and ops::documents
    let mut pairs = BTreeSet::new();
    for (a, b) in &edges {
        let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let (a, b) = (
            a[..=common.min(a.len() - 1)].to_vec(),
            b[..=common.min(b.len() - 1)].to_vec(),
        );
        if a != b {
            pairs.insert((a, b));
        }
    }
    let mut circles: Vec<String> = pairs
        .iter()
        .filter(|(a, b)| a < b && pairs.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{} <-> {}", a.join("::"), b.join("::")))
        .collect();
    circles.sort();
    assert!(
        circles.is_empty(),
        "modules that use each other:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_reader_finds_the_uses_it_should() {
    let module = vec!["ops".to_string(), "dunning".to_string()];
    let code = "use crate::store::{self, customer::Customer};\nuse super::documents::x;\nfn f() { crate::render::emit(\"crate::cli\") }";
    let found = uses(&module, &code_only(code));
    let names: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert!(names.contains(&"store::customer".to_string()), "{names:?}");
    assert!(names.contains(&"ops::documents::x".to_string()), "{names:?}");
    assert!(names.contains(&"render::emit".to_string()), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("cli")),
        "a string is not a use: {names:?}"
    );
}

#[test]
fn no_source_file_is_a_room_that_holds_too_much() {
    // a file over this size says at its top why it is one piece
    const LIMIT: usize = 600;
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let mut big = Vec::new();
    for file in files {
        if NOT_YET.contains(&file.strip_prefix(&src).unwrap().to_str().unwrap()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = text.lines().count();
        let head: String = text.lines().take(15).collect::<Vec<_>>().join("\n");
        if lines > LIMIT && !head.contains("One file because") {
            big.push(format!(
                "{} ({lines} lines)",
                file.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    assert!(
        big.is_empty(),
        "files over {LIMIT} lines without a reason at their top (\"One file because ...\"):\n{}",
        big.join("\n")
    );
}
