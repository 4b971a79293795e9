//! `--help` in the interface's language. English help is the doc comments of `src/cli`
//! (clap derives it); French help is `locales/fr/help.ftl`: one message per command, keyed
//! by its path (`help`, `help-invoice`, `help-invoice-create`), its value the command's
//! one-line about, its attributes the rest (`.long` the long about, `.<arg id>` a flag's
//! help, `.<arg id>-long` its long help).

use clap::Command;

use super::Lang;
use super::catalogue::{lookup, lookup_attribute};

mod errors;
pub use errors::exit;

/// The command tree with its help texts in the current language.
pub fn localize(cmd: Command) -> Command {
    match super::current() {
        Lang::En => cmd,
        lang => clap_words(localize_tree(cmd, "help", lang), lang),
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

/// Clap's own words in French on the built tree: headings, `-h`/`-V`, the `help`
/// subcommand, default and possible values. The tree is built first (global options
/// propagated, `--help` and `--version` added to every command) so each copy gets them.
fn clap_words(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    let header = *cmd.get_styles().get_header();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{header}{usage}{header:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage = word(lang, "usage"),
    );
    french_command(cmd, lang, &template, "help")
}

fn french_command(mut cmd: Command, lang: Lang, template: &str, key: &str) -> Command {
    let has_args = cmd.get_arguments().next().is_some() || cmd.has_subcommands();
    if has_args {
        cmd = cmd.help_template(template.to_string());
    }
    let long_help =
        cmd.get_arguments().any(|a| a.get_long_help().is_some()) || cmd.get_long_about().is_some();
    cmd = cmd
        .subcommand_help_heading(heading(lang, "commands"))
        .mut_args(|arg| french_arg(arg, lang, long_help));
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            // clap's `help` subcommand, whose children mirror the tree's.
            french_help_subcommand(sub, lang, key)
        } else {
            let sub_key = format!("{key}-{}", sub.get_name());
            french_command(sub, lang, template, &sub_key)
        }
    })
}

