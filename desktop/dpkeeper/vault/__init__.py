"""The encrypted store: key slots, opening and locking, schema migrations."""
