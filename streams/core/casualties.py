"""Casualty figures in one sentence: the verb frames of wire copy.

  passive / nominal : 'N <party> (have been|were) killed', 'N dead', 'N bodies', '100 injuries'
  active            : 'killed N <party>', 'killing N', 'wounding dozens more', 'left N <party> dead'
  toll              : 'the death toll rose to N', 'put the toll at N', 'the number of victims is N'
  subset            : 'including N children', 'N of them were children', 'among the dead are N',
                      'N children ... are among the dead', 'the victims include N'
A number that sits in none of these frames (ages, distances, times, evacuee counts) is not a figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from streams.core import parties
from streams.core.numbers import Amount, amounts, parse_number
from streams.core.text import Cue, Folded

# 'neutralised'/'eliminated': how the armies of Nigeria, the Sahel, Pakistan and Turkey report the fighters they killed
KILL = r"(?:killed|dead|died|succumbed|slain|slaughtered|massacred|executed|beheaded|murdered|perished|martyred|neutrali[sz]ed|eliminated|lost\s+(?:their|his|her)\s+li(?:ves|fe)|shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|hacked\s+to\s+death|beaten\s+to\s+death|gunned\s+down|burned\s+to\s+death|burnt\s+to\s+death|confirmed\s+dead|feared\s+dead)"
WOUND = r"(?:wounded|injured|hurt|maimed)"
# the wounded told by their care: '11 were hospitalised', 'eight people were taken to hospital',
# '30 are being treated for shrapnel wounds'
HOSPITAL = (r"(?:hospitali[sz]ed|(?:taken|rushed|admitted|transported|evacuated|airlifted|brought)\s+to\s+(?:(?:a|the|nearby|local|two|several|various)\s+)*hospitals?"
            r"|(?:treated|hospitali[sz]ed)\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds))")
_AUX = r"(?:\s+(?:have|has|had|were|was|are|is|been|being|be|reportedly|also|all|later|now|allegedly|still|since|confirmed|believed\s+to\s+have\s+been|said\s+to\s+have\s+been|(?:said|reported|believed|thought|feared)\s+to\s+have|feared|slightly|seriously|critically|badly|severely|lightly|fatally|mortally|either|both|so\s+far|already|subsequently))*"
_STOP = r"(?:said|says|told|and\s+(?:have|has|had|were|was)|who|which|that|while|but|after|before|when|as|because|if|(?:were|was|are|is|remain|remained)\s+(?:still\s+)?(?:missing|abducted|kidnapped|captured|arrested|detained|displaced|unaccounted))"
# a word of the victims' noun phrase; 'U.S.' and 'U.N.' keep their full stops
_ASIDE = r"(?:\s*,\s*(?:including|among\s+them|among\s+whom|also\s+known\s+as|known\s+as|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|all)\s+of\s+(?:them|whom))[^,.;]{1,60}?(?:,|(?=\s+(?:were|was|are|have|has|had)\s)))"  # ', among them four children,'
_PARTY = rf"(?P<party>(?:{_ASIDE}?\s+(?!{_STOP}\b)(?:(?:[A-Z]\.){{2,}}|[\w'\[\]-]+(?:/[\w-]+)?)){{0,12}}?{_ASIDE}?)"
# what follows a verb that takes an object: 'N gunmen killed 12 villagers' (not a list of tolls
# without its commas: '3 killed 12 injured', '43 killed 6 others wounded', 'executed 19 more were killed')
_OBJECT_AFTER = (
    r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?"
    r"(?:\d+(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+"
    rf"(?!(?:more\s+|other\s+)?(?:people\s+|others\s+|more\s+)?(?:{KILL}|{WOUND}|missing|of|were|was|are|is|have|had|and|others)\b)[A-Za-z]")
_TAKES_OBJECT = re.compile(_OBJECT_AFTER, re.I)
# passive: '<N> <party> [aux] killed' (not 'N gunmen killed five soldiers': the verb then takes an object)
_RIGHT_VERB = re.compile(rf"^{_PARTY}{_AUX}\s+(?P<v>{KILL}(?:\s+and\s+(?:injured|wounded))?|{WOUND}|(?:sustained|suffered)\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds)|{HOSPITAL})\b(?!{_OBJECT_AFTER})", re.I)
# ('abducted 30 passengers and killed four': 'killed' there is a verb with its own object)
_RIGHT_NOUN = re.compile(rf"^\s*(?:more\s+|other\s+|others\s+)?(?:of\s+)?(?:(?!{_STOP}\b)[\w'-]+\s+){{0,3}}?(?P<v>dead\s+bodies|dead|deaths|bodies|corpses|fatalities|fatality|casualties|killed|injuries|injury|injured|wounded|victims\s+dead|killings|murders|lives\s+(?:have\s+been\s+|had\s+been\s+|were\s+|are\s+)?lost)\b(?<!and\skilled)(?<!and\swounded)(?<!and\sinjured)", re.I)
_LEFT_KILL = Folded(r"\b(?:killed|killing|kills|kill|slaughtered|slaughtering|massacred|massacring|executed|executing|beheaded|beheading|murdered|murdering|neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]e|eliminated|eliminating|eliminate|buried|burying|shot\s+dead|shooting\s+dead|shot\s+to\s+death|gunned\s+down|gunning\s+down|murders?\s+of|killings?\s+of|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|bodies\s+of|deaths?\s+(?:and\s+injur(?:y|ies)\s+)?of|martyrdom\s+of|carted\s+away)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+|all\s+(?:the\s+)?)?$")
_LEFT_WOUND = re.compile(r"\b(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|injur(?:y|ies)\s+(?:of|to)|hurt|hurting)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$", re.I)
# 'we lost', 'the army lost' (a people noun must follow: not 'lost 14 tanks')
_LEFT_LOST = re.compile(r"\b(?:we|they|it|has|have|had|army|military|forces|troops|police|regiment|battalion|brigade|unit|group|militia|movement|side)\s+(?:also\s+)?(?:lost|losing)\s+$", re.I)
_LEFT_LEFT = re.compile(r"\b(?:left|leaving|leave|leaves)\s+$", re.I)
# (also a first object named without a number: 'killed the bomber and four police officers', 'killing
# himself and 12 others', 'killing a child, three women and a man')
_LEFT_ONE_AND = re.compile(r"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:a|an|one|the|its|his|their)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|himself|herself|themselves)(?:\s+and|,)\s+$", re.I)
_LEFT_CLAIMED = re.compile(r"\b(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
_LIVES = re.compile(r"^\s+(?:more\s+|other\s+|civilian\s+|innocent\s+|human\s+)?(?:lives|souls)\b", re.I)
# Between a toll and its number: anything but the end of a sentence or another figure ("rose to 12
# people in addition to 200 injured"); a date may stand there ("Russia's Jan. 14 missile strike").
_TOLL_GAP = (r"(?:[^.;\d]|\d(?![\d,]*\s+(?:[a-z]+\s+)?(?:people|persons|civilians|others|injured|wounded|killed|dead|bodies)\b)"
             r"|(?:" + "|".join(rf"(?<=\b{m})" for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
             + r")\.)")
_LEFT_TOLL = re.compile(rf"\b(?P<what>death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|people\s+killed|those\s+killed|[\w ]{{0,30}}?deaths)|fatalities|number\s+of\s+(?:the\s+)?(?:injured|wounded)|bring(?:ing|s)?\s+the\s+total)\b{_TOLL_GAP}{{0,150}}?\b(?:to|at|of|reached|reaches|hit|hits|passes|passed|is|was|stood\s+at|stands\s+at|as|now|exceeded|exceeds|topped|tops|climbed\s+past|(?:believed|estimated|thought|expected|feared|said)\s+to\s+be|(?:higher|lower),?)\s+$", re.I)
_LEFT_SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+(?:dead|killed|victims|wounded|injured|fatalities|casualties),?\s+(?:there\s+)?(?:are|were|was|is)|(?:victims|dead|casualties)\s+(?:include|included|including)|include|included)\s+$", re.I)
# the parts of a toll listed after 'include', where the first part has no number ('Fatalities included
# the hotel owner, a legislator; two press photographers; and at least three soldiers', 'The death toll
# also includes the six attackers', 'The death toll from the latest strike included "a woman and her two children"')
_LEFT_SUBSET_LIST = re.compile(r"\b(?P<v>dead|killed|victims|casualties|fatalities|wounded|injured|toll)\b(?:\s+(?!include)[\w'-]+){0,10}?\s+(?:also\s+)?(?:include[sd]?|including)\s+(?:the\s+)?"
                               r"(?:[^.\d]{1,150}?(?:,|;|\band)(?:\s+and)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?)?$", re.I)
_RIGHT_AMONG = re.compile(r"^\s*(?P<party>(?:[\w',-]+\s+){0,5}?)(?:were|are|was|is)?\s*(?:also\s+)?among\s+(?!them\b|whom\b)(?:[\w,'-]+\s+){0,5}?(?P<v>dead|killed|victims|wounded|injured|casualties|those\s+killed)\b", re.I)
# ('Twenty-seven of the dead people were said to be policemen': a hedged copula, a noun after 'the dead')
_RIGHT_OFTHEM = re.compile(r"^\s+of\s+(?:them|whom|those|the\s+(?P<v>dead|killed|victims|wounded|injured|fatalities)(?:\s+(?:people|persons|bodies))?)\b"
                           r"(?:\s+(?:were|are|was|is|had\s+been|have\s+been)(?:\s+(?:(?:said|reported|believed|thought|understood|confirmed)\s+to\s+(?:be|have\s+been)|identified\s+as))?)?\s*(?P<party>(?:[\w'-]+[,.]?(?:\s+|$)){0,3})", re.I)
_OF_TOTAL = re.compile(r"^\s*(?:Of|Among)\s+(?:the|those)\s+(?:total\s+)?(?P<v>death\s+toll|dead|killed|victims|wounded|injured)\b", re.I)
# a number's own outcome noun closing its clause ('34 injuries, with ...'): what follows is another figure's
_OWN_NOUN_CLOSED = re.compile(r"^(?:[\w'-]+\s+){0,2}?(?:injuries|injury|injured|wounded|deaths|dead|fatalities|fatality|casualties|killed|bodies)\s*[,;]", re.I)
_WERE_PARTY = re.compile(r"^\s+(?:were|are|was|is)\s+(?P<party>(?:[\w'-]+[,.]?(?:\s+|$)){1,3})", re.I)
_OWN_VERB = re.compile(rf"[\s,]*(?:\w+,?\s+){{0,2}}?(?P<v>{KILL}|{WOUND})\b", re.I)
_ONE_OF = re.compile(r"^\s+of\s+(?:which|whom|them)\b", re.I)
_NOT_PEOPLE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|percent|per\s+cent|buses|tanks|missiles|rockets|vehicles|cars|trucks|buildings|houses|homes|hospitals|ambulances|schools|villages|towns|checkpoints|bombs|shells|strikes|raids|attacks|times|dollars|tonnes|tons)\b", re.I)


# '(PMF, or Hashd al-Shaabi in Arabic)', '(IS, banned in Russia)': an acronym or gloss in brackets
_BRACKETS = re.compile(r"\s*\([^()\d]{1,80}\)")
# Compiled once here rather than rebuilt from f-strings inside the per-figure code.
# A month just before the number ('March 15') or a unit just after it ('15 hours'): a date or a measure
# The _LEFT_* patterns (and _YEAR_PREP_BEFORE) end in '<word>\s+$': they can only match when the
# text before the number ends in one of their last words. Testing that on the lowercased last
# characters (_last) is far cheaper than letting the engine try the pattern at every position of
# that text. Keep these in step with the patterns' final words.
_KILL_LAST = ("killed", "killing", "kills", "kill", "slaughtered", "slaughtering", "massacred", "massacring", "executed",
              "executing", "beheaded", "beheading", "murdered", "murdering", "neutralised", "neutralized",
              "neutralising", "neutralizing", "neutralise", "neutralize", "eliminated", "eliminating", "eliminate", "dead", "death", "down", "buried", "burying", "of", "away",
              "another", "further", "additional", "all", "the")
_WOUND_LAST = ("wounded", "wounding", "wounds", "wound", "injured", "injuring", "injures", "injure", "of", "to", "hurt",
               "hurting", "another", "further", "additional")
_LOST_LAST = ("lost", "losing")
_LEFT_LAST = ("left", "leaving", "leave", "leaves")
_CLAIMED_LAST = ("claimed", "claiming", "claims", "claim", "took", "taking", "takes", "cost", "costing", "costs",
                 "least", "than", "over", "some", "about", "nearly", "almost")
_SUBSET_LAST = ("including", "them", "whom", "are", "were", "was", "is", "include", "included")
_TOLL_LAST = ("be", "to", "at", "of", "reached", "reaches", "hit", "hits", "passes", "passed", "is", "was", "as", "now",
              "exceeded", "exceeds", "topped", "tops", "past", "higher", "higher,", "lower", "lower,")
_YEAR_PREP_LAST = ("in", "since", "of", "by", "until", "from")
# _MONTH_BEFORE ends in a month name or its abbreviation's full stop, _MONTH_DAY_BEFORE in a day number or comma
_MONTH_LAST = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
               "dec", ".")
_MONTH_DAY_LAST = (*"0123456789", ",")


def _last(left: str) -> str:
    """The lowercased last characters of `left` before its trailing whitespace, for _ends."""
    return left.rstrip()[-16:].lower()


def _ends(last: str, words: tuple[str, ...]) -> bool:
    # non-ASCII text always passes: re.I folds a few non-ASCII letters ('ſ', 'K') to ASCII ones
    return not last.isascii() or last.endswith(words)


_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$")
_UNIT_AFTER = re.compile(r"\s*(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|am|pm|a\.m|p\.m|GMT|local\s+time|hours|percent|%)\b", re.I)
_MONTH_DAY_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s*$")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|of|by|until|from)\s+$", re.I)
# the victims after 'including' / after an active verb, up to where their noun phrase ends
_SUBSET_PARTY = re.compile(rf"^{_PARTY}(?=\s*(?:,|\.|;|$|{_AUX}\s+(?:{KILL}|{WOUND})|\s+and\s|\s+were|\s+are|\s+that|\s+who|\s+in\b|\s+on\b|\s+while\b|\s+whereas\b|\s+according\b))", re.I)
_NOMINAL_AFTER = re.compile(rf"\s+(?:people\s+|others\s+|civilians\s+)?(?:{WOUND}|{KILL})\b", re.I)
_OBJECT_PARTY = re.compile(rf"^{_PARTY}(?=\s*(?:,|\.|;|:|\"|$|\s+(?:and|in|at|on|near|outside|after|as|when|while|with|from|during|since|over|across|including|who|which|that|before|amid|by|last|this|yesterday|today|earlier|late|early|overnight|said|says|according|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|dead|wounded|injured)\b))", re.I)


@dataclass
class Figure:
    amount: Amount
    outcome: str
    party: parties.Party
    subset: bool = False
    explicit_party: bool = True
    sentence: str = ""
    coordinated: list[int] = field(default_factory=list)
    active: bool = False  # the object of a verb ('killed N ...'), whose next object it may share
    joins: Figure | None = None  # the figure this one adds to: the same verb's earlier object
    toll: bool = False  # read as a toll ('the death toll rose to N'), which may be an update of an earlier report


def _outcome(v: str) -> str:
    v = v.lower()
    if v.startswith(("sustained", "suffered")):  # 'sustained gunshot wounds'
        return "killed" if "fatal" in v else "wounded"
    if "hospital" in v or v.startswith("treated"):
        return "wounded"
    return "wounded" if re.match(r"(?:wound|injur|hurt|maim)", v) else "killed"


def _party_phrase(text: str) -> str:
    text = re.split(r",?\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s", text, maxsplit=1)[0]
    text = re.split(r"\s+and\s+(?=(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten))", text, maxsplit=1)[0]
    text = re.sub(r",\s*including[^,]*,", " ", text)
    return text.strip(" ,\"'[]")


_OUTCOME_WORD = re.compile(rf"\b(?:{KILL}|{WOUND})\b", re.I)
_OF_SUPERLATIVE = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:\w+est|most|worst|best|biggest|largest)\b", re.I)
_COPULA_END = re.compile(r"\b(?:is|was|are|were|remains|remained|became|becomes|be)\s+$")
_AGE_ADJ = re.compile(r"^\d+[- ](?:year|month|week|day)s?[- ]old\s+")
_UPROOTED = re.compile(r"\b(?:forced|displaced|uprooted|fled|fleeing|made\s+homeless|left\s+homeless|driven\s+from)\b", re.I)
_OTHER_NUMBER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b", re.I)
# another verb between two numbers ('killing seven students and injuring a teacher and 19 others')
_VERB_BETWEEN = re.compile(rf"\b(?:\w+ing|{KILL}|{WOUND})\b", re.I)
_ATTACKS = re.compile(r"(?:attacked|stormed|raided|ambushed|invaded|opened|shot|bombed|shelled|struck|targeted|killed|abducted)\b", re.I)


def _nearest_party(before: str, country: str | None) -> parties.Party | None:
    """The nearest people noun before a figure with no noun of its own ('attacked farmers ..., killing 15')."""
    words = before.split()
    for k in range(len(words) - 1, max(-1, len(words) - 25), -1):
        if k + 1 < len(words) and _ATTACKS.match(words[k + 1]):
            continue  # 'Herdsmen attacked the village, killing 20': the attackers are not the victims
        p = parties.resolve(words[k], country)
        if p and p.party_class in ("nonstate", "unspecified"):
            continue
        if p and words[k].lower() not in ("others", "dead", "members", "injured", "wounded", "casualties", "deaths", "lives", "forces", "personnel"):
            if "between" in (w.lower() for w in words[max(0, k - 6): k]):
                return None  # 'fighting between troops and rebels ... the deaths of 26': both sides' dead
            if k > 0:
                p2 = parties.resolve(" ".join(words[max(0, k - 2): k + 1]), country)
                if p2 and p2.party_class == p.party_class:
                    p = p2
            return p
    return None


_RESTATED = re.compile(r"\b(?P<w>[A-Za-z]+(?:-[a-z]+)?)(?P<paren>\s+\((?P<d>\d[\d,]*)\))(?=\s)")

# A sentence without any of these words holds no casualty figure: most prose is skipped on one search.
CUE = Folded(r"\b(?:kill|dead|die|death|buri|lost|wound|injur|hurt|bod(?:y|ies)|corpse|toll|slaughter|massacr|behead|execut|victim|casualt|fatalit|martyr|lives|slain|perish|murder|maim|neutrali|eliminat|gunned\s+down|hospital|treated\s+for|among|including|include|of\s+(?:them|whom))")

# CUE's words as plain lowercase stems ('of\s+them' needs 'them'): the cheap first test. Keep in step with CUE.
_CUE_STEMS = Cue("kill", "dead", "die", "death", "buri", "lost", "wound", "injur", "hurt", "body", "bodies", "corpse", "hospital", "treated for",
                 "neutrali", "eliminat", "gunned down",
                 "toll", "slaughter", "massacr", "behead", "execut", "victim", "casualt", "fatalit", "martyr", "lives",
                 "slain", "perish", "murder", "maim", "among", "includ", "them", "whom")


def find(sentence: str, country: str | None, previous: list[Figure]) -> list[Figure]:
    """Every casualty figure stated in one sentence. `previous` are the article's earlier figures,
    for 'six others', 'Four of them' and subsets whose outcome is the head figure's."""
    out: list[Figure] = []
    if not _CUE_STEMS(sentence) or not CUE.search(sentence):
        return out
    if '"' in sentence:
        sentence = sentence.replace('"', " ")
    if "aged" in sentence:  # 'Eleven soldiers, aged 19 to 25, were killed': ages are no victims (blanked, offsets stay)
        sentence = _AGED.sub(_blank_age, sentence)
    if "(" in sentence:  # 'fifteen (15) people': the numeral restating the word is blanked (offsets stay)
        sentence = _RESTATED.sub(lambda m: m.group("w") + " " * len(m.group("paren"))
                                 if parse_number(m.group("w").lower()) == parse_number(m.group("d")) else m.group(0), sentence)
    of_total = _OF_TOTAL.match(sentence)
    found = amounts(sentence)
    # 'Israel's military said two soldiers were wounded' in a story from Lebanon: the soldiers a
    # military reports losing are its own country's
    armies = list(_SPEAKING_ARMY.finditer(sentence)) if country and ("ilitary" in sentence or "rmy" in sentence
                                                                  or "efen" in sentence or "IDF" in sentence) else []
    if " a" in sentence or "A" in sentence:
        singles = _singles(sentence)
        if singles:
            found = sorted([*found, *singles], key=lambda a: a.start)
    for a in found:
        left, right = sentence[: a.start], sentence[a.end:]
        if left.endswith(('"', "\u201c")):
            left = left[:-1]  # 'the strike killed "three people ...", the ministry said': a quote opens on the number
        if "(" in right:
            # an aside in brackets that holds no number names no victims of its own
            right = _BRACKETS.sub("", right)
        last = _last(left)
        if (_ends(last, _MONTH_LAST) and _MONTH_BEFORE.search(left)) or _UNIT_AFTER.match(right):
            continue
        if _ends(last, _MONTH_DAY_LAST) and _MONTH_DAY_BEFORE.search(left):
            continue  # the year of 'August 3 2013'
        if (not a.vague and 1900 <= a.count <= 2100 and "," not in a.text and _ends(last, _YEAR_PREP_LAST)
                and _YEAR_PREP_BEFORE.search(left)):
            continue
        if right.startswith(" of ") and _OF_SUPERLATIVE.match(right) and _COPULA_END.search(left):
            continue  # 'the toll is one of the largest since ...': a rank, no count ('one of its most senior members died' is one)
        fig = _frame(a, left, right, sentence, country, out, previous, of_total)
        if fig is None:
            continue
        if not fig.subset and (("alone" in right and _ALONE.match(right)) or ("alone" in left and _ALONE_OPENING.match(left))):
            # 'Nineteen people were killed at the wedding alone': a part of a bigger toll told before
            if any(g.amount.count > a.count and g.outcome == fig.outcome for g in [*previous, *out]):
                fig.subset = True
        if a.vague and a.count >= 1000:
            continue
        nation = _army_nation(armies, sentence, a, country) if armies else None
        if nation and not fig.active and fig.party.party_class == "state" and parties.nationality(fig.party.label) is None:
            fig.party = parties.resolve(fig.party.label, nation) or fig.party
        out.append(fig)
    return out


