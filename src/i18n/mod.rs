//! The interface's language: every message, table header, status word, prompt and help
//! text a person reads on the terminal, in French or English.
//!
//! The words live in Fluent catalogues, `locales/<lang>/<area>.ftl`, built into the
//! binary. The language is chosen once per process, before the command line is parsed:
//! `--lang`, else `[interface] lang` in the config, else the locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`: `fr*` means French), else English. Machine outputs (JSON keys
//! and status codes, CSV columns of the machine formats, exit codes) never change with it;
//! documents and mails follow each customer's own language, not this one.

mod catalogue;
pub mod help;

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::{Arg, tr, tr_in};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code documents and `render::fmt` use: "en" or "fr".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// "fr", "fr_FR.UTF-8", "fr-CA" → French; "en", "en_GB", "C", "POSIX" → English;
    /// anything else → None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }
}

const UNSET: u8 = 0;
static CURRENT: AtomicU8 = AtomicU8::new(UNSET);

/// Sets the language of the rest of the process.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8 + 1, Ordering::Relaxed);
}

/// The language chosen for this process (English until one is set).
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        2 => Lang::Fr,
        _ => Lang::En,
    }
}

/// Digits grouped by three and their fraction, with the marks of `lang` ("fr": narrow
/// no-break space and decimal comma; else comma and point): `22 896,02`, `22,896.02`.
pub fn group_digits(units: &str, fraction: &str, lang: &str) -> String {
    let mut grouped = String::with_capacity(units.len() + units.len() / 3 * 3 + fraction.len() + 1);
    push_grouped(&mut grouped, units, fraction, lang);
    grouped
}

/// [`group_digits`] onto the end of `out` (a listing writes a million amounts).
pub fn push_grouped(out: &mut String, units: &str, fraction: &str, lang: &str) {
    let sep = if lang == "fr" { '\u{202f}' } else { ',' };
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(if lang == "fr" { ',' } else { '.' });
        out.push_str(fraction);
    }
}

/// A plain number as the machine writes it (`-22896.02`) as a person reads it in the
/// interface's language; for messages built below the render layer.
pub fn number(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (units, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    format!("{sign}{}", group_digits(units, fraction, current().code()))
}

/// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set and not empty decides (POSIX order); a language we do not speak
/// means English.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .next()
        .and_then(|v| Lang::from_tag(&v))
        .unwrap_or(Lang::En)
}

/// Chooses the language from the command line, the config and the locale, and sets it.
/// Read before clap parses, so that `--help` and clap's own errors speak it too. A value
/// that is not a language is left for clap (`--lang`) or the config loader to refuse.
/// `default_config` is where the config is looked for when neither `--config` nor
/// `$CREANCES_CONFIG` names one.
pub fn choose_from_args(args: &[OsString], default_config: impl FnOnce() -> PathBuf) -> Lang {
    let flag = flag_value(args, "--lang").and_then(|v| Lang::from_tag(&v));
    let lang = flag
        .or_else(|| config_lang(flag_value(args, "--config").map(PathBuf::from), default_config))
        .unwrap_or_else(|| from_locale(|name| std::env::var(name).ok()));
    set(lang);
    lang
}

/// The value of `--name VALUE` or `--name=VALUE`, before `--`.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            return None;
        }
        if arg == name {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

/// `[interface] lang` of the config file, if it reads.
fn config_lang(explicit: Option<PathBuf>, default: impl FnOnce() -> PathBuf) -> Option<Lang> {
    let path = explicit
        .or_else(|| {
            std::env::var_os("CREANCES_CONFIG")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(default);
    let text = std::fs::read_to_string(path).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    let lang = table.get("interface")?.get("lang")?.as_str()?;
    Lang::from_tag(lang)
}

/// Translates a catalogue key, with named arguments:
/// `t!("ledger-missing", path = path.display().to_string())`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_name_the_language() {
        assert_eq!(Lang::from_tag("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("FR_be@euro"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("POSIX"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE.UTF-8"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_locale_variables_decide_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_locale(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            from_locale(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            from_locale(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_FR")])),
            Lang::Fr
        );
        assert_eq!(
            from_locale(env(&[("LC_MESSAGES", "fr_FR"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(from_locale(env(&[("LC_ALL", ""), ("LANG", "fr_FR")])), Lang::Fr);
        assert_eq!(from_locale(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(from_locale(env(&[])), Lang::En);
    }

    #[test]
    fn flags_are_read_in_both_spellings_and_not_after_the_double_dash() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag_value(&args(&["creances", "--lang", "fr", "report"]), "--lang").as_deref(),
            Some("fr")
        );
        assert_eq!(
            flag_value(&args(&["creances", "report", "--lang=en"]), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(
            flag_value(&args(&["creances", "--", "--lang", "fr"]), "--lang"),
            None
        );
        assert_eq!(
            flag_value(&args(&["creances", "--language", "fr"]), "--lang"),
            None
        );
    }
}
