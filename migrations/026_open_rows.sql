-- What a dunning run reads of each open invoice, in the settlement record: its number,
-- the day it was sent, the day of its write-off, its own penalty rate and its exchange
-- rate, beside the sums and days the record already holds. The run (and the dashboard's
-- count of it, and today's aged balance) then reads the open invoices from the record's
-- partial index of them alone, rebuilt below to hold every column it names: before, each
-- open invoice's wide row was looked up in the invoice table, spread over ten years.
-- Kept as every other column of the record, by 017's triggers (the one on a changed
-- invoice now also hears of its sending and of its penalty rate).
ALTER TABLE settlement ADD COLUMN number TEXT;
ALTER TABLE settlement ADD COLUMN sent_day INTEGER;
ALTER TABLE settlement ADD COLUMN written_off_day INTEGER;
ALTER TABLE settlement ADD COLUMN penalty_rate TEXT;
ALTER TABLE settlement ADD COLUMN exchange_rate TEXT;

-- 022's view with the new columns last
DROP VIEW settlement_source;
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day,
       CAST(julianday(paid_up_on) - 2440587.5 AS INTEGER) AS paid_up_day,
       paid_days_cents, late_days_cents,
       number, sent_day, written_off_day, penalty_rate, exchange_rate
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
        i.penalty_rate, i.exchange_rate
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

DROP TRIGGER settlement_invoice_changed;
CREATE TRIGGER settlement_invoice_changed AFTER UPDATE OF number, issue_date, due_date, total_cents,
    written_off_on, write_off_cents, kind, credited_invoice_id, customer_id, currency, exchange_rate,
    sent_on, penalty_rate ON invoice
BEGIN
    DELETE FROM settlement WHERE invoice_id = NEW.id AND NEW.number IS NULL;
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source
        WHERE invoice_id IN (NEW.id, NEW.credited_invoice_id, OLD.credited_invoice_id);
END;

-- an existing ledger fills the new columns as it opens, in the migration's transaction
UPDATE settlement SET (number, sent_day, written_off_day, penalty_rate, exchange_rate) = (
    SELECT i.number, CAST(julianday(i.sent_on) - 2440587.5 AS INTEGER),
           CASE WHEN i.written_off_on IS NOT NULL AND i.write_off_cents IS NOT NULL
               THEN CAST(julianday(i.written_off_on) - 2440587.5 AS INTEGER) END,
           i.penalty_rate, i.exchange_rate
    FROM invoice i WHERE i.id = settlement.invoice_id);

-- the open invoices' partial index, with every column of the record (the condition's
-- too, always NULL there): the run, today's aged balance and the open rows that split
-- and forecast read then find all they need in it, and SQLite reads it alone
DROP INDEX settlement_open;
CREATE INDEX settlement_open ON settlement(invoice_id, customer_id, number, issue_day, due_day, sent_day,
    total_cents, written_off_day, written_off_cents, currency, penalty_rate, exchange_rate, converted,
    paid_cents, credited_cents, last_day, paid_up_day, paid_days_cents, late_days_cents, settled_day)
    WHERE settled_day IS NULL;
