"""Word families for the wide safety net (`safety_net`, `safety_net_harm`), as rule macros.

A family is every way people write one idea: a death wish ("waiting to die", "rather not exist"),
a means ("antidepressants", "insulin", "the ledge of the parking garage"), a threat ("he'll slit
my throat", "put me in the ground"). The net's rules combine two or three families in a frame
(the person themselves, or someone doing something to them or their child) instead of listing
sentences, so a new way of saying an old thing is still caught. Hyperbole and idioms that share
the words are taken out afterwards by `safety_idioms`.

Text is canonical (`normalise.canonical`): lower case, slang spelled out ("gonna" → "going
to"), fillers ("just", "honestly", "literally") gone.
"""

from __future__ import annotations

import re

from core.engine.lexicon.safety_rules import MACROS

_OTHERS = r"he|she|they|him|her|them|you|we|his|their|your|it|someone|everyone|anyone|people"

FAMILIES: dict[str, str] = {
    # Up to N words that name no one else: "wish I could (finally) be gone", not "wish he was".
    "<SG3>": rf"(?: (?!(?:{_OTHERS})\b)[\w']+){{0,3}}?",
    "<G3>": r"(?: [\w']+){0,3}?",
    # The same between a person and their act, never across a denial: not "he has never hit me".
    "<AG3>": (
        r"(?: (?!(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|hasn'?t|"
        r"haven'?t|hadn'?t|can'?t|couldn'?t|if|who|that|what|when)\b)[\w']+){0,3}?"
    ),
    "<G6>": r"(?: [\w']+){0,6}?",
    "<CG8>": r"(?:,? [\w']+){0,12}?",
    # --- Dying, wished for or expected. "end it" alone is left to the breakup-aware rules.
    "<DIE>": (
        r"(?:die|dying|be dead|being dead|death|unalive|not (?:be )?(?:alive|here|around)|"
        r"not (?:to )?exist|stop (?:existing|being alive|living|breathing)|cease to exist|"
        r"exist no more|be gone(?! for| on| by| until| till| all| this| next| when| from| at)|"
        r"disappear (?:forever|for good|permanently|from (?:this world|existence))|"
        r"vanish (?:forever|for good)|(?:never|not) (?:to )?wake up|sleep forever|(?:never|not|"
        r"wouldn'?t|won'?t) come back|be done with (?:it all|everything|life|living|this life|"
        r"this world)|end (?:it all|everything|my life|myself|my existence)|kill myself|"
        r"take my (?:own )?life|go to sleep forever|be with (?:my|her|him) (?:in heaven|"
        r"again in heaven)|get it over with|my exit)"
    ),
    # --- Wanting, expecting, preferring, picturing it.
    "<WISH>": (
        r"(?:want(?:s|ed|ing)? to|wish(?:ing)? (?:i (?:could|would|was|were|had|'d|might|can)|to)|"
        r"(?:hope|hoping|hoped|pray|praying|prayed)(?: that)? i(?: would| will|'ll|'d| can| could|"
        r" might| get to)?|long(?:ing)? to|ready to|plan(?:ning)? to|decided to|tempted to|"
        r"deserve to|waiting to|waiting for (?:the day i|the moment i)|look(?:ing)? forward to|"
        r"can'?t wait to|count(?:ing)? (?:down )?(?:the days )?(?:until|till|"
        r"til) i(?: can)?(?: finally)?|fantasi[sz]\w* about|(?:would|'d) (?:be )?(?:easier|better|"
        r"best|nicer|a relief|peaceful) (?:to|if i)|(?:okay|ok|fine|at peace) with the idea of)"
    ),
    # --- Means and doses.
    "<PILLS>": (
        r"(?:pills|pill|tablets|tablet|meds|medication|medications|antidepressants|anti-depressants"
        r"|painkillers|pain killers|sleeping pills|sleeping tablets|sleeping tabs|sleep tabs|"
        r"sleeping meds|pain tabs|opioids|oxy|oxycodone|"
        r"oxycontin|insulin|paracetamol|tylenol|acetaminophen|advil|ibuprofen|aspirin|xanax|"
        r"valium|benzos|lithium|seroquel|ambien|zoloft|prozac|morphine|fentanyl|codeine|tramadol|"
        r"diazepam|lorazepam|clonazepam|alprazolam|zopiclone|zolpidem|sertraline|citalopram|"
        r"fluoxetine|amitriptyline|quetiapine|pregabalin|gabapentin|propranolol|beta blockers|"
        r"metoprolol|venlafaxine|effexor|mirtazapine|trazodone|olanzapine|risperidone|"
        r"aripiprazole|lamotrigine|bupropion|wellbutrin|lexapro|escitalopram|paroxetine|"
        r"duloxetine|cymbalta|temazepam|nitrazepam|hydrocodone|vicodin|percocet|methadone|"
        r"co-codamol|cocodamol|panadol|nurofen|naproxen|diphenhydramine|benadryl|nytol|"
        r"promethazine|phenergan|warfarin|digoxin|metformin|iron tablets|antihistamines|"
        r"medicine cabinet|pill bottle|prescription)"
    ),
    "<POISON>": (
        r"(?:bleach|antifreeze|anti-freeze|rat poison|poison|drain cleaner|weed ?killer|pesticide|"
        r"cyanide|lighter fluid|phenyle?|dettol|harpic|toilet cleaner|floor cleaner|kerosene|"
        r"paraquat|insecticide|pesticides|organophosphate)"
    ),
    "<QTY>": (
        r"(?:all|every|everything|half|the rest|(?:a|the) (?:whole|full|half|entire) (?:bottle|"
        r"pack|box|packet|strip|jar)|(?:a|the) (?:bottle|pack|box|packet|strip|handful|bunch|load|"
        r"lot|stash)|"
        r"handfuls|loads|too many|way too many|[1-9]\d+|[5-9]|twenty|thirty|forty|fifty|a hundred|"
        r"double|triple)"
    ),
    "<HIGH>": (
        r"(?:bridge|building|roof|rooftop|cliff|balcony|window|ledge|overpass|parking (?:garage|"
        r"structure|deck)|car park|multi-storey|tower|top floor|\d+(?:th|st|nd|rd)? floor|"
        r"platform|train tracks|railway|tracks)"
    ),
    "<MEANS>": (
        r"(?:pills|tablets|meds|rope|noose|belt|cord|razor|razors|blade|blades|gun|pistol|shotgun|"
        r"rifle|revolver|knife|bottle|bridge|ledge|tracks|train|cliff)"
    ),
    "<SHTOOL>": (
        r"(?:razor|razors|razor blades?|blades?|lighter|cigarettes?|scissors|glass|shards?|"
        r"compass|box cutter|pencil sharpener|sharpener|safety pin|needle|knife)"
    ),
    "<BODY>": (
        r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|ankles?|chest|"
        r"knuckles|shoulders?|calf|calves|ribs)"
    ),
    # --- Other people, weapons, threats, injuries.
    "<ACTOR>": (
        r"(?:he|she|they|someone|(?:my|his|her|our|the) (?:[\w']+ )?(?:husband|wife|boyfriend|"
        r"girlfriend|partner|bf|gf|fianc[eé]e?|spouse|ex|ex-\w+|dad|father|stepdad|stepfather|mom|"
        r"mum|mother|stepmom|stepmother|brother|uncle|cousin|grandpa|grandfather|landlord|boss|"
        r"roommate|neighbou?r|coach|teacher|babysitter|nanny)|(?:my|his|her) (?:son|daughter|kid|"
        r"kids|child|children|baby)'?s (?:dad|father|mom|mum|mother))(?:'s|'re|'d|'ll|'ve)?"
    ),
    "<WEAPON>": (
        r"(?:gun|guns|shotgun|rifle|pistol|handgun|revolver|firearm|knife|knives|machete|axe|"
        r"hatchet|baseball bat|bat|crowbar|hammer|tire iron|acid|gasoline|petrol|lighter fluid|"
        r"bullet)"
    ),
    "<ARRIVE>": (
        r"(?:coming (?:over|here|back|home|round|around|for me|to (?:my|the|our) (?:house|place|"
        r"flat|apartment|work|school|job))|on (?:his|her|their) way|heading (?:here|over|my way)|"
        r"outside(?: (?:my|the|our) (?:door|house|window|work|building|flat|apartment|school|"
        r"office))?|at (?:my|the|our) (?:door|window|work|office|school)|parked outside|"
        r"waiting (?:outside|for me)|showed up|turned up|broke in|breaking in|"
        r"knows where i (?:live|work|am)|found (?:out )?where i (?:live|work|am)|downstairs|"
        r"in the house)"
    ),
    "<THREATV>": (
        r"(?:'ll|will|would|'d|(?:is|'s|was) going to|going to|(?:threaten|threatens|threatened|"
        r"threatening|swore|swears|promised|promises|tried|tries|trying) to|(?:keeps|"
        r"kept) (?:saying|telling me) (?:he|she|they)(?:'ll|'d| will| would)|(?:said|says|told me|"
        r"texted|screamed|yelled|swore|warned me)(?: that)?(?= i'?(?:m|ll) dead| i'?ll be dead|"
        r" (?:he|she|they) (?:will|would))|(?:said|says|told me|texted|screamed|"
        r"yelled) (?:that )?(?:he|she|they)(?:'ll|'d| will| would| was going to| is going to))"
    ),
    "<HARMV>": (
        r"(?:kill|murder|shoot|stab|slit|strangle|choke|smother|suffocate|drown|poison|burn|bury|"
        r"smash|bash|cave in|beat|rape|kidnap|hurt|harm|disfigure|finish|run over|slice|chop|gut|"
        r"carve)"
    ),
    "<VICT>": (
        r"(?:me|us|you|ya|my (?:new )?(?:throat|neck|head|face|skull|legs?|arms?|hands?|fingers|"
        r"jaw|teeth|kids?|children|son|daughter|baby|family|mom|mum|parents|dog|cat|boyfriend|"
        r"girlfriend|partner|husband|wife|food|drink|car|house|sister|brother|friends?)|"
        r"the (?:kids|children|baby|dog|cat))"
    ),
    "<HARMPHRASE>": (
        r"(?:put (?:me|us) in (?:the ground|a grave|the hospital|a box|a coffin|a wheelchair)|"
        r"make sure i (?:never|don'?t|can'?t|won'?t) (?:leave|see(?! (?:the|my|our) (?:kids|"
        r"children|son|daughter|baby|boys|girls|family|friends)\b| them\b)|walk|wake|live|breathe|"
        r"get out|make it)\w*|run (?:me|us) over|(?:throw|pour|splash|chuck|spray) acid (?:on|at|in"
        r"|over) "
        r"(?:me|my)|(?:drive|crash|steer|put) (?:us|me|the kids|the car|us all)(?: both|"
        r" all)? (?:off|"
        r"into) (?:a|the) (?:[\w']+ )?(?:cliff|bridge|river|lake|sea|wall|tree|quarry|traffic)|"
        r"(?:beat|kick|stab|"
        r"choke|strangle) (?:me|us) to death|(?:set|light) (?:me|us) on fire|make (?:me|"
        r"us) disappear|i'?m dead(?= *(?:$|[,.!?;]| if| when| once| next))|i'?ll be dead|"
        r"we (?:both|all) die|kill us (?:both|all)|(?:both|all) of us (?:die|dead)|(?:end|"
        r"take) my life|break (?:my|your) (?:neck|legs?|arms?|jaw|bones|face|skull|fingers)|"
        r"(?:cut|slit) (?:my|your) throat|(?:cut|slash|stab) (?:me|us|you) with (?:a|the|his|her|"
        r"their) (?:knife|blade|razor|glass|machete|scissors|bottle)|(?:cut|slash|scar|burn|"
        r"ruin) (?:my|your) face|cut (?:me|us) (?:up|open|into pieces)|put a bullet (?:in|"
        r"through) (?:my|your|me|you)|(?:dig|"
        r"digging|dug) (?:my|your) (?:own )?grave)"
    ),
    "<HURTV>": (
        r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|kick\w*|slap\w*|stomp\w*|chok\w*|"
        r"strangl\w*|smother\w*|threw|throws|shoved|shoves|pushed|pushes|slammed|slams|dragged|"
        r"drags|stabbed|stabs|burned|burnt|burns|attacked|attacks|bit|bites|headbutt\w*|smash\w*|"
        r"bash\w*)"
    ),
    "<INJURY>": (
        r"(?:bleeding|bled|blood (?:everywhere|on|all over)|there'?s blood|(?:\d+|twenty|thirty) "
        r"weeks(?: pregnant)?|black(?:ed)? out|pass(?:ed)? out|"
        r"lost consciousness|unconscious|knocked (?:me )?out|can'?t breathe|couldn'?t breathe|"
        r"saw stars|broken|broke (?:my|a)|cracked|fractured|concussion|hospital|stitches|pregnant|"
        r"miscarr\w*|limping|can'?t (?:walk|move|stand up|open my eye)|black and blue|"
        r"swollen shut|throwing up|threw up|vomit\w*|dizzy|blurry|blister\w*|scald\w*)"
    ),
    "<LOSS>": (
        r"(?:passed out|blacked out|went black|saw stars|couldn'?t breathe|could not breathe|"
        r"almost (?:died|passed out|blacked out)|nearly (?:died|passed out|blacked out)|"
        r"lost consciousness|went limp|thought i (?:was going to|would) die|saw black|saw spots|"
        r"(?:everything )?went (?:dark|black))"
    ),
    "<STRANGLE>": (
        r"(?:chok(?:e|ed|es|ing) me|strangl(?:e|ed|es|ing) me|squeez\w*|smother\w*|suffocat\w* me|"
        r"(?:hands?|arm) (?:around|round|on|over) my (?:neck|throat|mouth)|(?:pillow|hand|"
        r"bag) over my (?:face|mouth|head)|covered my (?:mouth|nose|face)|(?:held|holds|pushed|"
        r"pushes|kept) (?:me|my head|my face) (?:under|in) (?:the )?(?:water|bath|pool|tub|sink))"
    ),
    "<CHILDV>": (
        r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|kick\w*|slap\w*|shak(?:e|es|ing)|shook|"
        r"throws|threw|burn\w*|chok\w*|strangl\w*|smother\w*|drown\w*|starv\w*|whip\w*|belt\w*|"
        r"bit|bites|stomp\w*|dragg\w*|slam\w*|hurt|hurts|abus\w*|molest\w*|lock(?:s|ed|ing)?)"
    ),
    # --- Control and degradation.
    "<INSULT>": (
        r"(?:worthless|useless|a failure|failure|disgusting|pathetic|stupid|ugly|fat|a pig|pig|"
        r"whore|slut|bitch|idiot|moron|retard\w*|loser|nothing|trash|garbage|a waste of space|"
        r"unlovable|a bad (?:mother|mom|mum|father|dad|wife|husband|parent)|a terrible (?:mother|"
        r"mom|mum|father|dad|wife|husband|parent)|an? (?:awful|horrible|shit|shitty|lazy|useless|"
        r"worthless) (?:mother|mom|mum|wife|husband|father|dad)|a pedo|pedo|a freak|psycho)"
    ),
    "<MONEY>": (
        r"(?:money|paycheck|paychecks|pay|salary|wages|card|cards|bank card|debit card|"
        r"credit card|bank account|bank accounts|account|accounts|savings|income|benefits|cash|"
        r"pin|bank app|banking|finances)"
    ),
    "<PRIVATE>": (
        r"(?:phone|messages|texts|dms|emails?|chats|bank app|browser history|location|whereabouts|"
        r"car|social media|instagram|accounts?|laptop|computer|mail|passwords?|passcode)"
    ),
}
"""Macros for every rule, next to `safety_rules.MACROS`."""
THIRD_PERSON = (
    r"he|she|they|him|her|his|them|their|he's|she's|they're|hes|shes|we|we're|we've|we'd|us|our|"
    r"someone|somebody|(?:my|his|her|our|their|a|the)(?: [\w'-]+)? (?:friends?|husband|wife|"
    r"boyfriend|girlfriend|partner|bf|gf|spouse|ex|sons?|daughters?|kids?|child|children|stepson|"
    r"stepdaughter|stepchild|mom|mum|mother|dad|father|brother|sister|cousin|aunt|uncle|grandma|"
    r"grandpa|relative|colleague|coworker|classmate|roommate|client|patient|neighbou?r|person|"
    r"characters?|actor|actress|singer|celebrity|rapper|man|woman|guy|girl|boy|fianc[eé]e?)"
)
PERSON = re.compile(rf"\b(?:(i|i'm|im|i've|ive|i'd|i'll|me|myself)|({THIRD_PERSON}))\b")
"""A person: group 1 the person themselves, group 2 someone else."""
NET_PERSON = re.compile(
    rf"\b(?:((?:{THIRD_PERSON})(?!'s)|we|us|our|we're|we've)|i|i'm|i've|i'd|i'll|me|my|myself|"
    r"mine)\b"
)
"""A person for the sentence net's frame: group 1 is someone else, or "we"."""

_ALL = {**MACROS, **FAMILIES}


def expand_macros(pattern: str) -> str:
    """The rule's regex with its `<MACRO>`s replaced (macros may use macros)."""
    for _ in range(3):
        for name, body in _ALL.items():
            pattern = pattern.replace(name, body)
    if re.search(r"<[A-Z]+>", pattern):
        raise ValueError(f"unknown macro in safety rule: {pattern[:60]}")
    return pattern
