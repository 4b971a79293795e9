//! Documents of record: the archived PDF of an issued document, and each send by mail.

use chrono::NaiveDate;

/// The archived first PDF of an issued invoice or credit note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archived {
    /// File name inside the documents folder.
    pub file: String,
    pub sha256: String,
    pub size: i64,
}

/// What a send was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Invoice(i64),
    Offer(i64),
}

/// One mail that carried a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Send {
    pub sent_on: NaiveDate,
    pub sent_at: String,
    pub recipient: String,
    pub message_id: String,
    pub sha256: String,
    pub transport: String,
}
