"""The precision filter: hyperbole and idioms that share the safety rules' words.

A rule's match is dropped when one of these frames overlaps it (`safety.SafetyCheck`): "this
commute is killing me", "dead tired", "dying to know", "I'd die for a nap", "my sister will murder
me for borrowing her dress", "he shot me down", "hit me up", "kill the vibe", "my phone is about
to die", "she died of cancer", "end things with him", "cut myself shaving", "killed it at the
gym". Frames, not sentences: each line is a family of idioms. Rules keep their own look-aheads
too; this list is what the wide net (`safety_net`, `safety_net_harm`) relies on.
"""

from __future__ import annotations

import re

_THING = (
    r"(?:this|that|it|these|those|the [\w']+|my [\w']+|his [\w']+|her [\w']+|work|school|traffic|"
    r"homework|life|love|waiting|wedding planning|planning|the suspense)"
)
_FAMILY = (
    r"(?:mom|mum|mother|mama|dad|father|papa|parents|sister|brother|sis|bro|boss|manager|teacher|"
    r"coach|grandma|grandmother|gran|nan|grandpa|grandfather|friends?|bestie|roommate|flatmate|"
    r"in-laws|family|aunt|auntie|uncle|cousin|landlord)"
)
_KILL = r"(?:kill|kills|killing|killed|murder|murders|murdering|strangle|strangles|skin|end|bury)"
_TRIVIAL = (
    r"(?:forget|forgot|forgetting|late|borrow|borrowed|borrowing|grades|report card|tattoo|"
    r"piercing|curfew|dress|shoes|outfit|leftovers|milk|dishes|laundry|spoil\w*|spend|spent|"
    r"spending|miss|missed|lose|lost|losing|haircut|dye|dyed|scratch\w*|dent\w*|crash\w*|mess|eat|"
    r"ate|eating|break (?:her|his|the) \w+|broke (?:her|his|the) \w+|bill|snore|snoring|chew\w*|"
    r"socks|sees? (?:my|the|this) (?:grades|room|tattoo|bill|mess|car|hair)|overwr\w*|delet\w*|"
    r"saves?|ps5|xbox|playstation|console|controller|nickname|embarrass\w*|bought|buying|"
    r"another (?:guitar|bike|gadget|pair|bag|game))"
)

