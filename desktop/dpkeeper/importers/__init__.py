"""Reading files people bring in: receipt photos and PDFs (and, later, bank statements)."""
