"""Word families for the sentence net (`wide_net.WideNet`): broad vocabularies, not phrases.

Each family is a list of words and short phrases in canonical text (`normalise.canonical`: lower
case, "gonna" → "going to", fillers gone). A sentence about the person that holds two families
that belong together — dying and wanting, a means and a dose, two farewells, two self-harm
words — is a crisis, once idioms are taken out ("dying to see him", "the death of me"). The
families are deliberately wide: the rules in `safety_net*` are the precise frames, this is the
net for ways of saying it that nobody wrote down.
"""

from __future__ import annotations

from core.engine.lexicon.phrases import phrase_list as _phrases

DEATH = _phrases(
    """die, dying, dead, suicide, suicidal, unalive, unaliving, overdose, overdosing, kill myself
    killing myself, end my life, ending my life, take my life, taking my life, take my own life
    end it all, ending it all, end everything, ending everything, not exist, not existing
    not to exist, stop existing, stopped existing, cease to exist, cease existing
    disappear forever, disappear for good, vanish forever, gone forever, be gone, being gone
    i'm gone, never wake up, not wake up, not waking up, not planning on waking up, won't wake up
    don't wake up, didn't wake up, wouldn't wake up, staying under, stay under
    disappear permanently, never have to wake up, not have to wake up, don't have to wake up
    point in waking up, point of waking up, reason to wake up, point in living, point of living
    reason to live, sleep forever, never come back, not come back, wouldn't come back
    won't come back, six feet under, in the ground, in a coffin, in a grave, my funeral
    my own funeral, my grave, my body, my dead body, goodbye to this world, leave this world
    leave this earth, not be here, not be alive, not be around, not being here, not being alive
    no longer alive, stop breathing, stop living, better off without me, without me, no longer here
    better off dead, better off gone, say goodbye to everyone, not survive, wouldn't survive
    won't survive, it all to be over, everything to be over, it to be over for good, be dead
    waste of oxygen, waste of space, dead weight, not wake up tomorrow, don't belong in this world
    don't belong here anymore, not open them again, never open them again, close my eyes forever
    stay alive, staying alive"""
)
"""Dying, being dead, not existing, not waking: the state a death wish is about."""

ACT = _phrases(
    """hang myself, hanging myself, hanged myself, drown myself, drowning myself, shoot myself
    shooting myself, offing myself, bleed out, bleed myself out, slit my wrists, slitting my wrists
    unalive myself, unaliving myself, kms, jump off a bridge, not going to be around much
    won't be around much, won't be around for long, not be around much longer
    won't be here much longer, not going to be here much longer, drive off the overpass
    driving off the overpass, drive off the bridge, driving off the bridge, drive off a cliff
    driving off a cliff, drive off the cliff, step in front of a train, walk into traffic
    walking into traffic, give up on life, gave up on life, giving up on life, pulled the trigger
    pull the trigger on myself"""
)
"""Killing oneself, named by the method or the end: a crisis alone in the person's sentence."""

WANT = _phrases(
    """want, wanted, wants, wanting, wish, wishes, wishing, wished, hope, hopes, hoping, pray, prays
    praying, long, would be so quick, would be quick, would be easy, so easy, so quick, longing
    ready, planning, plan, planned, about to, decided, decide, tempted, rather, prefer, waiting
    deserve, easier, simpler, peaceful, relief, relieved, favour, favor, welcome, tonight, tomorrow
    this weekend, this week, next week, soon, looking forward, can't wait, urge, urges, tempting
    the only way, only option, escape, finally, time to, okay with, ok with, tired of, sick of
    wouldn't mind, don't mind, wouldn't care, fine with, happy to, praying for, at peace with
    not scared of, not afraid of, for an hour, for hours, for the last hour, all night
    for a long time, for ages, this is it, it's time, no turning back, can't make myself leave
    been sitting here, sitting here for"""
)
"""Wanting, planning, expecting or welcoming it."""

