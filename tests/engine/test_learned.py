"""The learned second opinion (core/engine/learned.py): what it adds and what it leaves alone."""

from __future__ import annotations

import pytest

from core.domain import SafetyLevel
from core.engine.analyser import Analyser
from core.engine.learned import LearnedCrisis, features
from core.engine.lexicon.normalise import lower, normalise
from core.engine.safety import SafetyCheck


@pytest.fixture(scope="module")
def rules_only() -> SafetyCheck:
    return SafetyCheck(learned=False)


@pytest.mark.parametrize(
    "text",
    [
        "everyone would honestly be better if i just stopped being a problem for them all",
        "he keeps telling me tonight i'll finally learn my lesson and he has been drinking",
    ],
)
def test_it_catches_what_no_rule_was_written_for(
    analyser: Analyser, rules_only: SafetyCheck, text: str
) -> None:
    assert rules_only.assess(lower(normalise(text))).level is SafetyLevel.NONE

    result = analyser.analyse(text)

    assert result.safety is SafetyLevel.CRISIS
    assert result.safety_reasons == ("learned",)


def test_short_messages_are_left_to_the_rules(analyser: Analyser) -> None:
    model = LearnedCrisis.load()
    short = "I can't do this anymore"

    assert len(short.split()) < model.min_words
    assert analyser.analyse(short).safety is not SafetyLevel.CRISIS


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my friend told me she has been thinking about ending her life", "suicide_other"),
        ("when i was a teenager i used to cut my arms but that stopped years ago", None),
        ("I can't do this anymore, but I didn't buy pills and I won't", None),
    ],
)
def test_it_never_overrides_what_the_rules_read_as_someone_else_the_past_or_a_denial(
    analyser: Analyser, text: str, reason: str | None
) -> None:
    result = analyser.analyse(text)

    assert "learned" not in result.safety_reasons
    if reason is not None:
        assert reason in result.safety_reasons


def test_a_denied_word_reads_differently_from_a_wish() -> None:
    assert "die" in features("i want to die")
    assert "die" not in features("i don't want to die")
    assert "not_die" in features("i don't want to die")
    assert "die" in features("i don't know why, i want to die")


def test_the_bundled_model_is_the_one_the_trainer_writes() -> None:
    model = LearnedCrisis.load()

    assert 0.5 <= model.threshold < 1.0
    assert model.min_words >= 1
    assert len(model.weights) > 1000
    assert all(" " not in word or len(word.split()) == 2 for word in model.weights)
