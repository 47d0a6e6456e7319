"""The authored blocks: valid tags, resolvable placeholders, coverage, safety rules, bad files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.domain.enums import EMOTIONS, TOPICS, BlockKind, SafetyLevel, Stage, Style
from core.engine.blocks import (
    APPROACHES,
    TOPIC_PHRASES,
    Block,
    BlockLibrary,
    ContentError,
    render,
)

K = BlockKind
REPLY_GROUPS = {
    "validation": (K.VALIDATION,),
    "reflection or insight": (K.REFLECTION, K.INSIGHT),
    "question or exercise": (K.QUESTION, K.EXERCISE),
}
OWN_SLOTS = {
    "validation or reflection": (K.VALIDATION, K.REFLECTION),
    "insight": (K.INSIGHT,),
    "question or exercise": (K.QUESTION, K.EXERCISE),
}
"""What a topic's own blocks must offer at every stage, in two styles at least."""
QUESTION_ONLY = (Stage.EXPLORE, Stage.REFLECT)
"""Stages whose closing slot the composer fills with a question alone."""
PRACTICES = {
    "Gottman: criticism, and the gentle start-up": ("gottman", r"gentle start-up"),
    "Gottman: contempt, and appreciation": ("gottman", r"contempt.*appreciation"),
    "Gottman: defensiveness, and taking responsibility": ("gottman", r"defensiveness"),
    "Gottman: stonewalling, and self-soothing": ("gottman", r"stonewalling"),
    "Gottman: bids for connection": ("gottman", r"bids for connection"),
    "Gottman: repair attempts": ("gottman", r"repair attempt"),
    "Gottman: love maps": ("gottman", r"love-map"),
    "NVC: observation, feeling, need, request": ("nvc", r"felt.*need.*request"),
    "EFT: the pursue-withdraw loop": ("eft", r"pushes to talk.*pulls back"),
    "attachment: the attachment system": ("attachment", r"attachment system"),
    "MI: summaries": ("mi", r"sum up|pull together"),
    "MI: change talk": ("mi", r"'I want to'"),
    "CBT: thought records": ("cbt", r"thought record"),
}
"""Named practices the library must teach somewhere, with the approach it credits."""
PLACEHOLDER = re.compile(r"\{(\w+)\}")
FULL = {
    "partner": "my husband",
    "name": "Alex",
    "topic": "trust_jealousy",
    "session": "Trust after the move",
    "focus": "trust and jealousy",
}


@pytest.fixture(scope="module")
def library() -> BlockLibrary:
    return BlockLibrary.load()


def styles_of(library: BlockLibrary, kinds: tuple[BlockKind, ...], **where: object) -> set[Style]:
    found: set[Style] = set()
    for kind in kinds:
        for block in library.candidates(kind, **where):  # type: ignore[arg-type]
            found |= block.styles
    return found


def test_library_is_large_and_ids_are_unique(library: BlockLibrary) -> None:
    ids = [b.id for b in library.blocks]
    assert len(library) >= 450
    assert len(ids) == len(set(ids))
    assert all(library.get(i) is library.blocks[n] for n, i in enumerate(ids))
    assert library.get("no.such.block") is None


def test_every_tag_is_valid(library: BlockLibrary) -> None:
    for b in library.blocks:
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)*", b.id), b.id
        assert isinstance(b.kind, BlockKind), b.id
        assert b.topics <= set(TOPICS), b.id
        assert all(isinstance(s, Stage) for s in b.stages), b.id
        assert b.emotions <= set(EMOTIONS), b.id
        assert b.styles and all(isinstance(s, Style) for s in b.styles), b.id
        assert b.approach in APPROACHES, b.id


def test_texts_are_plain_and_sized(library: BlockLibrary) -> None:
    for b in library.blocks:
        assert 40 <= len(b.text) <= 420, (b.id, len(b.text))
        assert not set(b.text) & set("*_`#<>[]~|"), f"{b.id}: markdown-like characters"
        assert all(ord(c) < 0x2000 for c in b.text), f"{b.id}: emoji or unusual symbol"
        assert b.text == b.text.strip() and "  " not in b.text, b.id


def test_exercises_open_with_a_short_name(library: BlockLibrary) -> None:
    # Session summaries quote an exercise's first sentence as its name, without rendering it.
    for b in library.blocks:
        if b.kind is K.EXERCISE:
            opening = b.text.split(". ")[0]
            assert len(opening) <= 70 and "{" not in opening, (b.id, opening)


@pytest.mark.parametrize(
    "values", [{}, FULL, {"partner": "girlfriend", "topic": "how you two talk"}]
)
def test_every_placeholder_renders(library: BlockLibrary, values: dict[str, str]) -> None:
    for b in library.blocks:
        allowed = {"partner", "Partner", "topic"} | (
            {"session", "focus"} if b.kind is K.FOLLOW_UP else set()
        )
        body = b.text.removeprefix("{name}, ")
        assert set(PLACEHOLDER.findall(body)) <= allowed, b.id
        out = render(b.text, **values)
        assert "{" not in out and "}" not in out, (b.id, out)
        assert out[0].isupper() or out[0] == '"', (b.id, out)


