"""Safety rules for immediate danger and threats to kill or hurt (see `safety_rules`)."""

from __future__ import annotations

from core.engine.lexicon.safety_idioms import CONSENT, GRAPPLING
from core.engine.lexicon.safety_rules import CONCERN, CRISIS, NONE, PAST_ABUSE, Rule

_UNRESPONSIVE = (
    r"(?:(?:she|he|they|<SUBJ>|my (?:roommate|flatmate|mate|friend|bestie))(?:'s| is| are|'re) "
    r"(?:not|n'?t) (?:responding|responsive|reacting)(?! (?:to|well)\b)|unresponsive|"
    r"(?:won'?t|doesn'?t|isn'?t) (?:wake|waking) up)"
)
_HURT_BODY = (
    r"(?:fell|fallen|slipped|collapsed|passed out|blacked out|hit (?:his|her|their) head|"
    r"cracked (?:his|her|their) head|head|floor|ground|tiles|stairs|bath|breathing|blood|"
    r"bleeding|pills|overdos\w*|vodka|seizure|fitting|convuls\w*|unconscious|face down|limp|"
    r"lips|snoring|gurgl\w*)"
)
"""A body in trouble, near someone who does not respond: a fall, a head, pills, breathing."""
_HELD_FONDLY = (
    GRAPPLING + r"|\b(?:training|class|playful\w*|play fight\w*|tickl\w*|kiss\w*|cuddl\w*|"
    r"joking|as a joke)\b"
)
"""Holds that are sport, play or affection."""
PHOTO_OF_MINE = (
    r"(?:a |another )?(?:photo|pic|picture|snap|video|selfie)(?: [\w']+){0,2}? (?:of|outside|"
    r"in front of|from outside) my (?:front door|door|house|flat|apartment|building|window|"
    r"bedroom window|car|work|office|street|kids'? school)"
)
"""A picture someone took of where the person lives or works."""
_HOME_NEWS = (
    r"\b(?:paint\w*|flowers?|parcel|package|deliver\w*|decorat\w*|wreath|renovat\w*|listing|"
    r"estate agent|keys|moving|airbnb|pumpkins?|christmas|halloween|lights|sold|for sale|"
    r"cute|funny|borrow\w*|scratch\w*|dent\w*|damage\w*|park\w*|fixed|clean\w*|sell\w*)\b"
)
"""What a picture of someone's front door is usually about."""

