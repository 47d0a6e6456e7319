"""The learned second opinion (core/engine/learned.py): what it adds and what it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.domain import SafetyLevel
from core.engine.analyser import Analyser
from core.engine.learned import CONCERN_MODEL, MODEL, LearnedModel, features
from core.engine.lexicon.normalise import lower, normalise
from core.engine.safety import SafetyCheck


@pytest.fixture(scope="module")
def rules_only() -> SafetyCheck:
    return SafetyCheck(learned=False)


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        (
            "everyone would honestly be better if i just stopped being a problem for them all",
            SafetyLevel.CRISIS,
            "learned",
        ),
        (
            "he keeps telling me tonight i'll finally learn my lesson and he has been drinking",
            SafetyLevel.CRISIS,
            "learned",
        ),
        (
            "she says if i ever leave she will send those pictures of me to my whole family",
            SafetyLevel.CONCERN,
            "learned_concern",
        ),
        (
            "he keeps showing up at my work and outside my flat even though i blocked him "
            "months ago",
            SafetyLevel.CONCERN,
            "learned_concern",
        ),
    ],
)
def test_it_catches_what_no_rule_was_written_for(
    analyser: Analyser, rules_only: SafetyCheck, text: str, level: SafetyLevel, reason: str
) -> None:
    assert rules_only.assess(lower(normalise(text))).level is SafetyLevel.NONE

    result = analyser.analyse(text)

    assert result.safety is level
    assert result.safety_reasons == (reason,)


def test_short_messages_are_left_to_the_rules(analyser: Analyser) -> None:
    model = LearnedModel.load()
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


@pytest.mark.parametrize("path", [MODEL, CONCERN_MODEL], ids=["crisis", "concern"])
def test_the_bundled_models_are_the_ones_the_trainer_writes(path: Path) -> None:
    model = LearnedModel.load(path)

    assert 0.5 <= model.threshold < 1.0
    assert model.min_words >= 1
    assert len(model.weights) > 1000
    assert all(" " not in word or len(word.split()) == 2 for word in model.weights)


@pytest.mark.parametrize(
    "text",
    [
        "we share our locations because we both like knowing the other got home safe",
        "my husband and i have a joint account and we plan the budget together every sunday",
        "she never threatened to send my pictures to anyone and she doesn't track my phone",
    ],
)
def test_the_concern_model_leaves_choices_and_denials_alone(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text).safety is SafetyLevel.NONE


def test_the_concern_model_never_lowers_or_joins_a_crisis(analyser: Analyser) -> None:
    result = analyser.analyse("he has a knife and he says he will kill me tonight, i'm hiding")

    assert result.safety is SafetyLevel.CRISIS
    assert "learned_concern" not in result.safety_reasons
