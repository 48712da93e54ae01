#!/usr/bin/env python3
"""Noisy variants of clean THUCNews articles, with the truth to score a cleaner against.

    python bench/ingest_noise.py OUTDIR [--n 1000] [--split heldout] [--seed 1] [--mix]

writes OUTDIR/inputs/*.txt|*.html (what a scraper saved) and OUTDIR/truth.jsonl (per file: title,
source, paragraphs, the planted tokens and markers). The noise is the NOISE.md kinds, with this
file's own vocabularies (ingest_vocab.py, split in `tune` and `heldout` halves): a spam token
(place, brand, common word or Latin string) at the start of the title and of most paragraphs, with
or without a space, sometimes followed by an emoji marker, and a legitimate mid-sentence mention now
and then; emoji markers in ASCII or full-width parentheses; boilerplate lines; a source line in many
formats; related-news blocks under many headers; GB18030, BOM, CRLF, entities, zero-width and
full-width spaces; saved HTML pages. `--mix` builds each article from sentences of several
THUCNews articles, so that N can exceed the corpus without near-duplicates (for the speed bench).
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import ingest_vocab as vocab

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "thucnews-cnews-1k" / "cnews.val.1000.txt"
# The corpus's own leftovers (credits, lists of links, portal and game-site furniture) are not
# clean text: such articles are skipped, so the truth is the article's own text.
_DIRTY = re.compile(r"责任编辑|相关报道|相关新闻|相关阅读|我要评论|原标题|（完）|\(完\)|http|www\.|【|】|编辑：|来源：|声明|转载|版权|"
                    r"更多信息请访问|特别说明|下载方式|交流群|客服电话|\t")
_SENTENCE = re.compile(r".+?(?:[。！？]+[”’」）)]*|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HAN_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


@dataclass
class Clean:
    title: str
    paragraphs: list[str]  # headings are paragraphs too, listed in `headings`
    headings: list[str] = field(default_factory=list)


def load_articles() -> list[tuple[str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        text = _CONTROL.sub("", text).strip()  # the corpus has stray control characters (DEL): not text
        if 300 <= len(text) <= 6000 and not _DIRTY.search(text):
            rows.append((label, text))
    return rows


def split_title(text: str) -> tuple[str, str]:
    """THUCNews fuses title and body: the title is what comes before the first space (when that
    is a sensible length), else the first 20 characters."""
    space = text.find(" ")
    cut = space if 6 <= space <= 30 else 20
    return text[:cut].strip(), text[cut:].strip().lstrip("，、；：,;:。")


def make_clean(rng: random.Random, text: str, donors: list[str]) -> Clean:
    title, body = split_title(text)
    sentences = list(dict.fromkeys(sentences_of(body)))  # the corpus repeats a passage now and then: an article does not
    if donors:  # --mix: a window of sentences from each of several articles, headed by its first clause
        sentences = []
        for donor in [text, *donors]:
            pieces = sentences_of(split_title(donor)[1])
            start = rng.randrange(max(1, len(pieces) - 3))
            sentences += [_vary(rng, piece) for piece in pieces[start:start + rng.randint(3, 8)]]
        title = re.split(r"[，。！？：；]", sentences[0])[0][:24] or title
    paragraphs, headings = [], []
    while sentences:
        take = rng.randint(1, 4)
        paragraphs.append("".join(sentences[:take]))
        sentences = sentences[take:]
    for _ in range(rng.choice((0, 0, 1, 2))):
        heading = _heading_from(rng, paragraphs)
        # a heading is said once, and is not a whole paragraph of the article
        if heading and len(paragraphs) > 3 and heading not in paragraphs:
            at = rng.randint(1, len(paragraphs) - 2)
            paragraphs.insert(at, heading)
            headings.append(heading)
    return Clean(title, paragraphs, headings)


def _vary(rng: random.Random, sentence: str) -> str:
    """The same corpus sentence reused by many mixed articles must not look like boilerplate
    repeated across stories: each copy gets a word of its own."""
    at = rng.randrange(len(sentence)) if sentence else 0
    return sentence[:at] + rng.choice(_FILLER) + sentence[at:]


_FILLER = "据悉 同时 此外 另外 目前 近日 随后 其中 然而 因此 不过 总之 首先 其次 最后 尤其 特别 显然 确实 大约".split()


def _heading_from(rng: random.Random, paragraphs: list[str]) -> str:
    clauses = [c for p in paragraphs for c in re.split(r"[，。！？；：、“”]", p) if 6 <= len(c) <= 16]
    clauses = [c for c in clauses if re.search(r"[\u4e00-\u9fff]{4}", c) and not c[-1].isdigit()]
    return rng.choice(clauses) if clauses else ""


class Noise:
    def __init__(self, rng: random.Random, split: str, markers: str = "parentheses", stamps: str = "start",
                 furniture: str = "ours", layout: str = "ours") -> None:
        """`markers`: "parentheses" (an emoji in ASCII or full-width parentheses, as the example
        article's), or "other" (what the cleaner was not written from: any brackets, shapes and
        stars as well as emoji, and an emoji with no brackets at all inside a word). `stamps`:
        "start" (the token opens the lines, as the example's), or "other" (one form a page: in
        brackets, before a bar, or after the last sentence of the lines). `furniture`: "ours" (the
        lists the cleaner was developed beside) or "other" (ingest_vocab's OTHER_ lists: other
        portals' wording and shapes of the same kinds of lines). `layout`: "ours" (title, info line,
        body, furniture after it) or "other" (see `relayout`)."""
        self.rng, self.split, self.markers, self.stamps, self.layout = rng, split, markers, stamps, layout
        prefix = "OTHER_" if furniture == "other" else ""
        self.lists = {name: getattr(vocab, prefix + name) for name in
                      ("BOILERPLATE", "SITES", "APPS", "NAMES", "HEADERS", "HEADER_STYLES", "SOURCES", "SOURCE_STYLES")}
        self.kinds = {k: vocab.pick(v, split) for k, v in
                      (("place", vocab.PLACES), ("brand", vocab.BRANDS), ("word", vocab.WORDS), ("latin", vocab.LATIN))}
        self.emoji = vocab.pick(vocab.EMOJI, split)

    def choice(self, values: list[str]) -> str:
        return self.rng.choice(vocab.pick(values, self.split))

    def fill(self, template: str) -> str:
        return template.format(site=self.choice(self.lists["SITES"]), app=self.choice(self.lists["APPS"]),
                               name=self.choice(self.lists["NAMES"]), phone=self.rng.randint(1000000, 9999999))

    def marker(self, bare: bool = False) -> str:
        """A marker; with `bare`, in "other" mode, it may be an emoji with no brackets (between
        two characters: a place where it cuts into the text)."""
        if self.markers == "parentheses":
            left, right = self.rng.choice((("(", ")"), ("（", "）")))
            return left + self.rng.choice(self.emoji) + right
        kind = self.rng.choice(("bracketed emoji", "bracketed symbol", "bare emoji" if bare else "bracketed emoji"))
        if kind == "bare emoji":
            return self.rng.choice([e for e in self.emoji if "\ufe0f" not in e] or self.emoji)
        left, right = self.rng.choice(vocab.BRACKETS)
        return left + self.rng.choice(self.emoji if kind == "bracketed emoji" else vocab.pick(vocab.SYMBOLS, self.split)) + right


def plant_markers(noise: Noise, text: str, count: int) -> tuple[str, list[str]]:
    """Emoji markers between two Han characters, inside a real parenthesis, or after a colon."""
    between = [m.start() for m in _HAN_PAIR.finditer(text)]
    spots = between + [m.end() for m in re.finditer(r"[(（]|[:：]$", text)]
    chosen = sorted(set(noise.rng.sample(spots, min(count, len(spots)))), reverse=True)
    planted = []
    for at in chosen:  # from the end, so earlier positions stay valid
        mark = noise.marker(bare=at in between)
        text = text[:at] + mark + text[at:]
        planted.append(mark)
    return text, planted


def sentences_of(text: str) -> list[str]:
    """Sentences; a trailing piece without a sentence end (a credit, a code) stays with the last one."""
    result: list[str] = []
    for piece in (s.strip() for s in _SENTENCE.findall(text)):
        if not piece:
            continue
        if result and (not re.search(r"[。！？][”’」）)]*$", result[-1]) or re.match(r"[，、；：,;:。！？”’」）)]", piece)):
            result[-1] += piece
        elif result and not re.search(r"[。！？][”’」）)]*$", piece):
            result[-1] += piece
        else:
            result.append(piece)
    return result


def related_block(noise: Noise, others: list[str], rich: bool) -> list[str]:
    header = noise.rng.choice(noise.lists["HEADER_STYLES"]).format(h=noise.choice(noise.lists["HEADERS"]))
    lines = [header]
    for text in others:
        title, body = split_title(text)
        prefix = f"推荐{noise.rng.randint(0, 9):02d}:{noise.rng.randint(0, 59):02d}" if noise.rng.random() < 0.15 else ""
        bullet = "- " if rich or noise.rng.random() < 0.7 else ""
        lines.append(f"{bullet}{prefix}{title}" + ("详细阅读" if rich else ""))
        if rich:
            lines.append(body[:60] + "...")
            lines.append(f"2025-{noise.rng.randint(1, 12):02d}-{noise.rng.randint(10, 28)}{noise.rng.randint(1, 999)}")
    return lines


def make_noisy(noise: Noise, clean: Clean, others: list[str]) -> tuple[list[str], dict]:
    rng = noise.rng
    token = rng.choice(noise.kinds[rng.choice(list(noise.kinds))]) if rng.random() < 0.85 else ""
    source = noise.choice(noise.lists["SOURCES"])
    truth_paragraphs = list(clean.paragraphs)
    if token and rng.random() < 0.2:  # a legitimate mention of the same word, mid-sentence
        at = rng.randrange(len(truth_paragraphs))
        if truth_paragraphs[at] not in clean.headings:
            words = truth_paragraphs[at]
            cut = len(words) // 2
            truth_paragraphs[at] = words[:cut] + token + words[cut:]
    share, spaced = rng.uniform(0.5, 0.95), rng.choice((0.0, 0.5, 1.0))

    form, opener = "start", ""
    if noise.stamps == "other" and token:  # (the default draws nothing here: its pages stay as they were)
        form = rng.choice(("bracket", "bar", "tail"))
        opener = rng.choice(("【{}】", "[{}]", "〔{}〕")) if form == "bracket" else rng.choice(("{}｜", "{}|", "{} | "))

    def stamp(text: str, always: bool = False) -> str:
        if not token or (not always and rng.random() > share):
            return text
        if form == "tail":  # after the line's last sentence (and the title's end), a space apart or not
            return text + (" " if spaced >= 0.5 else "") + token
        if form != "start":
            return opener.format(token) + text
        gap = " " if rng.random() < spaced else ""
        mark = noise.marker() if rng.random() < 0.1 else ""
        return token + mark + (gap or (" " if mark else "")) + text

    markers: list[str] = []
    body = []
    for paragraph in truth_paragraphs:
        text = paragraph
        if paragraph not in clean.headings and rng.random() < 0.5:
            text, planted = plant_markers(noise, text, rng.randint(1, 3))
            markers += planted
        body.append(stamp(text))
    lines = [stamp(clean.title, always=rng.random() < 0.9)]
    top = [noise.fill(noise.choice(noise.lists["BOILERPLATE"])) for _ in range(rng.choice((0, 0, 1, 2)))]
    style = noise.choice(noise.lists["SOURCE_STYLES"])
    source_line = style.format(
        s=source, a=noise.choice(noise.lists["NAMES"]), d=f"2025-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}",
        t=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", n=rng.randint(10, 9999) if "{n}" in style else 0)
    title_at = 0
    if noise.layout == "other":  # (the default draws nothing here: its pages stay as they were)
        lines, body, source_line, top, glued = relayout(noise, lines, body, source, top)
        if glued:  # a sign-off glued to the last paragraph is the paragraph's, as the real set's gold keeps it
            truth_paragraphs[-1] += glued
        title_at = len(lines) - 1
    lines += top + ([source_line] if source_line else []) + body
    lines += [noise.fill(noise.choice(noise.lists["BOILERPLATE"])) for _ in range(rng.choice((0, 1, 1, 2)))]
    if noise.layout == "other" and rng.random() < 0.5:
        lines += dated_items(noise, others)
    elif rng.random() < 0.6:
        block = related_block(noise, others, rich=rng.random() < 0.5)
        lines += [block[0]] + ["- " + stamp(line[2:]) if line.startswith("- ") else line for line in block[1:]]
    truth = {"title": clean.title, "source": source, "paragraphs": truth_paragraphs, "headings": clean.headings,
             "token": token, "markers": sorted(set(markers))}
    if title_at:
        truth["title_at"] = title_at
    return lines, truth


def _when(rng: random.Random) -> dict:
    month, day = rng.randint(1, 12), rng.randint(10, 28)
    return {"y": 2025, "m": f"{month:02d}", "day": day, "d": f"2025-{month:02d}-{day}",
            "t": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "n": rng.randint(3, 9999)}


def relayout(noise: Noise, title: list[str], body: list[str], source: str,
             top: list[str]) -> tuple[list[str], list[str], str, list[str]]:
    """`--layout other`: where portals put what the generator's own pages put under the title.
    The source is named after the text (its own line, or in parentheses after the last
    paragraph), or in the info line; an info line may stand above the title, or be a date fused to
    a view count; an ad line may stand between paragraphs; the lines may be spaced with `&nbsp;`
    or full-width spaces. Returns the lines so far, the body, the source line (may be empty), the
    lines above it and the sign-off glued to the last paragraph (`…。（中新网）`, or empty): the truth
    keeps that in the paragraph, as the real set's gold does (its furniture is whole lines; the
    source is read from it all the same)."""
    rng = noise.rng
    body = list(body)
    where = rng.choice(("end line", "end line", "end paragraph", "views", "above"))
    source_line = glued = ""
    if where == "views":  # the source beside a date fused to a view count, under the title
        source_line = f"{source}　" + noise.choice(vocab.LAYOUT_VIEWS).format(**_when(rng))
    elif where == "above":  # the info line above the title, the source under it
        title = [noise.choice(vocab.LAYOUT_INFO_ABOVE).format(**_when(rng))] + title
        source_line = f"来源：{source}"
    else:
        end = noise.choice(vocab.LAYOUT_END_SOURCES).format(s=source)
        if where == "end paragraph":
            glued = ("（来源：{}）" if rng.random() < 0.5 else "（{}）").format(source)
            body[-1] += glued
        else:
            body.append(end)
        if rng.random() < 0.5:  # a date fused to a view count under the title, the source at the end
            source_line = noise.choice(vocab.LAYOUT_VIEWS).format(**_when(rng))
        elif rng.random() < 0.5:
            title = [noise.choice(vocab.LAYOUT_INFO_ABOVE).format(**_when(rng))] + title
    if len(body) > 3 and rng.random() < 0.5:  # an ad line between two paragraphs
        at = rng.randint(1, len(body) - 2)
        body.insert(at, noise.choice(vocab.LAYOUT_ADS))
    spacing = rng.random()
    if spacing < 0.2:  # each line indented with `&nbsp;`, as an editor's pasted text
        body = ["&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in body]
        source_line = source_line.replace("　", "&nbsp;&nbsp;")
    elif spacing < 0.35:  # the info line's fields and the paragraphs' indents in full-width spaces
        body = ["\u3000\u3000" + line for line in body]
        source_line = source_line.replace(" ", "\u3000")
    return title, body, source_line, top, glued


def dated_items(noise: Noise, others: list[str]) -> list[str]:
    """Related stories under no header, each with its date, bulleted or not."""
    rng = noise.rng
    bullet = rng.choice(("", "- ", "· "))
    form = noise.choice(vocab.LAYOUT_RELATED_DATES)
    return [bullet + form.format(title=split_title(text)[0], **_when(rng)) for text in others]


def encode(noise: Noise, lines: list[str], truth: dict, name: str, as_html: bool) -> tuple[str, bytes]:
    rng = noise.rng
    if as_html:
        return name + ".html", html_page(noise, lines, truth).encode("utf-8")
    truth.pop("title_at", None)
    if rng.random() < 0.2:
        lines = [("\u3000\u3000" + line) if rng.random() < 0.7 else line for line in lines]
    if rng.random() < 0.1:
        lines = [line.replace("，", "，\u200b", 1) for line in lines]
    if rng.random() < 0.1:
        lines = [line.replace("“", "&ldquo;").replace("”", "&rdquo;") for line in lines]
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    text = newline.join(lines) + newline
    roll = rng.random()
    if roll < 0.2:
        truth["encoding"] = "gb18030"
        return name + ".txt", text.encode("gb18030")
    if roll < 0.3:
        truth["encoding"] = "utf-8-sig"
        return name + ".txt", text.encode("utf-8-sig")
    truth["encoding"] = "utf-8"
    return name + ".txt", text.encode("utf-8")


def html_page(noise: Noise, lines: list[str], truth: dict) -> str:
    at = truth.pop("title_at", 0)  # `--layout other`: an info line may stand above the title
    title, above, rest = lines[at], lines[:at], lines[at + 1:]
    site = noise.choice(noise.lists["SITES"])
    nav = "".join(f'<li><a href="/c/{i}">{html.escape(noise.choice(noise.lists["HEADERS"]))}</a></li>' for i in range(6))
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in rest).replace("&amp;nbsp;", "&nbsp;")
    truth["encoding"] = "utf-8"
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_{site}</title>'
            f'</head><body><header><ul class="nav">{nav}</ul></header>\n<div class="article">'
            f'{"".join(f"<p>{html.escape(line)}</p>" for line in above)}<h1>{html.escape(title)}</h1>\n'
            f"{paragraphs}\n</div><footer><p>Copyright © {site} 版权所有</p></footer></body></html>\n")


def generate(outdir: Path, count: int, split: str, seed: int, mix: bool, html_share: float = 0.1,
             markers: str = "parentheses", stamps: str = "start", furniture: str = "ours", layout: str = "ours") -> None:
    rng = random.Random(seed)
    articles = load_articles()
    noise = Noise(rng, split, markers, stamps, furniture, layout)
    inputs = outdir / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    with (outdir / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        for index in range(count):
            label, text = articles[index % len(articles)] if not mix else rng.choice(articles)
            donors = [rng.choice(articles)[1] for _ in range(rng.randint(1, 3))] if mix else []
            clean = make_clean(rng, text, donors)
            others = [rng.choice(articles)[1] for _ in range(rng.randint(3, 8))]
            lines, truth = make_noisy(noise, clean, others)
            name, data = encode(noise, lines, truth, f"{index:05d}", as_html=rng.random() < html_share)
            (inputs / name).write_bytes(data)
            truth["file"] = name
            truth_file.write(json.dumps(truth, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--n", type=int, default=0, help="articles (default: every usable corpus article)")
    parser.add_argument("--split", choices=vocab.SPLITS, default="heldout")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mix", action="store_true", help="recombine sentences of several articles")
    args = parser.parse_args()
    count = args.n or len(load_articles())
    generate(args.outdir, count, args.split, args.seed, args.mix)
    print(f"{count} noisy articles ({args.split} vocabularies) in {args.outdir}/inputs, truth in {args.outdir}/truth.jsonl")


if __name__ == "__main__":
    main()
