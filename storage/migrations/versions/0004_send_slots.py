"""Send slots: one platform account's rate limit, shared by every process that sends with it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Creates the send_slots table."""
    op.create_table(
        "send_slots",
        sa.Column("lane", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("free_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("lane", "key", name="pk_send_slots"),
    )


def downgrade() -> None:
    """Drops the send_slots table; each process paces alone until it is back."""
    op.drop_table("send_slots")
