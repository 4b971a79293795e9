-- Migration 011: delivery notes (bons de livraison), invoices made of several delivery
-- notes or quotes (facture récapitulative), and SEPA direct debit. IF NOT EXISTS: a ledger
-- whose user_version was set back (tests/cli/audit.rs does) runs it again.

-- A delivery note is numbered at creation (BL-2026-0001, continuous per series and year,
-- as invoices are) and frozen from then on: never changed, never deleted.
CREATE TABLE IF NOT EXISTS delivery_note (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    series              TEXT NOT NULL,
    year                INTEGER NOT NULL,
    seq                 INTEGER NOT NULL,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    date                TEXT NOT NULL,
    -- copied from the customer on the note's day
    customer_name       TEXT NOT NULL,
    customer_address    TEXT NOT NULL,
    notes               TEXT,
    -- how many lines it has: none may be added once they are all in
    line_count          INTEGER NOT NULL CHECK (line_count > 0),
    created_at          TEXT NOT NULL,
    UNIQUE (series, year, seq)
);

-- The same columns as invoice_line: an invoice copies them.
CREATE TABLE IF NOT EXISTS delivery_line (
    id                  INTEGER PRIMARY KEY,
    delivery_id         INTEGER NOT NULL REFERENCES delivery_note(id),
    position            INTEGER NOT NULL,
    sku                 TEXT,
    designation         TEXT NOT NULL,
    quantity            TEXT NOT NULL,
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods')),
    -- a line's discount, kept for the invoice that bills it (`-10%`, `-50`)
    discount            TEXT
);
CREATE INDEX IF NOT EXISTS delivery_line_delivery ON delivery_line(delivery_id);
CREATE INDEX IF NOT EXISTS delivery_note_customer ON delivery_note(customer_id, date);

CREATE TRIGGER IF NOT EXISTS delivery_note_is_frozen
BEFORE UPDATE ON delivery_note
BEGIN
    SELECT RAISE(ABORT, 'a delivery note is immutable once made');
END;

CREATE TRIGGER IF NOT EXISTS delivery_note_is_kept
BEFORE DELETE ON delivery_note
BEGIN
    SELECT RAISE(ABORT, 'a delivery note is never deleted');
END;

CREATE TRIGGER IF NOT EXISTS delivery_line_insert_frozen
BEFORE INSERT ON delivery_line
WHEN (SELECT count(*) FROM delivery_line WHERE delivery_id = NEW.delivery_id)
     >= (SELECT line_count FROM delivery_note WHERE id = NEW.delivery_id)
BEGIN
    SELECT RAISE(ABORT, 'a delivery note is immutable once made');
END;

CREATE TRIGGER IF NOT EXISTS delivery_line_update_frozen
BEFORE UPDATE ON delivery_line
BEGIN
    SELECT RAISE(ABORT, 'a delivery note is immutable once made');
END;

CREATE TRIGGER IF NOT EXISTS delivery_line_delete_frozen
BEFORE DELETE ON delivery_line
BEGIN
    SELECT RAISE(ABORT, 'a delivery note is immutable once made');
END;

CREATE TRIGGER IF NOT EXISTS audit_delivery_note
AFTER INSERT ON delivery_note
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'delivery', 'delivery_note:' || NEW.id,
        json_object('number', NEW.number, 'customer_id', NEW.customer_id, 'date', NEW.date));
END;

-- What an invoice bills: each delivery note and each quote at most once, whatever runs at
-- the same time (UNIQUE), and which of the invoice's lines came from it (positions
-- first_line .. first_line + line_count - 1, from 0). Deleting a draft frees them; an
-- issued invoice keeps them.
CREATE TABLE IF NOT EXISTS invoice_source (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    delivery_id         INTEGER UNIQUE REFERENCES delivery_note(id),
    offer_id            INTEGER UNIQUE REFERENCES offer(id),
    first_line          INTEGER NOT NULL CHECK (first_line >= 0),
    line_count          INTEGER NOT NULL CHECK (line_count >= 0),
    CHECK ((delivery_id IS NULL) <> (offer_id IS NULL))
);
CREATE INDEX IF NOT EXISTS invoice_source_invoice ON invoice_source(invoice_id);

