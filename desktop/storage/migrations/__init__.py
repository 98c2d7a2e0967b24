"""Alembic migrations, shipped inside the package and run when a ledger is opened."""
