-- What the reminders tell of each invoice, in the settlement record: the day of its
-- first reminder sent after its due day (`reminded_day`: split and the standings' "in dunning"), of
-- its latest mail or letter sent after it (`last_mailed_day`: when a run may next
-- contact the customer) and of its formal notice sent or being sent (`notice_day`: the
-- scores). A ledger dunned every day holds two or three reminders per invoice, and those
-- reports read every one of them with its invoice's wide row (1.3 s for the reminded
-- set of a 1 M-invoice ledger holding three million reminders). They now read the
-- record's partial indexes below. Kept by the record's view (017's triggers) and, as
-- reminders are recorded or change, by the two triggers below.
ALTER TABLE settlement ADD COLUMN reminded_day INTEGER;
ALTER TABLE settlement ADD COLUMN last_mailed_day INTEGER;
ALTER TABLE settlement ADD COLUMN notice_day INTEGER;

-- 026's view with the new columns last
DROP VIEW settlement_source;
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day,
       CAST(julianday(paid_up_on) - 2440587.5 AS INTEGER) AS paid_up_day,
       paid_days_cents, late_days_cents,
       number, sent_day, written_off_day, penalty_rate, exchange_rate,
       reminded_day, last_mailed_day, notice_day
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
            WHERE r.invoice_id = i.id AND r.step = 'notice' AND r.status IN ('sent', 'sending')) AS notice_day
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

-- a reminder recorded, or its status, day or step changed (sent and skipped ones are
-- final, and none is ever deleted): its invoice's three days computed again from its
-- reminders, as the view does
CREATE TRIGGER settlement_reminder_added AFTER INSERT ON reminder
BEGIN
    UPDATE settlement SET (reminded_day, last_mailed_day, notice_day) = (
        SELECT CAST(julianday(MIN(CASE WHEN r.status = 'sent' AND r.date > i.due_date THEN r.date END))
                   - 2440587.5 AS INTEGER),
               CAST(julianday(MAX(CASE WHEN r.status = 'sent' AND r.channel IN ('email', 'letter')
                   AND r.date > i.due_date THEN r.date END)) - 2440587.5 AS INTEGER),
               CAST(julianday(MIN(CASE WHEN r.step = 'notice' AND r.status IN ('sent', 'sending') THEN r.date END))
                   - 2440587.5 AS INTEGER)
        FROM invoice i JOIN reminder r ON r.invoice_id = i.id WHERE i.id = NEW.invoice_id)
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
        FROM invoice i LEFT JOIN reminder r ON r.invoice_id = i.id WHERE i.id = settlement.invoice_id)
    WHERE invoice_id IN (NEW.invoice_id, OLD.invoice_id);
END;

-- an existing ledger fills the new columns as it opens, in one read of its reminders
UPDATE settlement SET (reminded_day, last_mailed_day, notice_day) = (f.reminded, f.mailed, f.notice)
FROM (
    SELECT r.invoice_id,
           CAST(julianday(MIN(CASE WHEN r.status = 'sent' AND r.date > i.due_date THEN r.date END))
               - 2440587.5 AS INTEGER) AS reminded,
           CAST(julianday(MAX(CASE WHEN r.status = 'sent' AND r.channel IN ('email', 'letter')
               AND r.date > i.due_date THEN r.date END)) - 2440587.5 AS INTEGER) AS mailed,
           CAST(julianday(MIN(CASE WHEN r.step = 'notice' AND r.status IN ('sent', 'sending') THEN r.date END))
               - 2440587.5 AS INTEGER) AS notice
    FROM reminder r JOIN invoice i ON i.id = r.invoice_id
    GROUP BY r.invoice_id
) AS f
WHERE settlement.invoice_id = f.invoice_id;

-- the invoices reminded after their due day, by the day they were settled (the open
-- ones first) and that day: the reminded set up to a day, of every invoice (split) or
-- of those open then (the standings)
CREATE INDEX settlement_reminded ON settlement(settled_day, reminded_day) WHERE reminded_day IS NOT NULL;
-- each invoice's last mailing, by invoice: what a run reads of its open invoices
CREATE INDEX settlement_mailed ON settlement(invoice_id, last_mailed_day) WHERE last_mailed_day IS NOT NULL;
-- the formal notices by customer (the scores)
CREATE INDEX settlement_notice ON settlement(customer_id, notice_day) WHERE notice_day IS NOT NULL;
-- each invoice's steps in the order they were recorded, with their status: what a run
-- reads of the open invoices' reminders, without their rows
CREATE INDEX reminder_steps ON reminder(invoice_id, id, step, status);
