"""Handled commands: a command redelivered by its platform, or replayed after a crash, runs once.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Creates the handled_commands table."""
    op.create_table(
        "handled_commands",
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("platform_message_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_handled_commands_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "platform", "chat_id", "platform_message_id", name="pk_handled_commands"
        ),
    )
    op.create_index("ix_handled_commands_handled_at", "handled_commands", ["handled_at"])
    op.create_index("ix_handled_commands_user_id", "handled_commands", ["user_id"])


def downgrade() -> None:
    """Drops the handled_commands table; a redelivered command may run twice again."""
    op.drop_table("handled_commands")
