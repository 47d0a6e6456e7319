"""Pending deliveries by claim time, for taking over the claims of a sweep that stopped.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Indexes the pending deliveries (a handful among a row per session and day) by claim time."""
    op.create_index(
        "ix_followup_deliveries_pending",
        "followup_deliveries",
        ["created_at"],
        postgresql_where=sa.text("status = 'pending'"),
        sqlite_where=sa.text("status = 'pending'"),
    )


def downgrade() -> None:
    """Drops the index."""
    op.drop_index("ix_followup_deliveries_pending", table_name="followup_deliveries")
