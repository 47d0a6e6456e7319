"""Emotion words, intensifiers and strong words, authored for Amora (no third-party lexicon).

A weight of 2 marks a strong word ("devastated", "furious"); strong words also raise intensity.
Emotion words are cancelled by a nearby negator ("not happy") unless marked `!`; phrases that
carry their own negation ("not happy", "don't care anymore") name the feeling they express.
"""

from __future__ import annotations

EMOTION_PHRASES: dict[str, tuple[str, ...]] = {
    "sadness": (
        "sad", "sadness", "saddened", "unhappy", "depressed", "depressing", "depression",
        "feel~ down", "feeling low", "miserable @1.5", "heartbroken @2", "devastated @2",
        "crying", "cry", "cried", "cries", "tears", "in tears", "gloomy", "hopeless @1.5",
        "hopelessness @1.5", "despair @2", "grief", "griev~", "mourn~", "heartache", "heavy heart",
        "miss~ him|her|them @0.7", "i miss @0.7", "!not happy", "!not okay|ok", "!can't stop crying @2",
        "broken @1", "gutted @2", "down in the dumps", "bummed", "blue @0.3", "sorrow",
        "feel~ empty @0.7", "shattered @2", "destroyed @2", "falling apart @2",
    ),
    "anger": (
        "angry", "anger", "mad @0.8", "furious @2", "rage @2", "livid @2", "pissed", "pissed off",
        "outraged @2", "enraged @2", "hate him|her|them", "i hate", "so mad", "bitter", "resent~",
        "resentful", "infuriat~ @2", "fuming @2", "seething @2", "irate", "hostile", "boiling",
    ),
    "fear": (
        "scared", "afraid", "terrified @2", "frightened", "fear @1", "fearful", "petrified @2",
        "in danger @2", "unsafe", "scary", "frightening", "terrifying @2", "dread @1",
        "horrified @2", "threatened",
    ),
    "anxiety": (
        "anxious", "anxiety", "worried", "worry~", "nervous", "stressed", "stress~ @0.8",
        "overthink~", "panic @1.5", "panick~ @2", "panic attack~ @2", "uneasy", "on edge",
        "restless", "tense", "paranoid", "overwhelmed @1.5", "can't sleep", "can't stop thinking",
        "freaking out @1.5", "freak~ out", "obsess~", "insecure @0.7", "what if he|she", "what if",
    ),
    "shame": (
        "ashamed", "shame", "embarrassed", "embarrassing", "humiliated @2", "humiliating @2",
        "mortified @2", "!disgusting @0.7", "worthless @1.5", "hate myself @2", "feel stupid",
        "pathetic", "so stupid", "self-conscious", "disgusted with myself", "i'm a failure",
    ),
    "guilt": (
        "guilty", "guilt", "my fault", "i regret", "regret~", "remorse", "feel~ bad",
        "feel~ terrible", "feel~ awful", "blame myself", "should have", "shouldn't have",
        "i messed up", "i screwed up", "i hurt him|her", "sorry for what i",
    ),
    "loneliness": (
        "lonely", "loneliness", "alone", "all alone", "isolated", "left out", "unwanted",
        "forgotten", "no one to talk to", "nobody to talk to", "no friends", "on my own @0.5",
    ),
    "hurt": (
        "hurt", "hurts", "hurting", "heartbroken", "betrayed @1.5", "rejected", "rejection",
        "taken for granted", "let down", "disappointed", "unappreciated", "unloved", "used",
        "broken heart", "wounded", "crushed @2", "abandoned @1.5", "neglected", "ignored @0.7",
        "stab in the back", "heart is broken", "breaks my heart", "broke my heart", "painful",
        "pain @0.8", "it stings", "disrespected", "invisible",
    ),
    "confusion": (
        "confused", "confusing", "confusion", "don't know what to do", "don't understand",
        "not sure", "unsure", "mixed signals", "lost @0.7", "torn", "conflicted", "uncertain",
        "don't know if", "don't know whether", "puzzled", "what to think", "makes no sense",
        "doesn't make sense", "mixed feelings", "no idea", "don't know how", "baffled",
    ),
    "hope": (
        "hope", "hopeful", "hoping", "optimistic", "looking forward", "make it work", "work it out",
        "getting better", "believe we can", "a fresh start", "fresh start", "new start", "want to try",
        "willing to try", "second chance", "motivated", "determined", "!hopefully",
    ),
    "joy": (
        "happy", "happiness", "glad", "excited", "joy", "joyful", "thrilled @2", "wonderful",
        "amazing", "grateful", "thankful", "relieved", "proud", "delighted", "went well",
        "over the moon @2", "ecstatic @2", "elated @2", "so good", "content", "blessed", "fun",
    ),
    "love": (
        "love him|her|them|you|my", "loves me", "in love", "adore", "care about him|her",
        "care for him|her", "cherish", "crazy about", "devoted", "soulmate", "soul mate",
        "i love", "the love of my life", "love~ each other", "fell for", "falling for",
    ),
    "frustration": (
        "frustrated", "frustrating", "frustration", "annoyed", "annoying", "irritated",
        "irritating", "fed up @1.5", "sick of", "tired of", "had enough", "exasperated",
        "sick and tired @2", "drives me crazy", "driving me crazy", "!can't stand", "ugh",
        "at my wits' end @2", "at the end of my rope @2", "done with", "impatient", "upset @0.8",
        "irritates me", "gets on my nerves", "stuck",
    ),
    "jealousy": (
        "jealous", "jealousy", "envious", "envy", "possessive", "green with envy",
    ),
    "numbness": (
        "numb", "!feel nothing", "!don't feel anything", "dead inside @2", "hollow", "detached",
        "indifferent", "!don't care anymore", "apathetic", "going through the motions",
        "empty inside", "emotionless", "shut down inside",
    ),
}
"""Per emotion id (see `core.domain.enums.EMOTIONS`), the words and phrases that show it."""

INTENSIFIERS: tuple[str, ...] = (
    "so", "so so", "really", "very", "extremely", "incredibly", "totally", "completely",
    "absolutely", "deeply", "super", "utterly", "terribly", "awfully", "insanely", "truly",
    "beyond", "too", "so very", "really really", "such", "unbelievably", "seriously", "genuinely",
    "horribly", "so damn", "fucking", "freaking", "literally",
)
"""Words that, just before an emotion word, make it count more."""

DOWNTONERS: tuple[str, ...] = (
    "a bit", "a little", "slightly", "kind of", "kinda", "sort of", "somewhat", "a tad",
    "mildly", "a little bit", "fairly",
)
"""Words that, just before an emotion word, make it count less."""
