"""The search index as static files: which articles contain which terms (terms.py),
for the search page's script (theme/static/search.js) to query in the browser.

Articles are numbered by date, oldest first (a new article usually gets the next number, so the
others keep theirs). Two families of shards, a power of two of each, a term in the one its bucket
hash's top bits name:

- pairs and words: a term's postings are its articles' numbers, ascending, each a varint of (gap
  << 3 | title << 2 | tf bucket): `title` if in the headline, the bucket 0-3 for 1, 2-3, 4-7, 8+;
- single characters: the count and gaps (varints) of the articles with it in their headline,
  then a bitmap of all articles that have it (article i is bit i % 8 of byte i // 8).

Files (named by a hash of their bytes, so hosts cache them for good; only the manifest changes):
- manifest.json: format, article count, chunk size, the ranking's constants, the Traditional ->
  Simplified map the browser folds queries with (terms.fold_map_text: each Traditional character
  followed by its Simplified one, 5,119 pairs, 26 KB of UTF-8), the phrases written otherwise in
  Taiwan and on the mainland (variants.variants_text), every article's length (pairs and words,
  one byte each: round(8 log2(1 + length)), base64), per family its shard bits and the names of
  its shards, the names of the chunks, and that of the stories file, if any (stories.py);
- t/<hash>.bin: a shard, little-endian: u32 term count T, T (hi, lo) u32 pairs, T+1 u32 offsets
  into the postings, then the postings; shards hold ~SHARD_BYTES on average;
- d/<hash>.json: CHUNK_DOCS articles' [url path, title, date, source, summary];
- s/<hash>.json: the stories, each a list of its articles' numbers, lead first (stories.py).

Vectorised with numpy over one array of the code points of all articles: one sort of (bucket,
term, article, field) keys makes the pair and word postings, already in shard order; a (character
x article) table of booleans, packed, makes the character bitmaps."""
from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np

from digest.search.docs import SearchDoc
from digest.search.ranking import RANKING, quantised_lengths
from digest.search.terms import CJK, MAX_WORD, TABLE_END, WORD, bucket_hash, char_tables, code_points, fold_map_text, word_keys
from digest.search.variants import variants_text

FORMAT = 3
SHARD_BYTES = 32 * 1024  # mean shard size aimed at; the count is a power of two
CHUNK_DOCS = 64  # articles per metadata chunk
HASH_CHARS = 12  # hex digits of BLAKE2b in file names
MANIFEST = "manifest.json"

_WORD_TERM = 0x3F000  # `hi` of the sort key's word terms (no Chinese code point is that high)
_U64 = np.uint64
_LITTLE = np.little_endian


@dataclass(frozen=True)
class Terms:
    """A family of shards: terms grouped by bucket, and their encoded postings."""
    hi: np.ndarray  # per term (uint32)
    lo: np.ndarray
    bucket: np.ndarray  # per term, non-decreasing: the top BUCKET_BITS of bucket_hash
    offsets: np.ndarray  # per term and one past the last: where its postings start in `data`
    data: np.ndarray  # uint8: varints (gap << 3 | flags)

    def shard_bounds(self, bits: int) -> np.ndarray:
        """Term index where each of the 2**bits shards starts (and one past the end)."""
        return np.searchsorted(self.bucket, np.arange((1 << bits) + 1, dtype=np.int64) << (BUCKET_BITS - bits))

    def shard_bits(self) -> int:
        """As many shards as keep their mean size at SHARD_BYTES."""
        total = len(self.data) + 12 * len(self.hi)
        bits = 0
        while bits < BUCKET_BITS and total > SHARD_BYTES << bits:
            bits += 1
        return bits


BUCKET_BITS = 12  # at most 4096 shards a family
_STEP = 1 << 15  # positions a slice when making sort keys
_MATRIX_CELLS = 1 << 26  # single characters are marked in a (characters x articles) table this big at most


