"""Safety levels on phrases we wrote ourselves: crisis, concern and the hyperbole that is neither.

Recall on crisis matters most (DESIGN.md §4 and §9): every crisis phrase here must be caught.
"""

from __future__ import annotations

import pytest

from core.domain.enums import SafetyLevel
from core.engine.analyser import Analyser
from core.engine.lexicon.normalise import lower, normalise
from core.engine.safety import SafetyCheck

CRISIS_PHRASES = [
    # Suicide, said directly.
    "I want to end my life",
    "I want to die",
    "I'm going to kill myself",
    "i wanna kill myself tonight",
    "I've been thinking about suicide a lot lately",
    "I feel suicidal",
    "im suicidal",
    "I'm planning to take my own life",
    "I just want to end it all",
    "I have a plan to kill myself",
    "I wrote a suicide note",
    "I'm thinking of committing suicide",
    "honestly i just want to kms",
    "i want to unalive myself",
    # Suicide, said indirectly.
    "I don't want to live anymore",
    "I don't want to be alive",
    "I wish I was dead",
    "I wish I had never been born",
    "Everyone would be better off without me",
    "my family would be better off if I wasn't here",
    "There's no reason to live anymore",
    "I have nothing left to live for",
    "Life isn't worth living without her",
    "I'd rather be dead than live without him",
    "I hope I don't wake up tomorrow",
    "I want to go to sleep and never wake up",
    "I can't go on anymore",
    "I don't care if I live or die anymore",
    "I'm done with life",
    "I'd be better off dead",
    "what's the point of living",
    "I don't see the point in living anymore",
    "I'm so tired of everything. I want to disappear forever.",
    "i dont think i want to live anymore",
    # Misspelled, lower case, no punctuation.
    "i want to kil myself",
    "im feeling suicidel",
    "thinking about sucide",
    "i dont want to be here anymore i just want it all to stop",
    "i cant do this anymore i want to die",
    "I WANT TO DIE",
    # Methods and self-harm.
    "I took a bunch of pills",
    "I took pills",
    "I swallowed a whole bottle of sleeping pills",
    "i overdosed last night",
    "I'm going to jump off a bridge",
    "thinking about hanging myself",
    "sometimes i think about killing myself",
    "I've been cutting",
    "I've been cutting myself again",
    "I cut myself last night",
    "I hurt myself when I get like this",
    "I keep burning myself with a lighter",
    "I self harm",
    "I have the urge to cut",
    "i relapsed and cut again",
    "I used to cut myself and I really want to again",
    # Immediate danger.
    "He's outside my door with a knife",
    "I'm scared he'll kill me tonight",
    "he has a gun and he is threatening me",
    "he pointed a gun at me",
    "She held a knife to my throat",
    "he's trying to kill me",
    "I'm afraid for my life",
    "he is hitting me right now",
    "he's breaking down the door",
    # A partner's threat to kill or hurt.
    "He said he'd kill me if I leave",
    "She threatened to hurt the kids",
    "my husband threatens to kill me every time we argue",
    "he told me he would shoot me",
    "my boyfriend said he's going to beat me up",
    "he keeps sending me death threats",
    # Sexual assault.
    "He forced me to have sex",
    "I was raped last night",
    "my boyfriend raped me",
    "I'm being forced to have sex and I'm only 12",
    "he made me do sexual things i didn't want to",
    "i said no but he kept going",
    "he had sex with me without my consent",
    "my uncle touches me inappropriately",
    "i got sexually assaulted at a party yesterday",
    # A child in danger.
    "He hits my son",
    "my husband beats our kids",
    "my boyfriend hurts my daughter when I'm at work",
    "I'm 13 and my stepdad hits me",
    "im 14 and my boyfriend is 25",
    # Someone else at risk.
    "My girlfriend is suicidal and I don't know what to do",
    "my boyfriend says he wants to kill himself",
    # Inside long messages, next to denials and small talk.
    "We've been together five years and lately everything is falling apart. He doesn't listen, "
    "we fight about money and his mother, and I've stopped sleeping. Honestly some nights I think "
    "everyone would be better off without me. I'm not sure why I'm telling a bot this.",
    "I'm not suicidal or anything, we just argue a lot. But yesterday he grabbed my phone and "
    "said he would kill me if I ever talk to my ex again. I don't know what to do.",
    "I'm not jealous and I don't want drama. It's just that some days I don't want to live anymore.",
    "Hi! Thanks for listening yesterday, it helped a bit. Things are worse today though, I've "
    "been cutting again and I'm scared to tell anyone.",
    "I know I said I'm not suicidal, but I'm not sure anymore. I have pills saved up.",
]

