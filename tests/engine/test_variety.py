"""Fifty turns on one topic through the real core: no block comes back, 🔄 never repeats a reply."""

from __future__ import annotations

import itertools
import pickle
from collections import Counter
from datetime import UTC, datetime

import pytest

from core.app import Amora
from core.domain import Address, Message, PlatformUser, Role, SafetyLevel, Stage
from core.engine.analyser import Analyser
from core.engine.blocks import BlockLibrary
from core.incoming import Incoming
from core.settings import CoreSettings
from tests.fakes import FakeClock, InMemoryStore, RecordingMessenger, fake_uow_factory

TURNS = 50
REGENERATE_AT = (6, 17, 28, 39, 48)
"""Turns (1-based) whose reply the person answers with 🔄."""

# What a person writes about each topic, in their own words; each turn adds a stage hint below.
LINES: dict[str, tuple[str, ...]] = {
    "communication": (
        "my husband and i just don't communicate anymore, every talk turns into him going quiet",
        "I feel like I'm talking to a wall, he never listens when I tell him how my day was",
        "we can't talk about anything important without it going sideways",
        "he says I nag, I say he doesn't listen. we keep miscommunicating",
        "when I bring something up he changes the subject or stares at his phone",
        "honestly I don't feel heard when I talk to him",
        "we talked past each other again last night, same old communication stuff",
        "i want us to be able to talk about things without him shutting down",
        "he said I never explain what I actually want, maybe he's right about the communication",
        "it's like we speak different languages, he just doesn't get what I mean",
    ),
    "conflict": (
        "my boyfriend and I argue about the dishes every single night",
        "we had another huge fight about money and neither of us backed down",
        "every argument ends with both of us yelling and slamming doors",
        "we keep having the same fight about his mum visiting",
        "i got so defensive in our fight yesterday and we yelled for an hour",
        "the fights are getting more frequent, small stuff blows up",
        "he rolled his eyes during the argument and I lost it",
        "we bicker constantly lately, about chores, plans, everything",
        "after a fight we don't speak for days",
        "our arguments always escalate so fast",
    ),
    "trust_jealousy": (
        "i get so jealous when my girlfriend texts her coworker",
        "I can't stop checking her instagram to see who likes her photos",
        "she went out with friends and I was anxious and jealous the whole night",
        "i don't trust her even though she's never given me a real reason",
        "the jealousy is eating me up whenever she goes out",
        "she says I'm too possessive and I think she might be right",
        "I asked to see her phone again and she got upset",
        "every time she mentions her ex I feel sick with jealousy",
        "i keep getting jealous imagining her with other guys when she's out",
        "I want to trust her but my mind keeps spinning stories",
    ),
    "infidelity": (
        "i found out my husband cheated on me with a colleague",
        "he had an affair for eight months and I only just found out",
        "I keep picturing them together, the affair is all I can think about",
        "he says it's over with her but I don't believe anything he says about the affair",
        "my friends can't believe he cheated and I don't know what I want",
        "some days I think we can get past the affair, other days I can't breathe",
        "I found the messages from the affair again on an old laptop",
        "he wants another chance after cheating on me but I don't know if I can",
        "i feel stupid for not noticing he was cheating",
        "the anniversary of when I found out about the affair is coming up",
    ),
    "breakup": (
        "my girlfriend broke up with me last month and I can't stop thinking about her",
        "we broke up after five years and I don't know who I am anymore",
        "I keep wanting to text my ex even though we broke up",
        "the breakup still hurts so much, I cry every evening",
        "I saw my ex with someone new and it wrecked me after the breakup",
        "getting over this breakup is taking forever",
        "i miss my ex, the apartment is so quiet since the breakup",
        "I blocked my ex on everything but I keep unblocking",
        "everyone says move on after the breakup but I'm stuck",
        "I was the one who ended it and I still feel heartbroken",
    ),
    "dating": (
        "dating apps are exhausting, I've been on so many first dates that go nowhere",
        "I went on a date last week and now he's ghosting me",
        "i really want to start dating again but I'm so nervous",
        "I matched with someone nice and we're meeting on saturday for a first date",
        "I never know what to text after a first date",
        "online dating makes me feel like a product on a shelf",
        "I had a second date and I can't tell if she likes me",
        "i keep matching with people who chat for weeks on the apps and never want a date",
        "I'm tired of swiping, dating feels like a second job",
        "there's this guy I've been seeing for a few dates and I'm not sure where it's going",
    ),
    "long_distance": (
        "my boyfriend moved abroad for work and the long distance is killing me",
        "we're in a long distance relationship with a 7 hour time difference",
        "i miss him so much, we only see each other every few months",
        "our calls are getting shorter since he moved away",
        "long distance is so hard, I feel like we're drifting",
        "I don't know when the distance will end, we have no plan to live in the same city",
        "he forgot to call last night and I spiralled, the distance makes everything worse",
        "I'm flying to see him next month but the goodbye always wrecks me",
        "being long distance means missing all the small everyday stuff",
        "we're doing long distance until she finishes her degree abroad",
    ),
    "intimacy": (
        "my wife and I haven't had sex in months and I feel rejected",
        "there's no intimacy anymore, we haven't even kissed properly in weeks",
        "I want more physical affection but he pulls away when I touch him",
        "our sex life has basically disappeared since the baby",
        "i don't feel desire anymore and I feel guilty about it",
        "we have a big mismatch in libido and it causes so much tension",
        "I miss being close to her, not just sex, just cuddling",
        "he says I never initiate intimacy, I say I never feel wanted",
        "talking about sex with my partner feels impossible",
        "we used to be so affectionate and now there's no intimacy at all",
    ),
    "commitment": (
        "we've been together four years and he still won't talk about marriage",
        "my girlfriend wants to move in together and I'm not sure I'm ready",
        "I want kids and I don't know if he does, it's a big commitment question",
        "he says he's not ready to commit and I'm tired of waiting",
        "we're talking about getting engaged but I'm scared",
        "should we move in together after only one year?",
        "I feel like our future together is on hold",
        "she asked me where this relationship is going and I froze",
        "i want to get married and he keeps saying 'one day'",
        "we disagree about where to live long term and it's a real commitment issue",
    ),
    "family": (
        "my mother-in-law criticises everything I do at family dinners",
        "my parents don't accept my boyfriend and it's tearing me apart",
        "his family expects us at every holiday and I'm exhausted",
        "my in-laws keep giving us unwanted advice about the kids",
        "my mum keeps calling my husband rude names behind his back",
        "I feel caught between my wife and my own family",
        "family gatherings always end in tension with his sister",
        "my father-in-law makes comments about my job at every visit",
        "my husband never stands up to his mother",
        "christmas with my family is coming up and I'm dreading it",
    ),
    "boundaries": (
        "I can never say no to my friends and I'm burning out",
        "my boyfriend reads my journal and I don't know how to set a boundary",
        "I'm a people pleaser and I always put everyone else first",
        "my sister keeps borrowing money and I can't set boundaries with her",
        "people walk all over me and I let them",
        "I want to set a boundary with my roommate about guests",
        "I said yes again when I meant no, why do I do this",
        "my partner keeps making plans for both of us without asking, I need a boundary",
        "I feel guilty every time I try to put boundaries in place",
        "my coworker keeps crossing the line and I just smile",
    ),
    "self_worth": (
        "I feel like I'm not good enough for anyone",
        "my self-esteem is so low since the relationship ended",
        "I always feel like the ugly one in every relationship",
        "I don't think I deserve to be loved, honestly",
        "i compare myself to his exes all the time and feel worthless",
        "my inner critic never shuts up, I hate myself some days",
        "I have zero confidence when it comes to relationships",
        "I feel like I'm too much for people and I hate myself for it",
        "I keep thinking no one would choose me",
        "my self worth depends on whether people like me",
    ),
    "loneliness": (
        "I feel so lonely since I moved to a new city",
        "I have no one to talk to in the evenings, it's just me and the tv",
        "even with friends around I feel lonely",
        "I'm lonely in my relationship, we barely talk",
        "all my friends are coupled up and I feel left out and alone",
        "the weekends are the loneliest, nobody calls",
        "i feel invisible at work and at home, nobody really sees me",
        "I've lost touch with most of my friends and I feel isolated",
        "I'm so lonely I've started talking to my cat all day",
        "being alone all the time is getting to me",
    ),
    "growing_apart": (
        "my wife and I have grown apart over the years",
        "we feel like roommates, we've drifted apart since the kids were born",
        "we don't have anything in common anymore",
        "I feel like we're living separate lives under one roof",
        "we used to do everything together and now we drift past each other",
        "I'm not sure if we're just in a rut or if we've grown apart for good",
        "we've become strangers who share a calendar",
        "he has his hobbies, I have mine, and we've drifted apart",
        "the spark is gone and we feel disconnected",
        "after twenty years we've grown in different directions",
    ),
    "co_parenting": (
        "co-parenting with my ex is a nightmare, every message turns into a fight",
        "my ex keeps changing the custody schedule at the last minute",
        "our kids come back from their dad's with no bedtime and no rules",
        "my co-parent badmouths me in front of our children",
        "my ex's new girlfriend is suddenly involved in parenting our son",
        "handovers with my ex are so tense the kids notice",
        "we can't agree on anything about co-parenting the kids",
        "my co-parent ignores my messages about our daughter's school",
        "co-parenting feels impossible when we can't even be in the same room",
        "the kids are caught in the middle between me and their dad",
    ),
}

