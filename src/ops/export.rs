//! Accounting exports: the period's entries streamed in chronological order, so a
//! ten-year ledger is exported without holding it in memory. Customers are named as they
//! were named on the invoice (at issue) or the payment (when recorded), never as they are
//! named today, so an exported period never changes.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use rusqlite::{Rows, Transaction};

use super::Ledger;
use crate::domain::document::{Line, LineKind};
use crate::domain::fec::lettering::{MatchGroup, Stamper, assign_letters, chronological_key};
use crate::domain::fec::{
    Entry, ExportSummary, FecAccounts, Journal, Party, SalesDocument, WriteOff, payment_entry, sales_entry,
    write_off_entry,
};
use crate::domain::money::{Currency, Money, from_cents};
use crate::domain::report::ordered_period;
use crate::error::{Error, Result};
use crate::files::Target;
use crate::render::export::invoices_csv;
use crate::render::fec::{EntriesCsvWriter, FecEncoding, FecWriter};
use crate::store::invoice::{self as invoices, Filter};
use crate::store::scan::fast_date;
use crate::store::{date_sql, parse_stored_decimal};

/// The period of an accounting export: a calendar year, or both ends.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportPeriod {
    pub year: Option<i32>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl ExportPeriod {
    /// The first and last day; an export never guesses its period.
    pub fn resolve(&self) -> Result<(NaiveDate, NaiveDate)> {
        let period = match (self.year, self.from, self.to) {
            (Some(y), _, _) => NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)),
            (None, Some(f), Some(t)) => Some((f, t)),
            _ => None,
        };
        match period {
            Some((f, t)) => Ok(ordered_period(f, t)?),
            None => Err(Error::Input(
                "give the period: --year 2026, or --from 2026-01-01 --to 2026-12-31".into(),
            )),
        }
    }
}

/// What `export fec` asks for.
#[derive(Debug, Clone)]
pub struct FecExport<'a> {
    pub period: ExportPeriod,
    /// Where to write; by default `<SIREN>FEC<closing date>.txt` in the current folder.
    pub out: Option<PathBuf>,
    pub separator: char,
    pub encoding: FecEncoding,
    pub accounts: &'a FecAccounts,
}

/// What `export entries` asks for.
#[derive(Debug, Clone)]
pub struct EntriesExport<'a> {
    pub period: ExportPeriod,
    /// Where to write; by default `ecritures-FROM-TO.csv`.
    pub out: Option<PathBuf>,
    pub accounts: &'a FecAccounts,
}

/// What `export invoices` asks for.
#[derive(Debug, Clone)]
pub struct InvoicesExport {
    /// Issued on or after.
    pub from: Option<NaiveDate>,
    /// Issued on or before.
    pub to: Option<NaiveDate>,
    /// Where to write; by default `factures.csv`.
    pub out: Option<PathBuf>,
    /// The day statuses and balances are taken on.
    pub as_of: NaiveDate,
}

/// Entries written to a file.
#[derive(Debug, Clone)]
pub struct EntriesWritten {
    pub path: PathBuf,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub summary: ExportSummary,
}

/// Invoices written to a file.
#[derive(Debug, Clone)]
pub struct InvoicesWritten {
    pub path: PathBuf,
    pub count: usize,
}

/// The name the FEC text gives the file: `<SIREN>FEC<closing date AAAAMMJJ>.txt`.
pub fn fec_file_name(siren: &str, closing: NaiveDate) -> String {
    format!("{siren}FEC{}.txt", closing.format("%Y%m%d"))
}

fn chosen(path: &std::path::Path) -> Target<'_> {
    Target::Chosen { path, flag: "--out" }
}

