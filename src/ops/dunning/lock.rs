//! The run locks: a file beside the ledger that one run of a kind at a time holds.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// Holds a run's lock file: released when dropped, or by the OS if the process dies.
pub struct RunLock {
    _file: File,
}

impl RunLock {
    /// Takes the dunning lock beside the ledger, waiting up to the busy timeout for
    /// another run.
    pub fn acquire(ledger: &Path) -> Result<RunLock> {
        RunLock::named(ledger, "dunning")
    }

    /// Takes the lock `LEDGER.NAME-lock`, waiting up to the busy timeout for another run.
    pub fn named(ledger: &Path, name: &str) -> Result<RunLock> {
        let mut path = ledger.as_os_str().to_owned();
        path.push(format!(".{name}-lock"));
        let path = PathBuf::from(path);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| {
                Error::Unreadable(crate::t!(
                    "ops-lock-file-open",
                    path = path.display().to_string(),
                    error = e.to_string()
                ))
            })?;
        let wait = std::env::var("CREANCES_BUSY_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(Duration::from_secs(10));
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RunLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::Locked(ledger.to_path_buf()));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::Unreadable(crate::t!(
                        "ops-lock-failed",
                        path = path.display().to_string(),
                        error = e.to_string()
                    )));
                }
            }
        }
    }
}
