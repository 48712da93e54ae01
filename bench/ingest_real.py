#!/usr/bin/env python3
"""How `digest ingest` does on real pages: the hand-checked set in bench/real/ (SOURCE.md).

    python bench/ingest_real.py [--split tune|holdout|all] [--kind all|text|html] [--show N] [--kinds] [--html DIR]

Text pages (`bench/real/pages/<id>.txt` with gold `<id>.yaml`) and saved HTML pages (gold
`bench/real/html.yaml`; the files, third-party fixtures not in this repository, in
../shared/corpus/real-html/ or `--html DIR`: bench/real/html/SOURCE.md) are ingested as
one batch, as a curator would feed them, with the example article (../shared/seeds/) beside its
real copies. A third of the pages (by a hash of their id) is the holdout: never looked at while
tuning, measured at the end. Prints a table per split; `--show N` lists up to N failures of each
kind (only for the split asked for). Exits 1 when a floor of issue 13 is missed.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from digest.ingest.chinese import for_matching, simplified  # noqa: E402
from digest.ingest.markdown_text import unescape_markdown  # noqa: E402
from digest.ingest.markers import PLANTED_RUN, remove_markers  # noqa: E402
from digest.ingest.model import CleanArticle  # noqa: E402
from digest.ingest.run import ingest_paths  # noqa: E402
from digest.ingest.settings import IngestSettings  # noqa: E402

REAL = HERE / "real"
SHARED = HERE.parents[1] / "shared"
HTML_DIR = SHARED / "corpus" / "real-html"
SEED = SHARED / "seeds" / "000_065f8897d4698395.txt"
SEED_DATE = "2025-06-14"  # the example article's date (content/2025/06/meta-scale-ai-kehu-liushi.md)
FLOORS = {"headlines exact": 0.97, "stated dates right": 0.98, "sources right": 0.95,
          "furniture removed": 0.95}
MAX_LOST = 0.005
TAIL_ALLOWED = 40  # characters after the article's last sentence: a signature or `（完）`, not a related list
MIN_TWIN_CHARS = 30
MAX_ABOVE_HEADLINE = 20  # a channel's or a breadcrumb's words before a headline run into the text
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")  # a tag in a page's text is markup, not what it says
_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,24}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})*[)）]")  # (glued syllables: `(shuōdào)`)


def holdout(page_id: str) -> bool:
    return int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 3 == 0


@dataclass
class Case:
    id: str
    file: Path
    kind: str  # text or html
    gold: dict
    split: str = field(init=False)

    def __post_init__(self) -> None:
        self.split = "holdout" if holdout(self.id) else "tune"


def load_cases(html_dir: Path = HTML_DIR) -> list[Case]:
    cases = [Case(path.stem, path.with_suffix(".txt"), "text", yaml.safe_load(path.read_text(encoding="utf-8")))
             for path in sorted((REAL / "pages").glob("*.yaml")) if path.with_suffix(".txt").is_file()]
    html_gold = REAL / "html.yaml"
    entries = yaml.safe_load(html_gold.read_text(encoding="utf-8")) or [] if html_gold.is_file() else []
    for entry in entries:
        path = html_dir / entry["file"]
        if path.is_file():
            cases.append(Case("html:" + entry["file"], path, "html", entry))
    missing = len(entries) - sum(case.kind == "html" for case in cases)
    if missing:
        print(f"{missing} of {len(entries)} saved HTML pages are not in {html_dir}: "
              "bench/real/html/SOURCE.md says how to put them back", file=sys.stderr)
    return cases


def plain(text: str) -> str:
    """Comparable text: NFKC, no whitespace, no Markdown marks, no HTML tags, no emoji markers and no
    runs of symbols inside a line (what the page says, not what a farm planted in it)."""
    text = _MARKUP.sub("", re.sub(r"(?m)^#{1,6} ", "", text))
    text = _PINYIN.sub("", PLANTED_RUN.sub("", remove_markers(unescape_markdown(text))[0]))
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def ingest(cases: list[Case], work: Path, settings: IngestSettings | None = None) -> dict[str, tuple[str, CleanArticle | None, str]]:
    """id -> (status, article, the output it went to or joined)."""
    inputs = work / "inputs"
    inputs.mkdir(parents=True)
    names = {}
    for case in cases:
        name = case.id.replace(":", "-") + case.file.suffix
        shutil.copyfile(case.file, inputs / name)
        names[name] = case.id
    if SEED.is_file():
        shutil.copyfile(SEED, inputs / "seed.txt")
        names["seed.txt"] = "seed"
    project = work / "site"
    project.mkdir()
    (project / "digest.yaml").write_text("title: bench\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    result = ingest_paths(project, [inputs], settings or IngestSettings())
    return {names[Path(outcome.input).name]: (outcome.status, outcome.article, outcome.duplicate_of or outcome.output)
            for outcome in result.outcomes}


MIN_LEAD_MATCH = 12  # characters of the gold's first sentence that say a body line is the lead


def furniture_left(line: str, body_lines: list[str], title: str, gold_headline: str = "") -> bool:
    """A furniture line is left when a line of the output is it, or most of it. (The headline
    printed a second time is furniture the page holds twice: kept as the title, it is not left.)"""
    wanted = plain(line)
    if not wanted:
        return False
    for got in body_lines:
        if not got:
            continue
        if wanted in got and len(wanted) >= 0.5 * len(got):
            return True
        if got in wanted and len(got) >= 4 and len(got) >= 0.5 * len(wanted):
            return True
    # furniture taken for the headline (a breadcrumb, a channel); not a headline that a furniture
    # line repeats (`原标题：<the headline>`)
    headline = plain(title)
    if gold_headline and wanted == plain(gold_headline):
        return False
    return bool(headline) and wanted in headline and len(wanted) >= 0.5 * len(headline)


# the headline's info line run in after it (`…备种明年春耕发布时间:2023-12-04 来源:X`): the headline's line, no text
_RUN_IN_INFO = re.compile(r"[|｜(（【\[]?(?:(?:19|20)\d{2}[-/.年]|(?:发布|發布|發佈|更新)?(?:时间|時間|日期)[:：]|(?:来源|來源|作者)[:：])")


def gold_body(case: Case) -> str:
    """The page's article text: its lines but the headline line and the furniture."""
    gold = case.gold
    furniture = {plain(line) for line in gold.get("furniture") or []}
    headline = plain(gold.get("headline") or "")
    first = _PINYIN.sub("", plain(str(gold.get("first_sentence") or "")))[:30]
    lines = case.file.read_text(encoding="utf-8").splitlines()
    kept, headline_seen = [], False
    for line in lines:
        key = plain(line)
        if not key or key in furniture:
            continue
        if headline and not headline_seen and (key == headline or (headline in key and len(key) <= len(headline) + 8)
                                               or (key.startswith(headline) and _RUN_IN_INFO.match(key[len(headline):]))):
            headline_seen = True
            continue
        if headline and headline_seen and key == headline:
            continue  # the headline printed again, which the gold does not list (a furniture line equal to the headline is never counted left)
        if headline and not headline_seen and 0 <= key.find(headline) <= MAX_ABOVE_HEADLINE and first and first in key:
            # a page scraped as one line: its headline (and info) run into the text, which starts
            # at the gold's first sentence
            headline_seen = True
            key = key[key.index(first):]
        # question marks for an indent lost to an encoding (`??今年…`): no part of the text (the
        # gold's first sentences leave them out)
        key = re.sub(r"^\?{1,6}(?=[^?]|$)", "", key)
        if not key:
            continue
        for token in gold.get("spam_tokens") or []:  # planted words a farm stamped on lines
            token = plain(token)
            while token and key.startswith(token):
                key = key[len(token):]
        # a paragraph the page prints twice (a summary above the headline, whole or cut off) is one
        # paragraph of text: a tool that keeps one copy loses nothing
        twin = next((position for position, other in enumerate(kept) if len(key) >= MIN_TWIN_CHARS
                     and len(other) >= MIN_TWIN_CHARS and (other.startswith(key[:MIN_TWIN_CHARS]) or key.startswith(other[:MIN_TWIN_CHARS]))), None)
        if twin is None:
            kept.append(key)
        elif len(key) > len(kept[twin]):
            kept[twin] = key
    return _PINYIN.sub("", "".join(kept))


