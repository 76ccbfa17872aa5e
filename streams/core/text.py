"""Wire copy as received -> clean paragraphs of sentences.

Real bodies carry page chrome (bylines, 'Get short URL', view counters, image credits, photo
captions, disclaimers, related-story links) and FA-KES bodies are one long line with commas and
apostrophes stripped. Numbers in that clutter must never reach the figure rules, so clutter is
removed here, before sentences are split.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": " - ",
    "\u00a0": " ", "\u2009": " ", "\u200b": "", "\u2022": "\n", "\t": " ",
})

# Whole lines that are page furniture, never prose.
_CLUTTER_LINE = re.compile(
    r"^\s*(?:in focus\s*\|.*|image credit.*|published:?.*|last updated.*|get short url.*|also read\b.*|read also\b.*"
    r"|read more.*|related:?.*|disclaimer:.*|source:.*|reporting by:?.*|by [A-Z][\w .'-]{0,60}|home(?: \w+)?"
    # links to other stories and a caption's agency credit ('... September 3, 2024. REUTERS/Stringer')
    r"|recommended:.*|see also:?.*|more on this( story)?:?.*|watch:.*|most read.*|editor'?s picks?.*|our standards.*"
    r"|.*(?:reuters|afp|epa|ap|getty images)/[\w .-]{2,40}"
    r"|top stories|\d+ min read|link:.*|comments are closed.*|tags?:.*|share this.*|advertisement|listen live.*"
    r"|\(?(?:ap|afp|reuters) photo.*|.*\((?:ap|afp|reuters)? ?photo[^)]*\)\s*|.*file photo.*|photo:.*|.*pic\.twitter\.com.*"
    # a caption ending in its credit ('... on April 3. / Photo: AFP / AFP'; the inline pass may have cut the credit)
    r"|.*\s/\s*(?:photo:?\s[\w /.,'-]{0,60})?"
    # a dated caption ending in its agency credit in brackets ('A building damaged ... 05 November 2024. (EPA)')
    r"|.*\b(?:19|20)\d\d\.\s*\((?:epa|afp|ap|reuters|getty\s+images|anadolu(?:\s+agency)?|xinhua|dpa|ansa)(?:\s*/\s*[\w .'-]{1,40})?\)"
    r"|[A-Z][a-z]+ [A-Z][a-z]+)\s*$", re.I)
# Lines that are only a date, a time or a number (page chrome such as "November 29, 2020 29").
_NUMERIC_LINE = re.compile(r"^[\s\d:.,/|()-]*(?:[A-Z][a-z]+\.? ?)?[\s\d:.,/|()-]*(?:am|pm|AM|PM)?\s*$")
# The lookahead lists the first characters of the alternatives (keep in step): it is implied, so
# matches are unchanged, but on a one-line FA-KES body it spares trying every branch at every letter.
_INLINE_CLUTTER = re.compile(
    r"(?=[GVP(pRYCAEI\d])(?:"
    r"Get short URL(?: \d+)?|\bViews? \d+\b|\bPrint Tweet\b|\(TRT World and Agencies\)|\(IHA Photo\)"
    r"|\bpic\.twitter\.com\S*|\b\d{4} \d{2}\.\d{2}\.\d{4}(?:\(updated \d{4} \d{2}\.\d{2}\.\d{4}\))?"
    r"|\bRelated (?:News|Articles|Stories|Posts)\b.*$|\bYou may also like\b.*$|Community standards.*$|Comment via Facebook.*$|\bRead Also\b|\bAlso Read\b|Enditem \(Xinhua\)|\bEnditem\b"
    r"|\(?Photo: [^)]*?(?:\)|$)|Image Credit: \S+)")
# Cheap searches decide whether the many-branched clutter pattern needs to run on a line at all: two
# patterns that each start with a literal or a class, so that the engine scans for their first
# characters instead of trying each position: the phrases, and the dotted dates ('\d\.\d{4}'). The
# phrases are cut to start with a capital or '.' ('URL', '.twitter'): rarer first characters than 's', 'p'.
_CLUTTER_HINT = re.compile(r"URL|Views?\s\d|Print Tweet|Agencies\)|Photo|\.twitter|Community|Comment via|Related|You may|Read Also|Also Read|Enditem|Image Credit")
_CLUTTER_HINT_DATE = re.compile(r"\d\.\d{4}")
# Caption sentences inside one-line bodies: they describe a picture, not the news.
_CAPTION = re.compile(r"\b(?:Still image shows|In this .{0,40} file photo|file photo|Photo captured|This photo|A man walks by|Image shows|pictured)\b", re.I)
_LEADING_DATE = re.compile(
    r"^(?:(?:Published|Date of publication|Updated)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ -]\d{4}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{2}-\d{2}-\d{4})"
    r"(?:\s+at\s+\d{3,4})?\s*")

_ABBREVS = {"u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st",
            "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "i.e", "e.g",
            "inc", "ltd", "co", "vs",
            # titles before a name in US and UK copy: 'regional Gov. Oleksandr Prokudin said'
            "gov", "sen", "rep", "brig", "adm", "cmdr", "cpl", "pvt", "supt", "insp", "rev", "sr", "jr", "gens"}
# A sentence break: the space after a full stop (or ! or ?) and an optional closing quote, before a
# capital or digit. The stop is matched, not looked behind at (the piece keeps it: see
# _sentence_pieces), so that the engine scans for the stops instead of trying every position.
_SPLIT = re.compile(r"[.!?][\"']?\s+(?=[\"'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    text: str
    para: int  # paragraph index: the unit a change of scene ("In another report from X") spans
    index: int  # position in the article
    headline: bool = False


def normalise(text: str) -> str:
    if text.isascii():  # of the table only the tab is ASCII: str.translate looks up every character
        return text.replace("\t", " ")
    return text.translate(_TRANSLATE)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches (str.isalnum is the same Unicode test)


def _last_word(piece: str) -> str | None:
    r"""The word before the final full stop of a stripped piece (before a closing quote too): 'U.S'
    of '... the U.S.'. It is group 1 of the leftmost match of r"([\w.]+)\.[\"']?$", found without
    the regex, which tried the pattern at every position and the word run again from each: as
    the match ends the piece, its full stop is the piece's last (or the last before the quote), and
    the leftmost start takes in the whole run of word characters and full stops before it."""
    end = len(piece) - 1 if piece.endswith(('."', ".'")) else len(piece)
    if not piece.endswith(".", 0, end):
        return None
    start = end - 1
    while start > 0 and (piece[start - 1] == "." or _word_char(piece[start - 1])):
        start -= 1
    return piece[start:end - 1] or None


def _sentence_pieces(paragraph: str) -> list[str]:
    r"""The paragraph split at each break, the stop kept with the piece before it: what
    re.split(r"(?<=[.!?])[\"']?\s+(?=[\"'(]?[A-Z0-9])") gives (a break's match starts one
    character after a _SPLIT match, and ends where it ends)."""
    pieces, prev = [], 0
    for m in _SPLIT.finditer(paragraph):
        pieces.append(paragraph[prev:m.start() + 1])
        prev = m.end()
    pieces.append(paragraph[prev:])
    return pieces


# 'the USS Harry S. Truman', 'George W. Bush': a middle initial's full stop inside a name ends no sentence
_MIDDLE_INITIAL = re.compile(r"\b(?!(?:Area|Sector|Zone|Block|Plan|Group|Phase|Gate|Camp|Building|Grid|Team|Unit|Line|Road|Route|Highway|Class|Category|Level|Point|Section|Ward|District)\s)[A-Z][a-z]+\s+[A-Z]\.$")


def split_sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    glue = False
    for piece in _sentence_pieces(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        if glue and out:
            out[-1] = out[-1] + " " + piece
        else:
            out.append(piece)
        word = _last_word(piece)
        # 'the U.S. said', 'on Nov. 3': an abbreviation's full stop does not end the sentence
        glue = bool(word and (word.lower() in _ABBREVS
                              # (the pattern only where it can match: a piece ending in one capital and a stop)
                              or (len(word) == 1 and word.isupper() and _MIDDLE_INITIAL.search(piece, max(0, len(piece) - 60)))))
    return out


class Cue:
    """A quick necessary condition for a case-insensitive pattern of words: the lowercased text
    holds one of the pattern's lowercase literal stems. The word-bounded, case-folding patterns
    make the regex engine try every alternative at every position; plain substring tests on the
    text lowercased once are several times faster (faster than one regex alternation of the stems
    too), and most sentences fail them.
    Non-ASCII text always passes: re.I also folds a few non-ASCII letters ('ſ', 'K') to ASCII ones."""

    def __init__(self, *stems: str) -> None:
        self._stems = stems

    def __call__(self, text: str) -> bool:
        if not text.isascii():
            return True
        low = text.lower()
        for stem in self._stems:
            if stem in low:
                return True
        return False


# What _foldable strips before looking for capitals: class escapes, escaped punctuation, group names.
_CASELESS_ESCAPE = re.compile(r"\\[bBdDsSwW]|\\[^A-Za-z0-9]|\(\?P(?:<\w+>|=\w+\))")
_CLASS = re.compile(r"\[\^?\]?([^\]]*)\]")


def _foldable(pattern: str) -> bool:
    """Does `pattern` under re.I match ASCII text where it matches the text lowercased without re.I?
    That holds when the pattern names no capital letter, neither itself nor through an escape or a
    class range ('[!-~]' holds A-Z), and never turns re.I off: letters then only ever meet their
    own lowercase form."""
    if re.search(r"\\[^A-Za-z0-9]-[^\]]", pattern):
        return False  # a range from an escaped character
    rest = _CASELESS_ESCAPE.sub("", pattern)
    if not rest.isascii() or "\\" in rest or any(c.isupper() for c in rest) or re.search(r"\(\?[a-z]*-", rest):
        return False
    bodies = (body.replace("a-z", "").replace("0-9", "") for body in _CLASS.findall(rest))
    return not any("-" in body[1:-1] for body in bodies)


class CasedMatch:
    """A match of a Folded pattern's plain form on the lowercased text, read in the text's own case.
    The re.I pattern matched again at the same place would take every group at the same span (the
    two engines take the same steps: see _foldable), so the groups are the text's slices at the
    plain match's spans. Matching again cost more than the search itself for the large
    alternations: under re.I the engine cannot skip a branch on its first letter."""

    __slots__ = ("_m", "string", "re")

    def __init__(self, m: re.Match, text: str, pattern: re.Pattern) -> None:
        self._m = m
        self.string = text
        self.re = pattern

    def group(self, *groups: int | str) -> str | None | tuple[str | None, ...]:
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        start, end = self._m.span(*groups)
        return None if start < 0 else self.string[start:end]

    def __getitem__(self, group: int | str) -> str | None:
        return self.group(group)

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        return tuple(default if self._m.start(g) < 0 else self.group(g) for g in range(1, self.re.groups + 1))

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        return {name: default if self._m.start(name) < 0 else self.group(name) for name in self.re.groupindex}

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup


class Folded:
    """A case-insensitive pattern that searches ASCII text as the same pattern without re.I over
    the text lowercased: re.I makes the engine fold every character it compares, which costs about
    twice the plain search. On ASCII text both give the same matches (see _foldable). Matches are
    the plain ones read in the text's own case (CasedMatch). A pattern that _foldable rejects, and
    non-ASCII text ('ſ' and 'K' fold to ASCII letters), take the re.I pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags | re.I)
        self._plain = re.compile(pattern, flags) if _foldable(pattern) else None

    def _lowered(self, text: str) -> str | None:
        """The text for the plain pattern, or None when only the re.I pattern will do."""
        if self._plain is None or not text.isascii():
            return None
        return text.lower()

    def search(self, text: str) -> re.Match | CasedMatch | None:
        low = self._lowered(text)
        if low is None:
            return self.pattern.search(text)
        m = self._plain.search(low)
        return m and CasedMatch(m, text, self.pattern)

    def finditer(self, text: str) -> Iterator[re.Match | CasedMatch]:
        low = self._lowered(text)
        if low is None:
            return self.pattern.finditer(text)
        return (CasedMatch(m, text, self.pattern) for m in self._plain.finditer(low))

    def scan(self, text: str) -> Iterator[re.Match]:
        """finditer for callers that read only spans and lowercased groups: skips matching each
        match again with re.I, as on the fast path the groups are those of the lowercased text."""
        low = self._lowered(text)
        return self.pattern.finditer(text) if low is None else self._plain.finditer(low)

    def sub(self, repl: str, text: str) -> str:
        """pattern.sub(repl, text) for a plain replacement (no group references)."""
        assert "\\" not in repl, repl
        low = self._lowered(text)
        if low is None:
            return self.pattern.sub(repl, text)
        pieces, end = [], 0
        for m in self._plain.finditer(low):
            pieces += (text[end:m.start()], repl)
            end = m.end()
        pieces.append(text[end:])
        return "".join(pieces)


