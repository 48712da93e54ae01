"""How text becomes search terms, the same in Python (for the index, files.py) and in the
browser (for the query, theme/static/search.js, which must agree with every line here): NFKC,
lowercase, then Traditional characters to Simplified one for one (`t2s_map`, from OpenCC, and
CHAR_MERGES, shipped with the index for the browser); runs of Chinese characters give their adjacent pairs
(a run of one character: the character), runs of other letters and digits are words. A term is
a key of two 32-bit numbers (hi, lo):

- a pair of Chinese characters: (first code point, second code point);
- one Chinese character: (code point, 0);
- a word: two 32-bit hashes of its first MAX_WORD code points, hi with the top bit set.

Everything works on numpy arrays of code points, one array for all articles at once."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Iterable
from unicodedata import is_normalized

import numpy as np

MAX_WORD = 24  # code points of a word that count (longer words are cut, in the query too)
# Han (with 々 and 〇) and kana: the scripts written without spaces. search.js has the same list.
CJK_RANGES = ((0x3005, 0x3005), (0x3007, 0x3007), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
              (0xF900, 0xFAFF), (0x20000, 0x3134F))
TABLE_END = 0x32000  # past the last CJK block no character is folded or indexed (search.js agrees)
OTHER, CJK, WORD, FOLD, SPECIAL = 0, 1, 2, 3, 4  # character kinds
# Characters that Taiwan, Hong Kong and the mainland write for one another where t2s of the
# character alone keeps them apart (著陸 / 着陆, 計畫 / 计划, 瞭解 / 了解, 藉口 / 借口, 反覆 / 反复):
# each pair is folded into one character. Made by bench/search_char_merges.py from OpenCC's
# dictionaries (data/dictionary at 0c547cb): the characters its phrase conversions (STPhrases,
# TSPhrases) write differently from the fold in two or more phrases, and its Taiwan and Hong Kong
# variant characters (TWVariants, HKVariants).
CHAR_MERGES = ("瞭了 钟锺 余馀 覆复 炼链 伕夫 雠仇 藉借 彷仿 濬浚 托讬 薰熏 座坐 甦苏 甯宁 俱具 像象 𬭭戚 鎗枪 拏拿 燄焰 哩里 "
               "𰬸穗 揹背 巨钜 坏坯 径迳 么幺 沈沉 画划 衹只 簷檐 潀潨 痺痹 著着 睪睾 鲶鲇 颚腭 粧妆 敍叙 枱台 糭粽 衞卫")


# Characters -------------------------------------------------------------------------------------

@functools.cache
def t2s_map() -> dict[int, int]:
    """Traditional -> Simplified, one character for one: OpenCC's t2s of each Chinese character
    on its own (NFKC-normal ones), where that is one other character (5,119 with OpenCC 1.1;
    phrase-level conversions such as 乾隆 are not needed for search: the index and the query
    are folded alike), and each pair of CHAR_MERGES into its lower code point (as folded).
    Chains are followed, so folding twice changes nothing."""
    import opencc

    chars = [chr(c) for first, last in CJK_RANGES for c in range(first, last + 1)
             if is_normalized("NFKC", chr(c)) and not 0xD800 <= c < 0xE000]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a conversion across the separators: one by one
        converter = opencc.OpenCC("t2s")
        converted = [converter.convert(c) for c in chars]
    found = {ord(a): ord(b) for a, b in zip(chars, converted) if len(b) == 1 and a != b}
    for pair in CHAR_MERGES.split():
        first, second = (_folded(found, ord(c)) for c in pair)
        if first != second:
            found[max(first, second)] = min(first, second)
    for source in list(found):
        seen = {source}
        while found[source] in found and found[source] not in seen:
            seen.add(found[source])
            found[source] = found[found[source]]
    return {a: b for a, b in found.items() if a != b}


def _folded(found: dict[int, int], char: int) -> int:
    seen = {char}
    while char in found and found[char] not in seen:
        char = found[char]
        seen.add(char)
    return char


def fold_map_text() -> str:
    """t2s_map for search.js: every Traditional character followed by its Simplified one."""
    return "".join(chr(a) + chr(b) for a, b in sorted(t2s_map().items()))


@dataclass(frozen=True)
class _Tables:
    kind: np.ndarray  # code point -> kind (OTHER, CJK, WORD, FOLD: fold first, SPECIAL: see below)
    fold: np.ndarray  # code point -> the one character NFKC + lowercase + t2s makes of it
    special: dict[str, str]  # characters whose NFKC + lowercase is several characters, some indexed


@functools.cache
def char_tables() -> _Tables:
    """Built once per process (~0.1 s): NFKC, lowercase and t2s for every character up to
    TABLE_END that any of them changes, and which kind each is. Letters and digits are what Python's
    str.isalnum() says (search.js: \\p{L} and \\p{N}, the same but for a few rare numerals).
    Marks and Hangul jamo that compose with their neighbours are SPECIAL: the text around
    them is normalised as a whole."""
    chars = "".join(map(chr, range(TABLE_END)))
    base = np.zeros(0x110000, np.uint8)
    for match in re.finditer(r"[^\W_]+", chars):
        base[match.start():match.end()] = WORD
    for first, last in CJK_RANGES:
        base[first:last + 1] = CJK
    kind = base.copy()
    fold = np.arange(0x110000, dtype=np.uint32)
    special: dict[str, str] = {}
    category = unicodedata.category
    for start in range(0, TABLE_END, 256):
        block = chars[start:start + 256]
        if base[start] == CJK and base[start + 255] == CJK:
            continue
        folds = block.lower() != block or not is_normalized("NFKC", block)
        for code in range(start, start + 256):
            char = chars[code]
            if category(char)[0] == "M":
                kind[code] = SPECIAL
                continue
            if not folds or char.lower() == char and is_normalized("NFKC", char) or 0xD800 <= code < 0xE000:
                continue
            image = unicodedata.normalize("NFKC", char).lower()
            if image == char:
                continue
            if len(image) == 1:
                fold[code] = ord(image)
                kind[code] = FOLD if base[ord(image)] != OTHER else OTHER
            elif any(base[ord(c)] != OTHER for c in image):
                kind[code] = SPECIAL
                special[char] = image
    for first, last in ((0x1100, 0x11FF), (0x3131, 0x318E), (0xA960, 0xA97F), (0xD7B0, 0xD7FF)):  # jamo
        kind[first:last + 1] = SPECIAL
    # Traditional -> Simplified, after NFKC (a compatibility ideograph: its unified form's image)
    simple = np.arange(0x110000, dtype=np.uint32)
    mapping = t2s_map()
    simple[np.fromiter(mapping.keys(), np.uint32, len(mapping))] = np.fromiter(mapping.values(), np.uint32, len(mapping))
    chinese = np.flatnonzero((kind == CJK) | ((kind == FOLD) & (base[fold] == CJK)))
    image = simple[fold[chinese]]
    moved = image != fold[chinese]
    fold[chinese[moved]] = image[moved]
    kind[chinese[moved]] = FOLD
    return _Tables(kind, fold, special)


def _normalise_specials(text: str, points: np.ndarray, where: np.ndarray) -> np.ndarray:
    """`points` with each run of SPECIAL characters (at offsets `where`), and the character
    before it, replaced by the code points of its NFKC + lowercase form."""
    pieces, done = [], 0
    for start, end in _runs(where):
        begin = max(done, start - 1) if start and text[start - 1] not in "\x00\x01" else start
        pieces.append(points[done:begin])
        image = unicodedata.normalize("NFKC", text[begin:end]).lower()
        pieces.append(np.frombuffer(image.encode("utf-32-le", "surrogatepass"), np.uint32))
        done = end
    pieces.append(points[done:])
    return np.concatenate(pieces)


def _runs(positions: np.ndarray) -> Iterable[tuple[int, int]]:
    if not len(positions):
        return
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    for chunk in np.split(positions, breaks):
        yield int(chunk[0]), int(chunk[-1]) + 1


def code_points(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(folded code points, their kinds) of a text: NFKC + lowercase, as uint32 and uint8."""
    tables = char_tables()
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    kinds = tables.kind[points]
    special = np.flatnonzero(kinds == SPECIAL)
    if len(special):
        points = _normalise_specials(text, points, special)
        kinds = tables.kind[points]
        kinds[kinds == SPECIAL] = OTHER  # a mark that composes with nothing: not indexed
    folding = np.flatnonzero(kinds == FOLD)
    if len(folding):
        if not points.flags.writeable:
            points = points.copy()
        points[folding] = tables.fold[points[folding]]
        kinds[folding] = tables.kind[points[folding]]
        kinds[kinds >= FOLD] = OTHER
    _join_decimals(points, kinds)
    return points, kinds