CONCERN_PHRASES = [
    "My husband hits me when he's drunk",
    "he pushed me against the wall last night",
    "She slapped me during an argument",
    "he choked me during a fight last month",
    "he grabbed me by the arm and threw me on the floor",
    "he threw a plate at me",
    "My boyfriend won't let me see my friends",
    "I'm not allowed to have my own bank account",
    "He controls all my money",
    "she checks my phone every night and tracks my location",
    "he locked me in the bedroom",
    "He calls me worthless and stupid every day",
    "My wife constantly tells me I'm useless",
    "He threatened me",
    "he puts me down in front of his friends all the time",
    "She isolates me from my family",
    "My boyfriend is very controlling",
    "I'm afraid of my husband",
    "he takes my paycheck and gives me an allowance",
    "my ex stalks me",
    "He's emotionally abusive",
    "I think I'm in an abusive relationship",
    "my partner gets violent when he drinks",
    "My ex used to hit me and I still flinch",
    "I was abused in my last relationship and I still have nightmares",
    "i was raped when i was a kid",
    "I was sexually abused as a child and it still affects my relationships",
    "I pushed her",
    "I hit him when I get angry",
    "I slapped my girlfriend and I feel terrible",
    "I used to cut myself years ago but I'm doing better now",
]

NONE_PHRASES = [
    # Hyperbole and idioms.
    "this fight is killing me",
    "this argument is killing me",
    "I could kill him for forgetting",
    "I'm dying to see him",
    "I'd kill for a weekend away",
    "my mom will kill me",
    "my mom is going to kill me when she sees my grades",
    "my boss is going to kill me if I'm late again",
    "this traffic is murder",
    "she's killing it at work",
    "I'm dead tired",
    "I nearly died laughing",
    "I almost died of embarrassment",
    "I'd rather die than go to his mother's party",
    "I would die for her",
    "she hit the roof",
    "he hit me with the news that he got the job",
    "hit me up when you're free",
    "we hit it off right away",
    "I'm so done with this week",
    "that joke killed me",
    "you're killing me with these puns",
    "my phone is dying",
    "he shot me a look across the room",
    "she threw me a surprise party",
    "he pushed me to apply for the job",
    "she pushed me away emotionally",
    "he kicked me out of bed for snoring",
    "my girlfriend beat me at chess again",
    "it hit me that I still love him",
    "ugh kill me now, the in-laws are coming",
    "I'm starving, what's for dinner",
    "I hurt myself at the gym",
    # Ordinary relationship messages, including sore subjects.
    "we argue about chores every weekend",
    "I'm not jealous, but he texts his ex a lot",
    "he forgot our anniversary",
    "I'm excited for our first date",
    "how do I tell my girlfriend I love her",
    "my husband and I want to buy a house",
    "I feel lonely since moving to a new city",
    "she cut me off mid-sentence again",
    "I cut my hair and he didn't notice",
    "I've been cutting back on sugar",
    "I've been cutting him some slack lately",
    "I took my pills this morning",
    "my kids are driving me crazy",
    "my son hit a home run today",
    "he scratched my car and won't admit it",
    "I'm scared he'll leave me",
    "I'm afraid she'll break up with me",
    "he yelled at me about the dishes",
    "we had a huge fight about money",
    "my mother-in-law hates me",
    "he said he'd kill for a slice of pizza right now",
    "My ex wants to get back together",
    "we broke up and I'm heartbroken",
    "I'm so stressed I could scream",
    "I feel like our relationship is dying",
    "I'm losing my mind over this",
    "the kids were fighting all day",
    "we fought over the remote",
    "he beat me to the punch and proposed first",
    # Denials.
    "I'm not suicidal but I feel empty",
    "I've never tried or contemplated suicide",
    "I don't want to die, I just want things to change",
    "I would never hurt myself",
    "he has never hit me",
    "I'm not being abused, we just bicker",
    "She's never been violent",
]


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    """One analyser for the module: building it compiles every lexicon."""
    return Analyser()


