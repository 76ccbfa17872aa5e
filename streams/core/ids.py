"""Deterministic identifiers and text fingerprints.

Ids are derived from content, never from clocks or counters, so re-processing an article after a
crash yields the same event ids and the fold can drop what it has already seen.
"""
from __future__ import annotations

import hashlib
import string
import struct
import zlib

# ASCII letters and digits stay, every other byte becomes a space: with each non-ASCII character
# encoded as one '?', the words that remain are those of [a-z0-9]+ in the lowercased text
_WORD_BYTES = bytes(c if chr(c) in string.ascii_lowercase + string.digits else 32 for c in range(256))
_NUM_HASHES = 64  # slots: the top 6 bits of a shingle's hash pick one
_MASK = (1 << 32) - 1
_EMPTY = _MASK
_EMPTY_BAND = (1 << 64) - 1  # two empty slots
_BANDS = struct.Struct(f"<{_NUM_HASHES // 2}Q")  # a fingerprint as its bands of two slots
_SPREAD = 0x9E3779B1  # odd multiplier: spreads CRC-32's low-entropy bits into the slot bits


def digest(*parts: object, size: int = 16) -> str:
    h = hashlib.blake2b(digest_size=size)
    for part in parts:
        h.update(str(part).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def event_id(article_id: str, kind: str, seq: int) -> str:
    """An event is the ``seq``-th figure (or control change) of an article."""
    return f"{kind[:3]}-{digest(article_id, kind, seq, size=10)}"


def alert_id(event_id_: str, tally_key: str, new_best: int, new_low: int, new_high: int) -> str:
    return f"alr-{digest(event_id_, tally_key, new_best, new_low, new_high, size=10)}"


def fingerprint(text: str) -> str:
    """One-permutation MinHash of the word 4-shingles of a text, as hex (64 slots of 32 bits).

    Syndicated copies of one wire story differ in headline, byline, clutter and disclaimer but
    share most shingles, so their fingerprints agree on most slots. Each shingle is hashed once
    (CRC-32, in C) and lands in one slot, which keeps this well under a millisecond per article.
    """
    # a byte table, not a regex: the regex engine spent more on the words than the hashing did
    words = text.lower().encode("ascii", "replace").translate(_WORD_BYTES).split()
    if len(words) < 4:
        words = words + [b""] * (4 - len(words))
    slots = [_EMPTY] * _NUM_HASHES
    # the shingles as zipped word tuples, joined and hashed by C-level maps (indexing and slicing the
    # word list per shingle cost more than the hashing)
    hashes = [(c * _SPREAD) & _MASK for c in map(zlib.crc32, map(b" ".join, zip(words, words[1:], words[2:], words[3:])))]
    # a slot is the top bits, so in descending order each slot's last write is its smallest value:
    # one C-level sort instead of a compare per shingle
    hashes.sort(reverse=True)
    for h in hashes:
        slots[h >> 26] = h & 0x3FFFFFF
    return struct.pack(f"<{_NUM_HASHES}I", *slots).hex()


def similarity(a: str | bytes, b: str | bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two fingerprints, as hex or as bytes (0 when
    either is unknown)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    xs = struct.unpack(f"<{_NUM_HASHES}I", bytes.fromhex(a) if isinstance(a, str) else a)
    ys = struct.unpack(f"<{_NUM_HASHES}I", bytes.fromhex(b) if isinstance(b, str) else b)
    used = sum(x != _EMPTY or y != _EMPTY for x, y in zip(xs, ys))
    return sum(x == y != _EMPTY for x, y in zip(xs, ys)) / used if used else 0.0


def band_keys(fp: bytes) -> tuple[int, ...] | list[int]:
    """LSH band keys of a fingerprint (as bytes): two texts whose fingerprints agree on at least
    half their slots share a band with probability > 0.999, so only band-mates need a full
    comparison. A band is two adjacent slots, keyed by their 64 bits alone, so that keying an
    article costs no Python-level loop (a rebuild keys every article of the log): the rare
    articles that share a key need ``share_a_band`` to confirm it is at the same place.
    Bands of empty slots (short texts) say nothing and would make every short text a candidate."""
    keys = _BANDS.unpack(fp) if len(fp) == _BANDS.size else struct.unpack_from(f"<{len(fp) // 8}Q", fp)
    return [k for k in keys if k != _EMPTY_BAND] if _EMPTY_BAND in keys else keys


def share_a_band(a: bytes, b: bytes) -> bool:
    """Whether two fingerprints (as bytes) agree on both slots of a band that is not empty."""
    xs = struct.unpack_from(f"<{len(a) // 8}Q", a)
    ys = struct.unpack_from(f"<{len(b) // 8}Q", b)
    return any(x == y != _EMPTY_BAND for x, y in zip(xs, ys))
