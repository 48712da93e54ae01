"""One input file, start to finish: read, decode, extract, run the rules, take the metadata.

Pure functions of (file bytes, settings, batch statistics), so they run in worker processes
and the same input always gives the same article.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from digest.ingest import checks
from digest.ingest.boilerplate import MAX_KEYED_CHARS, line_key
from digest.ingest.dates import choose_date, head_removals
from digest.ingest.decode import InputError, check_size, decode_bytes
from digest.ingest.dedup import make_sketch
from digest.ingest.extract import extract_html, looks_like_html
from digest.ingest.datelines import DATELINE_START
from digest.ingest.headline import below_headline, choose_headline, is_credit_line
from digest.ingest.headline_page import page_headline
from digest.ingest.headline_text import SHARE_LABEL, clean_headline, wire_title
from digest.ingest.html_meta import site_name
from digest.ingest.chinese import for_matching, shared_pairs, squeezed
from digest.ingest.info_lines import TITLE_LABEL
from digest.ingest.markers import MARK_RULES
from digest.ingest.info_values import BAD_DATE, names_no_publisher
from digest.ingest.publishers import BRACKETED_HEADLINE, lead_publisher
from digest.ingest.run_in import RunIn, run_in_headline
from digest.ingest.layout import RULE as LAYOUT_RULE, SERVER_ERROR, TAG_REASON, is_server_error
from digest.ingest.markdown_text import body_markdown
from digest.ingest.markers import stuffed_runs
from digest.ingest.metadata import take_title
from digest.ingest.model import (
    STAND_IN_TITLES,
    CleanArticle,
    Found,
    Line,
    Page,
    Removal,
    Warning,
    plain_pickle,
)
from digest.ingest.normalize import page_from_text
from digest.ingest.paragraphs import PARAGRAPH_CHARS
from digest.ingest.line_model import with_model_lines
from digest.ingest.rules import RULES, TITLE_AFTER, BatchStats, RuleContext
from digest.ingest.settings import IngestSettings
from digest.ingest.stuffing import names_betting_site, without_stuffed_prefix, without_title_pieces
from digest.ingest.summaries import DECK_REASON
from digest.text import slugify

MAX_TITLE_CHARS = 100
MAX_ORIGINAL_TITLE_LINE = 3  # `原标题：…` under a headline-less page's first lines still names its headline
MIN_KEY_CHARS, MAX_KEY_CHARS = 4, 100  # the lines a batch learns boilerplate from (see batch.py)
SURVEY_SKETCH_CHARS = 800
SURVEY_AFTER = "spam_tokens"  # the batch learns from pages as they are after this rule
_SURVEY_END = next(index for index, rule in enumerate(RULES) if rule.name == SURVEY_AFTER) + 1
# the survey's rules that hear the batch run again on a surveyed page, each reading `ctx.resumed` for
# what is new: the batch's tokens (spam.py), a batch that marks its copies (markers.py)
_HEAR_THE_BATCH = frozenset({SURVEY_AFTER, "planted_symbols"})
_FIRST_SENTENCE = re.compile(r"^.{8,60}?[。！？!?]")


@plain_pickle
@dataclass(frozen=True)
class Source:
    """A decoded input, as lines (for HTML: the extracted text, extracted once)."""

    name: str
    page: Page
    encoding: str
    kind: str  # text or html
    modified: date  # the file's modification date: the last resort for an undated article
    surveyed: bool = False  # `page` is as the survey left it (rules up to SURVEY_AFTER done)


@plain_pickle
@dataclass(frozen=True)
class Survey:
    """What the first pass over a file tells the batch."""

    spam_tokens: tuple[str, ...]
    line_keys: tuple[str, ...]
    sketch: tuple[int, ...]
    title_key: str = ""  # the first line's key: a headline is not boilerplate
    token_hints: tuple[tuple[str, int, int], ...] = ()  # see Page.token_hints
    marked: bool = False  # the survey took planted marks out of the page (markers.py)


def read_source(path: Path, max_bytes: int) -> tuple[Source, bytes]:
    """Read and decode one file; InputError with a one-line reason when it cannot be an article."""
    try:
        stat = path.stat()
        check_size(stat.st_size, max_bytes)
        raw = path.read_bytes()
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except IsADirectoryError:
        raise InputError("a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    decoded = decode_bytes(raw, looks_html=suffix in (".html", ".htm", ".xhtml", ".shtml") or raw[:200].lstrip().startswith(b"<"))
    if looks_like_html(decoded.text, suffix):
        kind, page = "html", extract_html(path.name, decoded.text)
    else:
        kind, page = "text", page_from_text(path.name, decoded.text)
    return Source(path.name, page, decoded.encoding, kind, date.fromtimestamp(stat.st_mtime)), raw


def survey_page(page: Page) -> Survey:
    """What the batch needs to know of a page, taken once the survey rules have run. Grouping
    near-duplicate stories needs no more than the opening of the text: a cheaper sketch."""
    # only lines the batch could find boilerplate among (batch.MIN/MAX_LINE_CHARS): long
    # paragraphs are the story, and are most of the text
    keys = tuple({key for key in (line_key(line.text) for line in page.lines if len(line.text) <= MAX_KEYED_CHARS)
                  if MIN_KEY_CHARS <= len(key) <= MAX_KEY_CHARS})
    title_key = line_key(page.lines[0].text) if page.lines else ""
    marked = any(removal.rule in MARK_RULES for removal in page.removals)
    return Survey(page.spam_tokens, keys, make_sketch(page.text()[:SURVEY_SKETCH_CHARS]), title_key, page.token_hints, marked)


def survey_source(source: Source, settings: IngestSettings) -> tuple[Survey, Source]:
    """The first pass: the rules up to SURVEY_AFTER, and the page summed up for the batch. The
    source comes back with the surveyed page, so the second pass goes on from there."""
    page = source.page
    for rule in RULES[:_SURVEY_END]:
        if settings.rules.get(rule.name, rule.default):
            page = rule.apply(page, RuleContext())
    return survey_page(page), dataclasses.replace(source, page=page, surveyed=True)


def clean_source(source: Source, settings: IngestSettings, batch: BatchStats) -> CleanArticle:
    ctx = RuleContext(batch=batch, resumed=source.surveyed)
    title, title_found = "", None
    page = source.page
    for index, rule in enumerate(RULES):  # in order; the title is taken at a fixed point, rule on or off
        if source.surveyed and index < _SURVEY_END and rule.name not in _HEAR_THE_BATCH:
            continue  # done in the survey
        if settings.rules.get(rule.name, rule.default):
            page = rule.apply(page, ctx)
        if rule.name == TITLE_AFTER:
            title, title_found, page = _title(page, settings.rules.get(rule.name, rule.default))
            if not title.strip():  # an article never goes without a title: a draft stands in one
                title, title_found = _stand_in_title(source.name, page)
    return _article(source, settings, page, title, title_found)


def _article(source: Source, settings: IngestSettings, page: Page, title: str, title_found: Found | None) -> CleanArticle:
    html = page.html
    found = page.found + ((title_found,) if title_found else ())
    stated, html_date, bad_dates = _usable_dates(page, date.today())
    # (the lines the line model took still count as text for the date: a model's guess is weaker than a rule's)
    when = choose_date(stated, html_date, with_model_lines(page), page.blocks, source.modified,
                       tuple(removal.text for removal in page.removals), title=title,
                       head=head_removals(page.removals, page.lines, title_found.line if title_found else None))
    draft = checks.Draft(title=title, lines=page.lines, date=when, planted=stuffed_runs(page.removals),
                         decks=tuple(removal.text for removal in page.removals if removal.why == DECK_REASON))
    warnings = checks.run_checks(draft, settings.checks)
    if settings.checks.get("undated", True):
        warnings += bad_dates
    if title_found is not None and title_found.evidence.startswith(STAND_IN_TITLES):
        warnings += (Warning("not_article", title_found.line, f"no title line: the title is {title_found.evidence}; "
                             "set `title:`", serious=True),)
    return CleanArticle(
        name=source.name,
        title=title,
        date=when,
        source=_publisher(page) or (html.source or site_name(html.sitename) if html else ""),
        source_url=_value(page, "source_url") or (html.url if html else ""),
        author=_value(page, "author") or (html.author if html else ""),
        body=body_markdown(page.lines),
        headings=tuple(line.text for line in page.lines if line.heading),
        # A slug holds at most 80 characters, some 20 syllables: the title's first 40 characters
        # give the same slug, and pinyin for a long headline is slow.
        slug=slugify(title[:40], fallback_seed=source.name) if title else slugify(Path(source.name).stem, fallback_seed=source.name),
        removals=page.removals,
        found=found,
        blocks=page.blocks,
        warnings=warnings,
        encoding=source.encoding,
        kind=source.kind,
        sketch=make_sketch(without_title_pieces(title, [line.text for line in page.lines]) if draft.title_pieces else page.text()),  # (a stuffed copy, as its original)
        spam_tokens=page.spam_tokens,
    )


def _usable_dates(page: Page, today: date) -> tuple[tuple[Found, ...], str, tuple[Warning, ...]]:
    """The page's metadata without the dates that cannot be its date: one after the day of
    ingest (no article is published after it was saved), or a date's shape that is no date
    (`2025-13-45 09:30`, whose line is still an info line); each is a warning. Then the HTML
    page's date, unless it is after the day of ingest. (Check `undated` warns of them.)"""
    kept: list[Found] = []
    warnings: list[Warning] = []
    for item in page.found:
        if item.field == BAD_DATE:
            warnings.append(Warning("undated", item.line, f"‘{item.value}’ is not a date: not used"))
        elif item.field == "date" and item.value[:10] > today.isoformat():
            warnings.append(Warning("undated", item.line, f"the stated date {item.value} is after the day of ingest ({today}): not used"))
        else:
            kept.append(item)
    html_date = page.html.date if page.html else ""
    if html_date[:10] > today.isoformat():
        warnings.append(Warning("undated", None, f"the page's date {html_date} is after the day of ingest ({today}): not used"))
        html_date = ""
    return tuple(kept), html_date, tuple(warnings)