CONCERN_LINES = (
    "my husband checks my phone every night and takes my paycheck",
    "he won't let me see my friends anymore and checks where I go",
    "he screams at me and calls me worthless, and I'm scared of him",
    "my boyfriend tracks my location and goes through my messages",
    "he controls all the money and I have to ask for everything",
    "he pushed me against the wall last week when he was angry",
    "he takes my car keys so I can't leave the house",
    "he threatens to take the kids if I ever tell anyone what he does",
    "my partner threw my phone when I tried to call my sister",
    "he says I'm stupid and useless every day and I'm starting to believe it",
    "he hits me when he's been drinking and then says sorry",
    "my husband locks me in the bedroom when we argue",
)

# Stage hints a person gives along the way: "-" none, U understand, P plan, A act, R reflect.
HINTS: dict[str, tuple[str, ...]] = {
    "-": ("", "It's been on my mind all week.", "Anyway, that's where things are.", "ugh."),
    "U": (
        "Why does this keep happening?",
        "I don't understand why it gets to me so much.",
        "Is this normal?",
        "What does it mean that I feel like this?",
        "Why do I react like this every time?",
    ),
    "P": (
        "What should I do?",
        "Any advice?",
        "How do I handle this?",
        "Where do I start?",
        "What would you suggest?",
        "Help me figure out what to do.",
        "Is there anything I can do?",
    ),
    "A": (
        "I'm going to try that this weekend.",
        "I've decided to start small this week.",
        "My plan is to give it a go tomorrow.",
        "I'm ready to try something different.",
        "I'm going to do it tonight.",
    ),
    "R": (
        "I tried it and it went better than I expected, thank you so much.",
        "I tried what you said but it didn't work.",
        "I gave it a try and it was awkward but okay.",
        "It helped a little.",
        "I finally did it and it went well, I'm really grateful.",
        "I tried it and honestly it went badly.",
    ),
}
SCRIPT = "--UUP-A-R-UPA-R-P-AR-UPAA-R-UPA-R-PA-RU-PAR-PA-R-U"
"""The stage hint of each turn: a conversation that keeps moving, as real ones do."""


