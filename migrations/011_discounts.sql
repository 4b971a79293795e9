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
