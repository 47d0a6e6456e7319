"""Safety rules for sexual assault, children in danger, abuse and coercive control, and the cues
(past time, minors) that change what a rule means. Same conventions as `safety_rules`.
"""

from __future__ import annotations

from core.engine.lexicon.safety_rules import PAST_ABUSE, CONCERN, CRISIS, Rule

_FORCED_ACTS = (
    r"(?:have sex|into sex|sex with|do sexual|doing sexual|sexual (?:things|stuff|acts?)|sleep with|"
    r"perform|give (?:him|her|them) (?:oral|head|a blowjob)|(?:do|give) oral|touch (?:him|her|his|"
    r"it|them)|watch porn|do things i didn'?t want|do stuff i|into bed|send (?:nudes|pictures|pics)|"
    r"take (?:nude|naked)|undress|get naked)"
)

ABUSE_RULES: tuple[Rule, ...] = (
    # Sexual assault, now: crisis; the same words about long ago: concern.
    Rule(
        CRISIS, "sexual_assault",
        r"\brap(?:ed|es|ing|e) (?:me|us)\b|(?:sexually (?:assault|abus|molest)\w*|molest(?:s|ed|"
        r"ing)?|grop(?:e|es|ed|ing)) (?:me|us)\b",
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS, "sexual_assault",
        r"(?:i|i'?ve|i have|i'?m|i am|me|been|being|getting|got|was|were) (?:\w+ )?(?:raped|"
        r"sexually (?:assaulted|abused)|molested)",
        past=PAST_ABUSE, other=(CONCERN, "sexual_assault"),
    ),
    Rule(
        CRISIS, "sexual_assault",
        rf"(?:forced|forces|forcing|force|made|makes|making|make|pressured|pressures|pressuring|"
        rf"coerced|coerces|coercing|blackmailed|blackmails|drugged) (?:me|us) (?:\w+ )?(?:to |into )?"
        rf"{_FORCED_ACTS}|(?:being|been|was|were|got|get|am|i'?m) (?:\w+ )?(?:forced|made|coerced|"
        rf"blackmailed) (?:to |into )?{_FORCED_ACTS}|without my consent|didn'?t consent|"
        r"non-?consensual|against my will|(?:said|told (?:him|her|them)) (?:no|stop),? (?:but|and) "
        r"(?:he|she|they) (?:kept going|didn'?t stop|did it anyway|wouldn'?t stop|continued|still)|"
        r"touch(?:es|ed|ing)? (?:me|my) (?:\w+ ){0,2}(?:inappropriately|down there|private|"
        r"privates|in my sleep|without|when i (?:don'?t|didn'?t))",
        negatable=False, past=PAST_ABUSE,
    ),
    Rule(
        CONCERN, "past_abuse",
        r"\bmy rap(?:e|ist)\b|(?:after|since) (?:the|my) (?:rape|assault|abuse)|rape (?:survivor|victim|"
        r"trauma)|sexual (?:abuse|assault) (?:survivor|victim|history)|survivor of (?:\w+ )?"
        r"(?:abuse|assault|rape|domestic violence)|history of (?:\w+ )?(?:abuse|assault|rape)",
    ),
    Rule(CONCERN, "sexual_assault", r"sexual (?:abuse|assault)|\braped\b", past=PAST_ABUSE),
    # A child in danger.
    Rule(
        CRISIS, "child_danger",
        r"(?:hits?|hitting|beats?|beating|beaten|hurts?|hurting|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|"
        r"slap(?:s|ped|ping)?|chok(?:e|es|ed|ing)|shak(?:e|es|ing)|shook|burn(?:s|ed|ing|t)?|"
        r"abus(?:e|es|ed|ing)|molest(?:s|ed|ing)?|touch(?:es|ed|ing)?|rap(?:e|es|ed|ing)|"
        r"starv(?:e|es|ed|ing)|lock(?:s|ed|ing)?|whip(?:s|ped|ping)?|strangl\w+|threw|throws?) "
        r"(?:things |stuff )?(?:at )?<CHILD>\b(?!'s| s |'? (?:feelings|hair|toys?|phone|games?|"
        r"homework|room|bike|ball)| up\b| out\b| off\b| around\b| in (?:bed|the car|their|his|"
        r"her))|<CHILD> (?:is|was|has "
        r"been|have been|are|were|gets|got|keeps? getting) (?:being )?(?:hit|beaten|abused|"
        r"molested|raped|touched inappropriately|sexually|hurt by|burned by|locked in)",
        negatable=True, past=PAST_ABUSE,
    ),
    # Abuse and violence by a partner or family member.
    Rule(
        CONCERN, "abuse",
        r"(?:throw|threw|push(?:ed)?|shove(?:d)?) me out of (?:a|the|his|her|their|my) (?:moving )?"
        r"(?:car|window|vehicle|truck)|(?:closed|slammed|shut) (?:the|his|her|a) (?:car )?(?:door|"
        r"window) on my (?:hand|fingers?|arm|leg|foot|head)|"
        r"<SUBJ> <GAP>{0,2}<HITV> (?:me|us|my (?:face|head|arms?|neck|throat|body|back|chest|"
        r"stomach|belly|legs?|hair|wrists?))\b<NOIDIOM>|(?:put|puts|putting|laid|lay|lays) "
        r"(?:his|her|their) hands (?:on|around) (?:me|my)|(?:physically|verbally|emotionally|"
        r"mentally|psychologically|financially|sexually) (?:abusive|abused|abusing|abuses|violent|"
        r"aggressive|attacked|assaulted|hurts?)|(?:abusive|violent) (?:relationship|husband|wife|"
        r"partner|boyfriend|girlfriend|marriage|father|mother|dad|mom|parents?|home|man|woman|ex|"
        r"household)|<SUBJ>(?:'s| is| was| has been| can be| gets| got| became| becomes| turns)"
        r"(?: \w+)? (?:abusive|violent)|domestic (?:violence|abuse)|abus(?:e|es|ed|ing) me\b|"
        r"(?<!substance )(?<!drug )(?<!alcohol )(?<!child )(?<!self )(?<!self-)\babus(?:e|es|ed|"
        r"ing|ive|er|ers)\b(?! (?:of )?(?:drugs|alcohol|substances?|pills|medication|prescription|"
        r"her prescription|his prescription|power|authority|the system|privileges?|my position))",
        past=PAST_ABUSE,
    ),
    Rule(
        CONCERN, "coercive_control",
        r"(?:won'?t|doesn'?t|does not|will not|never|wouldn'?t|didn'?t) (?:let|allow) me (?:to )?"
        r"(?:see|talk to|visit|call|text|go out|hang out|have (?:my own|any)|leave|go anywhere|"
        r"work|get a job|use|drive|wear|speak|eat|sleep|spend)|(?:not|never|isn'?t|aren'?t|"
        r"wasn'?t) allowed to (?:see|talk|visit|call|go|leave|have|work|use|drive|wear|text|hang|"
        r"speak|spend)|(?:controls|controlled|controlling|takes|took|keeps|kept|has taken|hides|"
        r"hid) (?:all )?(?:of )?(?:my|our) (?:money|finances|bank|accounts?|cards?|credit cards?|"
        r"paycheck|pay|salary|wages|income|phone|car keys|keys|passport|id card|documents)|"
        r"(?:checks|reads|goes through|monitors|tracks|tracked|checked|went through|demands?) (?:all )?"
        r"(?:of )?my (?:phone|messages|texts|emails?|location|social media|passwords?|accounts?)|"
        r"(?:lock(?:s|ed)?|locking|trap(?:s|ped)?|keeps) me (?:in|inside|out)\b|isolat(?:e|es|ed|"
        r"ing) me|<SUBJ>(?:'s| is| can be| has been| gets| was)(?: \w+)? controlling|controlling "
        r"(?:husband|wife|partner|boyfriend|girlfriend|behaviou?r|relationship|man|woman)|"
        r"threaten(?:s|ed|ing)? to (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|"
        r"(?:post|share|send|leak) (?:my )?(?:nudes|pictures|photos|videos|pics))|"
        r"(?:stalk(?:s|ed|ing)?|follows|followed) me\b",
        past=PAST_ABUSE,
    ),
    Rule(
        CONCERN, "abuse",
        r"(?:calls|called|calling|call) me (?:a |an )?(?:\w+ ){0,2}(?:names|worthless|stupid|"
        r"useless|fat|ugly|pathetic|idiot|retard|retarded|bitch|whore|slut|loser|psycho|"
        r"disgusting|garbage|trash|nothing|dumb|failure|cunt|moron)\b|(?:tells|told|telling) me "
        r"(?:that )?(?:i'?m|i am|i was) (?:\w+ )?(?:worthless|stupid|useless|ugly|nothing|pathetic|"
        r"disgusting|a failure|an idiot|crazy|fat|garbage|trash)|(?:belittl|humiliat|degrad)\w* me|"
        r"(?:puts|putting) me down|<SUBJ> <GAP>{0,2}threaten(?:s|ed|ing)? me\b|"
        r"<MATE>(?:'s| is)? <GAP>?(?:'ll|'s going to|'s gonna| will| is going to| is gonna| gonna| "
        r"might) (?:\w+ )?kill me|(?:scared|afraid|terrified|frightened) (?:of|of what) (?:him|her|"
        r"<PARTNER>)(?! (?:leaving|losing|cheating|getting|finding|going|being|thinking|breaking|"
        r"not|moving|will leave|might leave))|(?:don'?t|do not|never|doesn'?t) feel safe (?:at "
        r"home|in my (?:own )?(?:home|house)|around (?:him|her)|with (?:him|her))",
        past=PAST_ABUSE,
    ),
    # The person says they hurt their partner.
    Rule(
        CONCERN, "harming_partner",
        r"\bi <GAP>{0,2}(?:hit|hits|push|pushed|shove|shoved|slap|slapped|punch|punched|kick|"
        r"kicked|choke|choked|strangle|strangled|beat|smack|smacked|shook|bit|scratched|headbutted|"
        r"(?:throw|threw) (?:\w+ )?at|grabbed (?:him|her) by the (?:arm|throat|neck|hair|wrist)) "
        r"(?:him|her|them|<PARTNER>)\b(?! up\b| back\b| off\b| out\b| away\b| to\b| into\b| "
        r"towards?\b| at\b| in (?:a|the)| on\b| with (?:the|some|this|that|a|an) (?:news|question|"
        r"idea|joke|request|surprise|truth))|(?:stop|quit|keep|started) (?:\w+ )?(?:abusing|hitting|"
        r"hurting|pushing|beating|choking|slapping) (?:him|her|<PARTNER>)|i (?:get|become|got|can "
        r"get|have been|'ve been|am|was|'m) (?:\w+ )?(?:violent|abusive|physical) (?:with|towards?|"
        r"to) (?:him|her|<PARTNER>)|(?:i'?ve|i have) been (?:\w+ )?abusive|i abuse(?:d)? (?:him|her|"
        r"<PARTNER>)",
        negatable=True,
    ),
)
"""Checked after the rules of `safety_rules`."""