def build_terms(docs: Sequence[SearchDoc], timer=None, texts: list[str] | None = None) -> tuple[Terms, Terms, np.ndarray]:
    """(pairs and words, single characters, each article's count of pairs and words) of `docs`,
    numbered in the order given. Memory: the texts (given apart, `texts` is emptied once read) and
    the per-position arrays go before the occurrences are sorted and encoded, which needs the most."""
    tick = timer or (lambda name: None)
    count = len(docs)
    bodies = [d.text for d in docs] if texts is None else texts
    text = "".join(f"{d.title}\x00{body}\x01" for d, body in zip(docs, bodies))
    if text.count("\x00") != count or text.count("\x01") != count:  # separators inside the text
        text = "".join(f"{_clean(d.title)}\x00{_clean(body)}\x01" for d, body in zip(docs, bodies))
    bodies.clear()  # (given `texts`, the caller's list)
    tick("join")
    points, kinds = code_points(text)
    del text
    tick("code points")
    # field of every position: 2 * article + (0 in the title, 1 in the rest)
    separators = np.flatnonzero(points <= 1)
    field = np.repeat(np.arange(len(separators), dtype=np.uint32), np.diff(separators, prepend=-1))
    del separators
    field_bits = max(1, (2 * count).bit_length())
    tick("fields")
    chars = _char_terms(points, field, count)
    tick("characters")
    key_bucket_bits = min(BUCKET_BITS, 64 - 36 - field_bits)
    *held, vocabulary = _pair_keys(points, kinds, field, field_bits, key_bucket_bits)  # held: [keys], see _postings
    del points, kinds, field
    held[0].sort()
    pairs, lengths = _postings(held, field_bits, key_bucket_bits, vocabulary, count)
    tick("pairs")
    return pairs, chars, lengths


