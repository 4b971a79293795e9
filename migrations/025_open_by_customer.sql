-- The open invoices of the settlement record by customer: a dunning run (and the
-- dashboard's count of it) plans the customers a group at a time, each group sized by
-- its customers' open invoices. With this index the groups are counted, and each
-- group's invoices listed, from the open invoices' entries alone, where the record's
-- rows were otherwise looked up one by one for their customer. It names the column of
-- its condition too (always NULL there), so that SQLite reads it alone.
CREATE INDEX settlement_open_customer ON settlement(customer_id, invoice_id, settled_day)
    WHERE settled_day IS NULL;
