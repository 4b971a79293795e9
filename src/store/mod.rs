//! The SQLite ledger: opening, migrations, transactions, and one file per table family.

pub mod audit;
pub mod bank;
pub mod company;
pub mod customer;
pub mod daily;
pub mod delivery;
pub mod document;
pub mod dunning;
pub mod import;
pub mod invoice;
pub mod issued;
pub mod lines;
pub mod offer;
pub mod payment;
pub mod period;
pub mod plan_lines;
pub mod product;
pub mod recurring;
pub mod report;
pub mod scan;
pub mod schedule;
pub mod score;
pub mod sepa;
pub mod settlement;
pub mod story;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::domain::money::Currency;
use crate::error::{Error, Result, invalid};

/// Every migration in order; the first is the whole schema. `PRAGMA user_version`
/// records how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/002_dunning.sql"),
    include_str!("../../migrations/003_documents.sql"),
    include_str!("../../migrations/004_bank.sql"),
    include_str!("../../migrations/005_audit.sql"),
    include_str!("../../migrations/006_sending.sql"),
    include_str!("../../migrations/007_payment_name.sql"),
    include_str!("../../migrations/008_delivery.sql"),
    include_str!("../../migrations/009_recurring.sql"),
    include_str!("../../migrations/010_credit_limit.sql"),
    include_str!("../../migrations/011_currency.sql"),
    include_str!("../../migrations/012_billing.sql"),
    include_str!("../../migrations/013_delivery_notes_and_direct_debit.sql"),
    include_str!("../../migrations/014_customer_block.sql"),
    include_str!("../../migrations/015_lookup.sql"),
    include_str!("../../migrations/016_recurring_edit.sql"),
    include_str!("../../migrations/017_settlement.sql"),
    include_str!("../../migrations/018_item_indexes.sql"),
    include_str!("../../migrations/019_customer_date_indexes.sql"),
    include_str!("../../migrations/020_paid_up_day.sql"),
    include_str!("../../migrations/021_customer_money.sql"),
    include_str!("../../migrations/022_payment_behaviour.sql"),
    include_str!("../../migrations/023_invoice_order.sql"),
    include_str!("../../migrations/024_direct_debit_index.sql"),
    include_str!("../../migrations/025_open_by_customer.sql"),
    include_str!("../../migrations/026_open_rows.sql"),
    include_str!("../../migrations/027_reminder_days.sql"),
    include_str!("../../migrations/028_open_steps.sql"),
];

/// The migration that starts the audit log.
const AUDIT_MIGRATION: usize = 5;

/// How long a command waits for another process holding the ledger before giving up.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open ledger file.
pub struct Db {
    conn: Connection,
    path: PathBuf,
}

