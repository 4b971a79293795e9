-- Migration 2: dunning. Reminders, holds and tasks.

-- One row per (invoice, step): the UNIQUE constraint is what guarantees a reminder step
-- happens at most once, whatever runs concurrently or twice. A mail is recorded as
-- 'planned' before it is sent and becomes 'sent' only once the server accepted it;
-- 'failed' and a leftover 'planned' are retried; 'sent' and 'skipped' are final.
CREATE TABLE reminder (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    step                TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('email', 'task', 'letter')),
    status              TEXT NOT NULL CHECK (status IN ('planned', 'sent', 'failed', 'skipped')),
    -- the ledger day of the run (--as-of)
    date                TEXT NOT NULL,
    balance_cents       INTEGER NOT NULL,
    days_late           INTEGER NOT NULL,
    interest_cents      INTEGER NOT NULL DEFAULT 0,
    recipient           TEXT,
    message_id          TEXT,
    error               TEXT,
    attempts            INTEGER NOT NULL DEFAULT 0,
    manual              INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (invoice_id, step)
);

CREATE INDEX reminder_status ON reminder(status) WHERE status IN ('planned', 'failed');

-- Sent and skipped are final, even to raw SQL.
CREATE TRIGGER reminder_final_is_kept
BEFORE UPDATE ON reminder
WHEN OLD.status IN ('sent', 'skipped') AND (NEW.status IS NOT OLD.status OR NEW.step IS NOT OLD.step
    OR NEW.invoice_id IS NOT OLD.invoice_id)
BEGIN
    SELECT RAISE(ABORT, 'a sent or skipped reminder is final');
END;

CREATE TRIGGER reminder_is_kept
BEFORE DELETE ON reminder
BEGIN
    SELECT RAISE(ABORT, 'reminders are the dunning history: they are never deleted');
END;

-- A dispute: no reminder while a hold is active (released_on NULL, until not passed).
CREATE TABLE invoice_hold (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    reason              TEXT NOT NULL CHECK (reason <> ''),
    since               TEXT NOT NULL,
    until               TEXT CHECK (until IS NULL OR until >= since),
    released_on         TEXT,
    created_at          TEXT NOT NULL
);

CREATE UNIQUE INDEX invoice_hold_active ON invoice_hold(invoice_id) WHERE released_on IS NULL;

-- The owner's to-dos made by task steps ("call the customer").
CREATE TABLE task (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    step                TEXT NOT NULL,
    title               TEXT NOT NULL,
    due_on              TEXT NOT NULL,
    done_on             TEXT,
    note                TEXT,
    created_at          TEXT NOT NULL,
    UNIQUE (invoice_id, step)
);
