//! Where things live: the ledger path and, later, the config file.

use std::path::PathBuf;

/// The ledger used when neither --db nor CREANCES_DB is given:
/// the platform data dir (e.g. ~/.local/share/creances/ledger.sqlite).
pub fn default_ledger_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "creances")
        .map(|d| d.data_dir().join("ledger.sqlite"))
        .unwrap_or_else(|| PathBuf::from("creances.sqlite"))
}

/// The demo ledger's default place: the current folder, never the real ledger.
pub fn default_demo_path() -> PathBuf {
    PathBuf::from("creances-demo.sqlite")
}
