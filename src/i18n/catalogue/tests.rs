use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

/// The messages of one catalogue text: key → the variables it uses.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if starts_entry && let Some((key, _)) = line.split_once('=') {
            let key = key.trim().to_string();
            assert!(out.insert(key.clone(), BTreeSet::new()).is_none(), "{key} twice");
            current = Some(key);
        } else if line.starts_with('#') {
            current = None;
            continue;
        }
        if let Some(key) = &current {
            let vars = out.get_mut(key).expect("entry");
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

fn all_keys(lang: Lang) -> BTreeSet<String> {
    AREAS
        .iter()
        .flat_map(|(_, en, fr)| messages(if lang == Lang::Fr { fr } else { en }).into_keys())
        .collect()
}

#[test]
fn every_catalogue_parses_and_has_the_same_messages_in_both_languages() {
    for lang in Lang::ALL {
        // Building the bundle panics on a syntax error or a key given twice.
        let _ = bundle(lang);
    }
    for (area, en, fr) in AREAS {
        let (en, fr) = (messages(en), messages(fr));
        let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
        let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "{area}.ftl: missing in French: {only_en:?}");
        assert!(only_fr.is_empty(), "{area}.ftl: missing in English: {only_fr:?}");
        for (key, vars) in &en {
            assert_eq!(vars, &fr[key], "{area}.ftl: {key} takes other values in French");
        }
    }
}

/// Every `t!("key"` and `tr("key"` in the sources, with the file it is in.
fn keys_used() -> Vec<(String, String)> {
    let mut used = Vec::new();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.starts_with(&here) {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            for opener in ["t!(", "tr("] {
                for (at, _) in text.match_indices(opener) {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '!') {
                        continue;
                    }
                    let rest = text[at + opener.len()..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"')
                        && let Some(end) = rest.find('"')
                    {
                        let key = &rest[..end];
                        let is_key = key.starts_with(|c: char| c.is_ascii_lowercase())
                            && key
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                        if is_key {
                            used.push((key.to_string(), path.display().to_string()));
                        }
                    }
                }
            }
        }
    }
    used
}

#[test]
fn every_key_the_code_asks_for_is_in_the_catalogues() {
    let known = all_keys(Lang::En);
    let missing: Vec<_> = keys_used()
        .into_iter()
        .filter(|(key, _)| !known.contains(key))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used but not in locales/*/*.ftl: {missing:?}"
    );
}

#[test]
fn every_key_of_the_catalogues_is_used() {
    let mut sources = String::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                sources.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    let unused: Vec<_> = all_keys(Lang::En)
        .into_iter()
        .filter(|key| !key.starts_with('-'))
        .filter(|key| !DYNAMIC_PREFIXES.iter().any(|p| key.starts_with(p)))
        .filter(|key| !sources.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no code asks for: {unused:?}");
}

#[test]
fn values_fill_messages_and_numbers_choose_plurals_per_language() {
    let text = "n-invoices = { $count ->\n    [one] { $count } one\n   *[other] { $count } many\n}\n";
    let args = |n: usize| [("count", Arg::from(n))];
    let en = bundle_of(Lang::En, &[text]);
    let fr = bundle_of(Lang::Fr, &[text]);
    assert_eq!(format(&en, "n-invoices", &args(0)).as_deref(), Some("0 many"));
    assert_eq!(format(&en, "n-invoices", &args(1)).as_deref(), Some("1 one"));
    assert_eq!(format(&en, "n-invoices", &args(2)).as_deref(), Some("2 many"));
    // French counts zero as singular ("0 facture").
    assert_eq!(format(&fr, "n-invoices", &args(0)).as_deref(), Some("0 one"));
    assert_eq!(format(&fr, "n-invoices", &args(1)).as_deref(), Some("1 one"));
    assert_eq!(format(&fr, "n-invoices", &args(3)).as_deref(), Some("3 many"));
    assert_eq!(format(&fr, "no-such-key", &[]), None);
}

#[test]
fn the_error_line_reads_in_each_language() {
    let args = [("message", Arg::from("x"))];
    assert_eq!(
        lookup(Lang::En, "common-error", &args).as_deref(),
        Some("error: x")
    );
    assert_eq!(
        lookup(Lang::Fr, "common-error", &args).as_deref(),
        Some("erreur : x")
    );
}

#[test]
fn each_message_is_read_from_its_area_alone_as_from_the_whole_catalogue() {
    for lang in Lang::ALL {
        let whole = bundle(lang);
        let mut keys: Vec<(usize, String)> = Vec::new();
        for i in 0..AREA_COUNT {
            if let Some(text) = area_text(lang, i) {
                keys.extend(messages(text).into_keys().map(|k| (i, k)));
            }
        }
        assert!(keys.len() > 100, "{lang:?}: {} messages", keys.len());
        for (i, key) in keys {
            // its name says its area: a message is found without parsing the others (the
            // French help also holds clap's messages, found by looking in every area)
            if i < AREAS.len() {
                assert_eq!(area_of(&key), Some(i), "{key} is outside the area its name says");
            }
            let found = bundle_with(lang, &key).expect("every message is found");
            let text = |b: &FluentBundle<FluentResource>| {
                let message = b.get_message(&key).expect("a message");
                let mut errors = Vec::new();
                let value = message
                    .value()
                    .map(|p| b.format_pattern(p, None, &mut errors).into_owned());
                let attributes: Vec<String> = message
                    .attributes()
                    .map(|a| b.format_pattern(a.value(), None, &mut errors).into_owned())
                    .collect();
                (value, attributes)
            };
            assert_eq!(text(found), text(whole), "{lang:?} {key}");
        }
    }
    // a key no area has is refused, after looking in every area
    assert!(bundle_with(Lang::En, "render-no-such-message").is_none());
}

#[test]
fn a_message_without_arguments_is_kept_once_per_language() {
    let key = "render-status-unsent";
    for _ in 0..2 {
        for lang in Lang::ALL {
            assert_eq!(Some(tr_as(lang, key, &[])), tr_in(lang, key, &[]), "{lang:?}");
        }
    }
    assert_ne!(tr_as(Lang::En, key, &[]), tr_as(Lang::Fr, key, &[]));
    // an unknown key reads as itself, in both languages
    assert_eq!(tr_as(Lang::Fr, "no-such-message", &[]), "no-such-message");
}
