"""The character merges of search's fold (digest/search/terms.py, CHAR_MERGES), made from
OpenCC's dictionaries:

    git clone https://github.com/BYVoid/OpenCC /tmp/opencc
    /work/venv/bin/python bench/search_char_merges.py /tmp/opencc/data/dictionary

Search folds Traditional to Simplified one character at a time (OpenCC's t2s of each character
alone). Some characters are both Traditional and Simplified and stay as they are, though Taiwan
or Hong Kong write them where the mainland writes another (著陸 / 着陆, 計畫 / 计划, 瞭解 / 了解).
Those show where OpenCC's phrase conversions (STPhrases: Simplified -> Traditional, TSPhrases:
Traditional -> Simplified) disagree with the character fold: every (folded Traditional
character, Simplified character) that differs, in two or more phrases, is a merge; so is each
Taiwan or Hong Kong variant character (TWVariants, HKVariants) that folds apart from its OpenCC
form. Printed as CHAR_MERGES is written, in the order found."""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.search import terms

terms.CHAR_MERGES = ""  # the fold without merges: what they must make up for

from digest.search.variants import fold_text


def entries(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        for value in values.split():
            yield key, value


def merges(folder: Path, least: int = 2) -> list[str]:
    found: collections.Counter = collections.Counter()
    for name, simplified_first in (("STPhrases", True), ("TSPhrases", False)):
        for key, value in entries(folder / f"{name}.txt"):
            simplified, traditional = (key, value) if simplified_first else (value, key)
            folded, plain = fold_text(traditional), fold_text(simplified)
            if len(folded) == len(plain):
                found.update((a, b) for a, b in zip(folded, plain) if a != b)
    pairs = [a + b for (a, b), count in found.items() if count >= least]
    for name in ("TWVariants", "HKVariants"):
        for standard, variant in entries(folder / f"{name}.txt"):
            a, b = fold_text(variant), fold_text(standard)
            if a != b and len(a) == len(b) == 1:
                pairs.append(a + b)
    return list(dict.fromkeys(pairs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", type=Path, help="OpenCC's data/dictionary folder")
    parser.add_argument("--least", type=int, default=2, help="phrases a merge must be seen in (default 2)")
    args = parser.parse_args()
    print(" ".join(merges(args.dictionary, args.least)))


if __name__ == "__main__":
    main()
