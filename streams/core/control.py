"""Territorial changes: who seized / advanced in / lost / withdrew from / holds a place."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from streams.core import dates, fronts
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
_ACTORS = [
    (r"\b(?:regime|government|pro-government|army|Syrian\s+troops|Army\s+units|loyalist)\b", "Syrian government"),
    (r"\b(?:IS|ISIS|ISIL|Daesh|DAESH|Islamic\s+State|jihadists)\b", "Islamic State"),
    (r"\bTaliban\b", "Taliban"),
    (r"\bBoko\s+Haram\b", "Boko Haram"),
    (r"\b(?:SDF|Syrian\s+Democratic\s+Forces?)\b", "SDF"),
    (r"\b(?:YPG|PYD|Kurdish\s+forces|Kurdish\s+militia)\b", "YPG"),
    (r"\b(?:rebels?|opposition|insurgents)\b", "Syrian rebels"),
    (r"\bRussian?\s+(?:forces|troops|army)\b", "Russia"),
    (r"\bUkrainian\s+(?:forces|troops|army)\b", "Ukraine"),
    (r"\bIsrael(?:i)?\b", "Israel"),
    (r"\bsecurity\s+forces\b", "government"),
]
_ACTOR_RX = [(re.compile(arx), name) for arx, name in _ACTORS]
_SHARE = re.compile(r"\b(\d+\s*(?:percent|per\s+cent|%)|most|much|nearly\s+all|all|parts|large\s+areas|buildings(?:\s+and\s+streets)?)\b", re.I)
_VERB_RX = [(Folded(rf"\b{v}\b") if a != "holds" else re.compile(rf"\b{v}\b"), a) for v, a in _VERBS]
# The verb phrases' first letters, as a lookahead: implied by the alternation, so matches are
# unchanged, but most positions are left after one test instead of trying every verb there.
_VERB_FIRST = "".join(sorted({alt[0] for v, _ in _VERBS for alt in v[3:-1].split("|")}))
assert _VERB_FIRST.isalpha(), _VERB_FIRST
_ANY_VERB = Folded(f"(?=[{_VERB_FIRST}])(?:" + "|".join(rf"\b{v}\b" for v, _ in _VERBS) + ")")


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
        ms = [m for m in found if m.level in ("gazetteer", "town", "sub", "admin")]
        if not ms:
            continue
        for rx, action in _VERB_RX:
            v = rx.search(s.text)
            if not v:
                continue
            after = [m for m in ms if m.start > v.start() and m.start - v.end() < 80]
            if not after:
                continue
            place = after[0]
            before = s.text[: v.start()]
            actor = None
            best = -1
            for arx, name in _ACTOR_RX:
                for am in arx.finditer(before):
                    if am.start() > best:
                        best, actor = am.start(), name
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