impl Db {
    /// Creates a new ledger file with the schema. Refuses to touch an existing file.
    pub fn create(path: &Path) -> Result<Db> {
        if path.is_dir() {
            return invalid(crate::t!(
                "ops-ledger-create-folder",
                path = path.display().to_string(),
                file = path.join("ledger.sqlite").display().to_string()
            ));
        }
        if path.exists() {
            return invalid(crate::t!("ops-ledger-exists", path = path.display().to_string()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::Unreadable(crate::t!(
                    "ops-folder-create",
                    path = dir.display().to_string(),
                    error = e.to_string()
                ))
            })?;
        }
        // the file exists, private to the user, before SQLite opens it: its -wal and -shm
        // files take the same permissions, whatever the umask
        create_private_file(path).map_err(|e| {
            Error::Unreadable(crate::t!(
                "ops-ledger-create",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::Unreadable(crate::t!(
                "ops-ledger-create",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let mut ledger = Db {
            conn,
            path: path.to_path_buf(),
        };
        ledger.configure()?;
        ledger.migrate()?;
        Ok(ledger)
    }

    /// Opens an existing ledger and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Db> {
        if path.is_dir() {
            return invalid(crate::t!(
                "ops-ledger-is-folder",
                path = path.display().to_string(),
                file = path.join("ledger.sqlite").display().to_string()
            ));
        }
        if !path.exists() {
            return invalid(crate::t!("ops-ledger-missing", path = path.display().to_string()));
        }
        if !path.is_file() {
            return Err(Error::Unreadable(crate::t!(
                "ops-ledger-not-a-file",
                path = path.display().to_string()
            )));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::Unreadable(crate::t!(
                "ops-ledger-open",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let mut ledger = Db {
            conn,
            path: path.to_path_buf(),
        };
        // read before anything is written: another program's database is left untouched
        let version: i64 = ledger
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| ledger.explain(e.into()))?;
        if version == 0 {
            return Err(Error::Unreadable(crate::t!(
                "ops-ledger-foreign",
                path = path.display().to_string()
            )));
        }
        ledger.configure().map_err(|e| ledger.explain(e))?;
        ledger.migrate().map_err(|e| ledger.explain(e))?;
        Ok(ledger)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&mut self) -> Result<()> {
        let timeout = std::env::var("CREANCES_BUSY_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(DEFAULT_BUSY_TIMEOUT);
        self.conn.busy_timeout(timeout)?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Unreadable(crate::t!(
                "ops-ledger-no-wal",
                path = self.path.display().to_string(),
                mode = mode
            )));
        }
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        // 32 MiB of page cache: exports look rows up across a large file
        self.conn.pragma_update(None, "cache_size", -32768)?;
        // sorts, groupings and temporary tables larger than the cache go to a file: the
        // bundled SQLite keeps them in memory by default, which grows with the ledger
        self.conn.pragma_update(None, "temp_store", "FILE")?;
        Ok(())
    }

    /// Runs the migrations not yet applied, all in one transaction.
    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(Error::Unreadable(crate::t!(
                "ops-ledger-newer",
                path = self.path.display().to_string(),
                version = version,
                known = known
            )));
        }
        if version == known {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).map_err(|e| {
                Error::Unreadable(crate::t!(
                    "ops-ledger-migration",
                    path = self.path.display().to_string(),
                    version = version,
                    target = (i + 1) as i64,
                    error = e.to_string()
                ))
            })?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            if i + 1 == AUDIT_MIGRATION {
                audit::adopt_existing(&tx)?;
            }
        }
        audit::seal_pending(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Copies the whole ledger, as one consistent snapshot, into `copy` (a new or empty
    /// file), then checks the copy reads back whole.
    pub fn copy_into(&mut self, copy: &Path) -> Result<()> {
        let target = copy.to_str().ok_or_else(|| {
            Error::Input(crate::t!(
                "ops-backup-not-utf8",
                path = copy.display().to_string()
            ))
        })?;
        self.conn
            .execute("VACUUM INTO ?1", [target])
            .map_err(|e| self.explain(e.into()))?;
        let check = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let verdict: String = check.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if verdict != "ok" {
            return Err(Error::Failed(crate::t!(
                "ops-backup-incomplete",
                path = copy.display().to_string(),
                verdict = verdict
            )));
        }
        Ok(())
    }

    /// Runs `work` in one write transaction, taken at once (BEGIN IMMEDIATE) so that
    /// concurrent writers queue instead of failing half-way. Nothing is written unless
    /// `work` succeeds.
    pub fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| relabel(e.into(), &path))?;
        let out = work(&tx).map_err(|e| relabel(e, &path))?;
        // what the triggers logged goes onto the chain in the same transaction
        audit::seal_pending(&tx).map_err(|e| relabel(e, &path))?;
        tx.commit().map_err(|e| relabel(e.into(), &path))?;
        Ok(out)
    }

    /// `write` for a bulk load (imports of many rows). Each of its many small statements
    /// keeps a statement journal (the audit triggers and the UNIQUE keys may abort it):
    /// with temporary storage in files, SQLite writes those few pages to a temporary
    /// file once one statement has spilled, a system call per page per row, half the
    /// time of an import. Here they stay in memory (a few pages each, dropped at the
    /// statement's end); `import::BulkLoad::end` puts its sorts back on disk.
    pub fn write_bulk<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        let out = self.write(work);
        let restored = self.conn.pragma_update(None, "temp_store", "FILE");
        let out = out?;
        restored?;
        Ok(out)
    }

    /// `write` that fills a ledger just created, which no other process has open (the
    /// synthetic ledger of the benchmarks). In WAL mode every page of one big
    /// transaction is written to the WAL first, which grows to the ledger's own size (16
    /// GB at ten million invoices) before the checkpoint copies it all a second time.
    /// Under a rollback journal the new pages go straight into the file: pages past the
    /// end of the file when the transaction began have nothing to journal. WAL is back on
    /// once it is committed or rolled back.
    pub fn write_fresh<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        debug_assert_eq!(mode, "delete");
        let out = self.write(work);
        let wal: rusqlite::Result<String> =
            self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0));
        let out = out?;
        wal?;
        Ok(out)
    }

