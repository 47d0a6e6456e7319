"""Word families for the danger net (`danger_net.DangerNet`): harm from someone else, and goodbyes.

The phrase rules (`safety_danger`, `safety_net_harm`) need a frame in order ("coming over with
his shotgun"). People in danger rarely write in frames: "he has the gun out again. i'm in the
bathroom. he's been drinking since noon". This net reads a few neighbouring sentences at once
and asks which families are there: someone else, a weapon, the present moment, fear, being shut
in, someone coming, a threat of death. A weapon alone is a kitchen; a weapon with him, tonight
and fear is an emergency.

The families hold canonical text (`normalise.canonical`: lower case, "rn" → "right now",
"wont" → "won't", fillers such as "lol" gone).
"""

from __future__ import annotations

from core.engine.lexicon.phrases import phrase_list as _phrases

ACTOR = _phrases(
    """he, he's, he'll, he'd, him, she, she's, she'll, she'd, her, they're, they'll
    my husband, my wife, my bf, my boyfriend, my gf, my girlfriend, my partner, my ex
    my ex-husband, my ex-wife, my fiance, my fiancee, my fiancé, my spouse, my dad, my father
    my stepdad, my stepfather, my stepmom, my stepmum, my brother, my mom's boyfriend
    my mum's boyfriend, my husband's, my wife's, my boyfriend's, my girlfriend's, bf, gf
    boyfriend, girlfriend, husband, wife, hubby, partner, fiance, stepdad, baby fada, baby father
    baby daddy, baby mother, baby mama, my baby fada, my baby father"""
)
"""Someone else, who may be the danger."""

WEAPON = _phrases(
    """knife, knives, blade, machete, box cutter, gun, guns, handgun, pistol, rifle, shotgun
    revolver, firearm, bullets, bullet, ammo, scissors, baseball bat, bat, hammer, axe, hatchet
    crowbar, broken bottle, bottle at me, screwdriver, taser, cutlass, panga, cleaver, sickle
    iron rod, cricket bat, golf club, hockey stick, crossbow, bow and arrow, spear"""
)
"""Something to hurt with."""

MENACE = _phrases(
    """came at me, comes at me, coming at me, pointing, pointed, aimed, aiming, waving, waves
    swinging, hitting the door, at my throat, at my neck, to my neck, to my throat, to my head
    on the table, on the counter, between us, in front of me, loaded, loading, sharpening"""
)
"""A weapon turned on the person or put on show; holding one is not enough ("he's holding a
knife" is most often dinner)."""

NOW = _phrases(
    """tonight, right now, now, just now, at the moment, currently, minutes ago, minute ago
    mins ago, min ago, since 1am, since 2am, since 3am, since midnight, mins away, minutes away
    min away
    an hour ago, this morning, this evening, this afternoon, today, last night, any minute
    when he gets home, when she gets home, coming home, since noon, all night
    drinking, drunk, high"""
)
"""The present moment, or the state that makes it dangerous now."""

FEAR = _phrases(
    """under di bed, under mi bed
    scared, so scared, terrified, afraid, frightened, petrified, panicking, shaking, hiding
    i'm hiding, hid, locked myself, can't move, please help, help me
    don't know where to go, where do i go, where can i go, he'll hear
    she'll hear, whispering, under the bed, fear for my life, for my life, i'm alone"""
)
"""Fear, hiding, asking for help now."""

FEAR_NOT = (
    r" (?:to (?:tell|ask|say|talk|bring|admit|text|call|propose|meet|commit|lose|be alone)|"
    r"of (?:losing|commitment|being alone|rejection|getting hurt emotionally|telling|asking|"
    r"(?:his|her|their) reaction)|(?:he|she)'ll "
    r"(?:leave|break up|cheat|find someone))"
)
"""What makes a fear word about the relationship rather than safety: "scared to tell her"."""

THREAT_NOT = (
    r" (?:feelings|pride|ego|chances|reputation|career|credit|business|plans|into (?:the|his|her|"
    r"my|a)|off to|for (?:a|the) (?:while|bit|weekend|day|week|few))\b"
)
"""What makes a threat word harmless: "she'll hurt my feelings"."""

