"""What a safety rule is, the macros rules are written with, and the cues that change a rule's
meaning (past time, a minor speaking). The rules themselves are in `safety_self` (suicide and
self-harm) and `safety_abuse` (danger, threats, sexual assault, children, abuse), all authored
for Amora.

Rules are regular expressions over normalised lower-case text. Macros in angle brackets
(`<SUBJ>`) are expanded by `core.engine.safety.expand_macros`. A rule uses only non-capturing
groups, never matches across . ! ? ; or a line break, and keeps idioms that must stay `none`
("hit me up", "dying to see him", "want to die of embarrassment") out with look-aheads of its own,
so no rule has to "win" over another.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.enums import SafetyLevel

CRISIS, CONCERN, NONE = SafetyLevel.CRISIS, SafetyLevel.CONCERN, SafetyLevel.NONE

_PARTNERS = (
    r"husband|wife|boyfriend|girlfriend|partner|bf|gf|fianc[eé]e?|spouse|hubby|boo|man|"
    r"ex|ex-?(?:husband|wife|boyfriend|girlfriend|partner|bf|gf)|ex (?:husband|wife|boyfriend|"
    r"girlfriend|partner|bf|gf)|baby(?:'?s)? (?:daddy|father|dad|mama|mother|mom)"
)
_FAMILY = (
    r"dad|father|stepdad|stepfather|step-dad|mom|mum|mother|stepmom|stepmother|brother|sister|"
    r"uncle|aunt|cousin|grandpa|grandfather|parents?|roommate|boss|teacher|coach|family"
)
MACROS: dict[str, str] = {
    "<KILL>": r"(?:kill|kil|kll)",
    "<SELF>": r"(?:my ?self|myslef|mysef|meself|my own self)",
    "<OTHERSELF>": r"(?:him|her|them) ?sel(?:f|ves)",
    "<SUICIDE>": r"su(?:i|e)?(?:c|s)i?de",
    "<SUICIDAL>": r"su(?:i|e)?(?:c|s)i?d(?:i?al|el|le)",
    "<PARTNER>": rf"(?:my|his|her|our) (?:{_PARTNERS})",
    "<SUBJ>": (
        rf"(?:he|she|they|(?:(?:my|his|her|our|the) )?(?:{_FAMILY})'?s (?:{_PARTNERS}|friend)|"
        rf"(?:my|his|her|our|the) (?:{_PARTNERS}|{_FAMILY}))"
    ),
    "<MATE>": rf"(?:he|she|they|(?:my|his|her) (?:{_PARTNERS}))",
    "<CHILD>": (
        r"(?:(?:my|our|the|his|her|their) (?:little |baby |young |teenage )?(?:sons?|daughters?|"
        r"kids?|child|children|bab(?:y|ies)|toddlers?|infant|stepsons?|stepdaughters?|stepkids?|"
        r"(?:little|baby|younger) (?:brothers?|sisters?)|nieces?|nephews?|boys?|girls?)|"
        r"(?:my|our|his|her) \d+[- ]?(?:year|yr)"
        r"[- ]?old|(?:my|our|his|her) \d+ ?(?:yo|y/o|y\.o\.?)\b)"
    ),
    # One word between subject and verb ("he sometimes hits me"), never a negator or a new subject.
    "<GAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|it|that|"
        r"this|what|which|who|if|when)\b)[\w']+ )"
    ),
    # The same gap without a modal: "my sister will strangle me if I'm late" is hyperbole.
    "<ACTGAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|it|that|"
        r"this|what|which|who|if|when|will|would|could|might|may|gonna|going|can|must|should)\b)"
        r"[\w']+ )"
    ),
    # The gap for "I … hit him": no modal, so "I could strangle him" stays hyperbole.
    "<HARMGAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|could|would|might|"
        r"should|will|wanna|want|gonna|going|'d|can|must|may)\b)[\w']+ )"
    ),
    "<HITV>": (
        r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|"
        r"kick(?:s|ed|ing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
        r"strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|smack(?:s|ed|ing)?|shook|shak(?:es|ing)|"
        r"bit|bites|biting|headbutt(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|"
        r"scratch(?:es|ed|ing)?|"
        r"drag(?:s|ged|ging)|pin(?:s|ned)|restrain(?:s|ed|ing)?|spit on|spat on|spits on|"
        r"stab(?:s|bed|bing)?|(?:throws?|threw|throwing) (?:\w+ ){0,2}at|body ?slam(?:s|med)?|"
        r"grab(?:s|bed|bing)|yank(?:s|ed)|shove(?:s|d)|"
        r"hurt(?:s|ing)? me physically)"
    ),
    # What follows "hit me" in idioms: "hit me up", "hit me with the news", "pushed me away".
    "<NOIDIOM>": (
        r"(?! up\b| back\b| away\b| to\b| into (?:\w+ing|it|this|that|therapy|counsel\w*|"
        r"marriage)\b| towards?\b| off\b| out\b| at\b| in (?:a|an|the|our|every|that|"
        r"this) (?:game|race|match|argument|debate|quiz|competition|contest|fight)| with (?:the|"
        r"some|this|that|a|an|his|her|their) (?:news|question|"
        r"idea|story|request|line|joke|surprise|comment|compliment|truth|bill|fact|info|"
        r"information|offer|proposal|reality|text)| (?:a|an|some|lunch|dinner|coffee|food|"
        r"drink|drinks|something|one|tea|flowers|a drink)\b| with (?:a|the) (?:pillow|snowball|"
        r"water balloon|balloon|nerf)\b)"
    ),
    "<KILLV>": r"(?:kill|murder|shoot|stab|strangle|choke me to death|burn|slit|end)",
    "<VICTIM>": (
        r"(?:me|us|you|u|ya|(?:my|our) (?!feelings|heart|pride|ego|chances?|reputation|career|"
        r"plans?|mood|vibe|confidence|image)\w+|the (?:kids|children|baby|dog|cat))"
    ),
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and what it means; `past`/`other` give the meaning in the past or about others."""

    level: SafetyLevel
    reason: str
    pattern: str
    negatable: bool = True
    past: tuple[SafetyLevel, str] | None = None
    other: tuple[SafetyLevel, str] | None = None


