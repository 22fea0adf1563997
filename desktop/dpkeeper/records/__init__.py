"""Reading and writing records. SQL lives here (and in ``vault/``) and nowhere else."""
