"""Table and tree models of the main window (one per list on screen)."""
