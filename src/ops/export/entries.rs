//! The entries of a period, read from the ledger in date order, numbered and lettered.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::config::DbConfig;
use rusqlite::{Rows, Transaction};

use crate::domain::discount::Discount;
use crate::domain::document::{Line, LineKind};
use crate::domain::exchange::ExchangeRate;
use crate::domain::fec::foreign::sales_in_accounting;
use crate::domain::fec::lettering::{Stamper, chronological_key, letter};
use crate::domain::fec::opening::imported_invoice_entry;
use crate::domain::fec::{
    Entry, ExportSummary, FecAccounts, Journal, Party, SalesDocument, WriteOff, sales_entry, write_off_entry,
};
use crate::domain::money::{Currency, Money, from_cents};
use crate::error::{Error, Result};
use crate::store::lines::stored_discount;
use crate::store::{date_sql, parse_stored_decimal};

use super::carried::carried_forward;
use super::foreign::{self, Foreign, Settlement};
use super::payments::{PAYMENTS_SQL, PaymentCursor, date_of, recorded_day};

/// Entries of each journal dated before `from`: the numbers a file starting that day
/// continues, as the cursors below would have written them. The payments are counted
/// in their date index alone, less those `import invoices` recorded, found through the
/// index of the import keys (few or none; named, as a ledger without statistics would
/// read every earlier payment's row for them).
const BEFORE_SQL: &str = "SELECT
    (SELECT COUNT(*) FROM payment WHERE date < ?1) - (SELECT COUNT(*) FROM payment INDEXED BY payment_import_key
        WHERE import_key IS NOT NULL AND import_key LIKE 'invoice:%' AND date < ?1),
    (SELECT COUNT(*) FROM invoice WHERE written_off_on < ?1),
    (SELECT COUNT(*) FROM payment INDEXED BY payment_import_key
        WHERE import_key IS NOT NULL AND import_key LIKE 'invoice:%' AND date < ?1)";

/// The sales and the imported invoices issued before `?1`, in one read of the earlier
/// invoices' rows (through their index of issue dates).
const INVOICES_BEFORE_SQL: &str = "SELECT
    COALESCE(SUM(CASE WHEN i.number IS NOT NULL
        AND EXISTS (SELECT 1 FROM invoice_line l WHERE l.invoice_id = i.id) THEN 1 ELSE 0 END), 0),
    COALESCE(SUM(i.imported = 1 AND i.kind = 'invoice'), 0)
    FROM invoice i WHERE i.issue_date < ?1";

fn entries_before(tx: &Transaction, from: &str) -> Result<[(Journal, usize); 4]> {
    let [bank, misc, imported_payments] = tx.query_row(BEFORE_SQL, [from], |r| {
        Ok([r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?])
    })?;
    let [sales, imported_invoices] = tx.query_row(INVOICES_BEFORE_SQL, [from], |r| {
        Ok([r.get::<_, i64>(0)?, r.get(1)?])
    })?;
    let n = |count: i64| usize::try_from(count).unwrap_or(0);
    Ok([
        (Journal::Sales, n(sales)),
        (Journal::Bank, n(bank)),
        (Journal::Misc, n(misc)),
        (Journal::Opening, n(imported_invoices + imported_payments)),
    ])
}

/// The matching groups of the file, summed in a temporary table: one row per invoice
/// the file touches, so a ledger of any size is lettered without holding its groups.
const GROUPS_SQL: &str = "DROP TABLE IF EXISTS temp.fec_group;
    DROP TABLE IF EXISTS temp.fec_letter;
    CREATE TEMP TABLE fec_group (invoice INTEGER PRIMARY KEY, debit INTEGER NOT NULL,
        credit INTEGER NOT NULL, last TEXT NOT NULL, has_invoice INTEGER NOT NULL);
    CREATE TEMP TABLE fec_letter (invoice INTEGER PRIMARY KEY, n INTEGER NOT NULL, last TEXT NOT NULL);";

