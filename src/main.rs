use std::process::ExitCode;

use creances::error::ErrorKind;

fn main() -> ExitCode {
    match creances::cli::run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            // the README's exit codes, decided here and nowhere else
            ExitCode::from(match err.kind() {
                ErrorKind::Input | ErrorKind::NotFound => 2,
                ErrorKind::Locked | ErrorKind::Unreadable => 3,
                ErrorKind::Failed | ErrorKind::Internal => 1,
            })
        }
    }
}