def lost_chars(truth: str, output: str) -> int:
    matched = sum(block.size for block in SequenceMatcher(None, truth, output, autojunk=False).get_matching_blocks())
    return len(truth) - matched


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    def share(self) -> float:
        return self.right / self.total if self.total else 1.0

    def cell(self) -> str:
        return f"{self.right}/{self.total} ({self.share():.1%})" if self.total else "-"


def score(cases: list[Case], outputs: dict, now: datetime) -> dict[str, Tally | tuple[int, int]]:
    tallies = {name: Tally() for name in ("headlines exact", "stated dates right", "sources right", "no source where none is named",
                                          "furniture removed", "body starts right", "body ends right",
                                          "spun/shuffled flagged",
                                          "clean pages not flagged", "no future date", "copies merged")}
    lost = total_body = 0
    groups: dict[str, list[str]] = {}
    group_of = {case.id: case.gold.get("copy_of") or case.id for case in cases}
    named_by_copies: dict[str, set[str]] = {}
    for case in cases:
        if case.gold.get("source"):
            named_by_copies.setdefault(group_of[case.id], set()).add(plain(str(case.gold["source"])))
    for case in cases:
        gold = case.gold
        status, article, target = outputs.get(case.id, ("missing", None, ""))
        if article is None:
            tallies["headlines exact"].add(False, f"{case.id}: {status}")
            continue
        if gold.get("headline"):
            tallies["headlines exact"].add(plain(article.title) == plain(str(gold["headline"])),
                                           f"{case.id}: {article.title!r} want {gold['headline']!r}")
        if gold.get("date"):
            want = str(gold["date"]).replace(" ", "T")
            tallies["stated dates right"].add(article.date.value.startswith(want),
                                              f"{case.id}: {article.date.value} ({article.date.confidence}) want {want}")
        day = article.date.value[:10]
        tallies["no future date"].add(day <= now.date().isoformat(), f"{case.id}: {article.date.value} {article.date.evidence}")
        if "source" in gold and not gold.get("source") and status != "duplicate":
            # a page merged with its copies carries the source a copy names (publish.converged)
            tallies["no source where none is named"].add(not article.source or plain(article.source) in named_by_copies.get(
                group_of.get(case.id, ""), set()), f"{case.id}: {article.source!r}")
        if gold.get("source"):
            accepted = {plain(str(name)) for name in [gold["source"], *(gold.get("source_also") or [])]}
            tallies["sources right"].add(plain(article.source) in accepted, f"{case.id}: {article.source!r} want {gold['source']!r}")
        body_lines = [plain(line) for line in article.body.splitlines() if line.strip()]
        # (the line the gold's first sentence starts is the text's, even when a furniture line holds it
        # all: `摘要: <the lead>` over the lead)
        lead = _PINYIN.sub("", plain(str(gold.get("first_sentence") or "")))[:MIN_LEAD_MATCH]
        at = next((index for index, line in enumerate(body_lines) if len(lead) == MIN_LEAD_MATCH and line.startswith(lead)), None)
        body_lines = body_lines if at is None else body_lines[:at] + body_lines[at + 1:]  # (once: a copy of the lead is furniture)
        for line in gold.get("furniture") or []:
            tallies["furniture removed"].add(not furniture_left(str(line), body_lines, article.title, str(gold.get("headline") or "")),
                                               f"{case.id}: {line!r}")
        body = plain(article.body)
        if gold.get("first_sentence"):
            first = _PINYIN.sub("", plain(str(gold["first_sentence"])))
            # (question marks for an indent an encoding lost, on either side, are no part of the text: as gold_body reads them)
            first, start = (re.sub(r"^\?{1,6}(?=[^?]|$)", "", text) for text in (first, body))
            tallies["body starts right"].add(start.startswith(first[:30]), f"{case.id}: {start[:40]!r} want {first[:40]!r}")
        if gold.get("last_sentence"):  # saved HTML pages: the whole article, so its end is known
            last = plain(str(gold["last_sentence"]))[-30:]
            at = body.rfind(last)
            tail = body[at + len(last):] if at >= 0 else body[-40:]
            tallies["body ends right"].add(at >= 0 and len(tail) <= TAIL_ALLOWED,
                                           f"{case.id}: {'…' + tail[:60] if at >= 0 else 'ends ' + repr(tail)} want …{last!r}")
        flagged = any(warning.check == "shuffled_text" for warning in article.warnings)
        if gold.get("spun"):
            tallies["spun/shuffled flagged"].add(flagged, f"{case.id}")
        else:
            tallies["clean pages not flagged"].add(not flagged, f"{case.id}")
        if case.kind == "text" and "furniture" in gold:  # pages whose gold lists no furniture do not count
            truth = gold_body(case)
            missing = lost_chars(simplified(truth), simplified(body))  # (a copy merged into its twin in the other script loses nothing)
            if missing > max(20, 0.01 * len(truth)):
                tallies.setdefault("pages losing text", Tally()).add(False, f"{case.id}: {missing} of {len(truth)} characters")
            lost += missing
            total_body += len(truth)
        if gold.get("copy_of") or any(other.gold.get("copy_of") == case.id for other in cases):
            groups.setdefault(gold.get("copy_of") or case.id, []).append(target)
    for head, targets in groups.items():
        tallies["copies merged"].add(len(set(targets)) == 1, f"{head}: {sorted(set(targets))}")
    tallies.setdefault("pages losing text", Tally())
    return tallies | {"body characters lost": (lost, total_body)}


