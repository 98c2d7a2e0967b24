"""Dialogs: each takes a draft, shows it and hands back an edited draft."""
