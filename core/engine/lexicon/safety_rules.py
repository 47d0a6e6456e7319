"""The safety rules: regular expressions over normalised lower-case text, authored for Amora.

Macros in angle brackets (`<SUBJ>`) are expanded by `expand_macros`. Every rule must use only
non-capturing groups: the checker finds which rule matched by its group number. Idioms that must
stay `none` ("hit me up", "dying to see him", "want to die of embarrassment") are excluded by
look-aheads in the rules themselves, so no rule has to "win" over another.
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
    "<SUICIDAL>": r"su(?:i|e)?(?:c|s)i?d(?:al|el|le)",
    "<PARTNER>": rf"(?:my|his|her|our) (?:{_PARTNERS})",
    "<SUBJ>": rf"(?:he|she|they|(?:my|his|her|our|the) (?:{_PARTNERS}|{_FAMILY}))",
    "<MATE>": rf"(?:he|she|they|(?:my|his|her) (?:{_PARTNERS}))",
    "<CHILD>": (
        r"(?:(?:my|our|the|his|her|their) (?:little |baby |young |teenage )?(?:sons?|daughters?|"
        r"kids?|child|children|bab(?:y|ies)|toddlers?|infant|stepsons?|stepdaughters?|stepkids?|"
        r"(?:little|baby|younger) (?:brothers?|sisters?)|nieces?|nephews?|boys?|girls?)|(?:my|our|his|her) \d+[- ]?(?:year|yr)"
        r"[- ]?old)"
    ),
    # One word between subject and verb ("he sometimes hits me"), never a negator or a new subject.
    "<GAP>": (
        r"(?:(?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|it|that|"
        r"this|what|which|who|if|when)\b)[\w']+ )"
    ),
    "<HITV>": (
        r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|"
        r"kick(?:s|ed|ing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
        r"strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|smack(?:s|ed|ing)?|shook|shak(?:es|ing)|"
        r"bit|bites|biting|headbutt(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|"
        r"drag(?:s|ged|ging)|pin(?:s|ned)|restrain(?:s|ed|ing)?|spit on|spat on|spits on|"
        r"stab(?:s|bed|bing)?|(?:throws?|threw|throwing) (?:\w+ ){0,2}at|body ?slam(?:s|med)?|"
        r"grab(?:s|bed|bing)|yank(?:s|ed)|shove(?:s|d)|"
        r"hurt(?:s|ing)? me physically)"
    ),
    # What follows "hit me" in idioms: "hit me up", "hit me with the news", "pushed me away".
    "<NOIDIOM>": (
        r"(?! up\b| back\b| away\b| to\b| into\b| towards?\b| off\b| out\b| at\b| in (?:a|the) "
        r"(?:game|race|match)| with (?:the|some|this|that|a|an|his|her|their) (?:news|question|"
        r"idea|story|request|line|joke|surprise|comment|compliment|truth|bill|fact|info|"
        r"information|offer|proposal|reality|text)| (?:a|an|some|lunch|dinner|coffee|food|"
        r"drink|drinks|something|one|tea|flowers|a drink)\b)"
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

RULES: tuple[Rule, ...] = (
    # Suicide, said directly.
    Rule(CRISIS, "suicide", r"<KILL>(?:s|ing|ed)? ?<SELF>", past=PAST_SELF_HARM),
    Rule(CRISIS, "suicide", r"\bkms\b|\bun-?aliv(?:e|ing) ?<SELF>"),
    Rule(CRISIS, "suicide", r"(?:end|ending|ended|take|taking|took) (?:my|my own|me own) life"),
    Rule(CRISIS, "suicide", r"end(?:ing)? it all|end everything|end my existence"),
    Rule(CRISIS, "suicide", r"<SUICIDAL>", past=PAST_SELF_HARM, other=OTHER_SUICIDE),
    Rule(
        CRISIS, "suicide",
        r"(?:commit(?:ting)?|attempt(?:ed|ing)?|contemplat(?:e|ed|ing)|consider(?:ed|ing)?|"
        r"think(?:ing)? (?:about|of)|thought (?:about|of)|thoughts (?:of|about)|plan(?:ning|ned)?|"
        r"going to|gonna|want to|wanna|urges? (?:of|for|to)) (?:commit )?<SUICIDE>",
        past=PAST_SELF_HARM, other=(CONCERN, "suicide_other"),
    ),
    Rule(
        CRISIS, "suicide",
        r"(?:my|a|another|recent|second|third|last) <SUICIDE> attempt|<SUICIDE> "
        r"(?:note|letter|plan|method|hotline|line)|<SUICIDE> (?:is|seems|feels)(?: like)? "
        r"(?:the|my) (?:only|best|easiest|last)",
        past=PAST_SELF_HARM, other=(CONCERN, "suicide_other"),
    ),
    Rule(
        CRISIS, "suicide",
        r"(?:want|wants|wanna|wanted|wish|wishing|need|needs|ready|deserve|deserves|just want|"
        r"want to just|longing) (?:to |2 )?(?:just )?die\b(?! (?:of|from|with) "
        r"(?:embarrassment|shame|laughter|laughing|boredom|cringe|happiness|old age)| laughing| in "
        r"(?:his|her|your|their) arms| together| happy| old)",
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS, "suicide",
        r"wish (?:i|i'?d|i had|i could) (?:just )?(?:die|died|be dead|was dead|were dead|"
        r"disappear(?:ed)? forever|never wake up|not wake up|not exist|stop existing|"
        r"(?:had )?never (?:been|be) born|wasn'?t born|weren'?t born|was never born|wasn'?t alive|"
        r"wasn'?t here|weren'?t here)|wish i (?:was|were) (?:dead|gone|never born|not alive|not here)",
    ),
    Rule(
        CRISIS, "suicide",
        r"better off (?:dead|gone|without me|if i (?:was|were|wasn'?t|weren'?t|didn'?t|died)\b)|"
        r"(?:no|nothing|not any|not a single|any) (?:reason|point|purpose) (?:to|in|of|for) "
        r"(?:live|living|go(?:ing)? on|be(?:ing)? alive|stay(?:ing)? alive|exist(?:ing)?|me being here)|"
        r"nothing (?:left )?to live for|(?:life|living) (?:isn'?t|is not|is no longer|no longer|not) "
        r"worth (?:it|living)|not worth living|no will to live|lost the will to live",
        negatable=False,
    ),
    Rule(
        CRISIS, "suicide",
        r"(?:don'?t|do not|no longer|not sure (?:if )?i|can'?t|cannot|don'?t really|never|don'?t "
        r"think i|don'?t know if i) (?:want|wanna|"
        r"wish) (?:to )?(?:live anymore|live any more|live\b(?! with| together| in| there| here|"
        r" near| at| like| without| apart| alone| far| through| a | my | on )|be alive|exist|wake up|"
        r"be here anymore|be here any more|be on this earth|go on living|go on anymore|keep living|"
        r"keep going anymore)",
        negatable=False,
    ),
    Rule(
        CRISIS, "suicide",
        r"rather (?:be dead|die|not exist|not be alive|not wake up|never wake up|not be here)"
        r"(?! than| then)|rather (?:be dead|die) th[ae]n (?:live|be alive|go on|keep living|keep "
        r"going|face|spend another)|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|"
        r"(?:hope|pray|wish) (?:i )?(?:don'?t|never|won'?t|wouldn'?t) wake up",
    ),
    Rule(
        CRISIS, "suicide",
        r"(?:what'?s the|what is the|no|don'?t see (?:the|any)|can'?t see (?:the|any)|there'?s no|"
        r"is there (?:a|any)) point (?:of|in|to) (?:[\w'-]+ ){0,4}?(?:living|life|being alive|"
        r"going on|existing|staying alive|me being here|anything anymore)\b|(?:life|living|my life|"
        r"my existence|existing) (?:is|feels|seems) (?:so |completely |totally |just )?(?:pointless|"
        r"meaningless)|(?:that|how|like|feel) i (?:shouldn'?t|should not|don'?t deserve to) (?:be "
        r"here|be alive|exist|live)\b|i (?:shouldn'?t|should not) be alive|i don'?t deserve to "
        r"(?:live|be alive|exist)|"
        r"(?:saved|saving|stockpiled|stockpiling|hoarding|hoarded|collecting|collected) (?:up )?"
        r"(?:\w+ )?(?:pills|meds|medication|tablets)|(?:pills|meds|tablets) saved up|enough pills",
        negatable=False,
    ),
    Rule(
        CRISIS, "suicide",
        r"can'?t go on(?! like| with| a | the | holiday| vacation| trip| dates?)|"
        r"(?:i'?m|i am) (?:done|finished) (?:with )?(?:life|living|existing|being alive|this world)|"
        r"(?:care|caring) (?:if|whether) i (?:live or die|die|am alive|wake up)|"
        r"(?:disappear|vanish) forever|stop existing|not (?:be )?(?:here|around) anymore|"
        r"(?:goodbye|good bye) (?:to )?(?:everyone|everybody|the world|cruel world)|"
        r"(?:give|giving|gave) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions)",
        negatable=False,
    ),
    # Methods.
    Rule(
        CRISIS, "suicide",
        r"(?:hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|starve|starving|"
        r"suffocate|suffocating) ?<SELF>|(?:slit|slitting|cut|cutting) (?:my|both) wrists?|"
        r"jump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony|window|ledge)|"
        r"(?:step|walk|jump|throw myself)(?:ped|ed|ing)? in front of (?:a|the) (?:train|car|bus|truck)",
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS, "suicide",
        r"(?:took|swallowed|downed|(?:have|'ve) taken|just took) (?:a (?:bunch|handful|lot|whole "
        r"bottle|bottle|load) of |all (?:of )?(?:my |the |her |his )?|too many |lots of |a lot of |"
        r"some |\d{2,} |several |loads of )?(?:pills|tablets|sleeping pills|painkillers|pain killers)"
        r"(?! for| to help| to sleep| prescribed| every| daily| as | this morning)|"
        r"(?:took|take|taking|swallow(?:ed)?) (?:a |an )?(?:whole |entire )?bottle of|"
        r"\boverdos(?:e|ed|ing)\b",
        past=PAST_SELF_HARM, other=(CONCERN, "suicide_other"),
    ),
    # Self-harm.
    Rule(
        CRISIS, "self_harm",
        r"(?<!it's )(?<!its )(?<!it is )(?<!that's )(?<!thats )(?<!it was )(?:cut|cutting|cuts|burn|burning|burned|"
        r"burnt|hurt|hurting|harm|harming|scratch|"
        r"scratching|punch|punching|hit|hitting|bruise|bruising|mutilate|mutilating) ?<SELF>"
        r"(?! (?:at (?:the gym|work|practice|football|soccer|training)|while|playing|running|lifting|"
        r"skiing|by accident|accidentally|working out|in (?:a|the) (?:game|match|gym|accident)))",
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS, "self_harm",
        r"self[- ]?harm(?:s|ed|ing)?|self[- ]?injur(?:y|e|ing|ed)|self[- ]?mutilat(?:e|es|ed|ing|ion)",
        past=PAST_SELF_HARM, other=(CONCERN, "self_harm_other"),
    ),
    Rule(
        CRISIS, "self_harm",
        r"(?:i'?ve|i have|i) (?:been |started )?cutting(?: again)?(?! (?:back|down|out|off|ties|"
        r"class|classes|corners|school|it|the|my hair|coupons|carbs|sugar|him|her|them|people|"
        r"contact|things|work|in|through|up))|"
        r"(?:urges?|tempted|want|wanting|wanna|need) to (?:cut|self[- ]?harm|burn myself)"
        r"(?! (?:him|her|them|off|ties|back|down|out|class|corners|the|my hair|contact|it|things|"
        r"people|my losses|a|an|in|through|costs))|relaps\w* (?:and |again )?(?:cut|self[- ]?harm|"
        r"hurt myself|burn(?:ed|t)? myself|started cutting)|\bi (?:cut|burned|burnt)(?: myself)? "
        r"again\b",
        past=PAST_SELF_HARM,
    ),
    # Immediate danger.
    Rule(
        CRISIS, "danger_now",
        r"(?:knife|gun|pistol|rifle|weapon|blade|machete|bat|hammer|axe) (?:to|at|against|on) "
        r"(?:me|my|us)\b|(?:with|holding|has|grabbed|pulled|got) (?:a|his|her|the) (?:knife|gun|"
        r"pistol|rifle|weapon|machete|axe)(?: \w+){0,4} (?:outside|at the door|at my door|coming|"
        r"after me|in the house|threaten\w*)|(?:outside|at|banging on|breaking|kicking|trying to "
        r"(?:get|break) (?:in|into))(?: [\w']+){0,5} with (?:a|his|her|the) (?:knife|gun|weapon|"
        r"bat|hammer|axe)|(?:chasing|chased|coming|came|waving|waved|pointing|pointed|attacking|"
        r"attacked|threatening|threatened|held|holding) (?:at |after )?"
        r"(?:me|us) with (?:a|his|her|the) (?:knife|gun|weapon|blade|bat|hammer|axe)",
        negatable=False, past=PAST_ABUSE,
    ),
    Rule(
        CRISIS, "danger_now",
        r"(?:scared|afraid|terrified|frightened|fear|fearing|worried|convinced|sure|think|know)"
        r"(?: that)? <SUBJ>(?:'ll|'s going to|'s gonna|'d| will| would| is going to| is gonna| was "
        r"going to| might| may| could| is about to| wants to| is trying to| is coming to| is going "
        r"to try to)(?: \w+)? (?:kill|murder|shoot|stab|strangle|rape|choke) (?:me|us|my|our|the)\b|"
        r"(?:afraid|scared|fear(?:ing)?|terrified) for my (?:life|safety)|(?:i'?m|i am) not safe|"
        r"(?:trying|tried|try|tries) to (?:kill|strangle|choke|drown|stab|shoot|murder|rape) "
        r"(?:me|us)\b|(?:break|breaking|broke|kick|kicking|kicked|bang|banging) (?:down |in |into )?"
        r"(?:my|the) (?:door|window)|<SUBJ>(?:'s| is) (?:\w+ )?(?:hitting|beating|choking|strangling|"
        r"attacking|hurting|raping|kicking|punching|stabbing) (?:me|us)(?: \w+){0,3} "
        r"(?:right now|now|as we speak)",
        past=PAST_ABUSE,
    ),
    # A partner's (or anyone's) threat to kill or hurt.
    Rule(
        CRISIS, "partner_threat",
        r"(?:threaten(?:s|ed|ing)?|threats?|promised|swore|swears|said|says|told me|tells me|warned"
        r"(?: me)?|keeps? saying|texted|wrote)(?: (?:me|to me|us))?(?: that)?(?: <SUBJ>)?(?:'d|'ll| "
        r"would| will| to| is going to|'s going to| was going to| gonna| is gonna| might| could)"
        r"(?: \w+)? (?:kill|murder|hurt|harm|beat|shoot|stab|strangle|choke|rape|burn) <VICTIM>\b|"
        r"(?:said|says|told me|texted|yelled|screamed|threatened)[:,]? \"?(?:i'?ll|i will|i'?m going "
        r"to|i'?m gonna|i swear i'?ll|i could) (?:\w+ )?(?:kill|murder|hurt|shoot|stab) (?:you|ya|u)\b|"
        r"death threats?|threat(?:en\w*)? (?:to )?my life|beat the (?:shit|crap|hell|life) out of me",
        negatable=False, past=PAST_ABUSE,
    ),
    Rule(
        CRISIS, "suicide_other",
        r"(?:wants?|wanted|going|gonna|threaten(?:s|ed|ing)?|tried|trying|tries|try|attempt(?:s|ed)?|"
        r"talks about|talked about|talking about|thinking about|thinks about|will|'ll|would|'d) "
        r"(?:to )?<KILL>(?:ing)? <OTHERSELF>",
        past=(NONE, "suicide_other"),
    ),
)
"""Crisis rules first; the concern rules follow in `core.engine.lexicon.safety_concern`."""
