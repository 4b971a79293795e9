use std::process::ExitCode;

fn main() -> ExitCode {
    match creances::cli::run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", creances::t!("common-error", message = err.to_string()));
            ExitCode::from(err.kind().exit_code())
        }
    }
}
