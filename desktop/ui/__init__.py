"""The Qt widget layer: windows, dialogs, table models, undo commands, messages."""
