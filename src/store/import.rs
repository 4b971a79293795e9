//! Bulk writes of the CSV imports: customers, invoices from another tool (kept with
//! their numbers, marked imported), payments keyed so a second import finds them.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Statement, Transaction, params};
use rust_decimal::Decimal;

use super::{date_sql, now_stamp};
use crate::domain::customer::Customer;
use crate::domain::import::{CustomerRow, InvoiceRow, series_of};
use crate::domain::money::{Currency, Money};
use crate::error::Result;

/// What an invoice needs from its customer: the snapshot copied onto it and the terms.
#[derive(Debug, Clone)]
pub struct CustomerInfo {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    pub terms: i64,
}

/// Every customer by upper-case code, with the company's terms filled in.
pub fn customers_by_code(tx: &Transaction, company_terms: i64) -> Result<HashMap<String, CustomerInfo>> {
    let mut stmt =
        tx.prepare("SELECT id, code, name, address, siren, vat_number, payment_terms_days FROM customer")?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next()? {
        let code: String = r.get(1)?;
        out.insert(
            code.to_uppercase(),
            CustomerInfo {
                id: r.get(0)?,
                name: r.get(2)?,
                address: r.get(3)?,
                siren: r.get(4)?,
                vat_number: r.get(5)?,
                terms: r.get::<_, Option<i64>>(6)?.unwrap_or(company_terms),
            },
        );
    }
    Ok(out)
}

/// Adds a customer unless its code exists (any case); true when added. An existing
/// customer is left as it is: the ledger's data wins over the file's.
pub fn insert_customer(tx: &Transaction, c: &CustomerRow) -> Result<Option<i64>> {
    let exists = tx
        .query_row(
            "SELECT id FROM customer WHERE code = ?1 COLLATE NOCASE",
            [&c.code],
            |r| r.get::<_, i64>(0),
        )
        .optional()?;
    if let Some(id) = exists {
        if let Some(iban) = &c.iban {
            remember_iban(tx, iban, id)?;
        }
        return Ok(None);
    }
    let id = super::customer::insert(
        tx,
        &Customer {
            kind: c.kind,
            email: c.email.clone(),
            address: c.address.clone(),
            siren: c.siren.clone(),
            vat_number: c.vat_number.clone(),
            payment_terms_days: c.payment_terms_days,
            language: c.language.clone(),
            ..Customer::new(&c.code, &c.name)
        },
    )?;
    if let Some(iban) = &c.iban {
        remember_iban(tx, iban, id)?;
    }
    Ok(Some(id))
}

/// Records that a customer pays from this IBAN (the first customer seen keeps it).
pub fn remember_iban(tx: &Transaction, iban: &str, customer_id: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO customer_iban (iban, customer_id) VALUES (?1, ?2) ON CONFLICT (iban) DO NOTHING",
        params![iban, customer_id],
    )?;
    Ok(())
}

/// A large file going in: what was set aside while its rows go in, and put back (with
/// what it would have written) before the transaction commits.
///
/// - The record's and the customers' money triggers on insert (the settlement record
///   and `customer_money`, migrations 017 and 021): each imported row refreshed its
///   invoice's row of the record through the whole `settlement_source` view, half the
///   time of an import. The rows the file added are written once at the end: the
///   record's through the same view, the money as the triggers add it.
/// - With `indexes`, the indexes of the invoice and payment tables and the audit log's
///   index by subject, created again once (the UNIQUE constraints stay: they key the
///   import). The two the settlement record searches by stay (an invoice's allocations
///   and credit notes). Only for a file large beside the ledger: built again, an index
///   sorts every row of its table, not only the file's.
pub struct BulkLoad {
    triggers: Vec<(String, String)>,
    indexes: Vec<(String, String)>,
    first_invoice: i64,
    last_payment: i64,
}

/// The triggers a bulk load sets aside: what they write is written at its end.
const BULK_TRIGGERS: &str = "'settlement_invoice_added', 'settlement_allocation_added',
    'customer_money_paid', 'customer_money_allocated'";

