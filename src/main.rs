fn main() -> std::process::ExitCode {
    creances::cli::main()
}
