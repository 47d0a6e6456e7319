"""Cue patterns over normalised lower-case text: stage hints, partner words, stated decisions."""

from __future__ import annotations

import re

from core.domain.enums import Stage
from core.engine.lexicon.phrases import words

STAGE_CUES: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (
        Stage.PLAN,
        (
            r"what (?:should|can|could|do|would|shall) (?:i|we) (?:do|say|try|tell|write|text)\b",
            r"what do i do\b",
            r"(?:don'?t|do not) know what to (?:do|say)",
            r"how (?:do|can|should|could|would) (?:i|we)\b",
            r"any (?:advice|tips|suggestions|ideas|thoughts)\b",
            r"(?:need|want|looking for|give me|some|your) (?:advice|tips|suggestions|guidance)\b",
            r"advice (?:on|about|for)\b",
            r"how to (?:approach|handle|talk|tell|deal|get|fix|stop|make|say|ask|bring|move|cope|"
            r"rebuild|support|help|find|set|start|save|forgive|trust|let go|get over|end)\b",
            r"should i\b",
            r"what are my options",
            r"what would you (?:suggest|recommend|do)",
            r"help me (?:figure out|decide|plan|know what|find)",
            r"what(?:'s| is) the best way",
            r"is there (?:a way|anything i can do)",
            r"where do i (?:start|begin|go from here)",
        ),
    ),
    (
        Stage.REFLECT,
        (
            r"i (?:tried|did it|did what you|talked to|spoke to|spoke with|told (?:him|her|them|"
            r"my)|asked (?:him|her|them)|had the (?:talk|conversation)|brought it up|finally "
            r"(?:told|talked|said|did|asked)|followed your|used the|gave it a try)",
            r"it went (?:well|badly|ok|okay|fine|great|terribly|horribly|better|worse|alright|"
            r"surprisingly|really|so|pretty|not)",
            r"(?:we|i) (?:had|have had) (?:a|the|that|our) (?:talk|conversation|chat)",
            r"(?:the|our) (?:talk|conversation|date) went",
            r"(?:since|after) (?:i|we) (?:talked|spoke|tried)",
            r"we talked (?:about it|it through|last night|yesterday|today)",
            r"it (?:worked|helped|didn'?t work|didn'?t help)\b",
        ),
    ),
    (
        Stage.ACT,
        (
            r"(?:i'?m|i am) (?:going to|gonna|planning to|ready to|about to|determined to)"
            r"(?! (?:lose|cry|die|scream|explode|go crazy|go insane|be sick|throw up|break down|"
            r"snap|freak|need|have to|be honest|say|ask you|tell you|explain|try to explain)\b)",
            r"i(?:'ll| will) (?!never|not|be\b|admit|explain|say this|give you|tell you|keep "
            r"(?:this|it) short|start by|spare you|get to the point|probably|always|just say|try "
            r"to explain|lose)",
            r"i(?:'ve| have)? decided to\b",
            r"i plan to\b",
            r"my plan is to\b",
        ),
    ),
    (
        Stage.UNDERSTAND,
        (
            r"why (?:does|do|did|is|was|would|won'?t|can'?t|doesn'?t|don'?t|didn'?t|isn'?t|am|are|"
            r"does it|can) (?:he|she|they|my|i|it|we|people|men|women)\b",
            r"i (?:don'?t|do not|can'?t|cannot|just don'?t|really don'?t) (?:understand|get|figure "
            r"out|see) (?:why|how|what)",
            r"what does (?:it|this|that) mean",
            r"is (?:it|this|that) normal",
            r"what(?:'s| is) wrong with (?:me|him|her|us)",
            r"help me understand",
            r"i want to understand",
            r"why (?:he|she|they) (?:does|did|do|is|keeps)",
            r"i'?m trying to understand",
        ),
    ),
)
"""Cues per stage, each matched at a word start; when several stages are cued, the earlier in
this tuple wins (a question for a plan outranks a report of what was tried)."""

