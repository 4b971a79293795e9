//! The audit log's rows (migration 5): sealed before each write commits, read back by
//! `creances verify`.

use rusqlite::{OptionalExtension, Transaction};

use super::scan::text_at;
use crate::domain::audit::{AuditRow, chain_hash};
use crate::error::Result;

/// The last row on the chain: its id and hash.
pub(crate) const LAST_SEALED: &str =
    "SELECT id, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1";
/// The rows still off the chain after an id, in order: through the partial index of
/// unsealed rows, which holds only what this transaction logged.
pub(crate) const PENDING: &str =
    "SELECT id, at, event, subject, content FROM audit_log INDEXED BY audit_log_unsealed
     WHERE hash IS NULL AND id > ?1 ORDER BY id LIMIT 4096";
/// Puts one row on the chain.
pub(crate) const SEAL: &str = "UPDATE audit_log SET prev = ?2, hash = ?3 WHERE id = ?1";

/// Seals the rows the triggers appended in this transaction, in order, onto the chain.
pub fn seal_pending(tx: &Transaction) -> Result<()> {
    // rows are sealed in the order of their ids: the pending ones all come after the
    // last sealed one, and the search starts there (from the first id, it stepped over
    // every sealed row of the log in each write: seconds on a ten-year ledger)
    let (mut after, mut last): (i64, Option<String>) = tx
        .query_row(LAST_SEALED, [], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((0, None));
    // a few thousand rows at a time: a bulk load leaves millions of rows to seal
    let mut select = tx.prepare(PENDING)?;
    let mut update = tx.prepare(SEAL)?;
    loop {
        let pending: Vec<AuditRow> = select.query_map([after], row)?.collect::<rusqlite::Result<_>>()?;
        let Some(end) = pending.last().map(|r| r.id) else {
            return Ok(());
        };
        for r in &pending {
            let hash = chain_hash(last.as_deref(), r);
            update.execute(rusqlite::params![r.id, last, hash])?;
            last = Some(hash);
        }
        after = end;
    }
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        event: r.get(2)?,
        subject: r.get(3)?,
        content: r.get(4)?,
    })
}

/// Hands `visit` every row of the log with its stored `prev` and `hash`, in order.
pub fn walk_chain(
    tx: &Transaction,
    mut visit: impl FnMut(&AuditRow, Option<&str>, Option<&str>),
) -> Result<()> {
    let mut stmt =
        tx.prepare("SELECT id, at, event, subject, content, prev, hash FROM audit_log ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        visit(&row(r)?, text_at(r.get_ref(5)?)?, text_at(r.get_ref(6)?)?);
    }
    Ok(())
}

/// The facts the log vouches for (issued invoices, write-offs, payments, allocations)
/// that differ from the log's latest row about them, computed the way the triggers wrote
/// them, in the ledger's order: (subject, event, content now, content the log recorded).
/// A fact added outside has no recorded content; one removed has no content now (those
/// come last, by subject). Each side looks the other up by key through an index, so
/// that neither is held in memory (a materialized copy of the log with automatic indexes
/// took 180 MB at one million invoices).
pub fn facts_not_as_logged(
    tx: &Transaction,
    mut visit: impl FnMut(&str, &str, Option<&str>, Option<&str>),
) -> Result<()> {
    let mut stmt = tx.prepare(FACTS_NOT_AS_LOGGED)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        visit(
            r.get_ref(0)?.as_str()?,
            r.get_ref(1)?.as_str()?,
            text_at(r.get_ref(2)?)?,
            text_at(r.get_ref(3)?)?,
        );
    }
    Ok(())
}

/// The facts the log vouches for, as the triggers wrote them: the start of a `WITH`.
macro_rules! facts_cte {
    () => {
        "
    WITH facts(subject, event, content) AS (
        SELECT 'invoice:' || id, 'issue', json_object('number', number, 'kind', kind, 'customer_id', customer_id,
               'issue_date', issue_date, 'due_date', due_date, 'total_cents', total_cents,
               'total_vat_cents', total_vat_cents)
        FROM invoice WHERE number IS NOT NULL
        UNION ALL
        SELECT 'invoice:' || id, 'write_off', json_object('written_off_on', written_off_on,
               'write_off_cents', write_off_cents)
        FROM invoice WHERE written_off_on IS NOT NULL
        UNION ALL
        SELECT 'payment:' || id, 'payment', json_object('customer_id', customer_id, 'date', date,
               'amount_cents', amount_cents, 'method', method)
        FROM payment
        UNION ALL
        SELECT 'allocation:' || id, 'allocation', json_object('payment_id', payment_id,
               'invoice_id', invoice_id, 'date', date, 'amount_cents', amount_cents)
        FROM allocation),
"
    };
}