const ADD_TO_GROUP_SQL: &str = "INSERT INTO temp.fec_group VALUES (?1, ?2, ?3, ?4, ?5)
    ON CONFLICT (invoice) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit,
        last = max(last, excluded.last), has_invoice = max(has_invoice, excluded.has_invoice)";

/// The settled groups numbered in the order `assign_letters` gives: by last day, then
/// invoice (`MatchGroup::is_settled`: holds the invoice, balanced, positive).
const NUMBER_LETTERS_SQL: &str = "INSERT INTO temp.fec_letter
    SELECT invoice, row_number() OVER (ORDER BY last, invoice) - 1, last FROM temp.fec_group
    WHERE has_invoice = 1 AND debit = credit AND debit > 0";

const LETTER_SQL: &str = "SELECT n, last FROM temp.fec_letter WHERE invoice = ?1";

/// Fills the matching groups of the file, from the same definitions the entries use, and
/// numbers the settled ones; [`LETTER_SQL`] then gives each its letter.
fn matching_groups(
    tx: &Transaction,
    from: &str,
    to: &str,
    currency: Currency,
    foreign: &Foreign,
    carried: &[(i64, Money)],
) -> Result<()> {
    tx.execute_batch(GROUPS_SQL)?;
    let mut add = tx.prepare(ADD_TO_GROUP_SQL)?;
    let money = |minor: i64| Money::from_minor(minor, currency);
    // what an invoice still carried on the eve of the file: its debit in the file
    for (invoice, balance) in carried {
        add.execute(rusqlite::params![invoice, balance.minor(), 0, from, 1])?;
    }
    // (invoice, debit, credit, date, is the invoice, settlement key id)
    let queries = [
        // the invoice's own debit
        "SELECT id, total_cents, 0, issue_date, 1, id FROM invoice
         WHERE kind = 'invoice' AND number IS NOT NULL AND issue_date BETWEEN ?1 AND ?2",
        // credit notes against it
        "SELECT credited_invoice_id, 0, total_cents, issue_date, 0, id FROM invoice
         WHERE kind = 'credit_note' AND number IS NOT NULL AND issue_date BETWEEN ?1 AND ?2",
        // each payment's net allocation as the payment entry shows it
        "SELECT a.invoice_id, 0, SUM(a.amount_cents), p.date, 0, a.payment_id FROM allocation a JOIN payment p ON p.id = a.payment_id
         WHERE a.date BETWEEN ?1 AND ?2 AND p.date BETWEEN ?1 AND ?2 GROUP BY a.payment_id, a.invoice_id",
        // write-offs
        "SELECT id, 0, write_off_cents, written_off_on, 0, id FROM invoice WHERE written_off_on BETWEEN ?1 AND ?2",
    ];
    for (q, sql) in queries.into_iter().enumerate() {
        let mut stmt = tx.prepare(sql)?;
        let mut rows = stmt.query([from, to])?;
        while let Some(r) = rows.next()? {
            let date = date_of(r.get_ref(3)?.as_str()?)?;
            let invoice: i64 = r.get(0)?;
            let (mut debit, mut credit) = (money(r.get(1)?), money(r.get(2)?));
            // an invoice in another currency: the amounts its entries book
            if let Some(rate) = foreign.rate(invoice) {
                let key: i64 = r.get(5)?;
                let settlement = match q {
                    0 => None,
                    1 => Some(Settlement::CreditNote(key)),
                    2 => Some(Settlement::Payment(key)),
                    _ => Some(Settlement::WriteOff),
                };
                let own = |minor: i64| Money::from_minor(minor, rate.foreign);
                match settlement {
                    None => debit = rate.to_accounting(own(r.get(1)?)),
                    Some(s) => {
                        let converted = rate.to_accounting(own(r.get(2)?));
                        credit = foreign.booked(invoice, s).unwrap_or(converted)
                    }
                }
            }
            add.execute(rusqlite::params![
                invoice,
                debit.minor(),
                credit.minor(),
                date_sql(date),
                r.get::<_, i64>(4)?
            ])?;
        }
    }
    tx.execute(NUMBER_LETTERS_SQL, [])?;
    Ok(())
}

