//! The audit log's chain: each row's hash covers the previous row's hash and the row's own
//! canonical content, so a row changed, removed or slipped in breaks every hash after it.

use ring::digest::{SHA256, digest};

/// One row of the log as it is hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub event: String,
    pub subject: String,
    pub content: String,
}

/// The SHA-256 of some bytes, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digest = digest(&SHA256, bytes);
    let mut hex = String::with_capacity(2 * digest.as_ref().len());
    for b in digest.as_ref() {
        hex.push(char::from(DIGITS[usize::from(b >> 4)]));
        hex.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    hex
}

/// The hash of `row` after a row whose hash is `prev` (None for the first row). Fields
/// are separated by a byte that no field holds, and the row's id is part of it, so no
/// two different rows hash alike.
pub fn chain_hash(prev: Option<&str>, row: &AuditRow) -> String {
    let text = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        prev.unwrap_or(""),
        row.id,
        row.at,
        row.event,
        row.subject,
        row.content
    );
    sha256_hex(text.as_bytes())
}

/// A walk along a stored chain, one row at a time in id order, so that a log of millions
/// of rows is checked without being held.
#[derive(Debug, Clone, Default)]
pub struct ChainWalk {
    last: Option<String>,
    rows: usize,
    broken_at: Option<i64>,
}

impl ChainWalk {
    /// Takes the next row with its stored `prev` and `hash`.
    pub fn step(&mut self, row: &AuditRow, prev: Option<&str>, hash: Option<&str>) {
        self.rows += 1;
        if self.broken_at.is_some() {
            return;
        }
        let expected = chain_hash(self.last.as_deref(), row);
        if prev != self.last.as_deref() || hash != Some(expected.as_str()) {
            self.broken_at = Some(row.id);
        }
        self.last = Some(expected);
    }

    /// The rows walked.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The id of the first row whose `prev` or `hash` is not what the rows before it give.
    pub fn broken_at(&self) -> Option<i64> {
        self.broken_at
    }
}

/// What `creances verify` found.
#[derive(Debug, Clone, Default)]
pub struct Verification {
    /// Rows of the audit log.
    pub rows: usize,
    /// The first row whose hash does not follow from the rows before it.
    pub broken_at: Option<i64>,
    /// Facts that differ from what the log recorded, or that it never recorded.
    pub facts: Vec<Difference>,
    /// Archived documents missing or changed on disk.
    pub documents: Vec<Difference>,
    pub documents_checked: usize,
}

/// One thing `verify` found changed, as facts: `render::audit` words it (English in JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// A fact the log recorded as `recorded` now reads `now`.
    Changed {
        subject: String,
        event: String,
        recorded: String,
        now: String,
    },
    /// A fact the log never recorded.
    Added {
        subject: String,
        event: String,
        now: String,
    },
    /// A fact the log recorded that is no longer in the ledger.
    Removed {
        subject: String,
        event: String,
        recorded: String,
    },
    /// An archived document whose bytes are not those archived.
    DocumentChanged { file: String, number: String },
    /// An archived document no longer in the documents folder `dir`.
    DocumentMissing {
        file: String,
        number: String,
        dir: String,
    },
}

impl Verification {
    pub fn is_whole(&self) -> bool {
        self.broken_at.is_none() && self.facts.is_empty() && self.documents.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, content: &str) -> AuditRow {
        AuditRow {
            id,
            at: "2026-03-15T10:00:00Z".into(),
            event: "payment".into(),
            subject: format!("payment:{id}"),
            content: content.into(),
        }
    }

    /// A row of the log with its stored `prev` and `hash` (None while unsealed).
    type StoredRow = (AuditRow, Option<String>, Option<String>);

    fn first_broken(rows: &[StoredRow]) -> Option<i64> {
        let mut walk = ChainWalk::default();
        for (row, prev, hash) in rows {
            walk.step(row, prev.as_deref(), hash.as_deref());
        }
        assert_eq!(walk.rows(), rows.len());
        walk.broken_at()
    }

    fn sealed(rows: &[AuditRow]) -> Vec<StoredRow> {
        let mut last: Option<String> = None;
        rows.iter()
            .map(|r| {
                let h = chain_hash(last.as_deref(), r);
                let out = (r.clone(), last.clone(), Some(h.clone()));
                last = Some(h);
                out
            })
            .collect()
    }

    #[test]
    fn a_chain_is_whole_until_a_row_is_changed_removed_or_added() {
        let rows = vec![
            row(1, "{\"amount_cents\":100}"),
            row(2, "{\"amount_cents\":200}"),
            row(3, "{}"),
        ];
        let chain = sealed(&rows);
        assert_eq!(first_broken(&chain), None);
        let mut changed = chain.clone();
        changed[1].0.content = "{\"amount_cents\":900}".into();
        assert_eq!(first_broken(&changed), Some(2));
        let mut removed = chain.clone();
        removed.remove(1);
        assert_eq!(first_broken(&removed), Some(3));
        let mut unsealed = chain.clone();
        unsealed[2].2 = None;
        assert_eq!(first_broken(&unsealed), Some(3));
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
