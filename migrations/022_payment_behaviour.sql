-- How each invoice was paid, in the settlement record, so that the scores, the late
-- payers, `customer list`, the forecast and the dashboard of today read a settled
-- invoice from its row instead of its dated allocations. Both sum over its allocations
-- (releases included, as the scans read them) the amount times the days from its due day
-- to the allocation's day:
-- `paid_days_cents`: signed (paid early counts negative): the forecast's payment habit;
-- `late_days_cents`: days before the due day count 0: the score's amount-weighted lateness.
-- Both are kept in the same statement as every allocation, release and change of due day
-- by 017's triggers, which insert `SELECT *` from the view below.
ALTER TABLE settlement ADD COLUMN paid_days_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE settlement ADD COLUMN late_days_cents INTEGER NOT NULL DEFAULT 0;

-- 020's view with the new columns last
DROP VIEW settlement_source;
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day,
       CAST(julianday(paid_up_on) - 2440587.5 AS INTEGER) AS paid_up_day,
       paid_days_cents, late_days_cents
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
            FROM allocation a WHERE a.invoice_id = i.id), 0) AS late_days_cents
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

-- an existing ledger fills the new columns as it opens, in the migration's transaction:
-- only the invoices with allocations, from their allocations alone (the other columns
-- are already right)
UPDATE settlement SET (paid_days_cents, late_days_cents) = (
    SELECT COALESCE(SUM(a.amount_cents * (CAST(julianday(a.date) - 2440587.5 AS INTEGER) - settlement.due_day)), 0),
           COALESCE(SUM(a.amount_cents * max(0, CAST(julianday(a.date) - 2440587.5 AS INTEGER) - settlement.due_day)), 0)
    FROM allocation a WHERE a.invoice_id = settlement.invoice_id)
WHERE EXISTS (SELECT 1 FROM allocation a WHERE a.invoice_id = settlement.invoice_id);
