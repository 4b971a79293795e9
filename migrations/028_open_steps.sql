-- Each open invoice's reminders as a run reads them, in the settlement record: `steps`
-- lists the step and status of each, in the order they were recorded ("pre-7:sent,
-- r1:failed"; step names are letters, digits, '-' and '_': the policy refuses others),
-- beside the day of the latest mailing (027). A run reads both for its open invoices from
-- the partial index below, which holds the open invoices that were reminded: before, it
-- probed the reminders' index once per open invoice (at 1 M invoices dunned every day,
-- 64 000 probes into three million entries, a quarter of a dry run). Settled invoices
-- keep none (NULL): the record's full scans would read it on every settled row, and no
-- run plans them. Kept by the record's view (017's triggers refresh a row as its invoice
-- opens or settles) and by 027's two triggers on the reminders, made again below to keep
-- it too. The history (a past day, `dunning plan` over days the record cannot answer
-- for) still reads the reminders.
ALTER TABLE settlement ADD COLUMN steps TEXT;

-- 027's view with the new column last
DROP VIEW settlement_source;
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day,
       CAST(julianday(paid_up_on) - 2440587.5 AS INTEGER) AS paid_up_day,
       paid_days_cents, late_days_cents,
       number, sent_day, written_off_day, penalty_rate, exchange_rate,
       reminded_day, last_mailed_day, notice_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents > 0 THEN steps END AS steps
FROM (
    SELECT i.id AS invoice_id, i.customer_id, i.currency, i.exchange_rate IS NOT NULL AS converted, i.total_cents,
        COALESCE((SELECT SUM(a.amount_cents) FROM allocation a WHERE a.invoice_id = i.id), 0) AS paid_cents,
        COALESCE((SELECT SUM(c.total_cents) FROM invoice c WHERE c.credited_invoice_id = i.id
            AND c.kind = 'credit_note' AND c.number IS NOT NULL), 0) AS credited_cents,
        CASE WHEN i.written_off_on IS NOT NULL AND i.write_off_cents IS NOT NULL THEN i.write_off_cents ELSE 0 END
            AS written_off_cents,
        CAST(julianday(i.issue_date) - 2440587.5 AS INTEGER) AS issue_day,
        CAST(julianday(COALESCE(i.due_date, i.issue_date)) - 2440587.5 AS INTEGER) AS due_day,
        CAST(julianday(max(i.issue_date,
            COALESCE((SELECT MAX(a.date) FROM allocation a WHERE a.invoice_id = i.id), i.issue_date),
            COALESCE((SELECT MAX(c.issue_date) FROM invoice c WHERE c.credited_invoice_id = i.id
                AND c.kind = 'credit_note' AND c.number IS NOT NULL), i.issue_date),
            COALESCE(i.written_off_on, i.issue_date))) - 2440587.5 AS INTEGER) AS last_day,
        -- the running sum of its settlements, in order; the first day it covers the total
        (SELECT MIN(e.day) FROM (
            SELECT s.day, SUM(s.cents) OVER (ORDER BY s.day, s.kind, s.rank ROWS UNBOUNDED PRECEDING) AS covered
            FROM (
                SELECT a.date AS day, 0 AS kind, a.id AS rank, a.amount_cents AS cents
                FROM allocation a WHERE a.invoice_id = i.id
                UNION ALL
                SELECT c.issue_date, 1, c.seq, c.total_cents FROM invoice c WHERE c.credited_invoice_id = i.id
                    AND c.kind = 'credit_note' AND c.number IS NOT NULL
            ) s
        ) e WHERE e.covered >= i.total_cents) AS paid_up_on,
        COALESCE((SELECT SUM(a.amount_cents
            * (CAST(julianday(a.date) - 2440587.5 AS INTEGER)
                - CAST(julianday(COALESCE(i.due_date, i.issue_date)) - 2440587.5 AS INTEGER)))
            FROM allocation a WHERE a.invoice_id = i.id), 0) AS paid_days_cents,
        COALESCE((SELECT SUM(a.amount_cents
            * max(0, (CAST(julianday(a.date) - 2440587.5 AS INTEGER)
                - CAST(julianday(COALESCE(i.due_date, i.issue_date)) - 2440587.5 AS INTEGER))))
            FROM allocation a WHERE a.invoice_id = i.id), 0) AS late_days_cents,
        i.number,
        CAST(julianday(i.sent_on) - 2440587.5 AS INTEGER) AS sent_day,
        CASE WHEN i.written_off_on IS NOT NULL AND i.write_off_cents IS NOT NULL
            THEN CAST(julianday(i.written_off_on) - 2440587.5 AS INTEGER) END AS written_off_day,
        i.penalty_rate, i.exchange_rate,
        (SELECT CAST(julianday(MIN(r.date)) - 2440587.5 AS INTEGER) FROM reminder r
            WHERE r.invoice_id = i.id AND r.status = 'sent' AND r.date > i.due_date) AS reminded_day,
        (SELECT CAST(julianday(MAX(r.date)) - 2440587.5 AS INTEGER) FROM reminder r
            WHERE r.invoice_id = i.id AND r.status = 'sent' AND r.channel IN ('email', 'letter')
              AND r.date > i.due_date) AS last_mailed_day,
        (SELECT CAST(julianday(MIN(r.date)) - 2440587.5 AS INTEGER) FROM reminder r
            WHERE r.invoice_id = i.id AND r.step = 'notice' AND r.status IN ('sent', 'sending')) AS notice_day,
        (SELECT group_concat(d.step || ':' || d.status, ',') FROM (
            SELECT r.step, r.status FROM reminder r WHERE r.invoice_id = i.id ORDER BY r.id) d) AS steps
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

-- 027's triggers keep the steps too, listed as the view lists them (group_concat's own
-- ORDER BY needs SQLite 3.44, and the sqlite3 of Debian 12 could not read the schema)
DROP TRIGGER settlement_reminder_added;
DROP TRIGGER settlement_reminder_changed;
CREATE TRIGGER settlement_reminder_added AFTER INSERT ON reminder
BEGIN
    UPDATE settlement SET (reminded_day, last_mailed_day, notice_day) = (
        SELECT CAST(julianday(MIN(CASE WHEN r.status = 'sent' AND r.date > i.due_date THEN r.date END))
                   - 2440587.5 AS INTEGER),
               CAST(julianday(MAX(CASE WHEN r.status = 'sent' AND r.channel IN ('email', 'letter')
                   AND r.date > i.due_date THEN r.date END)) - 2440587.5 AS INTEGER),
               CAST(julianday(MIN(CASE WHEN r.step = 'notice' AND r.status IN ('sent', 'sending') THEN r.date END))
                   - 2440587.5 AS INTEGER)
        FROM invoice i JOIN reminder r ON r.invoice_id = i.id WHERE i.id = NEW.invoice_id),
        steps = CASE WHEN settled_day IS NULL THEN (SELECT group_concat(d.step || ':' || d.status, ',') FROM (
            SELECT r.step, r.status FROM reminder r WHERE r.invoice_id = NEW.invoice_id ORDER BY r.id) d) END
    WHERE invoice_id = NEW.invoice_id;
