"""Safety rules for suicide and self-harm (see `safety_rules` for the conventions)."""

from __future__ import annotations

from core.engine.lexicon.safety_idioms import ACCIDENT
from core.engine.lexicon.safety_rules import (
    CONCERN,
    CRISIS,
    NONE,
    OTHER_SUICIDE,
    PAST_SELF_HARM,
    Rule,
)

OVERDOSE_AT_WORK = (
    r"\b(?:paramedics?|nurses?|nursing|medics?|ems|call ?outs?|callouts?|shifts?|thresholds?|"
    r"exams?|finals|revision|revising|quiz\w*|lectures?|pharmacology|toxicology|naloxone|narcan|"
    r"patients?|harm reduction|first aid course)\b"
)
"""Overdoses as someone's work or study: a paramedic's call-outs, a nurse's exam."""

SELF_RULES: tuple[Rule, ...] = (
    # Suicide, said directly or indirectly.
    Rule(
        CRISIS,
        "suicide",
        r"<KILL>(?:s|ing|ed)? ?<SELF>",
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"\bkms\b|\bun-?aliv(?:e|ing) ?<SELF>",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:end|ending|ended|take|taking|took) (?:my|my own|me own) life",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"end(?:ing)? it all|end everything|end my existence",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"<SUICIDAL>",
        past=PAST_SELF_HARM,
        other=OTHER_SUICIDE,
        # A general question about the signs in someone else.
        guard=r"\b(?:warning signs|signs (?:that|of|someone|to look)|what to look (?:out )?for|how "
        r"(?:do|can|would) (?:i|you) (?:tell|know) if (?:someone|a friend|my))\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:commit(?:ting)?|attempt(?:ed|ing)?|contemplat(?:e|ed|ing)|consider(?:ed|ing)?|"
        r"think(?:ing)? (?:about|of)|thought (?:about|of)|thoughts (?:of|about)|plan(?:ning|ned)?|"
        r"going to|gonna|want to|wanna|urges? (?:of|for|to)|talks? about|talked about|talking "
        r"about|"
        r"mention(?:s|ed|ing)?|jok(?:es|ed|ing) about) (?:commit )?(?:my |a )?<SUICIDE>",
        past=PAST_SELF_HARM,
        other=(CONCERN, "suicide_other"),
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:my|a|another|recent|second|third|last) <SUICIDE> attempt|<SUICIDE> (?:note|letter|"
        r"plan|method|hotline|line)|<SUICIDE> (?:is|seems|feels)(?: like)? (?:the|my) (?:only|"
        r"best|easiest|last)",
        past=PAST_SELF_HARM,
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:want|wants|wanna|wanted|wish|wishing|need|needs|ready|deserve|deserves|just want|"
        r"want to just|longing) (?:to |2 )?(?:just )?die\b(?! (?:of|from|with) (?:embarrassment|"
        r"shame|laughter|laughing|boredom|cringe|happiness|old age)| laughing| in (?:his|her|your|"
        r"their) arms| together| happy| old)",
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"wish (?:i|i'?d|i had|i could) (?:just )?(?:die|died|be dead|was dead|were dead|"
        r"disappear(?:ed)? forever|never wake up|not wake up|not exist|stop existing|"
        r"(?:had )?never (?:been|be) born|wasn'?t born|weren'?t born|was never born|wasn'?t alive|"
        r"wasn'?t here|weren'?t here)|wish i (?:was|were) (?:dead|gone|never born|not alive|"
        r"not here)",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"better off (?:dead|gone|in the ground|in a grave|six feet under|without me|not (?:in "
        r"this "
        r"world|on this earth|here|alive|around|existing|being (?:here|alive|around))|"
        r"if i (?:\w+ )?(?:was|were|wasn'?t|weren'?t|didn'?t|died|disappeared|vanished)\b)|(?:no|"
        r"nothing|not any|not a single|any) (?:reason|point|purpose) (?:to|in|of|for) (?:live|"
        r"living|go(?:ing)? on|be(?:ing)? alive|stay(?:ing)? alive|exist(?:ing)?|me being here)|"
        r"nothing (?:left )?to live for|(?:life|living) (?:isn'?t|is not|is no longer|no longer|"
        r"not) worth (?:it|living)|not worth living|no will to live|lost the will to live",
        negatable=False,
    ),
    # Asking how high is high enough, or whether a dose is enough, with nothing harmless after.
    Rule(
        CRISIS,
        "suicide",
        r"(?:how high|how tall|what floor|which floor|how many (?:floors|stories|storeys|metres|"
        r"meters|feet)|what height|how far (?:do you|would you|does (?:a person|someone)|would "
        r"(?:a person|someone)) (?:need to |have to )?fall)(?: [\w']+){0,10}? (?:(?:to be )?"
        r"fatal|certain|lethal|deadly|for sure|to be sure|to die|kill (?:you|me|someone|a "
        r"person)|not survive|never survive)\b|is (?:\d+|a (?:whole |full )?(?:box|bottle|pack|"
        r"packet|strip)) (?:of )?(?:[\w']+ ){0,2}?<PILLS> enough\b(?! for| to (?:help|stop|"
        r"sleep|work|ease|calm|feel|get))|(?:how many|how much)(?: of)? (?:[\w']+ ){0,2}?"
        r"<PILLS> (?:is|are|would be|would|will be) enough\b(?! for| to (?:help|stop|sleep|work|"
        r"ease|calm|feel|get))|is (?:\d+|<QTY>) of (?:the|my|these|those) (?=\d+ ?mg )(?:\d+ )?"
        r"\w+ (?:ones|tablets|pills|caps|capsules) enough\b(?! for| to (?:help|stop|sleep|work|"
        r"ease|calm|feel|get))|(?:\d+|<QTY>) (?:of )?(?:my |the |her |his )?(?:[\w']+ )?<PILLS>"
        r"(?: and (?:the |my |some )?(?:[\w']+ )?<PILLS>)? (?:should|would|will|might|could|is "
        r"going to) be enough\b(?! for| to (?:help|stop|sleep|work|ease|calm|feel|get|last)| "
        r"(?:until|till|to get))",
        negatable=False,
        past=PAST_SELF_HARM,
        other=(NONE, "suicide_other"),
    ),
    # A burden to everyone (perceived burdensomeness): "everyone would be better if i stopped
    # being a problem for them", "my family would be better without me".
    Rule(
        CRISIS,
        "suicide",
        r"(?:everyone|everybody|they|people|the world|all of them|my (?:family|kids|children|"
        r"parents|partner|wife|husband|gf|bf|girlfriend|boyfriend)) (?:would|will|'d) (?:all )?"
        r"be (?:so |much |a lot |way )?better(?: off)? (?:without me|if i (?:stopped|stop|"
        r"quit) being (?:a problem|a burden|around|here|alive|in (?:their|the) way)|if i "
        r"(?:wasn'?t|weren'?t) (?:here|around|alive)|if i (?:was|were) gone|if i disappeared)",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:don'?t|do not|no longer|not sure (?:if )?i|can'?t|cannot|don'?t really|never|"
        r"don'?t think i|don'?t know if i) (?:want|wanna|wish) (?:to )?(?:live anymore|"
        r"live any more|live\b(?! with| together| in| there| here| near| at| like| without| apart|"
        r" alone| far| through| a | my | on )|be alive|exist|wake up|be here anymore|"
        r"be here any more|be on this earth|go on living|go on anymore|keep living|"
        r"keep going anymore)",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"rather (?:be dead|die|not exist|not be alive|not wake up|never wake up|"
        r"not be here)(?! than| then)|rather (?:be dead|die) th[ae]n (?:live|be alive|go on|"
        r"keep living|keep going|face|spend another)|(?:go to sleep|fall asleep|"
        r"sleep) and (?:never|not) wake up|(?:hope|pray|wish) (?:i )?(?:don'?t|never|won'?t|"
        r"wouldn'?t) wake up",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:what'?s the|what is the|no|don'?t see (?:the|any)|can'?t see (?:the|any)|there'?s no|"
        r"is there (?:a|any)) point (?:of|in|to) (?:[\w'-]+ ){0,4}?(?:living|life|being alive|"
        r"going on|existing|staying alive|me being here|anything anymore)\b|(?:life|living|"
        r"my life|my existence|existing) (?:is|feels|seems) (?:so |completely |totally |"
        r"just )?(?:pointless|meaningless)|(?:that|how|like|feel) i (?:shouldn'?t|should not|"
        r"don'?t deserve to) (?:be here|be alive|exist|live)\b|i (?:shouldn'?t|"
        r"should not) be alive|i don'?t deserve to (?:live|be alive|exist)|(?:saved|saving|"
        r"stockpiled|stockpiling|hoarding|hoarded|collecting|collected) (?:up )?(?:\w+ )?(?:pills|"
        r"meds|medication|tablets)|(?:pills|meds|tablets) saved up|enough pills",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:can'?t|(?:don'?t think|not sure) i can) (?:go on|keep going|keep living|"
        r"hold on)(?! like| with| a | the | holiday| vacation| trip| dates?| to| on| back)|"
        r"(?:i'?m|i am) (?:so |just |really |totally |completely )?(?:done|"
        r"finished) (?:with )?(?:life|living|existing|being alive|this world)|(?:care|"
        r"caring) (?:if|whether) i (?:live or die|die|am alive|wake up)|(?:disappear|dissapear|"
        r"disapear|vanish)(?:ed)? (?:forever|and never come back|for good|from (?:this world|"
        r"everyone|everything|existence))|stop existing|not (?:be )?(?:here|around) anymore|"
        r"(?:give|giving|gave) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions)",
        negatable=False,
    ),
    # Goodbye to everyone, unless it is a last day at work, a move or a trip.
    Rule(
        CRISIS,
        "suicide",
        r"(?:goodbye|good bye) (?:to )?(?:everyone|everybody|the world|cruel world)",
        negatable=False,
        guard=r"\b(?:last day|leaving (?:do|party|drinks)|new job|farewell (?:party|do|drinks)|at "
        r"work|colleagues|coworkers|co-workers|office|moving|emigrat\w*|holiday|trip|airport|"
        r"flight|graduat\w*|wedding|retir\w*)\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:no|don'?t see (?:a|any|the)|can'?t (?:see|find|think of) (?:a|any|the)|not a single|"
        r"there'?s no|without a|is there (?:a|any)) (?:reason|purpose) (?:to|in|of|"
        r"for) (?:[\w'-]+ ){0,3}?(?:live|living|life|go(?:ing)? on|keep(?:ing)? going|"
        r"keep(?:ing)? living|be(?:ing)? alive|stay(?:ing)? alive|exist(?:ing)?)\b|(?:life|"
        r"my life|living) (?:has|holds) no (?:meaning|point|purpose)|(?:happier|better|easier|"
        r"relieved) (?:off )?(?:if|when|once) i(?:'m| am| was| were)? (?:dead|gone|died|not here|"
        r"not around|wasn'?t here|wasn'?t around)|(?:nobody|no one|noone|no-one) (?:would|will|"
        r"'d) (?:even |really )?(?:notice|care|miss me)(?: [\w']+){0,2} if i (?:was|were|died|"
        r"disappeared|wasn'?t|weren'?t|killed|left|didn'?t)",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:think|thinking|thought|thoughts) (?:about|of) ending (?:it|things|everything|"
        r"my life)(?! with| between| for good| off)|end (?:it|things|everything) (?:tonight|today|"
        r"now)\b|(?:wrote|written|writing|write|left) (?:a |my )?(?:goodbye|farewell|suicide|"
        r"final) (?:letters?|notes?|messages?)|(?:wrote|written|writing) (?:letters?|"
        r"notes?) to (?:everyone|everybody|my family|my kids|my parents|my children)|(?:want|"
        r"wanna|wish i could|need) to (?:just )?(?:sleep|go to sleep) (?:forever|"
        r"and never wake up|and not wake up)|(?:pills|knife|gun|rope|blade|razor|"
        r"noose)(?: [\w']+){0,2} (?:in front of me|next to me|in my hand|ready)\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:better|happier|easier|lighter)(?: off)?(?: place| world| life)? without me\b|"
        r"(?:tired|sick|exhausted) of (?:living|being alive|life|existing|being here)\b|(?:ways?|"
        r"how) to (?:die|kill myself|end (?:it all|my life)|commit <SUICIDE>|overdose)|"
        r"painless (?:way|ways|death|method)|why (?:should|would|do|must) i (?:keep living|"
        r"keep going|go on|stay alive|even live|bother living|still live|be alive)|(?:want|wish|"
        r"need) (?:it all|everything|the pain|life|all of it) to (?:just )?(?:stop|"
        r"end)(?: for good| permanently| forever)?\b|(?:i'?ve got|i have|i made|made|"
        r"i'?ve made) a plan(?: [\w']+){0,6} (?:do it|end it|go through with it)|(?:planning|"
        r"planned|plan) (?:how|when|where) to (?:end it|die|kill myself|do it)",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:not going to|won'?t) be (?:around|here|alive) (?:much longer|for long|tomorrow|"
        r"next week|anymore)|(?:wrote|writing|finished|updated|drafted) my will\b|"
        r"how many (?:\w+ )?(?:pills|tablets) (?:it would take|to (?:die|overdose|kill))|"
        r"lethal dose|(?:researching|googling|looking up|searched|search(?:ing)? for|"
        r"read about) (?:how|ways) to (?:die|kill myself|overdose|end it)|(?:only|best|"
        r"easiest) (?:way out|option|solution|answer|choice) (?:is|would be|seems|"
        r"left) (?:to )?(?:die|death|<SUICIDE>|ending it|end it|kill(?:ing)? myself)|(?:death|"
        r"dying|<SUICIDE>) (?:is|seems|feels like) (?:the|my) (?:only|best|easiest) (?:way|option|"
        r"answer|solution|choice)|(?:feel like|want to|wanna|going to|gonna|thinking of|"
        r"about to) end(?:ing)? (?:everything|it all|my life|myself)\b|(?:use|using|turn|"
        r"turning) (?:it|the gun|a gun|the knife|a knife|the pills) on myself",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|starve|starving|"
        r"suffocate|suffocating) ?<SELF>(?! in\b| with\b)|(?:slit|slitting|cut|cutting) (?:my|"
        r"both) wrists?|jump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|"
        r"balcony|window|ledge)|(?:step|walk|jump|throw myself)(?:ped|ed|ing)? in front of (?:a|"
        r"the) (?:train|car|bus|truck)|(?:drive|driving|drove|crash|crashing|crashed|swerve|"
        r"swerving|steer|steering) (?:my car )?(?:into|off) (?:a|the) (?:[\w']+ )?(?:tree|wall|"
        r"bridge|cliff|truck|lorry|bus|van|barrier|pillar|lamp post|canal|reservoir|"
        r"river|lake|oncoming traffic)|into oncoming traffic|(?:going to|gonna|will|'ll|want to|"
        r"wanna|"
        r"plan to|about to) (?:take|swallow|down) (?:all|a bunch|a handful|the whole bottle|"
        r"every one|too many)(?: of)?(?: my| the| her| his)? (?:\w+ )?(?:pills|tablets|meds|"
        r"medication|painkillers)",
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:took|swallowed|downed|(?:have|'ve) taken|just took) (?:like |about |around |maybe |"
        r"over )?(?:a (?:bunch|handful|lot|whole bottle|bottle|load) of |all (?:of )?(?:my |the |"
        r"her |his )?|too many |lots of |a lot of |some |\d{2,} |[5-9] |several |loads of |"
        r"the rest of |a whole (?:bottle|pack|box) of )?(?:(?:of )?(?:my|her|his|the) )?(?:pills|"
        r"tablets|sleeping pills|painkillers|pain killers|antidepressants|meds|medication|tylenol|"
        r"paracetamol|ibuprofen|xanax|benadryl|aspirin)(?! for| to help| to sleep| prescribed|"
        r" every| daily| as | this morning| on time| today)|(?:took|take|taking|"
        r"swallow(?:ed)?) (?:a |an )?(?:whole |entire )?bottle of",
        past=PAST_SELF_HARM,
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"\boverdos(?:e|ed|ing)\b(?! on (?!(?:my |his |her |the |some |a |all )?(?:pills|meds|"
        r"medication|drugs|heroin|fentanyl|opioids|painkillers|pain killers|tylenol|paracetamol|"
        r"acetaminophen|insulin|xanax|benzos|sleeping pills|antidepressants|tablets|alcohol)))",
        past=PAST_SELF_HARM,
        other=(CONCERN, "suicide_other"),
        guard=OVERDOSE_AT_WORK,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:imagin\w*|pictur\w*|plan\w*) my (?:own )?funeral|(?:said|saying|say) my goodbyes|"
        r"until i (?:don'?t|never|can'?t|won'?t) wake up|until i (?:die|stop breathing)|(?:want|"
        r"need) out (?:for good|of (?:life|this life|this world|existence))|(?:life|living|"
        r"existing) is too painful|can'?t bear (?:to live|living|life|to be alive)|(?:i'?m|i am|"
        r"i feel like) a burden (?:to|on) (?:everyone|everybody|my family|them|the world|all)|"
        r"(?:about|going|threatening|trying|ready|want|wants) to jump(?: off)?(?! (?:in|into|on|"
        r"ship|the gun|to conclusions|out of (?:a|the) plane|at|for|through|back|rope|higher))|"
        r"(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot |"
        r"constantly |often |always |all the time )?(?:about|of) (?:dying|being dead|"
        r"not being (?:here|alive|around)|not existing|my (?:death|funeral))\b|(?:what if|if|"
        r"i hope|i wish) i (?:just )?(?:didn'?t|don'?t|never|wouldn'?t) wake up|(?:bought|got|"
        r"have|tied|made) (?:a |the |some )?(?:rope|noose)(?! for)|\bnoose\b|can'?t do (?:life|"
        r"living|this life|existing) anymore|(?:standing|sitting|i'?m|i am) (?:on|at) (?:the|"
        r"a) (?:edge of the )?(?:bridge|ledge|roof|railing|train tracks|tracks|"
        r"cliff)(?: [\w']+){0,2} (?:right now|now)|(?:standing|sitting) on (?:the|a) (?:bridge|"
        r"ledge|railing|train tracks|cliff edge)|(?:texted|sent|wrote|left) (?:me |everyone |"
        r"everybody |us )?(?:a )?(?:goodbye|farewell)(?! to the| party| email| to (?:my|"
        r"our) (?:team|colleagues|coworkers))",
        other=OTHER_SUICIDE,
    ),
    # Methods in the first person, said the quiet way: thinking of jumping, sitting somewhere
    # with the means, staring at them, an engine running in a closed garage.
    Rule(
        CRISIS,
        "suicide",
        r"(?:think|thinks|thinking|thought|thoughts|dream\w*|fantasi[sz]\w*|urges?|tempted|"
        r"imagin\w*|consider\w*|obsess\w*) (?:about |of |to )?jump(?:ing)?\b(?! (?:on|in|into|"
        r"at|to|for|back|ship|rope|through|higher|ahead|around|up|over|the gun|in line|out of "
        r"(?:a|the) (?:plane|cake)|straight|right|from (?:job|one)))",
        past=PAST_SELF_HARM,
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:bathroom|bathtub|bath|tub|floor|car|garage|bed|bridge|roof|ledge)(?: [\w']+){0,3} "
        r"with (?:a|the|my|some) (?:razor|razor blade|blade|knife|rope|noose|pills|bottle of "
        r"pills|gun)\b|(?:razor|blades?|pills|rope|noose|gun)(?: [\w']+){0,6} (?:i keep|i kept|"
        r"i can'?t stop|i'?ve been|i'?m) (?:looking at|staring at|holding|touching|thinking about) "
        r"(?:it|them)\b",
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:garage|car) with the (?:engine|car|motor) (?:running|on)|(?:engine|car|motor) "
        r"running in the (?:closed )?garage|(?:hose|pipe) (?:from|to|on) the exhaust|"
        r"(?:a|the|my) plan and (?:the )?means|(?:have|got) the means(?= *(?:$|[.!?;,]| to (?:do "
        r"it|"
        r"end it|kill myself|die)))|"
        r"(?:not|don'?t|won'?t|never|doubt|no) (?:[\w']+ ){0,3}?(?:be|being|stay|staying) "
        r"(?:around|here|alive) (?:much|any|a lot|very) longer|(?:won'?t|will not|not going to) "
        r"be (?:a |an )?(?:problem|burden|bother|nuisance|trouble) (?:for|to) (?:anyone|anybody|"
        r"everyone|you|them|my family|any of you)(?: [\w']+)? (?:soon|much longer|for long|"
        r"anymore|any more)\b",
        negatable=False,
        past=PAST_SELF_HARM,
        other=(NONE, "suicide_other"),
    ),
    # Self-harm.
    Rule(
        CRISIS,
        "self_harm",
        r"(?<!it's )(?<!its )(?<!it is )(?<!that's )(?<!thats )(?<!it was )(?:cut|cutting|cuts|"
        r"burn|burning|burned|burnt|hurt|hurting|harm|harming|scratch|scratching|punch|punching|"
        r"hit|hitting|bruise|bruising|mutilate|mutilating) ?<SELF>(?! (?:at (?:the gym|work|"
        r"practice|football|soccer|training)|while|playing|running|lifting|skiing|by accident|"
        r"accidentally|working out|in (?:a|the) (?:game|match|gym|accident)))",
        past=PAST_SELF_HARM,
        guard=ACCIDENT,
    ),
    Rule(
        CRISIS,
        "self_harm",
        r"self[- ]?harm(?:s|ed|ing)?|self[- ]?injur(?:y|e|ing|ed)|self[- ]?mutilat(?:e|es|ed|ing|"
        r"ion)",
        past=PAST_SELF_HARM,
        other=(CONCERN, "self_harm_other"),
    ),
    Rule(
        CRISIS,
        "self_harm",
        r"(?:i'?ve|i have|i|i'?m|i am) (?:been |started )?cutting(?: again)?(?! (?:back|down|out|"
        r"off|ties|class|classes|corners|school|it|the|my hair|coupons|carbs|sugar|him|her|them|"
        r"people|contact|things|work|in|through|up))|(?:urges?|tempted|want|wanting|wanna|"
        r"need) to (?:cut|self[- ]?harm|burn myself)(?! (?:him|her|them|off|ties|back|down|out|"
        r"class|corners|the|my hair|contact|it|things|people|my losses|a|an|in|through|costs))|"
        r"relaps\w* (?:and |again )?(?:cut|self[- ]?harm|hurt myself|burn(?:ed|t)? myself|"
        r"started cutting)|\bi (?:cut|burned|burnt)(?: myself)? again\b|(?:cut|cutting|cuts|burn|"
        r"burning|burned|scratch|scratching|carve|carving|carved) (?:my|both) (?:arms?|legs?|"
        r"thighs?|wrists?|skin|stomach|body|hips?)\b|cuts (?:i made|on my (?:arms?|legs?|thighs?|"
        r"wrists?|stomach))|covered in (?:cuts|burns)|(?:hit|hitting|bang|banging|bash|"
        r"bashing) my head (?:against|on|into)|(?:till|until) (?:it|i) bleeds?|make myself bleed|"
        r"(?:^|(?<=[.!?] ))(?:cutting|burning myself|cutting myself)(?: again)? (?:rn|right now|"
        r"now|atm)\b|can'?t stop (?:cutting|the cutting)(?= *(?:$|[.!?;,]| and| again| tonight))",
        past=PAST_SELF_HARM,
        guard=ACCIDENT,
    ),
    # No tomorrow for the person, and the dose that would stop a heart.
    Rule(
        CRISIS,
        "suicide",
        r"(?:isn'?t|is not|won'?t|will not|ain'?t) (?:going to |gonna )?be (?:a |any )?tomorrow "
        r"for me\b(?! if\b| unless\b)|(?:there'?s|there is) no tomorrow for me\b(?! if\b| unless\b)"
        r"|(?:what|wat|how much|how many|which)\b(?: [\w']+){0,4}? (?:stop|stops|kill|kills) (?:a|"
        r"the|my|your|someone'?s|a person'?s|a human) heart\b(?! (?:from|racing|pounding|hurting|"
        r"breaking|aching|beating so|fluttering|skipping|feeling|being)\b)",
        negatable=False,
    ),
    # Passive wishes and plans: an illness or a crash hoped for, nobody noticing, a funeral
    # song chosen seriously, no future pictured, an insurance payout checked, how to do it.
    Rule(
        CRISIS,
        "suicide",
        r"(?:\bi|part of me) (?:hope|hopes|wish|wishes|pray|am praying|kinda hope|low key hope) "
        r"(?:i get (?:cancer|hit by|run over|killed)|(?:the|my) (?:plane|flight) (?:goes down|"
        r"crashes|crash)|(?:a|the) (?:bus|car|truck|train|lorry) (?:hits|runs) me|i (?:don'?t|"
        r"never) wake up)\b|if i (?:died|disappeared|was gone|were gone|wasn'?t here|weren'?t "
        r"here|killed myself)(?: tomorrow| today| tonight| now)?,? (?:would|will) (?:anyone|anybody"
        r"|people|they|he|she|you)(?: even| actually| really)? (?:notice|care|miss me|come|cry)\b|"
        r"(?:song|songs|music|hymns?|readings?|outfit)(?: [\w']+){0,3}? (?:at|for) my (?:own )?"
        r"funeral,? (?:in a serious way|seriously|not (?:as a )?joke|not joking|for real)\b|"
        r"(?:can'?t|cannot|don'?t|can not) (?:see|imagine|picture) myself (?:being |still )?(?:"
        r"alive|"
        r"on this earth|around much longer)\b(?! without\b| w/o\b)|(?:googl\w*|search\w*|looked up|"
        r"look up|checking|"
        r"checked|read up on)(?: [\w']+){0,4}? (?:life insurance|insurance|the policy)(?: "
        r"[\w']+){0,3}? (?:pays? out|covers?) (?:for |on |if it'?s )?(?:suicide|an overdose|self[- "
        r"]inflicted)|(?:thinking|thought|planning|planned|working out|worked out|figured out|"
        r"figuring out) (?:about )?how (?:i'?d|i would|i'?ll|i will|i could|to) do it(?= *(?:$|"
        r"[.!?;]))|took (?:something|some pills|a load|a bunch|loads)(?: [\w']+){0,2}? ['\"]?to "
        r"(?:make it (?:all )?stop|sleep forever|not wake up|end it)\b",
        negatable=False,
        past=PAST_SELF_HARM,
        other=OTHER_SUICIDE,
    ),
    # A wheel not turned on a bridge; a bath with blades beside it.
    Rule(
        CRISIS,
        "suicide",
        r"if i (?:just )?(?:didn'?t|did not|don'?t|stopped|didnt) (?:turn|steer|brake)(?: the "
        r"wheel)?(?: [\w']+){0,5}? (?:on|at|off|into|near) the (?:bridge|bend|cliff|corner|"
        r"motorway|edge|flyover|overpass)\b",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "self_harm",
        r"(?:sitting|sat|lying|i'?m|im) in the bath with (?:the |my |some |a )?(?:razor blades?|"
        r"blades?|razors?|knife|pills)\b",
        negatable=False,
        past=PAST_SELF_HARM,
    ),
    # The last week anyone has to put up with the person.
    Rule(
        CRISIS,
        "suicide",
        r"(?:last|final) (?:week|day|night|time|month) (?:he'?ll|"
        r"she'?ll|they'?ll|you'?ll|anyone will|he will|she will|you will) (?:have to|need to) "
        r"(?:put up with|deal with|worry about|look after) me\b",
        negatable=False,
    ),
    # Joining the dead tonight.
    Rule(
        CRISIS,
        "suicide",
        r"(?:going to|gonna|want to|wanna|will|'ll|ready to|about to) (?:join|be with) (?:my|her|"
        r"his|our) (?:late )?(?:dad|mum|mom|father|mother|husband|wife|son|daughter|brother|"
        r"sister|baby|nan|gran|grandma|grandad|grandpa|partner|boyfriend|girlfriend)(?: again)? "
        r"(?:tonight|today|soon|tomorrow|this weekend|in heaven)\b(?=[^.!?;\n]*\b(?:died|passed "
        r"away|passed on|dead|heaven|grave|late|funeral|lost)\b)",
        negatable=False,
        other=OTHER_SUICIDE,
    ),
    # Method research: the height that kills, the pills that shut the liver down fastest.
    Rule(
        CRISIS,
        "suicide",
        r"how (?:high|tall|far up) (?:does|do|would|should|must|has) (?:a|the) (?:bridge|building|"
        r"drop|fall|balcony|window|floor|cliff|car park|ledge) (?:need to|have to|got to|to) be\b"
        r"(?! (?:for|so|to let|to pass)\b)|(?:which|what|how many|how much)(?: [\w']+){0,4}? "
        r"(?:shut|shuts|shutting|close|closes) (?:your|my|the|a person'?s) (?:liver|kidneys|"
        r"organs|heart|body) down|(?:which|what) (?:pills|tablets|meds|painkillers|drugs|method|"
        r"way)(?: [\w']+){0,3}? (?:would |will |could )?(?:kill|end (?:it|me|you)|be (?:the )?"
        r"(?:quickest|fastest|most painless))(?: [\w']+){0,3}? (?:fastest|quickest|painlessly|"
        r"most painless|without pain|for sure)\b",
        negatable=False,
        guard=OVERDOSE_AT_WORK,
    ),
    # Not planning to wake, goodbyes said in secret, helium ordered.
    Rule(
        CRISIS,
        "suicide",
        r"(?:don'?t|do not|doesn'?t) (?:plan|intend|expect|want) (?:on|to) (?:waking|wake) up "
        r"(?:tomorrow|again|in the morning|anymore)\b(?! (?:early|before|till|until|at)\b)|"
        r"(?:saying|said|say|been saying) (?:my |proper |quiet |secret |little |silent )?goodbyes?"
        r"(?: [\w']+){0,5}? without (?:them|anyone|anybody|her|him|people) (?:knowing|realising|"
        r"realizing|noticing)|(?:ordered|bought|got|picked up|have) (?:the |a |some )?(?:helium|"
        r"nitrogen)(?: (?:tank|canister|cylinder|bottle|kit))?\b(?! (?:for|balloons?)\b)",
        negatable=False,
        guard=r"\b(?:balloons?|party|birthday|wedding|baby shower|gender reveal|decorations?|"
        r"welding|diving|scuba|shop|store|work)\b",
    ),
    # A wound that will not stop bleeding, a shard held after a fight.
    Rule(
        CRISIS,
        "self_harm",
        r"(?<!hair )\bcut (?:earlier|tonight|today|last night|again|too deep|deeper|deep)(?: "
        r"[\w']+){0,3}?(?: and|,| but) (?:it|the bleeding|the cut)(?: still)?(?: just)? (?:won'?t|"
        r"wouldn'?t|isn'?t|doesn'?t|hasn'?t|will not|is not) (?:stop|stopping|stopped)(?: "
        r"bleeding)?(?= *(?:$|[.!?;,]| and\b| even\b| no matter\b))|(?:i'?m|im|i am)(?: just| still"
        r")? "
        r"(?:holding|gripping|clutching|sat here with|sitting here with) (?:a|the|this) (?:piece|"
        r"shard|bit|chunk|sliver) of (?:it\b|the (?:broken )?(?:mirror|glass|bottle|plate)|"
        r"(?:broken )?(?:mirror|glass))",
        past=PAST_SELF_HARM,
        guard=ACCIDENT
        + r"|\b(?:clean\w*|sweep\w*|hoover\w*|vacuum\w*|bin|dustpan|jigsaw|puzzle)\b",
    ),
)
"""Suicide and self-harm, direct and indirect; about the person, or someone they speak of."""
