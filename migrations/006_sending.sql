-- Migration 6: a reminder whose mail is being handed to the server (user_version 6).
-- `sending` is committed before the mail leaves and becomes `sent` once the server took
-- it, or `failed` when the server said no. A run that died in between leaves `sending`:
-- the outcome is unknown, so no later run resends it on its own; `dunning run` lists it
-- and `dunning resend ID` sends it again on purpose. SQLite cannot change a CHECK, so the
-- table is made anew with the same rows.

DROP TRIGGER reminder_final_is_kept;
DROP TRIGGER reminder_is_kept;
DROP TRIGGER IF EXISTS audit_reminder;

CREATE TABLE reminder_new (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    step                TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('email', 'task', 'letter')),
    status              TEXT NOT NULL CHECK (status IN ('planned', 'sending', 'sent', 'failed', 'skipped')),
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

INSERT INTO reminder_new SELECT id, invoice_id, step, channel, status, date, balance_cents, days_late,
    interest_cents, recipient, message_id, error, attempts, manual, created_at, updated_at FROM reminder;
DROP TABLE reminder;
ALTER TABLE reminder_new RENAME TO reminder;

CREATE INDEX reminder_status ON reminder(status) WHERE status IN ('planned', 'sending', 'failed');

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