_NON_WORD = re.compile(r"\W+")
# the ASCII characters \W matches (all but letters, digits and '_'), deleted by a byte translation
_NON_WORD_ASCII = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))


def _letters(text: str) -> str:
    low = text.lower()
    if low.isascii():  # the regex builds a piece per word; deleting bytes is one C pass
        return low.encode("ascii").translate(None, _NON_WORD_ASCII).decode("ascii")
    return _NON_WORD.sub("", low)


def _same(a: str, b: str, b_letters: str) -> bool:
    """Is `a` the text `b` (whose _letters are given, worked out once per article) but for case and punctuation?"""
    return len(a) < len(b) * 2 + 10 and _letters(a) == b_letters


# every _CAPTION phrase holds one of these (keep in step)
_CAPTION_CUE = Cue("image", "photo", "man walks", "pictured")


_WRAPPED_END = re.compile(r"[\w,;-]$")
_WRAPPED_START = re.compile(r"^[a-z0-9]")
_WRAPPED_FUNCTION_WORD = re.compile(r"[a-z,] (?:on|in|at|of|the|a|an|to|and|by|from|for|with|near|that)$")


def _unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped copy ('... in the restive' / 'north of the country, sources told AFP.'): a line
    that stops mid-sentence and a next line that goes on in lower case are one line."""
    out: list[str] = []
    for line in lines:
        if out and line[:1].strip() and ((_WRAPPED_START.match(line) and _WRAPPED_END.search(out[-1].rstrip()))
                                         or _WRAPPED_FUNCTION_WORD.search(out[-1].rstrip())):
            out[-1] = out[-1].rstrip() + " " + line
        else:
            out.append(line)
    return out


# a header over a list of links to other stories ('Related Articles', 'More from Reuters', 'You may also like')
_LINK_LIST_HEAD = re.compile(r"^(?:related(?:\s+(?:articles|stories|news|posts|coverage|content|links|reading))?|more\s+(?:on\s+this(?:\s+story)?|stories|news|from\s+[\w .'-]{1,40})"
                             r"|read\s+(?:more|also|next)|also\s+read|see\s+also|you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+stories)?"
                             r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|latest(?:\s+(?:news|stories))?|top\s+stories|what\s+to\s+read\s+next)\s*:?$", re.I)
# a photo's credit closing its caption line ('... June 10, 2024. REUTERS/Stringer', '(AP Photo/Evgeniy
# Maloletka)', 'AFP via Getty Images'): the line is the caption, however it opens
_CAPTION_CREDIT = re.compile(r"(?:\((?:AP|AFP|Reuters|EPA|Xinhua|Anadolu)\s+Photo\b[^)]{0,60}\)|\b(?:REUTERS|EPA-EFE|EPA|ANADOLU|XINHUA)/[A-Z][\w .'-]{1,50}"
                             r"|(?:\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?\bvia\s+Getty\s+Images|\bGetty\s+Images|/AFP|\bAFP\s+Photo(?:/[\w .'-]{1,50})?|\bPhoto:\s*[^.]{1,60})\s*\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019)]$")


def _drop_link_blocks(lines: list[str]) -> list[str]:
    """Three or more lines in a row that end in no full stop are a page's list of other stories
    ('In Niger At least 22 soldiers killed in attack on refugee camp'), not prose."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, "."]:
        text = line.strip()
        if text and len(text) < 200 and not _SENTENCE_END.search(text):
            run.append(line)
            continue
        if len(run) < 3:
            out += run
        run = []
        out.append(line)
    return out[:-1]


