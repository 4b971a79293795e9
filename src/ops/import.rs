//! CSV imports: customers, invoices from another tool and payments, streamed row by row
//! into one transaction. All or nothing unless bad rows are set aside.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::Path;
use std::rc::Rc;

use rusqlite::Transaction;

use super::Ledger;
use super::bank::import_statement;
use crate::domain::bank::{BankFormat, BankImport, CsvProfile};
use crate::domain::import::{ImportKind, ImportSummary};
use crate::error::{Error, Result, invalid};
use crate::files::Target;
use crate::ops::invoice::{PaymentInput, pay};
use crate::ops::payment as payments;
use crate::readers::rows::{Header, parse_customer, parse_invoice, parse_payment};
use crate::readers::text::{Utf8Scan, decode_text, detect_delimiter, latin9_char};
use crate::store::company;
use crate::store::customer as customers;
use crate::store::import::{self as store, InvoiceWriter, Landed};

/// A file of invoices larger than this goes in as a bulk load (`store::import::BulkLoad`):
/// the settlement record written once at the end rather than refreshed row by row, and
/// for a file as large as the ledger, the indexes built again rather than kept up to date.
const BULK_BYTES: u64 = 8 << 20;

/// About the size of one invoice's row in a CSV file, to weigh a file against the ledger.
const ROW_BYTES: u64 = 120;

/// How many reasons an aborted import lists before counting the rest.
const REASONS_SHOWN: usize = 50;

/// A bad row: its line in the file, why, and its cells as read.
#[derive(Debug, Clone)]
pub struct Rejected {
    /// The separator of the file read, for writing the rejects alike.
    pub delimiter: u8,
    pub line: u64,
    pub reason: String,
    pub cells: Vec<String>,
}

/// Receives the file's header and a bad row.
pub type RejectSink<'a> = dyn FnMut(&[String], &Rejected) -> std::io::Result<()> + 'a;

/// An opened CSV file: its reader, encoding, separator and size in bytes.
type OpenedCsv = (csv::Reader<Box<dyn Read>>, &'static str, u8, u64);

/// What the caller wants done with bad rows and progress.
pub struct ImportHooks<'a> {
    /// Some: bad rows go here and the good ones are imported. None: any bad row aborts.
    pub reject: Option<&'a mut RejectSink<'a>>,
    /// Bytes read so far, called now and then.
    pub progress: &'a mut dyn FnMut(u64),
}

/// Reads ISO-8859-15 bytes as UTF-8.
struct Latin9<R> {
    inner: R,
    pending: Vec<u8>,
    at: usize,
}

impl<R: Read> Read for Latin9<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            let mut raw = [0u8; 16 * 1024];
            let n = self.inner.read(&mut raw)?;
            if n == 0 {
                return Ok(0);
            }
            self.pending.clear();
            self.at = 0;
            let mut buf = [0u8; 4];
            for b in &raw[..n] {
                self.pending
                    .extend_from_slice(latin9_char(*b).encode_utf8(&mut buf).as_bytes());
            }
        }
        let n = out.len().min(self.pending.len() - self.at);
        out[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Counts the bytes read from the file, for the progress bar.
struct Counted<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(out)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

fn unreadable(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Input(crate::t!(
        "ops-file-unreadable",
        path = path.display().to_string(),
        error = e.to_string()
    ))
}

/// Opens a CSV file: its encoding (UTF-8 if valid, else ISO-8859-15) and separator.
fn open_csv(path: &Path, count: Rc<Cell<u64>>) -> Result<OpenedCsv> {
    let mut file = File::open(path).map_err(|e| unreadable(path, e))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut scan = Utf8Scan::default();
    let mut head = Vec::new();
    let mut chunk = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut chunk).map_err(|e| unreadable(path, e))?;
        if n == 0 {
            break;
        }
        if head.len() < 64 * 1024 {
            head.extend_from_slice(&chunk[..n.min(64 * 1024)]);
        }
        scan.feed(&chunk[..n]);
        if scan.failed() {
            break;
        }
    }
    let utf8 = scan.is_utf8();
    let head_text = if utf8 {
        String::from_utf8_lossy(&head).into_owned()
    } else {
        decode_text(&head)
    };
    let first_line = head_text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if first_line.trim().is_empty() {
        return invalid(crate::t!("ops-import-empty", path = path.display().to_string()));
    }
    let delimiter = detect_delimiter(first_line);
    let file = File::open(path).map_err(|e| unreadable(path, e))?;
    let counted = Counted { inner: file, count };
    let reader: Box<dyn Read> = if utf8 {
        Box::new(BufReader::with_capacity(256 * 1024, counted))
    } else {
        Box::new(Latin9 {
            inner: BufReader::with_capacity(256 * 1024, counted),
            pending: Vec::new(),
            at: 0,
        })
    };
    let csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(256 * 1024)
        .from_reader(reader);
    Ok((csv, if utf8 { "utf-8" } else { "iso-8859-15" }, delimiter, size))
}

