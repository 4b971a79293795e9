//! Invoices and credit notes: drafts, issuing with a number, credits, write-offs, and
//! the facts their status is derived from.

use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Row, Transaction, params};

mod facts;

use super::lines::{self, LineTable};
use super::{date_sql, now_stamp, opt_date, parse_stored_date, parse_stored_decimal};
use crate::domain::customer::due_date;
use crate::domain::document::{Line, Totals, compute_totals};
use crate::domain::exchange::ExchangeRate;
use crate::domain::invoice::{Delivery, Draft, Invoice};
use crate::domain::money::{Currency, Money};
use crate::domain::numbering::{check_chronology, format_number, next_sequence};
use crate::domain::sepa::{CollectMethod, CollectionState};
use crate::domain::status::InvoiceFacts;
use crate::error::{Error, Result, invalid};
use facts::Facts;
#[cfg(test)]
pub(crate) use facts::{FACTS_OF_INVOICE, list_payments_sql};

pub(crate) const HEADER: &str = "SELECT i.id, i.kind, i.series, i.number, i.customer_id, c.code,
    COALESCE(i.customer_name, c.name), COALESCE(i.customer_address, c.address),
    COALESCE(i.customer_siren, c.siren), COALESCE(i.customer_vat_number, c.vat_number),
    o.number, i.credited_invoice_id, ci.number, i.reason, i.issue_date, i.due_date, i.payment_terms_days,
    i.currency, i.prices_include_vat, i.penalty_rate, i.purchase_order, i.notes,
    i.total_net_cents, i.total_vat_cents, i.total_cents, i.imported, i.sent_on,
    i.written_off_on, i.write_off_cents, i.write_off_reason,
    i.delivery_from, i.delivery_to, i.delivery_address, i.exchange_rate, (SELECT currency FROM company),
    i.discount, i.deposit, i.collect_method,
    (SELECT s.status || ' ' || c.made_on FROM sepa_collection_item s
       JOIN sepa_collection c ON c.id = s.collection_id WHERE s.invoice_id = i.id ORDER BY s.id DESC LIMIT 1)
  FROM invoice i JOIN customer c ON c.id = i.customer_id
  LEFT JOIN offer o ON o.id = i.offer_id
  LEFT JOIN invoice ci ON ci.id = i.credited_invoice_id";

fn from_row(r: &Row) -> rusqlite::Result<Invoice> {
    let issue_date = opt_date(r.get(14)?)?;
    let currency: Currency = r.get(17)?;
    let money = |minor: i64| Money::from_minor(minor, currency);
    let total = money(r.get(24)?);
    let write_off = match (opt_date(r.get(27)?)?, r.get::<_, Option<i64>>(28)?) {
        (Some(d), Some(c)) => Some((d, money(c))),
        _ => None,
    };
    let due = opt_date(r.get(15)?)?;
    let exchange_rate = match r.get::<_, Option<String>>(33)? {
        Some(text) => Some(
            ExchangeRate::new(currency, r.get(34)?, parse_stored_decimal(&text)?)
                .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))?,
        ),
        None => None,
    };
    Ok(Invoice {
        id: r.get(0)?,
        is_credit_note: r.get::<_, String>(1)? == "credit_note",
        is_deposit: r.get(36)?,
        series: r.get(2)?,
        number: r.get(3)?,
        customer_id: r.get(4)?,
        customer_code: r.get(5)?,
        customer_name: r.get(6)?,
        customer_address: r.get(7)?,
        customer_siren: r.get(8)?,
        customer_vat_number: r.get(9)?,
        offer_number: r.get(10)?,
        credited_invoice_id: r.get(11)?,
        credited_invoice_number: r.get(12)?,
        reason: r.get(13)?,
        issue_date,
        due_date: due,
        payment_terms_days: r.get(16)?,
        currency,
        exchange_rate,
        prices_include_vat: r.get(18)?,
        penalty_rate: r
            .get::<_, Option<String>>(19)?
            .as_deref()
            .map(parse_stored_decimal)
            .transpose()?,
        purchase_order: r.get(20)?,
        notes: r.get(21)?,
        total_net: money(r.get(22)?),
        total_vat: money(r.get(23)?),
        total,
        imported: r.get(25)?,
        write_off_reason: r.get(29)?,
        delivery: Delivery::from_bounds(opt_date(r.get(30)?)?, opt_date(r.get(31)?)?),
        delivery_address: r.get(32)?,
        discount: lines::stored_discount(r.get(35)?)?,
        collect: match r.get::<_, Option<String>>(37)?.as_deref() {
            Some("direct_debit") => CollectMethod::DirectDebit,
            _ => CollectMethod::Transfer,
        },
        collection: r.get::<_, Option<String>>(38)?.and_then(|t| {
            let (state, day) = t.split_once(' ')?;
            Some((
                CollectionState::parse(state)?,
                NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?,
            ))
        }),
        facts: InvoiceFacts {
            issue_date,
            due_date: due,
            sent_on: opt_date(r.get(26)?)?,
            total,
            payments: Vec::new(),
            credits: Vec::new(),
            write_off,
        },
        credit_notes: Vec::new(),
    })
}

