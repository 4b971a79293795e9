-- Billing the way French businesses bill (issue 13): discounts, deposits, scheduled sends.

-- Discounts (remises): one off a line (`-10%` or `-50` after its VAT rate) and one off a
-- whole quote or invoice (`--discount`), stored as typed ("10%" or "50"), NULL for none.
-- An issued invoice keeps both, like every other field.
ALTER TABLE offer_line ADD COLUMN discount TEXT;
ALTER TABLE invoice_line ADD COLUMN discount TEXT;
ALTER TABLE recurring_line ADD COLUMN discount TEXT;
ALTER TABLE offer ADD COLUMN discount TEXT;
ALTER TABLE invoice ADD COLUMN discount TEXT;

CREATE TRIGGER invoice_discount_frozen
BEFORE UPDATE OF discount ON invoice
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

-- Deposits (acomptes): a deposit invoice is an invoice of the quote's series flagged
-- `deposit` (Factur-X type 386); the final invoice of the quote deducts each deposit once,
-- which the primary key on the deposit enforces. A final draft deleted frees its deposits.
ALTER TABLE invoice ADD COLUMN deposit INTEGER NOT NULL DEFAULT 0 CHECK (deposit IN (0, 1));

CREATE TRIGGER invoice_deposit_frozen
BEFORE UPDATE OF deposit ON invoice
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

CREATE TABLE IF NOT EXISTS deposit_deduction (
    deposit_invoice_id  INTEGER PRIMARY KEY REFERENCES invoice(id),
    final_invoice_id    INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    CHECK (deposit_invoice_id <> final_invoice_id)
);
CREATE INDEX IF NOT EXISTS deposit_deduction_final ON deposit_deduction(final_invoice_id);

-- Scheduled sends (`invoice send N --at D`): the daily run claims each due row (state
-- 'sending', committed) before mailing it, so two runs never both send it; a failed
-- one is tried again by the next run.
CREATE TABLE IF NOT EXISTS scheduled_send (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    due_on              TEXT NOT NULL,
    state               TEXT NOT NULL DEFAULT 'scheduled'
                        CHECK (state IN ('scheduled', 'sending', 'sent', 'failed')),
    done_on             TEXT,
    error               TEXT,
    created_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS scheduled_send_pending ON scheduled_send(invoice_id)
    WHERE state IN ('scheduled', 'failed');
