"""Warning signs that are not a crisis alone but are one in company (see `safety.SafetyCheck`).

A person rarely says "I will kill myself tonight"; more often a message holds two or three quieter
signs: means at hand ("bought pills today"), a farewell ("wrote letters to my brother and my mum",
"gave my cat to my sister", "I won't need her anymore"), a decision ("I've made up my mind",
"tonight is my last night"), a burden ("nobody will miss me") or despair ("I can't do this
anymore"). Each line below is one sign, named by its kind. Two different signs in one message make
a crisis, unless both are despair, which alone is a hard day, not a plan. Immediate danger from
someone else works the same way: a weapon in their hand, being kept in, violence going on now,
a threat, someone drunk — two of them, and one may be "right now".

Patterns follow the safety rules' conventions (`safety_rules`): canonical lower-case text,
non-capturing groups only, no match across a sentence end. A sign a negator governs ("I didn't
buy pills") does not count.
"""

from __future__ import annotations

from dataclasses import dataclass

_MEANS = (
    r"(?:pills|tablets|meds|medication|painkillers|sleeping pills|rope|noose|razors?|"
    r"razor blades?|blades?|gun|pistol|charcoal)"
)
_WEAPON = r"(?:knife|knives|gun|pistol|rifle|shotgun|weapon|machete|axe|baseball bat|bat|hammer)"


ALONE_WEAK = frozenset({"despair", "now"})
"""Kinds of sign that make no crisis with each other, only next to a sign of another kind."""


@dataclass(frozen=True, slots=True)
class Sign:
    """One warning sign: its kind and the pattern that finds it."""

    kind: str
    pattern: str


SELF_SIGNS: tuple[Sign, ...] = (
    # Means: getting, counting or keeping what it would take.
    Sign(
        "means",
        rf"(?:bought|buy|buying|got|getting|ordered|picked up|stole) (?:a |some |the |more |"
        rf"enough |all the )?(?:[\w']+ )?{_MEANS}\b",
    ),
    Sign(
        "means",
        rf"(?:counted|counting|count|saved|saving|kept|keeping|hid|hidden|hiding|stashed) "
        rf"(?:up )?(?:all )?(?:of )?(?:my |the |her |his )?(?:[\w']+ )?{_MEANS}\b",
    ),
    Sign(
        "means",
        r"there'?s enough\b|(?:have|got|'ve got) enough (?:of them|[\w']+ )?"
        r"(?:pills|tablets|meds|painkillers)",
    ),
    Sign(
        "means",
        r"(?:drove|drive|driving|went|walked|walk|walking|go|going|sat|sitting|stood|standing) "
        r"(?:up )?(?:to|on|at) (?:the|a) (?:bridge|cliffs?|train tracks|tracks|rooftop|roof|"
        r"ledge|edge)\b",
    ),
    # Farewells.
    Sign(
        "farewell",
        r"(?:wrote|written|writing|write|left|leaving|leave) (?:a |some )?(?:letters?|notes?) "
        r"(?:to|for) (?:my|everyone|everybody|each|all)\b",
    ),
    Sign(
        "farewell",
        r"(?:gave|giving|give|given) (?:away )?(?:all )?my (?:[\w'-]+ ){0,2}"
        r"(?:to|away)\b",
    ),
    Sign(
        "farewell",
        r"(?:won'?t|will not|wouldn'?t|not going to|don'?t|do not) (?:need|be needing|be using) "
        r"(?:it|her|him|them|this|that|these|those|any of it|any of this|any of them) "
        r"(?:anymore|any more|again|after|where)\b(?!,? (?:since|because|as|now that|once|until|"
        r"till|when)\b)",
    ),
    Sign(
        "farewell",
        r"(?:look after|take care of|feed) (?:my|the) [\w']+ (?:for me|when i'?m "
        r"gone|after i'?m gone)|(?:when|after|once) i'?m gone\b",
    ),
    Sign(
        "farewell",
        r"(?:said|say|saying) (?:my )?goodbyes?\b(?! to (?:the|my) (?:team|job|"
        r"old|house|flat|apartment|city|ex))",
    ),
    # A decision, a date.
    Sign("decided", r"made up my mind|my mind is made up|i'?ve decided\b(?= *(?:$|[.!?;]))"),
    Sign(
        "decided",
        r"(?:tonight|today|this) (?:is|will be) (?:my|the) last (?:night|day|time)\b"
        r"(?! (?:in|at|of|with|before|here|together|off))|my last (?:night|day) (?:alive|on earth)",
    ),
    Sign(
        "decided",
        r"(?:all|got it|have it|it'?s|everything(?:'s| is)?) (?:all )?planned out|"
        r"(?:picked|chosen|chose|set) (?:a|the) (?:day|date)\b(?! for (?:the|our|my))",
    ),
    Sign(
        "decided",
        r"after (?:that|tonight|today|this weekend|tomorrow),? (?:nobody|no one|"
        r"everyone) ",
    ),
    Sign(
        "decided",
        r"so (?:they|nobody|no one|everyone) (?:won'?t|wouldn'?t|will not) "
        r"(?:be confused|wonder|blame|worry)|explaining everything",
    ),
    # A burden.
    Sign(
        "burden",
        r"(?:nobody|no one|noone|no-one) (?:will|would|is going to|'ll|'d) "
        r"(?:miss|notice|care|mourn)\b",
    ),
    Sign(
        "burden",
        r"(?:nobody|no one|they|everyone|you) (?:has|have|will have|would have|needs?|"
        r"'ll have) to (?:worry|deal|put up) (?:about|with) me\b",
    ),
    Sign("burden", r"(?:i'?m|i am|feel like|i feel like) (?:such |a huge |a big )?(?:a )?burden\b"),
    # Despair: counts only next to another kind of sign.
    Sign(
        "despair",
        r"can'?t (?:do|take|handle|bear) (?:this|it|any of (?:this|it)|this life) "
        r"(?:anymore|any more|much longer)|can'?t go on\b",
    ),
    Sign(
        "despair",
        r"no way out|hopeless|i give up\b(?! on (?:him|her|them|dating|us|the|this|"
        r"my (?:ex|marriage|relationship)))|nothing matters|nobody cares|"
        r"no one cares|i'?m done(?= *(?:$|[.!?;,]))|(?:so )?tired of everything",
    ),
    Sign("despair", r"what'?s the point(?= *(?:$|[.!?;,]))|there'?s no point(?= *(?:$|[.!?;,]))"),
)
"""Quiet signs of suicidal intent; two of different kinds (not both despair) make a crisis."""