# One victim named by the article 'a'/'an' ('a woman was killed', 'killing a police officer'): a figure
# of one, as 'one' would be. Only in these frames, with a verb of killing or wounding next to the
# phrase ('executed a special operation' is no killing); 'a number of', 'a day after' are no victims, and the victim's noun decides
# the rest (_frame resolves it to people or drops it).
_NOT_ONE = r"(?!(?:number|large|big|few|dozen|total|couple|further|similar|score|day|week|month|year|while|bit|lot|result|series|wave|spate|string|third|half|quarter)\b)"
_SINGLE_PASSIVE = re.compile(rf"\b(?P<a>[Aa]n?)\s+{_NOT_ONE}(?:[\w'-]+\s+){{0,3}}?(?:was|has\s+been|had\s+been)\s+"
                             r"(?:also\s+|reportedly\s+|later\s+|fatally\s+|seriously\s+|critically\s+|slightly\s+)?"
                             r"(?:killed|shot\s+dead|gunned\s+down|wounded|injured|hurt|slain|beheaded|executed"
                             r"|among\s+(?:those\s+killed|the\s+dead|the\s+victims|those\s+who\s+died|the\s+wounded))\b")
_SINGLE_ACTIVE = re.compile(rf"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot\s+dead|shooting\s+dead|gunned\s+down|beheaded|beheading)\s+(?P<a>an?)\s+{_NOT_ONE}(?=[\w'-]+)")


