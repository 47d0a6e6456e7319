"""The wide net for suicide methods and self-harm: means, doses, stockpiles, places and tools
(`safety_families`) with the person in them.

"saving my antidepressants", "how much insulin is lethal", "all my pills in a pile … staring at
them", "picturing myself hanging", "I ordered a rope", "cut so deep I need stitches". A rule's
`guard` (cooking, the gym, a routine dose, a swim) found in the sentence cancels its match;
idioms are taken out by `safety_idioms` as for every rule.
"""

from __future__ import annotations

from core.engine.lexicon.safety_idioms import ACCIDENT as _ACCIDENT
from core.engine.lexicon.safety_idioms import FUN as _FUN
from core.engine.lexicon.safety_idioms import ROUTINE as _ROUTINE
from core.engine.lexicon.safety_rules import CONCERN, CRISIS, OTHER_SUICIDE, PAST_SELF_HARM, Rule

_OTHER_AT_RISK = OTHER_SUICIDE


NET_MEANS_RULES: tuple[Rule, ...] = (
    # Means: got out, bought, held; a place of dying entered; an engine in a closed garage.
    Rule(
        CRISIS,
        "suicide",
        r"(?:ordered|bought|buying|ordering|got|getting|picked up|took out|got out|loaded|loading|"
        r"holding|held|pulled out|took down|grabbed|hid|hidden|have|keep)(?: [\w']+){0,2} (?:a |"
        r"the |my |some |his |[\w']+'s )?(?:rope|noose|gun|pistol|rifle|shotgun|revolver|bleach|"
        r"charcoal|razor blades|helium|rat poison)\b(?:(?: [\w',]+){0,8} (?:out of|from|"
        r"in) (?:the|my) (?:safe|closet|drawer|cabinet|case|lap|hand)|(?: [\w',]+){0,6} (?:online|"
        r"today|tonight|again|for (?:me|myself|later|when)|held it|hold it|holding it|sat with it|"
        r"looking at it|staring at it|arrives|is coming|came|to use)\b)",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
        guard=r"\b(?:boat|camping|climbing|garden|hunting|range|target|clean\w*|laundry|bbq|"
        r"barbecue|grill|tent|protection|license|licence|police|army|work)\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:walk|walking|walked|wade|wading|waded|swim out|swam out|swimming out) (?:into|"
        r"out into|in to) (?:the )?(?:river|sea|ocean|lake|water|waves)\b|(?:garage|"
        r"car)(?: [\w',]+){0,10} (?:engine|motor) (?:on|running|going)\b|(?:engine|motor) (?:on|"
        r"running)(?: [\w',]+){0,8} (?:garage|door shut|doors shut|windows up)\b|how (?:high|far|"
        r"deep|long)(?: [\w']+){1,8} (?:to )?(?:not survive|die|be fatal|kill (?:you|me|someone|"
        r"a person))\b|(?:not|wouldn'?t|won'?t|never) survive the (?:fall|jump|drop)",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
        guard=_FUN,
    ),
    # A hose on a car's exhaust; a fast train waited for; the height that would "work".
    Rule(
        CRISIS,
        "suicide",
        r"(?:hose|hosepipe|pipe|tube|tubing)(?: [\w']+){0,3} (?:on|onto|to|from|in|into|over|"
        r"attached to|taped to|hooked (?:up )?to|going to|running from|that fits|which fits|fits|"
        r"to fit|for) (?:the |my |his |her )?"
        r"(?:car'?s )?exhaust|exhaust(?: pipe)?(?: [\w']+){0,3} (?:into|through|in) (?:the |my )?"
        r"(?:car|window)|(?:step off|step forward|step out|jump|jumping|throw myself|lean out|"
        r"walk off|fall)(?! on\b| in\b| aboard\b| onto\b)(?: [\w']+){0,4} (?:when|as|once|right as|"
        r"just as|before) the (?:fast|express|freight|through|non-stopping|non-stop|speeding|"
        r"high-speed|intercity)\b|(?:what|which|how high|how many) (?:floor|floors|storey|storeys|"
        r"story|stories|height)(?: [\w']+){0,10} (?:(?:for it|so it|so that it|to make sure it)"
        r"(?: to| would| will)? (?:definitely|surely|certainly|actually|def|properly|for sure) "
        r"(?:work|be enough)|(?:to|would|will) (?:be fatal|be final|not survive|definitely kill))",
        other=OTHER_SUICIDE,
        past=PAST_SELF_HARM,
        guard=r"\b(?:dryer|tumble|vent\w*|extractor|cooker|hood|mechanic|fix\w*|repair\w*|"
        r"replac\w*|leak\w*|rust\w*|mot|wifi|signal|reception|view|lift|elevator|"
        r"wheelchair|stairs|(?:our|my|the next|this) stop|get on|board\w*|pulls in|comes in|"
        r"doors open)\b",
    ),
    # A ligature tested on a rail; someone on a roof who will not come back in; a place chosen so
    # that someone else does not find the body.
    Rule(
        CRISIS,
        "suicide",
        r"(?:tested|tried|testing|tying|tied|knotted|rigged|secured|attached) (?:the |a |my |his |"
        r"her |the dog'?s )?(?:belt|rope|cord|cable|scarf|lead|leash|dog lead|sheet|tie|noose)"
        r"(?: [\w']+){0,3} (?:on|over|to|from|round|around) (?:the |my |a )?(?:wardrobe|rail|"
        r"door|beam|banister|bannister|hook|rafter|curtain rail|shower rail|pipe|loft hatch|"
        r"stair rail|railing)\b|(?:it|the (?:belt|rope|cord|rail|beam|hook|lead)) (?:held|"
        r"will hold|"
        r"'ll hold|holds|can hold) my weight|(?:on|at|up on) the (?:roof|ledge|edge|railing|"
        r"parapet)(?: of [\w' ]{1,30}?)? and (?:won'?t|will not|refuses to|isn'?t|is not) "
        r"(?:come|coming|get|getting) (?:back |down|in|off)|so (?:that )?(?:he|she|they|my "
        r"[\w']+|the kids|nobody|no one|noone)(?: [\w']+)? (?:doesn'?t|don'?t|won'?t|wouldn'?t|"
        r"isn'?t the one to|aren'?t the ones to) (?:have to )?(?:find|see) me\b(?! (?:here|hiding|"
        r"before|until|till|when|with|there|in (?:this|that|my) (?:state|dress|outfit|mess)))",
        other=OTHER_SUICIDE,
        past=PAST_SELF_HARM,
        guard=r"\b(?:swing|hammock|boat|tent|washing|clothes|horse|bike|camping|climbing|garden|"
        r"plants?|coat|towel|decor\w*|lights|christmas|cat|kitten|dog (?:is|was)|bird|parrot|drone|"
        r"ball|frisbee|kite|squirrel|hid\w*|hiding|escap\w*|surprise|party|gift|present)\b",
    ),
    # Means, doses, research and stockpiles.
    Rule(
        CRISIS,
        "suicide",
        r"(?:how (?:much|many)|what (?:dose|amount|quantity)|which (?:dose|"
        r"pills))(?: [\w']+){0,5} (?:is|are|would be|would|will|could|to|does it take to|"
        r"would it take to|it takes to|it would take to)(?: be)? (?:lethal|fatal|deadly|"
        r"kill (?:me|you|a person|someone)|die|not wake up|never wake up|overdose|stop (?:my|your|"
        r"a) heart|end it)\b|(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity|"
        r"combination)|how long (?:does it take|it takes|would it take|to) (?:to )?(?:bleed out|"
        r"die|drown|suffocate|hang|lose consciousness)|(?:fastest|quickest|easiest|surest|"
        r"least painful|painless|simplest|quietest|cleanest|best) (?:way|ways|method|methods|"
        r"means) (?:to|of) (?:die|dying|kill myself|end it|end my life|end things|overdose|"
        r"not wake up)\b|(?:is|are|would|does) (?:carbon monoxide|hanging|drowning|an overdose|"
        r"overdosing|jumping|bleeding out|cutting your wrists)(?: [\w']+){0,2} (?:painless|quick|"
        r"lethal|fatal|hurt)",
        negatable=False,
        other=_OTHER_AT_RISK,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:can you|would you|do you|will you|could you|can someone|would i|will i|"
        r"could i) die (?:from|if (?:you|i) (?:take|took|swallow|drink))|what happens if (?:you|i|"
        r"someone) (?:take|takes|took|swallow|swallows|drink|drinks) (?:\d+|all|a whole|a bottle|"
        r"a handful|too many)|how long does it take to (?:die|bleed out|drown|suffocate)|"
        r"is it (?:painful|quick) to (?:die|drown|hang|overdose|bleed out)|(?:will|would|can|"
        r"could) (?:\d+|all|a bottle of|a handful of)(?: [\w']+){0,3} (?:pills|tablets|"
        r"of them) kill (?:me|you|a person)|(?:looked up|look up|looking up|googl\w+|search\w*|"
        r"research\w*)(?: for)? (?:the )?(?:highest|tallest|closest|nearest|quickest) <HIGH>|"
        r"(?:looked up|look up|looking up|googl\w+|search\w*|research\w*|checked|checking|"
        r"worked out|working out|found out) (?:which|what|the|how|"
        r"where)(?: [\w']+){0,5} (?:<HIGH>|pills?|dose|rope|knot|gun)(?: [\w']+){0,4} (?:is |are |"
        r"was |would be )?(?:the )?(?:highest|tallest|lethal|fatal|deadly|strongest|closest|"
        r"easiest|high enough|unguarded)\b",
        negatable=False,
        other=_OTHER_AT_RISK,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled|collecting|collected|stashing|"
        r"stashed|counting|counted|lining up|lined up|piling up|piled up|gathering|gathered|"
        r"set aside|setting aside)(?: up)?(?: (?:all|every|each|some|a few|a bunch|enough|more|"
        r"the rest))?(?: of)?(?: (?:my|the|his|her|[\w']+'s))?(?: [\w']+)? <PILLS>\b|"
        r"<PILLS>(?: [\w']+){0,5} (?:in a (?:\w+ )?(?:pile|row|line|heap)|lined up|laid out|"
        r"counted out|saved up|stockpiled|set aside)|(?:<MEANS>|<PILLS>|"
        r"stash)(?: [\w']+){0,6} (?:for when i'?m ready|for when the time comes|"
        r"for the right (?:moment|time|night))",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
        guard=_ROUTINE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|down|drank|drink|drinking|"
        r"injected|inject|injecting|ate|popped|pop|chugged|overdosed on)(?: [\w']+)? <QTY>(?: [\w'"
        r"]+){0,4}? <PILLS>\b|(?:drank|drink|drinking|swallowed|swallow|ate|took|"
        r"inject\w*)(?: some| the| (?:a|the|half a|half the) (?:bottle|cup|glass|"
        r"mouthful) of| (?:a|the) (?:whole|full|entire) (?:bottle|cup|glass|can|tin) of)? "
        r"<POISON>\b",
        other=OTHER_SUICIDE,
        past=PAST_SELF_HARM,
        guard=_ROUTINE,
    ),
    # Methods, pictured or begun, with the person in them.
    Rule(
        CRISIS,
        "suicide",
        r"(?:myself|me) (?:hanging|hang|hung|dangling|lying dead|dead|in a coffin|bleeding out)\b|"
        r"(?:jump|jumping|leap|leaping|throw myself|step|stepping|fall|falling) (?:off|from|"
        r"in front of|under|onto) (?:a|the|my|this|that)(?: [\w']+){0,2}? <HIGH>\b|(?:step|"
        r"stepping|walk|walking|lie|lying) (?:off the platform|in front of (?:a|"
        r"the)(?: [\w']+)? (?:train|car|bus|truck|lorry|tram)|into (?:the )?(?:oncoming )?traffic|"
        r"down on the (?:tracks|road|highway))|make it look like an accident|(?:crash|crashing|"
        r"drive|driving|swerve|swerving|steer|steering|wrap|wrapping) my (?:car|"
        r"truck)(?: [\w']+){0,4} (?:on purpose|into (?:a|the) (?:tree|wall|pole|river|barrier|"
        r"truck|lake))|bleed(?:ing)? (?:out|to death)|slit(?:ting)? my (?:wrists?|throat|veins?)|"
        r"(?:cut|cutting|slice|slicing|open) my (?:wrists?|veins?|throat)\b|carbon monoxide|"
        r"(?:exhaust|a hose|the hose)(?: [\w']+){0,3} (?:into|in) (?:the |my )?car",
        other=OTHER_SUICIDE,
        past=PAST_SELF_HARM,
        guard=_FUN + r"|\b(?:detector|alarm|leak|furnace|heater|boiler|shaving|razor burn)\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:tied|tie|tying|hung|hang|hanging|knotted|made|making) (?:a |the |my )?(?:belt|rope|"
        r"cord|noose|sheet|scarf|cable|ligature)(?: [\w']+){0,3} (?:to|around|from|over|"
        r"on) (?:the |my |a )?(?:closet|door|doorknob|beam|rafters?|ceiling|fan|railing|banister|"
        r"tree|bar|rod|neck|hook|shower)|(?:belt|rope|cord|noose|sheet|scarf|cable) (?:tied|"
        r"knotted|hanging|hung|fixed|ready) (?:to|around|from|over|on)\b|(?:gun|pistol|rifle|"
        r"shotgun|barrel|knife|blade|razor)(?: [\w']+){0,4} (?:in my lap|in my mouth|"
        r"against my (?:wrist|throat|skin|head|chest|temple)|to my (?:wrist|throat|head|temple|"
        r"chest))",
        other=(CRISIS, "danger_now"),
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:can'?t stop|keep|kept|been|i'?m|always|constantly) (?:thinking about|picturing|"
        r"imagining|fantasi[sz]ing about|dreaming about|obsessing over|looking at|"
        r"staring at)(?: the| that| my| a)? (?:<HIGH>|train|rope|noose|gun|pills|razor|blade|"
        r"ledge|edge)\b(?! between| of (?:our|the) relationship| to)|"
        r"<MEANS>(?: [\w']+){0,8} (?:i'?m |i keep |keep |i can'?t stop |been |and i'?m |"
        r"and i keep |and )?(?:staring|looking|stare|gazing|thinking about|holding|touching|"
        r"sitting with|sat with) (?:at )?(?:them|it)\b",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
        guard=_ROUTINE + r"|\b(?:buy|buying|bought|gift|present|sale|price)\b",
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:look|looking|looked|stare|staring|stared|stand|standing|stood|sit|sitting|sat|wait|"
        r"waiting|waited|walk|walking|walked|drove|went|go|going|climbed|climbing) (?:at|on|by|"
        r"near|to|along|over|onto|up to|down to|out to|on top of|to the edge of|up on) (?:the |a |"
        r"that |this )?(?:edge of (?:the |a )?)?(?:<HIGH>|edge|railing)(?: [\w']+){0,6} (?:"
        r"differently|for (?:an|a|\d+|hours|ages|a long time|a while|half an hour)|thinking|"
        r"wondering|alone at night|at night|in the middle of the night|tonight|crying|looking down|"
        r"how (?:easy|high|far))\b",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
        guard=_FUN + r"|\b(?:bus|taxi|uber|lift|train to|my train|meet|meeting|friend)\b",
    ),
    # Self-harm: a cutting verb and the body, a tool and a reason, a wound.
    Rule(
        CRISIS,
        "self_harm",
        r"(?:cut|cutting|cuts|slice|slicing|sliced|carve|carving|carved|burn|burning|burned|burnt|"
        r"stab|stabbing|stabbed) (?:into )?(?:my|myself on the|myself in the) (?:own )?(?:[\w']+ )"
        r"?<BODY>\b|(?:scratch|scratching|scratched|scrape|scraping|scraped|hit|hitting|punch|"
        r"punching|punched|bang|banging|banged|pinch|pinching|bite|biting|bit|pick|picking|picked|"
        r"slam|slamming)(?: [\w']+){0,3} (?:till|until|so) (?:it|they|i|my [\w']+) (?:bleed|"
        r"bleeds|bled|bruise|bruises|bruised)|(?:cut|cuts|cutting|sliced|slashed|burn|burns|"
        r"burned|burnt)(?: [\w']+){0,2} (?:so |too |really |very )?(?:deep|deeply|deeper)\b|"
        r"(?:cut|cutting|sliced)(?: [\w',]+){0,8} (?:need|needed|get|got|getting) stitches|"
        r"(?:the |my )?(?:cuts|burns|wounds) (?:are|were|got|is) (?:deep|deeper|bad|worse|"
        r"infected|bleeding)|relaps\w*(?: [\w']+){0,3} (?:with )?(?:the |a |my )?<SHTOOL>\b|"
        r"(?:cut|cutting|carve|carving|carved|burn|burning|burned|burnt|scratch|scratched|"
        r"etch\w*)(?: [\w']+){1,3} (?:into|on|in) my (?:own )?<BODY>\b",
        other=(CONCERN, "self_harm_other"),
        past=PAST_SELF_HARM,
        guard=_ACCIDENT + r"|\b(?:budget|funding|pay|tax|taxes|salary|hair|cake)\b",
    ),
)
"""Checked with the authored rules; each match also passes `safety_idioms`."""