THINK = _phrases(
    """fantasize, fantasise, fantasizing, fantasising, dream about, dreaming about, dreams about
    thinking about, thinking of, think about, imagine, imagining, picturing, obsessing over
    can't stop thinking, keep thinking, keeps going back to, keep going back to, goes back to
    scrolling through, reading about, watching videos about"""
)
"""Dwelling on it: with dying or a means other than medicine, a crisis."""

PLAN = _phrases(
    """picked out the spot, picked the spot, picked a spot, the spot in the woods
    have a date picked, a date picked, the day is set, practicing with, practising with
    practice run, dry run, do it tonight, do it tomorrow, the plan is, my plan is"""
)
"""A plan in the person's own words: with a secret, a means or dying, a crisis."""

SECRET = _phrases(
    """doesn't know, nobody knows, no one knows, haven't told anyone, don't tell anyone
    won't tell anyone, they don't know"""
)
"""Keeping it hidden from the people who could stop it."""

NOBODY = _phrases(
    """nobody will know, no one will know, nobody would know, nobody will notice, no one will notice
    nobody would notice, no one would notice, nobody will miss me, no one will miss me
    nobody would miss me, no one would miss me, nobody will care, no one will care
    nobody would care, no one would care, nobody cares, no one cares, nobody would cry
    no one would cry, nobody will cry, no one will cry"""
)
"""Nobody noticing or caring: the burden side of a death wish."""

MEANS = _phrases(
    """pills, pill, tablets, meds, medication, medications, sleeping pills, sleeping tablets
    antidepressants, anti-depressants, painkillers, pain killers, insulin, lithium, oxy, oxycodone
    opioids, fentanyl, paracetamol, tylenol, acetaminophen, advil, ibuprofen, aspirin, xanax
    benzos, valium, medicine cabinet, medicine drawer, heart tablets, heart pills"""
)
"""Medicines: a means once there is a dose, a plan or a goodbye with them."""

TOOL = _phrases(
    """rope, noose, ligature, gun, pistol, shotgun, rifle, revolver, bullet, trigger, razor, razors
    razor blade, razor blades, blade, blades, bleach, poison, antifreeze, rat poison
    carbon monoxide, exhaust, charcoal, helium, overpass, top floor, railway line, train line
    belt in my closet, the cliff, the cliffs, cliff edge, cliff car park, the ledge, railway tracks
    train tracks, turning the wheel, turn the wheel, jerk the wheel, yank the wheel, swerve into
    edge of the platform, edge of the roof, edge of the bridge, edge of the cliff, on the ledge
    on the tracks, on the railing, in front of a train, in front of the train, off the bridge
    off a bridge, off the roof, off a roof, off the cliff, off a cliff, off my balcony
    off the balcony, into traffic, into the river, into the sea, into the lake, car crash"""
)
"""Other means, and the places: a means once kept ready, wanted or said goodbye with."""

DOSE = _phrases(
    """all my, all of my, all the, all of them, all of it, every pill, every last, every one of
    every single one, the whole, a whole, whole bottle, whole box, whole pack, entire bottle, box
    handful, stash, saved, saving, save, stockpile, stockpiling, hoard, hoarding, collecting
    lethal, fatal, deadly, how many, how much, enough, painless, would it take, does it take
    it takes, lined up, counted, counting, loaded, hidden, hid, a bottle of, half a bottle
    the rest of, the bottle of, a pack of, a strip of, a blister pack, everything in my
    stocked up on, stocking up on, taking them all, take them all, downed everything
    swallowed everything"""
)
"""How much, and having it ready."""

HIDE = _phrases(
    """under my mattress, under my bed, under my pillow, in my drawer, in my bag, in my car
    in my room, in my closet, just in case, for the bad nights, for bad nights, for bad days
    in my phone case, in my wallet, in my bra, in my sock, in my pencil case, in the boot
    in the trunk, in my boot, in my trunk
    for when i need it, for when i'm ready, for later, within reach, hidden, hid, hiding, stash
    in front of me, next to me, in my hand, in my lap"""
)
"""A means kept close and ready."""

