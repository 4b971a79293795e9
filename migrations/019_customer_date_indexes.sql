-- A customer's invoices and payments in date order: the FEC's carried-forward balances
-- name each customer as its last invoice or payment before the file's first day did,
-- which read every invoice and payment of every customer (a third of `export fec
-- --year` at one million invoices); now the latest one of each is one step back in
-- the index. Equality on the customer alone is served as before.
DROP INDEX invoice_customer;
CREATE INDEX invoice_customer ON invoice(customer_id, issue_date);
DROP INDEX payment_customer;
CREATE INDEX payment_customer ON payment(customer_id, date);