impl BulkLoad {
    pub fn begin(tx: &Transaction, indexes: bool) -> Result<Self> {
        let schema = |sql: &str| -> Result<Vec<(String, String)>> {
            let mut stmt = tx.prepare(sql)?;
            let found = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(found)
        };
        let triggers = schema(&format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({BULK_TRIGGERS})"
        ))?;
        let indexes = if indexes {
            schema(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                 AND (tbl_name IN ('invoice', 'payment', 'allocation') OR name = 'audit_log_subject')
                 AND sql NOT LIKE 'CREATE UNIQUE%'
                 AND name NOT IN ('allocation_invoice', 'invoice_credited')",
            )?
        } else {
            Vec::new()
        };
        for (name, _) in &triggers {
            tx.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
        }
        for (name, _) in &indexes {
            tx.execute_batch(&format!("DROP INDEX \"{name}\";"))?;
        }
        let first_invoice = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoice", [], |r| r.get(0))?;
        let last_payment = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM payment", [], |r| r.get(0))?;
        Ok(BulkLoad {
            triggers,
            indexes,
            first_invoice,
            last_payment,
        })
    }

    /// Builds the indexes again, writes what the triggers would have written for the
    /// invoices added since [`BulkLoad::begin`] (every payment of an import goes to one
    /// of them), and puts the triggers back.
    pub fn end(self, tx: &Transaction) -> Result<()> {
        // an index of millions of rows is sorted in files, not in memory: `Db::write_bulk`
        // kept temporary storage in memory for the statement journals only (they were set
        // up when the transaction began, and stay there)
        tx.pragma_update(None, "temp_store", "FILE")?;
        // each sort keeps as much in memory as the page cache holds, beside the cache:
        // a quarter of it for the sorts of a bulk load
        super::with_cache_share(tx, 4, || {
            for (_, sql) in &self.indexes {
                tx.execute_batch(sql)?;
            }
            Ok(())
        })?;
        tx.execute(
            "INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source WHERE invoice_id >= ?1",
            [self.first_invoice],
        )?;
        // what the two triggers would have added up, row by row: the payments without a
        // currency of their own, the allocations to invoices the record holds without a
        // rate (as `customer_money_source` counts them)
        tx.execute(
            "INSERT INTO customer_money (customer_id, received_cents, allocated_cents)
             SELECT customer_id, SUM(received), SUM(allocated) FROM (
                 SELECT customer_id, amount_cents AS received, 0 AS allocated FROM payment
                 WHERE id > ?2 AND currency IS NULL
                 UNION ALL
                 SELECT customer_id, 0, paid_cents FROM settlement
                 WHERE invoice_id >= ?1 AND converted = 0 AND paid_cents <> 0)
             GROUP BY customer_id
             ON CONFLICT (customer_id) DO UPDATE SET
                 received_cents = received_cents + excluded.received_cents,
                 allocated_cents = allocated_cents + excluded.allocated_cents",
            [self.first_invoice, self.last_payment],
        )?;
        for (_, sql) in self.triggers {
            tx.execute_batch(&sql)?;
        }
        Ok(())
    }
}

/// What became of an invoice row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landed {
    Added,
    /// Its number is in the ledger from an earlier import or from here: left unchanged.
    AlreadyThere,
    /// Its number was already added by this same file.
    TwiceInFile,
    /// Its number is an invoice issued in this ledger, not an imported one.
    IssuedHere,
}

/// Prepared statements for many imported invoices in one transaction.
pub struct InvoiceWriter<'t> {
    tx: &'t Transaction<'t>,
    add: Statement<'t>,
    find: Statement<'t>,
    pay: Statement<'t>,
    allocate: Statement<'t>,
    next_id: i64,
    first_id: i64,
    now: String,
}