def _singles(sentence: str) -> list[Amount]:
    # each pattern needs its literal words: most sentences are left without a scan
    patterns = [rx for rx, needed in ((_SINGLE_PASSIVE, ("was ", "been ")), (_SINGLE_ACTIVE, (" a ", " an ")))
                if any(w in sentence for w in needed)]
    # the group is the article itself, 'a' or 'an'
    spans = sorted({m.span("a") for rx in patterns for m in rx.finditer(sentence)})
    return [Amount(1, None, "exact", False, start, end, sentence[start:end]) for start, end in spans]


# pure in (phrase, country) with an immutable result; a small cache keeps the victim phrases that
# recur (' people', ' civilians')
@lru_cache(maxsize=256)
def _resolve(phrase: str, country: str | None) -> parties.Party | None | str:
    phrase = _party_phrase(phrase)
    if phrase[:1].isdigit() and "old" in phrase:
        phrase = _AGE_ADJ.sub("", phrase)  # 'a 40-year-old woman': her age, no number of victims
    if not phrase:
        return "empty"
    if _NOT_PEOPLE.search(re.split(r"\s+(?:from|of|in|at|on|with|near)\s+", phrase, maxsplit=1)[0]):
        return None
    if re.match(r"\d", phrase):
        return None  # '2016 1 child killed': a year before another figure, not victims
    # '109 evacuees 13 of whom were women', 'by X At least 12 fighters': the noun phrase ends before the next number
    phrase = re.split(r"\s+(?=\d)", phrase, maxsplit=1)[0].strip()
    low = phrase.lower()
    if re.fullmatch(r"(?:more|others|other|more\s+others|other\s+people\s+more|another)", low):
        return "empty"
    if re.match(r"(?:more\s+)?others\s+(?!of\b)", low):
        return "empty"  # 'injuring five others the official confirmed' (commas stripped): 'others' ends the phrase
    return parties.resolve(phrase, country)


