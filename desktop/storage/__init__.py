"""SQLAlchemy storage: models, engine, migrations, backups and queries."""