/// Gathers bad rows: set aside through the hook, or kept to abort with.
struct Verdicts<'a, 'h> {
    hooks: &'a mut ImportHooks<'h>,
    delimiter: u8,
    header: Vec<String>,
    reasons: Vec<String>,
    bad: u64,
}

impl Verdicts<'_, '_> {
    fn reject(&mut self, line: u64, reason: String, record: &csv::StringRecord) -> Result<()> {
        self.bad += 1;
        match self.hooks.reject.as_mut() {
            Some(write) => write(
                &self.header,
                &Rejected {
                    delimiter: self.delimiter,
                    line,
                    reason,
                    cells: record.iter().map(str::to_string).collect(),
                },
            )
            .map_err(|e| Error::Input(crate::t!("ops-import-rejects-unwritable", error = e.to_string()))),
            None => {
                if self.reasons.len() < REASONS_SHOWN {
                    self.reasons
                        .push(crate::t!("ops-import-line-reason", line = line, reason = reason));
                }
                Ok(())
            }
        }
    }
}

/// Imports one CSV file of `kind` in the caller's transaction.
pub fn import_csv(
    tx: &Transaction,
    kind: ImportKind,
    path: &Path,
    hooks: &mut ImportHooks,
) -> Result<ImportSummary> {
    let count = Rc::new(Cell::new(0u64));
    let (mut csv, encoding, delimiter, size) = open_csv(path, count.clone())?;
    let names: Vec<String> = csv
        .headers()
        .map_err(|e| unreadable(path, e))?
        .iter()
        .map(str::to_string)
        .collect();
    let header = Header::read(kind, &names)?;
    let mut summary = ImportSummary {
        kind: kind.as_str(),
        encoding,
        delimiter: delimiter as char,
        ignored_columns: header.ignored.clone(),
        ..Default::default()
    };
    let mut verdicts = Verdicts {
        hooks,
        delimiter,
        header: names,
        reasons: Vec::new(),
        bad: 0,
    };
    let company = company::get(tx)?;
    let bulk = if kind == ImportKind::Invoices && size > BULK_BYTES {
        // the indexes are built again only for a file bringing at least as many
        // invoices as the ledger holds (a row of an export is about 120 bytes)
        let held: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM invoice", [], |r| r.get(0))?;
        let indexes = size / ROW_BYTES >= held.max(0) as u64;
        Some(store::BulkLoad::begin(tx, indexes)?)
    } else {
        None
    };
    let mut record = csv::StringRecord::new();
    let mut customers_seen: HashSet<String> = HashSet::new();
    let mut payment_keys: HashMap<String, usize> = HashMap::new();
    let by_code = if kind == ImportKind::Invoices {
        store::customers_by_code(tx, company.payment_terms_days)?
    } else {
        HashMap::new()
    };
    let mut writer = (kind == ImportKind::Invoices)
        .then(|| InvoiceWriter::new(tx))
        .transpose()?;
    loop {
        // a file the CSV reader cannot split stops the import, --skip-bad or not
        let more = csv.read_record(&mut record).map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Error::Input(crate::t!(
                "ops-import-line-unreadable",
                path = path.display().to_string(),
                line = line,
                error = e.to_string()
            ))
        })?;
        if !more {
            break;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        summary.rows += 1;
        if summary.rows.is_multiple_of(16_384) {
            (verdicts.hooks.progress)(count.get());
        }
        let outcome: std::result::Result<bool, String> = match kind {
            ImportKind::Customers => match parse_customer(&header, &record) {
                Ok(row) if !customers_seen.insert(row.code.to_uppercase()) => {
                    Err(format!("customer code {} appears twice in the file", row.code))
                }
                Ok(row) => {
                    let added = store::insert_customer(tx, &row)?;
                    Ok(added.is_some())
                }
                Err(reason) => Err(reason),
            },
            ImportKind::Invoices => match parse_invoice(&header, &record) {
                Ok(row) => match by_code.get(&row.customer.to_uppercase()) {
                    None => Err(format!(
                        "unknown customer `{}`: import the customers first (`creances import customers FILE`) or add it with `creances customer add`",
                        row.customer
                    )),
                    Some(_)
                        if row.exchange_rate.is_none()
                            && row
                                .currency
                                .as_deref()
                                .is_some_and(|c| c != company.currency.code()) =>
                    {
                        Err(crate::t!(
                            "ops-import-rate-missing",
                            number = row.number.as_str(),
                            currency = row.currency.as_deref().unwrap_or_default(),
                            accounting = company.currency.code()
                        ))
                    }
                    Some(customer) => {
                        let w = writer.as_mut().expect("invoice writer");
                        match w.write(&row, customer, company.currency)? {
                            Landed::Added => Ok(true),
                            Landed::AlreadyThere => Ok(false),
                            Landed::TwiceInFile => {
                                Err(format!("invoice {} appears twice in the file", row.number))
                            }
                            Landed::IssuedHere => Err(format!(
                                "invoice number {} is already used by an invoice issued in this ledger",
                                row.number
                            )),
                        }
                    }
                },
                Err(reason) => Err(reason),
            },
            ImportKind::Payments => match parse_payment(&header, &record) {
                Ok(mut row) => {
                    let n = payment_keys.entry(row.key.clone()).or_insert(0);
                    *n += 1;
                    if *n > 1 {
                        row.key = format!("{}#{n}", row.key);
                    }
                    import_payment(tx, &row)?
                }
                Err(reason) => Err(reason),
            },
        };
        match outcome {
            Ok(true) => summary.added += 1,
            Ok(false) => summary.unchanged += 1,
            Err(reason) => verdicts.reject(line, reason, &record)?,
        }
    }
    drop(writer);
    (verdicts.hooks.progress)(count.get());
    if let Some(bulk) = bulk {
        bulk.end(tx)?;
    }
    if verdicts.hooks.reject.is_none() && verdicts.bad > 0 {
        let more = verdicts.bad as usize - verdicts.reasons.len();
        let tail = if more > 0 {
            format!("\n  {}", crate::t!("ops-import-more-reasons", count = more))
        } else {
            String::new()
        };
        return invalid(format!(
            "{}\n  {}{tail}\n{}",
            crate::t!(
                "ops-import-bad-rows",
                count = verdicts.bad,
                path = path.display().to_string()
            ),
            verdicts.reasons.join("\n  "),
            crate::t!("ops-import-bad-rows-fix")
        ));
    }
    summary.rejected = verdicts.bad;
    Ok(summary)
}

