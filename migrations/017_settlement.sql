-- The settlement record: one narrow row per issued invoice (credit notes have none) with
-- what settled it so far, dates as day numbers (days since 1970-01-01), so the reports of
-- today read the open invoices through a partial index instead of ten years of history.
-- Kept by triggers in the same statement as every write that changes it (allocation,
-- issue, credit note, write-off), whatever code path makes the write (commands, imports,
-- the benchmark generator). Past days are still computed from the dated history.
CREATE TABLE settlement (
    invoice_id          INTEGER PRIMARY KEY REFERENCES invoice(id),
    customer_id         INTEGER NOT NULL,
    currency            TEXT NOT NULL,
    -- 1 when it carries an exchange rate (reports read it in the company's currency)
    converted           INTEGER NOT NULL,
    total_cents         INTEGER NOT NULL,
    -- allocations net of their releases, issued credit notes, the write-off
    paid_cents          INTEGER NOT NULL,
    credited_cents      INTEGER NOT NULL,
    written_off_cents   INTEGER NOT NULL,
    issue_day           INTEGER NOT NULL,
    due_day             INTEGER NOT NULL,
    -- the latest day of its history: issue, allocation, credit note or write-off
    last_day            INTEGER NOT NULL,
    -- the day of the last event that left nothing owed; NULL while a balance is open
    settled_day         INTEGER
);

CREATE INDEX settlement_open ON settlement(invoice_id) WHERE settled_day IS NULL;
-- whether anything is dated after a day (then the record cannot answer for that day)
CREATE INDEX settlement_last ON settlement(last_day);
-- the currencies read at an exchange rate, which a report names
CREATE INDEX settlement_converted ON settlement(currency) WHERE converted = 1;

-- The record as the history gives it, one row per issued invoice: the one definition the
-- triggers and the conversion below share.
CREATE VIEW settlement_source AS
SELECT invoice_id, customer_id, currency, converted, total_cents, paid_cents, credited_cents, written_off_cents,
       issue_day, due_day, last_day,
       CASE WHEN total_cents - paid_cents - credited_cents - written_off_cents <= 0 THEN last_day END AS settled_day
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
            COALESCE(i.written_off_on, i.issue_date))) - 2440587.5 AS INTEGER) AS last_day
    FROM invoice i
    WHERE i.kind = 'invoice' AND i.number IS NOT NULL
);

CREATE TRIGGER settlement_allocation_added AFTER INSERT ON allocation
BEGIN
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source WHERE invoice_id = NEW.invoice_id;
END;

CREATE TRIGGER settlement_allocation_removed AFTER DELETE ON allocation
BEGIN
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source WHERE invoice_id = OLD.invoice_id;
END;

CREATE TRIGGER settlement_invoice_added AFTER INSERT ON invoice WHEN NEW.number IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source
        WHERE invoice_id IN (NEW.id, NEW.credited_invoice_id);
END;

CREATE TRIGGER settlement_invoice_changed AFTER UPDATE OF number, issue_date, due_date, total_cents,
    written_off_on, write_off_cents, kind, credited_invoice_id, customer_id, currency, exchange_rate ON invoice
BEGIN
    DELETE FROM settlement WHERE invoice_id = NEW.id AND NEW.number IS NULL;
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source
        WHERE invoice_id IN (NEW.id, NEW.credited_invoice_id, OLD.credited_invoice_id);
END;

CREATE TRIGGER settlement_invoice_removed AFTER DELETE ON invoice
BEGIN
    DELETE FROM settlement WHERE invoice_id = OLD.id;
    INSERT OR REPLACE INTO settlement SELECT * FROM settlement_source WHERE invoice_id = OLD.credited_invoice_id;
END;

-- an existing ledger converts as it opens, in the migration's transaction
INSERT INTO settlement SELECT * FROM settlement_source;
