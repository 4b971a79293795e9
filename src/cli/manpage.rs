//! `creances manpage [COMMAND]...`: the manual page of creances or of one of its
//! commands, printed by the binary itself. `man/` holds one page per command and
//! subcommand; tests/cli/manpages.rs keeps them fresh.

use clap::Args;

use crate::error::{Error, Result};

/// Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`
#[derive(Debug, Args)]
pub struct ManpageArgs {
    /// The command, e.g. `invoice send`; none for the page of creances itself
    command: Vec<String>,
}

pub fn run(args: ManpageArgs) -> Result<()> {
    let file = format!("{}.1", page_name(&args.command));
    match pages().into_iter().find(|(name, _)| *name == file) {
        Some((_, text)) => {
            crate::render::emit(&text);
            Ok(())
        }
        None => Err(Error::Input(crate::t!(
            "cli-manpage-unknown",
            command = args.command.join(" ")
        ))),
    }
}

/// `creances-invoice-send` for `invoice send`: the name clap gives the subcommand.
fn page_name(command: &[String]) -> String {
    std::iter::once("creances")
        .chain(command.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-")
}

/// Every manual page, as (file name, roff text): one for creances and one for each
/// command and subcommand that `--help` shows (not the hidden ones, not `help`).
pub fn pages() -> Vec<(String, String)> {
    let mut cmd = super::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut out);
    out
}

fn collect(cmd: &clap::Command, out: &mut Vec<(String, String)>) {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut roff = Vec::new();
    man.render(&mut roff).expect("rendering into memory cannot fail");
    out.push((man.get_filename(), String::from_utf8_lossy(&roff).into_owned()));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, out);
    }
}