impl<'t> InvoiceWriter<'t> {
    pub fn new(tx: &'t Transaction<'t>) -> Result<Self> {
        let next_id: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM invoice", [], |r| r.get(0))?;
        Ok(InvoiceWriter {
            tx,
            // seq is minus the id: unique, and never in the way of the numbers issued here
            add: tx.prepare(
                "INSERT INTO invoice (id, kind, series, number, year, seq, customer_id, issue_date, due_date,
                     payment_terms_days, currency, purchase_order, notes, customer_name, customer_address,
                     customer_siren, customer_vat_number, total_net_cents, total_vat_cents, total_cents,
                     imported, sent_on, created_at, exchange_rate)
                 VALUES (?1, 'invoice', ?2, ?3, ?4, -?1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                     ?16, ?17, ?18, 1, ?6, ?19, ?20)
                 ON CONFLICT (number) DO NOTHING",
            )?,
            find: tx.prepare("SELECT id, imported FROM invoice WHERE number = ?1")?,
            pay: tx.prepare(
                "INSERT INTO payment (customer_id, date, amount_cents, method, reference, import_key, created_at,
                     customer_name, currency, exchange_rate)
                 VALUES (?1, ?2, ?3, 'other', ?4, ?5, ?6, (SELECT name FROM customer WHERE id = ?1), ?7, ?8)",
            )?,
            allocate: tx.prepare(
                "INSERT INTO allocation (payment_id, invoice_id, date, amount_cents) VALUES (?1, ?2, ?3, ?4)",
            )?,
            first_id: next_id,
            next_id,
            now: now_stamp(),
        })
    }

    /// Writes one invoice with the customer's snapshot, and what was paid on it before.
    /// `accounting` is the company's currency: an invoice in another one carries the row's
    /// exchange rate (the caller has made sure there is one), and so does the money that
    /// paid it (an import of history books no exchange difference).
    pub fn write(
        &mut self,
        row: &InvoiceRow,
        customer: &CustomerInfo,
        accounting: Currency,
    ) -> Result<Landed> {
        let id = self.next_id;
        let currency = match &row.currency {
            Some(code) => Currency::parse(code)?,
            None => accounting,
        };
        let rate = (currency != accounting)
            .then(|| row.exchange_rate.map(|r| r.to_string()))
            .flatten();
        let minor = |value: Decimal| Money::exact(value, currency).map(Money::minor);
        let due = row
            .due_date
            .unwrap_or_else(|| crate::domain::customer::due_date(row.issue_date, customer.terms));
        let issue = date_sql(row.issue_date);
        let added = self.add.execute(params![
            id,
            series_of(&row.number),
            row.number,
            row.issue_date.year(),
            customer.id,
            issue,
            date_sql(due),
            (due - row.issue_date).num_days(),
            currency,
            row.purchase_order,
            row.notes,
            customer.name,
            customer.address,
            customer.siren,
            customer.vat_number,
            minor(row.net)?,
            minor(row.vat)?,
            minor(row.total)?,
            self.now,
            rate
        ])?;
        if added == 0 {
            let (existing, imported): (i64, bool) = self
                .find
                .query_row([&row.number], |r| Ok((r.get(0)?, r.get(1)?)))?;
            return Ok(if existing >= self.first_id {
                Landed::TwiceInFile
            } else if imported {
                Landed::AlreadyThere
            } else {
                Landed::IssuedHere
            });
        }
        self.next_id += 1;
        if let Some((amount, on)) = row.paid {
            let amount = Money::exact(amount, currency)?;
            let foreign = rate.map(|r| (currency, r));
            self.record_paid(
                id,
                row,
                customer.id,
                amount,
                on.unwrap_or(row.issue_date),
                foreign,
            )?;
        }
        Ok(Landed::Added)
    }

    fn record_paid(
        &mut self,
        invoice_id: i64,
        row: &InvoiceRow,
        customer_id: i64,
        amount: Money,
        on: NaiveDate,
        foreign: Option<(Currency, String)>,
    ) -> Result<()> {
        let day = date_sql(on);
        self.pay.execute(params![
            customer_id,
            day,
            amount.minor(),
            format!("reprise {}", row.number),
            format!("invoice:{}", row.number),
            self.now,
            foreign.as_ref().map(|f| f.0),
            foreign.map(|f| f.1)
        ])?;
        let payment_id = self.tx.last_insert_rowid();
        self.allocate
            .execute(params![payment_id, invoice_id, day, amount.minor()])?;
        Ok(())
    }
}