/// One payment row: skipped if its key is known, else recorded like `invoice pay` (with
/// an invoice) or `payment add` (oldest invoices first). A savepoint undoes a row that fails.
fn import_payment(
    tx: &Transaction,
    row: &crate::domain::import::PaymentRow,
) -> Result<std::result::Result<bool, String>> {
    if store::payment_key_exists(tx, &row.key)? {
        return Ok(Ok(false));
    }
    tx.execute_batch("SAVEPOINT import_row")?;
    let attempt = (|| -> Result<i64> {
        let customer = customers::by_code(tx, &row.customer)?;
        match &row.invoice {
            Some(number) => {
                let invoice = crate::store::invoice::find(tx, number)?;
                if invoice.customer_id != customer.id {
                    return invalid(crate::t!(
                        "ops-import-invoice-other-customer",
                        invoice = invoice.label(),
                        code = customer.code.as_str()
                    ));
                }
                let (_, payment_id) = pay(
                    tx,
                    number,
                    &PaymentInput {
                        amount: Some(row.amount),
                        date: row.date,
                        method: row.method,
                        reference: row.reference.clone(),
                        overpay: true,
                        rate: None,
                    },
                    None,
                )?;
                Ok(payment_id)
            }
            None => Ok(payments::add(
                tx,
                &customer,
                &payments::Received {
                    amount: row.amount,
                    ..Default::default()
                },
                row.date,
                row.method,
                row.reference.as_deref(),
            )?
            .id),
        }
    })();
    match attempt {
        Ok(payment_id) => {
            store::set_payment_key(tx, payment_id, &row.key)?;
            tx.execute_batch("RELEASE import_row")?;
            Ok(Ok(true))
        }
        Err(Error::Input(reason)) => {
            tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
            Ok(Err(reason))
        }
        Err(e) => Err(e),
    }
}

