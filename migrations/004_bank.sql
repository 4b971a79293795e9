-- Migration 4: imports and bank reconciliation (user_version 4, after 003_documents).

-- What makes an imported payment the same on a second import: its external id, or its
-- date, amount, customer and reference. NULL for payments recorded by hand.
ALTER TABLE payment ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX payment_import_key ON payment(import_key) WHERE import_key IS NOT NULL;

-- IBANs customers pay from: given by the customers import, learned from bank matches.
-- They tell the matcher who sent a transfer.
CREATE TABLE customer_iban (
    iban                TEXT PRIMARY KEY CHECK (iban <> ''),
    customer_id         INTEGER NOT NULL REFERENCES customer(id)
);
CREATE INDEX customer_iban_customer ON customer_iban(customer_id);

-- One row per movement on the company's bank account, stored once: `key` is the bank's
-- transaction id, or the date, amount and text when the statement gives none, so
-- overlapping statements never duplicate a line. Credits are positive.
CREATE TABLE bank_line (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT NOT NULL UNIQUE,
    account             TEXT NOT NULL DEFAULT '',
    date                TEXT NOT NULL,
    amount_cents        INTEGER NOT NULL CHECK (amount_cents <> 0),
    currency            TEXT NOT NULL,
    text                TEXT NOT NULL,
    counterparty        TEXT,
    counterparty_iban   TEXT,
    bank_id             TEXT,
    source              TEXT NOT NULL CHECK (source IN ('csv', 'camt053', 'ofx')),
    imported_at         TEXT NOT NULL,
    -- set once the line is matched: the payment it became and the rule that chose it
    payment_id          INTEGER UNIQUE REFERENCES payment(id),
    rule                TEXT CHECK (rule IN ('number', 'amount', 'sum', 'manual')),
    matched_on          TEXT,
    CHECK ((payment_id IS NULL) = (rule IS NULL))
);
CREATE INDEX bank_line_open ON bank_line(date) WHERE payment_id IS NULL;

-- A matched line stays matched: its payment is history.
CREATE TRIGGER bank_line_match_is_kept
BEFORE UPDATE ON bank_line
WHEN OLD.payment_id IS NOT NULL AND (NEW.payment_id IS NOT OLD.payment_id OR NEW.rule IS NOT OLD.rule
    OR NEW.amount_cents IS NOT OLD.amount_cents OR NEW.key IS NOT OLD.key)
BEGIN
    SELECT RAISE(ABORT, 'a matched bank line keeps its payment');
END;
