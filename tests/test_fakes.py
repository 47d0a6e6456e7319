"""The fakes behave like the SQL storage, so core tests that pass on them mean something."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from core.domain import (
    Address,
    DeliveryStatus,
    FeedbackKind,
    FollowUpSettings,
    PlatformUser,
    Role,
    SafetyLevel,
    SessionStatus,
    UsageStats,
)
from core.ports import (
    Clock,
    CommandLog,
    DeliveryRepository,
    DuplicateMessage,
    FeedbackRepository,
    InboxRepository,
    MessageRepository,
    Messenger,
    RecipientUnreachable,
    SendSlotRepository,
    SessionRepository,
    StatsRepository,
    UnitOfWork,
    UnitOfWorkFactory,
    UserRepository,
)
from core.replies import CheckIn, Reply, Sent
from tests.fakes import (
    FakeClock,
    FakeUnitOfWork,
    InMemoryStore,
    RecordingMessenger,
    fake_uow_factory,
)
from tests.storage.test_command_log import SCENARIOS as COMMAND_LOG_SCENARIOS
from tests.storage.test_send_slots import SCENARIOS as SEND_SLOT_SCENARIOS

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
CHAT = Address("telegram", "100")
THREAD = Address("telegram", "100", "7")
ANN = PlatformUser("telegram", "1")
BOB = PlatformUser("discord", "2")


@pytest.fixture
def store() -> InMemoryStore:
    return InMemoryStore()


async def seed_user(store: InMemoryStore, who: PlatformUser = ANN) -> tuple[int, int]:
    """Adds a person with one session; returns (user id, session id)."""
    async with FakeUnitOfWork(store) as uow:
        user = await uow.users.add(who, "Ann", NOW)
        session = await uow.sessions.add(user.id, "Trust", CHAT, NOW)
        await uow.commit()
    return user.id, session.id


# --- the ports, exactly -------------------------------------------------------------------


PORTS = [
    ("users", UserRepository),
    ("sessions", SessionRepository),
    ("messages", MessageRepository),
    ("feedback", FeedbackRepository),
    ("deliveries", DeliveryRepository),
    ("stats", StatsRepository),
    ("inbox", InboxRepository),
    ("send_slots", SendSlotRepository),
    ("command_log", CommandLog),
]


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") or name in ("__aenter__", "__aexit__")
    }


def shape(signature: inspect.Signature) -> list[tuple[str, object, object]]:
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


@pytest.mark.parametrize("attribute, port", [*PORTS, (None, UnitOfWork)])
def test_fakes_have_the_ports_methods_with_the_same_parameters(
    store: InMemoryStore, attribute: str | None, port: type
) -> None:
    uow = FakeUnitOfWork(store)
    fake = type(uow if attribute is None else getattr(uow, attribute))
    expected = public_methods(port)
    actual = public_methods(fake)
    assert expected, port
    for name, signature in expected.items():
        assert name in actual, f"{fake.__name__} lacks {name}"
        assert shape(actual[name]) == shape(signature), f"{fake.__name__}.{name}"


def test_fakes_satisfy_the_protocols_statically(store: InMemoryStore) -> None:
    # These annotations are what mypy checks; at run time they only have to build.
    factory: UnitOfWorkFactory = fake_uow_factory(store)
    clock: Clock = FakeClock(NOW)
    messenger: Messenger = RecordingMessenger()
    assert isinstance(factory(), FakeUnitOfWork)
    assert clock.now() == NOW
    assert messenger is not None


# --- unit of work -------------------------------------------------------------------------


async def test_leaving_without_commit_rolls_back(store: InMemoryStore) -> None:
    uow = FakeUnitOfWork(store)
    async with uow:
        await uow.users.add(ANN, "Ann", NOW)
    assert not uow.committed
    assert store.users == {} and store.identities == {} and store.commits == 0


async def test_commit_writes_to_the_store_and_counts(store: InMemoryStore) -> None:
    uow = fake_uow_factory(store)()
    async with uow:
        user = await uow.users.add(ANN, "Ann", NOW)
        await uow.commit()
    assert uow.committed
    assert store.commits == 1
    assert store.users[user.id].display_name == "Ann"


async def test_an_exception_in_the_block_rolls_back(store: InMemoryStore) -> None:
    with pytest.raises(ZeroDivisionError):
        async with FakeUnitOfWork(store) as uow:
            await uow.users.add(ANN, "Ann", NOW)
            1 / 0  # noqa: B018
    assert store.users == {}


async def test_changes_after_commit_need_another_commit(store: InMemoryStore) -> None:
    async with FakeUnitOfWork(store) as uow:
        user = await uow.users.add(ANN, "Ann", NOW)
        await uow.commit()
        await uow.sessions.add(user.id, "Trust", CHAT, NOW)
    assert list(store.users) == [user.id]
    assert store.sessions == {}


async def test_rollback_drops_what_was_staged(store: InMemoryStore) -> None:
    async with FakeUnitOfWork(store) as uow:
        await uow.users.add(ANN, "Ann", NOW)
        await uow.rollback()
        assert await uow.users.by_identity(ANN) is None
        await uow.users.add(BOB, "Bob", NOW)
        await uow.commit()
    assert list(store.identities) == [BOB]


async def test_repositories_refuse_use_outside_the_block(store: InMemoryStore) -> None:
    uow = FakeUnitOfWork(store)
    with pytest.raises(RuntimeError):
        await uow.users.get(1)
    async with uow:
        await uow.users.get(1)
    with pytest.raises(RuntimeError):
        await uow.users.add(ANN, "Ann", NOW)


async def test_overlapping_commits_fail_instead_of_losing_an_update(store: InMemoryStore) -> None:
    user_id, _ = await seed_user(store)
    async with FakeUnitOfWork(store) as first, FakeUnitOfWork(store) as second:
        await first.sessions.add(user_id, "One", CHAT, NOW)
        await second.sessions.add(user_id, "Two", CHAT, NOW)
        await first.commit()
        with pytest.raises(RuntimeError):
            await second.commit()
    assert [s.title for s in store.sessions.values()] == ["Trust", "One"]


# --- copies, not aliases ------------------------------------------------------------------


async def test_returned_objects_are_copies_until_saved(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        user = await uow.users.get(user_id)
        session = await uow.sessions.get(session_id)
        assert user is not None and session is not None
        user.display_name = "Changed"
        user.preferences["style:gentle"] = 1.0
        session.state.recent_blocks.append("b1")
        session.title = "Changed"
        again = await uow.sessions.get(session_id)
        assert again is not None and again.state.recent_blocks == [] and again.title == "Trust"
        await uow.commit()
    assert store.users[user_id].display_name == "Ann"
    assert store.users[user_id].preferences == {}
    assert store.sessions[session_id].state.recent_blocks == []


async def test_save_stores_the_changes(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        user = await uow.users.get(user_id)
        session = await uow.sessions.get(session_id)
        assert user is not None and session is not None
        user.timezone, user.reachable = "Europe/Berlin", False
        session.status = SessionStatus.PAUSED
        session.state.recent_blocks.append("b1")
        await uow.users.save(user)
        await uow.sessions.save(session)
        session.state.recent_blocks.append("after-save")
        await uow.commit()
    assert (store.users[user_id].timezone, store.users[user_id].reachable) == (
        "Europe/Berlin",
        False,
    )
    assert store.sessions[session_id].status is SessionStatus.PAUSED
    assert store.sessions[session_id].state.recent_blocks == ["b1"]


async def test_messages_returned_are_copies(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        added = await uow.messages.add(
            session_id=session_id, user_id=user_id, role=Role.USER, text="hi", now=NOW
        )
        added.meta.topics.append("trust_jealousy")
        [recent] = await uow.messages.recent(session_id, 5)
        recent.text = "changed"
        await uow.commit()
    assert store.messages[added.id].meta.topics == []
    assert store.messages[added.id].text == "hi"


# --- users --------------------------------------------------------------------------------


async def test_identities_are_unique_per_platform_and_user_id(store: InMemoryStore) -> None:
    user_id, _ = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        with pytest.raises(ValueError):
            await uow.users.add(PlatformUser("telegram", "1"), "Again", NOW)
        other = await uow.users.add(PlatformUser("discord", "1"), "Same id elsewhere", NOW)
        found = await uow.users.by_identity(ANN)
    assert found is not None and found.id == user_id and found.identities == [ANN]
    assert other.id != user_id


async def populate(store: InMemoryStore, who: PlatformUser, chat: Address) -> tuple[int, int]:
    """A person with a session, thread binding, current session, messages, feedback, delivery."""
    async with FakeUnitOfWork(store) as uow:
        user = await uow.users.add(who, who.user_id, NOW)
        session = await uow.sessions.add(user.id, "S", chat, NOW)
        thread = Address(chat.platform, chat.chat_id, "t")
        await uow.sessions.bind(thread, session.id)
        await uow.sessions.set_current(user.id, chat, session.id)
        said = await uow.messages.add(
            session_id=session.id, user_id=user.id, role=Role.USER, text="x", now=NOW
        )
        reply = await uow.messages.add(
            session_id=session.id,
            user_id=user.id,
            role=Role.COACH,
            text="y",
            now=NOW,
            reply_to_id=said.id,
        )
        await uow.feedback.add(
            message_id=reply.id,
            session_id=session.id,
            user_id=user.id,
            kind=FeedbackKind.LIKE,
            now=NOW,
        )
        await uow.deliveries.add(session.id, NOW.date(), DeliveryStatus.SENT, NOW)
        await uow.commit()
    return user.id, session.id


async def test_delete_removes_everything_of_the_person_and_nothing_else(
    store: InMemoryStore,
) -> None:
    ann, ann_session = await populate(store, ANN, CHAT)
    bob, bob_session = await populate(store, BOB, Address("discord", "200"))
    async with FakeUnitOfWork(store) as uow:
        await uow.users.delete(ann)
        await uow.commit()
    assert list(store.users) == [bob]
    assert list(store.identities) == [BOB]
    assert list(store.sessions) == [bob_session]
    assert set(store.bindings.values()) == {bob_session}
    assert set(store.current.values()) == {bob_session}
    assert {m.user_id for m in store.messages.values()} == {bob}
    assert {f.user_id for f in store.feedback.values()} == {bob}
    assert {d.session_id for d in store.deliveries.values()} == {bob_session}
    async with FakeUnitOfWork(store) as uow:
        assert await uow.users.by_identity(ANN) is None
        assert await uow.sessions.current(ann, CHAT) is None
        await uow.users.add(ANN, "Back", NOW)  # the identity is free again
    assert ann_session not in store.sessions


async def test_list_for_user_gives_only_their_rows_for_export(store: InMemoryStore) -> None:
    ann, ann_session = await populate(store, ANN, CHAT)
    await populate(store, BOB, Address("discord", "200"))
    async with FakeUnitOfWork(store) as uow:
        messages = await uow.messages.list_for_user(ann)
        feedback = await uow.feedback.list_for_user(ann)
        deliveries = await uow.deliveries.list_for_user(ann)
    assert [(m.user_id, m.role) for m in messages] == [(ann, Role.USER), (ann, Role.COACH)]
    assert [(f.user_id, f.kind) for f in feedback] == [(ann, FeedbackKind.LIKE)]
    assert [d.session_id for d in deliveries] == [ann_session]


async def test_rows_must_point_at_existing_rows(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        with pytest.raises(LookupError):
            await uow.sessions.add(user_id + 1, "Nobody's", CHAT, NOW)
        with pytest.raises(LookupError):
            await uow.messages.add(
                session_id=session_id + 1, user_id=user_id, role=Role.USER, text="t", now=NOW
            )
        with pytest.raises(LookupError):
            await uow.deliveries.add(session_id + 1, NOW.date(), DeliveryStatus.SENT, NOW)
        with pytest.raises(LookupError):
            await uow.feedback.add(
                message_id=1,
                session_id=session_id,
                user_id=user_id,
                kind=FeedbackKind.LIKE,
                now=NOW,
            )


async def test_deleting_a_message_drops_its_feedback_and_unlinks_replies(
    store: InMemoryStore,
) -> None:
    await populate(store, ANN, CHAT)
    [said, reply] = list(store.messages)
    async with FakeUnitOfWork(store) as uow:
        await uow.messages.delete(said)
        await uow.commit()
    assert list(store.messages) == [reply] and store.messages[reply].reply_to_id is None
    assert [f.message_id for f in store.feedback.values()] == [reply]
    async with FakeUnitOfWork(store) as uow:
        await uow.messages.delete(reply)
        await uow.commit()
    assert store.messages == {} and store.feedback == {}


# --- sessions -----------------------------------------------------------------------------


async def test_current_ignores_the_thread_and_bound_to_needs_it(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        await uow.sessions.set_current(user_id, THREAD, session_id)
        for chat in (CHAT, THREAD, Address("telegram", "100", "8")):
            current = await uow.sessions.current(user_id, chat)
            assert current is not None and current.id == session_id
        assert await uow.sessions.current(user_id, Address("telegram", "999")) is None
        assert await uow.sessions.current(user_id + 1, CHAT) is None

        await uow.sessions.bind(THREAD, session_id)
        bound = await uow.sessions.bound_to(THREAD)
        assert bound is not None and bound.id == session_id
        assert await uow.sessions.bound_to(CHAT) is None
        assert await uow.sessions.bound_to(Address("telegram", "100", "8")) is None
        await uow.sessions.unbind(THREAD)
        assert await uow.sessions.bound_to(THREAD) is None
        with pytest.raises(ValueError):
            await uow.sessions.bind(CHAT, session_id)  # a chat has a current session instead


async def test_list_for_user_is_oldest_first_and_only_theirs(store: InMemoryStore) -> None:
    user_id, first = await seed_user(store)
    await seed_user(store, BOB)
    async with FakeUnitOfWork(store) as uow:
        second = await uow.sessions.add(user_id, "Second", CHAT, NOW)
        listed = await uow.sessions.list_for_user(user_id)
    assert [s.id for s in listed] == [first, second.id]


async def add_followup_session(
    uow: FakeUnitOfWork,
    user_id: int,
    title: str,
    next_at: datetime | None,
    *,
    enabled: bool = True,
    status: SessionStatus = SessionStatus.ACTIVE,
) -> int:
    session = await uow.sessions.add(user_id, title, CHAT, NOW)
    session.status = status
    session.followup = FollowUpSettings(enabled, "09:00", "UTC", next_at)
    await uow.sessions.save(session)
    return session.id


async def test_claim_due_filters_orders_and_limits(store: InMemoryStore) -> None:
    user_id, _ = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        late = await add_followup_session(uow, user_id, "late", NOW - timedelta(minutes=1))
        early = await add_followup_session(uow, user_id, "early", NOW - timedelta(hours=2))
        exact = await add_followup_session(uow, user_id, "exact", NOW)
        tie = await add_followup_session(uow, user_id, "tie", NOW - timedelta(hours=2))
        await add_followup_session(uow, user_id, "future", NOW + timedelta(seconds=1))
        await add_followup_session(uow, user_id, "off", NOW - timedelta(hours=3), enabled=False)
        await add_followup_session(uow, user_id, "unset", None)
        for closed in (SessionStatus.PAUSED, SessionStatus.COMPLETED):
            await add_followup_session(
                uow, user_id, closed, NOW - timedelta(hours=5), status=closed
            )
        due = await uow.sessions.claim_due(NOW, 10)
        assert [s.id for s in due] == [early, tie, late, exact]
        limited = await uow.sessions.claim_due(NOW, 2)
        assert [s.id for s in limited] == [early, tie]


# --- messages -----------------------------------------------------------------------------


async def test_duplicate_platform_message_is_refused(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)

    async def add(address: Address | None, ref: str | None) -> int:
        message = await uow.messages.add(
            session_id=session_id,
            user_id=user_id,
            role=Role.USER,
            text="hi",
            now=NOW,
            address=address,
            platform_message_id=ref,
        )
        return message.id

    async with FakeUnitOfWork(store) as uow:
        first = await add(THREAD, "5")
        with pytest.raises(DuplicateMessage):
            await add(THREAD, "5")
        with pytest.raises(DuplicateMessage):
            await add(CHAT, "5")  # the thread is not part of the key
        await add(Address("telegram", "101"), "5")
        await add(Address("discord", "100"), "5")
        await add(THREAD, None)
        await add(THREAD, None)
        found = await uow.messages.by_platform_ref(Address("telegram", "100", "other"), "5")
        assert found is not None and found.id == first
        assert await uow.messages.by_platform_ref(CHAT, "6") is None
        await uow.commit()
    assert len(store.messages) == 5


async def test_set_platform_ref_is_found_and_unique(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        ids = []
        for _ in range(2):
            message = await uow.messages.add(
                session_id=session_id, user_id=user_id, role=Role.COACH, text="r", now=NOW
            )
            ids.append(message.id)
        await uow.messages.set_platform_ref(ids[0], CHAT, "77")
        await uow.messages.set_platform_ref(ids[0], CHAT, "77")  # the same message again is fine
        with pytest.raises(DuplicateMessage):
            await uow.messages.set_platform_ref(ids[1], THREAD, "77")
        found = await uow.messages.by_platform_ref(CHAT, "77")
    assert found is not None and found.id == ids[0]


async def test_recent_is_the_last_n_oldest_first(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:
        other = await uow.sessions.add(user_id, "Other", CHAT, NOW)
        ids = []
        for n in range(5):
            for sid in (session_id, other.id):
                m = await uow.messages.add(
                    session_id=sid, user_id=user_id, role=Role.USER, text=str(n), now=NOW
                )
                if sid == session_id:
                    ids.append(m.id)
        recent = await uow.messages.recent(session_id, 3)
        everything = await uow.messages.recent(session_id, 50)
    assert [m.id for m in recent] == ids[-3:]
    assert [m.id for m in everything] == ids


async def test_replies_to_lists_coach_and_followup_replies_oldest_first(
    store: InMemoryStore,
) -> None:
    user_id, session_id = await seed_user(store)
    async with FakeUnitOfWork(store) as uow:

        async def add(role: Role, reply_to: int | None) -> int:
            m = await uow.messages.add(
                session_id=session_id,
                user_id=user_id,
                role=role,
                text="t",
                now=NOW,
                reply_to_id=reply_to,
            )
            return m.id

        said = await add(Role.USER, None)
        other = await add(Role.USER, None)
        first = await add(Role.COACH, said)
        await add(Role.COACH, other)
        await add(Role.USER, said)
        await add(Role.SYSTEM, said)
        second = await add(Role.FOLLOWUP, said)
        replies = await uow.messages.replies_to(said)
    assert [m.id for m in replies] == [first, second]


# --- feedback and deliveries --------------------------------------------------------------


async def test_active_rating_is_the_latest_active_like_or_dislike(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    other_id, _ = await seed_user(store, BOB)
    async with FakeUnitOfWork(store) as uow:
        reply = await uow.messages.add(
            session_id=session_id, user_id=user_id, role=Role.COACH, text="r", now=NOW
        )

        async def add(kind: FeedbackKind, who: int = user_id) -> int:
            f = await uow.feedback.add(
                message_id=reply.id, session_id=session_id, user_id=who, kind=kind, now=NOW
            )
            return f.id

        assert await uow.feedback.active_rating(reply.id, user_id) is None
        like = await add(FeedbackKind.LIKE)
        await add(FeedbackKind.REGENERATE)
        rating = await uow.feedback.active_rating(reply.id, user_id)
        assert rating is not None and rating.id == like
        await uow.feedback.deactivate(like)
        assert await uow.feedback.active_rating(reply.id, user_id) is None
        dislike = await add(FeedbackKind.DISLIKE)
        await add(FeedbackKind.LIKE, other_id)
        rating = await uow.feedback.active_rating(reply.id, user_id)
        assert rating is not None and rating.id == dislike and rating.kind is FeedbackKind.DISLIKE
        newest = await add(FeedbackKind.LIKE)  # not deactivating the dislike: the newest wins
        rating = await uow.feedback.active_rating(reply.id, user_id)
        assert rating is not None and rating.id == newest
        history = await uow.feedback.list_for_user(user_id)
    assert [(f.kind, f.active) for f in history] == [
        (FeedbackKind.LIKE, False),
        (FeedbackKind.REGENERATE, True),
        (FeedbackKind.DISLIKE, True),
        (FeedbackKind.LIKE, True),
    ]


async def test_one_delivery_per_session_and_local_date(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    day = date(2025, 3, 10)
    async with FakeUnitOfWork(store) as uow:
        other = await uow.sessions.add(user_id, "Other", CHAT, NOW)
        first = await uow.deliveries.add(session_id, day, DeliveryStatus.PENDING, NOW)
        assert first is not None and first.status is DeliveryStatus.PENDING
        assert await uow.deliveries.add(session_id, day, DeliveryStatus.SENT, NOW) is None
        assert await uow.deliveries.add(
            session_id, day + timedelta(days=1), DeliveryStatus.SENT, NOW
        )
        assert await uow.deliveries.add(other.id, day, DeliveryStatus.SENT, NOW)
        await uow.deliveries.update(first.id, DeliveryStatus.FAILED, error="blocked")
        await uow.commit()
    assert len(store.deliveries) == 3
    assert store.deliveries[first.id].status is DeliveryStatus.FAILED
    assert store.deliveries[first.id].error == "blocked"


async def test_take_over_claims_stale_pending_deliveries_once_oldest_first(
    store: InMemoryStore,
) -> None:
    user_id, _ = await seed_user(store)
    day, cutoff = date(2025, 3, 10), NOW - timedelta(minutes=10)
    specs = [
        (DeliveryStatus.PENDING, 11),
        (DeliveryStatus.PENDING, 30),
        (DeliveryStatus.PENDING, 10),  # claimed exactly at the cutoff: not yet abandoned
        (DeliveryStatus.SENT, 30),
        (DeliveryStatus.SKIPPED, 30),
        (DeliveryStatus.PENDING, 20),
    ]
    async with FakeUnitOfWork(store) as uow:
        ids = []
        for status, minutes_ago in specs:
            session = await uow.sessions.add(user_id, "S", CHAT, NOW)
            delivery = await uow.deliveries.add(
                session.id, day, status, NOW - timedelta(minutes=minutes_ago)
            )
            assert delivery is not None
            ids.append(delivery.id)
        oldest = await uow.deliveries.take_over(cutoff, NOW, 2)
        rest = await uow.deliveries.take_over(cutoff, NOW, 10)
        again = await uow.deliveries.take_over(cutoff, NOW, 10)
        await uow.commit()
    assert [d.id for d in oldest] == [ids[1], ids[5]]
    assert [d.id for d in rest] == [ids[0]] and again == []
    claimed = [store.deliveries[i].created_at for i in ids]
    assert claimed == [NOW, NOW, cutoff, *[NOW - timedelta(minutes=30)] * 2, NOW]


# --- stats --------------------------------------------------------------------------------


async def say(
    uow: FakeUnitOfWork,
    who: tuple[int, int],
    ago: timedelta,
    role: Role,
    safety: SafetyLevel = SafetyLevel.NONE,
) -> int:
    """Stores a message of `who` = (user id, session id) written `ago` before NOW."""
    user_id, session_id = who
    message = await uow.messages.add(
        session_id=session_id, user_id=user_id, role=role, text="t", now=NOW - ago, safety=safety
    )
    return message.id


async def rate(uow: FakeUnitOfWork, who: tuple[int, int], message_id: int) -> None:
    """Like, then dislike, then like again (each replacing the one before), and a regenerate."""
    user_id, session_id = who
    previous = None
    for kind in (FeedbackKind.LIKE, FeedbackKind.DISLIKE, FeedbackKind.LIKE):
        if previous is not None:
            await uow.feedback.deactivate(previous)
        rating = await uow.feedback.add(
            message_id=message_id, session_id=session_id, user_id=user_id, kind=kind, now=NOW
        )
        previous = rating.id
    await uow.feedback.add(
        message_id=message_id,
        session_id=session_id,
        user_id=user_id,
        kind=FeedbackKind.REGENERATE,
        now=NOW,
    )


async def set_topic(
    uow: FakeUnitOfWork, session_id: int, topic: str, status: SessionStatus
) -> None:
    session = await uow.sessions.get(session_id)
    assert session is not None
    session.primary_topic, session.status = topic, status
    await uow.sessions.save(session)


async def test_usage_stats_on_a_small_dataset(store: InMemoryStore) -> None:
    ann = await seed_user(store, ANN)
    bob = await seed_user(store, BOB)
    hour, day, today = timedelta(hours=1), timedelta(days=1), NOW.date()
    async with FakeUnitOfWork(store) as uow:
        await uow.users.add(PlatformUser("telegram", "3"), "Silent", NOW)
        third = await uow.sessions.add(bob[0], "Third", CHAT, NOW)
        await set_topic(uow, ann[1], "trust_jealousy", SessionStatus.ACTIVE)
        await set_topic(uow, bob[1], "conflict", SessionStatus.PAUSED)
        await set_topic(uow, third.id, "conflict", SessionStatus.ACTIVE)
        await say(uow, ann, hour, Role.USER)
        await say(uow, ann, 2 * hour, Role.USER, SafetyLevel.CRISIS)
        await rate(uow, ann, await say(uow, ann, hour, Role.COACH))
        await say(uow, bob, 2 * day, Role.USER, SafetyLevel.CONCERN)
        await say(uow, bob, 20 * day, Role.USER)
        await say(uow, bob, 2 * day, Role.COACH, SafetyLevel.CRISIS)
        statuses = [DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.FAILED]
        for n, delivery_status in enumerate([*statuses, DeliveryStatus.PENDING]):
            await uow.deliveries.add(ann[1], today - n * day, delivery_status, NOW)
        stats = await uow.stats.usage(NOW, 3)

    assert stats == UsageStats(
        users=3,
        active_1d=1,
        active_7d=2,
        active_30d=2,
        sessions_by_status={"active": 2, "paused": 1},
        messages_by_day=[(today - 2 * day, 1), (today - day, 0), (today, 2)],
        active_by_day=[(today - 2 * day, 1), (today - day, 0), (today, 1)],
        likes=1,
        dislikes=0,
        regenerations=1,
        followups={"failed": 1, "sent": 2},
        safety_events={"concern": 1, "crisis": 1},
        top_topics=[("conflict", 2), ("trust_jealousy", 1)],
    )


async def test_top_topics_ties_by_name_and_keeps_ten(store: InMemoryStore) -> None:
    user_id, _ = await seed_user(store)
    topics = ["t" + chr(ord("a") + n) for n in range(12)]
    async with FakeUnitOfWork(store) as uow:
        for topic in [*reversed(topics), "tl", "tl"]:
            session = await uow.sessions.add(user_id, topic, CHAT, NOW)
            session.primary_topic = topic
            await uow.sessions.save(session)
        stats = await uow.stats.usage(NOW, 1)
    assert stats.top_topics == [("tl", 3), *[(t, 1) for t in topics[:9]]]
    assert stats.messages_by_day == [(NOW.date(), 0)]


async def test_days_follow_utc_not_the_timestamps_zone(store: InMemoryStore) -> None:
    user_id, session_id = await seed_user(store)
    plus_five = timezone(timedelta(hours=5))
    async with FakeUnitOfWork(store) as uow:
        # 02:00 on the 10th at +05:00 is 21:00 on the 9th in UTC.
        await uow.messages.add(
            session_id=session_id,
            user_id=user_id,
            role=Role.USER,
            text="t",
            now=datetime(2025, 3, 10, 2, 0, tzinfo=plus_five),
        )
        stats = await uow.stats.usage(NOW, 2)
    assert stats.messages_by_day == [(date(2025, 3, 9), 1), (date(2025, 3, 10), 0)]


@pytest.mark.parametrize(
    "scenario", SEND_SLOT_SCENARIOS + COMMAND_LOG_SCENARIOS, ids=lambda s: s.__name__
)
async def test_send_slots_and_command_log_as_stored(
    store: InMemoryStore, scenario: Callable[[UnitOfWorkFactory], Awaitable[None]]
) -> None:
    await scenario(fake_uow_factory(store))


# --- clock and messenger ------------------------------------------------------------------


async def test_inbox_holds_once_lists_in_update_order_and_releases(
    store: InMemoryStore,
) -> None:
    async with fake_uow_factory(store)() as uow:
        await uow.inbox.hold("telegram", [(7, "seven"), (3, "three")], NOW)
        await uow.inbox.hold("telegram", [(7, "again")], NOW)
        await uow.inbox.hold("discord", [(1, "other platform")], NOW)
        await uow.commit()
    async with fake_uow_factory(store)() as uow:
        assert await uow.inbox.held("telegram", 10) == [(3, "three"), (7, "seven")]
        assert await uow.inbox.held("telegram", 1) == [(3, "three")]
        await uow.inbox.release("telegram", 3)
        await uow.inbox.release("telegram", 99)
        await uow.commit()
    async with fake_uow_factory(store)() as uow:
        assert await uow.inbox.held("telegram", 10) == [(7, "seven")]
        assert await uow.inbox.held("discord", 10) == [(1, "other platform")]


def test_fake_clock_is_utc_and_moves_only_when_told() -> None:
    clock = FakeClock(datetime(2025, 3, 10, 14, 0, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == NOW and clock.now().tzinfo is UTC
    assert clock.advance(minutes=90) == NOW + timedelta(minutes=90)
    clock.current = NOW
    assert clock.now() == NOW
    clock.set(NOW + timedelta(days=1))
    assert clock.now() == NOW + timedelta(days=1)
    with pytest.raises(ValueError):
        clock.set(datetime(2025, 3, 10))


def checkin(who: PlatformUser, session_id: int = 1) -> CheckIn:
    return CheckIn(who, session_id, "Trust", CHAT, Reply("How did it go?"))


async def test_recording_messenger_records_and_fails_on_request() -> None:
    messenger = RecordingMessenger()
    messenger.fail_for[str(BOB)] = RecipientUnreachable("blocked")
    dm = Address(ANN.platform, ANN.user_id)
    assert await messenger.send_checkin(checkin(ANN, 1)) == Sent(dm, "1")
    with pytest.raises(RecipientUnreachable):
        await messenger.send_checkin(checkin(BOB))
    assert await messenger.send_checkin(checkin(ANN, 2)) == Sent(dm, "2")
    assert [c.session_id for c in messenger.sent] == [1, 2]
    assert [c.recipient for c in messenger.attempts] == [ANN, BOB, ANN]