# 'Philippine marines suffered 1 dead and 19 wounded': the subject of 'suffered' are the victims
_SUFFERED = re.compile(r"\b((?:[\w'-]+\s+){0,2}[\w'-]+)\s+(?:suffered|sustained)\s+(?:[^.;]{0,40}\band\s+)?$", re.I)


def _sufferer(left: str, country: str | None) -> parties.Party | None:
    m = _SUFFERED.search(left) if "suffered" in left or "sustained" in left else None
    p = parties.resolve(m.group(1), country) if m else None
    return p if p and p.party_class != "unspecified" else None


def _inherit(out: list[Figure], previous: list[Figure], left: str, country: str | None, one_of: bool = False,
             active: bool = False) -> parties.Party:
    if one_of:
        m = None
        for m in re.finditer(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([\w-]+(?:\s+[\w-]+)?)", left):
            pass
        if m:
            p = parties.resolve(m.group(1), country)
            if p:
                return p
    heads = [f for f in out if not f.subset]
    if heads:
        classes = {f.party.party_class for f in heads if f.explicit_party}
        if len(classes) > 1:
            return parties.UNSPECIFIED
        return heads[-1].party
    if active:
        p = _nearest_party(left, country)
        if p:
            return p
    elif previous:
        # ('among them two children. Five others were injured': the others are not a part's kind)
        return next((f.party for f in reversed(previous) if not f.subset), parties.UNSPECIFIED)
    return parties.UNSPECIFIED


# people who tell, named right after their number, in a list of speakers or opening the sentence
# ('killing 12 residents said police' in comma-stripped copy is a toll: the verb comes before)
_SPEAKERS = re.compile(r"^\s+(?:other\s+|local\s+)?(?:residents|witnesses|eyewitnesses|officials|sources|activists|medics|doctors|"
                       r"police\s+officers|security\s+sources|villagers|survivors|rescuers|journalists)\s+"
                       r"(?:said|say|says|told|tell|reported|added)\b")
_SPEAKERS_LEFT = re.compile(r"(?:^|,|\band)\s*$")
_LATER_DIED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:died|succumbed|have\s+died|had\s+died|passed\s+away)\b", re.I)
_ALONE = re.compile(r"^[^.;\d]{0,50}?\b(?:at|in|on)\s+(?:(?:the|that|this)\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+alone\b(?=\s*(?:[,.;]|$))", re.I)
# the other outcome told right after the number ('43 dead bodies ... along with six others with serious
# injuries', 'the bodies of 10 victims along with 41 people who sustained injuries'): not the last figure's
_OTHER_OUTCOME = {"killed": re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:injured|wounded|hurt|(?:with|who\s+(?:sustained|suffered|had|were)|suffering|sustaining)\b[^.;,]{0,30}?\b(?:injur|wound|hurt))", re.I),
                  "wounded": re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|bodies|corpses|who\s+(?:died|were\s+killed))\b", re.I)}