def _pair_keys(points, kinds, field, field_bits: int, key_bucket_bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of adjacent Chinese characters, and words: one sort key per occurrence,
    bucket | first | second | field (a word: its rank above every code point, and 0), unsorted;
    and the words' vocabulary (their 64-bit keys, by rank)."""
    cjk = kinds == CJK
    word = (kinds == WORD).view(np.int8)
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    if word[:1].any():
        edges = np.append(0, edges)
    if len(edges) % 2:
        edges = np.append(edges, len(word))
    del word
    word_starts = edges[0::2]
    word_hi, word_lo = word_keys(points, word_starts, edges[1::2] - word_starts)
    del edges
    vocabulary, rank = _unique_inverse((word_hi.astype(_U64) << _U64(32)) | word_lo)
    pair_count = int(np.count_nonzero(cjk[:-1] & cjk[1:]))
    keys = np.empty(pair_count + len(word_starts), _U64)
    following, filled = points[1:], 0
    for start in range(0, max(len(points) - 1, 0), _STEP):  # in slices that stay in the cache
        stop = min(start + _STEP, len(points) - 1)
        where = np.flatnonzero(cjk[start:stop] & cjk[start + 1:stop + 1]) + start
        first, second = points[where], following[where]
        _fill_keys(keys[filled:filled + len(where)], bucket_hash(first, second), first, second, field[where],
                   field_bits, key_bucket_bits)
        filled += len(where)
    del cjk
    rank = rank.astype(np.uint32)
    _fill_keys(keys[len(keys) - len(rank):], bucket_hash(word_hi, word_lo), (rank >> np.uint32(18)) + np.uint32(_WORD_TERM),
               rank & np.uint32(0x3FFFF), field[word_starts], field_bits, key_bucket_bits)
    return keys, vocabulary


def _unique(values: np.ndarray) -> np.ndarray:
    """np.unique, by sorting (numpy 2's np.unique can be 50 times slower)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _unique_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.concatenate(([True], ordered[1:] != ordered[:-1])) if len(values) else np.zeros(0, bool)
    inverse = np.empty(len(values), np.int64)
    inverse[order] = np.cumsum(new) - 1
    return ordered[new], inverse


def _fill_keys(out, bucket, hi, lo, field, field_bits: int, key_bucket_bits: int) -> None:
    out[:] = bucket >> np.uint32(32 - key_bucket_bits)
    out <<= _U64(18)
    out |= hi
    out <<= _U64(18)
    out |= lo
    out <<= _U64(field_bits)
    out |= field


def _postings(held: list[np.ndarray], field_bits: int, key_bucket_bits: int, vocabulary: np.ndarray,
              count: int) -> tuple[Terms, np.ndarray]:
    """Sorted occurrence keys (taken out of `held`, so that they are freed once read) to postings:
    one per (term, article), its flags the title bit (the title's field sorts first) and the bucket
    of the occurrences' count; and the articles' lengths (how many pairs and words each has)."""
    keys = held.pop()
    total = len(keys)
    new = np.empty(total, bool)
    new[:1] = True
    np.greater(keys[1:] ^ keys[:-1], 1, out=new[1:])
    starts = np.flatnonzero(new)
    del new
    firsts = keys[starts]
    del keys
    low = firsts.view(np.uint32)[0::2] if field_bits <= 32 and _LITTLE else (firsts & _U64(0xFFFFFFFF)).astype(np.uint32)
    flags = (low & np.uint32(1)).astype(np.uint8)
    flags ^= np.uint8(1)
    flags <<= np.uint8(2)  # title
    tf = np.empty(len(starts), np.uint32)
    np.subtract(starts[1:], starts[:-1], out=tf[:-1], casting="unsafe")
    tf[-1:] = total - starts[-1:]
    del starts
    for limit in (2, 4, 8):
        flags += (tf >= limit).view(np.uint8)
    doc = low >> np.uint32(1)
    doc &= np.uint32((1 << (field_bits - 1)) - 1)
    del low
    lengths = np.bincount(doc, weights=tf, minlength=count).astype(np.int64)
    del tf
    firsts >>= _U64(field_bits)  # bucket | term
    new = np.empty(len(firsts), bool)
    new[:1] = True
    np.not_equal(firsts[1:], firsts[:-1], out=new[1:])
    term_start = np.flatnonzero(new)
    del new
    term = firsts[term_start]
    del firsts
    hi = ((term >> _U64(18)) & _U64(0x3FFFF)).astype(np.uint32)
    lo = (term & _U64(0x3FFFF)).astype(np.uint32)
    words = np.flatnonzero(hi >= _WORD_TERM)
    if len(words):
        hashed = vocabulary[((hi[words] - _WORD_TERM).astype(np.int64) << 18) | lo[words]]
        hi[words] = (hashed >> _U64(32)).astype(np.uint32)
        lo[words] = (hashed & _U64(0xFFFFFFFF)).astype(np.uint32)
    if key_bucket_bits < BUCKET_BITS:  # only part of the bucket fitted in the key: sort the terms by all of it
        bucket = bucket_hash(hi, lo) >> np.uint32(32 - BUCKET_BITS)
        return _regroup(hi, lo, bucket, doc, flags, term_start), lengths
    bucket = (term >> _U64(36)).astype(np.uint32)
    offsets, data = _encode(doc, flags, term_start)
    return Terms(hi, lo, bucket, offsets, data), lengths


def _regroup(hi, lo, bucket, doc, flags, term_start) -> Terms:
    """Terms put in bucket order, each with its postings (for very large sites only)."""
    order = np.argsort(bucket, kind="stable")
    lengths = np.diff(term_start, append=len(doc))[order]
    moved = np.zeros(len(order) + 1, np.int64)
    np.cumsum(lengths, out=moved[1:])
    source = np.repeat(term_start[order] - moved[:-1], lengths) + np.arange(len(doc))
    offsets, data = _encode(doc[source], flags[source], moved[:-1])
    return Terms(hi[order], lo[order], bucket[order], offsets, data)


def _char_terms(points, field, count: int) -> Terms:
    """Single Chinese characters. A term's data: a varint count and the gaps of the articles
    with the character in the title, then a bitmap of the articles that have it anywhere
    (ceil(count / 8) bytes, article i in bit i % 8 of byte i // 8), made by marking a
    (character x article) table whose rows are in bucket order."""
    counts = np.bincount(points, minlength=TABLE_END)
    counts[:TABLE_END][char_tables().kind[:TABLE_END] != CJK] = 0
    counts[TABLE_END:] = 0
    present = np.flatnonzero(counts).astype(np.uint32)
    del counts
    bucket = bucket_hash(present, np.zeros(len(present), np.uint32)) >> np.uint32(32 - BUCKET_BITS)
    order = np.lexsort((present, bucket))
    present, bucket = present[order], bucket[order]
    # every position's row: its character's, or one past the last for anything else
    row_type = np.uint16 if len(present) < 0xFFFF else np.uint32
    row_of = np.full(int(points.max()) + 1 if len(points) else 1, len(present), row_type)
    row_of[present] = np.arange(len(present), dtype=row_type)
    rows = row_of[points]
    del row_of
    title = np.flatnonzero((field & np.uint32(1)) == 0)  # positions in titles
    title = title[rows[title] < len(present)]
    in_title = _unique((rows[title].astype(np.int64) << 32) | (field[title] >> np.uint32(1)))  # few: (row, article), sorted
    del title
    width = (count + 7) // 8
    # in bands of articles (whole bytes of each row's bitmap), each from its own slice of the text
    band = max(8, _MATRIX_CELLS // (len(present) + 1) // 8 * 8)
    bitmaps = []
    for first in range(0, count, band):
        last = min(first + band, count)
        cell_type = np.int64 if (len(present) + 1) * (last - first) >= 1 << 32 else np.uint32
        table = np.zeros((len(present) + 1) * (last - first), bool)
        begin, end = np.searchsorted(field, np.array([2 * first, 2 * last], field.dtype)).tolist()
        for start in range(begin, end, _STEP):  # positions in slices: no array as long as the text
            stop = min(start + _STEP, end)
            cells = rows[start:stop].astype(cell_type)  # (other characters': an extra row)
            cells *= cell_type(last - first)
            cells += (field[start:stop] >> np.uint32(1)).astype(cell_type) - cell_type(first)
            table[cells] = True
        table = table[:len(present) * (last - first)].reshape(len(present), last - first)
        bitmaps.append(np.packbits(table, axis=1, bitorder="little"))
        del table
    del rows
    bitmap = np.concatenate(bitmaps, axis=1).tobytes() if bitmaps else b""
    title_rows = (in_title >> 32).astype(np.int64)
    title_docs = (in_title & 0xFFFFFFFF).astype(np.uint32)
    bounds = np.searchsorted(title_rows, np.arange(len(present) + 1)).tolist()
    gaps = title_docs.copy()
    gaps[1:] -= title_docs[:-1] + np.uint32(1)
    pieces, offsets = [], [0]
    for row in range(len(present)):
        first, last = bounds[row], bounds[row + 1]
        if last > first:
            gaps[first] = title_docs[first]
            pieces.append(_varints([last - first, *gaps[first:last].tolist()]))
        else:
            pieces.append(b"\0")
        pieces.append(bitmap[row * width:(row + 1) * width])
        offsets.append(offsets[-1] + len(pieces[-2]) + width)
    data = np.frombuffer(b"".join(pieces), np.uint8)
    return Terms(present, np.zeros(len(present), np.uint32), bucket, np.array(offsets, np.int64), data)


def _varints(values: list[int]) -> bytes:
    out = bytearray()
    for value in values:
        while value >= 0x80:
            out.append(value & 0x7F | 0x80)
            value >>= 7
        out.append(value)
    return bytes(out)


def _encode(doc: np.ndarray, flags: np.ndarray, term_start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each term's postings (ascending articles) as varints of (gap << 3 | flags)."""
    count = len(doc)
    values = np.empty(count, np.uint32)
    values[:1] = doc[:1]
    np.subtract(doc[1:], doc[:-1], out=values[1:])
    values -= np.uint32(1)
    values[term_start] = doc[term_start]
    del doc
    values <<= np.uint32(3)
    values |= flags
    top = int(values.max()) if count else 0
    width = 1
    while width < 4 and top >= 1 << (7 * width):
        width += 1
    # little-endian words holding the varint's bytes: payload bits 7k.. moved to byte k (by
    # adding the value's bits above 7k once more for each k), the continuation bit of byte
    # k-1 set where the value has bits from 7k on; and words marking the bytes needed
    packed = values.copy()
    needed = np.ones(count, "<u4")
    sizes = np.ones(count, np.uint8)
    for k in range(1, width):
        above = values & np.uint32(~((1 << (7 * k)) - 1) & 0xFFFFFFFF)
        above <<= np.uint32(k - 1)
        packed += above
        more = values >= np.uint32(1 << (7 * k))
        sizes += more.view(np.uint8)
        flag = more.astype(np.uint32)
        flag <<= np.uint32(8 * k - 1)
        packed |= flag
        flag <<= np.uint32(1)
        needed |= flag
        del above, more, flag
    del values
    data = packed.astype("<u4", copy=False).view(np.uint8)[needed.view(np.uint8).view(bool)]
    del packed, needed
    offsets = np.zeros(len(term_start) + 1, np.int64)
    if count:
        np.cumsum(np.add.reduceat(sizes, term_start, dtype=np.int64), out=offsets[1:])
    return offsets, data


def manifest_bytes(manifest: dict) -> bytes:
    return json.dumps(manifest, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def _clean(text: str) -> str:
    return text.replace("\x00", " ").replace("\x01", " ")


def index_files(docs: Sequence[SearchDoc], timer=None, texts: list[str] | None = None) -> dict[str, bytes]:
    """The index of `docs` (numbered in the order given) as {path in the index folder: bytes};
    the manifest, which names all the others, is MANIFEST. `texts`: see build_terms."""
    pairs, chars, lengths = build_terms(docs, timer, texts)
    files: dict[str, bytes] = {}
    manifest = {"format": FORMAT, "docs": len(docs), "chunk": CHUNK_DOCS, "max_word": MAX_WORD, "rank": RANKING,
                "fold": fold_map_text(), "variants": variants_text(),
                "lengths": base64.b64encode(quantised_lengths(lengths).tobytes()).decode("ascii"),
                "pairs": _write_shards(files, pairs), "chars": _write_shards(files, chars)}
    chunks = (json.dumps([d.meta for d in docs[i:i + CHUNK_DOCS]], ensure_ascii=False, separators=(",", ":"))
              for i in range(0, len(docs), CHUNK_DOCS))
    manifest["chunks"] = [add_file(files, "d", data.encode("utf-8"), ".json") for data in chunks]
    files[MANIFEST] = manifest_bytes(manifest)
    if timer:
        timer("files")
    return files


def _write_shards(files: dict[str, bytes], terms: Terms) -> dict:
    """Shard files (u32 T, T (hi, lo) pairs, T+1 offsets, postings), by bucket range."""
    bits = terms.shard_bits()
    bounds = terms.shard_bounds(bits)
    keys = np.empty((len(terms.hi), 2), "<u4")
    keys[:, 0], keys[:, 1] = terms.hi, terms.lo
    keys = keys.tobytes()
    starts = terms.offsets[bounds]  # where each shard's postings start
    offsets = (terms.offsets[:-1] - np.repeat(starts[:-1], np.diff(bounds))).astype("<u4").tobytes()
    data = terms.data.tobytes()
    bounds, starts = bounds.tolist(), starts.tolist()
    names = []
    for shard in range(1 << bits):
        first, last = bounds[shard], bounds[shard + 1]
        shard_bytes = b"".join((struct.pack("<I", last - first), keys[8 * first:8 * last], offsets[4 * first:4 * last],
                                struct.pack("<I", starts[shard + 1] - starts[shard]),
                                data[starts[shard]:starts[shard + 1]]))
        names.append(add_file(files, "t", shard_bytes, ".bin"))
    return {"bits": bits, "shards": names}


def add_file(files: dict[str, bytes], folder: str, data: bytes, suffix: str) -> str:
    """Add `data` to `files` as <folder>/<hash of the bytes><suffix>; returns the hash."""
    name = hashlib.blake2b(data, digest_size=HASH_CHARS // 2).hexdigest()
    files[f"{folder}/{name}{suffix}"] = data
    return name