/// Reads sales documents (invoices and credit notes) with their lines, one entry each.
struct SalesCursor<'s> {
    rows: Rows<'s>,
    /// A row read ahead: the first line of the next document.
    ahead: Option<SalesRow>,
}

struct SalesRow {
    id: i64,
    credited: Option<i64>,
    number: String,
    date: NaiveDate,
    gross: bool,
    party: Party,
    line: Line,
    /// The document's own discount.
    discount: Option<Discount>,
    recorded: Option<NaiveDate>,
    currency: Currency,
    rate: Option<ExchangeRate>,
}

const SALES_SQL: &str =
    "SELECT i.id, i.credited_invoice_id, i.number, i.issue_date, i.prices_include_vat, c.code,
        COALESCE(i.customer_name, c.name), l.quantity, l.unit_price_cents, l.vat_rate, l.kind,
        (SELECT substr(al.at, 1, 10) FROM audit_log al
         WHERE al.subject = 'invoice:' || i.id AND al.event = 'issue' ORDER BY al.id LIMIT 1),
        i.currency, i.exchange_rate, (SELECT currency FROM company), l.discount, i.discount
    FROM invoice i JOIN customer c ON c.id = i.customer_id JOIN invoice_line l ON l.invoice_id = i.id
    WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ?1 AND ?2
    ORDER BY i.issue_date, i.id, l.position";

impl SalesCursor<'_> {
    fn read(&mut self) -> Result<Option<SalesRow>> {
        let Some(r) = self.rows.next()? else {
            return Ok(None);
        };
        let kind: String = r.get(10)?;
        let currency: Currency = r.get(12)?;
        let rate = crate::store::payment::stored_rate(currency, r.get(14)?, r.get(13)?)?;
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
                discount: stored_discount(r.get(15)?)?,
            },
            discount: stored_discount(r.get(16)?)?,
            recorded: recorded_day(r, 11)?,
            currency,
            rate,
        }))
    }

    fn next(&mut self, accounts: &FecAccounts, foreign: &Foreign) -> Result<Option<Entry>> {
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
        let mut entry = sales_entry(
            accounts,
            &SalesDocument {
                id: first.id,
                credited_invoice: first.credited,
                number: &first.number,
                date: first.date,
                party: &first.party,
                lines: &lines,
                discount: first.discount,
                prices_include_vat: first.gross,
                currency: first.currency,
            },
        );
        if let Some(rate) = &first.rate {
            let own = entry.lines[0].debit.max(entry.lines[0].credit);
            let customer = match first.credited {
                Some(invoice) => foreign.booked(invoice, Settlement::CreditNote(first.id)),
                None => None,
            }
            .unwrap_or_else(|| rate.to_accounting(own));
            entry = sales_in_accounting(entry, rate, customer);
        }
        entry.recorded_on(first.recorded);
        Ok(Some(entry))
    }
}

/// Invoices imported from the previous tool (no lines: their sales were booked there).
const IMPORTED_SQL: &str = "SELECT i.id, i.number, i.issue_date, i.total_cents, c.code,
        COALESCE(i.customer_name, c.name),
        (SELECT substr(al.at, 1, 10) FROM audit_log al
         WHERE al.subject = 'invoice:' || i.id AND al.event = 'issue' ORDER BY al.id LIMIT 1)
    FROM invoice i JOIN customer c ON c.id = i.customer_id
    WHERE i.imported = 1 AND i.kind = 'invoice' AND i.issue_date BETWEEN ?1 AND ?2
    ORDER BY i.issue_date, i.id";

fn next_imported(rows: &mut Rows, accounts: &FecAccounts, currency: Currency) -> Result<Option<Entry>> {
    let Some(r) = rows.next()? else { return Ok(None) };
    let number: String = r.get(1)?;
    let party = Party {
        code: r.get(4)?,
        name: r.get(5)?,
    };
    let mut entry = imported_invoice_entry(
        accounts,
        r.get(0)?,
        &number,
        date_of(r.get_ref(2)?.as_str()?)?,
        &party,
        Money::from_minor(r.get(3)?, currency),
    );
    entry.recorded_on(recorded_day(r, 6)?);
    Ok(Some(entry))
}

