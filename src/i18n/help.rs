//! `--help` in the interface's language. English help is the doc comments of `src/cli`
//! (clap derives it); French help is `locales/fr/help.ftl`: one message per command, keyed
//! by its path (`help`, `help-invoice`, `help-invoice-create`), its value the command's
//! one-line about, its attributes the rest (`.long` the long about, `.<arg id>` a flag's
//! help, `.<arg id>-long` its long help).

use clap::Command;

use super::Lang;
use super::catalogue::{lookup, lookup_attribute};

/// The command tree with its help texts in the current language.
pub fn localize(cmd: Command) -> Command {
    match super::current() {
        Lang::En => cmd,
        lang => localize_tree(cmd, "help", lang),
    }
}

fn localize_tree(mut cmd: Command, key: &str, lang: Lang) -> Command {
    if let Some(about) = lookup(lang, key, &[]) {
        cmd = cmd.about(about);
    }
    if let Some(long) = lookup_attribute(lang, key, "long") {
        cmd = cmd.long_about(long);
    }
    cmd = cmd.mut_args(|arg| {
        let id = arg.get_id().to_string();
        let mut arg = arg;
        if let Some(help) = lookup_attribute(lang, key, &id) {
            arg = arg.help(help);
        }
        if let Some(long) = lookup_attribute(lang, key, &format!("{id}-long")) {
            arg = arg.long_help(long);
        }
        arg
    });
    cmd.mut_subcommands(|sub| {
        let sub_key = format!("{key}-{}", sub.get_name());
        localize_tree(sub, &sub_key, lang)
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::catalogue::FRENCH_HELP;
    use super::*;

    /// Every (key, attribute) the English tree names, with whether the English text is
    /// long; clap's own `help`/`version` flags and `help` subcommand are left out.
    fn english(cmd: &Command, key: &str, out: &mut Vec<(String, Option<String>, bool)>) {
        out.push((key.to_string(), None, true));
        out.push((
            key.to_string(),
            Some("long".into()),
            cmd.get_long_about().is_some(),
        ));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().to_string();
            if id == "help" || id == "version" {
                continue;
            }
            out.push((key.to_string(), Some(id.clone()), true));
            out.push((
                key.to_string(),
                Some(format!("{id}-long")),
                arg.get_long_help().is_some(),
            ));
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            english(sub, &format!("{key}-{}", sub.get_name()), out);
        }
    }

    fn tree() -> Vec<(String, Option<String>, bool)> {
        let mut out = Vec::new();
        english(
            &<crate::cli::Cli as clap::CommandFactory>::command(),
            "help",
            &mut out,
        );
        out
    }

    #[test]
    fn french_help_covers_every_command_and_flag() {
        let mut wrong = Vec::new();
        for (key, attr, wanted) in tree() {
            let found = match &attr {
                None => lookup(Lang::Fr, &key, &[]).is_some(),
                Some(attr) => lookup_attribute(Lang::Fr, &key, attr).is_some(),
            };
            if found != wanted {
                let what = if wanted { "missing" } else { "has no English" };
                wrong.push(format!(
                    "{key}{} {what}",
                    attr.map(|a| format!(".{a}")).unwrap_or_default()
                ));
            }
        }
        assert!(
            wrong.is_empty(),
            "French help out of step with the tree: {wrong:#?}"
        );
    }

    #[test]
    fn french_help_names_nothing_outside_the_tree() {
        let known: BTreeSet<String> = tree()
            .into_iter()
            .map(|(key, attr, _)| match attr {
                None => key,
                Some(attr) => format!("{key}.{attr}"),
            })
            .collect();
        let mut orphans = Vec::new();
        let mut key = String::new();
        for line in FRENCH_HELP.iter().flat_map(|text| text.lines()) {
            if let Some((name, _)) = line.split_once(" =").filter(|_| line.starts_with("help")) {
                key = name.to_string();
                if !known.contains(&key) {
                    orphans.push(key.clone());
                }
            } else if let Some((name, _)) = line
                .trim_start()
                .strip_prefix('.')
                .and_then(|l| l.split_once(" ="))
            {
                let full = format!("{key}.{name}");
                if !known.contains(&full) {
                    orphans.push(full);
                }
            }
        }
        assert!(orphans.is_empty(), "help keys naming nothing: {orphans:?}");
    }

    #[test]
    fn the_orphan_check_sees_attributes() {
        // A French text line never starts with `.name =`, so every attribute is seen.
        let attrs = FRENCH_HELP
            .iter()
            .flat_map(|text| text.lines())
            .filter(|line| line.trim_start().starts_with('.'))
            .count();
        assert!(attrs > 300, "only {attrs} attributes parsed");
    }
}
