//! Quotes (devis): numbered at creation in their own series.

use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::lines::{self, LineTable};
use super::{date_sql, now_stamp, opt_date, parse_stored_date};
use crate::domain::discount::Discount;
use crate::domain::document::{Line, compute_totals};
use crate::domain::money::{Currency, Money};
use crate::domain::numbering::{format_number, next_sequence};
use crate::domain::offer::Offer;
use crate::error::{Result, invalid};

pub(crate) const HEADER: &str = "SELECT o.id, o.number, o.customer_id, c.code, c.name, o.issue_date, o.valid_until,
    o.prices_include_vat, o.total_net_cents, o.total_vat_cents, o.total_cents, o.decision, o.decided_on, o.notes,
    (SELECT COALESCE(i.number, '#' || i.id) FROM invoice i
      WHERE i.offer_id = o.id OR i.id IN (SELECT invoice_id FROM invoice_source WHERE offer_id = o.id)
      ORDER BY i.id LIMIT 1),
    (SELECT currency FROM company), o.discount
  FROM offer o JOIN customer c ON c.id = o.customer_id";

/// Quotes are in the company's currency.
fn from_row(r: &Row) -> rusqlite::Result<Offer> {
    let currency: Currency = r.get(15)?;
    let money = |minor: i64| Money::from_minor(minor, currency);
    Ok(Offer {
        id: r.get(0)?,
        number: r.get(1)?,
        customer_id: r.get(2)?,
        customer_code: r.get(3)?,
        customer_name: r.get(4)?,
        issue_date: parse_stored_date(&r.get::<_, String>(5)?)?,
        valid_until: parse_stored_date(&r.get::<_, String>(6)?)?,
        prices_include_vat: r.get(7)?,
        total_net: money(r.get(8)?),
        total_vat: money(r.get(9)?),
        total: money(r.get(10)?),
        decision: r.get(11)?,
        decided_on: opt_date(r.get(12)?)?,
        notes: r.get(13)?,
        invoice: r.get(14)?,
        discount: lines::stored_discount(r.get(16)?)?,
    })
}

#[allow(clippy::too_many_arguments)]
pub fn insert(
    tx: &Transaction,
    customer_id: i64,
    series: &str,
    issue_date: NaiveDate,
    valid_until: NaiveDate,
    prices_include_vat: bool,
    notes: Option<&str>,
    lines: &[Line],
    discount: Option<Discount>,
    currency: Currency,
) -> Result<(i64, String)> {
    if valid_until < issue_date {
        return invalid(crate::t!(
            "ops-offer-expires-before-date",
            valid_until = valid_until.to_string(),
            issue_date = issue_date.to_string()
        ));
    }
    let highest: Option<i64> = tx.query_row(
        "SELECT MAX(seq) FROM offer WHERE series = ?1 AND year = ?2",
        params![series, issue_date.year()],
        |r| r.get(0),
    )?;
    let seq = next_sequence(highest);
    let number = format_number(series, issue_date, seq);
    let t = compute_totals(lines, discount, prices_include_vat, currency);
    tx.execute(
        "INSERT INTO offer (number, series, year, seq, customer_id, issue_date, valid_until, prices_include_vat,
             total_net_cents, total_vat_cents, total_cents, notes, created_at, discount)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            number, series, issue_date.year(), seq, customer_id, date_sql(issue_date), date_sql(valid_until),
            prices_include_vat, t.net.minor(), t.vat.minor(), t.total.minor(), notes, now_stamp(),
            discount.map(Discount::to_text)
        ],
    )?;
    let id = tx.last_insert_rowid();
    lines::insert(tx, LineTable::Offer, id, lines)?;
    Ok((id, number))
}

pub fn find(tx: &Transaction, reference: &str) -> Result<Offer> {
    let reference = reference.trim();
    let by_id = reference.trim_start_matches('#');
    let found = if !by_id.is_empty() && by_id.chars().all(|c| c.is_ascii_digit()) {
        tx.query_row(
            &format!("{HEADER} WHERE o.id = ?1"),
            [by_id.parse::<i64>().unwrap_or(-1)],
            from_row,
        )
        .optional()?
    } else {
        super::find_by_number(tx, HEADER, "o.number", reference, from_row)?
    };
    match found {
        Some(o) => Ok(o),
        None => invalid(crate::t!("ops-offer-unknown", reference = reference)),
    }
}

pub fn list(tx: &Transaction, customer_id: Option<i64>) -> Result<Vec<Offer>> {
    let scope = super::and_equals("o.customer_id", 1, customer_id);
    let sql = format!("{HEADER} WHERE 1 = 1{scope} ORDER BY o.issue_date, o.series, o.seq");
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt
        .query_map([customer_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn lines(tx: &Transaction, id: i64) -> Result<Vec<Line>> {
    lines::load(tx, LineTable::Offer, id)
}

pub fn decide(tx: &Transaction, id: i64, decision: &str, on: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE offer SET decision = ?2, decided_on = ?3 WHERE id = ?1",
        params![id, decision, date_sql(on)],
    )?;
    Ok(())
}
