"""Validators for a built site folder. Each returns human-readable problems; [] means it passes.

html_problems     Nu HTML Checker (vnu.jar, npm vnu-jar) over every HTML and CSS file.
feed_problems     Atom feeds: feedparser bozo, RFC 4287 required elements, RFC 3339 dates,
                  entry links that reach a file (and #anchor) in the site.
sitemap_problems  sitemap.xml vs the sitemaps.org 0.9 XSD (npm sitemap), <loc> -> file,
                  every page listed, robots.txt `Sitemap:` line.
link_problems     href/src/srcset/action of every page -> an existing file and #anchor.

The npm tools live in tests/validators (`npm ci --prefix tests/validators`); VNU_JAR and
SITEMAP_XSD in the environment override their paths.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

__all__ = [
    "SITEMAP_XSD", "VNU_JAR", "all_problems", "feed_problems", "html_problems",
    "link_problems", "sitemap_problems", "sitemap_xsd_missing", "vnu_missing",
]

_NODE_MODULES = Path(__file__).resolve().parents[1] / "validators" / "node_modules"
VNU_JAR = Path(os.environ.get("VNU_JAR") or _NODE_MODULES / "vnu-jar/build/dist/vnu.jar")
SITEMAP_XSD = Path(os.environ.get("SITEMAP_XSD") or _NODE_MODULES / "sitemap/schema/sitemap.xsd")
_NPM_HINT = "run `npm ci --prefix tests/validators` from the repo root"
_JAVA_HINT = "install Java 11+ (Debian: apt-get install -y --no-install-recommends default-jre-headless)"

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_SKIP_SCHEMES = ("mailto", "tel", "data", "javascript")
_OK_FRAGMENTS = ("", "top")  # "#" and "#top" scroll to the top of any page
# Attributes holding URLs, per element ("srcset" holds a list of candidates).
_URL_ATTRS: dict[str, tuple[str, ...]] = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "form": ("action",),
}


# --- tools ------------------------------------------------------------------------------------

def vnu_missing(jar: Path = VNU_JAR) -> str | None:
    """Why html_problems cannot run (with how to fix it), or None when java and the jar exist."""
    if shutil.which("java") is None:
        return f"`java` not found: {_JAVA_HINT}"
    if not jar.is_file():
        return f"vnu.jar not found at {jar}: {_NPM_HINT}"
    return None


def sitemap_xsd_missing(xsd: Path = SITEMAP_XSD) -> str | None:
    """Why sitemap_problems cannot run, or None when the sitemaps.org XSD exists."""
    return None if xsd.is_file() else f"sitemap.xsd not found at {xsd}: {_NPM_HINT}"


@lru_cache(maxsize=4)
def _schema(xsd: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(xsd)))


# --- URLs and files ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Base:
    """The site's public URL, split into the parts links are judged by."""

    url: str  # always ends with "/"
    netloc: str
    prefix: str  # path prefix, "/" or "/sub/"

    @classmethod
    def parse(cls, base_url: str) -> _Base:
        url = base_url if base_url.endswith("/") else base_url + "/"
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"base_url must be an absolute http(s) URL: {base_url!r}")
        return cls(url, parts.netloc.lower(), parts.path)

    def page_url(self, rel: str) -> str:
        """Public URL of a site file; dir/index.html is served as dir/."""
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return self.url + quote(rel)

    def on_host(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https", "") and parts.netloc.lower() == self.netloc


@dataclass
class _Site:
    """A built site folder, with parsed pages cached for one check run."""

    root: Path
    base: _Base
    _docs: dict[Path, etree._ElementTree | None] = field(default_factory=dict)

    @classmethod
    def open(cls, site: Path, base_url: str) -> _Site:
        return cls(Path(site).resolve(), _Base.parse(base_url))

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def pages(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*") if p.suffix in (".html", ".htm") and p.is_file())

    def doc(self, path: Path) -> etree._ElementTree | None:
        if path not in self._docs:
            parser = lxml.html.HTMLParser(encoding="utf-8")
            data = path.read_bytes()
            self._docs[path] = lxml.html.document_fromstring(data, parser).getroottree() if data.strip() else None
        return self._docs[path]

    def anchors(self, path: Path) -> set[str]:
        doc = self.doc(path)
        return set(doc.xpath("//@id | //a/@name")) if doc is not None else set()

    def file_for(self, url: str) -> tuple[Path | None, str]:
        """Map an absolute URL on base_url to (file, ""), or to (None, why not)."""
        path = urlsplit(url).path or "/"
        if path + "/" == self.base.prefix:  # "/sub" is redirected to "/sub/"
            path += "/"
        if not path.startswith(self.base.prefix):
            return None, f"on the site's host but outside its base path {self.base.prefix}"
        rel = posixpath.normpath(unquote(path[len(self.base.prefix):]).lstrip("/") or ".")
        if rel.startswith("../") or rel == "..":
            return None, "points outside the site folder"
        target = self.root / rel
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return None, f"no file {self.rel(target)}"
        return target, ""

    def target_problem(self, url: str) -> str | None:
        """Why an absolute URL on base_url does not reach a file (and #anchor); None if it does."""
        target, why = self.file_for(url)
        if target is None:
            return why
        fragment = urlsplit(url).fragment
        if fragment in _OK_FRAGMENTS or target.suffix not in (".html", ".htm"):
            return None
        if {fragment, unquote(fragment)} & self.anchors(target):
            return None
        return f"no id or name {unquote(fragment)!r} in {self.rel(target)}"


def _is_rfc3339(text: str) -> bool:
    if not _RFC3339.fullmatch(text):
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:  # e.g. month 13
        return False
    return True


# --- HTML (vnu) -------------------------------------------------------------------------------

def html_problems(site: Path, warnings: bool = False, jar: Path = VNU_JAR,
                  ignore: str | None = None) -> list[str]:
    """Nu HTML Checker errors (and warnings) in every HTML and CSS file, as `rel:line:col: msg`.

    Runs vnu once over the whole tree. `ignore` is a regex of messages to drop (--filterpattern).
    """
    if why := vnu_missing(jar):
        raise RuntimeError(f"cannot validate HTML: {why}")
    root = Path(site).resolve()
    cmd = ["java", "-Xss4m", "-jar", str(jar), "--format", "json", "--also-check-css", "--skip-non-html"]
    cmd += ["--filterpattern", ignore] if ignore else []
    run = subprocess.run([*cmd, str(root)], capture_output=True, text=True, timeout=900)
    report = run.stderr[max(run.stderr.find("{"), 0):]  # vnu reports on stderr
    try:
        messages = json.JSONDecoder().raw_decode(report)[0]["messages"]
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"vnu gave no JSON report (exit {run.returncode}): {run.stderr[-2000:]}") from exc
    problems = []
    for msg in messages:
        is_error = msg.get("type") in ("error", "non-document-error") or msg.get("subType") == "fatal"
        if is_error or (warnings and msg.get("subType") == "warning"):
            kind = "" if is_error else "warning: "
            problems.append(f"{_vnu_where(msg, root)}: {kind}{msg.get('message', '').strip()}")
    return problems


def _vnu_where(msg: dict, root: Path) -> str:
    url = msg.get("url", "")
    path = unquote(url.removeprefix("file:")) if url.startswith("file:") else url
    rel = path[len(str(root)) + 1:] if path.startswith(f"{root}/") else path
    line = msg.get("firstLine", msg.get("lastLine"))
    if isinstance(line, int) and not rel.endswith(".css"):
        line += 1  # vnu 26.9.27 with --also-check-css counts HTML lines from 0
    return f"{rel}:{line or '?'}:{msg.get('firstColumn', msg.get('lastColumn', '?'))}"


# --- Atom feeds -------------------------------------------------------------------------------

def feed_problems(site: Path, base_url: str) -> list[str]:
    """Every Atom feed (*.xml/*.atom with a <feed> root): valid, complete, links reach files."""
    s = _Site.open(site, base_url)
    problems: list[str] = []
    feeds = []
    for path in sorted([*s.root.rglob("*.xml"), *s.root.rglob("*.atom")]):
        try:
            tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            problems.append(f"{s.rel(path)}: not well-formed XML: {exc}")
            continue
        if tree.getroot().tag == f"{ATOM}feed":
            feeds.append((path, tree))
    if not feeds and not problems:
        problems.append("no Atom feed (an .xml file whose root is an Atom <feed>) in the site")
    for path, tree in feeds:
        problems += _atom_problems(s, path, tree)
    return problems


def _atom_problems(s: _Site, path: Path, tree: etree._ElementTree) -> list[str]:
    where = s.rel(path)
    parsed = feedparser.parse(path.read_bytes())
    problems = [f"{where}: feedparser bozo: {parsed.bozo_exception}"] if parsed.bozo else []
    feed = tree.getroot()
    problems += [f"{where}: {p}" for p in _atom_common(feed, "feed")]
    has_author = feed.find(f"{ATOM}author") is not None
    selfs = [link.get("href", "") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if not selfs:
        problems.append(f'{where}: feed has no <link rel="self">')
    for href in selfs:
        target, why = s.file_for(href) if s.base.on_host(href) else (None, f"not on {s.base.url}")
        if target != path:
            problems.append(f'{where}: <link rel="self"> {href} is not this file ({why or s.rel(target)})')
    feed_url = s.base.page_url(where)
    seen: dict[str, int] = {}
    for n, entry in enumerate(feed.findall(f"{ATOM}entry"), 1):
        at = f"{where}: entry {n}"
        problems += [f"{at}: {p}" for p in _atom_common(entry, "entry")]
        if not has_author and entry.find(f"{ATOM}author") is None:
            problems.append(f"{at}: no <author> in the entry and none in the feed")
        entry_id = (entry.findtext(f"{ATOM}id") or "").strip()
        if entry_id in seen:
            problems.append(f"{at}: duplicate <id> {entry_id} (also entry {seen[entry_id]})")
        elif entry_id:
            seen[entry_id] = n
        problems += [f"{at}: {p}" for p in _entry_link_problems(s, entry, feed_url)]
    return problems


def _atom_common(el: etree._Element, what: str) -> list[str]:
    """Required id/title/updated, RFC 3339 dates and author names of a <feed> or <entry>."""
    problems = [f"{what} has no <{name}>" for name in ("id", "title", "updated")
                if not (el.findtext(f"{ATOM}{name}") or "").strip()]
    for name in ("updated", "published"):
        value = (el.findtext(f"{ATOM}{name}") or "").strip()
        if value and not _is_rfc3339(value):
            problems.append(f"{what} <{name}> {value!r} is not an RFC 3339 date-time")
    for author in el.findall(f"{ATOM}author"):
        if not (author.findtext(f"{ATOM}name") or "").strip():
            problems.append(f"{what} <author> has no <name>")
    return problems


def _entry_link_problems(s: _Site, entry: etree._Element, feed_url: str) -> list[str]:
    hrefs = [link.get("href", "") for link in entry.findall(f"{ATOM}link")
             if link.get("rel", "alternate") == "alternate"]
    if not hrefs:
        return ['entry has no <link rel="alternate">']
    problems = []
    for href in hrefs:
        url = urljoin(feed_url, href.strip())
        if s.base.on_host(url) and (why := s.target_problem(url)):
            problems.append(f"entry link {href}: {why}")
    return problems


# --- sitemap.xml and robots.txt ---------------------------------------------------------------

def sitemap_problems(site: Path, base_url: str, xsd: Path = SITEMAP_XSD) -> list[str]:
    """sitemap.xml is XSD-valid, its <loc>s reach files, it lists every page; robots.txt names it."""
    if why := sitemap_xsd_missing(xsd):
        raise RuntimeError(f"cannot validate the sitemap: {why}")
    s = _Site.open(site, base_url)
    path = s.root / "sitemap.xml"
    problems = _robots_problems(s)
    if not path.is_file():
        return ["sitemap.xml: missing", *problems]
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return [f"sitemap.xml: not well-formed XML: {exc}", *problems]
    schema = _schema(xsd)
    if not schema.validate(tree):
        problems += [f"sitemap.xml:{e.line}: XSD: {e.message}" for e in schema.error_log]
    listed: set[Path] = set()
    for loc in tree.iter(f"{SITEMAP}loc"):
        url = (loc.text or "").strip()
        target, why = s.file_for(url) if url.startswith(s.base.url) else (None, f"not under {s.base.url}")
        if target is None:
            problems.append(f"sitemap.xml:{loc.sourceline}: <loc> {url}: {why}")
        else:
            listed.add(target)
    for page in s.pages():
        if page not in listed and page.name != "404.html" and not _noindex(s, page):
            problems.append(f"sitemap.xml: page {s.rel(page)} ({s.base.page_url(s.rel(page))}) is not listed")
    return problems


def _noindex(s: _Site, page: Path) -> bool:
    doc = s.doc(page)
    robots = doc.xpath("//meta[@name='robots']/@content") if doc is not None else []
    return any("noindex" in value.lower() for value in robots)


def _robots_problems(s: _Site) -> list[str]:
    robots = s.root / "robots.txt"
    if not robots.is_file():
        return ["robots.txt: missing"]
    want = s.base.url + "sitemap.xml"
    lines = robots.read_text(encoding="utf-8", errors="replace").splitlines()
    found = [line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("sitemap:")]
    return [] if want in found else [f"robots.txt: no `Sitemap: {want}` line (found {found or 'none'})"]


# --- links ------------------------------------------------------------------------------------

def link_problems(site: Path, base_url: str) -> list[str]:
    """Internal href/src/srcset/action URLs of every page must reach a file and #anchor."""
    s = _Site.open(site, base_url)
    problems = []
    for page in s.pages():
        doc = s.doc(page)
        if doc is None:
            continue
        page_url = s.base.page_url(s.rel(page))
        page_url = urljoin(page_url, (doc.xpath("//base/@href") or [""])[0].strip())
        for el, url in _page_urls(doc):
            if why := _link_problem(s, page_url, url):
                problems.append(f"{s.rel(page)}: broken link {url} ({why}; line {el.sourceline})")
    return problems


def _page_urls(doc: etree._ElementTree) -> list[tuple[etree._Element, str]]:
    found = []
    for el in doc.iter(*_URL_ATTRS):
        for attr in _URL_ATTRS[el.tag]:
            value = (el.get(attr) or "").strip()
            urls = _srcset_urls(value) if attr == "srcset" else [value]
            found += [(el, url) for url in urls if url]
    return found


def _srcset_urls(srcset: str) -> list[str]:
    """URLs of a srcset: each candidate is a URL then optional descriptors, comma-separated."""
    urls, pos = [], 0
    while m := _SRCSET_URL.match(srcset, pos):
        url = m.group(1)
        pos = m.end()
        if url.endswith(","):  # no descriptors: the comma ends the candidate
            url = url.rstrip(",")
        else:  # skip descriptors up to the next comma
            comma = srcset.find(",", pos)
            pos = len(srcset) if comma < 0 else comma + 1
        urls.append(url)
    return urls


def _link_problem(s: _Site, page_url: str, href: str) -> str | None:
    """Why an href on a page is broken, or None if it is fine or not the site's own."""
    parts = urlsplit(href)
    if parts.scheme.lower() in _SKIP_SCHEMES:
        return None
    if parts.scheme or parts.netloc:
        if not s.base.on_host(urljoin(page_url, href)):
            return None  # another host, or a scheme like ftp:
    elif href.startswith("/") and not href.startswith(s.base.prefix):
        return f"root-relative path outside the base path {s.base.prefix}: breaks when served under it"
    return s.target_problem(urljoin(page_url, href))


# --- all --------------------------------------------------------------------------------------

def all_problems(site: Path, base_url: str, warnings: bool = False) -> list[str]:
    """Every problem the four checkers find (runs vnu, so needs java and the jar)."""
    return [
        *html_problems(site, warnings=warnings),
        *feed_problems(site, base_url),
        *sitemap_problems(site, base_url),
        *link_problems(site, base_url),
    ]