/// Which invoices `list` returns. Status filters apply after derivation, in the caller.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub customer_id: Option<i64>,
    pub include_invoices: bool,
    pub include_credit_notes: bool,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Loads invoices with their payments and credit notes attached: three queries
/// whatever the number of invoices.
pub fn list(tx: &Transaction, filter: &Filter) -> Result<Vec<Invoice>> {
    let mut records = Vec::new();
    for_each(tx, filter, |r| {
        records.push(r);
        Ok(())
    })?;
    Ok(records)
}

/// Hands `visit` the invoices `list` returns, in the same order and with the same facts,
/// one at a time: the credit notes are read first (few), the allocations come from a
/// second cursor in the rows' own order, so memory does not grow with the ledger.
pub fn for_each(tx: &Transaction, filter: &Filter, visit: impl FnMut(Invoice) -> Result<()>) -> Result<()> {
    for_each_reading(tx, filter, true, visit)
}

/// The invoices `list` returns, with their credit notes and write-offs but no payment
/// (their allocations are not read): for a customer's history, which shows none.
pub fn list_without_payments(tx: &Transaction, filter: &Filter) -> Result<Vec<Invoice>> {
    let mut records = Vec::new();
    for_each_reading(tx, filter, false, |r| {
        records.push(r);
        Ok(())
    })?;
    Ok(records)
}