const WRITE_OFFS_SQL: &str = "SELECT i.id, i.number, i.written_off_on, i.write_off_cents, i.total_cents,
        i.total_vat_cents, c.code, COALESCE(i.customer_name, c.name),
        (SELECT substr(al.at, 1, 10) FROM audit_log al
         WHERE al.subject = 'invoice:' || i.id AND al.event = 'write_off' ORDER BY al.id LIMIT 1),
        i.currency
    FROM invoice i JOIN customer c ON c.id = i.customer_id
    WHERE i.written_off_on BETWEEN ?1 AND ?2 ORDER BY i.written_off_on, i.id";

fn next_write_off(rows: &mut Rows, accounts: &FecAccounts, foreign: &Foreign) -> Result<Option<Entry>> {
    let Some(r) = rows.next()? else { return Ok(None) };
    let own: Currency = r.get(9)?;
    let money = |minor: i64| Money::from_minor(minor, own);
    let id: i64 = r.get(0)?;
    let number: String = r.get(1)?;
    let party = Party {
        code: r.get(6)?,
        name: r.get(7)?,
    };
    let amount = money(r.get(3)?);
    // in another currency: what the books still carry for it, at the invoice's rate
    let booked = foreign.rate(id).map(|rate| {
        foreign
            .booked(id, Settlement::WriteOff)
            .unwrap_or_else(|| rate.to_accounting(amount))
    });
    let w = WriteOff {
        invoice: id,
        number: &number,
        date: date_of(r.get_ref(2)?.as_str()?)?,
        amount: booked.unwrap_or(amount),
        invoice_total: money(r.get(4)?),
        invoice_vat: money(r.get(5)?),
    };
    let mut entry = write_off_entry(accounts, &w, &party);
    if booked.is_some()
        && let Some(customer) = entry.lines.iter_mut().find(|l| l.aux.is_some())
    {
        customer.foreign = Some(amount);
    }
    entry.recorded_on(recorded_day(r, 8)?);
    Ok(Some(entry))
}

/// While it lives, the connection plans a statement without looking at the values bound
/// to it (SQLite's query planner stability guarantee). Otherwise the statements asked
/// once per payment or per customer, whose dates the statistics weigh, are planned again
/// at every bind: at 100 k invoices that was a fifth of the export.
struct StablePlans<'t>(&'t Transaction<'t>);

impl<'t> StablePlans<'t> {
    fn on(tx: &'t Transaction<'t>) -> Result<Self> {
        tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        Ok(StablePlans(tx))
    }
}

impl Drop for StablePlans<'_> {
    fn drop(&mut self) {
        let _ = self.0.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, false);
    }
}

