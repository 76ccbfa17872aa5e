"""Who a figure is attributed to, with coreference: 'the monitor', 'the Observatory', 'it' point back
to the source named earlier in the article and are reported under its full, normalised name."""
from __future__ import annotations

import re
from functools import lru_cache

from streams.core import lexicon
from streams.core.text import Cue, Folded

_SAY = r"(?:said|says|say|told|tells|reported|reports|added|adds|stated|claimed|confirmed|counted|warned|announced|estimated|noted|asserted|according\s+to|puts?\s+the\s+(?:death\s+)?(?:toll|number|figure))"
# Every _SAY verb holds one of these stems (keep in step): without one, no attribution is found.
_SAY_CUE = Cue("said", "say", "told", "tell", "report", "add", "stated", "claimed", "confirmed", "counted", "warned",
               "announced", "estimated", "noted", "asserted", "according", "put the", "puts the")
# '..., the monitor said.' / 'X said that ...' / 'said militia leader Babakura Kolo' / 'according to X'
_BEFORE = Folded(r"(?:^|[,;:\"]|\bthat\b|\band\b)\s*(?P<who>(?:[\w'.-]+\s+){0,9}?[\w'.-]+)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?" + _SAY + r"\b")
# (not "told": who follows it is the listener, "the official told Reuters")
_AFTER = re.compile(r"\b(?:said|says|reported|added|according\s+to)\s+(?P<who>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:(?:of|for|the|in)(?!\w)|[A-Z][\w'.-]*|\w+\s+[A-Z][\w'.-]*)){0,8})", re.I)


@lru_cache(maxsize=None)
def _tables():
    data = lexicon.sources()
    alias: dict[str, str] = {}
    anaphor: dict[str, str] = {}
    for s in data["sources"]:
        for a in s["aliases"]:
            alias[a.lower()] = s["name"]
        for a in s["anaphors"]:
            anaphor[a.lower()] = s["name"]
    home = {s["name"]: s["country"] for s in data["sources"] if s.get("country")}
    names = [a for src in data["sources"] for a in src["aliases"] + src["anaphors"]]
    # acronyms ('WHO', 'UN') only in capitals: 'who' and 'un-' are ordinary words
    upper = sorted({a for a in names if a.isupper()}, key=len, reverse=True)
    other = [a for a in names if not a.isupper()]
    # the lookahead on the possible first characters is implied by the alternation (matches are
    # unchanged) and lets the engine leave most positions after one test
    first = (r"(?=[" + "".join(sorted({re.escape(a[0]) for a in upper})) + r"]|(?i:["
             + "".join(sorted({re.escape(a[0].lower()) for a in other})) + r"]))")
    alias_re = re.compile(first + r"(?<![\w-])(" + "|".join(re.escape(a) for a in upper) + "|(?i:" + lexicon.alternation(other, ignore_case=True) + r"))(?![\w-])")
    generic = re.compile(r"^(?:" + "|".join(re.escape(g) for g in data["generic_anaphors"]) + r")$", re.I)
    return alias, anaphor, home, alias_re, generic


def named_source(text: str, named: set[str] | frozenset[str] = frozenset(), country: str | None = None) -> str | None:
    """A known source named anywhere in the text. An anaphor ('the monitor', 'state media') names
    its source only when the article already did (``named``) or is about the source's country: in a
    Yemen story 'the monitoring group' is not the Syrian Observatory."""
    alias, anaphor, home, alias_re, _ = _tables()
    for m in alias_re.finditer(text):
        key = _SPACE.sub(" ", m.group(1).lower())
        if key in alias:
            return alias[key]
        name = anaphor[key]
        if name in named or (country is not None and home.get(name) == country):
            return name
    return None


_SPACE = re.compile(r"\s+")


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
# 'the monitor said Saturday', 'told Sputnik on Tuesday', 'said Thursday, updating an earlier toll': the
# time after the verb is no source, nor part of one
_TIME_HEAD = re.compile(rf"^(?:on\s+|late\s+|early\s+|earlier\s+|later\s+)?{_DAYS}\b", re.I)
_TIME_TAIL = re.compile(rf"\s+(?:on\s+|late\s+|early\s+)?{_DAYS}\b.*$", re.I)


def _clean(who: str) -> str:
    who = _TIME_TAIL.sub("", who)
    if _TIME_HEAD.match(who) or re.search(r"\d", who) or who.lower() in ("i", "we", "you"):
        # a day, 'including 180 army and paramilitary troops', or the quoted speaker ('"I counted 26
        # bodies," he said'): no one's name
        return ""
    who = re.sub(r"^(?:and|but|while|as|which|who|though|although|whereas|since)\s+", "", who.strip(" ,\"'"), flags=re.I)
    # 'Officials earlier said', 'police later said': the adverb is no part of who; 'No one immediately
    # claimed', 'The previous reported toll': no one
    who = _ADVERB_TAIL.sub("", who)
    if _NO_ONE.match(who):
        return ""
    if who.endswith(".") and "." not in who.rsplit(None, 1)[-1][:-1]:
        who = who[:-1]  # the sentence's full stop, not an abbreviation's ('U.N.')
    return who


