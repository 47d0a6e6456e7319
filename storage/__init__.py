"""Storage: SQLAlchemy tables, repositories, the unit of work and Alembic migrations.

Import what you need from the submodules (storage.database, storage.uow, storage.migrate);
nothing is built at import time.
"""
