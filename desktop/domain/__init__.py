"""Pure-Python domain: statuses, dates, numbering, records, drafts, rules and plans.

Nothing here imports Qt, SQLAlchemy or a file-format library; every layer above uses it.
"""