PARTNER = (
    r"\bmy (ex[- ]?(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|fianc[eé]e?)|husband|wife|"
    r"boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf|hubby|spouse|significant other|other half|"
    r"wifey|lover|ex)\b(?! in crime)"
)
"""The person's own word for their partner; group 1 is the word after "my"."""

PARTNER_CANON: dict[str, str] = {
    "bf": "boyfriend",
    "gf": "girlfriend",
    "ex bf": "ex-boyfriend",
    "ex-bf": "ex-boyfriend",
    "exbf": "ex-boyfriend",
    "ex gf": "ex-girlfriend",
    "ex-gf": "ex-girlfriend",
    "exgf": "ex-girlfriend",
}
"""Short forms spelled out; "ex husband" and "exhusband" become "ex-husband" in code."""

DECISION = (
    r"i(?<![\w']i)(?:'ll| will| am going to|'m going to|m going to|'m gonna| am gonna|"
    r"'ve decided to| have decided to| decided to| plan to|'m planning to| am planning to|'m ready "
    r"to| am ready to) ((?:just |definitely |finally |really |actually |now )?"
    r"[a-z][^.!?;\n]{2,200})"
)
""""I will talk to her on Sunday": group 1 is the intention. Written to start with the literal
"i" so the regex engine can skip quickly to each "i"."""

DECISION_WHEN = (
    r"(?<![\w'])(tonight|tomorrow|today|this (?:weekend|week|evening|morning|afternoon)|next "
    r"(?:week|time)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day),? $"
)
"""A time said just before "I'll" ("tonight I'll tell him"), kept with the intention."""

DECISION_CUT = r" (?:but|because|cause|though|although|unless|since|so that|even if|and see if)\b"
"""Where a stated intention's clause ends."""

ACTION_VERBS = words(
    """talk tell ask say call text write try give take plan book schedule set start stop leave move
    meet see spend go visit apologize apologise listen share suggest propose find look make get join
    read practice practise focus work show thank stay end break sit bring reach limit put do check
    wait think keep let open express explain slow pause breathe journal ring invite cook buy pick
    respect support sleep walk step consider discuss mention raise agree respond reply answer
    forgive admit own accept hold hug kiss email message contact block mute unfollow delete remove
    list note remind schedule prepare rehearse calm name use follow"""
)
"""First words that make a clause after "I will" an action ("I'll be fine" is not a decision)."""

UNSAFE_DECISION = (
    r"\b(?:kill|hurt|hit|die|dead|suicide|revenge|punch|slap|stab|shoot|harm|overdose|poison|"
    r"pills|cut (?:myself|me)|get back at|make (?:him|her|them) pay|ruin|destroy|burn|weapon|gun|"
    r"knife|end it all|end my life)\b"
)
"""Intentions never repeated back in a summary."""

DECISION_LENGTH = 80
"""The longest a decision may be in a summary."""

_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "am": "are",
    "was": "were",
}
_PRONOUN_WORD = re.compile(
    r"(?<![\w'])(?:i'm|i've|i'll|i'd|im|i|me|my|mine|myself|am|was)(?![\w'])", re.IGNORECASE
)


def canonical_partner(word: str) -> str:
    """Spells out short forms: "bf" → "boyfriend", "ex husband" → "ex-husband"."""
    word = PARTNER_CANON.get(word, word)
    if word.startswith("ex") and word != "ex" and not word.startswith("ex-"):
        word = "ex-" + word[2:].lstrip(" -")
    return word


def shorten(text: str) -> str:
    """At most `DECISION_LENGTH` characters, cut at a word boundary."""
    if len(text) <= DECISION_LENGTH:
        return text
    return text[: DECISION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def second_person(text: str) -> str:
    """First-person words turned to second person ("tell him how I feel" → "… how you feel")."""
    return _PRONOUN_WORD.sub(lambda m: _PRONOUNS[m.group().lower()], text)