# 'In Kilwa alone, they killed seven people': the part opens the sentence
_ALONE_OPENING = re.compile(r"^\W{0,2}(?:In|At|On)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+alone\s*,")
_KILLED_OR = re.compile(r"\b(?:killed|killing|kills|kill)\s+(?:or|and)\s+(?:wounded|wounding|injured|injuring|maimed)\s+$", re.I)
_SPEAKING_ARMY = re.compile(r"\b(?P<nat>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:military|army|armed\s+forces|defen[cs]e\s+(?:ministry|forces)|Defen[cs]e\s+(?:Ministry|Forces))"
                           r"\s+(?:said|says|reported|reports|announced|confirmed|stated)\b|\bIDF\s+(?:said|says|reported|announced|confirmed)\b")
# an age: 'aged 19 to 25', 'aged between 5 and 12 years'; set off by commas on both sides it is an aside
_AGED = re.compile(r"(?P<open>,\s*)?\baged\s+(?:between\s+)?\d+(?:\s*(?:to|-|and)\s*\d+)?(?:\s+(?:years|months)(?:\s+old)?)?(?P<close>\s*,)?")


def _blank_age(m: re.Match) -> str:
    if m.group("open") and m.group("close"):
        return " " * len(m.group(0))  # ', aged 19 to 25,': the whole aside
    keep_open, keep_close = m.group("open") or "", m.group("close") or ""
    return keep_open + " " * (len(m.group(0)) - len(keep_open) - len(keep_close)) + keep_close
_COULD_RISE = re.compile(r"\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|feared)\s+to)\s+(?:\w+\s+){0,2}?"
                         r"(?:rise|reach|climb|increase|exceed|top|surpass|hit|go\s+up)\s+(?:to\s+)?(?:as\s+(?:high|many)\s+as\s+)?$", re.I)
_DEATH_OF = re.compile(r"\bdeaths?\s+of\s+$", re.I)
_FAMILY_OF = re.compile(r"\b(?:an?|the|one|entire|whole)\s+(?:[\w-]+\s+)?family\s+of\s+$", re.I)
_FAMILY_VERB = re.compile(r"\b(?P<v>kill(?:ed|ing|s)?|slaughter(?:ed|ing)|massacr(?:ed|ing)|murder(?:ed|ing)|wip(?:ed|ing)\s+out|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?)\s+(?:(?:an?|the|one|an\s+entire|a\s+whole)\s+)?(?:[\w-]+\s+)?$", re.I)
_FAMILY_PART = re.compile(r"\b(?:including|includes|included|among\s+them|among\s+(?:them|the\s+\w+)(?:\s+\w+)?\s+(?:was|were))\s+$", re.I)
_FAMILY_PASSIVE = re.compile(rf"^\s+(?:\w+\s+){{0,3}}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?P<v>{KILL}|{WOUND})\b", re.I)
_ELLIPTIC_PLACE = re.compile(r"^\s+(?:in|at|near)\s+(?:the\s+|an?\s+(?:single\s+|one\s+)?)?[A-Z]")  # ('up to 15,000 in a single West Darfur town')


_SAY_WORD = re.compile(r"\b(?:said|says|say|told|reported|announced|stated|claimed)\b")