def miss_kinds(cases: list[Case], outputs: dict) -> dict[str, int]:
    """Counts of the kinds of misses (no page named): what a split's misses are made of, which
    the holdout may be asked too."""
    counts: dict[str, int] = {}

    def add(kind: str) -> None:
        counts[kind] = counts.get(kind, 0) + 1
    for case in cases:
        status, article, _ = outputs.get(case.id, ("missing", None, ""))
        if article is None:
            continue
        gold = case.gold
        if gold.get("source") and plain(article.source) not in {plain(str(name)) for name in [gold["source"], *(gold.get("source_also") or [])]}:
            add("source: none found" if not article.source else "source: another name")
            text = case.file.read_text(encoding="utf-8", errors="replace") if case.kind == "text" else ""
            add("source: the gold's name is on the page" if plain(str(gold["source"])) in plain(text) else "source: the gold's name is not on the page")
        if gold.get("headline") and plain(article.title) != plain(str(gold["headline"])):
            title, want = plain(article.title), plain(str(gold["headline"]))
            add("headline: the gold's with more around it" if want in title else
                "headline: part of the gold's" if title in want else "headline: another line")
        if gold.get("date") and not article.date.value.startswith(str(gold["date"]).replace(" ", "T")):
            same_day = article.date.value[:10] == str(gold["date"])[:10]
            add(f"date: {article.date.confidence}" + (", the right day" if same_day else ""))
    return dict(sorted(counts.items()))


