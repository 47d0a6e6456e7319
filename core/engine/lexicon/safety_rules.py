"""What a safety rule is, the macros rules are written with, and the cues that change a rule's
meaning (past time, a minor speaking). The rules themselves are in `safety_self` (suicide and
self-harm) and `safety_abuse` (danger, threats, sexual assault, children, abuse), all authored
for Amora.

Rules are regular expressions over normalised lower-case text. Macros in angle brackets
(`<SUBJ>`) are expanded by `safety_families.expand_macros`. A rule uses only non-capturing
groups, never matches across . ! ? ; or a line break, and keeps idioms that must stay `none`
("hit me up", "dying to see him", "want to die of embarrassment") out with look-aheads of its own,
so no rule has to "win" over another.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.enums import SafetyLevel

CRISIS, CONCERN, NONE = SafetyLevel.CRISIS, SafetyLevel.CONCERN, SafetyLevel.NONE

_PARTNERS = (
    r"husband|wife|boyfriend|girlfriend|partner|bf|gf|fianc[eé]e?|spouse|hubby|boo|man|ex|"
    r"ex-?(?:husband|wife|boyfriend|girlfriend|partner|bf|gf)|ex (?:husband|wife|boyfriend|"
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
        r"kids?|child|children|bab(?:y|ies)|toddlers?|infants?|newborns?|stepsons?|stepdaughters?|"
        r"stepkids?|(?:little|baby|younger) (?:brothers?|sisters?|cousins?)|nieces?|nephews?|"
        r"boys?|girls?)|(?:my|our|his|her) \d+[- ]?(?:year|yr|month|week)s?[- ]?old|(?:my|our|his|"
        r"her) \d+ ?(?:yo|y/o|y\.o\.?)\b)"
    ),
    # One word between subject and verb ("he sometimes hits me"), never a negator or a new subject.
    "<GAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|it|that|"
        r"this|what|which|who|if|when)\b)[\w']+ )"
    ),
    # The same gap without a modal: "my sister will strangle me if I'm late" is hyperbole.
    "<ACTGAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|it|that|"
        r"this|what|which|who|if|when|will|would|could|might|may|gonna|going|can|must|"
        r"should)\b)[\w']+ )"
    ),
    # The gap for "I … hit him": no modal, so "I could strangle him" stays hyperbole.
    "<HARMGAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|could|would|might|should|"
        r"will|wanna|want|gonna|going|'d|can|must|may)\b)[\w']+ )"
    ),
    "<HITV>": (
        r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|"
        r"ed|ing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|"
        r"ing)|throttl(?:e|es|ed|ing)|smack(?:s|ed|ing)?|shook|shak(?:es|ing)|bit|bites|biting|"
        r"headbutt(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|scratch(?:es|ed|ing)?|"
        r"drag(?:s|ged|ging)|pin(?:s|ned)|restrain(?:s|ed|ing)?|spit on|spat on|spits on|stab(?:s|"
        r"bed|bing)?|(?:throws?|threw|throwing) (?:\w+ ){0,2}at|body ?slam(?:s|med)?|grab(?:s|bed|"
        r"bing)|yank(?:s|ed)|shove(?:s|d)|hurt(?:s|ing)? me physically)"
    ),
    # What follows "hit me" in idioms: "hit me up", "hit me with the news", "pushed me away".
    "<NOIDIOM>": (
        r"(?! up\b| back\b| away\b| to\b| into (?:\w+ing|it|this|that|therapy|counsel\w*|"
        r"marriage)\b| towards?\b| off\b| out\b| at\b| in (?:a|an|the|our|every|that|"
        r"this) (?:game|race|match|argument|debate|quiz|competition|contest|fight)| with (?:the|"
        r"some|this|that|a|an|his|her|their) (?:news|question|idea|story|request|line|joke|"
        r"surprise|comment|compliment|truth|bill|fact|info|information|offer|proposal|reality|"
        r"text)| (?:a(?! few times| couple (?:of )?times| lot\b)|an|some|lunch|dinner|coffee|food|"
        r"drink|drinks|something|one|tea|flowers|"
        r"a drink)\b| with (?:a|the) (?:pillow|snowball|water balloon|balloon|nerf)\b)"
    ),
    "<KILLV>": r"(?:kill|murder|shoot|stab|strangle|choke me to death|burn|slit|end)",
    "<VICTIM>": (
        r"(?:me|us|you|u|ya|(?:my|our) (?!feelings|heart|pride|ego|chances?|reputation|career|"
        r"plans?|mood|vibe|confidence|image)\w+|the (?:kids|children|baby|dog|cat))"
    ),
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and what it means; `past`/`other` give the meaning in the past or about others,
    and a `guard` found anywhere in the sentence cancels the match (a film, a kitchen)."""

    level: SafetyLevel
    reason: str
    pattern: str
    negatable: bool = True
    past: tuple[SafetyLevel, str] | None = None
    other: tuple[SafetyLevel, str] | None = None
    guard: str | None = None