impl Ledger {
    /// Writes the period's FEC, named after the company's SIREN unless `out` is given.
    pub fn export_fec(&mut self, request: &FecExport) -> Result<EntriesWritten> {
        let (from, to) = request.period.resolve()?;
        let files = self.files().clone();
        self.read(|tx| {
            let company = crate::store::company::get(tx)?;
            let siren = company.siren.ok_or_else(|| {
                Error::Input(
                    "the FEC file is named after the company's SIREN: set it with `creances company set --siren 123456789`".into(),
                )
            })?;
            let path = request
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from(fec_file_name(&siren, to)));
            let mut summary = ExportSummary::default();
            files.write_with(chosen(&path), |out| {
                let mut w = FecWriter::new(out, request.separator, request.encoding)?;
                summary = entries(tx, from, to, request.accounts, |e| w.write_entry(e, request.accounts))?;
                w.finish()?;
                Ok(())
            })?;
            Ok(EntriesWritten {
                path,
                from,
                to,
                summary,
            })
        })
    }

    /// Writes the period's entries as a spreadsheet-friendly CSV.
    pub fn export_entries(&mut self, request: &EntriesExport) -> Result<EntriesWritten> {
        let (from, to) = request.period.resolve()?;
        let path = request
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("ecritures-{from}-{to}.csv")));
        let files = self.files().clone();
        self.read(|tx| {
            let mut summary = ExportSummary::default();
            files.write_with(chosen(&path), |out| {
                let mut w = EntriesCsvWriter::new(out)?;
                summary = entries(tx, from, to, request.accounts, |e| {
                    w.write_entry(e, request.accounts)
                })?;
                w.finish()?;
                Ok(())
            })?;
            Ok(EntriesWritten {
                path: path.clone(),
                from,
                to,
                summary,
            })
        })
    }

    /// Writes one line per issued invoice and credit note, as they stand on `as_of`.
    pub fn export_invoices(&mut self, request: &InvoicesExport) -> Result<InvoicesWritten> {
        let path = request
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from("factures.csv"));
        let records = self.read(|tx| {
            invoices::list(
                tx,
                &Filter {
                    include_invoices: true,
                    include_credit_notes: true,
                    from: request.from,
                    to: request.to,
                    ..Default::default()
                },
            )
        })?;
        // as of a day, what was known that day: nothing issued after it
        let records: Vec<_> = records
            .into_iter()
            .filter(|r| r.known_on(request.as_of))
            .collect();
        let mut count = 0;
        self.files().write_with(chosen(&path), |out| {
            count = invoices_csv(out, &records, request.as_of)?;
            Ok(())
        })?;
        Ok(InvoicesWritten { path, count })
    }
}

fn date_of(text: &str) -> rusqlite::Result<NaiveDate> {
    fast_date(text)
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, "date".into(), rusqlite::types::Type::Text))
}

/// The matching groups of the file, from the same definitions the entries use.
fn matching_groups(
    tx: &Transaction,
    from: &str,
    to: &str,
    currency: Currency,
) -> Result<Vec<(i64, MatchGroup)>> {
    let money = |minor: i64| Money::from_minor(minor, currency);
    let mut groups: HashMap<i64, MatchGroup> = HashMap::new();
    let queries = [
        // the invoice's own debit
        "SELECT id, total_cents, 0, issue_date, 1 FROM invoice
         WHERE kind = 'invoice' AND number IS NOT NULL AND issue_date BETWEEN ?1 AND ?2",
        // credit notes against it
        "SELECT credited_invoice_id, 0, total_cents, issue_date, 0 FROM invoice
         WHERE kind = 'credit_note' AND number IS NOT NULL AND issue_date BETWEEN ?1 AND ?2",
        // each payment's net allocation as the payment entry shows it
        "SELECT a.invoice_id, 0, SUM(a.amount_cents), p.date, 0 FROM allocation a JOIN payment p ON p.id = a.payment_id
         WHERE a.date BETWEEN ?1 AND ?2 AND p.date BETWEEN ?1 AND ?2 GROUP BY a.payment_id, a.invoice_id",
        // write-offs
        "SELECT id, 0, write_off_cents, written_off_on, 0 FROM invoice WHERE written_off_on BETWEEN ?1 AND ?2",
    ];
    for sql in queries {
        let mut stmt = tx.prepare(sql)?;
        let mut rows = stmt.query([from, to])?;
        while let Some(r) = rows.next()? {
            let date = date_of(r.get_ref(3)?.as_str()?)?;
            groups
                .entry(r.get(0)?)
                .or_insert_with(|| MatchGroup {
                    debit: money(0),
                    credit: money(0),
                    ..Default::default()
                })
                .add(money(r.get(1)?), money(r.get(2)?), date, r.get::<_, i64>(4)? == 1);
        }
    }
    let mut ordered: Vec<(i64, MatchGroup)> = groups.into_iter().collect();
    ordered.sort_by_key(|(id, g)| (g.last, *id));
    Ok(ordered)
}

/// Reads sales documents (invoices and credit notes) with their lines, one entry each.
struct SalesCursor<'s> {
    rows: Rows<'s>,
    /// A row read ahead: the first line of the next document.
    ahead: Option<SalesRow>,
    currency: Currency,
}

