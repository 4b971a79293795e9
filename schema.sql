-- creances ledger schema, migration 1. Money is integer cents; dates are YYYY-MM-DD text;
-- rates and quantities are decimal text. Statuses are derived, never stored as truth.

CREATE TABLE company (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL,
    address             TEXT NOT NULL DEFAULT '',
    siren               TEXT,
    vat_number          TEXT,
    vat_franchise       INTEGER NOT NULL DEFAULT 0 CHECK (vat_franchise IN (0, 1)),
    iban                TEXT,
    bic                 TEXT,
    email               TEXT,
    phone               TEXT,
    legal_form          TEXT,
    payment_terms_days  INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 60),
    -- yearly late-payment rate in percent; NULL means the legal default (ECB rate + 10 points)
    penalty_rate        TEXT,
    currency            TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    is_demo             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL CHECK (name <> ''),
    kind                TEXT NOT NULL CHECK (kind IN ('business', 'individual')),
    email               TEXT,
    address             TEXT NOT NULL DEFAULT '',
    siren               TEXT,
    vat_number          TEXT,
    -- NULL: the company's default terms
    payment_terms_days  INTEGER CHECK (payment_terms_days BETWEEN 0 AND 60),
    dunning_profile     TEXT NOT NULL DEFAULT 'standard'
                        CHECK (dunning_profile IN ('standard', 'vip', 'new', 'late_payer')),
    language            TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    blocked             INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    blocked_reason      TEXT,
    created_at          TEXT NOT NULL
);

CREATE TABLE product (
    id                  INTEGER PRIMARY KEY,
    sku                 TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL CHECK (name <> ''),
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods'))
);

CREATE TABLE offer (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    series              TEXT NOT NULL,
    year                INTEGER NOT NULL,
    seq                 INTEGER NOT NULL,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    issue_date          TEXT NOT NULL,
    valid_until         TEXT NOT NULL CHECK (valid_until >= issue_date),
    prices_include_vat  INTEGER NOT NULL DEFAULT 0,
    total_net_cents     INTEGER NOT NULL,
    total_vat_cents     INTEGER NOT NULL,
    total_cents         INTEGER NOT NULL,
    -- NULL while open; 'accepted' or 'declined' once decided
    decision            TEXT CHECK (decision IN ('accepted', 'declined')),
    decided_on          TEXT,
    notes               TEXT,
    created_at          TEXT NOT NULL,
    UNIQUE (series, year, seq)
);

CREATE TABLE offer_line (
    id                  INTEGER PRIMARY KEY,
    offer_id            INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku                 TEXT,
    designation         TEXT NOT NULL,
    quantity            TEXT NOT NULL,
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods'))
);

-- Invoices and credit notes. A draft has no number; issuing gives it one and freezes it.
CREATE TABLE invoice (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    series              TEXT NOT NULL,
    number              TEXT UNIQUE,
    year                INTEGER,
    seq                 INTEGER,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    offer_id            INTEGER REFERENCES offer(id),
    -- for a credit note: the invoice it corrects
    credited_invoice_id INTEGER REFERENCES invoice(id),
    reason              TEXT,
    issue_date          TEXT,
    due_date            TEXT,
    payment_terms_days  INTEGER NOT NULL,
    currency            TEXT NOT NULL,
    prices_include_vat  INTEGER NOT NULL DEFAULT 0,
    penalty_rate        TEXT,
    purchase_order      TEXT,
    notes               TEXT,
    -- copied from the customer at issue, so later edits don't rewrite history
    customer_name       TEXT,
    customer_address    TEXT,
    customer_siren      TEXT,
    customer_vat_number TEXT,
    total_net_cents     INTEGER NOT NULL,
    total_vat_cents     INTEGER NOT NULL,
    total_cents         INTEGER NOT NULL,
    imported            INTEGER NOT NULL DEFAULT 0,
    sent_on             TEXT,
    written_off_on      TEXT,
    write_off_cents     INTEGER,
    write_off_reason    TEXT,
    created_at          TEXT NOT NULL,
    UNIQUE (series, year, seq),
    CHECK ((number IS NULL) = (issue_date IS NULL)),
    CHECK (number IS NULL OR (year IS NOT NULL AND seq IS NOT NULL AND due_date IS NOT NULL)),
    CHECK (kind = 'invoice' OR credited_invoice_id IS NOT NULL)
);

