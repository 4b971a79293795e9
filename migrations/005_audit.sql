-- Migration 5: closed periods and the audit log (user_version 5, after 004_bank).

-- Periods handed to the accountant: nothing may be recorded with a date on or before the
-- latest `until`. Closing only moves forward.
CREATE TABLE period_close (
    id                  INTEGER PRIMARY KEY,
    until               TEXT NOT NULL,
    closed_on           TEXT NOT NULL,
    created_at          TEXT NOT NULL
);

CREATE TRIGGER period_close_moves_forward
BEFORE INSERT ON period_close
WHEN NEW.until <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period: already closed up to a later day');
END;

CREATE TRIGGER payment_not_in_closed_period
BEFORE INSERT ON payment
WHEN NEW.date <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period');
END;

CREATE TRIGGER allocation_not_in_closed_period
BEFORE INSERT ON allocation
WHEN NEW.date <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period');
END;

CREATE TRIGGER invoice_not_issued_in_closed_period
BEFORE UPDATE OF issue_date ON invoice
WHEN OLD.issue_date IS NULL AND NEW.issue_date <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period');
END;

CREATE TRIGGER invoice_not_added_in_closed_period
BEFORE INSERT ON invoice
WHEN NEW.issue_date IS NOT NULL AND NEW.issue_date <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period');
END;

CREATE TRIGGER write_off_not_in_closed_period
BEFORE UPDATE OF written_off_on ON invoice
WHEN NEW.written_off_on IS NOT NULL AND NEW.written_off_on <= (SELECT max(until) FROM period_close)
BEGIN
    SELECT RAISE(ABORT, 'creances: closed period');
END;

-- Every event that counts (an issue, a payment and its allocations, a credit note, a
-- write-off, a hold, a send, a period close) appends a row here, written by the triggers
-- below so that no code path can forget it. Rows are sealed by the program before its
-- transaction commits: `hash` = SHA-256 of the previous row's hash and this row's
-- canonical content, so a row changed, removed or slipped in breaks the chain, and a fact
-- changed behind the program's back no longer matches its row (`creances verify`).
CREATE TABLE audit_log (
    id                  INTEGER PRIMARY KEY,
    at                  TEXT NOT NULL,
    event               TEXT NOT NULL,
    subject             TEXT NOT NULL,
    content             TEXT NOT NULL,
    prev                TEXT,
    hash                TEXT
);

CREATE INDEX audit_log_unsealed ON audit_log(id) WHERE hash IS NULL;
CREATE INDEX audit_log_subject ON audit_log(subject, event);

CREATE TRIGGER audit_invoice_issued
AFTER UPDATE OF number ON invoice
WHEN OLD.number IS NULL AND NEW.number IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'issue', 'invoice:' || NEW.id,
        json_object('number', NEW.number, 'kind', NEW.kind, 'customer_id', NEW.customer_id,
                    'issue_date', NEW.issue_date, 'due_date', NEW.due_date,
                    'total_cents', NEW.total_cents, 'total_vat_cents', NEW.total_vat_cents));
END;

CREATE TRIGGER audit_invoice_added
AFTER INSERT ON invoice
WHEN NEW.number IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'issue', 'invoice:' || NEW.id,
        json_object('number', NEW.number, 'kind', NEW.kind, 'customer_id', NEW.customer_id,
                    'issue_date', NEW.issue_date, 'due_date', NEW.due_date,
                    'total_cents', NEW.total_cents, 'total_vat_cents', NEW.total_vat_cents));
END;

CREATE TRIGGER audit_write_off
AFTER UPDATE OF written_off_on ON invoice
WHEN OLD.written_off_on IS NULL AND NEW.written_off_on IS NOT NULL
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'write_off', 'invoice:' || NEW.id,
        json_object('written_off_on', NEW.written_off_on, 'write_off_cents', NEW.write_off_cents));
END;

CREATE TRIGGER audit_payment
AFTER INSERT ON payment
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'payment', 'payment:' || NEW.id,
        json_object('customer_id', NEW.customer_id, 'date', NEW.date,
                    'amount_cents', NEW.amount_cents, 'method', NEW.method));
END;

CREATE TRIGGER audit_allocation
AFTER INSERT ON allocation
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'allocation', 'allocation:' || NEW.id,
        json_object('payment_id', NEW.payment_id, 'invoice_id', NEW.invoice_id,
                    'date', NEW.date, 'amount_cents', NEW.amount_cents));
END;

CREATE TRIGGER audit_hold
AFTER INSERT ON invoice_hold
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'hold', 'invoice_hold:' || NEW.id,
        json_object('invoice_id', NEW.invoice_id, 'reason', NEW.reason));
END;

CREATE TRIGGER audit_send
AFTER INSERT ON document_send
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'send', 'document_send:' || NEW.id,
        json_object('invoice_id', NEW.invoice_id, 'offer_id', NEW.offer_id,
                    'recipient', NEW.recipient, 'sha256', NEW.sha256));
END;

CREATE TRIGGER audit_period_close
AFTER INSERT ON period_close
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'period_close', 'period_close:' || NEW.id,
        json_object('until', NEW.until, 'closed_on', NEW.closed_on));
END;

-- The facts of a ledger older than the log come into it once, as they stand: the program
-- adds them (store::audit::adopt_existing) right after this migration.
