//! Closed periods and `creances verify`: the books handed over stay as they were, and
//! anything changed behind the program's back is found.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Ledger;
use crate::domain::audit::{Verification, first_broken, sha256_hex};
use crate::error::{Result, invalid};
use crate::store::audit as store;

impl Ledger {
    /// Closes the books up to `until` (inclusive): from then on nothing may be recorded
    /// with a date on or before it. Closing only moves forward, and not past `today`.
    pub fn close_period(&mut self, until: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
        if until > today {
            return invalid(format!(
                "--until {until} is after today ({today}): a period is closed once it is over"
            ));
        }
        self.write(|tx| {
            if let Some(closed) = store::closed_until(tx)?.filter(|c| *c >= until) {
                return invalid(format!(
                    "the books are already closed up to {closed}: a closed period stays closed; give a later --until"
                ));
            }
            store::close_period(tx, until, today)?;
            Ok(until)
        })
    }

    /// The latest closing day, if any.
    pub fn closed_until(&mut self) -> Result<Option<NaiveDate>> {
        self.read(store::closed_until)
    }

    /// Recomputes the audit log's chain, compares every payment, allocation, issued
    /// invoice and write-off with what the log recorded, and checks the archived PDFs
    /// against their recorded SHA-256.
    pub fn verify(&mut self) -> Result<Verification> {
        let documents_dir = super::documents::documents_dir(self.path());
        self.read(|tx| {
            let chain = store::chain(tx)?;
            let mut out = Verification {
                rows: chain.len(),
                broken_at: first_broken(&chain),
                ..Verification::default()
            };
            // what the log says of each fact, the latest row winning
            let mut logged: HashMap<(String, String), String> = HashMap::new();
            for (row, _, _) in &chain {
                if matches!(row.event.as_str(), "issue" | "write_off" | "payment" | "allocation") {
                    logged.insert((row.subject.clone(), row.event.clone()), row.content.clone());
                }
            }
            for (subject, event, content) in store::current_facts(tx)? {
                match logged.remove(&(subject.clone(), event.clone())) {
                    Some(recorded) if recorded == content => {}
                    Some(recorded) => out.facts.push(format!(
                        "{subject} ({event}) was changed outside creances: the log recorded {recorded}, the ledger now says {content}"
                    )),
                    None => out.facts.push(format!(
                        "{subject} ({event}) is not in the log: it was added outside creances ({content})"
                    )),
                }
            }
            let mut gone: Vec<_> = logged.into_iter().collect();
            gone.sort();
            for ((subject, event), recorded) in gone {
                out.facts.push(format!(
                    "{subject} ({event}) was removed outside creances: the log recorded {recorded}"
                ));
            }
            for (number, file, sha256) in store::archives(tx)? {
                out.documents_checked += 1;
                match std::fs::read(documents_dir.join(&file)) {
                    Ok(bytes) if sha256_hex(&bytes) == sha256 => {}
                    Ok(_) => out.documents.push(format!("{file} ({number}) differs from the document archived")),
                    Err(_) => out.documents.push(format!("{file} ({number}) is missing from {}", documents_dir.display())),
                }
            }
            Ok(out)
        })
    }
}
