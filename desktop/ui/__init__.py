"""The Qt widget layer: windows, dialogs, table models, undo commands, messages.

Who owns which part of the screen: ``main_window`` the window itself (its panes, menu
bar, status bar and undo stack), with ``navigation_pane``, ``filter_bar``,
``detail_pane`` and ``models/`` for the widgets of its panes; each feature module the
menu entries, dialogs and docks it names in its docstring, reaching the window only
through ``window_api``; ``dialogs/`` one dialog each; ``widgets/`` small widgets used
across the screen."""
