"""Pure rules of the app's world: no I/O, no Qt, nothing from the rest of the project."""
