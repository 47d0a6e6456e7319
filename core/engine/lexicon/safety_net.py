"""The wide net for suicide: word families (`safety_families`) in a first-person frame, not
sentences.

Each rule pairs families: a wish with dying ("waiting to die", "hoping I wouldn't come back",
"I'd rather not exist than…"), dying with a judgement ("death sounds peaceful"), the person's
absence with relief ("they'd cope fine if I wasn't here anymore"), a date the person will not
reach, a last message. Means, methods and self-harm are in `safety_net_means`. The frame is the
person: a rule's `other` meaning applies when the last person named before the match is
someone else ("she wants to die"). Every match then passes the precision filter
(`safety_idioms`): "dying to see him", "die of embarrassment", "I could die, he said yes".
"""

from __future__ import annotations

from core.engine.lexicon.safety_rules import CRISIS, OTHER_SUICIDE, PAST_SELF_HARM, Rule

_OTHER_AT_RISK = OTHER_SUICIDE

NET_SELF_RULES: tuple[Rule, ...] = (
    # A wish for death, in any of its words.
    Rule(CRISIS, "suicide", r"<WISH><SG3> <DIE>\b", other=OTHER_SUICIDE, past=PAST_SELF_HARM),
    Rule(
        CRISIS,
        "suicide",
        r"(?:rather|prefer(?: to)?) (?:<DIE>|not (?:live|be alive|wake up))(?: than (?:be|live|"
        r"go on|keep|face|spend another|wake up|be alone|lose|exist)\b| *(?:$|[,.!?;]))|(?:want|"
        r"wanna|like|rather|prefer|wish|to|i'?d|i|and) not exist\b(?! (?:on|in|at|for)\b)",
        other=OTHER_SUICIDE,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:death|dying|being dead|not existing|not being (?:here|alive)|killing myself|"
        r"ending it all|ending my life) (?:is|seems|sounds|feels|looks|would be|'d be|"
        r"will be)(?: like)?(?: so| more| kind of| pretty)? (?:peaceful|nice|easier|better|"
        r"a relief|relief|tempting|appealing|good|welcome|like (?:an? )?(?:escape|relief|rest|"
        r"the answer)|the (?:only|best|easiest) (?:way|option|answer|thing|choice|escape)|"
        r"my only (?:way|option|escape|hope))|look(?:ing)? forward to (?:death|dying|the end)\b|"
        r"(?:not|no longer) (?:scared|afraid|frightened) (?:of|to) (?:die|dying|death) anymore",
        other=_OTHER_AT_RISK,
        past=PAST_SELF_HARM,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:hate|hating|tired of|sick of|exhausted (?:of|from)|had enough of|can'?t stand|"
        r"done with) (?:being alive|existing|waking up|being here|breathing|this life|life|"
        r"living)\b(?! (?:in|at|as|with|without|here|there|on|during|under|near|together|alone|"
        r"apart|with)\b)",
        other=_OTHER_AT_RISK,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:won'?t|will not|not going to) be a (?:problem|burden|bother|nuisance) (?:for|"
        r"to) [\w']+ (?:much longer|for long|soon|anymore)|i (?:know|knew|figured out|worked out|"
        r"'ve worked out|'ve figured out) (?:exactly )?how i(?:'d| would| will|'ll| am going to|"
        r"'m going to) do it(?= *(?:$|[.!?;,]))|(?:won'?t|will not|not going to|"
        r"don'?t think i'?ll|doubt i'?ll|not sure i'?ll|never) (?:see|live to see|be alive for|"
        r"be here for|be around for|live until|live till) (?:next|another|the end of (?:the|"
        r"this)) (?:summer|year|christmas|birthday|week|month|spring|winter|autumn|fall)\b|(?:be|"
        r"are|would be|'d be|will be|'ll be) (?:fine|ok|okay|better|happier|great|alright|"
        r"all right)(?: [\w']+){0,2} without me(?: around| here)?(?= *(?:$|[.!?;,]))",
        negatable=False,
        other=None,
    ),
    # Finality: a date it will not reach, a last message, affairs in order, an exit.
    Rule(
        CRISIS,
        "suicide",
        r"(?:won'?t|will not|not going to|don'?t think i'?ll|doubt i'?ll|not sure i'?ll|"
        r"never) (?:make it|live|be alive|be around|be here|survive|last)(?: [\w']+){0,2} (?:to|"
        r"until|till|through|past|for|by) (?:my (?:next )?birthday|christmas|new year'?s?|"
        r"next (?:year|month|summer|christmas|birthday)|the (?:end of the )?(?:year|month|summer|"
        r"holidays)|thanksgiving|(?:my )?\d+(?:th|st|nd|rd)? birthday)|(?:my|this is my) (?:last|"
        r"final) (?:message|post|text|words|goodbye)\b(?! (?:to|for) (?:the|my) (?:team|class|"
        r"group))|(?:you|anyone|nobody|no one) (?:won'?t|will not|will never) hear from me again|"
        r"by the time (?:you|anyone) (?:read|reads|see|sees|find|finds) this|(?:put|putting|got|"
        r"getting|have|get) (?:all )?my affairs in order|(?:planning|plan|"
        r"planned) my exit\b(?! from)|(?:my|an) exit plan\b(?! from| for (?:the|my) (?:job|"
        r"company|house|relationship|marriage))|check(?:ing)? out (?:for good|early|permanently)",
        negatable=False,
        other=_OTHER_AT_RISK,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"(?:it'?d be best|better|easier|happier|simpler|kinder)(?: for (?:everyone|everybody|"
        r"them|all|my \w+))? (?:if|when|once) i (?:wasn'?t|weren'?t|didn'?t exist|disappeared|"
        r"was gone|were gone|died|was dead|were dead|'m gone|am gone|'m dead)(?: (?:here|around|"
        r"alive|anymore|in \w+))?\b|(?:won'?t|will not|don'?t|never) have to (?:deal|worry|"
        r"put up) (?:with|about) me (?:anymore|any more|again|soon|much longer)|(?:cry|come|"
        r"show up|turn up|care) (?:at|to|about) my funeral|(?:voices?|the devil|a demon|demons|"
        r"my (?:head|brain|mind))(?: [\w']+){0,4} (?:tell|tells|telling|told|say|says|saying|want|"
        r"wants|whisper\w*|keeps? (?:telling|saying|whispering))(?: me)?(?: that)? (?:to |"
        r"i should |i need to |i have to |i must )(?:<DIE>|end it|hurt myself|cut|jump|do it)|"
        r"(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:the|my) (?:plane|flight|car|bus|"
        r"train) (?:crashes|goes down|falls|explodes|hits something)|(?:wish|wishing|hope|hoping|"
        r"pray|praying)(?: that)? (?:a|the|some) (?:car|truck|bus|train|plane|bullet|meteor|"
        r"asteroid)(?: [\w']+){0,2} (?:would|will|'d|to|could) (?:hit|kill|run over|take) me|"
        r"(?:wish|hope|pray)(?:ing)?(?: that)? i (?:get|got|would get) (?:hit by|killed|run over)|"
        r"(?:wrote|written|writing|recorded|sent|typed|drafted|said) my (?:goodbyes?|farewells?|"
        r"last words|final words)\b",
        negatable=False,
    ),
    # The person's absence, pictured as a relief or as certain.
    Rule(
        CRISIS,
        "suicide",
        r"(?:if|when|once|after) i(?:'m| am| was| were)?(?: [\w']+)? (?:wasn'?t (?:here|around|"
        r"alive)|weren'?t (?:here|around|alive)|gone|dead|died|not here|not around|disappeared|"
        r"no longer here|left this world)(?= *(?:$|[.!?;]| anymore| any more| for good| forever))|"
        r"(?:no|not a|not any|there'?s no|can'?t see a|don'?t see a|can'?t see any|"
        r"don'?t see any) (?:version of (?:the|my) )?future (?:where|in which) i'?(?:m| am| will|"
        r" would| could)? (?:still )?(?:here|alive|around|exist)|(?:world|earth|"
        r"planet)(?: [\w']+){0,2} (?:doesn'?t|does not|wouldn'?t|won'?t|will not) (?:need|want|"
        r"miss)(?: [\w'-]+){0,4} (?:me|like me)(?: in it| here| around| anymore)?\b|(?:if|"
        r"in case) (?:you|anyone|nobody|no one) (?:don'?t|doesn'?t|do not|never|"
        r"won'?t) hear(?:s)? from me|(?:find|finding|found|finds|discover\w*|see|"
        r"seeing) my (?:dead )?body|the right (?:night|day|time|moment) to (?:stop|go|do it|"
        r"end it|leave)\b|(?:please |(?<![\w'] ))(?:tell|let) (?:my|him|her|them|"
        r"everyone)(?: [\w']+){0,2} (?:know )?(?:i'?m sorry|i'?m sorry for everything)(?= *(?:$|"
        r"[.!?;]))|please (?:tell|let) (?:my|him|her|them|everyone)(?: [\w']+){0,2} (?:know )?i (?"
        r":love|loved) (?:them|him|her|you)(?= *(?:$|[.!?;]))",
        negatable=False,
    ),
    Rule(
        CRISIS,
        "suicide",
        r"if (?:he|she|they|my \w+) (?:leaves|left|doesn'?t come back|don'?t come back|"
        r"breaks up with me|won'?t take me back|dumps me|goes)(?: me)?,? (?:i'?m|i'?ll|i will|"
        r"i am going to|i'?m going to) (?:end(?:ing)? it|end(?:ing)? my life|kill(?:ing)? myself|"
        r"die|disappear|be gone|jump|overdose|do it)\b",
        negatable=False,
    ),
)
"""Checked with the authored rules; each match also passes `safety_idioms`."""