-- a quote accepted into an invoice before this migration is invoiced by it (a deposit
-- invoice of a quote is not: its final invoice is)
INSERT OR IGNORE INTO invoice_source (invoice_id, offer_id, first_line, line_count)
SELECT i.id, i.offer_id, 0, (SELECT count(*) FROM invoice_line l WHERE l.invoice_id = i.id)
FROM invoice i WHERE i.offer_id IS NOT NULL AND i.deposit = 0
  AND NOT EXISTS (SELECT 1 FROM invoice_source s WHERE s.offer_id = i.offer_id) ORDER BY i.id;

CREATE TRIGGER IF NOT EXISTS invoice_source_insert_frozen
BEFORE INSERT ON invoice_source
WHEN (SELECT number FROM invoice WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TRIGGER IF NOT EXISTS invoice_source_update_frozen
BEFORE UPDATE ON invoice_source
WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TRIGGER IF NOT EXISTS invoice_source_delete_frozen
BEFORE DELETE ON invoice_source
WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

-- SEPA direct debit. The company's creditor identifier (ICS); how a customer pays by
-- default and how each invoice is to be paid ('transfer' when NULL). An issued invoice
-- keeps how it is paid, like everything else printed on it.
ALTER TABLE company ADD COLUMN sepa_creditor_id TEXT;
ALTER TABLE customer ADD COLUMN collect_method TEXT CHECK (collect_method IN ('transfer', 'direct_debit'));
ALTER TABLE invoice ADD COLUMN collect_method TEXT CHECK (collect_method IN ('transfer', 'direct_debit'));

CREATE TRIGGER IF NOT EXISTS invoice_collect_frozen
BEFORE UPDATE OF collect_method ON invoice
WHEN OLD.number IS NOT NULL AND NEW.collect_method IS NOT OLD.collect_method
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

-- A customer's signed mandate (RUM unique for the creditor). The latest one is used.
CREATE TABLE IF NOT EXISTS sepa_mandate (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    reference           TEXT NOT NULL UNIQUE,
    iban                TEXT NOT NULL,
    bic                 TEXT NOT NULL,
    signed_on           TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('recurrent', 'one_off')),
    created_at          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sepa_mandate_customer ON sepa_mandate(customer_id);

-- One collection file (pain.008) and the invoices in it. An invoice is in at most one
-- collection that was not returned, whatever runs at the same time (the partial UNIQUE
-- index): a second `collect sepa` finds nothing left.
CREATE TABLE IF NOT EXISTS sepa_collection (
    id                  INTEGER PRIMARY KEY,
    message_id          TEXT NOT NULL UNIQUE,
    made_on             TEXT NOT NULL,
    until               TEXT NOT NULL,
    file                TEXT NOT NULL,
    created_at          TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sepa_collection_item (
    id                  INTEGER PRIMARY KEY,
    collection_id       INTEGER NOT NULL REFERENCES sepa_collection(id),
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    mandate_id          INTEGER NOT NULL REFERENCES sepa_mandate(id),
    sequence            TEXT NOT NULL CHECK (sequence IN ('FRST', 'RCUR', 'OOFF')),
    amount_cents        INTEGER NOT NULL CHECK (amount_cents > 0),
    collect_on          TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'settled', 'returned')),
    -- the statement line that settled it and the payment recorded then
    payment_id          INTEGER REFERENCES payment(id),
    settled_on          TEXT,
    returned_on         TEXT,
    return_reason       TEXT,
    CHECK ((status = 'settled') = (payment_id IS NOT NULL) OR status = 'returned'),
    CHECK ((status = 'returned') = (returned_on IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS sepa_collection_item_once
    ON sepa_collection_item(invoice_id) WHERE status <> 'returned';
CREATE INDEX IF NOT EXISTS sepa_collection_item_mandate ON sepa_collection_item(mandate_id);

CREATE TRIGGER IF NOT EXISTS audit_sepa_collection_item
AFTER INSERT ON sepa_collection_item
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'collection', 'sepa_collection_item:' || NEW.id,
        json_object('invoice_id', NEW.invoice_id, 'mandate_id', NEW.mandate_id, 'sequence', NEW.sequence,
                    'amount_cents', NEW.amount_cents, 'collect_on', NEW.collect_on));
END;

CREATE TRIGGER IF NOT EXISTS audit_sepa_return
AFTER UPDATE OF status ON sepa_collection_item
WHEN NEW.status = 'returned' AND OLD.status <> 'returned'
BEGIN
    INSERT INTO audit_log (at, event, subject, content) VALUES (
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'collection_return', 'sepa_collection_item:' || NEW.id,
        json_object('invoice_id', NEW.invoice_id, 'returned_on', NEW.returned_on, 'reason', NEW.return_reason));
END;
