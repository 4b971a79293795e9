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
