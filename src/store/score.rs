//! What the payment score reads besides invoices: disputes (holds) and formal notices.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::scan::required_date;
use crate::error::Result;

/// The formal notices sent or being sent after day `?1` and by day `?2`, from the
/// record's partial index of them; `{scope}` narrows them to one customer (`?3`).
pub(crate) const NOTICES_SQL: &str = "SELECT s.customer_id, s.notice_day FROM settlement s
     WHERE s.notice_day > ?1 AND s.notice_day <= ?2{scope}";

/// (customer id, day) pairs.
pub type CustomerDays = Vec<(i64, NaiveDate)>;

/// (customer id, day) of every hold put on an invoice, and of every formal notice sent
/// or being sent after `after` and by `until` (the score's year: the notices of ten
/// years are millions), for all customers or one.
pub fn disputes_and_notices(
    tx: &Transaction,
    only: Option<i64>,
    (after, until): (NaiveDate, NaiveDate),
) -> Result<(CustomerDays, CustomerDays)> {
    let read = |sql: &str, params: Vec<rusqlite::types::Value>| -> Result<CustomerDays> {
        let mut stmt = tx.prepare(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push((r.get(0)?, required_date(r.get_ref(1)?)?));
        }
        Ok(out)
    };
    let customer = only.map(rusqlite::types::Value::from);
    let disputes = read(
        &format!(
            "SELECT i.customer_id, h.since FROM invoice_hold h JOIN invoice i ON i.id = h.invoice_id
             WHERE 1 = 1{}",
            if only.is_some() {
                " AND i.customer_id = ?1"
            } else {
                ""
            }
        ),
        customer.iter().cloned().collect(),
    )?;
    // the day of each invoice's notice, which the settlement record keeps (migration 027)
    let day = |d| rusqlite::types::Value::from(super::settlement::day_number(d));
    let notices = read(
        &NOTICES_SQL.replace(
            "{scope}",
            if only.is_some() {
                " AND s.customer_id = ?3"
            } else {
                ""
            },
        ),
        [day(after), day(until)].into_iter().chain(customer).collect(),
    )?;
    Ok((disputes, notices))
}
