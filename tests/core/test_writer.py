"""The optional language model: it rewrites drafts; safety stands; failures fall back."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from core.app import Amora
from core.domain import Role
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.ports import ModelUnavailable
from core.settings import CoreSettings
from tests.core.conftest import Person, action_of
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory


@dataclass
class FakeChatModel:
    """Answers with `answer`, or raises `error`; remembers every prompt."""

    answer: str = "A thoughtful answer from the model."
    error: Exception | None = None
    prompts: list[list[dict[str, str]]] = field(default_factory=list)

    async def complete(self, messages: list[dict[str, str]]) -> str:
        self.prompts.append(messages)
        if self.error is not None:
            raise self.error
        return self.answer


@pytest.fixture
def model() -> FakeChatModel:
    return FakeChatModel()


@pytest.fixture
def coach(
    store: InMemoryStore,
    clock: FakeClock,
    messenger: RecordingMessenger,
    library: BlockLibrary,
    analyser: Analyser,
    model: FakeChatModel,
) -> Person:
    settings = CoreSettings(seed=7, use_model=True)
    amora = Amora(
        fake_uow_factory(store),
        clock,
        messenger,
        settings,
        analyser=analyser,
        library=library,
        model=model,
    )
    return Person(amora, "100")


def coach_messages(store: InMemoryStore) -> list:
    return [m for m in sorted(store.messages.values(), key=lambda m: m.id) if m.role is Role.COACH]


async def test_the_model_rewrites_the_draft_and_it_is_stored(
    coach: Person, store: InMemoryStore, model: FakeChatModel
) -> None:
    reply = await coach.say("My husband and I keep arguing about money and I feel frustrated.")

    assert reply.text == model.answer
    assert [b.label for b in reply.buttons[0]] == ["👍", "👎", "🔄"]
    (stored,) = coach_messages(store)
    assert stored.text == model.answer and stored.meta.engine == "llm"
    assert stored.meta.block_ids  # the draft's blocks stay recorded as its guidance
    system = model.prompts[0][0]["content"]
    assert "Stage of the work: explore" in system and "Tone:" in system
    assert '"my husband"' in system and "draft reply" in system
    assert model.prompts[0][-1] == {
        "role": "user",
        "content": "My husband and I keep arguing about money and I feel frustrated.",
    }


async def test_the_model_sees_the_summary_and_recent_turns(
    coach: Person, model: FakeChatModel
) -> None:
    for n in range(6):
        await coach.say(f"We argued about chores again, round {n}.")

    last = model.prompts[-1]
    assert "Session so far: Worked on" in last[0]["content"]
    assert [m["role"] for m in last[1:-1]][-2:] == ["user", "assistant"]
    assert any("round 4" in m["content"] for m in last[1:-1])


async def test_crisis_never_reaches_the_model(coach: Person, model: FakeChatModel) -> None:
    reply = await coach.say("i want to end my life")

    assert model.prompts == []
    assert "findahelpline.com" in reply.text


async def test_concern_keeps_its_resources_whatever_the_model_says(
    coach: Person, store: InMemoryStore, model: FakeChatModel
) -> None:
    reply = await coach.say("My boyfriend hits me and takes my phone away.")

    assert reply.text.startswith(model.answer) and "hotpeachpages" in reply.text
    assert "do not suggest couples work" in model.prompts[0][0]["content"]


@pytest.mark.parametrize(
    ("answer", "error", "fallback"),
    [("", None, "empty"), ("ignored", ModelUnavailable("timeout"), "timeout")],
)
async def test_on_failure_the_draft_answers_and_says_so(
    coach: Person,
    store: InMemoryStore,
    model: FakeChatModel,
    answer: str,
    error: Exception | None,
    fallback: str,
) -> None:
    model.answer, model.error = answer, error

    reply = await coach.say("We never talk anymore.")

    (stored,) = coach_messages(store)
    assert reply.text == stored.text and stored.text.strip()
    assert stored.meta.engine == "blocks" and stored.meta.fallback == fallback


async def test_regenerate_is_rewritten_too(
    coach: Person, store: InMemoryStore, model: FakeChatModel
) -> None:
    first = await coach.say("We never talk anymore.")
    model.answer = "Another angle from the model."

    again = await coach.press(action_of(first, "🔄"))

    assert again.text == "Another angle from the model."
    assert coach_messages(store)[-1].regenerated_from_id == first.message_id
