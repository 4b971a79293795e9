//! Closed periods and `creances verify`: the books handed over stay as they were, and
//! anything changed behind the program's back is found.

use chrono::NaiveDate;

use super::Ledger;
use crate::domain::audit::{ChainWalk, Difference, Verification, sha256_hex};
use crate::error::{Result, invalid};
use crate::store::audit as store;

impl Ledger {
    /// Closes the books up to `until` (inclusive): from then on nothing may be recorded
    /// with a date on or before it. Closing only moves forward, and not past `today`.
    pub fn close_period(&mut self, until: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
        if until > today {
            return invalid(crate::t!(
                "ops-close-until-future",
                until = until.to_string(),
                today = today.to_string()
            ));
        }
        self.write(|tx| {
            if let Some(closed) = store::closed_until(tx)?.filter(|c| *c >= until) {
                return invalid(crate::t!("ops-close-already", closed = closed.to_string()));
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
            let mut walk = ChainWalk::default();
            store::walk_chain(tx, |row, prev, hash| walk.step(row, prev, hash))?;
            let mut out = Verification {
                rows: walk.rows(),
                broken_at: walk.broken_at(),
                ..Verification::default()
            };
            store::facts_not_as_logged(tx, |subject, event, now, recorded| {
                let (subject, event) = (subject.to_string(), event.to_string());
                out.facts.push(match (now, recorded) {
                    (Some(now), Some(recorded)) => Difference::Changed {
                        subject,
                        event,
                        recorded: recorded.to_string(),
                        now: now.to_string(),
                    },
                    (Some(now), None) => Difference::Added {
                        subject,
                        event,
                        now: now.to_string(),
                    },
                    (None, recorded) => Difference::Removed {
                        subject,
                        event,
                        recorded: recorded.map(|r| r.to_string()).unwrap_or_default(),
                    },
                })
            })?;
            for (number, file, sha256) in store::archives(tx)? {
                out.documents_checked += 1;
                match std::fs::read(documents_dir.join(&file)) {
                    Ok(bytes) if sha256_hex(&bytes) == sha256 => {}
                    Ok(_) => out.documents.push(Difference::DocumentChanged { file, number }),
                    Err(_) => out.documents.push(Difference::DocumentMissing {
                        file,
                        number,
                        dir: documents_dir.display().to_string(),
                    }),
                }
            }
            Ok(out)
        })
    }
}