def clean_body(body: str, headline: str | None) -> list[Sentence]:
    """Paragraphs of prose, without clutter and without a repeat of the headline."""
    lines = _drop_link_blocks(_unwrap(normalise(body).split("\n")))
    paragraphs: list[str] = []
    in_links = False  # under a link-list header: the other stories' headlines, lines that end in no full stop
    for line in lines:
        if in_links:
            if not line.strip() or not _SENTENCE_END.search(line.rstrip()):
                continue
            in_links = False
        if len(line) < 60 and _LINK_LIST_HEAD.match(line.strip()):
            in_links = True
            continue
        if _CLUTTER_HINT.search(line) or _CLUTTER_HINT_DATE.search(line):
            line = _INLINE_CLUTTER.sub(" ", line)
        line = line.strip()
        if len(line) < 600 and ("Photo" in line or "/" in line or "Getty" in line) and (credit := _CAPTION_CREDIT.search(line)):
            # the caption is the sentence the credit closes; prose glued before it in one line stays
            before = split_sentences(line[: credit.start()].strip())
            line = " ".join(before[:-1])
        if not line or (len(line) < 160 and _CLUTTER_LINE.match(line)) or _NUMERIC_LINE.match(line):
            continue
        if len(line) < 60 and not re.search(r"[.!?\"]$", line) and not re.search(r"\d", line) and len(line.split()) <= 4:
            continue  # a section label or a name standing alone ("Taliban", "ARA News")
        paragraphs.append(line)
    head = normalise(headline).strip() if headline else ""
    head_letters = _letters(head)
    sentences: list[Sentence] = []
    idx = 0
    for p, para in enumerate(paragraphs):
        para = _LEADING_DATE.sub("", para).strip()
        if head and _same(para, head, head_letters):
            continue
        if head and para.lower().startswith(head.lower()[: max(20, len(head) - 2)]):
            # FA-KES glues the headline to the lead without a full stop.
            para = para[len(head):].lstrip(" .:-")
        for s in split_sentences(para):
            if _CAPTION_CUE(s) and _CAPTION.search(s):
                continue
            if head and _same(s, head, head_letters):
                continue
            sentences.append(Sentence(s, p, idx))
            idx += 1
    return sentences