IDIOMS: tuple[str, ...] = (
    # Dying of, for and to; could die; dead as an intensifier.
    r"(?:die|died|dying|dead|death) (?:of|from) (?:laugh\w*|embarrass\w*|shame|boredom|cringe|"
    r"curiosity|happiness|joy|cuteness|excitement|hunger|thirst|old age|natural causes|cancer|"
    r"covid|a heart attack|heart failure|a stroke|an? (?:illness|disease|overdose years ago))",
    r"(?:dying|die) (?:to|for)\b|to die for|(?:would|'d|could|gonna|going to) (?:die|"
    r"have died) (?:for|happy|of|if|when|laughing|a little)|could (?:die|have died)\b|die a little",
    r"dead (?:tired|serious|set|wrong|right|certain|sure|last|inside|to me|on|gorgeous|center|"
    r"silent|quiet|end|weight|broke|beat|asleep|meat|ringer|heat|eyes|air|battery|phone)\b|"
    r"drop dead|(?<!said )(?<!says )(?<!me )i'?m dead(?= *(?:$|[,.!?]|lol|lmao|haha|\U0001f480|"
    r"\U0001f602))|deader than",
    r"(?:the )?death of me|(?:bored|scared|worried|sick|tired) to death|over my dead body|"
    r"thought i (?:was going to|would|'d|might) die|life after death|near death|die alone",
    r"rather (?:die|be dead|not exist) than (?!(?:be|live|go on|keep|face|spend another|wake up|"
    r"lose|exist|feel|stay)\b)|sleep forever (?:this|tomorrow|on|when|after|once|til|till|until)|"
    r"(?:sick|tired) of living (?:with|in|at|near|under|like a|paycheck)|so (?:boring|bad|"
    r"embarrassing|awkward|cringe|funny|cute|hot|good|long|loud)(?: [\w']+){0,3} (?:that )?i (?:"
    r"wanted|could|thought i'?d|nearly|almost|was going) to (?:die|cry)|if i (?:left|leave|skipped|"
    r"skip|missed|miss|went|go) (?:the|a|this|that|early|work|class|school|home|dinner|his|her)\b|"
    r"(?:hurt|hurting|punish|punishing) myself (?:by|with) (?!(?:cutting|burning|scratching|"
    r"hitting|banging|starving|a |the |my (?:razor|blade|lighter|knife))\b)[\w']+|(?:kill|"
    r"murder) (?:me|us)\b(?: [\w']+){0,10} (?:lol|lmao|haha|jk|\U0001f602|\U0001f923)|"
    r"pushed (?:me|him|her) (?:into|in) the pool|(?:goodbye|farewell) (?:note|letter|card|message|"
    r"email|gift|party|dinner|drinks) (?:for|to) (?:the|my|our|a) (?:old )?(?:apartment|flat|"
    r"house|home|city|job|car|phone|twenties|single life|school|uni|college|cat ?sitter|"
    r"dog ?sitter|babysitter|nanny|team|colleagues?|coworkers?|boss|landlord|neighbou?rs?|teacher|"
    r"class|roommate|flatmate|host|hosts)|grabbed (?:me|my hand|my face|my waist) and (?:kissed|"
    r"hugged|pulled me close|danced|spun)|rope (?:swing|ladder|bridge|course|lights?|toy|bracelet|"
    r"basket)|(?:jump|skipping|tow) rope|pillow fight(?: [\w']+){0,8} (?:hit|smack\w*|whack\w*)|"
    r"(?:hit|smack\w*|whack\w*)(?: [\w']+){0,6} (?:pillow|with a pillow)|(?:checks|reads|looks at|"
    r"answers) my phone (?:for me|to (?:read|check)|when i'?m driving)|push(?:ed|es)? (?:me|him|"
    r"her) on the swings?|(?:hit|bumped|banged) my head on (?:the|a) (?:car|door|cupboard|cabinet|"
    r"shelf|table|ceiling|corner|counter|desk|bed|frame)|(?:wrote|updated|made|did|drafted|"
    r"writing) (?:my|our|a) wills? (?:after|because|since|when|now that|for (?:the|our))|"
    r"died (?:of|from) an? overdose|(?:cut|shave|shaved|trim\w*) my (?:hair|beard|bangs|fringe|"
    r"legs|armpits)",
    # A threat told as a joke, or a wife in labour who will "murder" her husband.
    r"(?:jok(?:e|es|ed|ing)|kidd(?:ed|ing)|teas(?:e|es|ed|ing)) (?:that )?(?:he|she|they|i)"
    r"(?:'d|'ll| would| will| was going to| is going to)(?: [\w']+){0,2} ['\"]?(?:kill|bury|murder|"
    r"strangle|hurt|beat|shoot|stab)\b|(?:kill|murder|strangle|throttle) (?:me|him|you)(?: [\w']+)"
    r"{0,3} (?:in|during) (?:the )?(?:delivery|labou?r|birth)",
    # A rope for a swing, a hammock or a line.
    r"(?:rope|cord)(?: [\w']+){0,6} (?:for|to make|as) (?:the |a |our |my |his |her |the kids'? )?"
    r"(?:swing|tyre swing|tire swing|hammock|washing line|clothesline|tent|boat)\b",
    # Tension "you could cut with a knife".
    r"(?:could|can|you could|you can|you'?d) (?:have )?(?:be )?cut (?:it |the [\w']+ )?"
    r"with a knife",
    # Said and taken back at once, or every time the team loses.
    r"(?:jump|throw (?:myself|himself|herself)|kill (?:myself|himself|herself))(?: [\w']+){0,5} "
    r"(?:jk|just kidding|just joking|kidding|joking)\b|(?:jump|throw (?:myself|himself|herself)|"
    r"kill (?:myself|himself|herself))(?: [\w']+){0,4}'? (?:every time|whenever|each time) "
    r"(?:[\w']+ ){1,2}(?:lose|loses|lost|concede|concedes|draw|draws|get relegated|go out)\b",
    r"(?:cringe|cringey|cringy|embarrass\w*|awkward|mortif\w*|humiliat\w*)(?: [\w']+){0,4} (?:i )?"
    r"(?:wanted|want|could|thought i'?d|was going|'d|would) (?:to )?(?:die|disappear)",
    # Killing it, killing me about a thing, and the other everyday kills.
    rf"{_THING}(?: [\w']+){{0,3}} (?:is|are|was|were|'s|'re|been) (?:slowly |so |really )?"
    r"killing (?:me|us|it)\b",
    r"(?:feet|back|legs|head|knees|neck|shoulders|stomach|eyes|arms|hands|heels|shoes) (?:are|is|"
    r"were|was) killing me|killing me (?:with|softly)(?! (?:a|his|her|the) (?:knife|gun|hands|"
    r"bare))|killed (?:me|us)(?: [\w']+){0,2} (?:lol|lmao|haha|😂)",
    r"(?:kill|killed|killing|kills) (?:it|the (?:vibe|mood|game|conversation|buzz|lights|engine|"
    r"music|spider|bug|plant)|time|a bottle|a whole bottle|my (?:vibe|buzz|mood|battery|phone|"
    r"diet)|two birds)|(?:kill|murder) (?:for|to have)\b|(?:murder|kill|destroy) (?:a|some|that|"
    r"the) (?:pizza|burger|drink|beer|coffee|nap|curry|kebab|pint|bottle|song)|(?:leg|arm|"
    r"chest) day|killer (?:\w+)|lady ?killer|(?:workout|gym|class|run|training|interview|exam|"
    r"test|presentation)(?: [\w']+){0,3} (?:killed|kill|murdered) (?:me|us|it)",
    # Someone who will "kill" the person over something small.
    rf"{_FAMILY}(?:'s| is| are| will| would|'ll|'d|'re)?(?: [\w']+){{0,3}} {_KILL} (?:me|us)\b",
    rf"{_KILL} (?:me|us|you)['\"]?(?: [\w'\"]+){{0,4}} (?:if|when|for|because|cause|over|about)"
    rf"(?: [\w']+){{0,5}} {_TRIVIAL}\b",
    rf"{_KILL} (?:me|us)[,.!]* (?:i )?(?:forgot|missed|lost|broke|spent|ate|crashed|burnt|"
    r"burned|scratched)\b",
    rf"{_KILL} (?:him|her|his [\w']+|her [\w']+)(?: [\w']+){{0,3}} (?:for|over) (?:stealing|"
    r"nicking|taking|eating|breaking|losing|borrowing|forgetting|spoiling)\b",
    r"(?:seat up|toilet seat|socks|dishes|leftovers|towels?)(?: [\w']+){0,4} (?:once more|one "
    r"more time|again) and (?:i'?ll|she'?ll|he'?ll) (?:strangle|kill|murder|throttle) (?:you|me|"
    r"him|her)\b",
    r"(?:story|news|film|movie|book|article|episode|documentary|podcast|it|that|this)(?: "
    r"[\w']+){0,10} shook me\b|shook me (?:up|to (?:my|the) core)",
    r"(?:if|when) i (?:eat|ate|finish|finished|drink|drank|touch|borrow|steal|stole|use|wear|"
    rf"spoil|delete|overwrite|buy|bought|spend|forget|break|lose)\w*(?: [\w']+){{0,6}}? (?:he|she|t"
    rf"hey)(?:'ll| will| is going to|'s "
    rf"going to| gonna| would|'d)(?: literally| actually)? {_KILL} (?:me|us)\b",
    r"(?:would|'d) (?:kill|murder|strangle) (?:me|us) (?:if|when) (?:he|she|they|"
    r"i)(?: [\w']+)? (?:knew|saw|found out|heard|spent|bought)\b|(?:kill|murder) (?:me|us) (?:lol|"
    r"lmao|haha)",
    r"(?:kill|shoot|strangle|stab) me now\b|(?<![\w'] )shoot me(?= *(?:$|[,.!?]))|(?:could|"
    r"i'?d) (?:kill|strangle|murder|throttle) (?:him|her|them)\b",
    # Shots, hits, pushes and beats that are not blows.
    r"shot (?:me |him |her |us |it |that )?(?:down|a (?:look|text|message|glance|smile|dm))|"
    r"shoot (?:me|you|him|her) a (?:text|message|dm|pic|photo)|shoot(?:ing)? (?:some )?(?:hoops|"
    r"pool|photos|the breeze|my shot|our shot|his shot|her shot|a video|our engagement)|"
    r"photo ?shoot|shot (?:some )?(?:hoops|pool)",
    r"hit (?:me|him|her|us|them) up|hit it off|hit (?:the|a) (?:gym|road|bars|sack|hay|roof|"
    r"ceiling|jackpot|wall|snooze|books|town|club|spot|nail)|hits? (?:me|home) (?:that|how|hard)|"
    r"hit (?:on|me with the news)",
    r"(?:beat|beats|beating) (?:me|us|him|her) (?:at|in|to)\b",
    r"(?:punch\w*|hit\w*|slap\w*|push\w*|shov\w*|kick\w*|bit|bites?|pinch\w*|"
    r"smack\w*)(?: [\w']+){0,3} (?:playfully|jokingly|as a joke|for fun|teasingly)",
    r"(?<!stopped )(?<!stop )(?<!quit )(?<!not )(?:took|takes|take|taking) (?:her|his|my|"
    r"their) (?:meds|pills|medication|tablets|insulin)(?= (?:and|before|then|as|like|with|this|"
    r"every|on|at|after)\b| *(?:$|[,.!?]))",
    # Grief for a natural death, and other deaths that are not the person's.
    r"(?:died|passed away|passed on|lost (?:his|her|their) (?:battle|fight)) (?:of|from|after|"
    r"in (?:his|her|their) sleep|peacefully|suddenly)",
    r"(?:phone|battery|laptop|plant|plants|flowers|garden|conversation|spark|romance|vibe|chat|"
    r"group chat|car|engine|tv|wifi|relationship|marriage|sex life)(?:'s)?(?: [\w'%]+){0,5} (?:die"
    r"|died|dying|dead|is about to die)",
    # Ending a relationship, a lease, an argument.
    r"end(?:ing|ed|s)? (?:it|things|this|us|the relationship|our relationship|"
    r"the marriage) (?:with|between|before|after|for good with)|end(?:ed|ing)? (?:it|things) with",
    # Kitchen knives, razors for shaving, blades of grass, gym and games.
    r"(?:knife|knives) (?:set|block|skills|sharpener|drawer)|(?:kitchen|chef'?s?|bread|steak|"
    r"butter|paring|carving) knife(?! (?:at|to|against) (?:me|my))|(?:cut|cutting|burned|"
    r"burnt) (?:myself|my (?:finger|thumb|hand|leg)) (?:chopping|cooking|shaving|on|while|by)",
    r"(?:in|on|playing|play) (?:the |a )?(?:game|xbox|playstation|ps5|switch|call of duty|"
    r"fortnite|mario ?kart|minecraft|gta|chess|poker)|(?:my|his|her) character (?:died|dies|"
    r"killed)",
    # Wanting to disappear for a while, not to exist online; waking up late.
    r"(?:disappear|vanish|not exist)(?: [\w']+){0,2} (?:for a (?:week|weekend|day|while|bit|"
    r"month)|on social media|online|from social media|off the grid)",
    r"wake up (?:late|early|in time|on time|before|till|until|at \d|tomorrow morning|for work|"
    r"for the)|(?:never|not) wake up (?:late|early|on time|in time)",
    r"jump(?:ed|ing)? (?:at the chance|to conclusions|on a (?:plane|flight|train|call)|for joy|"
    r"through hoops|the gun|ship|into bed)|bungee(?: jump\w*| cord)?(?: off (?:a |the )?"
    r"[\w']+)?|jumped off the (?:pier|rope swing|dock|diving board|boat)",
    # Whether a usual dose helps: "is one paracetamol enough for period pain".
    r"(?:one|two|three|[123]|a single|an?|my usual|the usual|a normal|the normal) (?:[\w']+ )"
    r"{0,2}?(?:pills?|tablets?|paracetamol|ibuprofen|advil|tylenol|aspirin|acetaminophen|"
    r"painkillers?|melatonin|antihistamines?)(?: [\w']+){0,2} enough (?:for|to (?:help|ease|"
    r"stop|calm|take the edge off|get rid of|knock out the|sleep))\b",
    # Rope for play, sport and work; affairs tidied and wills made for a move or an estate.
    r"(?:bondage|shibari|kinbaku|kink\w*|climbing|sailing|boating|camping|hammock|tow|skipping|"
    r"macrame)(?: [\w']+){0,10}? ropes?\b|ropes? (?:bondage|play|harness|tying)",
    r"(?:tidy\w*|sort\w*|putt?\w*|gett?\w*|settl\w*) (?:up )?(?:all )?(?:of )?my affairs"
    r"(?: in order)?(?: [\w']+){0,3} (?:before|for|ahead of) (?:the|my|our) (?:move|moving|"
    r"relocation|emigration|trip|year abroad|surgery|operation|wedding|deployment)",
    r"(?:writing|wrote|written|updat\w*|making|made|drafting|drafted) (?:my|our|a) wills?(?: "
    r"[\w',.()]+){0,14}? (?:leave|leaving|left|go|goes|going) (?:the|my|our) (?:house|flat|home|"
    r"apartment|car|money|savings|estate|pension|ring|jewell?ery) to",
)
"""Idiom frames; a match of one that overlaps a rule's match cancels that match."""