/// Builds every entry of the period and hands them to `write`, numbered, lettered and in
/// chronological order (by date; sales, then bank, then misc on one day).
pub(super) fn entries(
    tx: &Transaction,
    from: NaiveDate,
    to: NaiveDate,
    accounts: &FecAccounts,
    mut write: impl FnMut(&Entry) -> std::io::Result<()>,
) -> Result<ExportSummary> {
    let _stable = StablePlans::on(tx)?;
    let (from_s, to_s) = (date_sql(from), date_sql(to));
    let currency: Currency = crate::store::company::get(tx)?.currency;
    let foreign = foreign::load(tx, &to_s)?;
    let carried = carried_forward(tx, from, accounts, currency)?;
    matching_groups(tx, &from_s, &to_s, currency, &foreign, &carried.open)?;
    let mut letter_stmt = tx.prepare(LETTER_SQL)?;
    let mut letter_of = |key: i64| -> Result<Option<(String, NaiveDate)>> {
        let mut rows = letter_stmt.query([key])?;
        match rows.next()? {
            Some(r) => Ok(Some((
                letter(usize::try_from(r.get::<_, i64>(0)?).unwrap_or(0)),
                date_of(r.get_ref(1)?.as_str()?)?,
            ))),
            None => Ok(None),
        }
    };
    let mut stamper = Stamper::new(accounts, HashMap::new()).continuing(entries_before(tx, &from_s)?);
    let mut sales_stmt = tx.prepare(SALES_SQL)?;
    let mut pay_stmt = tx.prepare(PAYMENTS_SQL)?;
    let mut wo_stmt = tx.prepare(WRITE_OFFS_SQL)?;
    let mut sales = SalesCursor {
        rows: sales_stmt.query([&from_s, &to_s])?,
        ahead: None,
    };
    let mut pays = PaymentCursor::new(pay_stmt.query([&from_s, &to_s])?);
    let mut wos = wo_stmt.query([&from_s, &to_s])?;
    let mut imported_stmt = tx.prepare(IMPORTED_SQL)?;
    let mut imported = imported_stmt.query([&from_s, &to_s])?;
    // on one day and in one journal, the first cursor wins: an imported invoice comes
    // before what was paid on it
    let mut heads: [Option<Entry>; 4] = [
        next_imported(&mut imported, accounts, currency)?,
        sales.next(accounts, &foreign)?,
        pays.next(accounts, &foreign)?,
        next_write_off(&mut wos, accounts, &foreign)?,
    ];
    let mut summary = ExportSummary {
        debit: Money::zero(currency),
        credit: Money::zero(currency),
        ..Default::default()
    };
    let mut carried_entries = carried.entries.into_iter();
    loop {
        // what was carried forward opens the file
        if let Some(mut entry) = carried_entries.next() {
            stamper.stamp_with(&mut entry, &mut letter_of)?;
            write(&entry)
                .map_err(|e| Error::Unreadable(crate::t!("checks-export-write", error = e.to_string())))?;
            summary.entries += 1;
            summary.lines += entry.lines.len();
            summary.debit += entry.debit();
            summary.credit += entry.credit();
            continue;
        }
        let pick = heads
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (chronological_key(e), i)))
            .min()
            .map(|(_, i)| i);
        let Some(i) = pick else { break };
        let mut entry = heads[i].take().expect("picked a present entry");
        if entry.debit() != entry.credit() {
            return Err(Error::Input(crate::t!(
                "checks-export-unbalanced",
                entry = entry.piece_ref.as_str(),
                debit = entry.debit().to_string(),
                credit = entry.credit().to_string()
            )));
        }
        stamper.stamp_with(&mut entry, &mut letter_of)?;
        write(&entry)
            .map_err(|e| Error::Unreadable(crate::t!("checks-export-write", error = e.to_string())))?;
        summary.entries += 1;
        summary.lines += entry.lines.len();
        summary.debit += entry.debit();
        summary.credit += entry.credit();
        heads[i] = match i {
            0 => next_imported(&mut imported, accounts, currency)?,
            1 => sales.next(accounts, &foreign)?,
            2 => pays.next(accounts, &foreign)?,
            _ => next_write_off(&mut wos, accounts, &foreign)?,
        };
    }
    summary.sales = stamper.count(Journal::Sales);
    summary.bank = stamper.count(Journal::Bank);
    summary.misc = stamper.count(Journal::Misc);
    summary.opening = stamper.count(Journal::Opening);
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use crate::store::plans::{ledger, plan_of};

    #[test]
    fn the_payments_before_the_file_are_counted_without_reading_their_rows() {
        let (_dir, mut db) = ledger();
        let plan = plan_of(&mut db, super::BEFORE_SQL);
        assert!(
            plan.contains("SEARCH payment USING COVERING INDEX payment_date (date<?)"),
            "{plan}"
        );
        // the imported ones through the import keys' index, in both counts
        assert_eq!(
            plan.matches("USING INDEX payment_import_key").count(),
            2,
            "{plan}"
        );
        assert!(!plan.contains("SCAN payment"), "{plan}");
        assert!(
            !plan.contains("SEARCH payment USING INDEX payment_date"),
            "an earlier payment's row is read:\n{plan}"
        );
    }
}
