-- The payment form lists payees most recently used first: each payee's latest date is then one
-- index lookup, instead of a pass over every payment (a third of a second at ten-year scale).
DROP INDEX transactions_by_payee;
CREATE INDEX transactions_by_payee ON transactions (payee_id, date);