def _stand_in_title(name: str, page: Page) -> tuple[str, Found]:
    """A title for a page without a headline: its first sentence, else its file's name."""
    if page.lines:
        first = page.lines[0]
        match = _FIRST_SENTENCE.match(first.text)
        title = clean_headline(match.group(0) if match else first.text[:40])
        if title:
            return title, Found("title", title, first.number, f"the first sentence of line {first.number}")
    title = Path(name).stem
    return title, Found("title", title, None, f"the file name ({name})")


def _title(page: Page, by_evidence: bool = True) -> tuple[str, Found | None, Page]:
    """The headline: with rule page_furniture on, the top line that the evidence points to (the
    lines above it are the page's furniture), else the first line; when that is plainly a
    paragraph (a file without a title line), its first sentence stands in and it stays."""
    at, wired = wire_title(page.lines) if by_evidence else (0, None)
    if wired:  # `新华社北京3月15日电 题：…`: a wire's first line names its headline and opens its text
        first = page.lines[at]  # (what sits above it is the page's captions and furniture)
        page = page.with_lines(page.lines[at:], [Removal(LAYOUT_RULE, line.number, line.text, "above the wire's dateline")
                                                 for line in page.lines[:at]])
        return wired, Found("title", wired, first.number, f"line {first.number}: the wire's 题"), page
    choice = choose_headline(page, page.html.title if page.html else "") if by_evidence else None
    if choice is not None:
        above = page.lines[:choice.index]
        page = page.with_lines(page.lines[choice.index:], [
            Removal(LAYOUT_RULE, line.number, line.text, "above the headline") for line in above])
        title, found, page = take_title(page)
        if choice.subtitle and page.lines:
            page = page.with_lines(page.lines[1:], [Removal(LAYOUT_RULE, page.lines[0].number, page.lines[0].text, "the headline's subtitle")])
        printed = title
        title = page_headline(title, page, _page_names(page, found.line if found else None))
        if found is not None:
            found = dataclasses.replace(found, value=title, evidence=f"{found.evidence} ({choice.evidence})")
        return title, found, below_headline(page, printed, title)
    while by_evidence and len(page.lines) > 1 and (is_server_error(page.lines[0].text) or is_credit_line(page.lines[0].text)):
        first = page.lines[0]  # `文 | 来源·X 本站作者` above the text, a server's error: no headline, but not a headline either
        why = SERVER_ERROR if is_server_error(first.text) else "a credit above the text"
        page = page.with_lines(page.lines[1:], [Removal(LAYOUT_RULE, first.number, first.text, why)])
    if by_evidence and page.lines and not _is_paragraph(page.lines[0].text):  # the first line, in the page's wrapping or not
        title, found, page = take_title(page)
        cleaned = page_headline(title, page, _page_names(page, found.line if found else None))
        if found is not None and cleaned != title:
            at = title.find(cleaned)  # (what went: before it, after it, or the wrapping around it)
            dropped = " … ".join(part.strip() for part in (title[:at], title[at + len(cleaned):]) if part.strip()) if at >= 0 else title
            found = dataclasses.replace(found, value=cleaned, evidence=f"{found.evidence} (without {dropped})")
        return cleaned, found, below_headline(page, title, cleaned)
    first = page.lines[0] if page.lines else None
    if first is None or not _is_paragraph(first.text):
        return take_title(page)
    original = page.first("original_title")
    near = page.lines[min(len(page.lines), MAX_ORIGINAL_TITLE_LINE) - 1].number
    if by_evidence and original is not None and (original.line or 0) < near:
        # `原标题：…` above a text without a headline line, or among its first lines: the page's only headline
        title = clean_headline(original.value)
        where = "above the text" if (original.line or 0) < first.number else "under the text's first lines"
        return title, Found("title", title, original.line, f"line {original.line}: 原标题 {where}"), page
    labelled = _labelled_title(page) if by_evidence else None
    if labelled is not None:  # `标题：…` under the text (a farm's copy prints it there): the page names its headline
        title, line = labelled
        return title, Found("title", title, line, f"line {line}: the page's 标题 label"), _without_label_and_copies(page, line, title)
    under = _headline_under_text(page) if by_evidence else None
    if under is not None:  # a photo page: the caption is the text, the headline and its byline under it
        line, title = under
        page = page.with_lines([kept for kept in page.lines if kept.number != line.number])
        return title, Found("title", title, line.number, f"line {line.number}: over the page's byline, under its only text"), page
    bracketed = BRACKETED_HEADLINE.match(first.text.strip()) if by_evidence else None
    if bracketed and not lead_publisher(bracketed.group(0)) and not re.search(r"(?:讯|訊|电|電|报道|報道|消息)$", bracketed["title"]):
        # (`【看X官网 2016年06月15日讯】` is a wire's mark, not a headline)
        # `【郑州地铁5号线被困者发声】据央视新闻消息，…`: the headline in brackets, run into its lead
        title = bracketed["title"]
        rest = first.text.strip()[bracketed.end():].strip()
        page = page.with_lines([dataclasses.replace(first, text=rest), *page.lines[1:]])
        return title, Found("title", title, first.number, f"line {first.number}: the bracketed headline opening it"), page
    run_in = run_in_headline(first.text) if by_evidence else None
    if run_in is not None:  # a page scraped as one line: the headline, its info, then the lead
        return _run_in_title(page, first, run_in)
    match = _FIRST_SENTENCE.match(first.text)
    title = match.group(0) if match else first.text[:40] + "…"
    if by_evidence:
        title = clean_headline(title)
    return title, Found("title", title, first.number, f"the first sentence of line {first.number}"), page


