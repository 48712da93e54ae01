"""The Jinja2 environment: the project's `templates/` over the theme shipped in the package,
autoescaping, strict undefined variables, and errors that point into the template file."""
from __future__ import annotations

import hashlib
import json
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from digest.content import Article
from digest.errors import Problem

THEME_DIR = Path(__file__).parent / "theme"


def theme_template_dirs(project_templates: Path) -> list[Path]:
    """Search order: the project's own templates override the theme's, file by file."""
    dirs = [project_templates] if project_templates.is_dir() else []
    return dirs + [THEME_DIR / "templates"]


class TrackingEnvironment(jinja2.Environment):
    """Records which attributes of articles templates read while `reads` is a set, so a page
    that shows only titles does not depend on article bodies."""

    reads: set[str] | None = None

    def getattr(self, obj: Any, attribute: str) -> Any:
        if self.reads is not None and type(obj) is Article:
            self.reads.add("article." + attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if self.reads is not None and type(obj) is Article:
            self.reads.add(f"article.{argument}")
        return super().getitem(obj, argument)


def make_environment(template_dirs: list[Path]) -> TrackingEnvironment:
    env = TrackingEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # digest serve keeps one environment; edited templates recompile
        cache_size=-1,
    )
    env.filters["date_zh"] = format_date_zh
    env.filters["datetime_zh"] = format_datetime_zh
    env.filters["rfc3339"] = lambda value: value.isoformat(timespec="seconds")
    env.filters["jsonld"] = format_json_ld
    return env


def templates_fingerprint(env: jinja2.Environment) -> str:
    """Changes when any template the site can use changes (the project's or the theme's)."""
    digest = hashlib.blake2b(digest_size=16)
    for name in env.list_templates():
        source, filename, _uptodate = env.loader.get_source(env, name)  # type: ignore[union-attr]
        digest.update(f"{name}\x1f{filename}\x1f{source}\x1e".encode("utf-8"))
    return digest.hexdigest()


def format_json_ld(value: dict[str, Any]) -> Markup:
    """JSON for a <script type="application/ld+json">: Chinese kept readable, empty values
    (None, "", []) left out, and `<`, `>`, `&` escaped so the text can never end the script."""
    def prune(item: Any) -> Any:
        if isinstance(item, dict):
            return {k: prune(v) for k, v in item.items() if v not in (None, "", [], (), {})}
        if isinstance(item, (list, tuple)):
            return [prune(v) for v in item]
        return item

    text = json.dumps(prune(value), ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def format_date_zh(value: datetime) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def format_datetime_zh(value: datetime) -> str:
    return f"{format_date_zh(value)} {value:%H:%M}"


def check_templates(env: jinja2.Environment, root: Path) -> list[Problem]:
    """Compile every template once, so syntax errors in templates no page uses are found too."""
    problems = []
    for name in env.list_templates(extensions=["html", "xml", "txt", "json"]):
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(template_problem(exc, root, name))
    return problems


def template_problem(exc: BaseException, root: Path, template_name: str = "") -> Problem:
    """Turn an exception raised while loading or rendering a template into a Problem that
    names the template file and line (Jinja maps its frames back to template lines)."""
    filename, line = None, None
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename, line = exc.filename, exc.lineno
    else:
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
                filename, line = frame.filename, frame.lineno
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if isinstance(exc, jinja2.UndefinedError):
        hint = "the variable or attribute does not exist here; check its name, or guard it with `{% if x is defined %}`"
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        hint = "fix the template syntax"
    elif isinstance(exc, jinja2.TemplateNotFound):
        hint = f"create templates/{exc.name} or fix the name in the extends/include"
    else:
        hint = "see the template line named here"
    return Problem(display_path(filename, root) if filename else template_name or "templates",
                   line, None, f"template error: {message}", hint)


def display_path(filename: str, root: Path) -> str:
    path = Path(filename)
    for base, prefix in ((root, ""), (THEME_DIR.parent, "digest/")):
        try:
            return prefix + path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return filename
