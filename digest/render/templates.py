"""The Jinja2 environment: the project's `templates/` over the theme shipped in the package,
autoescaping, strict undefined variables, and errors that point into the template file."""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import traceback
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from digest.content import Article
from digest.errors import Problem
from digest.text import did_you_mean

THEME_DIR = Path(__file__).parents[1] / "theme"


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


class MissingName(jinja2.UndefinedError):
    """A name a template used that does not exist, with what it was looked up on (None for a
    top-level variable), so the error can list the names that do."""

    def __init__(self, message: str, owner: Any, name: Any):
        super().__init__(message)
        self.owner, self.name = owner, name


class ReportingUndefined(jinja2.StrictUndefined):
    """StrictUndefined (a misspelt name is an error, not an empty string) whose error says
    what was looked up on what."""

    __slots__ = ()

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        owner = None if self._undefined_obj is jinja2.utils.missing else self._undefined_obj
        raise MissingName(self._undefined_message, owner, self._undefined_name)


# Jinja aliases every operator of an undefined value (`__str__`, `__iter__`, `__add__`…) to the
# base class's failing method itself: point them at ours.
for _klass in (jinja2.Undefined, jinja2.StrictUndefined):
    for _name, _value in vars(_klass).items():
        if _value is jinja2.Undefined._fail_with_undefined_error and _name != "_fail_with_undefined_error":
            setattr(ReportingUndefined, _name, ReportingUndefined._fail_with_undefined_error)


def make_environment(template_dirs: list[Path]) -> TrackingEnvironment:
    env = TrackingEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=ReportingUndefined,
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
        digest.update(f"{name}\x1f{filename}\x1f{source}\x1e".encode())
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
            problems.append(template_problem(exc, root, name, env))
    return problems


def template_problem(exc: BaseException, root: Path, template_name: str = "",
                     env: jinja2.Environment | None = None, variables: Iterable[str] = ()) -> Problem:
    """Turn an exception raised while loading or rendering a template into a Problem that
    names the template file and line (Jinja maps its frames back to template lines), in the
    template author's terms: the name they wrote and the names they can use instead.
    `variables`: the names the page's template was given."""
    filename, line = None, None
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename, line = exc.filename, exc.lineno
    else:
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
                filename, line = frame.filename, frame.lineno
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    source_line = _source_line(filename, line)
    if isinstance(exc, MissingName):
        message, hint = _missing_name(exc, source_line, [*variables, *(env.globals if env else ())])
    elif isinstance(exc, jinja2.UndefinedError):
        hint = "the variable or attribute does not exist here; check its name, or guard it with `{% if x is defined %}`"
    elif isinstance(exc, (jinja2.TemplateAssertionError, jinja2.TemplateRuntimeError)) and env and _UNKNOWN.match(message):
        message, hint = _unknown_filter_or_test(message, env)
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        hint = "fix the template syntax"
    elif isinstance(exc, jinja2.TemplateNotFound):
        hint = f"create templates/{exc.name} or fix the name in the extends/include"
    else:
        hint = "see the template line named here"
    return Problem(display_path(filename, root) if filename else template_name or "templates",
                   line, None, f"template error: {message}", hint)


_UNKNOWN = re.compile(r"No (filter|test) named '([^']+)'")
_OWN_FILTERS = ("date_zh", "datetime_zh", "rfc3339", "jsonld")


def _unknown_filter_or_test(message: str, env: jinja2.Environment) -> tuple[str, str]:
    kind, name = _UNKNOWN.match(message).groups()  # type: ignore[union-attr]
    known = env.filters if kind == "filter" else env.tests
    hint = did_you_mean(name, known)
    if kind == "filter":
        hint += ("digest's own filters: " + ", ".join(_OWN_FILTERS) + "; and Jinja's built-in ones "
                 "(https://jinja.palletsprojects.com/en/stable/templates/#list-of-builtin-filters)")
    else:
        hint += "tests: " + ", ".join(sorted(known))
    return f"unknown {kind} `{name}`", hint


def _missing_name(exc: MissingName, source_line: str, variables: list[str]) -> tuple[str, str]:
    name = str(exc.name)
    if exc.owner is None:
        return (f"`{name}` is not defined here",
                did_you_mean(name, variables) + "this template can use: " + _listed(variables)
                + "; guard optional names with `{% if x is defined %}`")
    owner = _written_owner(source_line, name) or f"the {type(exc.owner).__name__} value"
    names = visible_names(exc.owner)
    written = f"{owner}.{name}" if owner.isidentifier() or "." in owner else name
    return (f"`{written}` is not defined: `{owner}` has no `{name}`",
            did_you_mean(name, names, owner + ".") + f"`{owner}` has: " + _listed(names))


def _written_owner(source_line: str, name: str) -> str:
    """The expression a template looked `name` up on, as written on its line (`site` in
    `site.titel`, `page.article` in `page.article['titel']`)."""
    found = re.search(r"([A-Za-z_][\w.]*)\s*(?:\.\s*" + re.escape(name) + r"\b|\[\s*['\"]" + re.escape(name) + "['\"])",
                      source_line)
    return found.group(1) if found else ""


def visible_names(owner: Any) -> list[str]:
    """The public names a template can read on a value: its keys, fields and properties."""
    if isinstance(owner, Mapping):
        return sorted(str(key) for key in owner)
    names = set(getattr(owner, "__dict__", ()))
    if dataclasses.is_dataclass(owner):
        names.update(field.name for field in dataclasses.fields(owner))
    for klass in type(owner).__mro__:
        names.update(key for key, value in vars(klass).items() if isinstance(value, (property, functools.cached_property)))
    return sorted(name for name in names if not name.startswith("_"))


def _listed(names: Iterable[str], most: int = 24) -> str:
    names = sorted(set(names))
    shown = ", ".join(names[:most])
    return shown + (f" … ({len(names) - most} more)" if len(names) > most else "") if names else "(nothing)"


def _source_line(filename: str | None, line: int | None) -> str:
    if not filename or not line:
        return ""
    try:
        return Path(filename).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return ""


def display_path(filename: str, root: Path) -> str:
    path = Path(filename)
    for base, prefix in ((root, ""), (THEME_DIR.parent, "digest/")):
        try:
            return prefix + path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return filename