DANGER_RULES: tuple[Rule, ...] = (
    # Immediate danger.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:knife|gun|pistol|rifle|weapon|blade|machete|bat|hammer|axe) (?:to|at|against|"
        r"on) (?:me|my|us)\b|(?:with|holding|has|grabbed|pulled|got) (?:a|his|her|the) (?:knife|"
        r"gun|pistol|rifle|weapon|machete|axe)(?: \w+){0,4} (?:outside|at the door|at my door|"
        r"coming|after me|in the house|threaten\w*|came at me|come at me|coming at me|went for me|"
        r"towards me|at me|chased me|attacked me)|(?:outside|at|banging on|breaking|kicking|"
        r"trying to (?:get|break) (?:in|into))(?: [\w']+){0,5} with (?:a|his|her|the) (?:knife|"
        r"gun|weapon|bat|hammer|axe)|(?:chasing|chased|coming|came|waving|waved|pointing|pointed|"
        r"attacking|attacked|threatening|threatened|held|holding) (?:at |after )?(?:me|"
        r"us) with (?:a|his|her|the) (?:knife|gun|weapon|blade|bat|hammer|axe)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?:scared|afraid|terrified|frightened|fear|fearing|worried|convinced|sure|think|"
        r"know)(?: that)? <SUBJ>(?:'ll|'s going to|'s gonna|'d| will| would| is going to|"
        r" is gonna| was going to| might| may| could| is about to| wants to| is trying to|"
        r" is coming to| is going to try to)(?: [\w']+){0,3}? (?:kill|murder|shoot|stab|strangle|"
        r"rape|choke) (?:me|us|my|our|the)\b|(?:afraid|scared|fear(?:ing)?|"
        r"terrified) for my (?:life|safety)|(?:i'?m|i am) not safe|(?:trying|tried|try|"
        r"tries) to (?:kill|strangle|choke|drown|stab|shoot|murder|rape) (?:me|us)\b|(?:break|"
        r"breaking|broke|kick|kicking|kicked|bang|banging|pounding|smashing) (?:down |in |into |"
        r"on )?(?:my|the) (?:door|window|windows|front door)|<SUBJ>(?:'s|"
        r" is) (?!been\b)(?:\w+ )?(?:hitting|beating|choking|strangling|attacking|raping|kicking|"
        r"punching|stabbing) (?:me|us)\b<NOIDIOM>|(?:pushed|threw|shoved|"
        r"kicked) me down the stairs|(?:i'?m|i am) (?:bleeding|badly hurt|injured)|"
        r"can'?t stop (?:the )?bleeding|(?:broke|broken|fractured) my (?:arm|nose|ribs?|jaw|wrist|"
        r"leg|finger|hand)|knocked me (?:out|unconscious)|set (?:the|my|our) (?:\w+ )?(?:on fire|"
        r"alight|ablaze)",
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?:being|been|was|were|got|get|am|i'?m) traffick\w*|sex traffick\w*|(?:being|been|was|"
        r"were|got|get|am|i'?m) pimped|pimps? me|(?:sold|selling|sells|sell) me (?:to|for)|"
        r"(?:makes?|made|forces?|forced) me (?:to )?(?:sleep with|have sex with) (?:men|guys|"
        r"strangers|his friends|people|other men) for (?:money|cash|drugs)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    # Held somewhere now; someone getting in now; someone in medical danger now.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:locked|locks|locking|lock) (?:me|us)(?: and (?:the|my|our) [\w']+)? (?:inside|in) "
        r"(?:since (?:morning|this morning|yesterday|last night|\d)|for (?:\d+|two|three|hours|"
        r"days))|"
        r"(?:locked|locks|locking|lock) (?:me|us) in(?: (?:the|my|our|his|her|a|this))? "
        r"(?:apartment|flat|house|home|room|bedroom|bathroom|basement|cellar|garage|car|store ?room"
        r"|storeroom|spare room|box room|pantry|attic|loft|shed|outhouse)(?: [\w']+)"
        r"{0,3}? (?:since|for (?:\d+|two|three|four|five|a few|several|many) (?:days?|hours?|"
        r"nights?|weeks?))|(?:(?:won'?t|wont|will not|refuses? to) let|(?:isn'?t|is not) "
        r"letting) me (?:leave|out|go)(?: of| from)? (?:his|her|their|this) (?:flat|apartment|"
        r"house|place|room|car|van|truck)|(?:won'?t|wont|will not|refuses? to) let me out of "
        r"(?:the|his|her|"
        r"their|this) (?:car|van|truck|room)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?:someone|somebody|a man|a guy|he|she|they|<SUBJ>|my ex)(?:'s| is| are|'re)? (?:trying|"
        r"tryin) to (?:open|get in(?:to)?|break in(?:to)?|force|pick|unlock|kick in) (?:my|the|"
        r"our) (?:back |front |side |bedroom |bathroom |balcony )?(?:door|window|lock)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?<!my )(?<!your )(?:(?:her|his|their|the baby'?s) )?(?:lips|face|skin|fingers) (?:are|"
        r"is|"
        r"look|looks|"
        r"looking|turned|turning|gone|going) "
        r"(?:kinda |kind of |a bit |really |all |so )?(?:blue|grey|gray|purple)\b|(?:she|he|they|"
        r"<SUBJ>|my (?:roommate|flatmate|mate|friend|bestie))(?:'s| is| are|'re) (?:not|n'?t) "
        r"(?:waking|breathing)(?: up)?(?: properly| right)?(?= *(?:$|[.!?;,]| and| after| since| "
        r"at all))|(?:she|he|they|<SUBJ>|my (?:roommate|flatmate|mate|friend|bestie)|(?:his|her) "
        r"mate)?(?:'s| is| are|'re)? ?(?:barely|hardly|only just) breathing|(?:she|he|they|<SUBJ>)"
        r"(?:'s| has| have|'ve) stopped breathing|(?:collapsed|passed out|"
        r"keeled over)(?: [\w']+){0,6}"
        r"(?:,| and) (?:lips|face) (?:going|gone|turning) (?:blue|grey|gray)",
        negatable=False,
        guard=r"\b(?:laugh\w*|cpap|apno?ea|swim\w*|lake|sea|pool|ice|cold water|winter|"
        r"lipstick|blueberr\w*|slushie|paint\w*|costume|smurf)\b",
    ),
    # Someone hurt or drugged who does not come round: "cracked her head on the tiles, she's not
    # responding", "passed out after xanax and vodka and I can't wake him".
    Rule(
        CRISIS,
        "danger_now",
        rf"{_HURT_BODY}(?: [\w',]+){{0,12}}? {_UNRESPONSIVE}|{_UNRESPONSIVE}(?: [\w',]+){{0,8}}? "
        rf"{_HURT_BODY}|(?:can'?t|cannot|couldn'?t|can not) (?:wake|rouse) (?:him|her|them|"
        r"<PARTNER>|my (?:roommate|flatmate|mate|friend|bestie|son|daughter|mum|mom|dad|brother|"
        r"sister))\b|(?:her|his|their) breathing (?:sounds|is|'s|seems) (?:\w+ )?(?:like (?:snoring"
        r"|gurgling|rattling)|gurgl\w*|rattl\w*)",
        negatable=False,
        guard=r"\b(?:texts?|messages?|calls?|dms?|emails?|snaps?|whatsapp|phone|repl(?:y|ies|ying)|"
        r"online|ghost\w*|mornings?|alarms?|for (?:work|school|class|uni|college)|on time|"
        r"sleeps through|heavy sleeper|snooz\w*|naps?|weekends?|every (?:day|night)|all night|"
        r"cpap|apno?ea|game|controller|laptop|screen|router|wifi|tv)\b",
    ),
    # Someone at the door for hours, a sinister answer about a child, "i'm next", a gun fetched.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:trying|tried|tries|rattling|rattled|jiggling|testing|trying to open) (?:my|the|our) "
        r"(?:front |back )?(?:door ?handle|door|handle|lock|window)s?(?: [\w']+){0,3}? (?:since "
        r"(?:\d|midnight|last night|this morning)|for (?:the last |an |over an )?(?:\d+|an?|two|"
        r"three|"
        r"half an) (?:hours?|minutes?|mins?)|all night)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:said|says|told me|texted|replied|wrote|answered)[:,]? ['\"]?(?:check|look in|try|"
        r"search) the (?:river|canal|lake|sea|woods|morgue|quarry|reservoir)\b|(?:said|says|"
        r"told me|texted|screamed|yelled|warned(?: me)?)(?: that)? ['\"]?(?:i'?m|i am|you'?re|you "
        r"are|ur) next\b(?! (?:to|in|for|up|on|at)\b)|(?:said|says|told me|texted|threatened)"
        r"(?: that)? (?:he|she|they)(?:'s| is| was|'re| are)? (?:getting|going to get|gonna get|"
        r"going for|fetching|gone to get|went to get) (?:the|his|her|their|a) (?:gun|shotgun|"
        r"rifle|pistol|firearm|knife|machete)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:hunting|range|clean\w*|season|deer|rabbits?|pheasants?|clay|target|queue|"
        r"line|barber|hairdresser|dentist|doctor|interview|game|draft|raffle|married|engaged)\b",
    ),
    # Someone held against a wall or by the throat as the person writes.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:has|'s got|has got|is holding|'s holding|is pinning|'s pinning) (?:her|him|me|them|"
        r"my [\w']+) (?:pinned|held down|cornered|(?:up )?against the (?:wall|door|floor|counter|"
        r"fridge)|by the (?:throat|neck|hair))",
        negatable=False,
        past=PAST_ABUSE,
        guard=_HELD_FONDLY,
    ),
    # A child taken where nobody will find them, or kept somewhere unsaid.
    Rule(
        CRISIS,
        "child_danger",
        r"(?:taking|take|took|taken|bring|bringing|hide|hiding|hid|keep|keeping) (?:her|him|them|"
        r"the (?:kids|children|baby)|<CHILD>) (?:[\w']+ ){0,3}?['\"]?(?:somewhere|where|to a "
        r"place) (?:nobody|no one|noone|you|i)(?: will|'ll| can| could| would| won'?t| can'?t)"
        r"(?: never| ever)? (?:find|see|reach|get to)\b|<CHILD>(?: [\w',]+){0,14}? (?:won'?t|will "
        r"not|"
        r"refuses to|refusing to|isn'?t|not) (?:say|saying|tell me|telling me|let me know) where "
        r"(?:(?:they|he|she)(?: are| is|'re|'s)?(?: now)?(?= *(?:$|[.!?,;]| and\b| or\b|"
        r" anymore\b))|(?:he|she|they)(?:'s|"
        r" has| have|'ve) taken)",
        negatable=False,
        guard=r"\b(?:anniversary|holiday|vacation|trip|getaway|honeymoon|surprise|birthday|"
        r"hide and seek|hide-and-seek|game|treasure hunt|party)\b",
    ),
    # An ex who shows the person their own front door.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:ex|ex-\w+|ex (?:husband|wife|boyfriend|girlfriend|partner)|stalker)(?: [\w']+){0,3} "
        rf"(?:sent|sends|sending|texted|posted|dm'?d|messaged)(?: me)? {PHOTO_OF_MINE}",
        negatable=False,
        past=PAST_ABUSE,
        guard=_HOME_NEWS,
    ),
    # A partner's (or anyone's) threat to kill or hurt.
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:threaten(?:s|ed|ing)?|said|says|told me|tells me|swore|swears|keeps? saying|"
        r"screamed|screaming|yelled|yelling)(?: (?:me|to me|us))?(?: that)?(?: <SUBJ>)?(?:'d|'ll|"
        r" would| will| to| is going to|'s going to| was going to| gonna)(?: \w+)? (?:throw|drop|"
        r"drown|smother|suffocate|poison|starve|run over|hurt|harm|kill) (?:<CHILD>|the (?:kids|"
        r"children|baby))",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:threaten(?:s|ed|ing)?|threats?|promised|swore|swears|said|says|told me|tells me|"
        r"warned(?: me)?|keeps? saying|texted|texting|wrote|writing|dm'?d|dming|dms|messag(?:ed|es|"
        r"ing)|post(?:ed|s|ing)|comment(?:ed|s|ing)|screaming|screams|screamed|yelling|yells|"
        r"yelled|shouting|shouts|shouted)(?: (?:me|to me|us))?(?: that)?(?: <SUBJ>)?(?:'d|'ll|"
        r" would| will| to| is going to|'s going to| was going to| gonna| is gonna| might|"
        r" could)(?: \w+)? (?:kill|murder|hurt|harm|beat|shoot|stab|strangle|choke|rape|"
        r"burn) <VICTIM>\b|(?:said|says|told me|texted|yelled|screamed|"
        r"threatened)[:,]? \"?(?:i'?ll|i will|i'?m going to|i'?m gonna|i swear i'?ll|"
        r"i could) (?:\w+ )?(?:kill|murder|hurt|shoot|stab) (?:you|ya|u)\b|death threats?|"
        r"threat(?:en\w*)? (?:to )?my life|beat the (?:shit|crap|hell|life) out of me|beat "
        r"(?:it|that|this|the [\w']+) out of (?:me|you|u)\b|(?:texted|said|says|told me|"
        r"messaged|wrote|screamed|yelled|keeps? saying)[:,]? ['\"]?(?:you'?re|youre|your|ur|you "
        r"are) (?:so |fucking )?dead (?:when|once|as soon as) (?:i|he|we) (?:get|come|find|see)|"
        r"(?:got|get|gets|getting|has|took|takes|taking|pulled|pulls) (?:the|a|his|her|"
        r"their) (?:gun|pistol|rifle|shotgun|knife|machete) out\b(?! (?:of the (?:safe|case) )?"
        r"(?:to|for) (?:clean\w*|show\w*|sell\w*|hunting|the (?:shooting )?range|target "
        r"practice))",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"if i (?:ever )?(?:leave|go|tell|report|call|break up|try to leave|left|"
        r"told)(?: [\w']+){0,4},? (?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|"
        r" is gonna|'s gonna) (?:\w+ )?(?:kill|hurt|murder|shoot|stab|beat) (?:me|us|my|"
        r"the kids)\b|(?:he|she|they)(?:'ll| will|'d| would|'s going to|"
        r" is going to) (?:\w+ )?kill (?:me|us)(?: [\w']+){0,3} if i\b|use (?:it|the knife|"
        r"the gun|a knife|a gun|his gun|her gun|his knife|her knife) on (?:me|us|my|the kids)\b|"
        r"finish (?:the job|me off)|(?:i'?d|i would|i'?ll|i will|you'?d|you would|you'?ll|"
        r"you will) (?:be|end up) dead if\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"see (?:them|the kids|my kids|my children|you|me) alive again|lock(?:ed|s)? (?:me|us|"
        r"the kids|my (?:son|daughter|kids)) in (?:the|a|his|her) (?:trunk|boot|car boot|cellar|"
        r"freezer|crate|cage|(?:garden |back |old )?shed)|burn (?:the|my|our) (?:house|home|"
        r"place|apartment|"
        r"car)(?: down)? with (?:me|us|the kids)|(?:choked|strangled|suffocated|"
        r"smothered) (?:me )?(?:until|till|and) i (?:passed out|blacked out|lost consciousness|"
        r"couldn'?t breathe)|broke in(?:to)? (?:my|the|our) (?:house|home|apartment|place|flat|"
        r"room)|<SUBJ> (?:just|literally just) <HITV> (?:me|us)\b<NOIDIOM>|(?:i'?m|"
        r"i am) (?:hiding|locked) (?:in|from) (?:the |my |a )?(?:bathroom|bedroom|closet|car|room|"
        r"basement|him|her)",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"next time,? (?:he|she|they|<SUBJ>)(?:(?:'ll| will|'s going to| is going to|'s gonna|"
        r" would|'d) (?:finish (?:it|the job|me)|kill|end (?:me|it|my life))| (?:won'?t|will not|"
        r"wouldn'?t|isn'?t going to|is not going to) (?:let go(?! of)|stop(?= *(?:$|[.!?;,]| at "
        r"(?:that|choking|hitting)))|hold back|miss))\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    # Threats sent as farewells or warnings: "enjoy ur last night", "sleep with one eye open".
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:said|says|told me|texted|sent|messaged|wrote|replied|dm'?d|dmed|voicemail)(?: me| us)?"
        r":? ['\"]?(?:enjoy|make the most of) (?:ur|your|you'?re) (?:last|final) (?:night|day|days|"
        r"breaths?|christmas|weekend|week|hours)(?! (?:of|as|in|at|before|with|together|off|here|"
        r"there|on (?:the|this) (?:job|team|course|island))\b)|(?:said|says|told me|texted|sent|"
        r"messaged|wrote|replied|dm'?d|dmed|voicemail)(?: me| us)?:? ['\"]?(?:i'?m |im )?coming for"
        r" "
        r"(?:u|you|ya) and (?:ur|your) (?:new )?(?:fella|bf|boyfriend|girlfriend|gf|man|partner|"
        r"husband|wife|kids|family|mum|mom)|(?:said|says|told me|texted|sent|messaged|wrote|"
        r"replied|warned(?: me)?|dm'?d|dmed)(?: me| us)?:? ['\"]?(?:[\w']+ ){0,8}?sleep with one "
        r"eye open",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:joke\w*|joking|kidding|banter|game|match|quiz|cat|dog|"
        r"puppy|kitten|toddler|baby)\b",
    ),
    # Voices commanding harm, a whole family "going to sleep forever".
    Rule(
        CRISIS,
        "danger_now",
        r"(?:the )?voices? (?:in (?:his|her|their|my) head )?(?:told|tell|tells|are telling|is "
        r"telling|keep telling|keeps telling|said|say|says) (?:him|her|them|me) (?:to|that) "
        r"(?:[\w']+ ){0,6}?(?:ending|end|kill|killing|hurt|hurting|harm|drown|drowning|protect|"
        r"sacrifice|punish|save|cleanse|die|jump)\b|(?:we'?re|we are|we'?ll|we will) all "
        r"(?:going to |gonna |be going to )?(?:sleep forever|go to sleep forever|die (?:together|"
        r"tonight)|be together (?:forever|in heaven|with god)|go to heaven|be with god)",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:cake|pizza|order\w*|buy|text (?:him|her|them) back|film|"
        r"movie|book|novel|song|lyrics?|game|church|sermon|hymn|prayer|pray\w*)\b",
    ),
    # Someone who has overdosed, or is held over a drop, now.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:she|he|they|<SUBJ>)(?:'s| has|'ve| have) (?:just |now )?overdosed(?= *(?:$|[.!?;,]| "
        r"and\b| again\b| on (?:(?:my|his|her|the|some|a|all|[\w']+) )?(?:pills|meds|medication|"
        r"drugs|heroin|fentanyl|opioids|painkillers|tylenol|paracetamol|acetaminophen|insulin|"
        r"xanax|benzos|sleeping pills|antidepressants|tablets|alcohol)\b))|(?:holding|"
        r"dangling|hanging|held|dangled) <CHILD> (?:over|out of|off) (?:the|a) (?:well|balcony|"
        r"edge|bridge|railing|window|water|river|side|stairs|banister|cliff|ledge)\b",
        negatable=False,
        past=(CONCERN, "suicide_other"),
        guard=r"\b(?:paramedics?|nurses?|patients?|call ?outs?|shifts?|swim\w*|pool|splash\w*|"
        r"photo\w*|pictures?|view|wave|waving|fireworks|parade|boat|ship|ferry|dolphins?|ducks?|"
        r"fish|so (?:she|he|they) could|to see|to look)\b",
    ),
    # A child's fate promised as news.
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:said|says|told me|texted|threatened|warned(?: me)?)(?: that)? (?:i'?ll|i will|you'?ll|"
        r"you will|ull) (?:see|read about|hear about) (?:them|it|the kids|us|her|him|my [\w']+) "
        r"(?:in|on) the (?:news|papers|paper)\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    # Strangling that goes on; someone outside with petrol or a weapon.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:he|she|they|<SUBJ>)(?:'s| has| have|'ve) been (?:strangling|choking|suffocating|"
        r"smothering) me\b|(?:he|she|they|<SUBJ>) keeps? (?:strangling|choking|suffocating|"
        r"smothering) me\b|(?:he|she|they|<SUBJ>|my ex)(?:'s| is) (?:outside|at the door|"
        r"downstairs|in the drive|in the garden|on the doorstep)(?: [\w']+){0,3}? with (?:a|the|"
        r"his|her) (?:can of petrol|petrol can|jerry can|can of gasoline|gas can|gun|knife|machete|"
        r"axe|baseball bat|hammer|crowbar)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=CONSENT + r"|\b(?:safe ?word|consensual\w*|kink\w*|bdsm|i (?:like|enjoy) it|we both "
        r"(?:like|enjoy)|kisses|love|hugs|cuddles|affection|mower|lawnmower|generator|"
        r"garden\w*|bbq|barbecue|chopping wood|firewood|diy)\b",
    ),
    # Someone else attacked now; a child marked or with an adult "boyfriend"; a hand up a skirt;
    # images held over the person with a deadline.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:her|his|their) (?:husband|wife|boyfriend|girlfriend|partner|bf|gf|ex|fianc[eé]e?) "
        r"(?:is|'s) (?:hitting|beating|attacking|strangling|choking|stabbing|kicking|punching) "
        r"(?:her|him|them)\b(?! (?:back|up)\b)",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:game|match|fight night|boxing|sparring|playing|film|show|episode)\b",
    ),
    Rule(
        CRISIS,
        "child_danger",
        r"(?:bruises|marks|burns|welts|fingerprints|bite marks|finger marks) (?:on|all over) (?:my|"
        r"our|his|her) (?:little )?(?:son|daughter|baby|kid|child|toddler|boy|girl)'?s (?:neck|face"
        r"|"
        r"back|arms?|legs?|body|bum|bottom|head|throat|ribs)\b|(?:my|our) (?:daughter|son|girl|boy|"
        r"kid)(?:'s| is) (?:1[0-7]|[5-9])\b(?: [\w']+){0,3}? (?:and|but) (?:her|his) '?(?:2\d|"
        r"[3-9]\d)[- ]?(?:year[- ]old|yo|y/o) (?:boyfriend|girlfriend|bf|gf|man|guy|partner|"
        r"'boyfriend'|'girlfriend')",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:football|rugby|playground|climbing|trampoline|fell|falls|birthmark|eczema|"
        r"rash|mosquito|bumped|bike|scooter|teacher|tutor|coach|cousin|uncle|aunt|grandad|grandpa|"
        r"grandma|nan)\b",
    ),
    Rule(
        CRISIS,
        "sexual_assault",
        r"(?:put|puts|shoved|stuck|forced|slid) (?:his|her|their) hands? (?:up|down|inside|in|"
        r"under) my (?:skirt|dress|top|shirt|pants|trousers|knickers|underwear|bra|jeans|shorts)\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "partner_threat",
        r"(?:blackmail\w*|extort\w*) me (?:with|over) (?:my |the |our |some )?(?:nudes|pics|"
        r"pictures|photos|videos|vids)(?:,? [\w']+){0,6}? (?:by|before|until|or) (?:tonight|"
        r"tomorrow|midnight|the morning|friday|monday|\d|he posts|she posts|they post|he'?ll post|"
        r"she'?ll post|he sends|she sends|he'?ll send)\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    # Followed now; someone else locked in; a refuge found; a gun on the table with a warning.
    Rule(
        CRISIS,
        "danger_now",
        r"same (?:[\w']+ ){0,2}?(?:car|van|truck|bike|motorbike|man|guy|person)(?: [\w']+){0,3}? "
        r"(?:behind me|following me|tailing me)(?: [\w']+){0,2}? since\b|(?:gone|went|driven|drove|"
        r"walked) (?:round|around) the (?:roundabout|block)(?: [\w']+){0,3}? and (?:it'?s|he'?s|"
        r"she'?s|they'?re|it is|he is) still (?:there|behind me|following)|(?:locked|has locked|"
        r"locks) (?:her|him|them|my (?:friend|sister|daughter|son|mum|mom|brother|cousin)) (?:in|"
        r"inside) (?:his|her|their|the|a) (?:house|flat|room|apartment|car|basement|bathroom)\b|"
        r"(?:come|coming|going to come|turn up|show up|find me) (?:to|at) the (?:refuge|shelter|"
        r"safe house)\b|(?:sent|texted|posted)(?: me)? a (?:photo|picture|pic|video) of the "
        r"(?:refuge|shelter|safe house)|(?:checked|check|checking|looked at|went to see|measured|"
        r"scouted|found "
        r"out) how (?:high|tall|far down|deep) the (?:car park|multi[- ]?storey|bridge|roof|"
        r"building|cliff|balcony|drop|quarry|viaduct)(?: roof)? (?:is|was|goes)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:lorry|van height|vehicle|clearance|traffic|sat ?nav|uber|taxi|lift|driving "
        r"lesson|instructor|volunteer\w*|work at|job at|hike|hiking)\b",
    ),
    # A child taken by a drunk driver, a poison swallowed, a bouncer thrown; someone limp or not
    # breathing; a weapon sent as a picture; a lighter held to an arm; a jump from a moving car;
    # hands still felt after an assault.
    Rule(
        CRISIS,
        "child_danger",
        r"(?:took|grabbed|has|put) (?:the baby|the kids|our (?:son|daughter|baby|kids|boy|girl)|"
        r"<CHILD>)(?: [\w']+){0,4}? (?:and )?(?:drove|driving|drove off|is driving|took off)(?: "
        r"[\w']+){0,2}? (?:drunk|high|wasted|after drinking|over the limit)\b|<CHILD>(?: "
        r"[\w']+){0,2}? (?:got into|swallowed|ate|drank|has eaten|found and ate)(?: [\w']+){0,3}? "
        r"(?:methadone|pills|meds|medication|tablets|bleach|dishwasher tablets?|washing pods|"
        r"button batter\w*|vodka|alcohol|drugs|weed|edibles)\b|(?:threw|flung|hurled|kicked|"
        r"tipped|threw over) (?:the )?(?:baby'?s? )?(?:bouncer|cot|crib|car seat|pram|high chair|"
        r"bassinet|moses basket)(?: [\w']+){0,3}? with (?:her|him|them|the baby) (?:still )?in it",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?:her|his|their|the baby'?s|my [\w']+'s) chest (?:isn'?t|is not|not|stopped|has "
        r"stopped|doesn'?t seem to be) (?:moving|rising|going up)|(?:she|he|they|<SUBJ>|<CHILD>)"
        r"(?:'s| is|'s gone| has gone| went| gone)(?: really| all| completely| suddenly)? (?:limp|"
        r"floppy|unresponsive)\b|(?:sent|texted|posted)(?: me)? a (?:pic|picture|photo|video|snap) "
        r"of (?:his|her|their|a|the) (?:shotgun|gun|rifle|pistol|knife|machete|axe|crossbow|"
        r"bullets)\b|(?:she|he|they|<SUBJ>)(?:'s| is| are|'re)(?: [\w']+){0,5}? (?:holding|pressing"
        r"|putting) (?:a |the )?(?:lighter|flame|blade|razor|knife|cigarette) (?:to|against|on) "
        r"(?:his|her|their) (?:arm|wrist|skin|leg|thigh)|(?:she'?ll|he'?ll|she will|he will|she'?s "
        r"going to|he'?s going to|threatening to) (?:jump|throw (?:herself|himself)) out (?:of "
        r"(?:the|my|his|her) )?(?:car|moving car|window)?\b|(?:still|can still) feel (?:his|her|"
        r"their) hands on me\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:hair|cake|dough|plant|noodles|pasta|fish|lettuce|gym|workout|tired|asleep|"
        r"hunting|deer|trophy|collection|kitchen|chef|knife set|new knife|bought|birthday|present|"
        r"range|party|skydiv\w*|parachut\w*|plane|candle|candles|cake)\b",
    ),
    # Written after blind16: followed onto a bus, a drug taken and legs gone numb, a wheel not
    # turned on a bridge, a child back with bruises up both arms, a bath with blades beside it.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:followed|following|follows) me (?:onto|on to|into|on|off) the (?:bus|train|tube|tram|"
        r"metro|ferry)\b|(?:sitting|sat|standing|stood) (?:two|three|four|a few|\d+) (?:rows|seats)"
        r" "
        r"behind me\b|(?:can'?t feel my (?:legs|arms|face|hands)|(?:room|everything)(?:'s| is) "
        r"spinning)(?: [\w']+){0,3}? (?:after|since|from) what i (?:took|swallowed|drank|had|"
        r"injected)\b|<CHILD>(?: [\w']+){0,6}? with (?:bruises|marks|burns|welts|finger marks) "
        r"(?:up|on|all over|down) (?:both |her |his |their )?(?:arms|legs|back|face|neck|body)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:football|rugby|playground|climbing|trampoline|fell|falls|eczema|rash|"
        r"mosquito|bike|scooter|party|festival|rollercoaster|ride)\b",
    ),
    # Written after blind17: a brick through a window now, a rifle loaded on video, a hand over the
    # mouth and nose till the person nearly passes out, a son taken from school.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:threw|thrown|put|smashed|chucked|lobbed) (?:a )?(?:brick|rock|stone|bottle|something) "
        r"(?:through|at|into) (?:my|our|her|his|the) (?:[\w']+ )?(?:window|door|windscreen)\b|"
        r"(?:sent|texted|posted)(?: me)? a (?:pic|picture|photo|video|snap) of (?:him|her|them) "
        r"(?:loading|holding|cleaning|waving|pointing) (?:his|her|their|a|the) (?:shotgun|gun|rifle"
        r"|pistol|knife|machete|axe|crossbow)\b|(?:hand|hands|pillow|bag|palm) over my (?:mouth|"
        r"nose|face|mouth and nose)(?: [\w']+){0,6}? (?:till|until) i (?:nearly |almost )?(?:pass(?"
        r":"
        r"ed)? out|black(?:ed)? out|can'?t breathe|couldn'?t breathe)",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:football|cricket|golf|kids playing|accident|by accident|wind|storm|hunting|"
        r"deer|range|kink\w*|consensual|safe ?word)\b",
    ),
    # Written after blind18: a baby taken into the dark by someone who said she'd take him with her,
    # a collapse with gasping breath, a knife held to an arm on a video call.
    Rule(
        CRISIS,
        "child_danger",
        r"if (?:she|he) (?:goes|went|dies|leaves this world),? (?:she'?s|he'?s|she is|he is|"
        r"she'?ll|he'?ll|she will|he will|she'?d|he'?d) (?:taking|take) (?:him|her|them|the baby|"
        r"the kids|our [\w']+) with (?:her|him)\b",
        negatable=False,
        past=PAST_ABUSE,
    ),
    Rule(
        CRISIS,
        "danger_now",
        r"(?:collapsed|passed out|fainted|keeled over)(?: [\w']+){0,6}? (?:and )?(?:she'?s|he'?s|"
        r"they'?re|is|she is|he is)(?: [\w']+){0,2}? (?:breathing (?:really |very |all )?(?:weird|"
        r"strange|funny|shallow|gurgly)|gasping)\b|(?:she|he|they|<SUBJ>)(?: [\w']+){0,2}? (?:has|"
        r"'s got|is holding|is pressing|'s holding) (?:a |the )?(?:knife|blade|razor) (?:on|to|"
        r"against) (?:his|her|their) (?:arm|wrist|throat|neck|leg)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:chopping|cooking|kitchen|shaving|asthma|hay ?fever|gym|workout|run|running|"
        r"laugh\w*|tattoo)\b",
    ),
    # Poison in the person's food or drink.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:put|puts|putting|slipped|slips|mixed|mixing|added|adding|poured|pouring) (?:rat "
        r"poison|poison|bleach|antifreeze|weed ?killer|pesticide|crushed (?:up )?(?:pills|"
        r"tablets)|his pills|her pills|sleeping pills|something) (?:in|into) my (?:tea|coffee|"
        r"drink|food|water|dinner|meal|juice|wine|smoothie|soup|bottle|cup)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:sugar|milk|honey|syrup|lemon|ice|cream|spice|chilli|salt|vodka|rum|gin|"
        r"whisky|whiskey|brandy|shot|prank|joke)\b",
    ),
    # Tied up now; someone kept somewhere; a child collected by a man met in a game.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:i'?m|im|i am|i'?ve been|been) (?:tied|tied up|zip[- ]?tied|handcuffed|cuffed|chained|"
        r"taped) (?:to (?:a|the|his|her) (?:chair|bed|bedpost|radiator|pipe|pole|table)|up (?:in|"
        r"and))\b|(?:he|she|they|<SUBJ>|(?:my|our) (?:daughter|son)'s (?:boyfriend|girlfriend|"
        r"partner|husband|wife|ex))(?:'s| is| are|'re) (?:keeping|holding) (?:her|him|them|my "
        r"[\w']+|our [\w']+) (?:somewhere(?! (?:warm|safe|dry|quiet|cool|nice|special))|prisoner|"
        r"hostage|captive|locked (?:up|in|away))\b|"
        r"(?:man|guy|adult|stranger|someone|older (?:man|guy|boy)|bloke) (?:from|off|on) (?:his|"
        r"her|their) (?:game|discord|roblox|fortnite|minecraft|xbox|ps5|app|chat|snapchat|tiktok|"
        r"instagram)(?: [\w']+){0,2}? (?:is |'s )?(?:picking|collecting|meeting|coming to get|"
        r"coming for) (?:him|her|them)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:kink\w*|bdsm|bondage|safe ?word|consensual|consent\w*|roleplay|role play|"
        r"game night|escape room|magic trick|costume|halloween)\b",
    ),
    # Hurt in a fall or a fight and lying still; held in one room for days.
    Rule(
        CRISIS,
        "danger_now",
        r"(?:fell|fallen|falls|pushed|hit (?:his|her|their) head|banged (?:his|her|their) head|"
        r"collapsed|knocked (?:him|her|them) (?:out|down))(?: [\w']+){0,8}?(?: and|,) (?:he'?s |"
        r"she'?s |they'?re )?(?:isn'?t|is not|not|hasn'?t|has not|won'?t|aren'?t) (?:moving|"
        r"responding|waking up|getting up|answering me)(?= *(?:$|[.!?;,]| and| at all| since))|"
        r"(?:i am|i'?m|im|i have been|i'?ve been|been) (?:locked )?(?:in|inside) (?:this|the|a|his|"
        r"her) (?:room|house|flat|basement|apartment|shed) since (?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|yesterday|last (?:night|week)|\d+ days|(?:two|three|"
        r"four|five|six|seven) days)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=r"\b(?:sick|flu|covid|isolat\w*|quarantin\w*|stud\w*|gaming|exams?|revis\w*|hotel|"
        r"holiday|vacation|hospital|ward|game|match|tackle|rugby|football|skat\w*|ski\w*|"
        r"drunk|asleep|nap\w*|lazy|sulk\w*|hungover|hangover)\b",
    ),
    # Someone else's intent to die, which the person may be the first to hear about.
    Rule(
        CRISIS,
        "suicide_other",
        r"(?:end|ending|take|taking) (?:her|his|their) (?:own )?life",
        past=(NONE, "suicide_other"),
    ),
    Rule(
        CRISIS,
        "suicide_other",
        r"(?:wants?|wanted|going|gonna|threaten(?:s|ed|ing)?|tried|trying|tries|try|attempt(?:s|"
        r"ed)?|talks about|talked about|talking about|thinking about|thinks about|will|'ll|would|"
        r"'d) (?:to )?<KILL>(?:ing)? <OTHERSELF>",
        past=(NONE, "suicide_other"),
    ),
    Rule(
        CONCERN,
        "self_harm_other",
        r"(?:threaten(?:s|ed|ing)?|wants?|going|gonna|tried|trying|tries|talks about|talked about|"
        r"talking about|will|'ll|would|'d) (?:to )?(?:hurt|harm|cut|burn|starve) <OTHERSELF>",
        past=(NONE, "self_harm_other"),
    ),
)
"""Checked after `safety_self.SELF_RULES`."""
