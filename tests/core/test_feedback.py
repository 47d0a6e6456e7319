"""👍 / 👎 / 🔄: stored, replacing each other, and changing later replies."""

from __future__ import annotations

from core.domain import FeedbackKind, Role
from tests.core.conftest import Person, action_of
from tests.fakes import InMemoryStore

PROBLEM = "We keep arguing about chores and I feel frustrated and hurt."


async def test_like_then_dislike_replaces_and_keeps_history(
    alice: Person, store: InMemoryStore
) -> None:
    reply = await alice.say(PROBLEM)

    await alice.press(action_of(reply, "👍"))
    await alice.press(action_of(reply, "👎"))

    kinds = [(f.kind, f.active) for f in store.feedback.values()]
    assert kinds == [(FeedbackKind.LIKE, False), (FeedbackKind.DISLIKE, True)]


async def test_pressing_like_twice_counts_once(alice: Person, store: InMemoryStore) -> None:
    reply = await alice.say(PROBLEM)

    await alice.press(action_of(reply, "👍"))
    again = await alice.press(action_of(reply, "👍"))

    assert "Already" in again.text
    assert len(store.feedback) == 1


async def test_regenerate_gives_a_different_reply_pointing_at_the_original(
    alice: Person, store: InMemoryStore
) -> None:
    original = await alice.say(PROBLEM)

    new = await alice.press(action_of(original, "🔄"))

    assert new.text != original.text
    stored = store.messages[new.message_id]
    assert stored.role is Role.COACH
    assert stored.regenerated_from_id == original.message_id
    assert stored.reply_to_id == store.messages[original.message_id].reply_to_id
    assert not set(stored.meta.block_ids) & set(store.messages[original.message_id].meta.block_ids)
    assert [f.kind for f in store.feedback.values()] == [FeedbackKind.REGENERATE]


async def test_regenerating_again_and_again_never_gives_a_text_twice(alice: Person) -> None:
    original = await alice.say(PROBLEM)

    texts = [original.text]
    for _ in range(12):
        texts.append((await alice.press(action_of(original, "🔄"))).text)

    assert len(set(texts)) == len(texts)


async def test_regenerate_after_dislike_changes_style(alice: Person, store: InMemoryStore) -> None:
    original = await alice.say(PROBLEM)
    await alice.press(action_of(original, "👎"))

    new = await alice.press(action_of(original, "🔄"))

    assert (
        store.messages[new.message_id].meta.style != store.messages[original.message_id].meta.style
    )


async def test_dislikes_steer_later_replies_away_from_a_style(amora, store: InMemoryStore) -> None:
    sad = "I feel so sad and hurt since my boyfriend and I broke up."
    critic, control = Person(amora, "300"), Person(amora, "400")

    for _ in range(3):
        reply = await critic.say(sad)
        if store.messages[reply.message_id].meta.style == "gentle":
            await critic.press(action_of(reply, "👎"))
        await control.say(sad)
    later = {}
    for person in (critic, control):
        replies = [await person.say(sad) for _ in range(5)]
        later[person.user_id] = [store.messages[r.message_id].meta.style for r in replies]

    critic_user = store.users[store.identities[critic.identity]]
    assert critic_user.preferences["style:gentle"] < 0
    assert later["400"].count("gentle") >= 4
    assert later["300"].count("gentle") < later["400"].count("gentle")


async def test_likes_raise_the_liked_style(alice: Person, store: InMemoryStore) -> None:
    reply = await alice.say(PROBLEM)
    style = store.messages[reply.message_id].meta.style

    await alice.press(action_of(reply, "👍"))

    (user,) = store.users.values()
    assert user.preferences[f"style:{style}"] == 1.0
    assert any(key.startswith("kind:") and value > 0 for key, value in user.preferences.items())


async def test_another_persons_button_changes_nothing(
    alice: Person, bob: Person, store: InMemoryStore
) -> None:
    reply = await alice.say(PROBLEM)
    messages_before = len(store.messages)

    for label in ("👍", "👎", "🔄"):
        refused = await bob.press(action_of(reply, label))
        assert "someone else" in refused.text

    assert store.feedback == {}
    assert len(store.messages) == messages_before


async def test_forged_and_guessed_button_data_is_refused(
    alice: Person, store: InMemoryStore
) -> None:
    await alice.say(PROBLEM)
    before = (len(store.messages), len(store.feedback))

    for data in (
        "fb:like:abc",
        "xx:like:1",
        "fb:explode:1",
        "fb:like:999999",
        "",
        "fb:like:1:2:3",
        "ss:switch:-1",
        "pv:forget:1",
        "fb:like:" + "9" * 80,
    ):
        refused = await alice.press(data)
        assert refused.ephemeral and refused.text

    assert (len(store.messages), len(store.feedback)) == before
