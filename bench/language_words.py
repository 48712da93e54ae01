"""The words the language uses often (digest/index/language.txt, read by digest/index/language.py),
made from jieba's document frequencies:

    pip download --no-deps jieba==0.42.1 -d /tmp/jieba && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    /work/venv/bin/python bench/language_words.py /tmp/jieba/jieba-0.42.1/jieba/analyse/idf.txt

jieba (MIT) ships `analyse/idf.txt`: the inverse document frequency, ln(N / df), of 270,131
words over about a million documents (its largest idf, 13.90, is a word of one document), for
keyword extraction. Kept: the words whose idf is under COMMON_IDF (used by at least one document
in 3,000: 公司, 地震, 台风), folded as digest folds a text's words (Traditional to Simplified,
lowercase), each with its idf to two decimals, the commonest first. Rarer words are left out: as a
prior they weigh less than a twentieth of one article (see digest/index/language.py)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.index.analysis import prepare_text  # noqa: E402
from digest.index.language import COMMON_IDF, TABLE  # noqa: E402


def common_words(path: Path) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, idf = line.rpartition(" ")
        if not word or float(idf) >= COMMON_IDF:
            continue
        word = prepare_text(word).lower()
        found[word] = min(found.get(word, float(idf)), float(idf))  # a folded word: its commoner spelling
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("idf", type=Path, help="jieba's analyse/idf.txt")
    args = parser.parse_args()
    words = common_words(args.idf)
    lines = [f"{word} {idf:.2f}" for word, idf in sorted(words.items(), key=lambda item: (item[1], item[0]))]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
