//! What the commands do to the ledger: the domain's rules applied inside one store
//! transaction. The CLI parses and prints; everything that decides lives here or in domain/.

pub mod bank;
pub mod customer;
pub mod documents;
pub mod dunning;
pub mod export;
pub mod import;
pub mod invoice;
pub mod offer;
pub mod payment;
pub mod report;

use chrono::NaiveDate;

/// The day every fact recorded so far counts: used when a command needs the invoice as
/// it stands with all its payments, whatever `--as-of` says.
pub const END_OF_TIME: NaiveDate = NaiveDate::MAX;
