//! The text of mails: templates `NAME.LANG.txt`, a `Subject:` line, a blank line, the body.
//! The built-in ones are ours (templates/ in the repo, embedded); a file of the same
//! name in the config dir's `templates/` folder replaces one.

use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior};

use crate::domain::DomainError;

/// The languages of customer documents.
pub const LANGUAGES: [&str; 2] = ["fr", "en"];

/// The language a customer's mails are written in: the rule its documents follow.
pub fn language_of(language: &str) -> &'static str {
    crate::domain::customer::document_language(language)
}

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
    "_others",
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

/// Where a user's template that replaces a built-in one comes from: (name, lang) → its
/// text, if the user has one.
pub type Overrides<'a> = &'a dyn Fn(&str, &str) -> Result<Option<String>, DomainError>;

/// The loaded templates.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The built-in templates with the user's overrides from the config dir.
    pub fn load(overrides: Overrides) -> Result<Templates, DomainError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        for (file, text) in BUILTIN {
            let (name, lang) = split_name(file);
            let source = overrides(name, lang)?.unwrap_or_else(|| (*text).to_string());
            env.add_template_owned(file.to_string(), source)
                .map_err(|e| DomainError::Invalid(format!("template {file} has an error: {e}")))?;
        }
        Ok(Templates { env })
    }

    /// The built-in templates alone.
    pub fn builtin() -> Templates {
        Templates::load(&|_, _| Ok(None)).expect("the built-in templates compile")
    }

    /// Adds a template of the user's own (a custom ladder's step) from the config dir's
    /// `templates/` folder, in every language it exists in.
    pub fn add_custom(&mut self, overrides: Overrides, name: &str) -> Result<(), DomainError> {
        for lang in LANGUAGES {
            if self.has(name, lang) {
                continue;
            }
            if let Some(source) = overrides(name, lang)? {
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
        context: &impl serde::Serialize,
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

#[cfg(test)]
mod tests {
    use super::*;

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
