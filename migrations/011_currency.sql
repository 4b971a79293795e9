-- Invoices and payments in another currency than the accounting one (the company's).
-- exchange_rate: units of the document's currency per unit of the accounting currency, as
-- the ECB quotes it (1 EUR = 1.0842 USD), fixed when an invoice is issued (a credit note
-- takes its invoice's) and when a payment is received; NULL in the accounting currency.
-- A payment's currency: NULL is the accounting currency.
ALTER TABLE invoice ADD COLUMN exchange_rate TEXT;
ALTER TABLE payment ADD COLUMN currency TEXT CHECK (currency IS NULL OR length(currency) = 3);
ALTER TABLE payment ADD COLUMN exchange_rate TEXT;

CREATE TRIGGER invoice_exchange_rate_frozen
BEFORE UPDATE OF exchange_rate ON invoice
WHEN OLD.number IS NOT NULL AND NEW.exchange_rate IS NOT OLD.exchange_rate
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable: make a credit note');
END;

-- money of one currency settles an invoice of that currency only
CREATE TRIGGER allocation_in_one_currency
BEFORE INSERT ON allocation
WHEN (SELECT COALESCE(p.currency, (SELECT currency FROM company)) FROM payment p WHERE p.id = NEW.payment_id)
     IS NOT (SELECT i.currency FROM invoice i WHERE i.id = NEW.invoice_id)
BEGIN
    SELECT RAISE(ABORT, 'a payment settles invoices of its own currency only');
END;