_ADVERB_TAIL = re.compile(r"(?:\s+(?:had|has|have))?\s+(?:earlier|later|previously|initially|also|immediately|first|again|now)$", re.I)
_NO_ONE = re.compile(r"^(?:no\s+one|nobody|none|the\s+(?:previous|initial|earlier|latest|new)\b)", re.I)
# who was told ('local sources told Anadolu', 'told AFP'): the listener, no source
_TOLD = re.compile(r"\btold\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|news\s+agency))*")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,40}\((?:AP|AFP|Reuters|dpa|DPA|Xinhua|AA|Anadolu|UPI|IANS|PTI|ANI|TASS|Sputnik)\)\s*[-\u2013\u2014:]+\s*")
# the kind of source a generic anaphor names ('the ministry', 'the health ministry spokesman')
_KIND = re.compile(r"\b(?:ministry|army|military|police|agency|office|council|governor|observatory)\b", re.I)
_VERB_AT = Folded(r"\b" + _SAY + r"\b")
# where a sentence sets one claim against another: ', while'/', but'/', whereas'/';', or the comma
# closing an opening 'While ...' clause
_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+|^(?:While|Whereas)\s[^,]{8,160},\s*")
_CONTRAST_CUE = Cue("while", "whereas", "but", ";")
_ROLE = re.compile(r"^(?:an?|the|one|another|two|several)\s+(?:[\w-]+\s+){0,3}?(?:officials?|sources?|spokes(?:man|woman|person)|witness|resident|monitor|official\s+source)$", re.I)


class Attributor:
    """Walks an article's sentences in order, remembering the last source named."""

    def __init__(self, country: str | None = None) -> None:
        self.last: str | None = None
        self.country = country
        self.named: set[str] = set()  # the sources the article has named so far, for their anaphors
        self.history: list[str] = []  # every source found, in order, for anaphors of a kind ('the ministry')

    def _antecedent(self, who: str) -> str | None:
        """The source a generic anaphor points back to: 'the ministry' to the last ministry named (not
        to Hamas, named since), 'he' or 'the source' to the last source."""
        kind = _KIND.search(who)
        if kind is None:
            if self.last is None and who.lower() in ("it", "he", "she", "they"):
                return None  # a pronoun with nothing named before it names no one
            return self.last or who
        noun = kind.group(0).lower()
        return next((h for h in reversed(self.history) if noun in h.lower()), who)

    def _known(self, text: str) -> str | None:
        known = named_source(text, self.named, self.country)
        if known:
            self.named.add(known)
        return known

    def note(self, sentence: str) -> None:
        """A sentence without figures only matters for the source it names (for later 'the monitor')."""
        if _SAY_CUE(sentence) and _VERB_AT.search(sentence):
            known = self._known(_TOLD.sub(" ", sentence) if "told" in sentence else sentence)
            if known:
                self.last = known
                self.history.append(known)

    def _near_verb(self, sentence: str) -> str | None:
        """FA-KES prose has no commas: find the attribution in the last words before 'said'."""
        for m in _VERB_AT.finditer(sentence):
            words = sentence[: m.start()].split()[-6:]
            for k in range(1, len(words) + 1):
                who = " ".join(words[-k:])
                known = self._known(who)
                if known:
                    return known
                if _ROLE.match(who):
                    return who
        return None

    def clause_sources(self, sentence: str, whole: str | None) -> list[tuple[int, str | None]] | None:
        """Two sources set against each other in one sentence ('While Radio Okapi reported 43
        deaths, an army spokesman reported 10', '..., but the Observatory put the toll at 45'): the
        source of each contrasted clause, as (clause start, source), or None when the clauses do
        not name different sources. A clause naming no one keeps the sentence's source ('30 were
        killed, while 45 were wounded, the ministry said')."""
        if not _CONTRAST_CUE(sentence):
            return None
        starts = [0] + [m.end() for m in _CONTRAST.finditer(sentence) if m.end() > 0]
        if len(starts) < 2:
            return None
        state = (self.last, list(self.history))  # the sentence as a whole already moved the story's last source
        found = [(a, self.attribute(sentence[a:b]) or whole) for a, b in zip(starts, [*starts[1:], len(sentence)])]
        self.last, self.history = state
        return found if len({s for _, s in found}) > 1 else None

    def attribute(self, sentence: str) -> str | None:
        if not _SAY_CUE(sentence):
            return None  # _BEFORE, _AFTER, _near_verb and the last resort all need a reporting verb
        if "(" in sentence[:60]:
            sentence = _DATELINE.sub("", sentence, count=1)  # 'ISLAMABAD (Reuters) - Pakistan said': the agency filed it, Pakistan said it
        _, anaphor, _, _, generic = _tables()
        found = None
        # 'according to U.N. figures, though activists say ...': the named attribution comes first
        for rx in (_AFTER, _BEFORE) if "ccording to" in sentence else (_BEFORE, _AFTER):
            for m in rx.finditer(sentence):
                who = _clean(m.group("who"))
                if not who:
                    continue
                known = self._known(who)
                if known:
                    found = known
                elif generic.match(who) or _SPACE.sub(" ", who.lower()) in anaphor or re.fullmatch(r"(?:the\s+)?(?:source|official|spokesman|spokeswoman)", who, re.I):
                    found = self._antecedent(who)
                elif re.search(r"\b(?:officials?|sources?|spokes(?:man|woman|person)|police|governor|gov|mayor|ministers?|president|prosecutors?|administrator|rescuers?|paramedics|coroner|lawmakers?|militia|residents?|witness(?:es)?|reporters|authorities|ministry|agency|media|activists?|medics|doctors|chief|head|leader|commander|army|military)\b", who, re.I) or re.match(r"[A-Z]", who):
                    words = who.split()
                    if len(words) <= 10 and not re.search(r"\b(?:killed|wounded|were|was|dead|attack|claimed|lives|injured|killing|died|has|have)\b", who):
                        found = who
                if found:
                    break
            if found:
                break
        if found is None:
            found = self._near_verb(sentence)
        if found is None:
            known = self._known(_TOLD.sub(" ", sentence) if "told" in sentence else sentence)
            if known and re.search(_SAY, sentence, re.I):
                found = known
        if found:
            self.last = found
            self.history.append(found)
        return found
