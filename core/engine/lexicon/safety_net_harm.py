"""The wide net for harm from someone else: a present-danger frame (someone doing something to
the person or their child now), then abuse and coercive control word families.

Crisis: a weapon arriving or aimed ("coming over with his shotgun"), a threat in any words of
killing or maiming ("he'll slit my throat", "put me in the ground"), violence with an injury or a
loss of consciousness, a child hurt, a sexual assault. Concern: watching and tracking, money
taken, friends and family kept away, daily degradation, pushing and grabbing, threats to leave
the person with nothing or take the children, abuse long ago that still hurts, and the person
hurting their partner. Matches pass `safety_idioms` like every net rule.
"""

from __future__ import annotations

from core.engine.lexicon.safety_idioms import CHILD_ACTOR, CONSENT, GRAPPLING
from core.engine.lexicon.safety_idioms import MEDIA as _MEDIA
from core.engine.lexicon.safety_rules import CONCERN, CRISIS, PAST_ABUSE, Rule

_PLAY = r"\b(?:playful\w*|jokingly|as a joke|joking|teasing|tickl\w*|pillow fight|play fight\w*)\b"
_SPORT = (
    r"\b(?:for (?:hunting|the (?:shooting )?range|target practice|(?:deer|duck|hunting) season)|"
    r"(?:to|at) the (?:shooting |gun |rifle )?range|to clean (?:it|them|the \w+))\b"
)
"""A weapon taken out for sport or care: "took his rifle out for hunting season"."""