MINOR = (
    r"\b(?:i'?m|i am|im) (?:only |just |barely |a )?(?:(?:1[0-7]|[5-9])\b(?! ?(?:%|percent|"
    r"pounds|lbs|kg|kilos|minutes|mins|hours|hrs|days|weeks|months|miles|km|times|dollars|bucks|"
    r"cm|inches|feet|ft|stone|o'?clock|am\b|pm\b|k\b))(?:[- ]?(?:years?|yrs?)[- ]?old| ?yo)?|"
    r"(?:a )?minor\b|underage|in (?:middle|elementary|primary|junior high|grade) school|in "
    r"(?:\d+th|sixth|seventh|eighth|ninth|tenth) grade)|\bwhen i'?m (?:1[0-7]|[5-9])\b"
)
"""A person saying they are under 18 ("I'm only 12", "I'm 15 years old")."""

AGE_GAP = (
    r"\b(?:he|she|they|boyfriend|girlfriend|bf|gf|guy|man|woman|partner)(?:'s| is| are) "
    r"(?:[2-9]\d)\b|\b(?:older|grown) (?:man|guy|woman)\b"
)
"""Someone adult in a minor's story."""

ROMANCE = r"\b(?:boyfriend|girlfriend|dating|date|sex|sexual|kiss\w*|relationship|hook(?:ed)? up|nudes)\b"
"""With a minor and an adult, the story is a romantic or sexual one."""

PAST = (
    r"\b(?:used to|years? ago|in the past|as a (?:child|kid|teen|teenager|little (?:girl|boy)|young "
    r"(?:girl|boy|child))|when i was (?:younger|little|small|young|a (?:child|kid|teen|teenager|"
    r"little)|\d+|in (?:high|middle|elementary|primary) school)|growing up|childhood|survivor|"
    r"history of|back then|formerly|decades? ago|long time ago|long ago|years back|at (?:age )?\d+|"
    r"before(?= *(?:$|[,.!?;])))"
)
"""Words placing an event in the past; enough to lower a crisis rule to concern."""

PAST_BROAD = PAST[:-1] + (
    r"|my ex\b|ex-|ex (?:husband|wife|boyfriend|girlfriend|partner)|previous relationship|"
    r"past relationship|last relationship|no longer|recovered|stopped)"
)
"""The same and a former partner ("my ex"), to tell past abuse from current abuse."""

RELAPSE = (
    r"\b(?:want|wanted|urges?|tempted|need|going|started|start) to (?:\w+ ){0,2}again\b|"
    r"\b(?:relapse[ds]?|relapsing|started again|the urges?|urge to)\b"
)
"""A return of self-harm the person described as past ("I really want to again")."""
