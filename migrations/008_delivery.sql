-- The 2026 invoice mentions: the date of delivery or of the service, or the period a
-- service covers (from = to for one day), and a delivery address when it is not the
-- customer's. Set on drafts; an issued invoice keeps them, like every other field.
ALTER TABLE invoice ADD COLUMN delivery_from TEXT;
ALTER TABLE invoice ADD COLUMN delivery_to TEXT;
ALTER TABLE invoice ADD COLUMN delivery_address TEXT;

CREATE TRIGGER invoice_delivery_frozen
BEFORE UPDATE OF delivery_from, delivery_to, delivery_address ON invoice
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;
