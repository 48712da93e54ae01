"""Reading the search index as the search page's script (theme/static/search.js) does, in
Python: for tests, tools and bench/search_quality.py, so the files' format and the ranking have
one reference besides the browser. search.js must agree with every step here.

Ranking (its constants are in the manifest, `rank`, from ranking.RANKING): every term of the query
(its Chinese pairs, single characters and words) that an article has adds its BM25 score,
idf * tf (k1 + 1) / (tf + k1 (1 - b + b length / mean length)), with tf from the posting's
count bucket (1, 2-3, 4-7, 8+ read as 1, 2.5, 5.5, 10; a single character counts 1) and the
article's length in pairs and words; a term in the headline adds `title` * idf more; two
consecutive pairs of the query (ab, bc) both in the article add `sequence` * the smaller idf.
Only articles with at least `share` of the query's terms (rounded down, at least one) and every
term between quotes are results. A query that holds a phrase written otherwise in Taiwan or on
the mainland is also searched in the other wording (variants.py), whose scores count `variant`
times as much, scaled by the two wordings' sums of idf (a wording with more terms would score
more); an article's score is its better one. Best first, newer first on equal scores (rounded
to 1e-6); then the other reports of the first result's story (the manifest's `stories`) are
moved right after it, in the story's order, also those that matched nothing (stories.py)."""
from __future__ import annotations

import base64
import json
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from digest.search.files import MANIFEST
from digest.search.ranking import TF, length_of
from digest.search.terms import Query, bucket_hash, parse_query
from digest.search.variants import fold_text, other_wording, variant_map


@dataclass(frozen=True)
class Hit:
    doc: int
    score: float
    matched: int  # how many of the query's terms the article has
    meta: list[str]
    sibling: bool = False  # placed after the best result as another report of its story (stories.py)


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def read_shard(data: bytes, docs: int) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """A shard's terms and their (article number, flags) postings."""
    (count,) = struct.unpack_from("<I", data)
    keys = struct.unpack_from(f"<{2 * count}I", data, 4)
    offsets = struct.unpack_from(f"<{count + 1}I", data, 4 + 8 * count)
    base = 4 + 12 * count + 4
    terms = {}
    for i in range(count):
        postings, doc, at, end = [], -1, base + offsets[i], base + offsets[i + 1]
        if keys[2 * i + 1] == 0:  # a single character: titles, then a bitmap
            titles, at = _read_varint(data, at)
            in_title = set()
            for _ in range(titles):
                gap, at = _read_varint(data, at)
                doc += gap + 1
                in_title.add(doc)
            bits = np.unpackbits(np.frombuffer(data[at:end], np.uint8), bitorder="little")[:docs]
            postings = [(d, 4 if d in in_title else 0) for d in np.flatnonzero(bits).tolist()]
        while at < end and keys[2 * i + 1] != 0:
            value, at = _read_varint(data, at)
            doc += (value >> 3) + 1
            postings.append((doc, value & 7))
        terms[(keys[2 * i], keys[2 * i + 1])] = postings
    return terms


def search(read, query: str, limit: int | None = None) -> list[Hit]:
    """The articles that match `query`, best first (the first `limit` of them, with their
    data). `read(path)` gives a file of the index folder."""
    manifest = json.loads(read(MANIFEST))
    rank, count = manifest["rank"], manifest["docs"]
    lengths = [length_of(byte) for byte in base64.b64decode(manifest["lengths"])]
    mean = sum(lengths) / count if count else 1.0
    index = _Index(read, manifest, lengths, mean or 1.0, {})
    found, mass = _scores(index, parse_query(query))
    other = other_wording(fold_text(query), variant_map(manifest.get("variants", "")))
    if other is not None:  # the query in the other region's words (variants.py): the better score counts
        alternative, other_mass = _scores(index, parse_query(other))
        scale = rank["variant"] * mass / other_mass if other_mass else 0.0
        for doc, (score, matched) in alternative.items():
            score *= scale
            if doc not in found or score > found[doc][0]:
                found[doc] = (score, matched)
    ordered = [doc for doc, _ in sorted(found.items(), key=lambda item: (-math.floor(item[1][0] * 1e6 + 0.5), -item[0]))]
    story: list[int] = []
    if ordered and manifest.get("stories"):
        story = story_of(ordered[0], json.loads(read(f"s/{manifest['stories']}.json")))
        ordered = with_story(ordered, story)
    chunks: dict[int, list] = {}
    hits = []
    for doc in ordered[:limit]:
        chunk = doc // manifest["chunk"]
        if chunk not in chunks:
            chunks[chunk] = json.loads(read(f"d/{manifest['chunks'][chunk]}.json"))
        score, matched = found.get(doc, (0.0, 0))
        hits.append(Hit(doc, score, matched, chunks[chunk][doc % manifest["chunk"]], doc in story[1:]))
    return hits