struct SalesRow {
    id: i64,
    credited: Option<i64>,
    number: String,
    date: NaiveDate,
    gross: bool,
    party: Party,
    line: Line,
}

const SALES_SQL: &str =
    "SELECT i.id, i.credited_invoice_id, i.number, i.issue_date, i.prices_include_vat, c.code,
        COALESCE(i.customer_name, c.name), l.quantity, l.unit_price_cents, l.vat_rate, l.kind
    FROM invoice i JOIN customer c ON c.id = i.customer_id JOIN invoice_line l ON l.invoice_id = i.id
    WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2
    ORDER BY i.issue_date, i.id, l.position";

impl SalesCursor<'_> {
    fn read(&mut self) -> Result<Option<SalesRow>> {
        let Some(r) = self.rows.next()? else {
            return Ok(None);
        };
        let kind: String = r.get(10)?;
        Ok(Some(SalesRow {
            id: r.get(0)?,
            credited: r.get(1)?,
            number: r.get(2)?,
            date: date_of(r.get_ref(3)?.as_str()?)?,
            gross: r.get(4)?,
            party: Party {
                code: r.get(5)?,
                name: r.get(6)?,
            },
            line: Line {
                sku: None,
                designation: String::new(),
                quantity: parse_stored_decimal(r.get_ref(7)?.as_str()?)?,
                unit_price: from_cents(r.get(8)?),
                vat_rate: parse_stored_decimal(r.get_ref(9)?.as_str()?)?,
                unit: None,
                kind: if kind == "goods" {
                    LineKind::Goods
                } else {
                    LineKind::Service
                },
            },
        }))
    }

    fn next(&mut self, accounts: &FecAccounts) -> Result<Option<Entry>> {
        let first = match self.ahead.take() {
            Some(row) => row,
            None => match self.read()? {
                Some(row) => row,
                None => return Ok(None),
            },
        };
        let mut lines = vec![first.line.clone()];
        while let Some(row) = self.read()? {
            if row.id != first.id {
                self.ahead = Some(row);
                break;
            }
            lines.push(row.line);
        }
        Ok(Some(sales_entry(
            accounts,
            &SalesDocument {
                id: first.id,
                credited_invoice: first.credited,
                number: &first.number,
                date: first.date,
                party: &first.party,
                lines: &lines,
                prices_include_vat: first.gross,
                currency: self.currency,
            },
        )))
    }
}

const PAYMENTS_SQL: &str = "SELECT p.id, p.date, p.amount_cents, p.method, p.reference, c.code,
        COALESCE(p.customer_name, c.name),
        a.invoice_id, i.number, SUM(a.amount_cents)
    FROM payment p JOIN customer c ON c.id = p.customer_id
    LEFT JOIN allocation a ON a.payment_id = p.id AND a.date <= ?2
    LEFT JOIN invoice i ON i.id = a.invoice_id
    WHERE p.date BETWEEN ?1 AND ?2
    GROUP BY p.id, a.invoice_id ORDER BY p.date, p.id, MIN(a.id)";

struct PaymentRow {
    id: i64,
    date: NaiveDate,
    amount: Money,
    reference: String,
    party: Party,
    allocation: Option<(i64, String, Money)>,
}

struct PaymentCursor<'s> {
    rows: Rows<'s>,
    ahead: Option<PaymentRow>,
    currency: Currency,
}

impl PaymentCursor<'_> {
    fn read(&mut self) -> Result<Option<PaymentRow>> {
        let Some(r) = self.rows.next()? else {
            return Ok(None);
        };
        let id: i64 = r.get(0)?;
        let method: String = r.get(3)?;
        let reference: Option<String> = r.get(4)?;
        let allocation = match (r.get::<_, Option<i64>>(7)?, r.get::<_, Option<i64>>(9)?) {
            (Some(invoice), Some(minor)) if minor != 0 => Some((
                invoice,
                r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                Money::from_minor(minor, self.currency),
            )),
            _ => None,
        };
        Ok(Some(PaymentRow {
            id,
            date: date_of(r.get_ref(1)?.as_str()?)?,
            amount: Money::from_minor(r.get(2)?, self.currency),
            reference: reference.unwrap_or_else(|| format!("PAY-{id} {method}")),
            party: Party {
                code: r.get(5)?,
                name: r.get(6)?,
            },
            allocation,
        }))
    }

    fn next(&mut self, accounts: &FecAccounts) -> Result<Option<Entry>> {
        let first = match self.ahead.take() {
            Some(row) => row,
            None => match self.read()? {
                Some(row) => row,
                None => return Ok(None),
            },
        };
        let mut allocations: Vec<(i64, String, Money)> = first.allocation.iter().cloned().collect();
        while let Some(row) = self.read()? {
            if row.id != first.id {
                self.ahead = Some(row);
                break;
            }
            allocations.extend(row.allocation);
        }
        Ok(Some(payment_entry(
            accounts,
            &first.reference,
            first.date,
            &first.party,
            first.amount,
            &allocations,
        )))
    }
}