MEDIA = (
    r"\b(?:movie|movies|film|films|tv|tv show|netflix|series|episode|book|novel|song|lyrics|"
    r"podcast|documentary|true crime|news|article|headline|video game|anime|fiction|(?:the|a|that|"
    r"this) (?:show|game|scene|character)|story about|(?:playing|played|play) (?:cod|call of duty|"
    r"fortnite|gta|minecraft))\b"
)
"""Fiction, news and games: someone else dying or hurt there is not a crisis here."""

ROUTINE = (
    r"\b(?:every (?:morning|night|day|evening)|daily|on time|as prescribed|with (?:food|breakfast|"
    r"dinner|water)|like (?:i'?m )?supposed to|as usual|for (?:my|a|the) (?:headache|cold|flu|"
    r"pain|back|cramps|period|migraine|blood sugar)|(?:headache|migraine|cramps)|refill|pharmacy|"
    r"prescribed|doctor|diabetes|diabetic|the fridge|organi[sz]er|pill ?box|dispenser|weekly|"
    r"morning after pill|the pill|contracepti\w*|birth control|insulin pump|pump|cgm|glucose|"
    r"(?:throw\w*|threw|hid\w*|hides|flush\w*) (?:away )?my (?:pills|tablets)|how many children|"
    r"chronic illness|"
    r"helps me|reminds me)\b"
)
"""Taking medicine as prescribed: pills and a time of day that are a routine."""
OUTING = (
    r"\b(?:propos\w*|engag\w*|hike|hiking|romantic|honeymoon|wedding|sightseeing|tourists?|"
    r"day trip|road trip)\b"
)
"""A cliff or a bridge visited: "planning to propose at the cliffs of moher"."""

