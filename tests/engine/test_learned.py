"""The learned second opinion (core/engine/learned.py): what it adds and what it leaves alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.domain import SafetyLevel
from core.engine.analyser import Analyser
from core.engine.learned import CONCERN_MODEL, MODEL, LearnedModel, features, windows
from core.engine.lexicon.normalise import lower, normalise
from core.engine.safety import SafetyCheck


@pytest.fixture(scope="module")
def rules_only() -> SafetyCheck:
    return SafetyCheck(learned=False)


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        (
            "he keeps telling me tonight i'll finally learn my lesson and he has been drinking",
            SafetyLevel.CRISIS,
            "learned",
        ),
        (
            "he tells me what to say when my mum calls and listens on speaker",
            SafetyLevel.CONCERN,
            "learned_concern",
        ),
        (
            "he hangs around outside my building most nights even though i blocked him",
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


CHORES = (
    "so me and my gf keep fighting about the dishes, she says i never do them and i say i do "
    "them every other day but she doesn't see it. we also argue about whose turn it is to walk "
    "the dog and honestly it's getting old. "
)
HOLIDAY = (
    " we were supposed to go to her parents for the holidays but now she wants to stay home and "
    "i don't know how to bring up that i actually miss her family. any tips on how to start "
    "that conversation without it turning into another fight?"
)


def test_a_line_buried_in_a_long_message_is_read_in_its_own_window(
    analyser: Analyser, rules_only: SafetyCheck
) -> None:
    line = "anyway i've made my peace with it, sunday will be the last time anyone deals with me."
    buried = CHORES + line + HOLIDAY
    model = LearnedModel.load()
    assert len(buried.split()) > model.max_words
    assert rules_only.assess(lower(normalise(buried))).level is SafetyLevel.NONE

    assert analyser.analyse(buried).safety is SafetyLevel.CRISIS
    assert analyser.analyse(CHORES + HOLIDAY).safety is SafetyLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "one. two words here! i don't want to go. but fine\nnew line here ok? yes",
        "no punctuation at all just words going on and on",
        "!! ... ? first real sentence. second one not negated",
        CHORES + HOLIDAY,
    ],
)
def test_a_windows_features_are_those_of_its_text(text: str) -> None:
    sentences = re.split(r"(?<=[.!?\n])\s+", text)
    expected = {
        features(" ".join(sentences[first:last]))
        for first in range(len(sentences))
        for last in range(first + 1, min(len(sentences), first + 3) + 1)
        if 2 <= len(" ".join(sentences[first:last]).split(" ")) <= 40
    }

    weights = {"one": 1.0, "two": 0.5, "but": 2.0, "go but": 4.0, "yes": -1.0, "#words": 0.25}
    found = [(frozenset(window), score) for window, score in windows(text, 2, 40, weights)]

    assert {window for window, _ in found} == expected
    assert all(
        score == pytest.approx(sum(weights.get(f, 0.0) for f in window)) for window, score in found
    )


def test_a_breakup_ultimatum_is_a_quarrel_but_a_threat_beyond_it_is_not(
    analyser: Analyser,
) -> None:
    assert analyser.analyse("she threatened to dump me if i dont stop gaming").safety is (
        SafetyLevel.NONE
    )
    beyond = analyser.analyse("he threatened to leave me and take the kids where ill never look")
    assert beyond.safety is SafetyLevel.CONCERN
