use std::process::ExitCode;

fn main() -> ExitCode {
    match creances::cli::run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.kind().exit_code())
        }
    }
}