def _join_decimals(points: np.ndarray, kinds: np.ndarray) -> None:
    """A point between two ASCII digits is part of the word: 6.2级 and 5.3 are one number each,
    not 6 and 2 (search.js: runs, the same)."""
    dots = np.flatnonzero(points[1:-1] == 0x2E) + 1
    if len(dots):
        before, after = points[dots - 1], points[dots + 1]
        inner = dots[(before >= 0x30) & (before <= 0x39) & (after >= 0x30) & (after <= 0x39)]
        kinds[inner] = WORD


# Hashes (search.js computes the same, with Math.imul) -------------------------------------------

def word_keys(points: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(hi, lo) keys of the words at `starts` (FNV-1a and a second multiply-xorshift hash over
    their first MAX_WORD code points), vectorised over the words: step k hashes the k-th
    character of every word that long."""
    lengths = np.minimum(lengths, MAX_WORD).astype(np.uint8)
    order = np.argsort(np.uint8(MAX_WORD) - lengths, kind="stable")  # longest first
    starts = starts[order]
    # longer[k]: how many words have more than k characters
    longer = (len(starts) - np.cumsum(np.bincount(lengths, minlength=MAX_WORD + 1))).tolist()
    h1 = np.full(len(starts), 0x811C9DC5, np.uint32)
    h2 = np.full(len(starts), 0x2545F491, np.uint32)
    for k in range(MAX_WORD):
        if not longer[k]:
            break
        c = points[starts[:longer[k]] + k]
        h1[:longer[k]] = (h1[:longer[k]] ^ c) * np.uint32(0x01000193)
        mixed = (h2[:longer[k]] ^ c) * np.uint32(0x5BD1E995)
        h2[:longer[k]] = mixed ^ (mixed >> np.uint32(15))
    hi, lo = np.empty_like(h1), np.empty_like(h2)
    hi[order], lo[order] = h1 | np.uint32(0x80000000), h2
    return hi, lo


def bucket_hash(hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """32-bit hash of term keys (multiplicative: its top bits are well mixed); a term's shard
    is its top `bits` bits."""
    h = hi * np.uint32(0x9E3779B1)
    h ^= lo * np.uint32(0x85EBCA6B)
    return h


QUOTES = "\"“”「」『』"  # a phrase between any two of them must be found whole (search.js: the same)


@dataclass(frozen=True)
class Query:
    """A query's distinct terms, in order, and for each: whether it is inside quotes (every
    term of a quoted phrase is required), and whether it is the pair after the previous term in
    the same run of Chinese characters (ab then bc: in a document, the two together are likely
    the three characters abc, which the ranking rewards): the index of that term, else -1."""
    terms: list[tuple[int, int]]
    required: list[bool]
    after: list[int]


def parse_query(query: str) -> Query:
    """The terms a query looks up, as search.js makes them: its Chinese runs as pairs (a single
    character as itself), its words as words; the parts between quotes are required."""
    terms: dict[tuple[int, int], list] = {}
    pieces = re.split(f"[{QUOTES}]", unicodedata.normalize("NFKC", query))
    for number, piece in enumerate(pieces):
        quoted = number % 2 == 1 and number < len(pieces) - 1  # an unclosed quote quotes nothing
        points, kinds = code_points(piece)
        found: list[tuple[tuple[int, int], tuple[int, int] | None]] = []  # (term, the pair it follows)
        for start, end in _runs(np.flatnonzero(kinds == CJK)):
            if end - start == 1:
                found.append(((int(points[start]), 0), None))
            found += [((int(points[i]), int(points[i + 1])), (int(points[i - 1]), int(points[i])) if i > start else None)
                      for i in range(start, end - 1)]
        words = list(_runs(np.flatnonzero(kinds == WORD)))
        if words:
            hi, lo = word_keys(points, np.array([s for s, _ in words]), np.array([e - s for s, e in words]))
            found += [(key, None) for key in zip(hi.tolist(), lo.tolist())]
        for key, previous in found:
            if key in terms:
                terms[key][0] |= quoted
            else:
                terms[key] = [quoted, previous]
    keys = list(terms)
    number = {key: i for i, key in enumerate(keys)}
    return Query(keys, [terms[k][0] for k in keys],
                 [number[terms[k][1]] if terms[k][1] is not None and number[terms[k][1]] < number[k] else -1 for k in keys])


def query_terms(query: str) -> list[tuple[int, int]]:
    """The keys a query looks up (parse_query's terms)."""
    return parse_query(query).terms
