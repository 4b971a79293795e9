-- Credit control: the most a customer may owe (open balance, in cents of the ledger's
-- currency) before a new quote or invoice is refused without --force; NULL: no limit.
ALTER TABLE customer ADD COLUMN credit_limit INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0);
