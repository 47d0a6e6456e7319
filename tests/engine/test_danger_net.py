"""The danger net: danger told in plain words across sentences, and goodbyes (DESIGN.md §4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.domain import SafetyLevel
from core.engine.analyser import Analyser

DEV = Path(__file__).resolve().parents[1] / "data" / "danger_dev.jsonl"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("he has the gun out again. i'm in the bathroom. please help", "danger_now"),
        ("my husband is drunk and holding a knife, i'm so scared", "danger_now"),
        ("he locked the doors and took my phone, i'm typing on my laptop", "danger_now"),
        ("she's outside my flat and says she'll get in one way or another", "danger_now"),
        ("he told me nobody would ever find my body", "partner_threat"),
        ("my ex is on his way and he texted that tonight is the night", "partner_threat"),
        ("can't do this anymore. bye", "suicide"),
        ("this is my last message. tell my mum i love her", "suicide"),
    ],
)
def test_plain_words_across_sentences_are_a_crisis(
    analyser: Analyser, text: str, reason: str
) -> None:
    result = analyser.analyse(text)

    assert result.safety is SafetyLevel.CRISIS
    assert reason in result.safety_reasons


@pytest.mark.parametrize(
    "text",
    [
        "my bf bought me a chef's knife for my birthday and he's so proud of it",
        "my husband goes hunting with his rifle every fall and i hate being alone",
        "i'm scared to tell him i lost my job, he's on his way home",
        "she said she'd hurt my feelings if i kept asking about her ex",
        "thanks for listening. bye!",
        "this is goodbye to the relationship, i'm breaking up with him tomorrow",
        "he would never hurt me, he just goes quiet and it scares me",
        "we watched a film where he holds a knife to her throat and i was terrified",
    ],
)
def test_ordinary_life_and_denials_are_not(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text).safety is SafetyLevel.NONE


def test_the_same_danger_told_in_the_past_is_concern(analyser: Analyser) -> None:
    now = analyser.analyse("he has a knife and i'm hiding in the closet, so scared")
    then = analyser.analyse("years ago he had a knife and i was hiding in the closet, so scared")

    assert now.safety is SafetyLevel.CRISIS
    assert then.safety is SafetyLevel.CONCERN
    assert "past_abuse" in then.safety_reasons


def test_danger_split_over_far_apart_sentences_does_not_combine(analyser: Analyser) -> None:
    text = (
        "he bought a knife set when we moved in. we cook a lot. the flat is small. "
        "our neighbours are loud. work is busy. i get scared of the dark sometimes."
    )
    assert analyser.analyse(text).safety is SafetyLevel.NONE


def test_the_development_set_keeps_its_figures(analyser: Analyser) -> None:
    """tests/data/danger_dev.jsonl was written with these rules in view: a regression guard."""
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    crisis = [analyser.analyse(i["text"]) for i in items if i["safety"] == "crisis"]
    calm = [analyser.analyse(i["text"]) for i in items if i["safety"] == "none"]

    recall = sum(r.safety is SafetyLevel.CRISIS for r in crisis) / len(crisis)
    alarms = sum(r.safety is SafetyLevel.CRISIS for r in calm) / len(calm)

    assert len(crisis) >= 40 and len(calm) >= 40
    assert recall >= 0.95
    assert alarms <= 0.08
