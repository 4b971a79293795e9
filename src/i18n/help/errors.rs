//! clap's parse errors in French: each error's context worded from the catalogue.

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use super::super::Lang;
use super::super::catalogue::lookup;
use super::word;

/// Prints a parse error (or the help or version clap was asked for) in the interface's
/// language and exits with clap's code (2 for a usage error, 0 for help).
pub fn exit(error: clap::Error) -> ! {
    if crate::i18n::current() == Lang::Fr && FRENCH_KINDS.contains(&error.kind()) {
        error.apply::<FrenchErrors>().exit()
    }
    error.exit()
}

/// The errors worded in French; others (rare) stay clap's English.
const FRENCH_KINDS: [ErrorKind; 12] = [
    ErrorKind::NoEquals,
    ErrorKind::TooManyValues,
    ErrorKind::TooFewValues,
    ErrorKind::WrongNumberOfValues,
    ErrorKind::InvalidUtf8,
    ErrorKind::UnknownArgument,
    ErrorKind::InvalidSubcommand,
    ErrorKind::MissingRequiredArgument,
    ErrorKind::MissingSubcommand,
    ErrorKind::InvalidValue,
    ErrorKind::ValueValidation,
    ErrorKind::ArgumentConflict,
];

/// clap's errors in French, from each error's context.
struct FrenchErrors;