PAST_SELF_HARM = (CONCERN, "past_self_harm")
PAST_ABUSE = (CONCERN, "past_abuse")
OTHER_SUICIDE = (CRISIS, "suicide_other")

MINOR = (
    r"\b(?:i'?m|i am|im) (?:only |just |barely |a )?(?:(?:1[0-7]|[5-9])\b(?! ?(?:%|percent|pounds|"
    r"lbs|kg|kilos|minutes|mins|hours|hrs|days|weeks|months|miles|km|times|dollars|bucks|cm|"
    r"inches|feet|ft|stone|o'?clock|am\b|pm\b|k\b))(?:[- ]?(?:years?|yrs?)[- ]?old| ?yo)?|"
    r"(?:a )?minor\b|underage|in (?:middle|elementary|primary|junior high|grade) school|"
    r"in (?:\d+th|sixth|seventh|eighth|ninth|tenth) grade)|\bwhen i'?m (?:1[0-7]|[5-9])\b"
)
"""A person saying they are under 18 ("I'm only 12", "I'm 15 years old")."""

AGE_GAP = (
    r"\b(?:he|she|they|boyfriend|girlfriend|bf|gf|guy|man|woman|partner)(?: who)?(?:'s| is|"
    r" are) (?:1[89]|[2-9]\d)\b|\b(?:older|grown) (?:man|guy|woman)\b|\b(?:1[89]|"
    r"[2-9]\d)[- ]?(?:year|yr)s?[- ]?old (?:boyfriend|girlfriend|bf|gf|guy|man|woman|partner)\b|"
    r"\b(?:a|an|with|this|that) (?:1[89]|[2-9]\d)[- ]?(?:year|yr)s?[- ]?old\b"
)
"""Someone adult in a minor's story."""

MINOR_RISK = (
    r"\b(?:touch(?:es|ed|ing)? (?:me|him|her|his)|grop\w* me|(?:comes?|coming|came|gets?|sneaks?|"
    r"sneaking|crawls?|walks?|walking) (?:in|into) (?:my|the) (?:room|bed|shower|bathroom|bath)|"
    r"makes? me (?:do (?:things|stuff)|touch|watch|undress|take|kiss|sit on)|nudes|hotel|naked|"
    r"undress\w*|met (?:him|her|them)? ?online|hits? me|hurts? me|beats? me|watch(?:es|ed|"
    r"ing)? me (?:shower|change|undress|sleep|in the)|(?:pics|pictures|photos|videos) of (?:him|"
    r"her)self|(?:keep|kept) (?:it |this |us )?(?:a )?secret|(?:don'?t|not to|can'?t|"
    r"cannot) tell (?:anyone|my (?:mom|mum|dad|parents|mother|father))|"
    r"meet (?:up )?(?:with )?(?:him|her)? ?alone|grown (?:man|woman)|(?:older|adult) (?:man|guy|"
    r"woman)|sends? me (?:pics|photos|videos|nudes)|lock(?:s|ed)? me (?:in|out|up)|without food|"
    r"no food|starv\w*|burn(?:s|ed|t)? me|kicks? me|chok\w* me|throws? (?:me|things at me)|(?:get|"
    r"gets|got|getting|climb\w*|crawl\w*) (?:in|into) (?:bed|my bed) with me|"
    r"our (?:little )?secret|kiss(?:es|ed|ing)? me|(?:said|told me|says) not to tell|send (?:him |"
    r"her |them )?(?:pictures|pics|photos|nudes)|without (?:my )?clothes|(?:asks?|asking|"
    r"asked) me for (?:pics|photos|nudes|pictures)|(?:dragged|pulled) me (?:into|to) (?:his|"
    r"her) (?:room|bed|car)|(?:my )?parents (?:can'?t|cannot|mustn'?t|don'?t) know|(?:can'?t|"
    r"cannot) know about (?:us|it|him|her))"
)
"""What, said by a minor, is a child in danger even without an abuse word."""

