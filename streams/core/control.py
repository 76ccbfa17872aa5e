"""Territorial changes: who seized / advanced in / lost / withdrew from / holds a place."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from streams.core import dates, fronts, parties
from streams.core.text import Cue, Folded, Sentence


@dataclass
class Control:
    actor: str | None
    action: str
    place: str
    share: str | None
    date: str | None
    background: bool
    front: str
    front_name: str
    evidence: str


_VERBS = [
    (r"(?:seized|seizes|seize|captured|captures|capture|retaken|recaptured|taken\s+control\s+of|took\s+control\s+of|take\s+control\s+of|took\s+over|takes\s+over|overran|overrun|retook|recaptured|reconquered|reconquering|conquered|stormed\s+and\s+captured|gained\s+(?:full\s+)?control\s+of|regained\s+control\s+of|fell\s+to)", "seized"),
    (r"(?:advanced|advancing|advance|advances|pushed\s+into|entered|enter|enters|pressed\s+ahead|made\s+(?:incremental\s+)?advances|gains?\s+in)", "advanced"),
    (r"(?:lost|loses|lose|ceded)", "lost"),
    (r"(?:withdrew|withdraws|withdrawn|pulled\s+out|retreated|retreat)", "withdrew"),
    (r"(?:controls|control|holds|held|hold|has\s+held|have\s+held)", "holds"),
]
# The subject's clause ends at a comma, a quote or a reporting verb; auxiliaries before the verb
# are not part of it ('Russian forces have captured').
_CLAUSE_START = re.compile(r"(?:[,;:(]|\b(?:that|said|says|after|when|while|as)\b)\s*")
_AUX_TAIL = re.compile(r"(?:\s+(?:have|has|had|was|were|is|are|been|being|reportedly|also|now|finally|fully|"
                       r"largely|completely|had\s+already|already|on\s+\w+day))+\s*$", re.I)


def _actor(before: str, country: str | None) -> str | None:
    """Who the sentence says took or lost the place: the party its subject names, under its side
    ('regime forces' in Syria -> the Syrian government, 'M23 rebels' -> M23), from the party lexicon."""
    clauses = list(_CLAUSE_START.finditer(before))
    subject = _AUX_TAIL.sub("", before[clauses[-1].end() if clauses else 0:].replace('"', " ")).strip()
    subject = " ".join(subject.split()[-8:])
    if re.fullmatch(r"(?:it|they)", subject, re.I) and clauses and clauses[-1].start() > 0:
        # 'The Arakan Army said it had captured ...': the one who said it
        return _actor(before[: clauses[-1].start()], country)
    party = parties.resolve(subject, country) if subject else None
    if party is None or party.party_class in ("unspecified", "civilian"):
        # 'IS has held parts of Hajar al-Aswad since 2015 and seized Qadam': the last armed party named
        return parties.named_side(before, country)
    return party.side or re.sub(r"^(?:the|a|an)\s+", "", party.label, flags=re.I)


_SHARE = re.compile(r"\b(\d+\s*(?:percent|per\s+cent|%)|most|much|nearly\s+all|all|parts|large\s+areas|buildings(?:\s+and\s+streets)?)\b", re.I)
_VERB_RX = [(Folded(rf"\b{v}\b") if a != "holds" else re.compile(rf"\b{v}\b"), a) for v, a in _VERBS]
# The verb phrases' first letters, as a lookahead: implied by the alternation, so matches are
# unchanged, but most positions are left after one test instead of trying every verb there.
_VERB_FIRST = "".join(sorted({alt[0] for v, _ in _VERBS for alt in v[3:-1].split("|")}))
assert _VERB_FIRST.isalpha(), _VERB_FIRST
_ANY_VERB = Folded(f"(?=[{_VERB_FIRST}])(?:" + "|".join(rf"\b{v}\b" for v, _ in _VERBS) + ")")


# 'the army seized power', 'took office': no ground changes hands
_NOT_GROUND = re.compile(r"\s+(?:power|office|the\s+reins|hostages?|weapons|arms|ammunition)\b", re.I)
# Every verb phrase above contains one of these stems ('retaken' 'take', 'retook' 'took', 'regained'
# 'gain'): a sentence with none of them needs no verb search. Keep in step with _VERBS.
_CUE = Cue("seiz", "captur", "take", "took", "overr", "conquer", "gain", "fell", "advanc", "push", "enter", "press",
           "made", "lost", "lose", "ceded", "withdr", "pull", "retreat", "control", "hold", "held")


@lru_cache(maxsize=256)  # extract_events asks for each sentence, then find() asks again for the same article
def has_verb(text: str) -> bool:
    return _CUE(text) and bool(_ANY_VERB.search(text))


def find(sentences: list[Sentence], country: str | None, ref: date | None,
         mentions: dict[int, list[fronts.Mention]] | None = None) -> list[Control]:
    out: list[Control] = []
    for s in sentences:
        if not has_verb(s.text):
            continue
        found = mentions.get(s.index) if mentions is not None and s.index in mentions else fronts.mentions(s.text)
        ms = [m for m in found if m.level in ("gazetteer", "town", "sub", "area", "admin")]
        if not ms:
            continue
        for rx, action in _VERB_RX:
            v = rx.search(s.text)
            if not v or _NOT_GROUND.match(s.text, v.end()):
                continue
            after = [m for m in ms if m.start > v.start() and m.start - v.end() < 80]
            if not after:
                continue
            place = after[0]
            before = s.text[: v.start()]
            actor = _actor(before, country)
            share = _SHARE.search(s.text[v.start(): place.start])
            day_text, _ = dates.incident_day(s.text, ref)
            bg = dates.background_marker(s.text, ref) or re.search(r"\b(?:last\s+month|earlier\s+this\s+month|since\s+\d{4}|last\s+year|in\s+\d{4})\b", s.text, re.I)
            if actor is None and re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", before, re.I) and out:
                actor = out[-1].actor  # 'Last month it seized Eastern Ghouta': the actor of the story so far
            gz = fronts.gazetteer_front(place.name)
            fid, fname = gz if gz else (place.front, place.front_name)
            out.append(Control(actor, action, place.name, share.group(0) if share else None,
                               day_text or (bg.group(0) if hasattr(bg, "group") else None), bool(bg), fid, fname, s.text))
            break
    return out
