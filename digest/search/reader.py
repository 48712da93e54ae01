"""Reading the search index as the search page's script (theme/static/search.js) does, in
Python: for tests and tools, so the files' format has one reference reader besides the browser."""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass

import numpy as np

from digest.search.files import MANIFEST
from digest.search.terms import bucket_hash, query_terms


@dataclass(frozen=True)
class Hit:
    doc: int
    title_hits: int
    weight: int
    meta: list[str]


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


def search(read, query: str) -> list[Hit]:
    """The articles that have every term of `query`, best first: more terms in the title, then
    more occurrences, then newer. `read(path)` gives a file of the index folder."""
    manifest = json.loads(read(MANIFEST))
    found: dict[int, list[int]] | None = None
    shards: dict[str, dict] = {}
    for hi, lo in query_terms(query):
        family = manifest["chars" if lo == 0 else "pairs"]
        bits = family["bits"]
        bucket = int(bucket_hash(np.array([hi], np.uint32), np.array([lo], np.uint32))[0])
        name = family["shards"][bucket >> (32 - bits) if bits else 0]
        if name not in shards:
            shards[name] = read_shard(read(f"t/{name}.bin"), manifest["docs"])
        scores = {doc: [flags >> 2, 1 << (flags & 3)] for doc, flags in shards[name].get((hi, lo), [])}
        if found is None:
            found = scores
        else:
            found = {doc: [a + scores[doc][0], b + scores[doc][1]] for doc, (a, b) in found.items() if doc in scores}
    if not found:
        return []
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], -item[1][1], -item[0]))
    chunks: dict[int, list] = {}
    hits = []
    for doc, (title_hits, weight) in ranked:
        chunk = doc // manifest["chunk"]
        if chunk not in chunks:
            chunks[chunk] = json.loads(read(f"d/{manifest['chunks'][chunk]}.json"))
        hits.append(Hit(doc, title_hits, weight, chunks[chunk][doc % manifest["chunk"]]))
    return hits