KID_AGE = (
    r"\b(?:(?:she|he|they)(?:'s| is| was|'re| are)|(?:my|our|her|his) (?:son|daughter|kid|child|"
    r"sister|brother|niece|nephew|stepson|stepdaughter|grandson|granddaughter)(?:'s| is|"
    r" was)) (?:only |just |barely )?(?:[1-9]|1[0-7])\b(?! ?(?:%|minutes|mins|hours|hrs|weeks|"
    r"months|o'?clock|am\b|pm\b|times|feet|ft|inches|cm|kg|lbs|pounds|k\b|grand|dollars|bucks|"
    r"days))"
)
"""A child's age said of "her" or "him": "she's 7", "my sister is 9"."""

HURT_KID = (
    r"\b<ACTOR><AG3> <CHILDV>(?: [\w']+){0,2}? (?:her|him|them|my (?:little )?(?:sister|brother|"
    r"niece|nephew|cousin))(?= (?:in|on|with|across|so|until|till|and|again|today|yesterday|"
    r"tonight|last|every|when|because|for|hard|badly|around|while|at|against|into|down)\b| *(?:$|"
    r"[,.!?;]))"
)
"""Someone hurting "her" or "him"; with `KID_AGE` in the message, a child in danger."""

ROMANCE = (
    r"\b(?:boyfriend|girlfriend|dating|date|sex|sexual|kiss\w*|relationship|hook(?:ed)? up|"
    r"nudes)\b"
)
"""With a minor and an adult, the story is a romantic or sexual one."""

_AT_AGE = (
    r"(?<!home )(?<!back )(?<!ends )(?<!off )(?<!out )(?<!leaves )(?<!finishes )(?<!lands )"
    r"(?<!arrives )(?<!gets in )(?<!shift )(?<!starts )(?<!start )(?<!over )(?<!up )(?<!until )"
    r"(?<!finish )(?<!get )(?<!gets )(?<!come )(?<!comes )(?<!leave )(?<!meet )"
    r"(?<!till )(?<!around )(?<!about )(?<!you )(?<!by )(?<!there )(?<!outside )(?<!alive )"
    r"(?<!here )(?<!dead )"
    r"at \d{1,2}\b(?! *(?::|\.\d|am\b|pm\b|a\.m|p\.m|o'?clock|tonight|today|tomorrow|this))"
)
""""at 14" as an age ("it started at 14"), not a time of day: "he gets home at 6", "my shift
ends at 10", "see you at 5", "at 6pm", "at 6:30" say when something happens today, and danger at
a time today is no past."""

PAST = (
    r"\b(?:used to|years? ago|in the past|as a (?:child|kid|teen|teenager|little (?:girl|boy)|"
    r"young (?:girl|boy|child))|when i was (?:younger|little|small|young|a (?:child|kid|teen|"
    r"teenager|little)|\d+|in (?:high|middle|elementary|primary) school)|growing up|childhood|"
    r"survivor|history of|back then|formerly|decades? ago|long time ago|long ago|years back|"
    r"at age \d+|in (?:19\d\d|20[01]\d)\b|when we were (?:married|together|dating|living "
    r"together)|(?:we'?ve been|been|we "
    r"got) (?:divorced|separated|split up|apart) (?:for )?(?:\d+|a few|several|two|three|four|"
    r"five|six|seven|eight|nine|ten) (?:years|months)|"
    + _AT_AGE
    + r"|last year|a year ago|(?<!never see )(?<!never seen )(?<!ever )(?<!never )before(?= *(?:$|"
    r"[,.!?;])))"
)
"""Words placing an event in the past; enough to lower a crisis rule to concern."""