END;

CREATE TRIGGER settlement_reminder_changed AFTER UPDATE OF invoice_id, step, channel, status, date ON reminder
BEGIN
    UPDATE settlement SET (reminded_day, last_mailed_day, notice_day) = (
        SELECT CAST(julianday(MIN(CASE WHEN r.status = 'sent' AND r.date > i.due_date THEN r.date END))
                   - 2440587.5 AS INTEGER),
               CAST(julianday(MAX(CASE WHEN r.status = 'sent' AND r.channel IN ('email', 'letter')
                   AND r.date > i.due_date THEN r.date END)) - 2440587.5 AS INTEGER),
               CAST(julianday(MIN(CASE WHEN r.step = 'notice' AND r.status IN ('sent', 'sending') THEN r.date END))
                   - 2440587.5 AS INTEGER)
        FROM invoice i LEFT JOIN reminder r ON r.invoice_id = i.id WHERE i.id = settlement.invoice_id),
        steps = CASE WHEN settled_day IS NULL THEN (SELECT group_concat(d.step || ':' || d.status, ',') FROM (
            SELECT r.step, r.status FROM reminder r WHERE r.invoice_id = settlement.invoice_id ORDER BY r.id) d) END
    WHERE invoice_id IN (NEW.invoice_id, OLD.invoice_id);
END;

-- an existing ledger fills the new column of its open invoices as it opens, in one read
-- of the reminders' index of their steps (027)
UPDATE settlement SET steps = f.steps
FROM (
    SELECT d.invoice_id, group_concat(d.step || ':' || d.status, ',') AS steps
    FROM (SELECT invoice_id, step, status FROM reminder ORDER BY invoice_id, id) d
    GROUP BY d.invoice_id
) AS f
WHERE settlement.invoice_id = f.invoice_id AND settlement.settled_day IS NULL;

-- the open invoices that were reminded, with what a run reads of their reminders (and
-- the columns of its condition, which SQLite otherwise reads from the table's rows)
CREATE INDEX settlement_open_steps ON settlement(invoice_id, last_mailed_day, steps, settled_day)
    WHERE settled_day IS NULL AND steps IS NOT NULL;
