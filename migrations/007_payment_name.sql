-- Migration 7: the customer's name as it was when a payment was recorded (user_version 7).
-- Invoices already keep the name they were issued to; a payment keeps its own, so that
-- renaming a customer today changes no entry of a period already handed over. Payments
-- recorded before this migration take the name of the customer's latest invoice issued on
-- or before their date, else the customer's name as it is now.

ALTER TABLE payment ADD COLUMN customer_name TEXT;

UPDATE payment SET customer_name = COALESCE(
    (SELECT i.customer_name FROM invoice i
      WHERE i.customer_id = payment.customer_id AND i.number IS NOT NULL
        AND i.customer_name IS NOT NULL AND i.issue_date <= payment.date
      ORDER BY i.issue_date DESC, i.id DESC LIMIT 1),
    (SELECT c.name FROM customer c WHERE c.id = payment.customer_id));