def seed_check(cases: list[Case], outputs: dict) -> str:
    """The example and its real copies (the gold group whose headline is the example's): one
    article, with the example's date."""
    if "seed" not in outputs:
        return "-"
    heads = {case.id for case in cases if "Scale遭遇客" in for_matching(str(case.gold.get("headline") or ""))
             and not case.gold.get("copy_of")}
    group = ["seed"] + [case.id for case in cases if case.id in heads or case.gold.get("copy_of") in heads]
    targets = {outputs[key][2] for key in group if key in outputs}
    merged = outputs["seed"][1]
    target_article = next((outputs[key][1] for key in group if outputs[key][0] != "duplicate"), merged)
    return (f"{len(group)} inputs ({', '.join(group)}) -> {len(targets)} article(s), dated "
            f"{target_article.date.value} ({target_article.date.confidence}; want {SEED_DATE})")


def round_of(case: Case) -> str:
    """A text page's collecting round: the letters its id starts with (`a` … `z`, then `za` …)."""
    return "html" if case.kind == "html" else page_round(case.id)


def page_round(page_id: str) -> str:
    return re.match(r"[a-z]*", page_id).group(0)


def parse_rounds(text: str, known: set[str] = frozenset()) -> set[str]:
    """`abc` (one-letter rounds run together), `za` (a round of that name, when there is one) or
    `y,z,za` (any rounds, by commas)."""
    if "," in text:
        return {name.strip() for name in text.split(",") if name.strip()}
    return {text} if text in known else set(text)