def _page_names(page: Page, title_line: int | None) -> tuple[str, ...]:
    """The names a page states for itself elsewhere than on its title's line: its info lines' source
    and author, its HTML site name. (Not a name an HTML page's header shows unlabelled: a column's,
    which its headline may carry.)"""
    names = tuple(found.value for found in page.found
                  if found.field in ("source", "author") and found.line is not None and found.line != title_line)
    return names + ((page.html.sitename,) if page.html and page.html.sitename else ())


_QUOTED_VALUE = re.compile(r"(?P<open>[“「\"])(?P<value>[^“”「」\"]+)(?P<close>[”」\"])")


def _labelled_title(page: Page) -> tuple[str, int] | None:
    """The headline a page without a headline line names under a label (`标题：X`, `新闻标题：X`),
    wherever the line is, in the text or already taken out as furniture, with its line number."""
    for number, text in [(line.number, line.text) for line in page.lines] + [(r.line, r.text) for r in page.removals]:
        label = TITLE_LABEL.match(for_matching(text.strip()))
        value = text.strip()[label.end():].strip() if label else ""
        quoted = _QUOTED_VALUE.fullmatch(value)
        value = quoted["value"] if quoted and quoted["open"] + quoted["close"] in ("“”", "「」", '""') else value  # `标题:“…”`: the field's value set apart in quotes
        if 4 <= len(value) <= 60 and not _is_paragraph(value) and value[-1] not in "。！？!?":
            return value, number
    return None


