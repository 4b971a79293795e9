fn walk(cmd: &clap::Command, key: &str) {
    let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
    println!("{key} = {about}");
    if let Some(l) = cmd.get_long_about() { println!("    .long = {}", l.to_string().replace('\n', "\n        ")); }
    for a in cmd.get_arguments() {
        if a.is_global_set() && key != "help" { continue; }
        let id = a.get_id().as_str();
        if id == "help" || id == "version" { continue; }
        if let Some(h) = a.get_help() { println!("    .{id} = {}", h.to_string()); }
        if let Some(h) = a.get_long_help() { println!("    .{id}-long = {}", h.to_string().replace('\n', "\n        ")); }
    }
    println!();
    for s in cmd.get_subcommands() { walk(s, &format!("{key}-{}", s.get_name())); }
}
fn main() { walk(&creances::cli::command(), "help"); }
