"""The bundled table of the rules' necessary literals (core/engine/lexicon/literals.py)."""

from __future__ import annotations

from core.engine.lexicon import literals
from core.engine.lexicon.prefilter import GatedRules, necessary_literals


def test_the_bundled_table_is_what_the_rules_derive_today() -> None:
    """Fails when a rule changed and the file was not rewritten: run
    `python -m core.engine.lexicon.literals`."""
    fresh = literals.derived()
    bundled = literals.bundled()

    assert len(fresh) > 400
    stale = [key for key, found in fresh.items() if key not in bundled]
    stale += [
        key
        for key, found in fresh.items()
        if key in bundled and bundled[key] != (None if found is None else frozenset(found))
    ]
    assert stale == []
    assert bundled.keys() == fresh.keys()


def test_a_rule_the_table_does_not_know_is_derived() -> None:
    source = r"tickled (?:pink|purple) by (?:the|a) platypus"
    assert literals.key(source, True) not in literals.bundled()

    rules = GatedRules([source], plain=True, derive=literals.literals_of)

    assert literals.literals_of(source, True) == necessary_literals(source, True)
    assert rules.work("well i was tickled pink by the platypus.") == {(0, 0, 39)}
    assert rules.work("nothing to see here") == set()