TRAP = _phrases(
    """locked the doors, locked all the doors, locked the door, locked me in, locked in
    took my keys, takes my keys, took the keys, took the car keys, hid my keys, took my phone
    smashed my phone, broke my phone, blocking the door, blocked the door, blocks the door
    in front of the door, won't let me leave, won't let me out, won't let me go, can't get out
    trapped, stay here until, not allowed to leave"""
)
"""Being shut in or cut off from leaving and calling."""

APPROACH = _phrases(
    """outside my house, outside my door, outside my flat, outside my apartment, outside my work
    outside the house, at the door, at my door, banging on, pounding on, kicking the door
    trying to get in, break the door, break in, breaking in, get in one way or another
    through my window, through the window, smashed the window, smashed my window
    broke the window, broke my window, kicked the door in, kicking the door in
    kicked in the door, kicked my door in, flashing his headlights, flashing his lights
    round my block, roon my block, around my block
    on his way, on her way, on their way, coming over, coming here, coming for me, looking for me
    parked across, parked outside, i see you, knows where i live, found my address, followed me
    following me, showed up"""
)
"""Someone coming, or already at the door."""

THREAT = _phrases(
    """kill me, kill you, kill us, kill them, kill the, kill himself and, going to kill
    end me, end you, finish me, make me disappear, make you disappear, disappear
    find my body, find your body, find the body, nobody would ever find, no one would find
    won't wake up, will never wake up, never wake up, won't live, not live to see
    never see them alive, never see them again alive, never see you alive, won't see them alive
    say my goodbyes, say your goodbyes, won't stop, next time he won't stop
    it will be worse, will be worse, be worse tonight, tonight is the night, the last thing
    pay for this, make me pay, hurt you, hurt me, hurt the kids
    hurt our, hurt my, hurt them, throw her, throw him, drive into a wall, drive us off
    burn the house, burn it down, with all of us inside, nobody can have, no one can have
    won't be anyone left, nothing left of you, can't have me nobody can, put me in the ground
    watch your back, watch ur back, say goodbye to your kids, say goodbye to the kids
    say goodbye to your family, say goodbye to your life, say goodbye to your boyfriend
    say goodbye to your girlfriend, won't see christmas, won't see your birthday
    won't see another day, won't see another birthday, won't see another christmas
    won't see the morning, six feet under, put you in the ground, i know where you sleep
    know where the kids sleep, be in the ground, in the ground before
    do what dad did to mum, do what his dad did to his mum, what dad did to mum
    you'll both regret, you will both regret, you'll both pay
    can't have you no one will, can't have you nobody will, know which bus
    waiting for you to come home, waiting for u to come home
    think carefully about your next words, choose your next words, careful what you say next
    go finish me, finish me tonight, not leaving this house alive
    won't leave this house alive, nobody else got me, nobody else gets me, nobody else would get me
    no one else got me, no one else gets me, no one else would have me, nobody else would have me
    not leaving here alive, won't leave here alive, not getting out of here alive
    bury me, strangle
    shoot me, shoot you, stab me, stab you, slit, break your neck, break my neck"""
)
"""A threat of death or injury, in plain words."""

SAID = _phrases(
    """said, says, saying, told me, tells me, telling me, threatened, threatens, threatening
    texted, texts me, keeps saying, swore, screamed, yelled, whispered, warned, promised
    looked at me and, messaged, sent me, sent, wrote, left a voicemail, voicemail, dm'd me
    a text from"""
)
"""Someone saying it."""

GIVEUP = _phrases(
    """can't do this anymore, can't do it anymore, can't go on, can't take it anymore
    can't keep going, i'm done, done fighting, i give up, i'm giving up, i gave up
    it will all be over, all be over soon, be over soon, it'll be over soon
    won't be a burden, not be a burden anymore, no longer be a burden, stop being a burden
    i'm leaving for good, made my decision, my mind is made up, everything is sorted, all sorted
    sorted now
    ready to go, time for me to go, tired of fighting"""
)
"""Giving up, or a decision that sounds final."""