/// [`for_each`], reading each invoice's allocations when `payments`.
fn for_each_reading(
    tx: &Transaction,
    filter: &Filter,
    payments: bool,
    mut visit: impl FnMut(Invoice) -> Result<()>,
) -> Result<()> {
    let facts = Facts::credit_notes(tx, filter.customer_id)?;
    let mut filtered = " WHERE 1 = 1".to_string();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(id) = filter.customer_id {
        filtered.push_str(" AND i.customer_id = ?");
        args.push(id.into());
    }
    match (filter.include_invoices, filter.include_credit_notes) {
        (true, false) => filtered.push_str(" AND i.kind = 'invoice'"),
        (false, true) => filtered.push_str(" AND i.kind = 'credit_note'"),
        (false, false) => filtered.push_str(" AND 0"),
        (true, true) => {}
    }
    if let Some(from) = filter.from {
        filtered.push_str(" AND i.issue_date >= ?");
        args.push(date_sql(from).into());
    }
    if let Some(to) = filter.to {
        filtered.push_str(" AND i.issue_date <= ?");
        args.push(date_sql(to).into());
    }
    // the issued ones in the order of the issue-date index (no sort of the wide rows),
    // then the drafts, few, by series; their allocations read beside them in that order
    let feeds = facts::list_payments_sql(&filtered);
    for (sql, feed_sql) in list_sql(&format!("{HEADER}{filtered}")).iter().zip(&feeds) {
        let mut stmt = tx.prepare(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut feed_stmt = if payments {
            Some(tx.prepare(feed_sql)?)
        } else {
            None
        };
        let mut feed = match feed_stmt.as_mut() {
            Some(stmt) => Some(facts::ListFeed::new(
                stmt.query(rusqlite::params_from_iter(args.iter()))?,
            )),
            None => None,
        };
        while let Some(r) = rows.next()? {
            let mut record = from_row(r)?;
            if let Some(feed) = feed.as_mut() {
                feed.attach(&mut record)?;
            }
            facts.attach_credits(&mut record);
            visit(record)?;
        }
    }
    Ok(())
}

/// The queries of a list whose filter is `selected` (the header and its WHERE): the
/// invoices with an issue date by date, series and number, then those without, the
/// order `ORDER BY issue_date IS NULL, issue_date, series, seq, id` gives.
pub(crate) fn list_sql(selected: &str) -> [String; 2] {
    [
        format!("{selected} AND i.issue_date IS NOT NULL ORDER BY i.issue_date, i.series, i.seq, i.id"),
        format!("{selected} AND i.issue_date IS NULL ORDER BY i.series, i.seq, i.id"),
    ]
}

/// Finds an invoice or credit note by number (FACT-2026-0001) or by id (12 or #12).
pub fn find(tx: &Transaction, reference: &str) -> Result<Invoice> {
    let reference = reference.trim();
    let by_id = |id: &str| -> Result<Option<Invoice>> {
        let id: i64 = id.parse().unwrap_or(-1);
        Ok(tx
            .query_row(&format!("{HEADER} WHERE i.id = ?1"), [id], from_row)
            .optional()?)
    };
    let digits = !reference.is_empty() && reference.chars().all(|c| c.is_ascii_digit());
    let found = if let Some(id) = reference.strip_prefix('#').filter(|i| !i.is_empty()) {
        // `#54`: the invoice whose id is 54, issued or not
        by_id(id)?
    } else if digits {
        // `54`: an invoice numbered 54 (imported numbers may be digits only), else the
        // draft whose id is 54; an issued invoice is never taken for its id
        match super::find_by_number(tx, HEADER, "i.number", reference, from_row)? {
            Some(record) => Some(record),
            None => match by_id(reference)? {
                Some(record) if record.number.is_none() => Some(record),
                Some(record) => {
                    return Err(Error::NotFound(crate::t!(
                        "ops-invoice-not-numbered",
                        reference = reference,
                        number = record.number.unwrap_or_default()
                    )));
                }
                None => None,
            },
        }
    } else {
        super::find_by_number(tx, HEADER, "i.number", reference, from_row)?
    };
    let Some(record) = found else {
        return Err(Error::NotFound(crate::t!(
            "ops-invoice-unknown",
            reference = reference
        )));
    };
    let mut record = record;
    Facts::of_invoice(tx, record.id)?.attach(&mut record);
    Ok(record)
}

pub fn lines(tx: &Transaction, id: i64) -> Result<Vec<Line>> {
    lines::load(tx, LineTable::Invoice, id)
}

fn totals_of(draft: &Draft) -> Totals {
    compute_totals(
        &draft.lines,
        draft.discount,
        draft.prices_include_vat,
        draft.currency,
    )
}

pub fn insert_draft(tx: &Transaction, draft: &Draft) -> Result<i64> {
    let t = totals_of(draft);
    tx.execute(
        "INSERT INTO invoice (kind, series, customer_id, offer_id, payment_terms_days, currency,
             prices_include_vat, penalty_rate, purchase_order, notes, total_net_cents, total_vat_cents,
             total_cents, created_at, delivery_from, delivery_to, delivery_address, discount, collect_method)
         VALUES ('invoice', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            draft.series,
            draft.customer_id,
            draft.offer_id,
            draft.payment_terms_days,
            draft.currency,
            draft.prices_include_vat,
            draft.penalty_rate.map(|r| r.to_string()),
            draft.purchase_order,
            draft.notes,
            t.net.minor(),
            t.vat.minor(),
            t.total.minor(),
            now_stamp(),
            draft.delivery.map(|d| date_sql(d.bounds().0)),
            draft.delivery.map(|d| date_sql(d.bounds().1)),
            draft.delivery_address,
            draft.discount.map(|d| d.to_text()),
            super::customer::stored_method(draft.collect),
        ],
    )?;
    let id = tx.last_insert_rowid();
    lines::insert(tx, LineTable::Invoice, id, &draft.lines)?;
    Ok(id)
}

/// Replaces a draft's content. The caller has checked it is still a draft.
pub fn update_draft(tx: &Transaction, id: i64, draft: &Draft) -> Result<()> {
    let t = totals_of(draft);
    tx.execute(
        "UPDATE invoice SET series = ?2, customer_id = ?3, payment_terms_days = ?4, currency = ?5,
             prices_include_vat = ?6, penalty_rate = ?7, purchase_order = ?8, notes = ?9,
             total_net_cents = ?10, total_vat_cents = ?11, total_cents = ?12,
             delivery_from = ?13, delivery_to = ?14, delivery_address = ?15, discount = ?16, collect_method = ?17
         WHERE id = ?1 AND number IS NULL",
        params![
            id,
            draft.series,
            draft.customer_id,
            draft.payment_terms_days,
            draft.currency,
            draft.prices_include_vat,
            draft.penalty_rate.map(|r| r.to_string()),
            draft.purchase_order,
            draft.notes,
            t.net.minor(),
            t.vat.minor(),
            t.total.minor(),
            draft.delivery.map(|d| date_sql(d.bounds().0)),
            draft.delivery.map(|d| date_sql(d.bounds().1)),
            draft.delivery_address,
            draft.discount.map(|d| d.to_text()),
            super::customer::stored_method(draft.collect),
        ],
    )?;
    lines::delete(tx, LineTable::Invoice, id)?;
    lines::insert(tx, LineTable::Invoice, id, &draft.lines)?;
    Ok(())
}