PAST_SELF_HARM = (CONCERN, "past_self_harm")
PAST_ABUSE = (CONCERN, "past_abuse")
OTHER_SUICIDE = (CRISIS, "suicide_other")

MINOR = (
    r"\b(?:i'?m|i am|im) (?:only |just |barely |a )?(?:(?:1[0-7]|[5-9])\b(?! ?(?:%|percent|"
    r"pounds|lbs|kg|kilos|minutes|mins|hours|hrs|days|weeks|months|miles|km|times|dollars|bucks|"
    r"cm|inches|feet|ft|stone|o'?clock|am\b|pm\b|k\b))(?:[- ]?(?:years?|yrs?)[- ]?old| ?yo)?|"
    r"(?:a )?minor\b|underage|in (?:middle|elementary|primary|junior high|grade) school|in "
    r"(?:\d+th|sixth|seventh|eighth|ninth|tenth) grade)|\bwhen i'?m (?:1[0-7]|[5-9])\b"
)
"""A person saying they are under 18 ("I'm only 12", "I'm 15 years old")."""

AGE_GAP = (
    r"\b(?:he|she|they|boyfriend|girlfriend|bf|gf|guy|man|woman|partner)(?: who)?(?:'s| is| are) "
    r"(?:1[89]|[2-9]\d)\b|\b(?:older|grown) (?:man|guy|woman)\b|\b(?:1[89]|[2-9]\d)[- ]?(?:year|"
    r"yr)s?[- ]?old (?:boyfriend|girlfriend|bf|gf|guy|man|woman|partner)\b"
)
"""Someone adult in a minor's story."""

MINOR_RISK = (
    r"\b(?:touch(?:es|ed|ing)? me|grop\w* me|(?:comes?|gets?|sneaks?|crawls?) (?:in|into) my "
    r"(?:room|bed)|makes? me do (?:things|stuff)|nudes|hotel|naked (?:pics|pictures|photos)|"
    r"met (?:him|her|them)? ?online|hits? me|hurts? me|beats? me)"
)
"""What, said by a minor, is a child in danger even without an abuse word."""

ROMANCE = (
    r"\b(?:boyfriend|girlfriend|dating|date|sex|sexual|kiss\w*|relationship|hook(?:ed)? up|nudes)\b"
)
"""With a minor and an adult, the story is a romantic or sexual one."""

PAST = (
    r"\b(?:used to|years? ago|in the past|as a (?:child|kid|teen|teenager|little (?:girl|boy)|"
    r"young (?:girl|boy|child))|when i was (?:younger|little|small|young|a (?:child|kid|teen|"
    r"teenager|little)|\d+|in (?:high|middle|elementary|primary) school)|growing up|childhood|"
    r"survivor|history of|back then|formerly|decades? ago|long time ago|long ago|years back|"
    r"at (?:age )?\d+|last year|a year ago|before(?= *(?:$|[,.!?;])))"
)
"""Words placing an event in the past; enough to lower a crisis rule to concern."""

PAST_BROAD = PAST[:-1] + (
    r"|my ex\b|ex-|ex (?:husband|wife|boyfriend|girlfriend|partner)|previous relationship|"
    r"past relationship|last relationship|no longer|recovered|stopped)"
)
"""The same and a former partner ("my ex"), to tell past abuse from current abuse."""

RELAPSE = (
    r"\b(?:want|wanted|urges?|tempted|need|going|started|start|starting|begin|beginning|began) "
    r"to (?:\w+ ){0,3}again\b|\b(?:feel|feeling|felt|think|thinking) (?:that way|like that|the "
    r"same way|about it) again\b|"
    r"\b(?:relapse[ds]?|relapsing|started again|the urges?|urge to)\b"
)
"""A return of self-harm the person described as past ("I really want to again")."""

AMBIGUOUS_END = (
    r"\b(?:(?:want|wanna|going|gonna|planning|plan|ready|decided|about) to end it\b(?! with| "
    r"between| all)|end it (?:tonight|this weekend|tomorrow|soon)|i'?m done\b(?! with| for| "
    r"talking| trying| being| arguing| fighting| here| now| explaining| playing)|tonight'?s the "
    r"night)"
)
"""Words that end a relationship as often as a life ("I want to end it", "I'm done")."""

FINALITY = (
    r"\b(?:tonight|this weekend|tomorrow|for good|once and for all|goodbye|last time|the night|"
    r"can'?t (?:live|go on|take it|do this)(?: like this)? anymore|no way out|nobody cares|no one "
    r"cares|hopeless|pointless)\b"
)
"""Time or despair that, next to an ambiguous ending, makes it sound final."""

RELATIONSHIP = (
    r"\b(?:boyfriend|girlfriend|husband|wife|partner|relationship|marriage|him|her|he|she|"
    r"they|them|bf|gf|fianc\w*|ex|engagement|dating|things with|us)\b"
)
"""Any sign that the ending is a relationship's."""
