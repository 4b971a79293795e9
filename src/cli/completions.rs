//! `creances completions SHELL`: completion scripts printed by the binary itself.

use clap::Args;
use clap_complete::Shell;

/// Print the shell completion script (bash, zsh, fish, powershell, elvish)
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> crate::error::Result<()> {
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "creances", &mut out);
    crate::render::emit(&String::from_utf8_lossy(&out));
    Ok(())
}
