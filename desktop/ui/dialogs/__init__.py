"""Dialogs, one a module, each owning its own window; the record dialogs take a draft,
show it and hand back an edited draft."""