/// True when a payment with this import key is in the ledger.
pub fn payment_key_exists(tx: &Transaction, key: &str) -> Result<bool> {
    Ok(tx
        .query_row("SELECT 1 FROM payment WHERE import_key = ?1", [key], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn set_payment_key(tx: &Transaction, payment_id: i64, key: &str) -> Result<()> {
    tx.execute(
        "UPDATE payment SET import_key = ?2 WHERE id = ?1",
        params![payment_id, key],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::*;
    use crate::store::Db;
    use crate::store::plans::ledger;
    use crate::store::settlement::differ;

    fn schema(db: &mut Db) -> Vec<(String, String)> {
        db.read(|tx| {
            let mut stmt =
                tx.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
        .unwrap()
    }

    fn row(number: &str, day: u32, total: i64, paid: Option<i64>, currency: Option<&str>) -> InvoiceRow {
        let issue = NaiveDate::from_ymd_opt(2025, 3, day).unwrap();
        InvoiceRow {
            number: number.into(),
            customer: "C1".into(),
            issue_date: issue,
            due_date: None,
            net: Decimal::new(total, 0),
            vat: Decimal::ZERO,
            total: Decimal::new(total, 0),
            currency: currency.map(str::to_string),
            exchange_rate: currency.map(|_| Decimal::new(11, 1)),
            paid: paid.map(|p| (Decimal::new(p, 0), issue.succ_opt())),
            purchase_order: None,
            notes: None,
        }
    }

    /// Writes `rows` for the two customers in turn, through a bulk load when `bulk` says
    /// whether it also drops the indexes.
    fn import(db: &mut Db, rows: &[InvoiceRow], bulk: Option<bool>) {
        db.write(|tx| {
            let load = bulk.map(|indexes| BulkLoad::begin(tx, indexes)).transpose()?;
            let customers = customers_by_code(tx, 30)?;
            let mut writer = InvoiceWriter::new(tx)?;
            for (i, r) in rows.iter().enumerate() {
                let code = if i % 2 == 0 { "C1" } else { "C2" };
                assert_eq!(writer.write(r, &customers[code], Currency::EUR)?, Landed::Added);
            }
            drop(writer);
            load.map(|l| l.end(tx)).transpose()?;
            Ok(())
        })
        .unwrap();
    }

    #[test]
    fn a_bulk_load_leaves_the_record_the_money_and_the_schema_as_row_by_row_writes_do() {
        for indexes in [false, true] {
            let (_dir, mut db) = ledger();
            db.write(|tx| {
                crate::store::company::insert(tx, &Default::default())?;
                for code in ["C1", "C2"] {
                    crate::store::customer::insert(tx, &crate::domain::customer::Customer::new(code, code))?;
                }
                Ok(())
            })
            .unwrap();
            // some of the ledger before, written with the triggers on
            import(
                &mut db,
                &[row("A-1", 1, 100, Some(40), None), row("A-2", 2, 50, None, None)],
                None,
            );
            let before = schema(&mut db);
            import(
                &mut db,
                &[
                    row("B-1", 3, 200, Some(200), None),
                    row("B-2", 4, 300, Some(120), None),
                    row("B-3", 5, 80, None, None),
                    row("B-4", 6, 90, Some(90), Some("USD")),
                    row("B-5", 7, 60, Some(10), None),
                ],
                Some(indexes),
            );
            assert_eq!(
                schema(&mut db),
                before,
                "indexes and triggers put back as they were"
            );
            assert_eq!(differ(&mut db, "settlement", "settlement_source"), 0);
            assert_eq!(differ(&mut db, "customer_money", "customer_money_source"), 0);
            let held: i64 = db
                .read(|tx| Ok(tx.query_row("SELECT count(*) FROM settlement", [], |r| r.get(0))?))
                .unwrap();
            assert_eq!(held, 7);
            // the triggers work again for what comes after
            import(&mut db, &[row("C-1", 8, 70, Some(30), None)], None);
            assert_eq!(differ(&mut db, "settlement", "settlement_source"), 0);
            assert_eq!(differ(&mut db, "customer_money", "customer_money_source"), 0);
        }
    }

    #[test]
    fn a_bulk_import_keeps_the_indexes_the_settlement_record_searches_by() {
        // once the rows are in, the record of the invoices a bulk load added is written from
        // the history: with the indexes it drops, that must still find each invoice's
        // allocations and credit notes
        let (_dir, mut db) = ledger();
        db.write(|tx| {
            BulkLoad::begin(tx, true)?;
            let refresh = "SELECT * FROM settlement_source WHERE invoice_id >= ?1";
            let plan = {
                let mut stmt = tx.prepare(&format!("EXPLAIN QUERY PLAN {refresh}"))?;
                let nulls = vec![rusqlite::types::Value::Null; stmt.parameter_count()];
                stmt.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))?
                    .collect::<rusqlite::Result<Vec<_>>>()?
                    .join("\n")
            };
            for index in ["allocation_invoice", "invoice_credited"] {
                assert!(plan.contains(index), "{index} not used:\n{plan}");
            }
            assert!(!plan.contains("SCAN a") && !plan.contains("SCAN c"), "{plan}");
            assert!(
                !plan.contains("SCAN i"),
                "the added invoices are a range of ids:\n{plan}"
            );
            Err::<(), _>(crate::error::Error::Input("roll back".into()))
        })
        .unwrap_err();
    }
}