/// Makes a draft a deposit invoice (before it is issued).
pub fn mark_deposit(tx: &Transaction, id: i64) -> Result<()> {
    tx.execute(
        "UPDATE invoice SET deposit = 1 WHERE id = ?1 AND number IS NULL",
        [id],
    )?;
    Ok(())
}

/// The issued deposit invoices of a quote, oldest first, and the final invoice that
/// deducted each (None while none has).
pub fn deposits_of_offer(tx: &Transaction, offer_id: i64) -> Result<Vec<(Invoice, Option<i64>)>> {
    let mut stmt = tx.prepare(
        "SELECT i.id, d.final_invoice_id FROM invoice i LEFT JOIN deposit_deduction d ON d.deposit_invoice_id = i.id
         WHERE i.offer_id = ?1 AND i.deposit = 1 AND i.number IS NOT NULL ORDER BY i.issue_date, i.seq",
    )?;
    let ids = stmt
        .query_map([offer_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.into_iter()
        .map(|(id, fin)| Ok((find(tx, &format!("#{id}"))?, fin)))
        .collect()
}

/// The invoices of a quote that are not deposits (its invoice, or its final invoice).
pub fn final_of_offer(tx: &Transaction, offer_id: i64) -> Result<Option<Invoice>> {
    let id: Option<i64> = tx
        .query_row(
            "SELECT id FROM invoice WHERE offer_id = ?1 AND deposit = 0 AND kind = 'invoice' ORDER BY id LIMIT 1",
            [offer_id],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| find(tx, &format!("#{id}"))).transpose()
}

/// Records that a final invoice deducts a deposit: once, whatever runs at the same time.
pub fn record_deduction(tx: &Transaction, deposit_id: i64, final_id: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO deposit_deduction (deposit_invoice_id, final_invoice_id) VALUES (?1, ?2)",
        params![deposit_id, final_id],
    )?;
    Ok(())
}

/// The deposits a final invoice deducts: (number, issue date, total), oldest first.
pub fn deductions_of(tx: &Transaction, final_id: i64) -> Result<Vec<(String, NaiveDate, Money)>> {
    let mut stmt = tx.prepare(
        "SELECT i.number, i.issue_date, i.total_cents, i.currency FROM deposit_deduction d
         JOIN invoice i ON i.id = d.deposit_invoice_id WHERE d.final_invoice_id = ?1 ORDER BY i.issue_date, i.seq",
    )?;
    let rows = stmt
        .query_map([final_id], |r| {
            let currency: Currency = r.get(3)?;
            Ok((
                r.get::<_, String>(0)?,
                parse_stored_date(&r.get::<_, String>(1)?)?,
                Money::from_minor(r.get(2)?, currency),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn delete_draft(tx: &Transaction, id: i64) -> Result<()> {
    lines::delete(tx, LineTable::Invoice, id)?;
    tx.execute("DELETE FROM invoice WHERE id = ?1 AND number IS NULL", [id])?;
    Ok(())
}

/// The last number issued in a series and year, with its sequence and date.
type LastIssued = Option<(i64, String, NaiveDate)>;

/// The last number issued in a series and year (imported ones aside).
pub(crate) const LAST_IN_SERIES: &str =
    "SELECT seq, number, issue_date FROM invoice WHERE series = ?1 AND year = ?2
     AND imported = 0 ORDER BY seq DESC LIMIT 1";
/// Whether a number is taken (by an imported invoice).
pub(crate) const NUMBER_TAKEN: &str = "SELECT 1 FROM invoice WHERE number = ?1";

fn last_in_series(tx: &Transaction, series: &str, year: i32) -> Result<LastIssued> {
    let row = tx
        .query_row(LAST_IN_SERIES, params![series, year], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .optional()?;
    match row {
        Some((seq, number, date)) => Ok(Some((seq, number, parse_stored_date(&date)?))),
        None => Ok(None),
    }
}

/// The day of the last document numbered in a series and year (imported ones aside).
pub fn last_issue_date(tx: &Transaction, series: &str, year: i32) -> Result<Option<NaiveDate>> {
    Ok(last_in_series(tx, series, year)?.map(|(_, _, day)| day))
}

/// Gives the next number of the series, in the caller's transaction: numbers are
/// consecutive because writers are serialised by BEGIN IMMEDIATE.
fn allocate_number(tx: &Transaction, series: &str, date: NaiveDate) -> Result<(i64, String)> {
    let last = last_in_series(tx, series, date.year())?;
    let seq = next_sequence(last.as_ref().map(|l| l.0));
    check_chronology(series, date, last.map(|(_, number, day)| (number, day)))?;
    let number = format_number(series, date, seq);
    let clash = tx.query_row(NUMBER_TAKEN, [&number], |_| Ok(())).optional()?;
    if clash.is_some() {
        return invalid(crate::t!("ops-invoice-number-imported", number = number.as_str()));
    }
    Ok((seq, number))
}

/// Gives an unnumbered invoice or credit note the next number of its series, its dates
/// and the customer's name and address as they are today: from then on it is frozen.
/// None when it already had a number.
fn freeze(
    tx: &Transaction,
    id: i64,
    series: &str,
    date: NaiveDate,
    due: NaiveDate,
) -> Result<Option<String>> {
    let (seq, number) = allocate_number(tx, series, date)?;
    let changed = tx.execute(
        "UPDATE invoice SET number = ?2, year = ?3, seq = ?4, issue_date = ?5, due_date = ?6,
             customer_name = c.name, customer_address = c.address, customer_siren = c.siren,
             customer_vat_number = c.vat_number
         FROM customer c WHERE invoice.id = ?1 AND c.id = invoice.customer_id AND invoice.number IS NULL",
        params![id, number, date.year(), seq, date_sql(date), date_sql(due)],
    )?;
    Ok((changed == 1).then_some(number))
}

/// Issues a draft: number, date, due date, customer snapshot, and the exchange rate of an
/// invoice in another currency than the accounting one. Returns the number.
pub fn issue(
    tx: &Transaction,
    record: &Invoice,
    date: NaiveDate,
    rate: Option<ExchangeRate>,
) -> Result<String> {
    let due = due_date(date, record.payment_terms_days);
    tx.execute(
        "UPDATE invoice SET exchange_rate = ?2 WHERE id = ?1 AND number IS NULL",
        params![record.id, rate.map(|r| r.per_unit.to_string())],
    )?;
    match freeze(tx, record.id, &record.series, date, due)? {
        Some(number) => Ok(number),
        None => invalid(crate::t!(
            "ops-invoice-not-draft-any-more",
            invoice = record.label()
        )),
    }
}

/// Creates and issues a credit note against `invoice`. Returns its id and number.
pub fn insert_credit_note(
    tx: &Transaction,
    invoice: &Invoice,
    lines: &[Line],
    prices_include_vat: bool,
    series: &str,
    reason: &str,
    date: NaiveDate,
) -> Result<(i64, String)> {
    let t = compute_totals(lines, None, prices_include_vat, invoice.currency);
    tx.execute(
        "INSERT INTO invoice (kind, series, customer_id, credited_invoice_id, reason, payment_terms_days,
             currency, prices_include_vat, total_net_cents, total_vat_cents, total_cents, created_at,
             exchange_rate)
         VALUES ('credit_note', ?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            series,
            invoice.customer_id,
            invoice.id,
            reason,
            invoice.currency,
            prices_include_vat,
            t.net.minor(),
            t.vat.minor(),
            t.total.minor(),
            now_stamp(),
            invoice.exchange_rate.map(|r| r.per_unit.to_string()),
        ],
    )?;
    let id = tx.last_insert_rowid();
    lines::insert(tx, LineTable::Invoice, id, lines)?;
    let Some(number) = freeze(tx, id, series, date, date)? else {
        return invalid(format!("credit note #{id} was numbered by another writer"));
    };
    Ok((id, number))
}

pub fn write_off(tx: &Transaction, id: i64, date: NaiveDate, amount: Money, reason: &str) -> Result<()> {
    tx.execute(
        "UPDATE invoice SET written_off_on = ?2, write_off_cents = ?3, write_off_reason = ?4 WHERE id = ?1",
        params![id, date_sql(date), amount.minor(), reason],
    )?;
    Ok(())
}

pub fn mark_sent(tx: &Transaction, id: i64, date: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE invoice SET sent_on = ?2 WHERE id = ?1 AND (sent_on IS NULL OR sent_on > ?2)",
        params![id, date_sql(date)],
    )?;
    Ok(())
}
