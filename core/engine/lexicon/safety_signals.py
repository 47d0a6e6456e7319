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

from core.engine.lexicon.safety_danger import PHOTO_OF_MINE

_MEANS = (
    r"(?:pills|tablets|meds|medication|painkillers|sleeping pills|rope|noose|razors?|"
    r"razor blades?|blades?|gun|pistol|charcoal)"
)
_WEAPON = r"(?:knife|knives|gun|pistol|rifle|shotgun|weapon|machete|axe|baseball bat|bat|hammer)"


ALONE_WEAK = frozenset({"despair", "now", "motive", "calm", "silent"})
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
        r"(?:know|knows) where (?:[\w']+ ){1,2}keeps? (?:the |his |her |their )?(?:gun|guns|rifle|"
        r"shotgun|pistol|key to the gun|gun (?:cabinet|safe) key|pills|meds|tablets)\b|key to the "
        r"(?:gun (?:cabinet|safe|cupboard)|medicine cabinet)|tried (?:it )?with (?:the|a|my) "
        r"(?:[\w']+ )?(?:lead|leash|belt|rope|cord|cable|scarf|tie|sheet)\b",
    ),
    Sign(
        "means",
        r"there'?s enough\b|(?:have|got|'ve got) enough (?:of them|[\w']+ )?(?:pills|tablets|meds|"
        r"painkillers)",
    ),
    Sign(
        "means",
        r"(?:drove|drive|driving|went|walked|walk|walking|go|going|sat|sitting|stood|"
        r"standing) (?:up )?(?:to|on|at) (?:the|a) (?:bridge|cliffs?|train tracks|tracks|rooftop|"
        r"roof|ledge|edge)\b",
    ),
    # Farewells.
    Sign(
        "farewell",
        r"(?:wrote|written|writing|write|left|leaving|leave) (?:a |some )?(?:letters?|"
        r"notes?) (?:to|for) (?:my|everyone|everybody|each|all)\b",
    ),
    Sign(
        "farewell",
        r"(?:gave|giving|give|given) (?:away )?(?:(?:all|most|half|loads|lots) (?:of )?)?my "
        r"(?:[\w'-]+ ){0,2}(?:to|away)\b|"
        r"(?:making sure|make sure) (?:the|my) (?:cat|dog|pets?|kids?|rabbit|bird|[\w']+) (?:goes|"
        r"go|"
        r"gets|get) (?:somewhere good|to a good home|a good home|looked after)|(?:(?:sold|selling) "
        r"my (?:[\w']+ ){0,2}(?:and )?)?(?:cancelled|canceled|cancelling|canceling) (?:the|my|all "
        r"my) (?:gym|phone|mobile|subscriptions?)(?: (?:contract|plan|membership))?|paid "
        r"(?:back|off) everyone i owe|(?:scheduled|schedule|set up) (?:a |an |one |a few |some )?(?"
        r":long )?(?:text|"
        r"message|email|post)(?: [\w']+){0,4} (?:for|at) (?:tomorrow |tonight )?\d",
    ),
    Sign(
        "farewell",
        r"(?:won'?t|will not|wouldn'?t|not going to|don'?t|do not) (?:need|be needing|"
        r"be using) (?:it|her|him|them|this|that|these|those|any of it|any of this|"
        r"any of them) (?:anymore|any more|again|after|where)\b(?!,? (?:since|because|as|now that|"
        r"once|until|till|when)\b)",
    ),
    Sign(
        "farewell",
        r"(?:finished|finish|finishing) (?:writing )?(?:the|my) (?:letters|notes|goodbyes)\b|"
        r"(?:wrote|written|writing|left|leaving) (?:my|our|each|every) [\w']+ (?:a |"
        r"an )?(?:letter|note)s?\b|(?:deleted|deleting|closed|closing) (?:all )?(?:of )?my (?:"
        r"accounts|social media|profiles|instagram|facebook)|sorry for everything|"
        r"(?:thank you|thanks) for (?:everything|trying|all you did|putting up with me)\b|(?:wrote|"
        r"written|writing|left) (?:a|"
        r"my) (?:note|letter)(?= *(?:$|[,.!?;]| and\b))|(?:wrote|rewrote|written|rewritten) the "
        r"note(?: (?:\d+|two|three|four) times| again| twice)?(?= *(?:$|[,.!?;]))|(?:gave|giving|"
        r"given) away (?:all )?(?:of )?my (?:[\w'-]+ ){0,2}",
    ),
    Sign(
        "farewell",
        r"my (?:phone|laptop|car|guitar|xbox|playstation|ps5|bike|camera|jewell?e?ry|rings?|"
        r"watch|books|records|vinyl|console)(?:'s| is| are|'re) (?:going|goes|go) to (?:my|a|his|"
        r"her) (?:mate|friend|brother|sister|cousin|mum|mom|dad|son|daughter|niece|nephew|bestie|"
        r"neighbou?r)\b",
    ),
    Sign(
        "farewell",
        r"(?:when|after|once|before) (?:they|you|someone|anyone|somebody|he|she|my [\w']+) "
        r"(?:finds?|found) me\b(?! (?:a|an|the|some|another|his|her|their|my|something|"
        r"someone)\b)|(?:can (?:someone|you|somebody)|please|just) tell my [\w']+ (?:that )?i "
        r"love (?:her|him|them)\b",
    ),
    Sign(
        "farewell",
        r"(?:look after|take care of|feed) (?:my|the) [\w']+ (?:for me|when i'?m gone|"
        r"after i'?m gone)|(?:when|after|once) i'?m gone\b",
    ),
    Sign(
        "farewell",
        r"(?:said|say|saying) (?:my |proper |quiet |secret |little |silent )?goodbyes?\b(?! to "
        r"(?:the|my) (?:team|job|old|house|flat|"
        r"apartment|city|ex))",
    ),
    Sign(
        "farewell",
        r"(?:make sure|tell|let|need|want) (?:him|her|them|everyone|my [\w']+|[\w']+)(?: (?:to )?"
        r"knows?)? (?:that )?"
        r"(?:it|this|none of (?:it|this))(?:'s not| (?:was ?n'?t|was not|was never|is ?n'?t|is "
        r"not)) (?:his|her|their|your|anyone'?s|anybody'?s) fault|(?:texted|messaged|sent|wrote|"
        r"left)(?: "
        r"me| us| a message| a text)?:? ['\"](?:goodbye|farewell)\b",
    ),
    # A decision, a date.
    Sign(
        "decided",
        r"made up my mind|my mind is made up|i'?ve decided\b(?= *(?:$|[.!?;]))|"
        r"it'?s time(?= *(?:$|[.!?;,]))|(?:tonight|this (?:weekend|week|friday|saturday|sunday|"
        r"month)) (?:is|will be) it\b|(?:loaded|cocked) (?:my|his|the|a|[\w']+'s) (?:gun|pistol|"
        r"rifle|shotgun)|tonight (?:i (?:finally )?do it|it ends)|no turning back",
    ),
    Sign(
        "decided",
        r"(?:tonight|today|this) (?:is|will be) (?:my|the) last (?:night|day|time)\b(?! (?:in|at|"
        r"of|with|before|here|together|off))|my last (?:night|day) (?:alive|on earth)",
    ),
    Sign(
        "decided",
        r"(?:all|got it|have it|it'?s|everything(?:'s| is)?) (?:all )?planned out|(?:picked|"
        r"chosen|chose|set) (?:a|the) (?:day|date)\b(?! for (?:the|our|my))",
    ),
    Sign(
        "decided",
        r"after (?:that|tonight|today|this weekend|tomorrow),? (?:nobody|no one|everyone) |"
        r"by (?:then|morning|the time (?:you|he|she|they) (?:read|see|wake|get)\w*),? (?:it'?ll|it "
        r"will|i'?ll|i will) (?:be )?(?:done|over|gone|finished)\b|(?:get|getting|buy|buying|find|"
        r"finding) something stronger\b|(?:good|nice|glad) to have (?:it|everything) (?:all )?"
        r"(?:tied off|tied up|sorted|settled) before\b",
    ),
    # A letter not to be opened till later, a gun gone from the safe, pills hoarded.
    Sign(
        "farewell",
        r"(?:not to|don'?t|do not|never) open (?:it|the letter|the envelope|the card)(?: [\w']+)? "
        r"(?:till|until|before) (?:tomorrow|later|after|the morning|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|next week)\b",
    ),
    Sign(
        "means",
        r"(?:gun|rifle|shotgun|pistol|rope|pills|meds|tablets)(?:'s| is| are) (?:gone|missing) "
        r"from (?:the|his|her|my|our) (?:safe|cabinet|cupboard|drawer|box|shed|garage)\b|"
        r"(?:stockpil\w*|hoard\w*|stashing|stashed) (?:them|it|(?:her|his|my|their) (?:meds|pills|"
        r"tablets|medication))\b",
    ),
    Sign("burden", r"(?:tired of|sick of) being (?:a |such a )?burden\b"),
    # A goodbye at bedtime: a password handed on, hard work apologised for, love to all.
    Sign(
        "farewell",
        r"(?:tell|give|send) [\w']+ (?:that )?(?:the|my) (?:[\w']+ )?(?:password|passcode|pin)s?"
        r"\b(?: is| are)?|sorry for being (?:such )?(?:hard work|so much hard work|so much trouble|"
        r"such a burden)"
        r"(?= *(?:$|[.!?;,]))",
    ),
    Sign("farewell", r"love you all(?= *(?:$|[.!?;,]))"),
    # At the top of a building now, and wanting to tell someone before; trains let pass.
    Sign(
        "means",
        r"(?:i'?m|i am|im) (?:on|at) (?:the )?(?:roof|rooftop|top floor|ledge|railing) (?:of )?(?:"
        r"my|"
        r"the|a) (?:[\w']+ )?(?:hostel|building|flat|block|car park|multi[- ]?storey|bridge|tower|"
        r"hotel|office|uni|dorm|apartment|halls)\b|(?:letting|watching|let) the (?:fast|express|"
        r"through) (?:ones|trains|ones go|train) (?:go by|pass|come through|through|go past)",
    ),
    Sign(
        "decided",
        r"(?:just )?(?:wanted|want|needed) to (?:tell|say it to) (?:someone|somebody|you) "
        r"before(?= *(?:$|[.!?;,]))|step (?:a bit|a little|one step)? ?closer\b|"
        r"(?:won'?t|will not|doesn'?t|nothing will|nothing'?ll) matter to me (?:anymore|any more)\b"
        r"",
    ),
    # Not eaten for days, and caring for nothing.
    Sign(
        "means",
        r"(?:haven'?t|have not|not) eaten(?: anything)? (?:in|for) (?:[4-9]|\d\d|four|five|six|"
        r"seven|eight|nine|ten|a week|two weeks) days?\b",
    ),
    Sign(
        "despair",
        r"(?:stopped|stop|don'?t|do not) (?:caring|care) (?:what happens to me|whether i live|if i "
        r"live|about anything)|keep fainting\b",
    ),
    # Written after blind17: a car left at the beach, things given away in a list, a son taken.
    Sign(
        "means",
        r"left (?:the|my) car (?:at|by|near|on) the (?:beach|cliffs?|bridge|river|lake|sea|woods|"
        r"quarry|pier|harbour|harbor)\b|walking (?:down|into the (?:sea|water|river|lake)|out) now"
        r"\b",
    ),
    Sign(
        "farewell",
        r"\btell my [\w']+(?: [\w']+)? (?:that )?i love (?:her|him|them) if (?:she|he|they) ask",
    ),
    Sign(
        "farewell",
        r"(?:given|gave|giving) away my [\w']+(?: [\w']+)?,|to people who'?ll look after (?:them|"
        r"it|him|her)\b",
    ),
    # Written after blind18: leaning out of a high window.
    Sign("means", r"leaning out(?: of)?(?: the| my)?(?: window| balcony)?\b"),
    Sign("means", r"\b(?:\d+(?:th|st|nd|rd)|top) floor\b"),
    # Peace made with everyone, and "it's better this way".
    Sign(
        "farewell",
        r"made (?:my )?peace with (?:everyone|everybody|all of (?:them|you)|my family|god|it all)\b"
        r"(?! (?:at|in|from|on|over|about|after)\b)",
    ),
    Sign(
        "burden",
        r"(?:it'?s|it is|this is|it'?ll be|it will be) (?:better|easier) (?:for everyone )?this way"
        r"\b|"
        r"(?:everyone|they|you all)(?:'ll| will) be better (?:off )?this way\b",
    ),
    # A weapon taken to a lonely place; texts drafted to send after; nothing felt.
    Sign(
        "means",
        r"(?:took|taken|grabbed|has taken|went off with) (?:her|his|their|my|the) (?:[\w']+'?s )?"
        r"(?:hunting )?(?:rifle|gun|shotgun|pistol)\b",
    ),
    Sign(
        "decided",
        r"going (?:into|to) the (?:woods|forest|lake|river|sea|bridge|cliffs?|hills|mountains) to "
        r"['\"]?(?:sleep|rest|be alone|end it|say goodbye|be at peace)\b",
    ),
    Sign(
        "farewell",
        r"(?:drafting|drafted|writing|wrote|written) the (?:texts|messages|emails|letters)(?: "
        r"[\w']+){0,2}? (?:that'?ll|that will|to) (?:send|go out|be sent|arrive) (?:after|later|"
        r"tomorrow|when)\b",
    ),
    Sign("calm", r"(?:i )?feel nothing(?= *(?:$|[.!?;,]))|weird how normal it (?:felt|feels)"),
    # Dying together: "he wants us to go together".
    Sign(
        "decided",
        r"(?:wants?|want|asked|asks|said|says) (?:us|me) to (?:go|die|do it|end it|leave this world"
        r")"
        r" together\b|(?:we'?ll|we will|we should|let'?s) (?:die|end it|leave this world) "
        r"together\b",
    ),
    # A try before and this time for good: "i'll finish it this time", a bag once put over the head.
    Sign(
        "decided",
        r"(?:finish it|finish it properly|do it properly|finish the job) this time\b|(?:get|got|"
        r"make|making) it right this "
        r"time(?= *(?:$|[.!?;,]))",
    ),
    Sign(
        "means",
        r"(?:put|had|tied|pulled) (?:a|the) (?:plastic |carrier )?bag over my (?:head|face)",
    ),
    # No plans past a day, nobody worrying after it, no way back, no food or water from now on.
    Sign(
        "decided",
        r"no (?:point|need|use) (?:in )?(?:planning|making plans|booking anything|thinking) "
        r"(?:past|beyond|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the "
        r"weekend|this week|tonight|tomorrow|next week)\b|(?:you|everyone|you all|y'?all|they)"
        r"(?: can| will|'ll)(?: all)? stop worrying about me (?:after|from|by|come|once) |"
        r"(?:single|one[- ]way)(?: ticket)?(?: today)?,? no return\b|(?:i'?m|im|i am) not "
        r"(?:going|gonna) to start(?: again)?(?= *(?:$|[.!?;,]))",
    ),
    Sign(
        "means",
        r"(?:haven'?t|have not|not|stopped) (?:eaten|eating) (?:or|and|n|nor) (?:drunk|drank|"
        r"drinking)(?: anything)? (?:since|for|in)\b|(?:doesn'?t|does not|don'?t|won'?t|never) "
        r"(?:stop|slow down) (?:at|through) (?:my|the|our|this) (?:station|stop|platform),? (?:it )"
        r"?"
        r"(?:just )?(?:flies|speeds|goes|comes|rushes|blasts|shoots|races) (?:right |straight )?"
        r"through",
    ),
    Sign(
        "calm",
        r"(?:i'?m|i am|i feel) not (?:even )?(?:sad|scared|upset|angry|anxious) (?:anymore|"
        r"any more)"
        r"|(?:peaceful|calm|at peace)(?: [\w']+){0,3} once (?:you'?ve|i'?ve|you|i)(?= (?:picked|"
        r"chosen|decided|made))",
    ),
    Sign(
        "decided",
        r"so (?:they|nobody|no one|everyone) (?:won'?t|wouldn'?t|will not) (?:be confused|wonder|"
        r"blame|worry)|explaining everything",
    ),
    # A burden.
    Sign(
        "burden",
        r"(?:nobody|no one|noone|no-one) (?:will|would|is going to|'ll|'d) (?:miss|notice|care|"
        r"mourn)\b",
    ),
    Sign(
        "burden",
        r"(?:nobody|no one|they|everyone|you) (?:has|have|will have|would have|needs?|"
        r"'ll have) to (?:worry|deal|put up) (?:about|with) me\b",
    ),
    Sign("burden", r"(?:i'?m|i am|feel like|i feel like) (?:such |a huge |a big )?(?:a )?burden\b"),
    # Apologies and last requests: despair's weight, a crisis only beside a farewell or a plan.
    Sign(
        "despair",
        r"sorry for (?:being|having been) (?:such )?(?:a )?(?:pain|burden|nuisance|bother|drain|"
        r"problem|headache|weight) (?:(?:to|on|for) (?:everyone|everybody|you all|all of you|"
        r"you guys|my family)|all (?:these|those|this) years)\b|(?:the )?last (?:thing|favou?r) (?:"
        r"i'?ll|ill|i will) (?:ever )?"
        r"(?:ask|say|need|write)\b",
    ),
    # Despair: counts only next to another kind of sign.
    Sign(
        "despair",
        r"can'?t (?:do|take|handle|bear) (?:this|it|any of (?:this|it)|this life)(?: myself| "
        r"alone)? (?:anymore|"
        r"any more|much longer)|can'?t go on\b",
    ),
    Sign(
        "despair",
        r"no way out|hopeless|i give up\b(?! on (?:him|her|them|dating|us|the|this|my (?:ex|"
        r"marriage|relationship)))|nothing matters|nobody cares|no one cares|i'?m done(?= *(?:$|"
        r"[.!?;,]))|(?:so )?(?:tired of|done with|over) everything|i'?ve had enough(?= *(?:$|"
        r"[.!?;,]))",
    ),
    Sign(
        "despair",
        r"(?:awake|no sleep|haven'?t slept|not slept)(?: for| in)? (?:\d+|two|three|four|five) "
        r"(?:days|nights)|(?:want|need) (?:the|this|it|everything)(?: [\w']+)? to stop for good|"
        r"last (?:thing|item) on (?:my|the) list",
    ),
    Sign("despair", r"what'?s the point(?= *(?:$|[.!?;,]))|there'?s no point(?= *(?:$|[.!?;,]))"),
    # Out of reach since: a crisis only beside a goodbye or a plan.
    Sign(
        "silent",
        r"(?:(?:his|her|their|my) )?phone(?:'s| is)?(?: now| been)? (?:off|switched off|going "
        r"(?:straight )?to voicemail)\b|(?:won'?t|isn'?t|not|doesn'?t) (?:pick(?:ing)? up|"
        r"answer(?:ing)?)(?= *(?:$|[.!?;,]))",
    ),
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
        r"(?:won'?t|doesn'?t|will not|isn'?t|is not|not|wouldn'?t) (?:let|letting) (?:me|"
        r"us) (?:leave|get away|go out|out of (?:the|this|my) (?:house|room|flat|apartment|"
        r"car))\b|lock(?:ed|s|ing)? (?:me|us)(?: and (?:the|my|our) [\w']+)? (?:in|inside|up)\b|"
        r"(?:blocking|blocked) the (?:door|doorway|exit|way out)|trapped (?:me|us)\b|"
        r"i'?m (?:trapped|locked in|hiding)\b|i'?m (?:hiding |hidden |crouched |curled up )?(?:in|"
        r"inside|under) (?:the|my|a) (?:wardrobe|closet|cupboard|attic|loft|crawl ?space|bed)\b",
    ),
    Sign(
        "kept_in",
        r"(?:takes|took|has taken|taking|hid|hides|'s taken) (?:the|all the|my|our) (?:house |"
        r"door |"
        r"flat |front door )?keys?\b(?! (?:to|for|and (?:read|looked)))|can'?t get out\b(?! of "
        r"(?:bed|the (?:habit|contract|lease|relationship|friendship|deal|plans?|car park)|it|this "
        r"(?:relationship|contract|lease|deal|rut)|my (?:head|contract|lease)))|(?:standing|stood|"
        r"blocking|blocks)(?: in the [\w']+)? between me and the (?:door|exit|stairs)",
    ),
    Sign(
        "intruder",
        r"(?:didn'?t|never) let (?:him|her|them) in\b(?! on\b| to\b)|let (?:himself|herself|"
        r"themselves) in\b",
    ),
    Sign(
        "watching",
        rf"{PHOTO_OF_MINE}\b|(?<!i )(?<!we )(?:posted|shared|put up|leaked) my (?:home |work )?"
        r"(?:address|"
        r"location)",
    ),
    Sign(
        "watching",
        r"(?:i can see you|i'?m watching you)(?= *(?:$|[.!?'\"]))|(?:he|she|they) can see me\b",
    ),
    Sign(
        "watching", r"['\"](?:nice|enjoying|enjoy|good) (?:dinner|meal|night|drink|date|evening)\b"
    ),
    Sign(
        "watching",
        r"(?:i )?can see (?:his|her|their) (?:van|car|truck|motorbike|bike) (?:in|outside|across|"
        r"parked)",
    ),
    Sign(
        "watching",
        r"found an? (?:tracker|airtag|air tag) (?:under|on|in) my (?:car|bag|coat) (?:tonight|"
        r"today|just now)",
    ),
    Sign(
        "gone",
        r"(?:flat|house|home|place) (?:is |was |'s )?empty\b|phones? (?:is |are )?(?:off|switched "
        r"off)\b",
    ),
    Sign(
        "threat",
        r"(?:will|'ll|'d|would|shall) (?:not|never) see (?:him|her|them|my [\w']+)(?: again)?(?= *"
        r"(?:$|[.!?;,]| again\b| unless\b))",
    ),
    Sign(
        "missing",
        r"(?:took|taken|snatched|picked up|grabbed) (?:my|our) (?:son|daughter|kids?|children|baby|"
        r"boy|girl) (?:from|out of|to) (?:school|nursery|daycare|kindy|the park|creche|the "
        r"airport)\b",
    ),
    Sign(
        "missing",
        r"(?:my|our) (?:\d+ ?(?:yo|y/o|year old)|son|daughter|kid|child|boy|girl)(?: [\w']+){0,3} "
        r"(?:hasn'?t|has not|didn'?t|never|still hasn'?t) (?:come|came|got|gotten) home\b|"
        r"(?:hours?|hrs) (?:past|after|late for) (?:the )?handover|(?:hasn'?t|has not|didn'?t|"
        r"won'?t|isn'?t) (?:brought|bring|bringing|returned|return) (?:him|her|them|the kids|my "
        r"[\w']+|our [\w']+) back\b",
    ),
    Sign(
        "lured",
        r"(?:messaging|talking to|chatting (?:to|with)|meeting|met|meet up with) (?:an? )?(?:older|"
        r"grown|adult) (?:man|guy|men|woman|bloke)|(?:man|guy|someone|stranger) (?:she|he) met "
        r"(?:online|on (?:a|some) (?:game|app))|(?:location|find my)(?:'s| is)? (?:showing|says)",
    ),
    Sign(
        "breach",
        r"(?:restraining|protective|protection|no[- ]contact|non-molestation|apprehended violence) "
        r"order",
    ),
    Sign(
        "kept_in",
        r"dragged me (?:[\w']+ ){0,4}(?:into|to) (?:the|a|his|her) (?:basement|room|car|closet|"
        r"bathroom|bedroom|garage|cellar|shed|attic)",
    ),
    Sign("kept_in", r"locked (?:it|the door)\b|(?:the )?door is (?:double )?lock(?:ed)?\b"),
    Sign(
        "kept_in",
        r"lock(?:s|ed)? (?:it|the door|me in) (?:when|whenever|every time) (?:he|she|they) "
        r"(?:goes|leaves|go|went)\b",
    ),
    Sign(
        "kept_in",
        r"says i can'?t leave (?:the|this) (?:apartment|flat|house|room) until\b",
    ),
    Sign("exposure", r"minus ?\d+ (?:out|outside|degrees)|-\d+ degrees"),
    Sign("exposure", r"(?:took|taken|hid) my (?:[\w']+, )?(?:coat|shoes|boots|jacket)\b"),
    Sign("exposure", r"['\"]try (?:getting|walking|going) home now"),
    Sign(
        "now",
        r"(?:texting|writing|typing|messaging) (?:you )?from (?:in here|the (?:bathroom|closet|"
        r"basement|car|cupboard|attic|garage))",
    ),
    Sign(
        "kept_in",
        r"(?:took|taken|smashed|broke|grabbed|hid|threw) my (?:phone|keys|car keys)(?! (?:to|"
        r"and (?:read|looked|checked|went)))",
    ),
    Sign(
        "violence",
        r"(?:he|she|they|(?:[\w']+ )?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf|ex|dad|"
        r"stepdad|father|brother))(?:'s| is| are|'re)(?: [\w']+ and| still| in the [\w']+(?: "
        r"room)?|"
        r" downstairs| outside)? (?:smashing|breaking|throwing|punching|kicking|banging|"
        r"destroying|hitting|beating|choking|strangling)\b",
    ),
    Sign(
        "violence",
        r"(?:strangled|choked|beat|hit|punched|kicked|stabbed) (?:me|us) (?:tonight|today|"
        r"this morning|an hour ago|just now|again tonight)\b",
    ),
    Sign(
        "threat",
        r"(?:said|says|told me|threatened|swore|screaming|yelling|texted)(?: that)? next time\b|"
        r"['\"]never see (?:her|him) again|never see (?:them|the kids|my kids|my children|the "
        r"children|my son|my daughter|"
        r"the baby) again|done (?:playing|being) (?:daddy|dad|mummy|mommy|mum|mom|happy families|"
        r"a (?:dad|father|mum|mom|mother|parent))",
    ),
    Sign(
        "threat",
        r"(?:he|she|they)(?:'ll| will|'s going to| is going to|'d) (?:kill|hurt|finish|stab|shoot|"
        r"strangle) (?:me|us|it|the kids)\b",
    ),
    Sign(
        "drunk",
        r"(?<!when )(?<!whenever )(?<!if )(?:he|she|they)(?:'s| is| are|'re) (?:drunk|high|wasted|"
        r"on something|out of control)\b",
    ),
    Sign(
        "now",
        r"right now|as we speak|at the moment|(?:he|she|they|my ex|my (?:husband|wife|boyfriend|"
        r"girlfriend|partner|bf|gf))(?:'s| is| are|'re) (?:still )?(?:here|outside|in the house|"
        r"in the flat|downstairs|coming back|on (?:his|her|their) way)\b",
    ),
    Sign(
        "now",
        r"alone (?:in|at) (?:the|a)\b|(?:the )?only one (?:left|here)\b|"
        r"(?:not|isn'?t|hasn'?t been) answering\b",
    ),
)
"""Signs of danger from someone else; two, one of them not "now", make a crisis."""

