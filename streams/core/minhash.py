"""The article fingerprint of ids.fingerprint, computed lane-parallel.

ids.fingerprint loops in Python over every (shingle, slot) pair: ~9 ms for a 600-word article, more
than all extraction rules together. Here each slot is one big-integer XOR and one multiply over all
shingle hashes packed in 128-bit lanes (a lane holds the 64x64-bit product without carrying into the
next), so the result is bit-for-bit the same as ids.fingerprint (tests/core/test_extract_clutter.py
checks it) at a fraction of the cost.
"""
from __future__ import annotations

import hashlib
import re
import struct
from array import array
from functools import lru_cache

from streams.core import ids

_WORD = re.compile(r"[a-z0-9]+")
_MULT = 0xBF58476D1CE4E5B9
_SALTS = [(0x9E3779B97F4A7C15 * (k + 1)) & ((1 << 64) - 1) for k in range(32)]
_SALT_LANES = [s.to_bytes(16, "little") for s in _SALTS]


@lru_cache(maxsize=256)
def _salts(n: int) -> list[int]:
    return [int.from_bytes(salt * n, "little") for salt in _SALT_LANES]


def fingerprint(text: str) -> str:
    words = _WORD.findall(text.lower())
    if len(words) < 4:
        return ids.fingerprint(text)
    shingles = {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}
    lanes = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() + b"\x00" * 8 for s in shingles)
    n = len(shingles)
    packed = int.from_bytes(lanes, "little")
    slots = []
    words32 = array("I")
    for salt in _salts(n) if n <= 4096 else [int.from_bytes(s * n, "little") for s in _SALT_LANES]:
        words32 = array("I")
        words32.frombytes(((packed ^ salt) * _MULT).to_bytes(16 * n + 16, "little"))
        # bits 32..63 of each 128-bit lane = 32-bit word 1 of every 4
        slots.append(min(words32[1:4 * n:4]))
    return struct.pack("<32I", *slots).hex()
