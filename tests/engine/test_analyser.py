"""The analyser's topics, emotions, intensity, stage hints, partner words and decisions."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.domain.analysis import Analysis
from core.domain.enums import EMOTIONS, TOPICS, SafetyLevel, Stage
from core.engine.analyser import Analyser
from core.engine.lexicon.normalise import canonical
from core.engine.lexicon.phrases import words


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    """One analyser for the module: building it compiles every lexicon."""
    return Analyser()


TOPIC_CASES = [
    ("communication", "We never talk anymore, he just scrolls his phone"),
    ("communication", "How do I communicate my needs without it turning into a lecture?"),
    ("communication", "She gives me the silent treatment for days"),
    ("conflict", "We argue about the smallest things"),
    ("conflict", "Every weekend turns into a fight about chores"),
    ("conflict", "We've been arguing nonstop since the holidays"),
    ("conflict", "He keeps yelling at me when he's stressed"),
    ("trust_jealousy", "I don't trust him when he goes out with his coworkers"),
    ("trust_jealousy", "I get so jealous when she talks to other guys"),
    ("trust_jealousy", "I have trust issues from my last relationship"),
    ("infidelity", "My husband cheated on me with a colleague"),
    ("infidelity", "I found out she's been having an affair"),
    ("infidelity", "He was texting his ex behind my back"),
    ("breakup", "We broke up last month and I can't stop thinking about her"),
    ("breakup", "I'm heartbroken and don't know how to move on"),
    ("breakup", "My ex keeps messaging me"),
    ("dating", "I'm nervous about my first date on Friday"),
    ("dating", "Dating apps are exhausting, nobody replies"),
    ("dating", "How do I ask her out without making it weird?"),
    ("long_distance", "We're in a long distance relationship"),
    ("long_distance", "Different time zones make it hard to find time to call"),
    ("long_distance", "He lives overseas and we only see each other twice a year"),
    ("intimacy", "Our sex life has basically disappeared"),
    ("intimacy", "I want more affection, not just sex"),
    ("intimacy", "There's no intimacy between us since the baby"),
    ("commitment", "We're talking about moving in together"),
    ("commitment", "I think he's going to propose and I'm not sure I'm ready"),
    ("commitment", "She wants marriage and I'm scared of commitment"),
    ("family", "My mother-in-law criticizes how we raise the kids"),
    ("family", "His parents never accepted me"),
    ("family", "Christmas with her family is always a disaster"),
    ("boundaries", "I have no time for myself anymore"),
    ("boundaries", "I always give in and can't say no to him"),
    ("boundaries", "How do I set boundaries with my clingy partner?"),
    ("self_worth", "I feel like I'm not good enough for her"),
    ("self_worth", "I feel worthless when he ignores me"),
    ("self_worth", "My self-esteem is gone since the divorce"),
    ("loneliness", "I feel so lonely even when he's next to me"),
    ("loneliness", "I have no friends since we moved"),
    ("loneliness", "There's no one to talk to about any of this"),
    ("growing_apart", "We've been drifting apart for a year"),
    ("growing_apart", "We live like roommates now"),
    ("growing_apart", "I think we fell out of love"),
    ("co_parenting", "We can't agree on custody"),
    ("co_parenting", "My ex keeps changing the kids' schedule"),
    ("co_parenting", "How do we co-parent after the divorce?"),
]


@pytest.mark.parametrize(("topic", "text"), TOPIC_CASES)
def test_topic_is_found_first(analyser: Analyser, topic: str, text: str) -> None:
    assert analyser.analyse(text).topics[:1] == (topic,), text


def test_every_topic_has_three_phrasings() -> None:
    counts = {t: sum(1 for topic, _ in TOPIC_CASES if topic == t) for t in TOPICS}
    assert min(counts.values()) >= 3, counts


@pytest.mark.parametrize("text", ["hi", "thanks", "ok", "Hello!", "thank you :)", "good morning"])
def test_small_talk_has_no_topic(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert result.topics == ()
    assert result.safety is SafetyLevel.NONE


def test_several_topics_come_best_first(analyser: Analyser) -> None:
    text = "We fight all the time about his mother, and his parents take his side in every argument"
    topics = analyser.analyse(text).topics
    assert set(topics[:2]) == {"conflict", "family"}
    assert all(t in TOPICS for t in topics)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We don't fight, we just never talk", "conflict"),
        ("We never argue about money", "conflict"),
        ("He didn't cheat, I checked", "infidelity"),
    ],
)
def test_negated_topic_words_do_not_count(analyser: Analyser, text: str, absent: str) -> None:
    assert absent not in analyser.analyse(text).topics


def test_negation_keeps_the_topic_that_is_meant(analyser: Analyser) -> None:
    assert analyser.analyse("We don't fight, we just never talk").topics[:1] == ("communication",)


def test_not_jealous_is_not_the_top_topic(analyser: Analyser) -> None:
    result = analyser.analyse("I'm not jealous, but we argue every time he goes out")
    assert result.topics[:1] == ("conflict",)
    assert "jealousy" not in result.emotions


def test_negation_does_not_reach_across_a_clause(analyser: Analyser) -> None:
    assert analyser.analyse("It's not about money, we fight about his mother").topics[0] in {
        "conflict",
        "family",
    }
    assert "conflict" in analyser.analyse("I can't stop arguing with her").topics


@pytest.mark.parametrize("text", ["We argue", "we argued", "We are arguing again", "The arguments"])
def test_inflections_match(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text).topics[:1] == ("conflict",)


def test_a_phrase_outweighs_a_single_word(analyser: Analyser) -> None:
    # "date" alone is weak evidence; "mother-in-law" is a phrase and wins.
    assert analyser.analyse("My mother-in-law asked about our date").topics[0] == "family"


EMOTION_CASES = [
    ("sadness", "I'm so sad since he left"),
    ("anger", "I'm furious that she lied"),
    ("fear", "I'm scared of what he'll say"),
    ("anxiety", "I'm anxious every time my phone buzzes"),
    ("shame", "I'm ashamed of how I acted"),
    ("guilt", "I feel guilty about what I said"),
    ("loneliness", "I feel lonely at home"),
    ("hurt", "I felt hurt and betrayed"),
    ("confusion", "I'm confused, he says one thing and does another"),
    ("hope", "I'm hopeful we can work it out"),
    ("gratitude", "I'm so grateful he stayed with me through all of it"),
    ("joy", "I'm so happy, the talk went well"),
    ("love", "I love him so much"),
    ("frustration", "I'm frustrated and fed up"),
    ("jealousy", "I feel jealous of her friends"),
    ("numbness", "I feel numb about the whole thing"),
]


@pytest.mark.parametrize(("emotion", "text"), EMOTION_CASES)
def test_emotion_is_named(analyser: Analyser, emotion: str, text: str) -> None:
    emotions = analyser.analyse(text).emotions
    assert emotion in emotions, (text, emotions)
    assert set(emotions) <= set(EMOTIONS)


def test_every_emotion_is_covered() -> None:
    assert {e for e, _ in EMOTION_CASES} == set(EMOTIONS)


def test_strongest_emotion_first(analyser: Analyser) -> None:
    assert analyser.analyse("I'm a bit worried but mostly furious").emotions[0] == "anger"


def test_negated_emotion_is_dropped(analyser: Analyser) -> None:
    result = analyser.analyse("I'm not angry")
    assert "anger" not in result.emotions
    assert "sadness" in analyser.analyse("I'm not happy").emotions


def test_intensity_grows_with_intensifiers_exclamation_caps_and_strong_words(
    analyser: Analyser,
) -> None:
    flat = analyser.analyse("We talked about the weekend").intensity
    mild = analyser.analyse("I'm a bit sad").intensity
    plain = analyser.analyse("I'm sad").intensity
    boosted = analyser.analyse("I'm really sad").intensity
    shouted = analyser.analyse("I'm really sad!!!").intensity
    capital = analyser.analyse("I'M REALLY SAD!!!").intensity
    strong = analyser.analyse("I'm extremely devastated and furious!!! I can't stop crying")
    assert flat == 0.0
    assert flat < mild < plain < boosted < shouted < capital < strong.intensity <= 1.0
    assert strong.intensity >= 0.8


def test_intensity_stays_in_range_for_extreme_input(analyser: Analyser) -> None:
    text = "I AM SO SO DEVASTATED AND FURIOUS AND TERRIFIED!!!!!!!!!! " * 20
    assert 0.0 <= analyser.analyse(text).intensity <= 1.0


STAGE_CASES = [
    (Stage.PLAN, "What should I do?"),
    (Stage.PLAN, "How do I bring this up with her?"),
    (Stage.PLAN, "Any advice?"),
    (Stage.PLAN, "What can I say to make him understand?"),
    (Stage.REFLECT, "I tried what we discussed"),
    (Stage.REFLECT, "I did it! I finally told him"),
    (Stage.REFLECT, "I talked to him last night"),
    (Stage.REFLECT, "It went better than expected"),
    (Stage.ACT, "I'm going to talk to her tonight"),
    (Stage.ACT, "I will ask him on Saturday"),
    (Stage.ACT, "Tonight I'll tell her how I feel"),
    (Stage.UNDERSTAND, "Why does he always shut down?"),
    (Stage.UNDERSTAND, "I don't understand why she keeps doing this"),
    (None, "We had dinner with friends"),
    (None, "hi"),
]


@pytest.mark.parametrize(("stage", "text"), STAGE_CASES)
def test_stage_hint(analyser: Analyser, stage: Stage | None, text: str) -> None:
    assert analyser.analyse(text).stage_hint is stage


def test_a_request_for_a_plan_outranks_a_report(analyser: Analyser) -> None:
    result = analyser.analyse("I tried talking to him. What should I do now?")
    assert result.stage_hint is Stage.PLAN


def test_losing_my_mind_is_not_a_plan_to_act(analyser: Analyser) -> None:
    assert analyser.analyse("I'm going to lose my mind").stage_hint is None


PARTNER_CASES = [
    ("My husband never helps", "my husband"),
    ("my girlfriend is upset", "my girlfriend"),
    ("My partner works nights", "my partner"),
    ("My boyfriend forgot again", "my boyfriend"),
    ("My wife wants a dog", "my wife"),
    ("My fiancé is stressed about the wedding", "my fiancé"),
    ("My fiancée is stressed about the wedding", "my fiancée"),
    ("My ex texted me", "my ex"),
    ("my bf is ignoring me", "my boyfriend"),
    ("my gf is ignoring me", "my girlfriend"),
    ("my ex bf keeps calling", "my ex-boyfriend"),
    ("MY HUSBAND!!!", "my husband"),
    ("My ex keeps calling and my boyfriend is annoyed", "my boyfriend"),
    ("Work is busy this week", None),
    ("My business partner is difficult", None),
    ("His wife called me", None),
]


@pytest.mark.parametrize(("text", "word"), PARTNER_CASES)
def test_partner_word(analyser: Analyser, text: str, word: str | None) -> None:
    assert analyser.analyse(text).partner_word == word


DECISION_CASES = [
    ("I will talk to her on Sunday", ("talk to her on Sunday",)),
    ("I'm going to ask him to help with the kids.", ("ask him to help with the kids",)),
    ("Tonight I'll tell him how I feel", ("tell him how you feel tonight",)),
    ("I've decided to book a counsellor for us", ("book a counsellor for us",)),
    ("I'll be fine, thanks", ()),
    ("I'm going to lose my mind", ()),
    ("I will never forgive him", ()),
    ("We had a nice evening", ()),
]


@pytest.mark.parametrize(("text", "decisions"), DECISION_CASES)
def test_decisions(analyser: Analyser, text: str, decisions: tuple[str, ...]) -> None:
    assert analyser.analyse(text).decisions == decisions


def test_decisions_are_short_and_few(analyser: Analyser) -> None:
    text = ". ".join(f"I will try idea number {i} " + "and keep going " * 20 for i in range(6))
    decisions = analyser.analyse(text).decisions
    assert len(decisions) == 3
    assert all(len(d) <= 80 for d in decisions)


def test_a_harmful_intention_is_never_a_decision(analyser: Analyser) -> None:
    assert analyser.analyse("I'm going to make him pay for this").decisions == ()


def test_a_decision_stops_at_but(analyser: Analyser) -> None:
    result = analyser.analyse("I will call her tomorrow but I'm nervous")
    assert result.decisions == ("call her tomorrow",)


ODD_INPUTS = [
    "",
    "   \n\t  ",
    "😀😢💔",
    "\x00\x01\x02 hello \x7f",
    "he\u200bllo \u202eright-to-left\u202c text",
    "أنا حزين جدا",
    "אני עצוב",
    "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
    "İSTANBUL İS BIG",
    "a" * 5000,
    "!!!!!!!!",
    "\ud83d",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_crashes(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert isinstance(result, Analysis)
    assert set(result.topics) <= set(TOPICS)
    assert 0.0 <= result.intensity <= 1.0


def test_empty_and_emoji_only_are_blank(analyser: Analyser) -> None:
    for text in ("", "   ", "😀😢💔"):
        assert analyser.analyse(text) == Analysis()


def test_fullwidth_text_is_read_like_plain_text(analyser: Analyser) -> None:
    assert analyser.analyse("ｉ ｗａｎｔ ｔｏ ｄｉｅ").safety is SafetyLevel.CRISIS


def test_invisible_characters_do_not_hide_words(analyser: Analyser) -> None:
    assert analyser.analyse("i want to k\u200bill my\u200dself").safety is SafetyLevel.CRISIS


def test_a_hundred_kilobytes_is_analysed_quickly(analyser: Analyser) -> None:
    text = ("We argue about money and his mother. I feel lonely. " * 2000)[:100_000]
    start = time.perf_counter()
    result = analyser.analyse(text)
    assert time.perf_counter() - start < 2.0
    assert result.topics[:1] in {("conflict",), ("family",), ("loneliness",)}


def test_analyse_is_deterministic(analyser: Analyser) -> None:
    text = "My boyfriend cheated and I'm devastated. What should I do? I will talk to him."
    assert analyser.analyse(text) == Analyser().analyse(text)


_FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # the module fixture is read-only
SALAD = sorted(
    words("i my he she not never so really want to die kill myself fight argue jealous cheated")
    | words("husband wife ex kids will talk tonight ! ? . , 12 only forced sex hit me")
    | words("pills all my stash goodbye note bridge rope gun he'll slit throat dying to she's 7")
    | {"\u200b", "\n", "😀"}
)


@settings(max_examples=300, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_analysis(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert set(result.topics) <= set(TOPICS)
    assert set(result.emotions) <= set(EMOTIONS)
    assert 0.0 <= result.intensity <= 1.0
    assert isinstance(result.safety, SafetyLevel)
    assert result.partner_word is None or result.partner_word.startswith("my ")
    assert len(result.decisions) <= 3


@settings(max_examples=200, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(
    st.lists(
        st.sampled_from(SALAD),
        max_size=40,
    )
)
def test_word_salad_gives_a_valid_analysis(analyser: Analyser, words: list[str]) -> None:
    result = analyser.analyse(" ".join(words))
    assert set(result.topics) <= set(TOPICS)
    assert set(result.emotions) <= set(EMOTIONS)
    assert 0.0 <= result.intensity <= 1.0


@pytest.mark.parametrize(
    ("low", "canon"),
    [
        ("im gonna tell him tonite", "i'm going to tell him tonight"),
        ("idk why i even bother tbh", "i don't know why i bother"),
        ("thinkin bout it", "i thinking about it"),
        ("me n my bf. been fighting w his mom", "me and my bf. i been fighting with his mom"),
        ("soooo tired", "soo tired"),
    ],
)
def test_canonical_spells_out_chat_writing(low: str, canon: str) -> None:
    assert canonical(low) == canon


def test_canonical_leaves_ordinary_words_alone() -> None:
    text = "i'll be ill if its the same id again"
    assert canonical(text) == text


@pytest.mark.parametrize(
    "text",
    ["thanks, that really helps", "thx so much ❤️", "it means a lot that you listened"],
)
def test_gratitude_is_named_first(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text).emotions[:1] == ("gratitude",)


def test_phrases_that_share_words_both_count(analyser: Analyser) -> None:
    """ "how do I tell" (communication) must not swallow "tell my parents" (family)."""
    assert analyser.analyse("how do i tell my parents about my girlfriend").topics[0] == "family"


def test_a_plan_buried_in_small_talk_is_a_crisis_with_no_decisions(analyser: Analyser) -> None:
    """The sentence net reads the plan in the middle; the coaching parts are not acted on."""
    text = (
        "we're moving in next week which is stressful. anyway i've stocked up on pills and i'm "
        "taking them all on sunday. should we sign the lease?"
    )
    result = analyser.analyse(text)
    assert result.safety is SafetyLevel.CRISIS
    assert result.decisions == ()
    assert result.intensity >= 0.8


def test_the_topic_survives_a_hard_negative(analyser: Analyser) -> None:
    result = analyser.analyse(
        "i'm dying to see my girlfriend, 3 months long distance is killing me"
    )
    assert result.safety is SafetyLevel.NONE
    assert result.topics[:1] == ("long_distance",)


def test_safety_stays_fast_on_a_message_full_of_its_words(analyser: Analyser) -> None:
    text = (
        "i'm dying to kill it at the gym, pills at the bridge, goodbye note, he'll hit me up. " * 4
    )
    start = time.perf_counter()
    for _ in range(50):
        analyser.analyse(text)
    assert (time.perf_counter() - start) / 50 < 0.02