def _without_label_and_copies(page: Page, label_line: int, title: str) -> Page:
    """The page without the title's label line, nor the title printed again in the text."""
    taken = [line for line in page.lines if line.number == label_line or squeezed(line.text) == squeezed(title)]
    return page.with_lines([line for line in page.lines if line not in taken],
                           [Removal(LAYOUT_RULE, line.number, line.text, "the headline's label line" if line.number == label_line
                                    else "the headline printed again") for line in taken])


def _headline_under_text(page: Page) -> tuple[Line, str] | None:
    """A page whose text comes first (a gallery's caption) and whose headline stands under it, right
    over the dated byline (`…進站上車。` / `春運在即 太原火車站迎來…[組圖]` / `發布時間: … | 來源: …`),
    with no text after them: a headline's shape, its words in the text above. (The tail's rule may
    have taken it for a tag: it is looked for among those lines too.)"""
    bylines = sorted({found.line for found in page.found if found.field == "date" and found.line is not None}
                     & {found.line for found in page.found if found.field in ("source", "author") and found.line is not None})
    if not bylines or not page.lines or page.lines[0].number > bylines[0]:
        return None
    byline = bylines[0]
    tags = [Line(removal.line, removal.text) for removal in page.removals if removal.why == TAG_REASON]
    above = [line for line in [*page.lines, *tags] if line.number < byline]
    if not above:
        return None
    line = max(above, key=lambda line: line.number)
    text = line.text.strip()
    if line is page.lines[0] or not 8 <= len(text) <= 60 or re.search(r"[。！？!?，,；;：:]$|。", text) \
            or any(later.number > byline and (_is_paragraph(later.text) or len(later.text) >= PARAGRAPH_CHARS) for later in page.lines):
        return None
    caption = [kept.text for kept in page.lines if kept.number < line.number]
    if len(caption) > MAX_CAPTION_LINES:
        return None  # (an article's text, its last line short: a footer's byline under it, no headline)
    title = clean_headline(text)
    shared = shared_pairs(for_matching(title), for_matching("".join(caption)))
    return (line, title) if shared is not None and shared >= MIN_SHARED_WORDS else None


