//! What a backup wrote.

use std::path::Path;

use serde::Serialize;

use super::dunning::words::{borrowed, fields, machine_words};
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
    let _english = machine_words(format);
    let fields = fields([("backup", json.file.clone()), ("bytes", bytes.to_string())]);
    print_record(format, &json, &borrowed(&fields), &[]);
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_label_of_a_backup_reads_in_both_languages() {
        crate::render::dunning::words::tests::every_column(&["backup", "bytes"]);
    }
}