def by_round(cases: list[Case], outputs: dict, now: datetime) -> str:
    """Headlines, furniture and lost text per collecting round: pages of one round were collected
    together, blind to the code of their time, so each round left out of the tuning is a fresh test."""
    rounds = sorted({round_of(case) for case in cases}, key=lambda name: (len(name), name))
    rows = {name: [] for name in ("pages", "headlines exact", "furniture removed", "body characters lost")}
    for name in rounds:
        members = [case for case in cases if round_of(case) == name]
        tallies = score(members, outputs, now)
        lost, total = tallies["body characters lost"]
        rows["pages"].append(str(len(members)))
        for measure in ("headlines exact", "furniture removed"):
            tally = tallies[measure]
            rows[measure].append(f"{tally.share():.1%} ({tally.total - tally.right})" if tally.total else "-")
        rows["body characters lost"].append(f"{lost / total:.2%}" if total else "-")
    lines = ["| tune, by round | " + " | ".join(rounds) + " |", "|---|" + "---|" * len(rounds)]
    lines += [f"| {measure} | " + " | ".join(cells) + " |" for measure, cells in rows.items()]
    return "\n".join(lines) + "\n(share right, misses in brackets)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--show", type=int, default=0, help="list up to N failures of each kind (tune split only)")
    parser.add_argument("--kind", choices=("all", "text", "html"), default="all",
                        help="score only the text or only the saved HTML pages (all are ingested as one batch)")
    parser.add_argument("--html", type=Path, default=HTML_DIR, help="folder of the saved HTML pages of html.yaml")
    parser.add_argument("--kinds", action="store_true", help="print counts of the kinds of misses per split (no page named)")
    parser.add_argument("--by-round", action="store_true", help="print headlines, furniture and lost text per collecting "
                        "round of the tune split (the id's first letter; `html` for the saved HTML pages): a change "
                        "that helps only the round studied shows as one column moving")
    parser.add_argument("--rounds", default="", help="score only the text pages of these collecting rounds, by the "
                        "letters their ids start with (`abcdef`: the first set; `g`, `h`: later rounds; `y,z,za`: "
                        "by commas, for rounds of two letters)")
    args = parser.parse_args()
    cases = load_cases(args.html)
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    now = datetime.now()
    splits = ["tune", "holdout", "all"] if args.split == "all" else [args.split]
    scored = [case for case in cases if args.kind in ("all", case.kind)
              and (not args.rounds or (case.kind == "text" and round_of(case) in parse_rounds(args.rounds, {round_of(case) for case in cases})))]
    results = {name: score([case for case in scored if name == "all" or case.split == name], outputs, now)
               for name in splits}
    sites = {case.gold.get("site") or case.gold.get("outlet") for case in cases}
    print(f"{len(cases)} real pages ({sum(c.kind == 'html' for c in cases)} HTML) from {len(sites)} sites; "
          f"holdout {sum(c.split == 'holdout' for c in cases)}")
    print()
    print("| measure | " + " | ".join(splits) + " | floor |")
    print("|---|" + "---|" * len(splits) + "---|")
    failed = False
    for name in results[splits[0]]:
        cells = []
        for split in splits:
            value = results[split][name]
            if isinstance(value, tuple):
                cells.append(f"{value[0]}/{value[1]} ({value[0] / max(1, value[1]):.2%})")
            else:
                cells.append(value.cell())
        floor = FLOORS.get(name)
        floor_text = f"≥ {floor:.0%}" if floor else ("≤ 0.5%" if name == "body characters lost" else
                                                      ("all" if name in ("no future date", "copies merged", "spun/shuffled flagged") else ""))
        print(f"| {name} | " + " | ".join(cells) + f" | {floor_text} |")
        for split in splits:
            value = results[split][name]
            if isinstance(value, Tally) and floor and value.share() < floor:
                failed = True
            if name == "no future date" and isinstance(value, Tally) and value.right < value.total:
                failed = True
            if name == "body characters lost" and value[0] > MAX_LOST * max(1, value[1]):
                failed = True
    print()
    print("example and its copies:", seed_check(cases, outputs))
    if args.by_round:
        print()
        print(by_round([case for case in cases if case.split == "tune"], outputs, now))
    if args.kinds:
        for split in splits:
            print(f"\nkinds of misses, {split}:", miss_kinds([case for case in scored if split == "all" or case.split == split], outputs))
    if args.show and args.split == "tune":  # the holdout is measured, never inspected
        for name, value in results[args.split].items():
            if isinstance(value, Tally) and value.misses:
                print(f"\n{name}: {len(value.misses)} missed")
                for miss in value.misses[:args.show]:
                    print("  " + miss)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
