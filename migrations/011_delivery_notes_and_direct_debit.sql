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
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods'))
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

-- a quote accepted into an invoice before this migration is invoiced by it
INSERT OR IGNORE INTO invoice_source (invoice_id, offer_id, first_line, line_count)
SELECT i.id, i.offer_id, 0, (SELECT count(*) FROM invoice_line l WHERE l.invoice_id = i.id)
FROM invoice i WHERE i.offer_id IS NOT NULL
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
