//! Every command, subcommand, argument and flag says in `--help` what it is for.

/// The commands and arguments of `cmd` and below it that have no help text, by path.
fn without_help(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if id == "help" || id == "version" || arg.is_hide_set() {
            continue;
        }
        if arg.get_help().is_none() && arg.get_long_help().is_none() {
            missing.push(format!("{path} <{id}>"));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        let sub_path = format!("{path} {}", sub.get_name());
        if sub.get_about().is_none() && sub.get_long_about().is_none() {
            missing.push(sub_path.clone());
        }
        without_help(sub, &sub_path, missing);
    }
}

#[test]
fn every_command_and_flag_has_help() {
    let mut cmd = creances::cli::command();
    cmd.build();
    let mut missing = Vec::new();
    without_help(&cmd, "creances", &mut missing);
    assert!(
        missing.is_empty(),
        "{} commands or arguments have no help text (add a `///` line): {missing:#?}",
        missing.len()
    );
}

#[test]
fn global_options_have_their_own_section() {
    let env = crate::common::TestEnv::empty();
    let help = env.ok(&["invoice", "list", "--help"]);
    let section = help
        .split("Global options:")
        .nth(1)
        .expect("`invoice list --help` has a `Global options:` section");
    for flag in ["--db", "--as-of", "--format", "--color", "--config"] {
        assert!(
            section.contains(flag),
            "{flag} is not under Global options:\n{help}"
        );
    }
}