HUNTING = (
    r"\b(?:hunting|hunt|duck|ducks|deer|pheasants?|grouse|clay pigeons?|clays|shooting range|gun "
    r"range|gun club|target practice|rifle range)\b"
)
"""A gun for sport: "he wants to take me duck hunting, i've never held a gun"."""

REPAIR = (
    r"\b(?:mechanic|repair\w*|fixing(?! to\b)|fixed|replac\w*|garage sale|mot|tow\w*|camping|"
    r"tent|climbing|sailing|boat|opening (?:boxes|"
    r"parcels|packages|deliveries)|unboxing|box cutter|stanley knife|utility knife|warehouse|"
    r"crafts?|crafting|wash ?bag|toiletr\w*)\b"
)
"""A car part, a rope or a ladder being mended, a blade for work or a wash bag: "fixing the
exhaust pipe on my car", "a blade in my bag for opening boxes at work"."""

ACCIDENT = (
    r"\b(?:oven|stove|pan|iron|grill|kettle|hob|shaving|shave|cooking|chopping|chopped|accident|"
    r"accidentally|by mistake|gardening|fell (?:off|over|down)|slipped|tripped|sunburn\w*|curling|"
    r"straightener|tattoo|paper cut|mosquito|itch\w*|eczema|rash|bread|slicing (?:bread|"
    r"vegetables|veggies|onions|tomatoes|carrots)|peeler|peeling|baking|roast|tray|urgent care|"
    r"making (?:dinner|lunch|breakfast)|opening (?:a|the) (?:can|tin|package|box)|pot|saucepan|"
    r"recipe|carving)\b"
)
"""Hurt by accident: a stove, a razor while shaving, a fall."""
FUN = (
    r"\b(?:bungee|swim\w*|div(?:e|ing)|parachut\w*|skydiv\w*|trampoline|for fun|on holiday|"
    r"on vacation|date|sunset|photos?|view|cool off|talk\w*|chat\w*|together|dangling|picnic|"
    r"fireworks|paddl\w*|beach day|with (?:the|my|our) (?:dog|kids|friends))\b"
)
"""Jumping and swimming for fun, a view, a date."""

