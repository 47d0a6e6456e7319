"""Text normalisation shared by every reader: one canonical form, computed once per message."""

from __future__ import annotations

import re
import unicodedata

from core.engine.lexicon.phrases import trie_pattern

# Invisible characters people (or copy-paste) put inside words, including right-to-left marks:
# dropping them lets "ki\u200bll" read as "kill".
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068"
    "\u2069\ufeff"
)
_TRANSLATE: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
_TRANSLATE.update({ord(c): "'" for c in "\u2018\u2019\u201b\u02bc\u00b4`\u2032"})
_TRANSLATE.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"})
_TRANSLATE.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2212"})
_TRANSLATE.update({ord("\u2014"): " - ", ord("\u2026"): "..."})
_TRANSLATE.update({c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]})
_TRANSLATE.update({c: " " for c in range(0x80, 0xA0)})

_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n]+")
_DOUBLE_SPACES = re.compile(r"  +")


def _fold_lines(text: str) -> str:
    """Each run of line breaks and the spaces around it as one "\\n", in linear time (a regex
    with whitespace on both sides of the break backtracks quadratically on long blank runs)."""
    return "\n".join(line for line in (p.strip() for p in _LINE_BREAK.split(text)) if line)


def normalise(text: str) -> str:
    """NFKC, straight quotes and dashes, no invisible or control characters, single spaces.

    Line breaks are kept (as one "\\n"): they end a sentence for the safety rules.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TRANSLATE)
    if text.isascii():
        # The common case, kept cheap: the general whitespace regex costs ~10 µs a message.
        if "\n" in text or "\r" in text:
            text = _fold_lines(text)
        text = text.replace("\t", " ")
        return _DOUBLE_SPACES.sub(" ", text).strip() if "  " in text else text.strip()
    return _SPACES.sub(" ", _fold_lines(text)).strip()


def lower(text: str) -> str:
    """Lower case with one character per character, so positions in both strings agree."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few letters lower to two code points (U+0130 "İ" → "i̇"); keep the first.
    return "".join(c.lower()[0] for c in text)


# How people write in chat → the words the lexicons are written in. Only words that cannot be
# read another way are mapped ("ill", "id", "its" stay as they are).
_SLANG = {
    key: value.replace("_", " ")
    for key, _, value in (
        pair.partition("=")
        for pair in (
            "im=i'm ive=i've hes=he's shes=she's theyre=they're youre=you're thats=that's "
            "theres=there's whats=what's dont=don't cant=can't wont=won't doesnt=doesn't "
            "didnt=didn't "
            "isnt=isn't wasnt=wasn't arent=aren't werent=weren't wouldnt=wouldn't couldnt=couldn't "
            "shouldnt=shouldn't havent=haven't hasnt=hasn't hadnt=hadn't aint=ain't wanna=want_to "
            "gonna=going_to gotta=got_to tryna=trying_to finna=going_to lemme=let_me gimme=give_me "
            "dunno=don't_know idk=i_don't_know idc=i_don't_care ily=i_love_you u=you ur=your r=are "
            "n=and w=with w/=with w/o=without b4=before bc=because bcz=because bcuz=because "
            "cuz=because "
            "coz=because bout=about abt=about smth=something ppl=people every1=everyone "
            "any1=anyone "
            "some1=someone pls=please plz=please thx=thanks thnx=thanks tnx=thanks "
            "tysm=thank_you_so_much rn=right_now atm=at_the_moment tonite=tonight 2nite=tonight "
            "2night=tonight tonigt=tonight tonigth=tonight 2day=today tmrw=tomorrow tmr=tomorrow "
            "2moro=tomorrow 2morrow=tomorrow tomorow=tomorrow tommorow=tomorrow tommorrow=tomorrow "
            "yr=year yrs=years agian=again agin=again sucide=suicide suicde=suicide "
            "suiside=suicide "
            "suicid=suicide suicdal=suicidal sucidal=suicidal suicidial=suicidal suicidle=suicidal "
            "suisidal=suicidal suicidel=suicidal myslef=myself mysefl=myself kil=kill kll=kill "
            "od=overdose od'd=overdosed oded=overdosed oding=overdosing"
        ).split()
    )
}
# Words that only soften or pad ("I don't even want to be here", "honestly I just want…"):
# left out, a phrase reads the same with or without them.
_FILLERS = frozenset(
    "just really even honestly literally actually seriously truly lowkey highkey tbh ngl fr frfr "
    "lol lmao lmfao rofl haha hahaha kinda sorta".split()
)
# Verbs whose "-in" spelling drops the g ("killin", "thinkin").
_DROPPED_G = frozenset(
    "kill think cutt hurt dy liv feel go try talk fight cry do gett tak plann hang jump burn "
    "bleed look sitt stand drink driv sleep wak noth someth everyth anyth say tell want hitt "
    "beat chok yell scream cheat dat text leav los break overthink freak work wait ly start "
    "plan mean com runn keep call".split()
)
_SUBST = {**_SLANG, **{word: "" for word in _FILLERS}}
_SUBST.update({stem + "in": stem + "ing" for stem in _DROPPED_G})
_SUBST.update({stem + "in'": stem + "ing" for stem in _DROPPED_G})
_CANON = re.compile(r"(?<![\w'/])(?:" + trie_pattern(_SUBST) + r")(?![\w'/])")
# A chat message often drops its "I" ("cant do this anymore. bought pills today"); at the start
# of a sentence or after a comma, these verbs get it back, so rules need to know one form only.
_VERBS = (
    r"(?:started|start|starting|been|keep|kept|thinking|thought|want|wanted|going|can't|don't|"
    r"bought|took|taken|wrote|written|gave|giving|feel|feeling|felt|hate|planning|planned|tried|"
    r"trying|wish|need|counted|sat|standing|sitting|decided|made|got|have|am|will|won't|never|"
    r"already)\b"
)
_SUBJECTLESS = re.compile(rf"([.!?;\n,] ?)(?={_VERBS})")
_STARTS_SUBJECTLESS = re.compile(_VERBS)
_LONG_RUN = re.compile(r"([a-z])\1\1+")


def canonical(low: str) -> str:
    """The lower-case text in the words the lexicons are written in, for matching only.

    Slang and missing apostrophes are spelled out ("im gonna" → "i'm going to"), common typos
    of the words that matter most are fixed, fillers are dropped, a dropped g is restored
    ("killin" → "killing"), letters held down are shortened ("sooooo" → "soo") and a sentence
    that starts with a verb gets its "i" back. Positions do not survive: never slice with them.
    """
    text = _LONG_RUN.sub(r"\1\1", low) if _LONG_RUN.search(low) else low
    text = _CANON.sub(lambda m: _SUBST[m.group()], text)
    text = _SUBJECTLESS.sub(r"\1i ", text)
    if _STARTS_SUBJECTLESS.match(text):
        text = "i " + text
    if " ," in text or " ." in text:
        text = text.replace(" ,", ",").replace(" .", ".")
    return _DOUBLE_SPACES.sub(" ", text).strip() if "  " in text else text.strip()
