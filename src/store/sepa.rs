//! SEPA direct debit: mandates, collection files and the invoices in them.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::settlement::Reach;
use super::{date_sql, now_stamp, opt_date, parse_stored_date};
use crate::domain::money::{Currency, Money};
use crate::domain::sepa::{CollectionState, Mandate, MandateKind, Sequence};
use crate::domain::story::StoryNote;
use crate::error::{Result, invalid};

const MANDATE: &str = "SELECT m.id, m.customer_id, c.code, m.reference, m.iban, m.bic, m.signed_on, m.kind,
    (SELECT count(*) FROM sepa_collection_item s WHERE s.mandate_id = m.id AND s.status <> 'returned')
  FROM sepa_mandate m JOIN customer c ON c.id = m.customer_id";

fn mandate_row(r: &Row) -> rusqlite::Result<Mandate> {
    Ok(Mandate {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer_code: r.get(2)?,
        reference: r.get(3)?,
        iban: r.get(4)?,
        bic: r.get(5)?,
        signed_on: parse_stored_date(&r.get::<_, String>(6)?)?,
        kind: MandateKind::parse(&r.get::<_, String>(7)?).unwrap_or(MandateKind::Recurrent),
        collections: r.get(8)?,
    })
}

/// Records a signed mandate; its reference is unique.
pub fn insert_mandate(
    tx: &Transaction,
    customer_id: i64,
    reference: &str,
    iban: &str,
    bic: &str,
    signed_on: NaiveDate,
    kind: MandateKind,
) -> Result<i64> {
    let taken = tx
        .query_row(
            "SELECT c.code FROM sepa_mandate m JOIN customer c ON c.id = m.customer_id WHERE m.reference = ?1",
            [reference],
            |r| r.get::<_, String>(0),
        )
        .optional()?;
    if let Some(code) = taken {
        return invalid(crate::t!(
            "ops-mandate-reference-used",
            reference = reference,
            code = code
        ));
    }
    tx.execute(
        "INSERT INTO sepa_mandate (customer_id, reference, iban, bic, signed_on, kind, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            customer_id,
            reference,
            iban,
            bic,
            date_sql(signed_on),
            kind.as_str(),
            now_stamp()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Mandates of one customer or all, oldest first.
pub fn mandates(tx: &Transaction, customer_id: Option<i64>) -> Result<Vec<Mandate>> {
    let sql = format!(
        "{MANDATE} WHERE 1 = 1{} ORDER BY c.code, m.signed_on, m.id",
        super::and_equals("m.customer_id", 1, customer_id)
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt
        .query_map(params![customer_id], mandate_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The mandate a customer's collections use: the latest signed.
pub fn current_mandate(tx: &Transaction, customer_id: i64) -> Result<Option<Mandate>> {
    Ok(tx
        .query_row(
            &format!("{MANDATE} WHERE m.customer_id = ?1 ORDER BY m.signed_on DESC, m.id DESC LIMIT 1"),
            [customer_id],
            mandate_row,
        )
        .optional()?)
}

/// An invoice a collection may take: issued, to be paid by direct debit, due by `until`,
/// in no collection still pending or settled, and returned at most once: a debit the
/// bank returned is presented once more by the next collection, then a second return
/// leaves the invoice to the reminders.
/// Its balance is worked out by the caller.
#[derive(Debug, Clone)]
pub struct Collectable {
    pub invoice_id: i64,
    pub number: String,
}

/// How many times one invoice is presented to its debtor's bank: once, and once more
/// after a return.
const MAX_PRESENTATIONS: i64 = 2;

pub fn collectable(tx: &Transaction, until: NaiveDate) -> Result<Vec<Collectable>> {
    let mut stmt = tx.prepare(
        "SELECT i.id, i.number FROM invoice i
         WHERE i.kind = 'invoice' AND i.number IS NOT NULL AND i.collect_method = 'direct_debit'
           AND i.due_date <= ?1 AND i.written_off_on IS NULL
           AND NOT EXISTS (SELECT 1 FROM sepa_collection_item s WHERE s.invoice_id = i.id AND s.status <> 'returned')
           AND (SELECT count(*) FROM sepa_collection_item s WHERE s.invoice_id = i.id) < ?2
         ORDER BY i.due_date, i.series, i.seq",
    )?;
    let rows = stmt
        .query_map(params![date_sql(until), MAX_PRESENTATIONS], |r| {
            Ok(Collectable {
                invoice_id: r.get(0)?,
                number: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Records a collection file made on `made_on` and returns its id.
pub fn insert_collection(tx: &Transaction, made_on: NaiveDate, until: NaiveDate, file: &str) -> Result<i64> {
    // the message id is made from the id: a placeholder first, unique for the instant
    tx.execute(
        "INSERT INTO sepa_collection (message_id, made_on, until, file, created_at)
         VALUES ('pending-' || (SELECT COALESCE(MAX(id), 0) + 1 FROM sepa_collection), ?1, ?2, ?3, ?4)",
        params![date_sql(made_on), date_sql(until), file, now_stamp()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn set_message_id(tx: &Transaction, id: i64, message_id: &str) -> Result<()> {
    tx.execute(
        "UPDATE sepa_collection SET message_id = ?2 WHERE id = ?1",
        params![id, message_id],
    )?;
    Ok(())
}

/// Puts an invoice into a collection; the database refuses one already in another.
pub fn insert_item(
    tx: &Transaction,
    collection_id: i64,
    invoice_id: i64,
    mandate_id: i64,
    sequence: Sequence,
    amount: Money,
    collect_on: NaiveDate,
) -> Result<()> {
    tx.execute(
        "INSERT INTO sepa_collection_item (collection_id, invoice_id, mandate_id, sequence, amount_cents, collect_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            collection_id,
            invoice_id,
            mandate_id,
            sequence.code(),
            amount.minor(),
            date_sql(collect_on)
        ],
    )?;
    Ok(())
}

/// An invoice's latest collection, as the bank import reads it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: i64,
    pub invoice_id: i64,
    pub number: String,
    pub amount: Money,
    pub state: CollectionState,
    pub payment_id: Option<i64>,
    pub collect_on: NaiveDate,
}

/// The collections not returned, by invoice number: what a statement line may settle or
/// return.
pub fn open_items(tx: &Transaction, currency: Currency) -> Result<Vec<Item>> {
    let mut stmt = tx.prepare(
        "SELECT s.id, s.invoice_id, i.number, s.amount_cents, s.status, s.payment_id, s.collect_on
         FROM sepa_collection_item s JOIN invoice i ON i.id = s.invoice_id
         WHERE s.status <> 'returned' ORDER BY s.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Item {
                id: r.get(0)?,
                invoice_id: r.get(1)?,
                number: r.get(2)?,
                amount: Money::from_minor(r.get(3)?, currency),
                state: CollectionState::parse(&r.get::<_, String>(4)?).unwrap_or(CollectionState::Pending),
                payment_id: r.get(5)?,
                collect_on: parse_stored_date(&r.get::<_, String>(6)?)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The invoices whose collection waits for its money, with the day the file was made.
pub fn pending(tx: &Transaction, reach: Reach) -> Result<Vec<(i64, NaiveDate)>> {
    let mut stmt = tx.prepare(&pending_sql(reach))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(reach.params()), |r| {
            Ok((r.get(0)?, parse_stored_date(&r.get::<_, String>(1)?)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The issued invoices to be collected by direct debit that no collection file holds
/// yet, with their issue and due days.
pub fn awaiting_collection(tx: &Transaction, reach: Reach) -> Result<Vec<(i64, NaiveDate, NaiveDate)>> {
    let mut stmt = tx.prepare(&awaiting_collection_sql(reach))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(reach.params()), |r| {
            Ok((
                r.get(0)?,
                parse_stored_date(&r.get::<_, String>(1)?)?,
                parse_stored_date(&r.get::<_, String>(2)?)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The query of `pending`: the items of the invoices within `reach`.
pub(crate) fn pending_sql(reach: Reach) -> String {
    let reach = reach.clause("item.invoice_id");
    format!(
        "SELECT item.invoice_id, c.made_on FROM sepa_collection_item item
         JOIN sepa_collection c ON c.id = item.collection_id WHERE item.status = 'pending'{reach}"
    )
}

/// The query of `awaiting_collection`: among the invoices within `reach`, through the
/// partial index of the direct debits (migration 024), which holds the columns it reads:
/// an open invoice paid by transfer costs a search of that small index, not a read of its
/// wide row.
pub(crate) fn awaiting_collection_sql(reach: Reach) -> String {
    let reach = reach.clause("i.id");
    format!(
        "SELECT i.id, i.issue_date, i.due_date FROM invoice i INDEXED BY invoice_direct_debit
         WHERE i.collect_method = 'direct_debit' AND i.number IS NOT NULL AND i.due_date IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM sepa_collection_item s WHERE s.invoice_id = i.id){reach}"
    )
}

pub fn settle(tx: &Transaction, item_id: i64, payment_id: i64, on: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE sepa_collection_item SET status = 'settled', payment_id = ?2, settled_on = ?3
         WHERE id = ?1 AND status = 'pending'",
        params![item_id, payment_id, date_sql(on)],
    )?;
    Ok(())
}

pub fn mark_returned(tx: &Transaction, item_id: i64, on: NaiveDate, reason: &str) -> Result<()> {
    tx.execute(
        "UPDATE sepa_collection_item SET status = 'returned', returned_on = ?2, return_reason = ?3
         WHERE id = ?1 AND status <> 'returned'",
        params![item_id, date_sql(on), reason],
    )?;
    Ok(())
}

/// A collection event of an invoice's story: put in a file, or returned.
#[derive(Debug, Clone)]
pub struct CollectionEvent {
    pub day: NaiveDate,
    pub returned: bool,
    pub mandate: String,
    pub cents: i64,
    pub note: StoryNote,
}

/// The collection events of an invoice, for its story.
pub fn story(tx: &Transaction, invoice_id: i64) -> Result<Vec<CollectionEvent>> {
    let mut stmt = tx.prepare(
        "SELECT c.made_on, s.sequence, m.reference, s.amount_cents, c.message_id, s.collect_on,
                s.returned_on, s.return_reason
         FROM sepa_collection_item s JOIN sepa_collection c ON c.id = s.collection_id
         JOIN sepa_mandate m ON m.id = s.mandate_id WHERE s.invoice_id = ?1 ORDER BY s.id",
    )?;
    let mut out = Vec::new();
    let mut rows = stmt.query([invoice_id])?;
    while let Some(r) = rows.next()? {
        let mandate: String = r.get(2)?;
        let cents: i64 = r.get(3)?;
        out.push(CollectionEvent {
            day: parse_stored_date(&r.get::<_, String>(0)?)?,
            returned: false,
            mandate: mandate.clone(),
            cents,
            note: StoryNote::Collection {
                sequence: r.get(1)?,
                message_id: r.get(4)?,
                collect_on: r.get(5)?,
            },
        });
        if let Some(day) = opt_date(r.get(6)?)? {
            out.push(CollectionEvent {
                day,
                returned: true,
                mandate,
                cents,
                note: StoryNote::Text(r.get::<_, Option<String>>(7)?.unwrap_or_default()),
            });
        }
    }
    Ok(out)
}
