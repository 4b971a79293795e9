//! What the payment score reads besides invoices: disputes (holds) and formal notices.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::scan::required_date;
use crate::error::Result;

/// The formal notices sent or being sent, from the record's partial index of them;
/// `{scope}` narrows them to one customer.
pub(crate) const NOTICES_SQL: &str =
    "SELECT s.customer_id, s.notice_day FROM settlement s WHERE s.notice_day IS NOT NULL{scope}";

/// (customer id, day) pairs.
pub type CustomerDays = Vec<(i64, NaiveDate)>;

/// (customer id, day) of every hold put on an invoice, and of every formal notice sent
/// or being sent, for all customers or one.
pub fn disputes_and_notices(tx: &Transaction, only: Option<i64>) -> Result<(CustomerDays, CustomerDays)> {
    let scope = if only.is_some() {
        " AND i.customer_id = ?1"
    } else {
        ""
    };
    let read = |sql: String| -> Result<CustomerDays> {
        let mut stmt = tx.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(only))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push((r.get(0)?, required_date(r.get_ref(1)?)?));
        }
        Ok(out)
    };
    let disputes = read(format!(
        "SELECT i.customer_id, h.since FROM invoice_hold h JOIN invoice i ON i.id = h.invoice_id
         WHERE 1 = 1{scope}"
    ))?;
    // the day of each invoice's notice, which the settlement record keeps (migration 027)
    let notices = read(NOTICES_SQL.replace("{scope}", scope.replace("i.", "s.").as_str()))?;
    Ok((disputes, notices))
}