def test_render_fills_values_naturally() -> None:
    text = "{name}, {partner} said so. {Partner} and {topic}."
    assert render(text) == "Your partner said so. Your partner and this."
    assert render(text, name="Alex", partner="My wife", topic="dating") == (
        "Alex, your wife said so. Your wife and dating."
    )
    assert render("{name}, it helps.", name="  ") == "It helps."
    assert render("{partner}", partner="my  boyfriend") == "your boyfriend"
    assert render("{partner}", partner="husband") == "your husband"
    assert render("{partner}", partner="Sam") == "Sam"
    assert render("About {topic}.", topic="trust_jealousy") == "About trust and jealousy."
    assert render("About {topic}.", topic="the move") == "About the move."
    checkin = "On {session}: {focus}."
    assert render(checkin) == "On your session: what we talked about."
    assert render(checkin, session="Trust", focus="trust") == 'On "Trust": trust.'


def test_topic_phrases_cover_every_topic() -> None:
    assert set(TOPIC_PHRASES) == set(TOPICS)
    assert all(phrase and phrase == phrase.lower() for phrase in TOPIC_PHRASES.values())


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_and_stage_has_reply_blocks_in_two_styles(
    library: BlockLibrary, topic: str
) -> None:
    for stage in Stage:
        for group, kinds in REPLY_GROUPS.items():
            where = {"topic": topic, "stage": stage, "safety": SafetyLevel.NONE}
            styles = styles_of(library, kinds, **where)
            assert len(styles) >= 2, f"{topic} / {stage} / {group}: styles {sorted(styles)}"


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_has_its_own_blocks(library: BlockLibrary, topic: str) -> None:
    own = [b for b in library.blocks if topic in b.topics]
    assert len(own) >= 20, f"{topic}: {len(own)} topic-specific blocks"
    kinds = {b.kind for b in own}
    assert kinds & {K.REFLECTION, K.INSIGHT}, topic
    assert {K.QUESTION, K.EXERCISE} <= kinds, topic
    assert library.candidates(K.VALIDATION, topic=topic, stage=None, safety=SafetyLevel.NONE)
    assert {s for b in own for s in (b.stages or Stage)} == set(Stage), topic


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_and_stage_has_its_own_blocks_in_every_slot(
    library: BlockLibrary, topic: str
) -> None:
    for stage in Stage:
        slots = dict(OWN_SLOTS) | ({"question": (K.QUESTION,)} if stage in QUESTION_ONLY else {})
        for slot, kinds in slots.items():
            where = {"topic": topic, "stage": stage, "safety": SafetyLevel.NONE}
            own = [b for k in kinds for b in library.candidates(k, **where) if topic in b.topics]
            styles = {s for b in own for s in b.styles}
            assert len(styles) >= 2, f"{topic} / {stage} / {slot}: own styles {sorted(styles)}"


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_can_meet_gratitude_when_things_go_well(
    library: BlockLibrary, topic: str
) -> None:
    for stage in (Stage.ACT, Stage.REFLECT):
        thankful = [
            b
            for kind in (K.VALIDATION, K.REFLECTION)
            for b in library.candidates(kind, topic=topic, stage=stage, safety=SafetyLevel.NONE)
            if topic in b.topics and "gratitude" in b.emotions
        ]
        assert thankful, f"{topic} / {stage}: nothing for gratitude"


def test_every_approach_reaches_many_topics(library: BlockLibrary) -> None:
    for approach in APPROACHES - {"general"}:
        topics = {t for b in library.blocks if b.approach == approach for t in b.topics}
        assert len(topics) >= 8, f"{approach}: only {sorted(topics)}"


@pytest.mark.parametrize("practice", PRACTICES)
def test_named_practices_are_taught(library: BlockLibrary, practice: str) -> None:
    approach, pattern = PRACTICES[practice]
    assert any(
        b.approach == approach and re.search(pattern, b.text, re.IGNORECASE) for b in library.blocks
    ), practice


def test_concern_blocks_are_safety_first(library: BlockLibrary) -> None:
    concern = [b for b in library.blocks if b.concern and b.kind is not K.FOLLOW_UP]
    assert len(concern) >= 60
    assert not any(b.partner_work or b.topics for b in concern)
    for stage in Stage:
        for group, kinds in {**REPLY_GROUPS, **OWN_SLOTS}.items():
            styles = {s for b in concern if b.kind in kinds and stage in b.stages for s in b.styles}
            styles |= {s for b in concern if b.kind in kinds and not b.stages for s in b.styles}
            assert len(styles) >= 2, f"concern-only / {stage} / {group}: {sorted(styles)}"
    for topic in TOPICS:
        for stage in Stage:
            for group, kinds in REPLY_GROUPS.items():
                where = {"topic": topic, "stage": stage, "safety": SafetyLevel.CONCERN}
                assert styles_of(library, kinds, **where), f"concern / {topic} / {stage} / {group}"