    /// Read access: one consistent snapshot for the whole command.
    pub fn read<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| relabel(e.into(), &path))?;
        work(&tx).map_err(|e| relabel(e, &path))
    }

    fn explain(&self, e: Error) -> Error {
        relabel(e, &self.path)
    }
}

/// A new empty file readable and writable by its owner only (0600 on Unix).
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}

fn relabel(e: Error, path: &Path) -> Error {
    e.at_ledger(path)
}

/// Runs `f` with the page cache cut to `1 / share` of its size, then puts it back: a
/// pass that reads each page once (a day's dunning plan, each reminded customer's
/// credit) gains nothing from a large cache, and a cache it filled would be held beside
/// what the pass keeps.
pub(crate) fn with_cache_share<T>(
    conn: &rusqlite::Connection,
    share: i64,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", cache / share)?;
    let done = f();
    conn.pragma_update(None, "cache_size", cache)?;
    done
}

/// `AND column = ?n` when filtering on an id, else nothing: the usual
/// `(?n IS NULL OR column = ?n)` keeps SQLite from using the column's index.
pub(crate) fn and_equals(column: &str, n: usize, id: Option<i64>) -> String {
    match id {
        Some(_) => format!(" AND {column} = ?{n}"),
        None => format!(" AND ?{n} IS NULL"),
    }
}

/// A document by its number through the number's index (as typed, then in capitals),
/// with a case-blind scan only when both miss.
pub(crate) fn find_by_number<T>(
    tx: &Transaction,
    header: &str,
    column: &str,
    number: &str,
    from_row: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Option<T>> {
    use rusqlite::OptionalExtension;
    for (key, collate) in [
        (number.to_string(), ""),
        (number.to_uppercase(), ""),
        (number.to_string(), " COLLATE NOCASE"),
    ] {
        let found = tx
            .query_row(&by_number_sql(header, column, collate), [&key], &from_row)
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// The lookup of a record by its number, exact or case-blind (`collate`).
fn by_number_sql(header: &str, column: &str, collate: &str) -> String {
    format!("{header} WHERE {column} = ?1{collate}")
}

/// Dates are stored as YYYY-MM-DD text.
pub(crate) fn date_sql(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_stored_date(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(crate) fn opt_date(text: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    text.as_deref().map(parse_stored_date).transpose()
}

pub(crate) fn parse_stored_decimal(text: &str) -> rusqlite::Result<rust_decimal::Decimal> {
    text.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// Wall-clock timestamp of a record's creation (informational only).
pub(crate) fn now_stamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl rusqlite::ToSql for Currency {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.code().to_string().into())
    }
}

impl rusqlite::types::FromSql for Currency {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        Currency::parse(text).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
pub(crate) mod plans;
#[cfg(test)]
mod plans_dunning;

#[cfg(test)]
mod cache_tests {
    use super::*;

    #[test]
    fn a_lean_pass_has_a_quarter_of_the_cache_and_gives_it_back_even_when_it_fails() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "cache_size", -32768).unwrap();
        let size = |c: &rusqlite::Connection| {
            c.query_row("PRAGMA cache_size", [], |r| r.get::<_, i64>(0))
                .unwrap()
        };
        let during = with_cache_share(&conn, 4, || Ok(size(&conn))).unwrap();
        assert_eq!((during, size(&conn)), (-8192, -32768));
        let failed: Result<()> = with_cache_share(&conn, 4, || Err(Error::input("no")));
        assert!(failed.is_err());
        assert_eq!(size(&conn), -32768);
    }
}