PAST_BROAD = PAST[:-1] + (
    r"|my ex\b|ex-|ex (?:husband|wife|boyfriend|girlfriend|partner)|previous relationship|"
    r"past relationship|last relationship|no longer|recovered|stopped)"
)
"""The same and a former partner ("my ex"), to tell past abuse from current abuse."""

RELAPSE = (
    r"\b(?:want|wanted|urges?|tempted|need|going|started|start|starting|begin|beginning|"
    r"began) to (?:\w+ ){0,3}again\b|\b(?:feel|feeling|felt|think|thinking) (?:that way|like that|"
    r"the same way|about it) again\b|\b(?:relapse[ds]?|relapsing|started again|the urges?|"
    r"urge to)\b"
)
"""A return of self-harm the person described as past ("I really want to again")."""

AMBIGUOUS_END = (
    r"\b(?:(?:want|wanna|going|gonna|planning|plan|ready|decided|about) to end it\b(?! with|"
    r" between| all)|end it (?:tonight|this weekend|tomorrow|soon)|i'?m done\b(?! with| for|"
    r" talking| trying| being| arguing| fighting| here| now| explaining| playing)|"
    r"tonight'?s the night(?= *(?:$|[.!?;,]))|(?:tonight|this weekend|tomorrow|today|"
    r"soon),? i(?:'m going to| will|'ll)? end it\b(?! with| between))"
)
"""Words that end a relationship as often as a life ("I want to end it", "I'm done")."""

FINALITY = (
    r"\b(?:tonight|this weekend|tomorrow|for good|once and for all|goodbye|last time|the night|"
    r"sorry (?:to|for) everyone|sorry for everything|it'?s decided|can'?t (?:live|go on|take it|"
    r"do this)(?: like this)? anymore|no way out|nobody cares|no one cares|hopeless|pointless)\b"
)
"""Time or despair that, next to an ambiguous ending, makes it sound final."""

_NOT_A_BREAKUP = (
    r"(?: ending)? (?:the relationship|us|our relationship|my relationship|things with (?:him|her|"
    r"them)|with (?:him|her|them)|the marriage|my marriage|breaking up)\b"
)
NOT_THE_RELATIONSHIP = (
    r"\b(?:end|ending|finish|finishing) (?:it|things|everything)\b(?: [\w']+){0,5}?[,.;:!? -]+"
    r"(?:and |but )?(?:(?:not|i'?m not talking about|not talking about|i (?:don'?t|do not) mean)"
    + _NOT_A_BREAKUP
    + r"[,.;:!? -]+(?:i mean |i'?m talking about )?(?:me|myself|my life|my own life)\b|"
    r"i (?:don'?t|do not) mean" + _NOT_A_BREAKUP + r"(?= *(?:$|[.!?;])))"
    r"|\b(?:he|she|they|everyone) thinks? (?:i mean|i'?m|i am|im) (?:moving (?:out|back|away)|"
    r"leaving|going (?:away|home|back)|breaking up|the relationship|a trip)[^.!?]*[.!?,;]+ *(?:i "
    r"don'?t|i do not|i'?m not|im not|it'?s not|i dont)\b"
    r"|\b(?:i'?m|im|i am) done\b[,.;:!? -]+(?:but |and )?not with (?:him|her|them|us|the "
    r"relationship|my [\w']+)[,.;:!? -]+(?:just )?(?:with )?(?:everything|life|all of it|it all|"
    r"me|myself|living|this world)\b"
)
"""An ending the person says is not a breakup: "I'm ending it. not the relationship. me", "i'm
done. not with him. with everything"."""

RELATIONSHIP = (
    r"\b(?:boyfriend|girlfriend|husband|wife|partner|relationship|marriage|him|her|he|she|they|"
    r"them|bf|gf|fianc\w*|ex|engagement|dating|things with|us)\b"
)
"""Any sign that the ending is a relationship's."""