def _army_nation(armies: list[re.Match], sentence: str, a: Amount, country: str | None) -> str | None:
    """The country of the military that reports this figure: the nearest speaking army before it, or
    after it, with no other speaker's verb between ('the Israeli military said ..., after Lebanese
    officials said three soldiers were killed' is Lebanon's report)."""
    before = [m for m in armies if m.end() <= a.start and not _SAY_WORD.search(sentence, m.end(), a.start)]
    after = [m for m in armies if m.start() >= a.end and not _SAY_WORD.search(sentence, a.end, m.start())]
    m = before[-1] if before else (after[0] if after else None)
    nation = parties.nationality(m.group("nat") or "Israeli") if m else None  # (the IDF is Israel's)
    return None if nation == country else nation


_OTHERS_INCLUDING = re.compile(r"\s+(?:more\s+)?others,?\s+(?:including|among\s+them)\s+(?:some\s+|several\s+|many\s+)?(?P<who>[\w'-]+)", re.I)


_BODY_NOUNS = frozenset({"bodies", "corpses", "deaths", "dead bodies", "fatalities", "casualties"})
# words that describe dead or bodies without naming who they were: 'confirmed', 'charred', 'additional'
_DESCRIBING = re.compile(r"(?:\s+(?:[a-z-]+ed|burnt|additional|further|new|fresh|other|unidentified|unclaimed|more))+\s+")


