"""Small reusable widgets (date entry, completers)."""