impl ErrorFormatter for FrenchErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        use std::fmt::Write as _;
        let lang = Lang::Fr;
        let styles = Styles::default();
        let (err, invalid, literal, valid) = (
            *styles.get_error(),
            *styles.get_invalid(),
            *styles.get_literal(),
            *styles.get_valid(),
        );
        let text = |ctx: ContextKind| match error.get(ctx) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let list = |ctx: ContextKind| match error.get(ctx) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let number = |ctx: ContextKind| match error.get(ctx) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        };
        let styled_value = |style: anstyle::Style, v: &str| format!("{style}{v}{style:#}");
        let mut out = StyledStr::new();
        let _ = write!(out, "{err}{}{err:#} ", word(lang, "error"));
        let arg = text(ContextKind::InvalidArg).map(|a| styled_value(literal, &a));
        let value = text(ContextKind::InvalidValue).map(|v| styled_value(invalid, &v));
        let message = match error.kind() {
            ErrorKind::UnknownArgument => text(ContextKind::InvalidArg).and_then(|a| {
                lookup(
                    lang,
                    "clap-error-unknown-argument",
                    &[("arg", styled_value(invalid, &a).into())],
                )
            }),
            ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand).and_then(|s| {
                lookup(
                    lang,
                    "clap-error-unknown-subcommand",
                    &[("name", styled_value(invalid, &s).into())],
                )
            }),
            ErrorKind::MissingRequiredArgument => {
                let args = list(ContextKind::InvalidArg);
                (!args.is_empty())
                    .then(|| {
                        let args: Vec<String> = args
                            .iter()
                            .map(|a| format!("\n  {}", styled_value(valid, a)))
                            .collect();
                        lookup(
                            lang,
                            "clap-error-missing-argument",
                            &[("args", args.concat().into())],
                        )
                    })
                    .flatten()
            }
            ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).and_then(|s| {
                let subs = list(ContextKind::ValidSubcommand);
                lookup(
                    lang,
                    "clap-error-missing-subcommand",
                    &[
                        ("command", styled_value(invalid, &s).into()),
                        ("subcommands", subs.join(", ").into()),
                    ],
                )
            }),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => match (&arg, &value) {
                (Some(a), Some(v)) => {
                    let raw = text(ContextKind::InvalidValue).unwrap_or_default();
                    let mut m = if raw.is_empty() {
                        lookup(lang, "clap-error-missing-value", &[("arg", a.clone().into())])
                    } else {
                        lookup(
                            lang,
                            "clap-error-invalid-value",
                            &[("value", v.clone().into()), ("arg", a.clone().into())],
                        )
                    };
                    let values = list(ContextKind::ValidValue);
                    if let Some(m) = m.as_mut() {
                        if !values.is_empty() {
                            let _ = write!(
                                m,
                                "\n  [{} : {}]",
                                word(lang, "possible-values"),
                                values.join(", ")
                            );
                        }
                        if let Some(source) = std::error::Error::source(error) {
                            let _ = write!(m, " : {}", source_in_french(source));
                        }
                    }
                    m
                }
                _ => None,
            },
            ErrorKind::ArgumentConflict => match (&arg, list(ContextKind::PriorArg).first()) {
                // the same flag twice
                (Some(a), Some(prior)) if text(ContextKind::InvalidArg).as_ref() == Some(prior) => {
                    lookup(lang, "checks-clap-twice", &[("arg", a.clone().into())])
                }
                (Some(a), Some(prior)) => lookup(
                    lang,
                    "clap-error-conflict",
                    &[
                        ("arg", a.clone().into()),
                        ("other", styled_value(literal, prior).into()),
                    ],
                ),
                _ => None,
            },
            ErrorKind::NoEquals => arg
                .as_ref()
                .and_then(|a| lookup(lang, "checks-clap-no-equals", &[("arg", a.clone().into())])),
            ErrorKind::TooManyValues => match (&arg, &value) {
                (Some(a), Some(v)) => lookup(
                    lang,
                    "checks-clap-too-many-values",
                    &[("arg", a.clone().into()), ("value", v.clone().into())],
                ),
                _ => None,
            },
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let wanted = match error.kind() {
                    ErrorKind::TooFewValues => number(ContextKind::MinValues),
                    _ => number(ContextKind::ExpectedNumValues),
                };
                match (&arg, wanted, number(ContextKind::ActualNumValues)) {
                    (Some(a), Some(wanted), Some(given)) => lookup(
                        lang,
                        "checks-clap-value-count",
                        &[
                            ("arg", a.clone().into()),
                            ("wanted", (wanted as i64).into()),
                            ("given", (given as i64).into()),
                        ],
                    ),
                    _ => None,
                }
            }
            ErrorKind::InvalidUtf8 => lookup(lang, "checks-clap-invalid-utf8", &[]),
            _ => None,
        };
        match message {
            Some(m) => out.push_str(&m),
            // A kind not worded in French: clap's own sentence, with our headings.
            None => out.push_str(error.kind().as_str().unwrap_or_default()),
        }
        for (ctx, attr) in [
            (ContextKind::SuggestedSubcommand, "clap-error-tip-subcommand"),
            (ContextKind::SuggestedArg, "clap-error-tip-argument"),
            (ContextKind::SuggestedValue, "clap-error-tip-value"),
        ] {
            let names = list(ctx);
            if !names.is_empty() {
                let names: Vec<String> = names.iter().map(|n| styled_value(valid, n)).collect();
                if let Some(tip) = lookup(lang, attr, &[("name", names.join(" », « ").into())]) {
                    let _ = write!(out, "\n\n  {valid}{}{valid:#} {tip}", word(lang, "tip"));
                }
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage
                .ansi()
                .to_string()
                .replacen("Usage:", &word(lang, "usage"), 1);
            let _ = write!(out, "\n\n{usage}");
        }
        let _ = write!(
            out,
            "\n\n{}\n",
            lookup(
                lang,
                "clap-error-more",
                &[("help", styled_value(literal, "--help").into())]
            )
            .unwrap_or_default()
        );
        out
    }
}

/// Why a value was refused, in French when it is the standard library's number parsing
/// (the other value parsers of the command line already word their errors).
fn source_in_french(source: &(dyn std::error::Error + 'static)) -> String {
    use std::num::IntErrorKind;
    let key = match source.downcast_ref::<std::num::ParseIntError>().map(|e| e.kind()) {
        Some(IntErrorKind::Empty) => "checks-clap-number-empty",
        Some(IntErrorKind::InvalidDigit) => "checks-clap-number-digit",
        Some(IntErrorKind::PosOverflow | IntErrorKind::NegOverflow) => "checks-clap-number-range",
        _ => return source.to_string(),
    };
    lookup(Lang::Fr, key, &[]).unwrap_or_else(|| source.to_string())
}
