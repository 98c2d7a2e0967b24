"""Small reusable widgets used across the screen: date entry, completers, table views,
compact tabs, the issue form, a source text view, the print-font group."""
