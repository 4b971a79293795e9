//! A copy of the whole ledger, to keep elsewhere and restore from.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Ledger;
use crate::error::Result;
use crate::files::Target;

/// A backup made.
#[derive(Debug, Clone)]
pub struct Backup {
    pub file: PathBuf,
    pub bytes: u64,
}

impl Ledger {
    /// Copies the ledger, as one consistent snapshot, to `out`, else to
    /// `LEDGER-backups/LEDGER-DAY.sqlite` beside it. The copy is written whole or not at
    /// all, checked to read back, and private to the user (0600).
    pub fn backup(&mut self, out: Option<&Path>, day: NaiveDate) -> Result<Backup> {
        let dir = crate::config::beside_ledger(self.path(), "backups");
        let stem = self
            .path()
            .file_stem()
            .map(|s| {
                s.to_string_lossy()
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || matches!(c, '-' | '_') {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect::<String>()
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "ledger".into());
        let name = format!("{stem}-{day}.sqlite");
        let target = match out {
            Some(path) => Target::Chosen { path, flag: "--out" },
            None => Target::Kept {
                dir: &dir,
                name: &name,
            },
        };
        let part = self.files.begin(target)?;
        self.db.copy_into(part.temporary_path())?;
        // measured before it lands: `--out -` lands on the standard output
        let bytes = std::fs::metadata(part.temporary_path())?.len();
        let file = part.finish()?;
        Ok(Backup { file, bytes })
    }
}