MIN_SHARED_WORDS = 0.3
MAX_CAPTION_LINES = 2


def _run_in_title(page: Page, first: Line, run_in: RunIn) -> tuple[str, Found, Page]:
    """The headline a one-line page runs into its text: the title; the info between states the
    date (and who published it, `By 明報`); the line keeps its lead."""
    title = clean_headline(run_in.headline)
    where = f"line {first.number}: the info after the headline ({run_in.info})"
    found = tuple(Found(field, value, first.number, where) for field, value in (("date", run_in.date), ("source", run_in.source)) if value)
    removals = [Removal("metadata_lines", first.number, run_in.info, "info line run in after the headline")] if run_in.info else []
    page = page.with_lines([dataclasses.replace(first, text=run_in.lead), *page.lines[1:]], removals, found=page.found + found)
    return title, Found("title", title, first.number, f"line {first.number}: the headline run into its text"), page


_ENDS_IN_ADDRESS = re.compile(r"(?<=[\u4e00-\u9fff，,])https?://\S+$")


def _is_paragraph(text: str) -> bool:
    """A first line that is plainly text, not a headline: too long for one, or sentences, or a
    clause that goes on in the next line (`在“就地過年”的政策倡議下,`, `…发布寒潮蓝色预警信号:`; no
    headline of the 518 real pages in bench/real ends so)."""
    # (a run of commas, `…公交开通,,,,,,`, is a headline's filler, no clause going on; a share label's colon ends no clause)
    text = SHARE_LABEL.sub("", text)
    return len(text) > MAX_TITLE_CHARS or (text.rstrip().endswith(("，", ",", "、", "；", ";", "：", ":"))
                                           and not re.search(r"[，,]{2,}$", text.rstrip())) or (len(text) >= PARAGRAPH_CHARS and re.search(r"。.", text.rstrip("”」』\"'）)")) is not None) \
        or (len(text) >= 25 and text.rstrip("”」』\"'）)").endswith("。")) \
        or (DATELINE_START.match(for_matching(text.strip())) is not None and re.search(r"[，,。]", text) is not None) \
        or (re.search(r"[，,]", text) is not None and _ENDS_IN_ADDRESS.search(text) is not None)  # (a post's clauses with their link: no headline carries one)


def _publisher(page: Page) -> str:
    """The first source a reading found that names someone (a credit may name no one: `网络整理`)."""
    return next((without_stuffed_prefix(found.value) for found in page.found if found.field == "source" and not names_no_publisher(found.value)
                 and not names_betting_site(found.value)), "")


def _value(page: Page, field_name: str) -> str:
    found = page.first(field_name)
    return found.value if found else ""