CREATE TABLE invoice_line (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku                 TEXT,
    designation         TEXT NOT NULL,
    quantity            TEXT NOT NULL,
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods'))
);

CREATE TABLE payment (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    date                TEXT NOT NULL,
    amount_cents        INTEGER NOT NULL CHECK (amount_cents > 0),
    method              TEXT NOT NULL DEFAULT 'transfer',
    reference           TEXT,
    created_at          TEXT NOT NULL
);

-- What part of a payment settles which invoice, from which day. The rest of a payment is
-- customer credit. A credit note that cancels money already paid adds a negative row
-- dated the credit note's day: history is never rewritten, so any past day reads as it was.
CREATE TABLE allocation (
    id                  INTEGER PRIMARY KEY,
    payment_id          INTEGER NOT NULL REFERENCES payment(id),
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id),
    date                TEXT NOT NULL,
    amount_cents        INTEGER NOT NULL CHECK (amount_cents <> 0)
);

CREATE INDEX invoice_customer ON invoice(customer_id);
-- period reports and exports read a year of a ten-year ledger, not all of it
CREATE INDEX invoice_issue_date ON invoice(issue_date);
CREATE INDEX invoice_written_off ON invoice(written_off_on) WHERE written_off_on IS NOT NULL;
CREATE INDEX payment_date ON payment(date);
CREATE INDEX invoice_credited ON invoice(credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
CREATE INDEX invoice_line_invoice ON invoice_line(invoice_id);
CREATE INDEX offer_line_offer ON offer_line(offer_id);
CREATE INDEX payment_customer ON payment(customer_id);
CREATE INDEX allocation_invoice ON allocation(invoice_id);
CREATE INDEX allocation_payment ON allocation(payment_id);

-- An issued document is immutable, even to raw SQL: only its sending and write-off
-- facts may be set later.
CREATE TRIGGER invoice_issued_is_frozen
BEFORE UPDATE ON invoice
WHEN OLD.number IS NOT NULL AND (
       NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind OR NEW.series IS NOT OLD.series
    OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.customer_id IS NOT OLD.customer_id
    OR NEW.credited_invoice_id IS NOT OLD.credited_invoice_id OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.payment_terms_days IS NOT OLD.payment_terms_days
    OR NEW.currency IS NOT OLD.currency OR NEW.prices_include_vat IS NOT OLD.prices_include_vat
    OR NEW.penalty_rate IS NOT OLD.penalty_rate OR NEW.purchase_order IS NOT OLD.purchase_order
    OR NEW.customer_name IS NOT OLD.customer_name OR NEW.customer_address IS NOT OLD.customer_address
    OR NEW.customer_siren IS NOT OLD.customer_siren OR NEW.customer_vat_number IS NOT OLD.customer_vat_number
    OR NEW.total_net_cents IS NOT OLD.total_net_cents OR NEW.total_vat_cents IS NOT OLD.total_vat_cents
    OR NEW.total_cents IS NOT OLD.total_cents OR NEW.reason IS NOT OLD.reason OR NEW.notes IS NOT OLD.notes
    OR NEW.offer_id IS NOT OLD.offer_id OR NEW.imported IS NOT OLD.imported)
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TRIGGER invoice_issued_is_kept
BEFORE DELETE ON invoice
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice cannot be deleted: make a credit note');
END;

CREATE TRIGGER invoice_line_insert_frozen
BEFORE INSERT ON invoice_line
WHEN (SELECT number FROM invoice WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TRIGGER invoice_line_update_frozen
BEFORE UPDATE ON invoice_line
WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TRIGGER invoice_line_delete_frozen
BEFORE DELETE ON invoice_line
WHEN (SELECT number FROM invoice WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;
