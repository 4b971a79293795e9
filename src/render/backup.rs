//! What a backup wrote.

use std::path::Path;

use serde::Serialize;

use super::{Format, print_record};

#[derive(Serialize)]
struct BackupJson {
    file: String,
    bytes: u64,
}

/// `backup`.
pub fn done(format: Format, file: &Path, bytes: u64) {
    let json = BackupJson {
        file: file.display().to_string(),
        bytes,
    };
    let fields = [("backup", json.file.clone()), ("bytes", bytes.to_string())];
    print_record(format, &json, &fields, &[]);
}
