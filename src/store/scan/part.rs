//! Whose dated history a scan reads: all of it, or part through the settlement record.

use crate::store::settlement::Recorded;

/// Whose dated history a scan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Every invoice's.
    All,
    /// The open invoices' alone, through the settlement record, on a day it answers
    /// for: for passes that count open balances alone (the aged balance).
    Open,
    /// On a day the settlement record answers for: the history of the invoices read at
    /// a rate, of those with an event on or after the day number `since`, and of the
    /// open ones when `open`. Every other invoice is read from the record alone, its
    /// sums dated on its last day: the same balances, payments and credits on any day
    /// from `since` on, and none of them inside a period starting then.
    Recent { since: i64, open: bool },
    /// The open invoices of the customers a plan works on at the moment, on a day the
    /// record answers for (see [`crate::store::settlement::Reach::Chunk`]).
    Chunk,
}

impl Part {
    /// The ids of the invoices whose history is read, as a sub-select (None: all).
    pub(super) fn ids_sql(self) -> Option<String> {
        match self {
            Part::All => None,
            Part::Open => Some(crate::store::settlement::OPEN_IDS.to_string()),
            Part::Chunk => Some(crate::store::plan_lines::CHUNK_IDS.to_string()),
            // one search of each index: SQLite reads the whole table for an OR of them
            Part::Recent { since, open } => Some(format!(
                "SELECT invoice_id FROM settlement WHERE converted = 1
                 UNION ALL SELECT invoice_id FROM settlement WHERE last_day >= {since}{}",
                if open {
                    format!(" UNION ALL {}", crate::store::settlement::OPEN_IDS)
                } else {
                    String::new()
                }
            )),
        }
    }

    /// [`Part::ids_sql`] as a condition on a row `s` of the record (None: all).
    pub(super) fn row_sql(self) -> Option<String> {
        match self {
            Part::All => None,
            Part::Open => Some("s.settled_day IS NULL".into()),
            Part::Chunk => Some(format!(
                "s.invoice_id IN ({})",
                crate::store::plan_lines::CHUNK_IDS
            )),
            Part::Recent { since, open } => Some(format!(
                "(s.converted = 1 OR s.last_day >= {since}{})",
                if open { " OR s.settled_day IS NULL" } else { "" }
            )),
        }
    }

    /// Whether the invoice of this row of the record has its history read.
    pub(super) fn reads_history(self, r: &Recorded) -> bool {
        match self {
            Part::All => true,
            Part::Open | Part::Chunk => r.open,
            Part::Recent { since, open } => r.converted || r.last_day >= since || (open && r.open),
        }
    }
}