fn french_arg(mut arg: clap::Arg, lang: Lang, long_help: bool) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    match id.as_str() {
        "help" if arg.get_long() == Some("help") => {
            arg = if long_help {
                arg.help(word(lang, "help-short"))
                    .long_help(word(lang, "help-long"))
            } else {
                arg.help(word(lang, "help"))
            };
        }
        "version" if arg.get_long() == Some("version") => arg = arg.help(word(lang, "version")),
        _ => {}
    }
    let heading = match arg.get_help_heading() {
        Some(h) if h == GLOBAL_EN => Some(heading(lang, "global")),
        Some(_) => None,
        None if arg.is_positional() => Some(heading(lang, "arguments")),
        None if id == "help" || id == "version" => Some(heading(lang, "global")),
        None => Some(heading(lang, "options")),
    };
    if let Some(heading) = heading {
        arg = arg.help_heading(heading);
    }
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        notes.push(format!("[{} : {}]", word(lang, "default"), defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    // values with a help of their own are listed one a line in `--help`, as clap does
    let mut value_list = None;
    if arg.get_action().takes_values() && !arg.is_hide_possible_values_set() {
        let possible: Vec<clap::builder::PossibleValue> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        let values: Vec<String> = possible.iter().map(|v| v.get_name().to_string()).collect();
        if !values.is_empty() {
            notes.push(format!(
                "[{} : {}]",
                word(lang, "possible-values"),
                values.join(", ")
            ));
            arg = arg.hide_possible_values(true);
        }
        if possible.iter().any(|v| v.get_help().is_some()) {
            value_list = Some(value_lines(lang, &id, &possible));
        }
    }
    if !notes.is_empty() {
        let notes = notes.join(" ");
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let joined = if help.is_empty() {
            notes.clone()
        } else {
            format!("{help} {notes}")
        };
        let long = arg.get_long_help().map(|h| h.to_string());
        match (long, value_list) {
            (long, Some(list)) => {
                let head = long.unwrap_or(help);
                let defaults = notes_without_values(&notes, lang);
                arg = arg.long_help(format!("{head}{defaults}\n\n{list}"));
            }
            (Some(long), None) => arg = arg.long_help(format!("{long}\n\n{notes}")),
            (None, None) => {}
        }
        arg = arg.help(joined);
    }
    arg
}

/// "Valeurs possibles :" and one line per value with its help in `lang` (`checks-value-
/// <arg id>-<value>`, else clap's English help).
fn value_lines(lang: Lang, id: &str, possible: &[clap::builder::PossibleValue]) -> String {
    let width = possible
        .iter()
        .map(|v| v.get_name().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = vec![lookup(lang, "checks-help-possible-values", &[]).unwrap_or_default()];
    for v in possible {
        let name = v.get_name();
        let help = lookup(lang, &value_key(id, name), &[])
            .or_else(|| v.get_help().map(|h| h.to_string()))
            .unwrap_or_default();
        let pad = " ".repeat(width - name.chars().count());
        out.push(format!("- {name}{pad} : {help}"));
    }
    out.join("\n")
}

/// The key of a possible value's help.
fn value_key(id: &str, value: &str) -> String {
    format!("checks-value-{id}-{value}")
}

/// The notes but the possible values (listed apart): " [par défaut : auto]" or "".
fn notes_without_values(notes: &str, lang: Lang) -> String {
    let values = format!("[{} :", word(lang, "possible-values"));
    match notes.find(&values) {
        Some(at) if notes[..at].trim().is_empty() => String::new(),
        Some(at) => format!(" {}", notes[..at].trim_end()),
        None => format!(" {notes}"),
    }
}

fn french_help_subcommand(cmd: Command, lang: Lang, key: &str) -> Command {
    let cmd = cmd
        .about(word(lang, "help-subcommand"))
        .subcommand_help_heading(heading(lang, "commands"))
        .mut_args(|arg| {
            let arg = if arg.is_positional() {
                arg.help_heading(heading(lang, "arguments"))
            } else {
                arg
            };
            arg.help(word(lang, "help-subcommand-arg"))
        });
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return sub.about(word(lang, "help-subcommand"));
        }
        let sub_key = format!("{key}-{}", sub.get_name());
        let sub = match lookup(lang, &sub_key, &[]) {
            Some(about) => sub.about(about),
            None => sub,
        };
        french_help_subcommand_children(sub, lang, &sub_key)
    })
}

fn french_help_subcommand_children(cmd: Command, lang: Lang, key: &str) -> Command {
    cmd.mut_subcommands(|sub| {
        let sub_key = format!("{key}-{}", sub.get_name());
        let sub = match lookup(lang, &sub_key, &[]) {
            Some(about) => sub.about(about),
            None => sub,
        };
        french_help_subcommand_children(sub, lang, &sub_key)
    })
}

/// The English heading of the options every command takes (`src/cli`'s `GLOBAL`).
const GLOBAL_EN: &str = "Global options";

/// A word of clap's (`clap-word` in help.ftl).
fn word(lang: Lang, attr: &str) -> String {
    lookup_attribute(lang, "clap-word", attr).unwrap_or_else(|| attr.to_string())
}

/// A section heading of the help; clap puts the colon right after it, so French
/// typography's space before the colon is part of the heading.
fn heading(lang: Lang, attr: &str) -> &'static str {
    let text = lookup_attribute(lang, "clap-heading", attr).unwrap_or_else(|| attr.to_string());
    interned(format!("{text} "))
}

