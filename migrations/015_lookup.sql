-- Names a user types are found whatever their case (fact-2026-0001, acme): these
-- indexes serve the case-blind lookups, so an unknown number answers as fast as a known
-- one instead of scanning every invoice.
CREATE INDEX invoice_number_nocase ON invoice(number COLLATE NOCASE);
CREATE INDEX offer_number_nocase ON offer(number COLLATE NOCASE);
CREATE INDEX customer_code_nocase ON customer(code COLLATE NOCASE);
CREATE INDEX product_sku_nocase ON product(sku COLLATE NOCASE);
