//! The library's one error: a kind that decides the exit code, and the user's words.
//!
//! Every layer above the pure domain returns this type. The kind is set where the failure
//! is understood (the store knows a busy database, an operation knows a refused input) and
//! is never lost on the way up: `main` reads it once to choose the exit code.

use std::path::{Path, PathBuf};

use crate::domain::DomainError;

/// What kind of failure, as the user and the exit code see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad usage or bad input: nothing was changed (exit 2).
    Input,
    /// A thing named by the user does not exist (exit 2).
    NotFound,
    /// Another process holds the ledger longer than the busy timeout (exit 3).
    Locked,
    /// The ledger is missing, not a ledger, damaged or from a newer creances (exit 3).
    Unreadable,
    /// The work, or part of it, failed: a mail not sent, a file not written (exit 1).
    Failed,
    /// A bug or an unexpected database error (exit 1).
    Internal,
}

/// A failure with its kind and a message that names the thing and the fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{}", locked_message(.0))]
    Locked(PathBuf),
    #[error("{0}")]
    Unreadable(String),
    #[error("{0}")]
    Failed(String),
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl ErrorKind {
    /// The README's exit codes, decided here and nowhere else.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Input | ErrorKind::NotFound => 2,
            ErrorKind::Locked | ErrorKind::Unreadable => 3,
            ErrorKind::Failed | ErrorKind::Internal => 1,
        }
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Input(_) => ErrorKind::Input,
            Error::NotFound(_) => ErrorKind::NotFound,
            Error::Locked(_) => ErrorKind::Locked,
            Error::Unreadable(_) => ErrorKind::Unreadable,
            Error::Failed(_) => ErrorKind::Failed,
            Error::Internal(_) => ErrorKind::Internal,
        }
    }

    pub fn input(message: impl Into<String>) -> Self {
        Error::Input(message.into())
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::NotFound(message.into())
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Error::Failed(message.into())
    }

    /// The same kind, the message put in context: `"{prefix}: {message}"` by `wrap`.
    pub fn map_message(self, wrap: impl FnOnce(String) -> String) -> Self {
        match self {
            Error::Input(m) => Error::Input(wrap(m)),
            Error::NotFound(m) => Error::NotFound(wrap(m)),
            Error::Locked(p) => Error::Locked(p),
            Error::Unreadable(m) => Error::Unreadable(wrap(m)),
            Error::Failed(m) => Error::Failed(wrap(m)),
            Error::Internal(m) => Error::Internal(wrap(m)),
        }
    }

    /// A lock or an unreadable file named after the ledger that was being opened.
    pub fn at_ledger(self, path: &Path) -> Self {
        match self {
            Error::Locked(_) => Error::Locked(path.to_path_buf()),
            Error::Unreadable(m) if m == not_a_database() => Error::Unreadable(crate::t!(
                "ops-ledger-not-a-database",
                path = path.display().to_string()
            )),
            Error::Unreadable(m) if m == damaged() => {
                Error::Unreadable(crate::t!("ops-ledger-damaged", path = path.display().to_string()))
            }
            Error::Unreadable(m) if m == read_only() => Error::Unreadable(crate::t!(
                "ops-ledger-read-only",
                path = path.display().to_string()
            )),
            other => other,
        }
    }
}

/// Shorthand for an input error.
pub fn invalid<T>(message: impl Into<String>) -> Result<T> {
    Err(Error::Input(message.into()))
}

fn locked_message(path: &Path) -> String {
    crate::t!("ops-ledger-locked", path = path.display().to_string())
}

// The short texts of failures met below the ledger's name; `at_ledger` recognises them
// (the language is chosen once per process, so the comparison holds in both).
fn not_a_database() -> String {
    crate::t!("ops-file-not-a-database")
}
fn closed_period() -> String {
    crate::t!("ops-closed-period")
}
fn damaged() -> String {
    crate::t!("ops-file-damaged")
}
fn read_only() -> String {
    crate::t!("ops-file-read-only")
}
fn disk_full() -> String {
    crate::t!("ops-disk-full")
}

impl From<DomainError> for Error {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid(m) => Error::Input(m),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        if e.to_string().contains("creances: closed period") {
            return Error::Input(closed_period());
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Locked(PathBuf::from("file")),
            Some(ErrorCode::NotADatabase) => Error::Unreadable(not_a_database()),
            Some(ErrorCode::DatabaseCorrupt) => Error::Unreadable(damaged()),
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                Error::Unreadable(read_only())
            }
            Some(ErrorCode::DiskFull) => Error::Failed(disk_full()),
            _ => Error::Internal(crate::t!("ops-database-error", error = e.to_string())),
        }
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        rusqlite::Error::from(e).into()
    }
}

impl From<dialoguer::Error> for Error {
    fn from(e: dialoguer::Error) -> Self {
        Error::Input(crate::t!("ops-prompt-interrupted", error = e.to_string()))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull => Error::Failed(disk_full()),
            _ => Error::Failed(e.to_string()),
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        Error::Failed(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, Lang, tr_in};

    fn en(key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
        tr_in(Lang::En, key, &args).expect("an English message")
    }

    /// Messages whose English is chosen by a code keep the words they had before the
    /// catalogue (other tests grep them).
    #[test]
    fn english_messages_chosen_by_a_code_read_as_before() {
        assert_eq!(
            en(
                "ops-invoice-not-sent",
                &[("number", "FACT-1"), ("issued_now", "yes"), ("error", "boom")]
            ),
            "FACT-1 was not sent (it is issued and archived): boom; send it again with `creances invoice send FACT-1`"
        );
        assert_eq!(
            en(
                "ops-invoice-not-sent",
                &[("number", "FACT-1"), ("issued_now", "no"), ("error", "boom")]
            ),
            "FACT-1 was not sent: boom; send it again with `creances invoice send FACT-1`"
        );
        assert_eq!(
            en(
                "ops-invoice-already-paid",
                &[("invoice", "FACT-1"), ("verb", "written-off")]
            ),
            "invoice FACT-1 is already paid: nothing left to be written off"
        );
        assert_eq!(
            en(
                "ops-dated-before-issue",
                &[
                    ("what", "applying-credit"),
                    ("date", "2026-01-01"),
                    ("invoice", "FACT-1"),
                    ("issued", "2026-02-01")
                ]
            ),
            "applying credit dated 2026-01-01 is before FACT-1 was issued (2026-02-01): give a --date on or after 2026-02-01"
        );
        assert_eq!(
            en(
                "ops-invoice-issued-immutable",
                &[("kind", "credit-note"), ("number", "AV-1"), ("verb", "edited")]
            ),
            "credit note AV-1 is issued and cannot be edited: issued documents are immutable; make a credit note with `creances invoice credit AV-1 --reason ...`"
        );
        assert_eq!(
            en(
                "ops-dunning-settled",
                &[("invoice", "FACT-1"), ("status", "written-off")]
            ),
            "invoice FACT-1 is written off: no reminder"
        );
        assert_eq!(
            en(
                "ops-smtp-not-tls",
                &[("server", "h:465"), ("port", "465"), ("security", "other")]
            ),
            "the mail server h:465 does not speak TLS on port 465 (it answered in plain text): check security and port in [email.smtp]"
        );
    }
}
