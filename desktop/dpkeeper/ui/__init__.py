"""The PySide6 face of the app. Widgets call services; they never build SQL or decide rules."""
