"""Initial schema: people, sessions, messages, feedback and follow-up deliveries.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Written out in full (not imported from storage.tables) so that this revision keeps creating
the same schema whatever the tables module becomes later.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    """64-bit on PostgreSQL; INTEGER on SQLite, where only INTEGER PRIMARY KEY is the rowid."""
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _pk() -> sa.Column[int]:
    return sa.Column("id", _id(), nullable=False)


def _fk(name: str, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, _id(), nullable=nullable)


def _at(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _str(name: str, length: int, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _cascade(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete="CASCADE"
    )


def upgrade() -> None:
    """Creates every table and index."""
    op.create_table(
        "users",
        _pk(),
        _str("display_name", 200, nullable=True),
        _str("timezone", 64, nullable=True),
        _str("locale", 35, nullable=True),
        sa.Column("reachable", sa.Boolean(), nullable=False),
        sa.Column("preferences", sa.JSON(), nullable=False),
        _at("created_at"),
        _at("last_seen_at"),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "identities",
        _pk(),
        _fk("user_id"),
        _str("platform", 32),
        _str("platform_user_id", 64),
        _cascade("user_id", "identities", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_identities"),
        sa.UniqueConstraint(
            "platform", "platform_user_id", name="uq_identities_platform_platform_user_id"
        ),
    )
    op.create_index("ix_identities_user_id", "identities", ["user_id"])

    op.create_table(
        "sessions",
        _pk(),
        _fk("user_id"),
        _str("title", 200),
        _str("status", 16),
        _str("origin_platform", 32),
        _str("origin_chat_id", 64),
        _str("origin_thread_id", 64, nullable=True),
        _str("primary_topic", 32, nullable=True),
        sa.Column("summary_text", sa.Text(), nullable=True),
        sa.Column("next_plan_text", sa.Text(), nullable=True),
        _at("summary_updated_at", nullable=True),
        sa.Column("summary_message_count", sa.Integer(), nullable=False),
        sa.Column("user_message_count", sa.Integer(), nullable=False),
        sa.Column("coach_message_count", sa.Integer(), nullable=False),
        sa.Column("followup_enabled", sa.Boolean(), nullable=False),
        _str("followup_time", 5, nullable=True),
        _str("followup_timezone", 64, nullable=True),
        _at("next_followup_at", nullable=True),
        sa.Column("last_followup_date", sa.Date(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        _at("created_at"),
        _at("updated_at"),
        sa.CheckConstraint(
            "status IN ('active', 'paused', 'completed')", name="ck_sessions_status"
        ),
        _cascade("user_id", "sessions", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    # Only sessions that can fall due are indexed; claim_due repeats this predicate.
    op.create_index(
        "ix_sessions_followup_due",
        "sessions",
        ["next_followup_at"],
        postgresql_where=sa.text("followup_enabled AND status = 'active'"),
        sqlite_where=sa.text("followup_enabled = 1 AND status = 'active'"),
    )

    op.create_table(
        "thread_bindings",
        _str("platform", 32),
        _str("chat_id", 64),
        _str("thread_id", 64),
        _fk("session_id"),
        _cascade("session_id", "thread_bindings", "sessions"),
        sa.PrimaryKeyConstraint("platform", "chat_id", "thread_id", name="pk_thread_bindings"),
    )
    op.create_index("ix_thread_bindings_session_id", "thread_bindings", ["session_id"])

    op.create_table(
        "current_sessions",
        _fk("user_id"),
        _str("platform", 32),
        _str("chat_id", 64),
        _fk("session_id"),
        _cascade("session_id", "current_sessions", "sessions"),
        _cascade("user_id", "current_sessions", "users"),
        sa.PrimaryKeyConstraint("user_id", "platform", "chat_id", name="pk_current_sessions"),
    )
    op.create_index("ix_current_sessions_session_id", "current_sessions", ["session_id"])

    op.create_table(
        "messages",
        _pk(),
        _fk("session_id"),
        _fk("user_id"),
        _str("role", 16),
        sa.Column("text", sa.Text(), nullable=False),
        _at("created_at"),
        _str("safety", 16),
        sa.Column("meta", sa.JSON(), nullable=False),
        _fk("reply_to_id", nullable=True),
        _fk("regenerated_from_id", nullable=True),
        _str("platform", 32, nullable=True),
        _str("chat_id", 64, nullable=True),
        _str("thread_id", 64, nullable=True),
        _str("platform_message_id", 64, nullable=True),
        sa.CheckConstraint(
            "role IN ('user', 'coach', 'followup', 'system')", name="ck_messages_role"
        ),
        sa.CheckConstraint("safety IN ('none', 'concern', 'crisis')", name="ck_messages_safety"),
        sa.ForeignKeyConstraint(
            ["regenerated_from_id"],
            ["messages.id"],
            name="fk_messages_regenerated_from_id_messages",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reply_to_id"],
            ["messages.id"],
            name="fk_messages_reply_to_id_messages",
            ondelete="SET NULL",
        ),
        _cascade("session_id", "messages", "sessions"),
        _cascade("user_id", "messages", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        # NULL platform_message_id (not yet sent) may occur any number of times.
        sa.UniqueConstraint(
            "platform",
            "chat_id",
            "platform_message_id",
            name="uq_messages_platform_chat_id_platform_message_id",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_messages_session_id_id", "messages", ["session_id", "id"])
    op.create_index("ix_messages_user_id", "messages", ["user_id"])
    op.create_index("ix_messages_role_created_at", "messages", ["role", "created_at"])
    op.create_index("ix_messages_reply_to_id", "messages", ["reply_to_id"])
    op.create_index("ix_messages_regenerated_from_id", "messages", ["regenerated_from_id"])

    op.create_table(
        "feedback",
        _pk(),
        _fk("message_id"),
        _fk("session_id"),
        _fk("user_id"),
        _str("kind", 16),
        sa.Column("active", sa.Boolean(), nullable=False),
        _at("created_at"),
        sa.CheckConstraint("kind IN ('like', 'dislike', 'regenerate')", name="ck_feedback_kind"),
        _cascade("message_id", "feedback", "messages"),
        _cascade("session_id", "feedback", "sessions"),
        _cascade("user_id", "feedback", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_feedback_message_id_user_id", "feedback", ["message_id", "user_id"])
    op.create_index("ix_feedback_session_id", "feedback", ["session_id"])
    op.create_index("ix_feedback_user_id", "feedback", ["user_id"])

    op.create_table(
        "followup_deliveries",
        _pk(),
        _fk("session_id"),
        sa.Column("local_date", sa.Date(), nullable=False),
        _str("status", 16),
        _fk("message_id", nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        _at("created_at"),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed', 'skipped')",
            name="ck_followup_deliveries_status",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name="fk_followup_deliveries_message_id_messages",
            ondelete="SET NULL",
        ),
        _cascade("session_id", "followup_deliveries", "sessions"),
        sa.PrimaryKeyConstraint("id", name="pk_followup_deliveries"),
        sa.UniqueConstraint(
            "session_id", "local_date", name="uq_followup_deliveries_session_id_local_date"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_followup_deliveries_message_id", "followup_deliveries", ["message_id"])


def downgrade() -> None:
    """Drops everything (indexes go with their tables)."""
    for table in (
        "followup_deliveries",
        "feedback",
        "messages",
        "current_sessions",
        "thread_bindings",
        "sessions",
        "identities",
        "users",
    ):
        op.drop_table(table)