/// clap takes headings as `&'static str`: each distinct one is kept for the process.
fn interned(text: String) -> &'static str {
    static KEPT: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = kept.iter().find(|k| **k == text) {
        return found;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    kept.push(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::catalogue::FRENCH_HELP;

    /// What help.ftl must hold for the tree: `key` for each command's about, `key.attr`
    /// for its long about and each flag's help and long help.
    fn expected(cmd: &Command, key: &str, out: &mut BTreeSet<String>) {
        assert!(
            cmd.get_about().is_some(),
            "{key}: the command has no English about"
        );
        out.insert(key.to_string());
        if cmd.get_long_about().is_some() {
            out.insert(format!("{key}.long"));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            assert!(arg.get_help().is_some(), "{key}: --{id} has no English help");
            out.insert(format!("{key}.{id}"));
            if arg.get_long_help().is_some() {
                out.insert(format!("{key}.{id}-long"));
            }
        }
        for sub in cmd.get_subcommands() {
            expected(sub, &format!("{key}-{}", sub.get_name()), out);
        }
    }

    /// The keys and attributes of help.ftl's help messages (clap's own words aside).
    fn present() -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut message: Option<String> = None;
        for line in FRENCH_HELP.lines() {
            if let Some((name, _)) = line.split_once(" =")
                && !line.starts_with(' ')
                && !line.starts_with('#')
            {
                let name = name.trim().to_string();
                message = (name == "help" || name.starts_with("help-")).then_some(name);
                if let Some(m) = &message {
                    out.insert(m.clone());
                }
                continue;
            }
            if let (Some(m), Some(rest)) = (&message, line.trim_start().strip_prefix('.'))
                && let Some((name, _)) = rest.split_once(" =")
            {
                out.insert(format!("{m}.{name}"));
            }
        }
        out
    }

    #[test]
    fn the_french_help_covers_every_command_and_flag_and_nothing_else() {
        let mut want = BTreeSet::new();
        expected(
            &<crate::cli::Cli as clap::CommandFactory>::command(),
            "help",
            &mut want,
        );
        assert!(want.len() > 400, "the tree walk found only {} texts", want.len());
        let have = present();
        let missing: Vec<_> = want.difference(&have).collect();
        let unknown: Vec<_> = have.difference(&want).collect();
        assert!(missing.is_empty(), "help.ftl lacks the French of: {missing:?}");
        assert!(
            unknown.is_empty(),
            "help.ftl names what the tree does not have: {unknown:?}"
        );
        for key in &want {
            let text = match key.split_once('.') {
                Some((m, a)) => lookup_attribute(Lang::Fr, m, a),
                None => lookup(Lang::Fr, key, &[]),
            };
            assert!(
                text.is_some_and(|t| !t.trim().is_empty()),
                "{key} is empty in French"
            );
        }
    }

    /// Every possible value with a help of its own has it in both languages.
    #[test]
    fn every_value_help_is_in_both_languages() {
        fn walk(cmd: &Command, seen: &mut BTreeSet<String>) {
            for arg in cmd.get_arguments() {
                for v in arg.get_possible_values() {
                    if v.get_help().is_some() {
                        seen.insert(value_key(arg.get_id().as_str(), v.get_name()));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, seen);
            }
        }
        let mut seen = BTreeSet::new();
        walk(&<crate::cli::Cli as clap::CommandFactory>::command(), &mut seen);
        assert!(seen.contains("checks-value-color-auto"), "{seen:?}");
        for key in &seen {
            for lang in [Lang::En, Lang::Fr] {
                assert!(lookup(lang, key, &[]).is_some(), "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn clap_words_exist_in_french() {
        for attr in ["commands", "arguments", "options", "global"] {
            assert!(
                lookup_attribute(Lang::Fr, "clap-heading", attr).is_some(),
                "heading {attr}"
            );
        }
        for attr in [
            "usage",
            "help",
            "help-short",
            "help-long",
            "version",
            "help-subcommand",
            "help-subcommand-arg",
            "default",
            "possible-values",
            "error",
            "tip",
        ] {
            assert!(
                lookup_attribute(Lang::Fr, "clap-word", attr).is_some(),
                "word {attr}"
            );
        }
    }

    #[test]
    fn the_french_tree_builds_and_keeps_every_flag() {
        let english = <crate::cli::Cli as clap::CommandFactory>::command();
        let french = clap_words(localize_tree(english, "help", Lang::Fr), Lang::Fr);
        french.clone().debug_assert();
        let create = french
            .find_subcommand("invoice")
            .and_then(|c| c.find_subcommand("create"));
        let create = create.expect("invoice create");
        let customer = create.get_arguments().find(|a| a.get_id() == "customer");
        assert_eq!(
            customer
                .and_then(|a| a.get_help())
                .map(|h| h.to_string())
                .as_deref(),
            Some("Code client")
        );
        assert!(
            create.get_arguments().any(|a| a.get_id() == "db"),
            "global flags propagated"
        );
    }
}
