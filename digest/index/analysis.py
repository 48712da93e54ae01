"""Reading an article's words: Chinese segmentation, Traditional folded into Simplified, Latin
names kept whole, function words dropped. The result depends on nothing but the title and text,
so it is cached by the article's content hash and can be computed in worker processes.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_all_start_methods, get_context
from collections.abc import Sequence

import numpy as np

TITLE_WEIGHT = 3  # a headline names what the article is about: its words count three times
MIN_LATIN_LEN = 2
# The opening of a news article carries its subject; reading past it costs time and changes
# nothing measurable (topic F1 and related precision on THUCNews, bench/index_quality.py).
MAX_TEXT_CHARS = 1500
PARALLEL_MIN_TEXTS = 400  # below this, starting worker processes costs more than it saves

# Words that carry no subject: pronouns, connectives, reporting verbs, news boilerplate.
# Single characters are dropped anyway, so only longer words are listed.
_STOP_CJK = frozenset("""
我们 你们 他们 她们 它们 自己 大家 人们 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 这是 那是
一个 一些 一种 一次 一位 一样 一直 一定 一起 一般 一切 没有 不是 就是 还是 也是 都是 只是 但是 而是 可是
可以 可能 因为 所以 而且 如果 虽然 已经 目前 其中 以及 通过 由于 对于 同时 之后 之前 以后 以前 此外
另外 然而 并且 或者 还有 只有 不过 然后 其实 非常 很多 更多 许多 不少 不同 包括 最后 首先 其他 其它
所有 任何 每个 几个 各种 两个 三个 之间 方面 问题 情况 时候 现在 当时 之一 不会 不能 需要 应该 能够
开始 成为 得到 来说 作为 以上 以下 比较 还要 主要 相关 有关 根据 关于 什么 怎么 为什么 如何 为了 因此
表示 认为 指出 介绍 透露 强调 称为 进行 记者 报道 报讯 本报 消息 据悉 日前 近日 昨天 今天 明天 昨日
今日 今年 去年 明年 目前 当天 当日 发现 出现 继续 希望 表现 提供 已 经 正在 曾经 将会 已然 并不 并非
这次 此次 本次 这一 该 其 之 与 及 等 对 在 从 向 由 被 把 让 给 的 了 是 和 或 而
""".split())
_STOP_LATIN = frozenset("""
a an and are as at be but by for from has have in is it its of on or that the this to was were will with
we you he she they i not no new com www http https cn html
""".split())

_CJK_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9]*(?:[.+&'\-][a-z0-9]+)*\+*")
_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# A name of several capitalised Latin words: `Scale AI`, `Google DeepMind`, `EOS 7D`.
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:[.+&'\-][A-Za-z0-9]+)*(?: (?:[A-Z0-9][A-Za-z0-9]*(?:[.+&'\-][A-Za-z0-9]+)*))+\b")


@dataclass(frozen=True)
class TextAnalysis:
    """The terms of one article, with title words weighted, plus what tags need to show them."""

    terms: tuple[str, ...]  # normalised (Simplified, lowercase Latin), sorted
    counts: np.ndarray  # int32 occurrences, title ones counted TITLE_WEIGHT times
    hashes: np.ndarray  # uint64 key of each term, the same in every process and run
    title_hashes: np.ndarray  # uint64 keys of the title's terms, sorted
    spellings: tuple[tuple[str, str], ...]  # term -> how the article writes it, for Latin names
    # Whether each term may be a tag, as far as the text tells (see `tag_candidates`). None in
    # analyses cached by an older digest: then computed when needed.
    tag_ok: np.ndarray | None = None


def analyze(title: str, text: str) -> TextAnalysis:
    """Segment title and text into terms. Pure: the same inputs give the same analysis."""
    body = _term_counts(text[:MAX_TEXT_CHARS])
    head = _term_counts(title)
    for term, count in head.items():
        body[term] = body.get(term, 0) + count * TITLE_WEIGHT
    # Interned: the same term is then the same string in every analysis of this process, so a
    # batch of them sent from a parse worker pickles each distinct term once (see load.py).
    terms = tuple(map(sys.intern, sorted(body)))
    spellings = _latin_spellings(f"{title}\n{text}", body)
    return TextAnalysis(
        terms=terms,
        counts=np.array([body[t] for t in terms], dtype=np.int32),
        hashes=term_hashes(terms),
        title_hashes=np.sort(term_hashes(list(head))),
        spellings=spellings,
        tag_ok=_tag_ok(terms, spellings),
    )


def tag_candidates(analysis: TextAnalysis) -> np.ndarray:
    """Which of the article's terms may be tags as far as its text tells: a Latin name of
    several words stands in for its words, and a Latin word only counts when the article
    spells it as a name (`OpenAI`, not `openai` in a URL)."""
    if analysis.tag_ok is not None:
        return analysis.tag_ok
    return _tag_ok(analysis.terms, analysis.spellings)


def _tag_ok(terms: tuple[str, ...], spellings: tuple[tuple[str, str], ...]) -> np.ndarray:
    spelled = {term for term, _ in spellings}
    in_names = {word for term in terms if " " in term for word in term.split()}
    return np.array([term not in in_names and (term in spelled or not term.isascii()) for term in terms], dtype=bool)


def analyze_many(pairs: Sequence[tuple[str, str]], workers: int | None = None) -> list[TextAnalysis]:
    """`analyze` over many (title, text) pairs, in worker processes when there are enough to pay
    for starting them. The result is the same either way."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers <= 1 or len(pairs) < PARALLEL_MIN_TEXTS:
        return [analyze(title, text) for title, text in pairs]
    chunk = max(50, len(pairs) // (workers * 4))
    # fork is cheapest but unsafe beside other threads (the dev server has some): then a
    # forkserver, which starts clean. A pool that cannot start falls back to this process.
    method = "fork" if threading.active_count() == 1 and "fork" in get_all_start_methods() else "forkserver"
    try:
        with ProcessPoolExecutor(workers, mp_context=get_context(method)) as pool:
            return list(pool.map(_analyze_pair, pairs, chunksize=chunk))
    except (BrokenProcessPool, OSError, RuntimeError):
        return [analyze(title, text) for title, text in pairs]


def _analyze_pair(pair: tuple[str, str]) -> TextAnalysis:
    return analyze(*pair)


def prepare_text(text: str) -> str:
    """Full-width letters to ASCII and Traditional characters to Simplified, so that `ＡＩ` and
    `AI`, `數據` and `数据` are the same word. Both steps run only when they have work to do."""
    if _FULLWIDTH_ALNUM.search(text):
        text = unicodedata.normalize("NFKC", text)
    if _traditional_chars().search(text):
        text = _t2s().convert(text)
    return text


def term_hashes(terms: Sequence[str]) -> np.ndarray:
    """64-bit keys of terms, the same in every process and run (Python's hash() is not)."""
    known = _HASHES.get
    return np.array([known(term) or _new_hash(term) for term in terms], dtype=np.uint64)


def _new_hash(term: str) -> int:
    key = _HASHES[term] = int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little") or 1
    return key


_HASHES: dict[str, int] = {}


def _term_counts(text: str) -> dict[str, int]:
    # Lowercase first, so that a term is always spelled as its token (`OpenAI` -> `openai`).
    counts = Counter(_segment(prepare_text(text).lower()))
    # Most tokens were seen before: sort them with set operations, which run in C. (A
    # one-argument difference walks the small set; several arguments would walk the memos.)
    tokens = set(counts)
    for token in tokens.difference(_TERMS).difference(_NOT_TERMS):
        (_TERMS if _is_term(token) else _NOT_TERMS).add(token)
    terms = {token: counts[token] for token in tokens.intersection(_TERMS)}
    for name in _LATIN_NAME.findall(text):
        key = name.lower()
        terms[key] = terms.get(key, 0) + 1
    return terms


# Tokens seen so far, sorted by whether they are terms (a per-process memo of `_is_term`).
_TERMS: set[str] = set()
_NOT_TERMS: set[str] = set()


def _segment(text: str) -> list[str]:
    import rjieba  # imported here: loading the dictionary is only paid for when text is analysed

    return rjieba.cut(text)


def _is_term(token: str) -> bool:
    """Whether a (lowercased) token carries a subject: not punctuation, a number, a single
    character or a function word."""
    if _CJK_WORD.fullmatch(token):
        return token not in _STOP_CJK
    return (token.isascii() and len(token) >= MIN_LATIN_LEN and token not in _STOP_LATIN
            and _LATIN_WORD.fullmatch(token) is not None)


def _latin_spellings(text: str, terms: dict[str, int]) -> tuple[tuple[str, str], ...]:
    """For each Latin term, the spelling the article uses most (`OpenAI`, not `openai`)."""
    seen: dict[str, Counter[str]] = {}
    for match in re.finditer(r"[A-Za-z][A-Za-z0-9.+&'\- ]*[A-Za-z0-9+]|[A-Za-z]", text):
        for candidate in _spelling_candidates(match.group()):
            key = candidate.lower()
            if key in terms:
                seen.setdefault(key, Counter())[candidate] += 1
    return tuple(sorted((key, min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]) for key, c in seen.items()))


def _spelling_candidates(run: str) -> list[str]:
    words = run.split()
    return words + _LATIN_NAME.findall(run)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern[str]:
    """A character class of every character OpenCC changes from Traditional to Simplified,
    taken from OpenCC itself, so that Simplified text skips the conversion."""
    chars = [chr(code) for code in range(0x3400, 0xA000)]
    converted = _t2s().convert("\n".join(chars)).split("\n")
    changed = "".join(c for c, s in zip(chars, converted) if c != s)
    return re.compile(f"[{re.escape(changed)}]")
