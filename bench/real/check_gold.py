"""Check the real-page gold files against their pages: every string the gold quotes must be in
the page. `python bench/real/check_gold.py [ids...]` prints the problems and a summary."""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

PAGES = Path(__file__).resolve().parent / "pages"
KINDS = {"portal", "national", "local", "government", "finance", "tech", "wechat", "farm",
         "traditional", "forum", "blog", "other"}
BASIC_KEYS = ("url", "site", "kind", "spun")
FULL_KEYS = ("headline", "date", "source", "first_sentence", "furniture")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$")


def problems(gold_path: Path) -> list[str]:
    found: list[str] = []
    text_path = gold_path.with_suffix(".txt")
    if not text_path.is_file():
        return [f"{text_path.name} is missing"]
    text = text_path.read_text(encoding="utf-8")
    lines = {line.strip() for line in text.splitlines()}
    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"YAML: {exc}"]
    # the extra pages (`f…`, FORMAT.md) may give only what they were collected for: they count
    # only for the measures whose gold they have
    keys = BASIC_KEYS if gold_path.stem.startswith("f") else BASIC_KEYS + FULL_KEYS
    for key in keys:
        if key not in gold:
            found.append(f"missing key {key}")
    if gold.get("kind") not in KINDS:
        found.append(f"kind {gold.get('kind')!r} not one of {sorted(KINDS)}")
    if gold.get("headline") and str(gold["headline"]) not in text:
        found.append(f"headline not in the text: {gold['headline']!r}")
    if gold.get("first_sentence") and str(gold["first_sentence"]) not in text:
        found.append(f"first_sentence not in the text: {gold['first_sentence']!r}")
    if gold.get("date") is not None and not DATE.match(str(gold["date"])):
        found.append(f"date {gold['date']!r} is not 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (quote it)")
    for line in gold.get("furniture") or []:
        if not isinstance(line, str):
            found.append(f"furniture line is read as a {type(line).__name__}, not text: quote it ({line!r})")
        elif line.strip() not in lines:
            found.append(f"furniture line is not a whole line of the text: {line!r}")
    if gold.get("copy_of") and not (PAGES / f"{gold['copy_of']}.yaml").is_file():
        found.append(f"copy_of {gold['copy_of']} does not exist")
    return found


def main(ids: list[str]) -> int:
    paths = [PAGES / f"{name}.yaml" for name in ids] if ids else sorted(PAGES.glob("*.yaml"))
    bad = 0
    sites: Counter[str] = Counter()
    for path in paths:
        for problem in problems(path):
            print(f"{path.name}: {problem}")
            bad += 1
        try:
            sites[yaml.safe_load(path.read_text(encoding="utf-8")).get("site")] += 1
        except Exception:
            pass
    print(f"{len(paths)} pages, {len(sites)} sites, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
