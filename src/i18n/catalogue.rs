//! The catalogues, built into the binary, and the one function that reads them.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

macro_rules! area {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../locales/en/", $name, ".ftl")),
            include_str!(concat!("../../locales/fr/", $name, ".ftl")),
        )
    };
}

/// The areas of each language's catalogue, as (file name, English text, French text).
/// Every area holds the same keys in both languages (a test says so).
pub(super) const AREAS: &[(&str, &str, &str)] = &[
    area!("common"),
    area!("cli"),
    area!("ops"),
    area!("domain"),
    area!("render"),
    area!("flow"),
    area!("checks"),
    area!("views"),
];

/// The French help texts of the command tree (`help.ftl`): English help is the doc
/// comments of `src/cli`, and a test checks both cover the same commands and flags.
pub(super) const FRENCH_HELP: &str = include_str!("../../locales/fr/help.ftl");

/// Keys built at run time from a code (`format!("status-{code}")`): the prefixes, so the
/// test that every key is used knows them.
#[cfg(test)]
pub(super) const DYNAMIC_PREFIXES: &[&str] = &[
    "render-status-",
    "render-method-",
    "render-col-",
    "flow-col-",
    "flow-action-",
    "flow-channel-",
    "flow-part-",
    "flow-recurring-",
    "flow-offer-",
    "flow-match-",
    "flow-imported-",
    "checks-value-",
];

/// A value given to a message: text, or a number (a number chooses plural forms).
#[derive(Debug, Clone)]
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg(FluentValue::from(v.to_string()))
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg(FluentValue::from(v))
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg(FluentValue::from(v.clone()))
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(v: Cow<'_, str>) -> Self {
        Arg(FluentValue::from(v.into_owned()))
    }
}

macro_rules! numeric_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg(FluentValue::from(v))
            }
        }
    )*};
}
numeric_arg!(i32, i64, u8, u16, u32, u64, usize);

/// The whole catalogue of `lang` in one bundle: for the test that it parses and that no
/// key is given twice across its areas (the interface reads one area at a time).
#[cfg(test)]
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static FR: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    cell.get_or_init(|| build(lang))
}

#[cfg(test)]
fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let mut texts: Vec<&str> = AREAS
        .iter()
        .map(|(_, en, fr)| if lang == Lang::Fr { *fr } else { *en })
        .collect();
    if lang == Lang::Fr {
        texts.push(FRENCH_HELP);
    }
    bundle_of(lang, &texts)
}

/// The areas of a language: those of [`AREAS`], then the French help (none in English).
const AREA_COUNT: usize = AREAS.len() + 1;

/// The text of area `i` in `lang`.
fn area_text(lang: Lang, i: usize) -> Option<&'static str> {
    match (AREAS.get(i), lang) {
        (Some((_, en, _)), Lang::En) => Some(en),
        (Some((_, _, fr)), Lang::Fr) => Some(fr),
        (None, Lang::Fr) if i == AREAS.len() => Some(FRENCH_HELP),
        (None, _) => None,
    }
}

/// The area whose name starts `key` (`render-yes` is in `render`, `help-init` in the help).
fn area_of(key: &str) -> Option<usize> {
    let name = key.split('-').next()?;
    if name == "help" {
        return Some(AREAS.len());
    }
    AREAS.iter().position(|(area, _, _)| *area == name)
}

/// Area `i` of `lang` as a bundle, parsed the first time one of its messages is asked:
/// a command reads two or three areas of the catalogue, and parsing all of them took
/// half a millisecond of every run.
fn area_bundle(lang: Lang, i: usize) -> Option<&'static FluentBundle<FluentResource>> {
    static EN: [OnceLock<FluentBundle<FluentResource>>; AREA_COUNT] = [const { OnceLock::new() }; AREA_COUNT];
    static FR: [OnceLock<FluentBundle<FluentResource>>; AREA_COUNT] = [const { OnceLock::new() }; AREA_COUNT];
    let text = area_text(lang, i)?;
    let cells = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    Some(cells[i].get_or_init(|| bundle_of(lang, &[text])))
}

/// The bundle holding `key` in `lang`: its area's, else (a key outside the area its
/// name says) the first area that has it.
fn bundle_with(lang: Lang, key: &str) -> Option<&'static FluentBundle<FluentResource>> {
    if let Some(bundle) = area_of(key)
        .and_then(|i| area_bundle(lang, i))
        .filter(|b| b.has_message(key))
    {
        return Some(bundle);
    }
    (0..AREA_COUNT)
        .filter_map(|i| area_bundle(lang, i))
        .find(|b| b.has_message(key))
}

fn bundle_of(lang: Lang, texts: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around each value would show as stray characters on terminals.
    bundle.set_use_isolating(false);
    for text in texts {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("a catalogue does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("a catalogue repeats a key: {errors:?}"));
    }
    bundle
}

/// The message `key` in the current language, its `{ $name }`s filled from `args`. A
/// key missing in French falls back to English, then to the key itself (tests make sure
/// neither happens).
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    tr_as(super::current(), key, args)
}

/// [`tr`] in `lang`.
fn tr_as(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    if !args.is_empty() {
        return resolve(lang, key, args);
    }
    // a message without arguments (a table's status or channel word, once per row) is
    // worked out once per language
    PLAIN.with(|plain| {
        let mut plain = plain.borrow_mut();
        let words = &mut plain[lang as usize];
        if let Some(text) = words.get(key) {
            return text.clone();
        }
        let text = resolve(lang, key, args);
        words.insert(key.to_string(), text.clone());
        text
    })
}

fn resolve(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    lookup(lang, key, args)
        .or_else(|| lookup(Lang::En, key, args))
        .unwrap_or_else(|| key.to_string())
}

thread_local! {
    /// The messages without arguments already worked out, by language (`Lang as usize`).
    static PLAIN: std::cell::RefCell<[std::collections::HashMap<String, String>; Lang::ALL.len()]> = Default::default();
}

/// The message `key` in `lang`, if the catalogue has it: for tests of both languages
/// (the interface itself asks `tr`, in the language chosen).
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    lookup(lang, key, args)
}

/// The message `key` in `lang`, if the catalogue has it.
pub(super) fn lookup(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    format(bundle_with(lang, key)?, key, args)
}

fn format(bundle: &FluentBundle<FluentResource>, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.0.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message {key}: {errors:?}");
    Some(text.into_owned())
}

/// The attribute `.attr` of the message `key` in `lang` (help texts: one message per
/// command, one attribute per flag), if the catalogue has it.
pub(super) fn lookup_attribute(lang: Lang, key: &str, attr: &str) -> Option<String> {
    let bundle = bundle_with(lang, key)?;
    let pattern = bundle.get_message(key)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    debug_assert!(errors.is_empty(), "message {key}.{attr}: {errors:?}");
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