/// The query of `facts_not_as_logged`: each fact with the content of the latest row of
/// the log about it (`audit_log_subject`, newest first), then the latest rows of the log
/// whose fact is gone, walked in the order of that index (subject, event), each fact
/// found by its id.
pub(crate) const FACTS_NOT_AS_LOGGED: &str = concat!(
    facts_cte!(),
    "
    compared(subject, event, content, recorded) AS (
        SELECT f.subject, f.event, f.content,
               (SELECT l.content FROM audit_log l INDEXED BY audit_log_subject
                WHERE l.subject = f.subject AND l.event = f.event ORDER BY l.id DESC LIMIT 1)
        FROM facts f)
    SELECT subject, event, content, recorded FROM compared WHERE content IS NOT recorded
    UNION ALL
    SELECT * FROM (
        SELECT l.subject, l.event, NULL, l.content FROM audit_log l INDEXED BY audit_log_subject
        WHERE l.event IN ('issue', 'write_off', 'payment', 'allocation')
          AND NOT EXISTS (SELECT 1 FROM audit_log n INDEXED BY audit_log_subject
                          WHERE n.subject = l.subject AND n.event = l.event AND n.id > l.id)
          AND NOT CASE l.event
              WHEN 'issue' THEN EXISTS (SELECT 1 FROM invoice i
                   WHERE i.id = CAST(substr(l.subject, 9) AS INTEGER) AND 'invoice:' || i.id = l.subject
                     AND i.number IS NOT NULL)
              WHEN 'write_off' THEN EXISTS (SELECT 1 FROM invoice i
                   WHERE i.id = CAST(substr(l.subject, 9) AS INTEGER) AND 'invoice:' || i.id = l.subject
                     AND i.written_off_on IS NOT NULL)
              WHEN 'payment' THEN EXISTS (SELECT 1 FROM payment p
                   WHERE p.id = CAST(substr(l.subject, 9) AS INTEGER) AND 'payment:' || p.id = l.subject)
              ELSE EXISTS (SELECT 1 FROM allocation a
                   WHERE a.id = CAST(substr(l.subject, 12) AS INTEGER) AND 'allocation:' || a.id = l.subject)
              END
        ORDER BY l.subject, l.event)"
);

/// The archived documents: (invoice number, file name, SHA-256 recorded at archiving).
pub fn archives(tx: &Transaction) -> Result<Vec<(String, String, String)>> {
    let mut stmt = tx.prepare(
        "SELECT coalesce(i.number, '#' || i.id), a.file, a.sha256
         FROM document_archive a JOIN invoice i ON i.id = a.invoice_id ORDER BY a.id",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The latest closing day, if a period was closed.
pub fn closed_until(tx: &Transaction) -> Result<Option<chrono::NaiveDate>> {
    let day: Option<String> = tx.query_row("SELECT max(until) FROM period_close", [], |r| r.get(0))?;
    Ok(day.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
}

/// Closes the books up to `until` (inclusive), decided on `on`.
pub fn close_period(tx: &Transaction, until: chrono::NaiveDate, on: chrono::NaiveDate) -> Result<()> {
    tx.execute(
        "INSERT INTO period_close (until, closed_on, created_at) VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        rusqlite::params![until.to_string(), on.to_string()],
    )?;
    Ok(())
}

/// Brings the facts that have no row in the log yet (a ledger older than the log, or one
/// the synthetic generator filled with its triggers off) into it, as they stand.
pub fn adopt_existing(tx: &Transaction) -> Result<()> {
    tx.execute_batch(ADOPT)?;
    Ok(())
}

const ADOPT: &str = "
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'issue', 'invoice:' || id,
       json_object('number', number, 'kind', kind, 'customer_id', customer_id,
                   'issue_date', issue_date, 'due_date', due_date,
                   'total_cents', total_cents, 'total_vat_cents', total_vat_cents)
FROM invoice WHERE number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'invoice:' || invoice.id AND l.event = 'issue') ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'write_off', 'invoice:' || id,
       json_object('written_off_on', written_off_on, 'write_off_cents', write_off_cents)
FROM invoice WHERE written_off_on IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'invoice:' || invoice.id AND l.event = 'write_off') ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'payment', 'payment:' || id,
       json_object('customer_id', customer_id, 'date', date, 'amount_cents', amount_cents, 'method', method)
FROM payment WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'payment:' || payment.id) ORDER BY id;
INSERT INTO audit_log (at, event, subject, content)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'allocation', 'allocation:' || id,
       json_object('payment_id', payment_id, 'invoice_id', invoice_id, 'date', date, 'amount_cents', amount_cents)
