-- Each customer's money in the accounting currency, kept by triggers in the statement of
-- every payment and allocation: what it paid (payments without a currency of their own)
-- and what of it was allocated to invoices not read at a rate. On a day the settlement
-- record answers for, a customer's unallocated credit is the difference: today's aged
-- balance no longer reads every payment and every row of the record to find it.
CREATE TABLE customer_money (
    customer_id         INTEGER PRIMARY KEY REFERENCES customer(id),
    received_cents      INTEGER NOT NULL DEFAULT 0,
    allocated_cents     INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER customer_money_paid AFTER INSERT ON payment WHEN NEW.currency IS NULL
BEGIN
    INSERT INTO customer_money (customer_id, received_cents) VALUES (NEW.customer_id, NEW.amount_cents)
        ON CONFLICT (customer_id) DO UPDATE SET received_cents = received_cents + excluded.received_cents;
END;

CREATE TRIGGER customer_money_unpaid AFTER DELETE ON payment WHEN OLD.currency IS NULL
BEGIN
    UPDATE customer_money SET received_cents = received_cents - OLD.amount_cents
        WHERE customer_id = OLD.customer_id;
END;

CREATE TRIGGER customer_money_payment_changed AFTER UPDATE OF customer_id, amount_cents, currency ON payment
BEGIN
    UPDATE customer_money SET received_cents = received_cents - OLD.amount_cents
        WHERE customer_id = OLD.customer_id AND OLD.currency IS NULL;
    INSERT INTO customer_money (customer_id, received_cents)
        SELECT NEW.customer_id, NEW.amount_cents WHERE NEW.currency IS NULL
        ON CONFLICT (customer_id) DO UPDATE SET received_cents = received_cents + excluded.received_cents;
END;

-- an allocation counts when its invoice is one the record holds without a rate
CREATE TRIGGER customer_money_allocated AFTER INSERT ON allocation
BEGIN
    INSERT INTO customer_money (customer_id, allocated_cents)
        SELECT i.customer_id, NEW.amount_cents FROM invoice i
        WHERE i.id = NEW.invoice_id AND i.exchange_rate IS NULL AND i.kind = 'invoice' AND i.number IS NOT NULL
        ON CONFLICT (customer_id) DO UPDATE SET allocated_cents = allocated_cents + excluded.allocated_cents;
END;

CREATE TRIGGER customer_money_released AFTER DELETE ON allocation
BEGIN
    UPDATE customer_money SET allocated_cents = allocated_cents - OLD.amount_cents
        WHERE customer_id = (SELECT i.customer_id FROM invoice i
            WHERE i.id = OLD.invoice_id AND i.exchange_rate IS NULL AND i.kind = 'invoice' AND i.number IS NOT NULL);
END;

-- the payments in another currency: each one's free part is read at its own rate
CREATE INDEX payment_foreign ON payment(customer_id) WHERE currency IS NOT NULL;

-- the table as the history gives it: the one definition the conversion below and the
-- synthetic generator's rebuild share
CREATE VIEW customer_money_source AS
SELECT customer_id, SUM(received) AS received_cents, SUM(allocated) AS allocated_cents
FROM (
    SELECT customer_id, amount_cents AS received, 0 AS allocated FROM payment WHERE currency IS NULL
    UNION ALL
    SELECT customer_id, 0, paid_cents FROM settlement WHERE converted = 0 AND paid_cents <> 0
)
GROUP BY customer_id;

-- an existing ledger fills it as it opens, in the migration's transaction
INSERT INTO customer_money SELECT * FROM customer_money_source;
