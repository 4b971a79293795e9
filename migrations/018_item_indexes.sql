-- Each invoice's SEPA collection items and holds found by key: `invoice list` looked up
-- the latest collection item of every invoice it printed by reading the whole item
-- table (the only index of their invoice is partial, for items not returned), 21 s at
-- one million invoices; `invoice show` read every hold of the ledger.
CREATE INDEX sepa_collection_item_invoice ON sepa_collection_item(invoice_id);
CREATE INDEX invoice_hold_invoice ON invoice_hold(invoice_id);
