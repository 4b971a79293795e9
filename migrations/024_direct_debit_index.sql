-- The issued invoices to be collected by direct debit, with the days a dunning run
-- reads of them: the run asks, for each open invoice, whether it waits for its
-- collection, and the index answers without reading the invoice's wide row (most
-- ledgers hold no direct debit at all, and the index is then empty). It holds every
-- column the query names, its condition's too, so that SQLite reads it alone.
CREATE INDEX invoice_direct_debit ON invoice(id, issue_date, due_date, collect_method, number)
    WHERE collect_method = 'direct_debit' AND number IS NOT NULL AND due_date IS NOT NULL;