_TOOL = (
    r"(?:razor|razors|razor blades?|blades?|lighter|scissors|shard of glass|box cutter|compass|"
    r"safety pin)"
)

HARM_SIGNS: tuple[Sign, ...] = (
    Sign(
        "tool",
        rf"(?:took|take|taking|got|get|getting|grabbed|grab|bought|buy|keep|kept|hid|hide|hiding|"
        rf"found|pulled|using|used|use|holding|held) (?:out )?(?:the |a |my |some |new |"
        rf"another )?{_TOOL}\b|{_TOOL} (?:are |is )?out\b(?! of\b)",
    ),
    Sign(
        "now",
        r"(?:already|i'?ve|i have) started(?= *(?:$|[.!?,;]| and\b| again\b))|can'?t stop (?:this "
        r"time|now|tonight)(?= *(?:$|[.!?,;]))",
    ),
    Sign(
        "motive",
        r"(?:i )?promised (?:her|him|them|my [\w']+|myself) (?:i'?d|i had|i would|that i'?d) "
        r"(?:stopped|stop|never do it again)\b",
    ),
    Sign(
        "motive",
        r"helps? me (?:feel|cope|calm|breathe|focus|forget|numb)|(?:to |so i can )?feel something|"
        r"feel (?:real|alive) again|(?:to |so i can )?punish myself|i deserve (?:it|the pain|"
        r"to (?:hurt|bleed|suffer))|on purpose|the pain (?:helps|distracts|is better|feels good|"
        r"makes)|(?:where|so) (?:nobody|no one) (?:sees|can see|will see)|hide the (?:cuts|marks|"
        r"scars|burns)|long sleeves",
    ),
)
"""Signs of self-harm: a tool and a reason for using it on oneself make a crisis together."""