def conversation(lines: tuple[str, ...]) -> list[str]:
    """Fifty messages: the person's lines in turn, each with the script's hint for that turn."""
    hints = {key: itertools.cycle(values) for key, values in HINTS.items()}
    people = itertools.cycle(lines)
    return [f"{next(people)}. {next(hints[key])}".strip() for key in SCRIPT]


@pytest.fixture(scope="module")
def library() -> BlockLibrary:
    return BlockLibrary.load()


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser()


class QuickStore(InMemoryStore):
    """The fakes' store, deep-copied through pickle: the same copy, three times faster.

    `FakeUnitOfWork` copies the whole store twice a turn, so fifty turns cost more than all the
    coaching; this keeps sixteen long conversations well inside the time a unit test may take.
    """

    def __deepcopy__(self, memo: dict[int, object]) -> QuickStore:
        copied: QuickStore = pickle.loads(pickle.dumps(self))
        return copied


class Chat:
    """One person talking to a fresh core in one private chat; every reply is kept."""

    def __init__(self, library: BlockLibrary, analyser: Analyser, seed: int) -> None:
        self.store = QuickStore()
        self.clock = FakeClock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
        settings = CoreSettings(seed=seed)
        self.amora = Amora(
            fake_uow_factory(self.store),
            self.clock,
            RecordingMessenger(),
            settings,
            analyser=analyser,
            library=library,
        )
        self.user = PlatformUser("telegram", "42")
        self.address = Address("telegram", "42")
        self.turns = 0

    async def say(self, text: str) -> int:
        """Sends one message, a few minutes after the last; returns the coach reply's id."""
        self.turns += 1
        self.clock.advance(minutes=7)
        incoming = Incoming(self.user, self.address, text, platform_message_id=str(self.turns))
        reply = await self.amora.message(incoming)
        assert reply is not None and reply.message_id is not None, text
        return reply.message_id

    async def regenerate(self, message_id: int) -> int:
        """Presses 🔄 on a coach reply; returns the new reply's id."""
        reply = await self.amora.press(
            Incoming(self.user, self.address, ""), f"fb:regen:{message_id}"
        )
        assert reply.message_id is not None and reply.message_id != message_id
        return reply.message_id

    def coach_messages(self) -> list[Message]:
        """Every coach reply, regenerated ones included, in the order they were written."""
        found = [m for m in self.store.messages.values() if m.role is Role.COACH]
        return sorted(found, key=lambda m: m.id)