FROM allocation WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'allocation:' || allocation.id) ORDER BY id;
";

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::store::Db;

    /// The comparison as it was first written: the log materialized and joined to the
    /// facts (SQLite built automatic indexes on it in memory). Kept to check that the
    /// keyed lookups give the same rows in the same order.
    const MATERIALIZED: &str = concat!(
        facts_cte!(),
        "
        logged(subject, event, content) AS MATERIALIZED (
            SELECT l.subject, l.event, l.content FROM audit_log l
            WHERE l.event IN ('issue', 'write_off', 'payment', 'allocation')
              AND NOT EXISTS (SELECT 1 FROM audit_log n
                              WHERE n.subject = l.subject AND n.event = l.event AND n.id > l.id))
        SELECT f.subject, f.event, f.content, g.content
        FROM facts f LEFT JOIN logged g ON g.subject = f.subject AND g.event = f.event
        WHERE f.content IS NOT g.content
        UNION ALL
        SELECT * FROM (
            SELECT g.subject, g.event, NULL, g.content FROM logged g
            WHERE (g.subject, g.event) IN (SELECT subject, event FROM logged EXCEPT SELECT subject, event FROM facts)
            ORDER BY g.subject, g.event)"
    );

    type Found = Vec<(String, String, Option<String>, Option<String>)>;

    fn both(db: &mut Db) -> (Found, Found) {
        db.read(|tx| {
            let mut keyed = Vec::new();
            super::facts_not_as_logged(tx, |s, e, now, rec| {
                keyed.push((s.into(), e.into(), now.map(Into::into), rec.map(Into::into)))
            })?;
            let mut stmt = tx.prepare(MATERIALIZED)?;
            let reference = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((keyed, reference))
        })
        .unwrap()
    }

    #[test]
    fn the_keyed_comparison_finds_what_the_materialized_one_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("verify.sqlite");
        let mut db = Db::create(&path).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        db.write(|tx| crate::synthetic::generate(tx, 12, 400, 7, day))
            .unwrap();
        let (keyed, reference) = both(&mut db);
        assert!(keyed.is_empty(), "{keyed:?}");
        assert_eq!(keyed, reference);

        // changes behind the program's back, of every kind `verify` reports
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "UPDATE payment SET amount_cents = amount_cents + 1 WHERE id = 3;
             DELETE FROM allocation WHERE id = (SELECT max(id) FROM allocation);
             DELETE FROM allocation WHERE id = 4;
             DELETE FROM audit_log WHERE subject = 'payment:5';
             DELETE FROM audit_log WHERE subject = 'invoice:9' AND event = 'issue';
             INSERT INTO audit_log (at, event, subject, content) VALUES
               ('2026-11-24T00:00:00Z', 'payment', 'payment:999999', '{}'),
               ('2026-11-24T00:00:00Z', 'issue', 'invoice:007', '{}'),
               ('2026-11-24T00:00:00Z', 'allocation', 'payment:6', '{}'),
               ('2026-11-24T00:00:00Z', 'write_off', 'invoice:3', '{}'),
               ('2026-11-24T00:00:00Z', 'payment', 'payment:7', '{\"changed\": 1}'),
               ('2026-11-24T00:00:00Z', 'issue', 'invoice:2', '{\"changed\": 1}');",
        )
        .unwrap();
        drop(conn);
        let (keyed, reference) = both(&mut db);
        assert_eq!(keyed, reference);
        let found: Vec<(&str, &str)> = keyed
            .iter()
            .map(|(s, e, _, _)| (s.as_str(), e.as_str()))
            .collect();
        for expected in [
            ("payment:3", "payment"),
            ("invoice:2", "issue"),
            ("allocation:4", "allocation"),
            ("payment:5", "payment"),
            ("invoice:9", "issue"),
            ("payment:999999", "payment"),
            ("invoice:007", "issue"),
            ("payment:6", "allocation"),
            ("payment:7", "payment"),
        ] {
            assert!(found.contains(&expected), "{expected:?} not in {found:?}");
        }
    }
}
