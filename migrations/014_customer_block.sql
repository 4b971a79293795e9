-- Migration 011: each time a customer is blocked or unblocked, by hand (`customer block`,
-- `customer unblock`) or by the policy (`[dunning] block_at_notice`: blocked at the formal
-- notice, unblocked by the payment that leaves nothing overdue), with the day and why.
-- `customer show` lists them in the history; the audit log records each one.
-- IF NOT EXISTS: a ledger whose user_version was set back (tests/cli/audit.rs does) runs it again.

CREATE TABLE IF NOT EXISTS customer_block (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    date                TEXT NOT NULL,
    blocked             INTEGER NOT NULL CHECK (blocked IN (0, 1)),
    automatic           INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
    reason              TEXT,
    created_at          TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS customer_block_customer ON customer_block(customer_id, id);

CREATE TRIGGER IF NOT EXISTS audit_customer_block
AFTER INSERT ON customer_block
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
        CASE NEW.blocked WHEN 1 THEN 'block' ELSE 'unblock' END,
        'customer_block:' || NEW.id,
        json_object('customer_id', NEW.customer_id, 'date', NEW.date,
                    'automatic', NEW.automatic, 'reason', NEW.reason));
END;
