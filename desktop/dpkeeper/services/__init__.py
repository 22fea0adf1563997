"""Use cases: each function is one thing a person can do. The GUI and the CLI both call these."""