GOODBYE = _phrases(
    """bye, goodbye, this is goodbye, last message, final message, tell my mom, tell my mum
    tell my dad, tell my sister, tell my brother, tell my kids, love you all, sorry for everything
    thank you for listening, thanks for listening, thanks for trying, thank you for trying
    won't hear from me, never hear from me, by the time anyone reads, whoever reads this
    letters to everyone, wrote letters, passwords, my will, the will, gave my cat, gave my dog
    gave away, cleaned the whole, after tonight, have his life back, have her life back
    have their life back, better off without me, be fine without me, be better off
    calm for the first time, at peace now, not going to be here, won't be here, i'll be gone
    i will be gone"""
)
"""Saying goodbye and putting things in order."""

FAMILIES: dict[str, tuple[str, ...]] = {
    "actor": ACTOR,
    "weapon": WEAPON,
    "menace": MENACE,
    "now": NOW,
    "fear": FEAR,
    "trap": TRAP,
    "approach": APPROACH,
    "threat": THREAT,
    "said": SAID,
    "giveup": GIVEUP,
    "goodbye": GOODBYE,
}
"""Every family, by name; a phrase belongs to the first family that lists it."""

NEGATION_PROOF = frozenset({"threat", "giveup", "goodbye"})
"""Families whose phrases carry their own negation ("won't live", "can't go on")."""

COMBINATIONS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"actor", "weapon", "fear"}), "danger_now"),
    (frozenset({"actor", "weapon", "menace"}), "danger_now"),
    (frozenset({"actor", "weapon", "now"}), "danger_now"),
    (frozenset({"actor", "weapon", "threat"}), "partner_threat"),
    (frozenset({"actor", "trap", "fear"}), "danger_now"),
    (frozenset({"actor", "trap", "approach"}), "danger_now"),
    (frozenset({"actor", "approach", "fear"}), "danger_now"),
    (frozenset({"actor", "approach", "threat"}), "partner_threat"),
    (frozenset({"actor", "said", "threat"}), "partner_threat"),
    (frozenset({"giveup", "goodbye"}), "suicide"),
)
"""Families that make a crisis together in a window of neighbouring sentences, and the reason."""

PAIRED_WITH_ITSELF = frozenset({"goodbye", "trap", "approach"})
"""Families that make a crisis with two different phrases of their own ("this is my last
message… tell my mum I love her", "he locked the doors and took my phone", "he's outside my
house and says he'll get in one way or another")."""

WEAK_GOODBYES = frozenset({"bye", "goodbye", "after tonight", "be better off"})
"""Goodbyes that end many an ordinary chat: they count with giving up, not with each other."""

CALM = (
    r"\b(?:cook\w*|dinner|lunch|breakfast|recipe|chop\w*|slic\w*|carv\w* the|butter knife|"
    r"steak knife|chef'?s knife|knife set|whittl\w*|camping|hunting|hunts|deer|season|range|"
    r"target practice|collection|collects|gift|present|birthday|christmas|bought me|got me|"
    r"as a joke|joking|jokingly|kidding|prank\w*|game|games|gaming|nerf|water gun|toy|"
    r"paintball|airsoft|laser tag|fishing|holiday|vacation|trip|airport|see you|talk soon|"
    r"for now|helped|helpful|tips|advice|the relationship|this relationship|our relationship|"
    r"propose|proposal|job|interview|exam|surprise|party)\b"
)
"""A window with one of these is ordinary life: a kitchen, a hobby, a gift, a joke, a holiday.
It does not count when fear, a threat or being shut in is there too."""

JOKING = (
    r"(?:\b(?<!not )(?<!n't )(?:as a joke|joking|jokingly|just kidding|jk|kidding|banter|teasing|in"
    r" jest|taking the "
    r"piss|fantasy (?:football|league)|board game|card game)\b|😂|🤣)"
)
"""A threat said in fun ("said 'watch your back' as a joke about the fantasy league"): a threat
in words alone does not count there, a weapon or someone at the door still does."""

FAREWELL_CALM = (
    r"\b(?:holiday|vacation|trip|airport|flight|see you|talk soon|talk tomorrow|for now|helped|"
    r"helpful|tips|advice|the relationship|this relationship|our relationship|i'm breaking up|"
    r"i'll break up|i'm going to break up|i'm leaving (?:him|her|them)|i'm dumping|new job|"
    r"new chapter|moving (?:to|out|in))\b"
)
"""A goodbye that belongs to ordinary life: the end of a chat, a holiday, a step the person is
taking forward."""