FAREWELL = _phrases(
    """goodbye, goodbyes, farewell, note, notes, letter, letters, last message, final message
    last words, sorry for everything, gave away, giving away, give away, affairs in order
    wrote my will, updated my will, scheduled, passwords, tell my mum, tell my mom, when i'm gone
    after i'm gone, won't need, take care of my, see you on the other side, forgive me
    thank you for everything, made my peace, where i'm going, gave her my, gave him my
    gave them my, gave my dog, gave my cat, doesn't know why, don't know it was goodbye
    goodbye note, goodbye letter, goodbye card, last time you'll hear from me
    never hear from me again, thanks for trying, thank you for trying, goodbye text, goodbye texts
    goodbye message, goodbye messages"""
)
"""Saying goodbye and putting things in order."""

HARM = _phrases(
    """cut, cutting, cuts, sliced, slicing, carve, carving, carved, burn, burning, burned, burnt
    scratch, scratching, bleed, bleeding, bled, hit myself, hitting myself, punch myself
    punching myself, punched the mirror, punched the wall, punching walls, bruise myself
    bruising myself, starve myself, starving myself"""
)
"""Self-harm: the acts."""

MARK = _phrases(
    """hurt myself, hurting myself, harm myself, harming myself, self harm, self-harm
    punish myself, on purpose, until it bleeds, till it bleeds, until my hand, thighs, wrists
    stitches, scars, lighter, relapsed, relapse, sh'd, sh again"""
)
"""Self-harm: the body, the wound, the reason, the relapse."""


SELF_FAMILIES: dict[str, tuple[str, ...]] = {
    "act": ACT,
    "death": DEATH,
    "want": WANT,
    "think": THINK,
    "nobody": NOBODY,
    "plan": PLAN,
    "secret": SECRET,
    "means": MEANS,
    "tool": TOOL,
    "dose": DOSE,
    "hide": HIDE,
    "farewell": FAREWELL,
    "harm": HARM,
    "mark": MARK,
}
"""Every family, by name; a phrase belongs to the first family that lists it."""

PAIRS: tuple[tuple[str, str, str], ...] = (
    ("act", "", "suicide"),
    ("death", "want", "suicide"),
    ("death", "death", "suicide"),
    ("death", "think", "suicide"),
    ("tool", "think", "suicide"),
    ("death", "farewell", "suicide"),
    ("death", "nobody", "suicide"),
    ("death", "means", "suicide"),
    ("death", "tool", "suicide"),
    ("means", "dose", "suicide"),
    ("means", "want", "suicide"),
    ("means", "farewell", "suicide"),
    ("tool", "want", "suicide"),
    ("tool", "dose", "suicide"),
    ("tool", "hide", "suicide"),
    ("tool", "farewell", "suicide"),
    ("farewell", "farewell", "suicide"),
    ("farewell", "nobody", "suicide"),
    ("plan", "secret", "suicide"),
    ("plan", "tool", "suicide"),
    ("plan", "means", "suicide"),
    ("plan", "death", "suicide"),
    ("plan", "farewell", "suicide"),
    ("means", "secret", "suicide"),
    ("harm", "mark", "self_harm"),
    ("mark", "mark", "self_harm"),
    ("harm", "tool", "self_harm"),
    ("mark", "tool", "self_harm"),
)
"""Two families in one sentence about the person, and the reason they make together. A family
paired with itself needs two different words of it; one paired with nothing stands alone."""

ANCHORS = frozenset({"act", "death", "nobody", "means", "tool", "farewell", "harm", "mark", "plan"})
"""Families one of which every pair holds: the net looks only at sentences with one of them."""