CHILD_ACTOR = (
    r"\b(?:son|daughter|kid|child|toddler|boy|girl|baby|\d+ ?(?:year|yr|"
    r"month)s? ?old)\b(?:(?:'s)?(?: [\w']+){0,6} (?:he|she|they))? (?:keeps |always |sometimes |"
    r"often |just |is |is always )?(?:hit|hits|hitting|kick|kicks|kicking|punch|punches|punched|"
    r"punching|bit|bites|"
    r"biting|slap|slaps|slapped|push|pushes|pushed|pushing|scratch\w*) (?:me|him|her|them|his \w+|"
    r"her \w+|their \w+|my \w+|our \w+|an?(?: \w+)? (?:kid|boy|girl|classmate|friend)|another|"
    r"other|the (?:dog|cat|baby|other))\b"
)
"""A child who is the one hitting: "my daughter is 6 and she keeps hitting her brother", "my
daughter keeps hitting her little brother"."""

GRAPPLING = (
    r"\b(?:bjj|jiu[- ]?jitsu|judo|wrestl\w*|mma|sparring|spar|grappl\w*|martial arts|karate|"
    r"boxing|kickboxing|muay thai|rugby|tap(?:ped)? out|rolling at)\b"
)
"""Chokes, holds and pins that are a sport: "she choked me out in sparring"."""

CONSENT = (
    r"\b(?:i asked (?:him|her|them) to|we (?:both )?(?:share|agreed)|we share (?:our )?locations?|"
    r"for (?:my )?safety|i want (?:him|her|them) to|to help me|because i asked)\b"
)
"""Control the person asked for: "he checks my location when I drive home late, I asked him to"."""

DELIBERATE = r"\b(?:on purpose|deliberately|intentionally|to punish myself|relaps\w*)\b"
"""Words that make an act deliberate whatever else the sentence says."""


def guard(pattern: str) -> re.Pattern[str]:
    """A guard for `match(text, left, right)` on one sentence: true when `pattern` is in it and
    nothing says the act was deliberate ("burned my wrist on the stove on purpose")."""
    return re.compile(rf"(?!.*{DELIBERATE})(?=.*(?:{pattern}))")