/// Writes set-aside rows: the file's own columns, then `line` and `reason`, so the file
/// can be fixed and imported again as it is.
struct RejectsWriter<'a> {
    /// Where the rows go, until the first one opens `writer` on it.
    out: Option<&'a mut BufWriter<File>>,
    writer: Option<csv::Writer<&'a mut BufWriter<File>>>,
}

impl RejectsWriter<'_> {
    fn write(&mut self, header: &[String], row: &Rejected) -> std::io::Result<()> {
        if let Some(out) = self.out.take() {
            // the first bad row: the header goes first
            let mut w = csv::WriterBuilder::new()
                .delimiter(row.delimiter)
                .flexible(true)
                .from_writer(out);
            let mut head = header.to_vec();
            head.extend(["line".to_string(), "reason".to_string()]);
            w.write_record(&head).map_err(std::io::Error::other)?;
            self.writer = Some(w);
        }
        let Some(w) = self.writer.as_mut() else {
            return Ok(());
        };
        let mut cells = row.cells.clone();
        cells.resize(header.len().max(cells.len()), String::new());
        cells.extend([row.line.to_string(), row.reason.clone()]);
        w.write_record(&cells).map_err(std::io::Error::other)
    }
}

impl Ledger {
    /// Imports a CSV file in one transaction. With `skip_bad`, bad rows are written
    /// there (an empty file when there are none) and the good ones imported; without,
    /// any bad row aborts the import. `progress` hears the bytes read now and then.
    pub fn import_csv(
        &mut self,
        kind: ImportKind,
        file: &Path,
        skip_bad: Option<&Path>,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ImportSummary> {
        if !file.is_file() {
            return invalid(crate::t!("ops-import-no-file", path = file.display().to_string()));
        }
        if let Some(out) = skip_bad
            && std::fs::canonicalize(out).ok() == std::fs::canonicalize(file).ok()
        {
            return invalid(crate::t!("ops-import-skip-bad-same-file"));
        }
        let mut part = skip_bad
            .map(|path| {
                self.files.begin(Target::Chosen {
                    path,
                    flag: "--skip-bad",
                })
            })
            .transpose()?;
        let summary = {
            let mut rejects = RejectsWriter {
                out: part.as_mut().map(|p| p.out()),
                writer: None,
            };
            let mut on_reject = |header: &[String], row: &Rejected| rejects.write(header, row);
            let summary = self.write_bulk(|tx| {
                let mut hooks = ImportHooks {
                    reject: if skip_bad.is_some() {
                        Some(&mut on_reject)
                    } else {
                        None
                    },
                    progress,
                };
                import_csv(tx, kind, file, &mut hooks)
            })?;
            if let Some(mut w) = rejects.writer.take() {
                w.flush()?;
            }
            summary
        };
        if let Some(part) = part {
            part.finish()?;
        }
        Ok(summary)
    }

    /// Reads a bank statement (its format guessed from the content unless given; a CSV
    /// export read with the column mapping `csv_profile` gives) and stores its new lines.
    pub fn import_bank_statement(
        &mut self,
        file: &Path,
        format: Option<BankFormat>,
        csv_profile: impl FnOnce() -> Result<CsvProfile>,
        as_of: chrono::NaiveDate,
    ) -> Result<BankImport> {
        let bytes = std::fs::read(file).map_err(|e| {
            Error::Input(crate::t!(
                "ops-statement-unreadable",
                path = file.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let text = decode_text(&bytes);
        let format = format.unwrap_or_else(|| BankFormat::guess(&text));
        let profile = match format {
            BankFormat::Csv => csv_profile()?,
            _ => CsvProfile::default(),
        };
        self.write(|tx| import_statement(tx, &text, format, &profile, as_of))
    }
}