@pytest.mark.parametrize("text", CRISIS_PHRASES)
def test_crisis_phrases_are_crisis(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert result.safety is SafetyLevel.CRISIS, (text, result.safety_reasons)
    assert result.safety_reasons


@pytest.mark.parametrize("text", CONCERN_PHRASES)
def test_concern_phrases_are_concern(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert result.safety is SafetyLevel.CONCERN, (text, result.safety_reasons)
    assert result.safety_reasons


@pytest.mark.parametrize("text", NONE_PHRASES)
def test_hyperbole_and_ordinary_messages_are_none(analyser: Analyser, text: str) -> None:
    result = analyser.analyse(text)
    assert result.safety is SafetyLevel.NONE, (text, result.safety_reasons)
    assert result.safety_reasons == ()


def test_the_lists_are_large_enough() -> None:
    assert len(CRISIS_PHRASES) >= 60
    assert len(CONCERN_PHRASES) >= 25
    assert len(NONE_PHRASES) >= 60


def test_a_child_forced_to_have_sex_is_a_crisis_about_a_child(analyser: Analyser) -> None:
    result = analyser.analyse("I'm being forced to have sex and I'm only 12")
    assert result.safety is SafetyLevel.CRISIS
    assert {"sexual_assault", "child_danger"} <= set(result.safety_reasons)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("I want to end my life", "suicide"),
        ("I've been cutting", "self_harm"),
        ("He's outside my door with a knife", "danger_now"),
        ("He said he'd kill me if I leave", "partner_threat"),
        ("He forced me to have sex", "sexual_assault"),
        ("He hits my son", "child_danger"),
        ("My husband hits me", "abuse"),
        ("He won't let me see my friends", "coercive_control"),
        ("My ex used to hit me and I still flinch", "past_abuse"),
        ("I pushed her", "harming_partner"),
    ],
)
def test_reasons_name_the_category(analyser: Analyser, text: str, reason: str) -> None:
    assert reason in analyser.analyse(text).safety_reasons


def test_a_denial_does_not_hide_a_statement_elsewhere(analyser: Analyser) -> None:
    text = "I'm not suicidal. I just want to die and I don't know why."
    assert analyser.analyse(text).safety is SafetyLevel.CRISIS


def test_not_knowing_why_is_not_a_denial(analyser: Analyser) -> None:
    assert analyser.analyse("I don't know why I want to die").safety is SafetyLevel.CRISIS


def test_past_self_harm_is_concern_until_the_urge_returns(analyser: Analyser) -> None:
    past = analyser.analyse("I used to cut myself in high school, years ago")
    assert past.safety is SafetyLevel.CONCERN
    assert past.safety_reasons == ("past_self_harm",)
    back = analyser.analyse("I used to cut myself years ago and now I have the urge again")
    assert back.safety is SafetyLevel.CRISIS


def test_another_persons_past_suicide_is_grief_not_crisis(analyser: Analyser) -> None:
    text = "My boyfriend's dad killed himself years ago and he never talks about it"
    assert analyser.analyse(text).safety is not SafetyLevel.CRISIS


def test_crisis_messages_yield_no_decisions(analyser: Analyser) -> None:
    result = analyser.analyse("I will talk to her on Sunday. I want to kill myself.")
    assert result.safety is SafetyLevel.CRISIS
    assert result.decisions == ()


def test_crisis_reads_as_intense(analyser: Analyser) -> None:
    assert analyser.analyse("i want to end my life").intensity >= 0.8


def test_prefilter_loses_nothing() -> None:
    """Running only the rules the prefilter points at gives what running all of them gives."""
    check = SafetyCheck()
    for text in CRISIS_PHRASES + CONCERN_PHRASES + NONE_PHRASES:
        low = lower(normalise(text))
        assert check.assess(low) == check.assess(low, exhaustive=True), text


def test_every_rule_has_a_prefilter() -> None:
    """A rule without necessary literals would run on every message (slow, not wrong)."""
    assert SafetyCheck().gated_everywhere == ()