def _frame(a: Amount, left: str, right: str, sentence: str, country: str | None, out: list[Figure],
           previous: list[Figure], of_total: re.Match | None) -> Figure | None:
    if _SPEAKERS.match(right) and _SPEAKERS_LEFT.search(left):
        return None  # '..., a health official and two residents said': who tell the toll are no victims
    # 'killed a family of five', 'A family of six was killed': the family's members are the victims;
    # 'among the 23 killed was a family of 10', '10 people were killed, including a family of four': a part
    if left.endswith("of ") and (fam := _FAMILY_OF.search(left)) is not None:
        family = parties.resolve("family members", country) or parties.UNSPECIFIED
        if _FAMILY_PART.search(left, max(0, fam.start() - 30), fam.start()) and (out or previous):
            head = out[-1] if out else previous[-1]
            return Figure(a, head.outcome, family, subset=True, sentence=sentence)
        verb = _FAMILY_VERB.search(left, 0, fam.start())
        if not verb and re.search(r"\b\w+\s+of\s+$", left[:fam.start()]):
            return None  # 'the sole survivor of a family of nine was wounded': nine is the family's size
        passive = None if verb else _FAMILY_PASSIVE.match(right)
        if verb or passive:
            return Figure(a, _outcome((verb or passive).group("v")), family, sentence=sentence, active=verb is not None)
    # 'Of the total death toll, 1,524 were children and 1,000 were women'
    if of_total and a.start > of_total.end():
        m = _WERE_PARTY.match(right)
        if m:
            p = parties.resolve(m.group("party"), country)
            if p:
                return Figure(a, _outcome(of_total.group("v")) if "toll" not in of_total.group("v").lower() else "killed", p, subset=True, sentence=sentence)
    # 'Four of them are children', '15 of the wounded were in critical condition', 'one of which was killed'
    m = _RIGHT_OFTHEM.match(right)
    if m and not (a.count == 1 and _ONE_OF.match(right)):
        head = out[-1] if out else (previous[-1] if previous else None)
        outcome = _outcome(m.group("v")) if m.group("v") and m.group("v").lower() != "victims" else (head.outcome if head else "killed")
        if m.group("v") and outcome == "wounded" and _LATER_DIED.match(right, m.end("v")):
            outcome = "killed"  # 'Two of the wounded later died in hospital'
        p = parties.resolve(m.group("party") or "", country) if m.group("party") else None
        if not m.group("v") and (verb := _OWN_VERB.match(right, m.start("party"))):
            outcome = _outcome(verb.group("v"))  # 'four of them seriously wounded', 'Two of them ... died'
            # 'three of them died upon arrival': no victims' noun before the verb; 'two of them children died'
            p = parties.resolve(right[m.start("party"):verb.start("v")], country)
        if head is not None or m.group("v"):
            return Figure(a, outcome, p or parties.UNSPECIFIED, subset=True, explicit_party=p is not None, sentence=sentence)
    m = _RIGHT_AMONG.match(right)
    if m and _OWN_NOUN_CLOSED.match(m.group("party")):
        m = None  # '21 fatalities and 34 injuries, with five children among the victims': 34 has its own noun
    if m:
        # ('Twelve children and 11 fighters were among the dead': the noun phrase ends before the next number)
        p = _resolve(m.group("party"), country) if m.group("party").strip() else None
        p = p if isinstance(p, parties.Party) else None
        return Figure(a, _outcome(m.group("v")) if not m.group("v").lower().startswith("victims") else "killed",
                      p or parties.UNSPECIFIED, subset=True, explicit_party=p is not None, sentence=sentence)
    # 'including seven children', 'among the dead are 17 civilians', 'the victims include 3,648 children'
    last = _last(left)
    subset_left = _LEFT_SUBSET.search(left) if _ends(last, _SUBSET_LAST) else None
    listed_in = None
    if subset_left is None and "nclud" in left and (listed_in := _LEFT_SUBSET_LIST.search(left, max(0, len(left) - 300))):
        subset_left = listed_in
    coord = re.search(r"\band\s+$", left) if _ends(last, ("and",)) else None
    # 'two of them children and three women' continues the list; 'two of them children died and nine
    # people were injured' starts a clause of its own (a verb closed the list); so does a comma in a
    # list of parts ('among the dead were 50 men, 15 women and 25 children')
    listed = coord or (left.endswith(", ") and out and out[-1].subset and left.rstrip(", ")[-1:].isalpha())
    if listed and out and out[-1].subset and out[-1].amount.end >= a.start - 40 \
            and not _VERB_BETWEEN.search(sentence, out[-1].amount.end, a.start):
        subset_left = subset_left or True
    if subset_left:
        m = _SUBSET_PARTY.match(right)
        phrase = m.group("party") if m else ""
        p = _resolve(phrase, country)
        if isinstance(p, parties.Party):
            head = out[-1] if out else (previous[-1] if previous else None)
            v = re.search(r"among\s+the\s+(\w+)|\b(dead|killed|victims|casualties|fatalities|wounded|injured)\s+(?:include|included|including)\s+$", left, re.I)
            outcome = _outcome(v.group(1) or v.group(2)) if v else (head.outcome if head else "killed")
            if listed_in is not None:
                outcome = "killed" if listed_in.group("v").lower() == "toll" else _outcome(listed_in.group("v"))
            elif not (_ends(last, _SUBSET_LAST) and _LEFT_SUBSET.search(left)) and out:
                outcome = out[-1].outcome
            return Figure(a, outcome, p, subset=True, sentence=sentence)
        if (out or previous) and _ELLIPTIC_PLACE.match(right):
            head = out[-1] if out else previous[-1]  # 'killed at least 40 people, including eight in Barja'
            return Figure(a, head.outcome, head.party, subset=True, explicit_party=False, sentence=sentence)
    # '223 fighters and 28 troops had been killed as well as 41 civilians': one more of the verb's victims
    # ('Four police officers were killed alongside two members of a paramilitary force and two civilians')
    if (out and left.endswith(("as well as ", "alongside ", "along with ", "together with ")) and out[-1].amount.end >= a.start - 120
            and not _RIGHT_VERB.match(right) and not _OTHER_OUTCOME[out[-1].outcome].match(right)
            and not amounts(sentence[out[-1].amount.end:a.start])):  # ('arrested two suspects as well as 14 gunmen')
        m = _OBJECT_PARTY.match(right)
        p = _resolve(m.group("party"), country) if m else None
        if isinstance(p, parties.Party):
            return Figure(a, out[-1].outcome, p, subset=out[-1].subset, sentence=sentence, active=True)
        if p == "empty":  # 'as well as three others'
            return Figure(a, out[-1].outcome, parties.UNSPECIFIED, explicit_party=False, subset=out[-1].subset,
                          sentence=sentence)
    # '25 bodies were recovered in Mayikengo and 15 in Kirindera', 'killed 12 in Gaza and five in the West
    # Bank': the number takes the last figure's noun and verb, for another place
    if coord and out and out[-1].amount.end >= a.start - 80 and _ELLIPTIC_PLACE.match(right):
        prev = out[-1]
        return Figure(a, prev.outcome, prev.party, subset=prev.subset, explicit_party=prev.explicit_party,
                      sentence=sentence, toll=prev.toll)
    # 'killed nine SAF soldiers and 30 RSF paramilitaries', 'killing 20 students and two teachers': the
    # verb's second object, unless the number starts a clause of its own ('and 7 others were wounded')
    if coord and out and not out[-1].subset and out[-1].active and out[-1].amount.end >= a.start - 60 \
            and not _VERB_BETWEEN.search(sentence, out[-1].amount.end, a.start) \
            and not _RIGHT_VERB.match(right) and not _NOMINAL_AFTER.match(right):
        m = _OBJECT_PARTY.match(right)
        p = _resolve(m.group("party"), country) if m else None
        if isinstance(p, parties.Party):
            return Figure(a, out[-1].outcome, p, sentence=sentence, active=True, joins=out[-1])
        if p == "empty" and re.match(r"\s+(?:more\s+)?others\b", right):
            # 'killing nine children and 14 others': other victims than the first object's
            return Figure(a, out[-1].outcome, parties.UNSPECIFIED, explicit_party=False, sentence=sentence,
                          active=True, joins=out[-1])
    # 'killed a police officer and two civilians': the verb's second object after a first without a number
    if (coord or left.endswith(", ")) and (single := _LEFT_ONE_AND.search(left)) and not _RIGHT_VERB.match(right):
        m = _OBJECT_PARTY.match(right)
        p = _resolve(m.group("party"), country) if m else None
        if p is not None:  # 'and 19 others': no noun of their own
            outcome = "killed" if re.match(r"kill", single.group("verb"), re.I) else "wounded"
            explicit = isinstance(p, parties.Party)
            return Figure(a, outcome, p if explicit else parties.UNSPECIFIED, explicit_party=explicit,
                          sentence=sentence, active=True)
    # 'the attack claimed 20 lives'
    if _ends(last, _CLAIMED_LAST) and _LEFT_CLAIMED.search(left) and _LIVES.match(right):
        return Figure(a, "killed", parties.UNSPECIFIED, explicit_party=False, sentence=sentence)
    # 'left 132 medics dead', 'left dozens more wounded'
    if _ends(last, _LEFT_LAST) and _LEFT_LEFT.search(left):
        m = _RIGHT_NOUN.match(right)
        if m:
            phrase = right[: m.start("v")]
            p = _resolve(phrase, country)
            if p is None:
                return None
            explicit = isinstance(p, parties.Party)
            party = p if explicit else _inherit(out, previous, left, country)
            return Figure(a, _outcome(m.group("v")), party, explicit_party=explicit, sentence=sentence)
        return None
    # 'we lost more than a dozen of our farmers': losing people (not tanks, not ground) is a death toll
    if _ends(last, _LOST_LAST) and _LEFT_LOST.search(left):
        m = re.match(r"^\s+(?:of\s+(?:our|its|their|his|her)\s+)?((?:[\w'-]+\s+){0,2}[\w'-]+)", right)
        # 'Russia had lost 1,250 troops': the troops are those of the country that lost them
        p = parties.resolve(m.group(1), parties.nationality(left[-40:]) or country) if m else None
        if p and p.party_class != "unspecified" and re.match(r"^\s+(?:of\s+(?:our|its|their)\s+)?\S", right):
            return Figure(a, "killed", p, sentence=sentence)
        return None
    # active: 'killed eight civilians', 'killing over 15', 'wounded another 40'
    lk = _LEFT_KILL.search(left) if _ends(last, _KILL_LAST) else None
    lw = _LEFT_WOUND.search(left) if _ends(last, _WOUND_LAST) else None
    if (lk or lw) and _NOMINAL_AFTER.match(right) and not (lk and _DEATH_OF.search(left)):
        # '57 civilians killed, more than 150 injured': a second nominal figure, not an object
        # ('confirmed the death of at least 17 injured': injured who died)
        lk = lw = None
    if lw and not lk and _KILLED_OR.search(left):
        lk, lw = lw, None  # 'killed or wounded 50 people': a combined toll is read as the dead, as the annotators do
    if lk or lw:
        m = _OBJECT_PARTY.match(right)
        phrase = m.group("party") if m else ""
        p = _resolve(phrase, country)
        if p is None:
            return None
        if (lk and re.search(r"(?:recovered|retrieved)\s+$", left, re.I)) and not re.search(r"\b(?:bodies|corpses|dead)\b", phrase, re.I):
            return None
        explicit = isinstance(p, parties.Party) and p.label.lower() not in ("others", "other")
        party = p if explicit else _inherit(out, previous, left, country, active=True)
        if not explicit and (inc := _OTHERS_INCLUDING.match(right)):
            # 'killing 44 worshippers and injuring 157 others including policemen': the others are
            # not all of the first object's class
            named = parties.resolve(inc.group("who"), country)
            if named and named.party_class != party.party_class:
                party = parties.UNSPECIFIED
        return Figure(a, "killed" if lk else "wounded", party, explicit_party=explicit, sentence=sentence, active=True)
    # toll: 'the death toll has risen to 126'
    mt = _LEFT_TOLL.search(left) if _ends(last, _TOLL_LAST) else None
    if mt and (out or previous) and _COULD_RISE.search(left, max(0, len(left) - 60)):
        # 'officials fear the toll could rise to 200': no figure of its own, the upper end of the
        # toll just given (the annotation guide's 'could reach 200')
        head = out[-1] if out else previous[-1]
        if a.count > head.amount.count and head.outcome == ("wounded" if re.search(r"injur|wound", mt.group("what"), re.I) else "killed"):
            head.amount = replace(head.amount, high=max(a.count, head.amount.high or 0))
        return None
    if mt:
        what = mt.group("what")
        outcome = "wounded" if re.search(r"injur|wound", what, re.I) else "killed"
        m = _RIGHT_NOUN.match(right)
        phrase = right[: m.start("v")] if m and m.start("v") < 25 else ""
        p = _resolve(phrase, country) if phrase.strip() else "empty"
        if p == "empty" and not m and (obj := _OBJECT_PARTY.match(right)):
            p = _resolve(obj.group("party"), country)  # 'the toll is twelve fallen soldiers'
        if not isinstance(p, parties.Party):
            p = parties.resolve(what, country) if not re.fullmatch(r"(?:death\s+)?toll", what.strip(), re.I) else None
            if p is None or p.label.lower() in ("deaths", "fatalities", "dead", "victims"):
                p = parties.UNSPECIFIED
        return Figure(a, outcome, p, sentence=sentence, toll=True)
    # passive: '79 regime fighters ... have been killed', '43 killed, 6 injured'
    one_of = a.count == 1 and _ONE_OF.match(right)
    if one_of:
        right = right[one_of.end():]
    m = _RIGHT_VERB.match(right)
    if m and _OUTCOME_WORD.search(m.group("party")):
        m = None  # '40 civilians 25 fighters killed 110 injured': the verb past the first is another figure's
    if m and _UPROOTED.search(m.group("party")):
        m = None  # 'over 11 million people forced from their homes and tens of thousands killed': the displaced
    if m and (other := _OTHER_NUMBER.search(m.group("party"))):
        noun = _RIGHT_NOUN.match(right)
        if noun and noun.end("v") <= m.start("party") + other.start():
            m = None  # '12 bodies and about 20 injured individuals': 'bodies' is this one's, the verb the next's
    if m and m.group("party").strip().lower() in ("", "more", "other", "further") and _outcome(m.group("v")) == "wounded" \
            and (later := _RIGHT_VERB.match(right[m.end("v"):])) and later.group("party").strip() \
            and not _OTHER_NUMBER.search(later.group("party")) and _outcome(later.group("v")) == "killed":
        m = later  # 'six wounded soldiers and civilians were killed', 'two more wounded officers succumbed': 'wounded' describes the victims
    if m:
        p = _resolve(m.group("party"), country)
        if p is None:
            return None
        explicit = isinstance(p, parties.Party) and not one_of
        if not explicit and not one_of and not m.group("party").strip() and m.group("v").lower() == "dead" \
                and (obj := _OBJECT_PARTY.match(right[m.end("v"):])):
            # '20 dead civilians', '31 dead members of the church choir': 'dead' stands before the victims' noun
            q = _resolve(obj.group("party"), country)
            if isinstance(q, parties.Party) and q.party_class != "unspecified":
                p, explicit = q, True
        party = p if explicit else (_sufferer(left, country) or _inherit(out, previous, left, country, one_of=bool(one_of)))
        if not explicit and not one_of and not m.group("party").strip() and out and out[-1].subset \
                and re.match(r"\s+(?:were|was|have\s+been|had\s+been)\s", right) \
                and out[-1].explicit_party and not any(not f.subset for f in out):
            # '35 children were among the dead, and more than 20 were injured': a bare number after a
            # part of the toll leaves out that part's noun (the children were the ones injured)
            party = out[-1].party
        outcome = _outcome(m.group("v"))
        if outcome == "wounded" and re.search(r"\b(?:bod(?:y|ies)|corpses|remains)\b", m.group("party"), re.I):
            outcome = "killed"  # '22 bodies were taken to hospitals': the dead carried there
        return Figure(a, outcome, party, explicit_party=explicit, sentence=sentence)
    m = _RIGHT_NOUN.match(right)
    if m:
        phrase = right[: m.start("v")]
        p = _resolve(phrase, country)
        if p is None and m.group("v").lower() in _BODY_NOUNS and _DESCRIBING.fullmatch(phrase):
            p = "empty"  # '10 confirmed deaths', 'seven additional bodies', 'three charred bodies': no people noun, a description
        if p is None:
            return None
        # 'Five gunmen killed 12 villagers': the number counts the attackers. (Without commas, '1 child
        # killed 6 children still under rubble' reads the same way; children kill no one.)
        if m.group("v").lower() in ("killed", "injured", "wounded") and _TAKES_OBJECT.match(right, m.end("v")) \
                and not (isinstance(p, parties.Party) and p.party_class == "civilian"):
            return None
        explicit = isinstance(p, parties.Party)
        if not explicit:
            p = parties.resolve(m.group("v"), country) or parties.UNSPECIFIED
            if p.label.lower() in ("killed", "injured", "wounded", "dead"):
                # a bare '43 killed' or '20 dead' is about the victims just named; 'bodies', 'injuries' stay unspecified
                p = _sufferer(left, country) or _inherit(out, [f for f in previous if not f.subset], "", country)
            elif p.label.lower() in ("casualties", "deaths", "fatalities", "fatality", "injuries", "injury", "bodies", "corpses", "dead bodies"):
                of = re.match(r"\s+of\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", right[m.end():])
                p = (parties.resolve(of.group(1), country) if of else None) or parties.UNSPECIFIED
                explicit = p.party_class != "unspecified"
        return Figure(a, _outcome(m.group("v")) if not re.match(r"(?:casualties|victims)", m.group("v"), re.I) else "killed", p,
                      explicit_party=explicit, sentence=sentence)
    return None