def story_of(doc: int, stories: list[list[int]]) -> list[int]:
    """The story of article `doc` (its articles' numbers, `doc` first, then the others in the
    story's order: lead first, then by date), or [] when it is in none."""
    group = next((group for group in stories if doc in group), [])
    return [doc, *(other for other in group if other != doc)] if group else []


def with_story(ordered: list[int], story: list[int]) -> list[int]:
    """The results `ordered` with the other articles of the first one's `story` right after it."""
    if not story:
        return ordered
    placed = set(story)
    return story + [doc for doc in ordered if doc not in placed]


@dataclass(frozen=True)
class _Index:
    read: Callable[[str], bytes]
    manifest: dict
    lengths: list[float]
    mean: float
    shards: dict[str, dict]  # shard name -> its terms, as read


def _scores(index: _Index, parsed: Query) -> tuple[dict[int, tuple[float, int]], float]:
    """The articles that match one wording of a query: article -> (score, terms matched); and
    the sum of its terms' idf (what scores of wordings with more or rarer terms are scaled by)."""
    if not parsed.terms:
        return {}, 0.0
    manifest = index.manifest
    rank, count = manifest["rank"], manifest["docs"]
    k1, b = rank["k1"], rank["b"]
    lists, idfs = [], []
    for hi, lo in parsed.terms:
        family = manifest["chars" if lo == 0 else "pairs"]
        bits = family["bits"]
        bucket = int(bucket_hash(np.array([hi], np.uint32), np.array([lo], np.uint32))[0])
        name = family["shards"][bucket >> (32 - bits) if bits else 0]
        if name not in index.shards:
            index.shards[name] = read_shard(index.read(f"t/{name}.bin"), count)
        postings = dict(index.shards[name].get((hi, lo), []))
        lists.append(postings)
        df = len(postings)
        idfs.append(math.log(1 + (count - df + 0.5) / (df + 0.5)))
    scores: dict[int, list] = {}  # article -> [score, terms matched, required terms matched]
    for postings, idf, required in zip(lists, idfs, parsed.required):
        for doc, flags in postings.items():
            tf = TF[flags & 3]
            norm = 1 - b + b * index.lengths[doc] / index.mean
            value = idf * (tf * (k1 + 1) / (tf + k1 * norm) + rank["title"] * (flags >> 2))
            entry = scores.get(doc)
            if entry is None:
                scores[doc] = entry = [0.0, 0, 0]
            entry[0] += value
            entry[1] += 1
            entry[2] += required
    for i, j in enumerate(parsed.after):
        if j < 0:
            continue
        bonus = rank["sequence"] * min(idfs[i], idfs[j])
        for doc in lists[i].keys() & lists[j].keys():
            scores[doc][0] += bonus
    for entry in scores.values():
        entry[0] *= (entry[1] / len(parsed.terms)) ** rank["coord"]
    need = max(1, math.floor(rank["share"] * len(parsed.terms) + 1e-9))
    required = sum(parsed.required)
    found = {doc: (entry[0], entry[1]) for doc, entry in scores.items() if entry[1] >= need and entry[2] == required}
    return found, sum(idfs)
