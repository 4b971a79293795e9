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

/// The columns of an issued invoice that the settlement record holds too
/// (migration 026), by their names in each table; days are day numbers there, which
/// [`super::stored_date`] reads as dates. `write_off_cents` is read with `written_off_on`: the
/// record holds the amount of a write-off that has its day, 0 for none.
const RECORD_COLUMNS: [(&str, &str); 11] = [
    ("customer_id", "customer_id"),
    ("number", "number"),
    ("issue_date", "issue_day"),
    ("due_date", "due_day"),
    ("sent_on", "sent_day"),
    ("total_cents", "total_cents"),
    ("written_off_on", "written_off_day"),
    ("write_off_cents", "written_off_cents"),
    ("currency", "currency"),
    ("penalty_rate", "penalty_rate"),
    ("exchange_rate", "exchange_rate"),
];

/// The invoices of `part` read from the settlement record, when it holds every column
/// asked for: the open ones (all of them, or those being planned) from its partial index
/// of them alone, since their rows in the invoice table lie all over ten years of
/// history; the recent ones (and those at a rate) from its rows, narrower than the
/// invoices', merged in id order with the older open ones from the index.
pub(super) fn record_rows_sql(columns: &str, part: Part) -> Option<String> {
    let mut named = Vec::new();
    for column in columns.split(',').map(str::trim) {
        let (_, ours) = RECORD_COLUMNS.iter().find(|(theirs, _)| *theirs == column)?;
        named.push(*ours);
    }
    let open_rows = |condition: &str| {
        format!(
            "SELECT invoice_id, {} FROM settlement INDEXED BY settlement_open
             WHERE settled_day IS NULL{condition}",
            named.join(", ")
        )
    };
    match part {
        Part::Open => Some(format!("{} ORDER BY invoice_id", open_rows(""))),
        Part::Chunk => Some(format!(
            "{} ORDER BY invoice_id",
            open_rows(&format!(
                " AND invoice_id IN ({})",
                crate::store::plan_lines::CHUNK_IDS
            ))
        )),
        Part::Recent { since, open } => {
            let ids = Part::Recent { since, open: false }.ids_sql()?;
            let recent = format!(
                "SELECT invoice_id, {} FROM settlement WHERE invoice_id IN ({ids})",
                named.join(", ")
            );
            if !open {
                return Some(format!("{recent} ORDER BY invoice_id"));
            }
            let older = open_rows(&format!(" AND converted = 0 AND last_day < {since}"));
            Some(format!("{recent} UNION ALL {older} ORDER BY 1"))
        }
        // the full history reads the invoice table: the reference the tests compare the
        // record's passes with
        Part::All => None,
    }
}
