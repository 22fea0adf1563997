"""PDF and CSV documents made with reportlab."""
