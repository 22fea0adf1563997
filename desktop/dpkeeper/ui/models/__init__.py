"""Qt models that read the vault lazily, a page of rows at a time."""
