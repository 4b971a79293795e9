-- The settlement record says when each invoice was paid up, so the dunning run of today
-- finds its frequent late payers in the record (the invoices due in the last twelve
-- months, through an index on the due day) instead of reading ten years of payments.
-- `paid_up_day`: the first day its payments (releases included) and credit notes
-- together reached its total, taken in the order the dunning rules take them (by day,
-- then allocations in the order made, then credit notes); NULL if they never did. Unlike
-- `settled_day` it does not move when an allocation or credit note comes afterwards.
ALTER TABLE settlement ADD COLUMN paid_up_day INTEGER;

-- invoices by due day: those a late-payer window holds
CREATE INDEX settlement_due ON settlement(due_day);

-- 017's view with the new column last (the triggers insert `SELECT *` from it)
DROP VIEW settlement_source;
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day,
       CAST(julianday(paid_up_on) - 2440587.5 AS INTEGER) AS paid_up_day
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
        ) e WHERE e.covered >= i.total_cents) AS paid_up_on
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

-- an existing ledger fills the new column as it opens, in the migration's transaction
DELETE FROM settlement;
INSERT INTO settlement SELECT * FROM settlement_source;