def test_candidates_respect_safety_topic_and_stage(library: BlockLibrary) -> None:
    for kind in BlockKind:
        for topic in (*TOPICS, None):
            for stage in (*Stage, None):
                none = library.candidates(kind, topic=topic, stage=stage, safety=SafetyLevel.NONE)
                concern = library.candidates(
                    kind, topic=topic, stage=stage, safety=SafetyLevel.CONCERN
                )
                crisis = library.candidates(
                    kind, topic=topic, stage=stage, safety=SafetyLevel.CRISIS
                )
                assert crisis == []
                assert not any(b.concern for b in none)
                assert not any(b.partner_work for b in concern)
                for b in none + concern:
                    assert b.kind is kind
                    assert not b.topics or (topic is not None and topic in b.topics)
                    assert not b.stages or stage is None or stage in b.stages


def test_candidates_include_every_fitting_block(library: BlockLibrary) -> None:
    block = library.get("communication.plan.exercise.soft_startup")
    assert block is not None and block.partner_work
    fits = {"topic": "communication", "stage": Stage.PLAN}
    assert block in library.candidates(K.EXERCISE, **fits, safety=SafetyLevel.NONE)
    assert block in library.candidates(
        K.EXERCISE, topic="communication", stage=None, safety=SafetyLevel.NONE
    )
    assert block not in library.candidates(K.EXERCISE, **fits, safety=SafetyLevel.CONCERN)
    assert block not in library.candidates(
        K.EXERCISE, topic=None, stage=Stage.PLAN, safety=SafetyLevel.NONE
    )
    assert block not in library.candidates(
        K.EXERCISE, topic="dating", stage=Stage.PLAN, safety=SafetyLevel.NONE
    )


def test_follow_ups_name_the_session_or_its_focus(library: BlockLibrary) -> None:
    follow_ups = [b for b in library.blocks if b.kind is K.FOLLOW_UP and not b.concern]
    assert len(follow_ups) >= 10
    assert {s for b in follow_ups for s in b.stages} == set(Stage)
    for b in follow_ups:
        assert not b.topics and not b.partner_work, b.id
        assert "{session}" in b.text or "{focus}" in b.text, b.id


def write(folder: Path, body: str, name: str = "bad.toml") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


def block_toml(block_id: str, **override: str) -> str:
    fields = {
        "id": f'"{block_id}"',
        "kind": '"question"',
        "topics": '["dating"]',
        "stages": '["explore"]',
        "styles": '["gentle"]',
        "approach": '"mi"',
        "text": '"What are you hoping to find when you meet someone new this year?"',
    }
    fields.update(override)
    lines = [f"{key} = {value}" for key, value in fields.items() if value]
    return "[[block]]\n" + "\n".join(lines) + "\n\n"


def test_a_sound_file_loads(tmp_path: Path) -> None:
    library = BlockLibrary.load(write(tmp_path / "c", block_toml("dating.ok.one")))
    assert [b.id for b in library.blocks] == ["dating.ok.one"]
    assert isinstance(library.blocks[0], Block)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (block_toml("x.dup") + block_toml("x.dup"), "duplicate"),
        (block_toml("x.topic", topics='["money"]'), "money"),
        (block_toml("x.notext", text=""), "text"),
        (block_toml("x.kind", kind='"lecture"'), "kind"),
        (block_toml("x.style", styles="[]"), "styles"),
        (block_toml("x.stage", stages='["later"]'), "later"),
        (block_toml("x.emotion", emotions='["glee"]'), "glee"),
        (block_toml("x.extra", stage='["plan"]'), "stage"),
        (block_toml("x.ph", text='"Ask {who} about it, gently and with a lot of care."'), "who"),
        (
            block_toml("x.name", text='"Ask {partner}, {name}, about it, gently and with care."'),
            "name",
        ),
        (block_toml("x.session", text='"How is {session} going for you these days?"'), "session"),
        (
            block_toml("x.brace", text='"A stray { brace sits in this otherwise fine text."'),
            "brace",
        ),
        (block_toml("x.both", partner_work="true", concern="true"), "concern"),
    ],
)
def test_a_malformed_block_is_refused_by_id(tmp_path: Path, body: str, problem: str) -> None:
    block_id = re.search(r'id = "([^"]+)"', body).group(1)  # type: ignore[union-attr]
    with pytest.raises(ContentError) as caught:
        BlockLibrary.load(write(tmp_path / "c", body))
    message = str(caught.value)
    assert "bad.toml" in message and block_id in message and problem in message, message


def test_a_duplicate_across_files_names_both(tmp_path: Path) -> None:
    folder = write(tmp_path / "c", block_toml("x.same"), "a.toml")
    write(folder, block_toml("x.same"), "b.toml")
    with pytest.raises(ContentError, match=r"b\.toml.*x\.same.*a\.toml"):
        BlockLibrary.load(folder)


def test_broken_toml_and_empty_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"bad\.toml"):
        BlockLibrary.load(write(tmp_path / "c", "[[block]\nid = 1"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ContentError):
        BlockLibrary.load(tmp_path / "empty")


def test_the_constructor_refuses_duplicates(library: BlockLibrary) -> None:
    first = library.blocks[0]
    with pytest.raises(ContentError, match=first.id):
        BlockLibrary([first, first])