const WRITE_OFFS_SQL: &str = "SELECT i.id, i.number, i.written_off_on, i.write_off_cents, i.total_cents,
        i.total_vat_cents, c.code, COALESCE(i.customer_name, c.name)
    FROM invoice i JOIN customer c ON c.id = i.customer_id
    WHERE i.written_off_on BETWEEN ?1 AND ?2 ORDER BY i.written_off_on, i.id";

fn next_write_off(rows: &mut Rows, accounts: &FecAccounts, currency: Currency) -> Result<Option<Entry>> {
    let money = |minor: i64| Money::from_minor(minor, currency);
    let Some(r) = rows.next()? else { return Ok(None) };
    let number: String = r.get(1)?;
    let party = Party {
        code: r.get(6)?,
        name: r.get(7)?,
    };
    let w = WriteOff {
        invoice: r.get(0)?,
        number: &number,
        date: date_of(r.get_ref(2)?.as_str()?)?,
        amount: money(r.get(3)?),
        invoice_total: money(r.get(4)?),
        invoice_vat: money(r.get(5)?),
    };
    Ok(Some(write_off_entry(accounts, &w, &party)))
}

/// Builds every entry of the period and hands them to `write`, numbered, lettered and in
/// chronological order (by date; sales, then bank, then misc on one day).
fn entries(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    accounts: &FecAccounts,
    mut write: impl FnMut(&Entry) -> std::io::Result<()>,
) -> Result<ExportSummary> {
    let (from_s, to_s) = (date_sql(from), date_sql(to));
    let currency: Currency = crate::store::company::get(tx)?.currency;
    let letters = assign_letters(matching_groups(tx, &from_s, &to_s, currency)?);
    let mut stamper = Stamper::new(accounts, letters);
    let mut sales_stmt = tx.prepare(SALES_SQL)?;
    let mut pay_stmt = tx.prepare(PAYMENTS_SQL)?;
    let mut wo_stmt = tx.prepare(WRITE_OFFS_SQL)?;
    let mut sales = SalesCursor {
        rows: sales_stmt.query([&from_s, &to_s])?,
        ahead: None,
        currency,
    };
    let mut pays = PaymentCursor {
        rows: pay_stmt.query([&from_s, &to_s])?,
        ahead: None,
        currency,
    };
    let mut wos = wo_stmt.query([&from_s, &to_s])?;
    let mut heads: [Option<Entry>; 3] = [
        sales.next(accounts)?,
        pays.next(accounts)?,
        next_write_off(&mut wos, accounts, currency)?,
    ];
    let mut summary = ExportSummary {
        debit: Money::zero(currency),
        credit: Money::zero(currency),
        ..Default::default()
    };
    loop {
        let pick = heads
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (chronological_key(e), i)))
            .min()
            .map(|(_, i)| i);
        let Some(i) = pick else { break };
        let mut entry = heads[i].take().expect("picked a present entry");
        if entry.debit() != entry.credit() {
            return Err(Error::Input(format!(
                "entry {} does not balance ({} debit, {} credit): the ledger is inconsistent",
                entry.piece_ref,
                entry.debit(),
                entry.credit()
            )));
        }
        stamper.stamp(&mut entry);
        write(&entry).map_err(|e| Error::Unreadable(format!("cannot write the export: {e}")))?;
        summary.entries += 1;
        summary.lines += entry.lines.len();
        summary.debit += entry.debit();
        summary.credit += entry.credit();
        heads[i] = match i {
            0 => sales.next(accounts)?,
            1 => pays.next(accounts)?,
            _ => next_write_off(&mut wos, accounts, currency)?,
        };
    }
    summary.sales = stamper.count(Journal::Sales);
    summary.bank = stamper.count(Journal::Bank);
    summary.misc = stamper.count(Journal::Misc);
    Ok(summary)
}