NET_HARM_RULES: tuple[Rule, ...] = (
    # Weapons arriving, in hand or aimed.
    Rule(
        CRISIS,
        "danger_now",
        r"<ACTOR><G6> <ARRIVE><G6> with (?:a|his|her|their|the|my|"
        r"[\w']+'s)(?: [\w']+)? <WEAPON>\b|(?:pulled|pulls|pulling|drew|draws) (?:a|his|her|"
        r"the) (?:gun|knife|pistol|rifle|blade) on (?:me|us|my)|<ACTOR><AG3> (?:is |"
        r"'s )?<ARRIVE>(?: [\w',]+){0,8} (?:has|with|holding|got|carrying|brought|and (?:he|she|"
        r"they) (?:has|have|got)) (?:a|his|her|the|their)(?: [\w']+)? <WEAPON>\b|"
        r"<ACTOR><AG3> (?:has|got|grabbed|bought|brought|is bringing|bringing|took|pulled out|"
        r"pulled|is holding|holding|loaded|is carrying|carrying|(?:keeps |kept )?(?:sending|sends|"
        r"sent)(?: me)?) (?:(?:pics|pictures|photos|videos) of )?(?:a|his|her|their|the|"
        r"[\w']+'s)(?: [\w']+)? <WEAPON>(?: [\w',]+){0,8} (?:<ARRIVE>|after me|said|says|"
        r"threaten\w*|kill|hurt|at me|to me|knows where|knows my (?:new )?(?:address|location|"
        r"work|house|flat|apartment))|<ACTOR>(?:'s| is| was)?(?: [\w']+){0,3} (?:waving|swinging|"
        r"brandishing|pointing|wielding|sharpening) (?:a|his|her|the|their)(?: [\w']+)? <WEAPON>|"
        r"<WEAPON> (?:to|at|against|in|into) my (?:head|throat|neck|face|mouth|chest|back|temple|"
        r"stomach|side)",
        negatable=False,
        past=PAST_ABUSE,
        guard=_MEDIA + "|" + _SPORT,
    ),
    # A threat to kill or maim, in any words.
    Rule(
        CRISIS,
        "partner_threat",
        r"<ACTOR><AG3>(?: |(?='))<THREATV> (?:(?!not|never|no)[\w']+ ){0,4}?(?:<HARMV> <VICT>\b(?!"
        r" (?:at|in (?:a|an|the|every) (?:game|race|match|argument|debate|quiz|round|fight)|"
        r"to (?:it|the)|back|off|out|down)\b| up (?:on|with)\b)|<HARMPHRASE>)",
        negatable=False,
        past=PAST_ABUSE,
        guard=_MEDIA,
    ),
    # Violence with an injury, or choking to unconsciousness.
    Rule(
        CRISIS,
        "danger_now",
        r"<ACTOR><AG3> <HURTV>(?: [\w']+){0,2} (?:me|my [\w']+)\b(?! away| up\b| out\b| off\b|"
        r" back\b| an? | some )<CG8>,? <INJURY>|<STRANGLE>(?: [\w',]+){0,12} (?:i|"
        r"everything) <LOSS>|<ACTOR><AG3> (?:threw|poured|splashed|tipped|sprayed) (?:(?:a|"
        r"the) (?:pot|cup|kettle|pan|bowl|mug) of )?(?:boiling|hot) (?:water|oil|coffee|"
        r"tea) (?:at|on|over) me|(?:threw|poured|splashed|sprayed) (?:acid|bleach|gasoline|petrol|"
        r"lighter fluid) (?:on|at|over|in) (?:me|my)|(?:set|lit) me on fire|burned me with|"
        r"<ACTOR><AG3> (?:stabbed|shot|knifed|slashed|assaulted|attacked) me\b|<ACTOR><AG3> "
        r"(?:stabbed|knifed|slashed|cut) my (?:arm|hand|leg|face|side|back|stomach|chest|neck|"
        r"shoulder|thigh)\b|"
        r"<ACTOR><AG3> (?:poured|pouring|spilled|splashed|sprayed|doused|"
        r"soaked)(?: [\w']+){0,3} (?:gasoline|petrol|lighter fluid|kerosene|fuel|diesel)|"
        r"<ACTOR><AG3> (?:tied me (?:up|to)|taped my (?:mouth|hands|wrists)|duct taped me|"
        r"zip tied me|handcuffed me|chained me)|<ACTOR><AG3> (?:texted|sent|showed|"
        r"gave) me (?:a )?(?:picture|photo|pic|image) of (?:a |my |his |her |their )?(?:grave|"
        r"coffin|tombstone|bullet|gun|noose)|(?:held|holds|pushed|pushes|kept) (?:me|my head|"
        r"my face) (?:under|in) (?:the )?(?:water|bath|pool|tub|sink)|"
        r"<STRANGLE>(?: [\w',]+){0,10} (?:today|tonight|just now|right now|this morning|"
        r"this evening|an hour ago|last night)\b",
        negatable=False,
        past=PAST_ABUSE,
        guard=_MEDIA + "|" + _PLAY + "|" + GRAPPLING,
    ),
    # A child hurt; a minor's story is also read whole in `safety.SafetyCheck`.
    Rule(
        CRISIS,
        "child_danger",
        r"(?:lur\w*|grooming|groomed|grooms) <CHILD>|<CHILD>(?: [\w']+){0,6} (?:came back|"
        r"comes home|came home|comes back) (?:crying|bleeding|hurt|with bruises|with marks|scared|"
        r"terrified)|<ACTOR><AG3> (?:holds?|held|holding|pushe[sd]|push|puts?|kept|"
        r"keeps) <CHILD> (?:under|in) (?:the |cold |icy |freezing )?(?:water|bath|tub)|"
        r"<ACTOR><AG3> <CHILDV>(?: [\w']+){0,2}? <CHILD>(?!'s| s |'? (?:feelings|hair|toys?|phone|"
        r"games?|homework|room|bike|ball|car)| up\b| out\b| off\b| back\b| around\b)",
        past=PAST_ABUSE,
        guard=_MEDIA + "|" + _PLAY + "|" + CHILD_ACTOR,
    ),
    # Sexual assault and exploitation.
    Rule(
        CRISIS,
        "sexual_assault",
        r"took advantage of me (?:when|while|after) i (?:was|had|passed)|"
        r"kept going (?:even though|when|after|while) i (?:was )?(?:crying|saying (?:no|stop)|"
        r"said (?:no|stop)|begged|screamed|asked (?:him|her|them) to stop)|said no (?:and|"
        r"but) (?:he|she|they) (?:didn'?t|did not|wouldn'?t|would not) (?:stop|listen|care)|"
        r"(?:wouldn'?t|would not|won'?t|didn'?t) take no for an answer|(?:forced|forcing|forces|"
        r"force) (?:sex|himself|herself|themselves|it|his way|their way)(?: [\w']+){0,2} (?:on|"
        r"onto|into) me|held me (?:down|doon)(?: [\w']+){0,3}? and (?:raped|forced|had sex|did "
        r"it|took)|did it (?:even when|even though|while) (?:i|a) (?:was|wis) (?:crying|greetin|"
        r"saying no|sayin naw|saying stop|begging)|(?:woke up|"
        r"came to)(?: [\w',]+){0,10} (?:clothes|dress|shirt|underwear|pants|top|jeans) (?:torn|"
        r"ripped|off|missing|gone)|(?:woke up|came to|came round|"
        r"wake up)(?: [\w']+){0,6} (?:with )?(?:my|no) (?:clothes|pants|underwear|jeans|shorts|"
        r"skirt|dress|top|bra)(?: [\w']+){0,2} (?:off|gone|missing|removed|ripped|pulled down|"
        r"on)\b|(?:woke up|came to)(?: [\w']+){0,8} (?:on top of me|inside me)|(?:spiked|drugged|"
        r"roofied|put something in|slipped something in(?:to)?) (?:my |her |his |their )?(?:drink|"
        r"drinks|coffee|"
        r"wine|food|beer)|(?:wouldn'?t|didn'?t|won'?t|doesn'?t) stop (?:when|after|even (?:when|"
        r"though|after)) i (?:said|told|asked|begged|cried|screamed|say|tell) (?:him |her |"
        r"them )?(?:no|stop|to stop)|(?:pay|paying|paid) (?:the |my )?rent (?:with|in) sex|"
        r"sex (?:for|in exchange for) rent",
        negatable=False,
        past=PAST_ABUSE,
        guard=_MEDIA,
    ),
    # Coercive control: watching, tracking, money, isolation.
    Rule(
        CONCERN,
        "coercive_control",
        r"<ACTOR><AG3> (?:tracks|tracked|tracking|monitors|monitored|monitoring|reads|read|checks|"
        r"checked|goes through|went through|looks through|looked through|scrolls through|spies on|"
        r"spied on|snoops through|snooped through|demands|demanded|hacks into|hacked into|"
        r"hacking into|hacks|hacked|hacking) (?:all )?(?:of )?my (?:[\w']+ )?<PRIVATE>\b|"
        r"<ACTOR><AG3> (?:controls|controlled|takes|took|keeps|kept|withholds|confiscated|"
        r"has taken|hides|hid|has|holds|won'?t give (?:me )?back) (?:all )?(?:of )?my (?:whole |"
        r"entire |full )?(?:paycheck|paychecks|salary|wages|bank card|debit card|credit cards?|"
        r"bank accounts?|savings|income|benefits|passport|car keys|pin)\b|(?<!\bi )(?<!\bwe )"
        r"(?:installed|put|hid|planted|placed) (?:a |an )?(?:hidden )?(?:tracker|tracking app|"
        r"airtag|gps|spyware|cameras?|app)(?: [\w']+){0,2} (?:on|in) my|tracks where i|find my "
        r"(?:iphone|friends)|life360|with an? (?:airtag|tracker|gps)|shows up wherever i|"
        r"to (?:watch|spy on|monitor|track) me\b|<ACTOR><AG3> (?:smashed|broke|destroyed|threw|"
        r"wrecked|smashes|breaks|destroys) my (?:phone|laptop|computer|tablet|things|stuff|"
        r"belongings|clothes|glasses)|<ACTOR><AG3> (?:says|said|tells me|told me|keeps telling me|"
        r"keeps saying)(?: [\w']+){0,4}? (?:nobody(?: else)?|no one else) (?:would|"
        r"will)(?: ever)? (?:put up with|want|love|date|have|stay with) (?:me|someone (?:as|so|"
        r"that) [\w']+)|(?:shows|turns) up (?:at|outside) my (?:work|job|house|school|gym|office|"
        r"place)(?: [\w']+){0,4} (?:every|all the time|constantly|to check|uninvited|unannounced)|"
        r"to check (?:who|where|what) i'?m|(?:won'?t|doesn'?t|never) give me (?:any )?(?:money|"
        r"cash)\b|(?:won'?t|doesn'?t|never) (?:give|let) me (?:have )?(?:access to|touch|"
        r"use) (?:our|my|the|any) (?:<MONEY>|car|phone)|(?:hand|hand over|give|turn over) (?:him |"
        r"her )?my (?:<MONEY>)\b|(?:beg|ask|asking|begging) (?:him |her )?for (?:money|cash|"
        r"permission)|justify (?:every|each) (?:purchase|penny|cent|dollar|pound|expense)|"
        r"decides (?:what|who|where|when) i (?:can|'m allowed to|am allowed to) (?:buy|spend|eat|"
        r"wear|see|talk|text|speak|go|call)|(?:won'?t|doesn'?t|never) let me (?:have|open|"
        r"get) (?:a|my own|any|an) (?:bank account|account|card|job|phone|car|friends)|(?:forbids|"
        r"forbade|bans|banned|stops|stopped|keeps) me (?:from )?(?:seeing|visiting|talking to|"
        r"calling|going out|hanging out|working|leaving)|cut me off from (?:my|all)|"
        r"<ACTOR><AG3>(?: |(?='))<THREATV> (?:[\w']+ ){0,3}?(?:leave me with nothing|take (?:the|"
        r"my|our) (?:kids|children|son|daughter|baby|dog|cat|pets)|gets the kids|get custody|"
        r"make sure i (?:get|have|see) nothing|tell (?:everyone|my (?:parents|family|mom|mum|dad|"
        r"boss|work|church)|people)|have me deported|report me|kick me out|throw me out|"
        r"cut me off|have me (?:committed|locked up|arrested))|if i don'?t obey\b",
        past=PAST_ABUSE,
        guard=_MEDIA + "|" + CONSENT,
    ),
    # Degradation and physical abuse.
    Rule(
        CONCERN,
        "abuse",
        r"<ACTOR><AG3> (?:says|said|tells me|told me|yells|yelled|screams|screamed|shouts|shouted|"
        r"keeps telling me|keeps saying)(?: at me)?(?: (?!not|never)[\w']+){0,3}?(?: that)? (?:i'?"
        r"m|i am) (?:a |an |such a )?(?!not\b)(?:[\w']+ )?<INSULT>\b|<ACTOR><AG3> (?:mocks|mocked|"
        r"insults|insulted|ridicules|belittles|humiliates|degrades|demeans|shames|"
        r"sneers at) (?:me|my (?:weight|body|looks|face|accent|family))\b|<ACTOR><AG3> (?:says|"
        r"said|tells me|told me|keeps telling me|keeps saying)(?: [\w']+){0,4}? (?:nobody|"
        r"no one) (?:else )?(?:will|would)(?: ever)? (?:love|want) me\b|"
        r"<ACTOR><AG3> <HURTV>(?: and <HURTV>)? me\b<NOIDIOM>|(?:pushed|shoved|threw|"
        r"kicked) me (?:off|out of) (?:the|a|my|his|her) (?:bed|couch|sofa|chair|stairs|balcony|"
        r"car)|<ACTOR><AG3> (?:grabbed|grabs|twisted|twists|squeezed|squeezes) my (?:wrist|arm|"
        r"neck|throat|face|hair|jaw)s?(?: [\w']+){0,2} so hard|(?:spat on|spits on) me\b",
        past=PAST_ABUSE,
        guard=_MEDIA + "|" + _PLAY,
    ),
    Rule(
        CONCERN,
        "past_abuse",
        r"(?:flashbacks?|nightmares?|ptsd|trauma|triggered|flinch\w*|"
        r"panic attacks?)(?: [\w']+){0,6} (?:what|the things) (?:he|she|they|"
        r"my [\w']+(?: [\w']+)?) (?:did|used to do)(?: to me| (?:when i was|as a (?:kid|child|"
        r"teen)))|(?:flashbacks?|nightmares?|ptsd|trauma|triggered|flinch\w*|"
        r"panic attacks?)(?: [\w']+){0,6} (?:who|that) (?:used to|would) (?:beat|hit|abuse|rape|"
        r"hurt|choke|strangle|kick|punch|molest|touch) me",
        negatable=False,
    ),
    Rule(
        CONCERN,
        "harming_partner",
        r"\bi(?:'ve|'d| have| had)?(?: [\w']+){0,3} (?:thrown|threw|throw) (?:things|stuff|"
        r"[\w']+)(?: [\w']+)? at (?:him|her|them|<PARTNER>)|\bi (?:[\w']+ ){0,4}(?:shoved|pushed|"
        r"threw|slammed) (?:him|her|them|<PARTNER>) (?:into|against|onto|down|to) (?:the|"
        r"a) (?:wall|door|table|floor|ground|stairs|bed|counter|fridge|car)|"
        r"\bi (?:[\w']+ ){0,4}(?:and|then) (?:push|shove|hit|slap|punch|kick|grab|choke) (?:him|"
        r"her|<PARTNER>)\b(?! up| away| to| off| out| back)",
    ),
)
"""Checked with the authored rules; each match also passes `safety_idioms`."""