DANGER_SIGNS: tuple[Sign, ...] = (
    Sign(
        "weapon",
        rf"(?:holding|has|had|grabbed|grabbing|pulled out|pulling out|pulled|took out|taking out|"
        rf"waving|waved|picked up|got out|brandishing|loading|loaded|pointing|pointed) (?:a|his|"
        rf"her|the|their|my) {_WEAPON}\b",
    ),
    Sign(
        "kept_in",
        r"(?:won'?t|doesn'?t|will not|isn'?t|is not|not|wouldn'?t) (?:let|letting) (?:me|us) "
        r"(?:leave|get away|go out|out of (?:the|this|my) (?:house|room|flat|apartment|car))\b|"
        r"lock(?:ed|s|ing)? (?:me|us)(?: and (?:the|my|our) [\w']+)? "
        r"(?:in|inside|up)\b|(?:blocking|blocked) the (?:door|doorway|exit|way out)|"
        r"trapped (?:me|us)\b|i'?m (?:trapped|locked in|hiding)\b",
    ),
    Sign(
        "kept_in",
        r"(?:took|taken|smashed|broke|grabbed|hid|threw) my (?:phone|keys|car keys)"
        r"(?! (?:to|and (?:read|looked|checked|went)))",
    ),
    Sign(
        "violence",
        r"(?:he|she|they)(?:'s| is| are|'re)(?: [\w']+ and| still)? (?:smashing|breaking|"
        r"throwing|punching|kicking|banging|destroying|hitting|beating|choking|strangling)\b",
    ),
    Sign(
        "violence",
        r"(?:strangled|choked|beat|hit|punched|kicked|stabbed) (?:me|us) "
        r"(?:tonight|today|this morning|an hour ago|just now|again tonight)\b",
    ),
    Sign(
        "threat",
        r"(?:said|says|told me|threatened|swore|screaming|yelling|texted)(?: that)? "
        r"next time\b",
    ),
    Sign(
        "threat",
        r"(?:he|she|they)(?:'ll| will|'s going to| is going to|'d) (?:kill|hurt|"
        r"finish|stab|shoot|strangle) (?:me|us|it|the kids)\b",
    ),
    Sign(
        "drunk",
        r"(?<!when )(?<!whenever )(?<!if )(?:he|she|they)(?:'s| is| are|'re) "
        r"(?:drunk|high|wasted|on something|out of control)\b",
    ),
    Sign(
        "now",
        r"right now|as we speak|at the moment|(?:he|she|they)(?:'s| is| are|'re) "
        r"(?:still )?(?:here|outside|in the house|downstairs|coming back|on (?:his|her|"
        r"their) way)\b",
    ),
)
"""Signs of danger from someone else; two, one of them not "now", make a crisis."""
