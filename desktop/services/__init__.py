"""Services: one method per user action, one transaction each, history recorded.

They return records and a :class:`~desktop.domain.changes.Changes`, never ORM objects.
"""