async def run(chat: Chat, messages: list[str]) -> list[tuple[int, str]]:
    """Plays the conversation, pressing 🔄 on the scripted turns; returns (new id, old text)."""
    regenerated: list[tuple[int, str]] = []
    for number, text in enumerate(messages, 1):
        reply_id = await chat.say(text)
        if number in REGENERATE_AT:
            earlier = chat.store.messages[reply_id].text
            regenerated.append((await chat.regenerate(reply_id), earlier))
    return regenerated


def assert_no_block_repeats(chat: Chat) -> list[str]:
    used = [block_id for m in chat.coach_messages() for block_id in m.meta.block_ids]
    repeated = sorted(block_id for block_id, n in Counter(used).items() if n > 1)
    assert not repeated, f"blocks used twice in one conversation: {repeated}"
    return used


def assert_regenerate_is_new(chat: Chat, regenerated: list[tuple[int, str]]) -> None:
    for new_id, pressed_text in regenerated:
        new = chat.store.messages[new_id]
        earlier = {m.text for m in chat.coach_messages() if m.id < new_id}
        assert new.text and new.text != pressed_text, new.text
        assert new.text not in earlier, f"🔄 repeated an earlier reply: {new.text[:80]}"


@pytest.mark.parametrize("topic", list(LINES))
async def test_fifty_turns_on_one_topic_repeat_no_block(
    topic: str, library: BlockLibrary, analyser: Analyser
) -> None:
    chat = Chat(library, analyser, seed=len(topic))

    regenerated = await run(chat, conversation(LINES[topic]))

    replies = chat.coach_messages()
    assert len(replies) == TURNS + len(REGENERATE_AT)
    assert all(m.safety is SafetyLevel.NONE and m.meta.engine == "blocks" for m in replies)
    assert {m.meta.stage for m in replies} == {s.value for s in Stage}
    (session,) = chat.store.sessions.values()
    assert session.primary_topic == topic
    used = assert_no_block_repeats(chat)
    own = [b for b in map(library.get, used) if b is not None and topic in b.topics]
    assert len(own) >= 15, f"{topic}: only {len(own)} topic-specific blocks in 50 turns"
    assert_regenerate_is_new(chat, regenerated)


async def test_fifty_turns_of_coercive_control_stay_safety_first(
    library: BlockLibrary, analyser: Analyser
) -> None:
    messages = conversation(CONCERN_LINES)
    assert all(analyser.analyse(text).safety is SafetyLevel.CONCERN for text in messages)
    chat = Chat(library, analyser, seed=11)

    regenerated = await run(chat, messages)

    replies = chat.coach_messages()
    assert all(m.safety is SafetyLevel.CONCERN and "hotpeachpages" in m.text for m in replies)
    used = assert_no_block_repeats(chat)
    blocks = [library.get(block_id) for block_id in used]
    assert all(b is not None and not b.partner_work for b in blocks)
    assert sum(b.concern for b in blocks if b) >= 40
    assert_regenerate_is_new(chat, regenerated)
