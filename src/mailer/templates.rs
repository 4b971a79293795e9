//! Message templates: `NAME.LANG.txt`, a `Subject:` line, a blank line, the body.
//! The built-in ones are ours (templates/ in the repo, embedded); a file of the same
//! name in the config dir's `templates/` folder replaces one.

use chrono::NaiveDate;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior};
use rust_decimal::Decimal;

use crate::config::Config;
use crate::domain::DomainError;
use crate::domain::money::round_cents;

/// The languages of customer documents.
pub const LANGUAGES: [&str; 2] = ["fr", "en"];

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(
            (concat!($name, ".fr.txt"), include_str!(concat!("../../templates/", $name, ".fr.txt"))),
            (concat!($name, ".en.txt"), include_str!(concat!("../../templates/", $name, ".en.txt"))),
        )*]
    };
}

/// Every built-in template, partials (leading `_`) included.
const BUILTIN: &[(&str, &str)] = builtin!(
    "_invoices",
    "_payment",
    "_penalties",
    "_signature",
    "heads_up",
    "due_tomorrow",
    "reminder_friendly",
    "reminder_courteous",
    "reminder_firmer",
    "reminder_firm",
    "formal_notice",
    "receipt",
    "document_cover",
);

/// The loaded templates.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The built-in templates with the user's overrides from the config dir.
    pub fn load(config: &Config) -> Result<Templates, DomainError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        for (file, text) in BUILTIN {
            let (name, lang) = split_name(file);
            let source = config
                .template_override(name, lang)?
                .unwrap_or_else(|| (*text).to_string());
            env.add_template_owned(file.to_string(), source)
                .map_err(|e| DomainError::Invalid(format!("template {file} has an error: {e}")))?;
        }
        Ok(Templates { env })
    }

    /// Adds a template of the user's own (a custom ladder's step) from the config dir's
    /// `templates/` folder, in every language it exists in.
    pub fn add_custom(&mut self, config: &Config, name: &str) -> Result<(), DomainError> {
        for lang in LANGUAGES {
            if self.has(name, lang) {
                continue;
            }
            if let Some(source) = config.template_override(name, lang)? {
                let file = format!("{name}.{lang}.txt");
                self.env
                    .add_template_owned(file.clone(), source)
                    .map_err(|e| DomainError::Invalid(format!("template {file} has an error: {e}")))?;
            }
        }
        Ok(())
    }

    /// Whether a template exists (custom ladders may name their own).
    pub fn has(&self, name: &str, lang: &str) -> bool {
        self.env.get_template(&format!("{name}.{lang}.txt")).is_ok()
    }

    /// Renders `NAME.LANG.txt` with `context`: (subject, body).
    pub fn render(
        &self,
        name: &str,
        lang: &str,
        context: &serde_json::Value,
    ) -> Result<(String, String), DomainError> {
        let file = format!("{name}.{lang}.txt");
        let template = self.env.get_template(&file).map_err(|_| {
            DomainError::Invalid(format!(
                "no template {file}: add templates/{file} beside the config file, or use a built-in template name"
            ))
        })?;
        let text = template
            .render(minijinja::Value::from(Serde(context)))
            .map_err(|e| DomainError::Invalid(format!("template {file} cannot be filled in: {e}")))?;
        split_subject(&text).ok_or_else(|| {
            DomainError::Invalid(format!(
                "template {file} must start with a `Subject: ...` line followed by a blank line"
            ))
        })
    }
}

fn split_name(file: &str) -> (&str, &str) {
    let stem = file.trim_end_matches(".txt");
    stem.rsplit_once('.').unwrap_or((stem, "fr"))
}

fn split_subject(text: &str) -> Option<(String, String)> {
    let text = text.trim_start_matches('\u{feff}');
    let (first, rest) = text.split_once('\n')?;
    let subject = first.strip_prefix("Subject:")?.trim().to_string();
    if subject.is_empty() {
        return None;
    }
    let body = rest.trim_start_matches(['\r', '\n']).trim_end().to_string() + "\n";
    Some((subject, tidy(&body)))
}

/// No more than one blank line in a row: templates with optional parts stay neat.
fn tidy(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut blank = 0;
    for line in body.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// An amount as the customer reads it: `1 200,50 €` in French, `€1,200.50` in English.
pub fn money(value: Decimal, currency: &str, lang: &str) -> String {
    let v = round_cents(value);
    let negative = v.is_sign_negative() && !v.is_zero();
    let text = format!("{:.2}", v.abs());
    let (units, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let sep = if lang == "fr" { '\u{202f}' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    match (lang, currency) {
        ("fr", "EUR") => format!("{sign}{grouped},{cents}\u{a0}€"),
        ("fr", _) => format!("{sign}{grouped},{cents}\u{a0}{currency}"),
        (_, "EUR") => format!("{sign}€{grouped}.{cents}"),
        _ => format!("{sign}{grouped}.{cents} {currency}"),
    }
}

/// A date as the customer reads it: `31/03/2026` in French, `31 March 2026` in English.
pub fn date(day: NaiveDate, lang: &str) -> String {
    if lang == "fr" {
        day.format("%d/%m/%Y").to_string()
    } else {
        day.format("%-d %B %Y").to_string()
    }
}

/// A yearly rate: `12,15 %` or `12.15%`.
pub fn percent(rate: Decimal, lang: &str) -> String {
    let text = rate.normalize().to_string();
    if lang == "fr" {
        format!("{}\u{a0}%", text.replace('.', ","))
    } else {
        format!("{text}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn amounts_read_naturally_in_each_language() {
        let d = Decimal::from_str("1234567.5").unwrap();
        assert_eq!(money(d, "EUR", "fr"), "1\u{202f}234\u{202f}567,50\u{a0}€");
        assert_eq!(money(d, "EUR", "en"), "€1,234,567.50");
        assert_eq!(money(Decimal::from(40), "EUR", "en"), "€40.00");
        assert_eq!(money(Decimal::from(999), "USD", "en"), "999.00 USD");
    }

    #[test]
    fn dates_and_rates_read_naturally() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(date(day, "fr"), "05/03/2026");
        assert_eq!(date(day, "en"), "5 March 2026");
        assert_eq!(
            percent(Decimal::from_str("12.150").unwrap(), "fr"),
            "12,15\u{a0}%"
        );
    }

    #[test]
    fn a_template_needs_a_subject_line() {
        assert_eq!(
            split_subject("Subject: Hello\n\n\nBody\n\n\n\nEnd\n"),
            Some(("Hello".into(), "Body\n\nEnd\n".into()))
        );
        assert_eq!(split_subject("Hello\n\nBody"), None);
        assert_eq!(split_subject("Subject:\n\nBody"), None);
    }

    #[test]
    fn every_builtin_template_has_both_languages_and_a_subject() {
        for (file, text) in BUILTIN {
            let (name, lang) = split_name(file);
            assert!(LANGUAGES.contains(&lang), "{file}");
            if !name.starts_with('_') {
                assert!(text.starts_with("Subject: "), "{file}");
            }
        }
    }
}
