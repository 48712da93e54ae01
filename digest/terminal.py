"""What a build, a check and a serve start tell the terminal: problems grouped by kind (the same
warning over ten thousand files is one group with a few examples), warnings before errors so
the errors are what is left on screen, a closing count, and what was left out of the site."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from digest.errors import Problem

EXAMPLES = 3  # problems shown of a larger group without -v
# What varies between problems of one kind: quoted names, numbers, and the Chinese text they cite
# (with its parenthesised glosses: `德律风(电话)、不睬(不理)`).
_SPECIFIC = re.compile(r"'[^']*'|`[^`]*`|\"[^\"]*\"|“[^”]*”|‘[^’]*’|\d[\d,.:-]*|"
                       r"[^\x00-\x7f][^\x00-\x7f]*(?:\([^\x00-\x7f)]*\)[^\x00-\x7f]*)*")


def kind_of(problem: Problem) -> tuple[str, str, str]:
    """Problems of one kind say the same thing about different names, files and numbers."""
    return problem.severity, _SPECIFIC.sub("…", problem.message), _SPECIFIC.sub("…", problem.hint)


@dataclass
class Group:
    problems: list[Problem] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len({problem.path for problem in self.problems})


def grouped(problems: Iterable[Problem]) -> list[Group]:
    """Groups in order of their first problem, warnings first, then errors."""
    groups: dict[tuple[str, str, str], Group] = {}
    for problem in problems:
        groups.setdefault(kind_of(problem), Group()).problems.append(problem)
    return sorted(groups.values(), key=lambda group: group.problems[0].is_error)  # stable: order kept


def problem_lines(problems: Iterable[Problem], verbose: bool = False, quiet: bool = False) -> list[str]:
    """The lines to print for these problems (errors only with `quiet`; every one with `verbose`)."""
    lines: list[str] = []
    for group in grouped(p for p in problems if p.is_error or not quiet):
        shown = group.problems if verbose or len(group.problems) <= EXAMPLES + 1 else group.problems[:EXAMPLES]
        # one kind, one hint: after the group's last problem shown
        lines.extend(str(dataclasses.replace(problem, hint="")) for problem in shown[:-1])
        lines.append(str(shown[-1]))
        hidden = len(group.problems) - len(shown)
        if hidden:
            lines.append(f"    … and {hidden:,} more {group.problems[0].severity}(s) like these "
                         f"({len(group.problems):,} in {group.files:,} file(s); -v lists them all)")
    return lines


def counted(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def problem_count(problems: Iterable[Problem]) -> str:
    """`2 errors, 16,535 warnings`, or `` when there are none."""
    problems = list(problems)
    errors = sum(problem.is_error for problem in problems)
    parts = [counted(errors, "error")] if errors else []
    if len(problems) - errors:
        parts.append(counted(len(problems) - errors, "warning"))
    return ", ".join(parts)


_LEFT_OUT = {  # reason: (one, several, how to include them)
    "draft": ("draft", "drafts", "--drafts"),
    "future": ("dated in the future", "dated in the future", "--future"),
    "not markdown": ("file in content/ that is not Markdown", "files in content/ that are not Markdown",
                     "only .md files are articles: `digest ingest` turns text and HTML into them"),
}


def left_out_lines(left_out: Iterable[tuple[str, str]], verbose: bool = False) -> list[str]:
    """`left out: 3 drafts (--drafts); 2 dated in the future (--future)`, and each file with -v."""
    by_reason: dict[str, list[str]] = {}
    for reason, path in left_out:
        by_reason.setdefault(reason, []).append(path)
    if not by_reason:
        return []
    parts = []
    for reason, paths in by_reason.items():
        one, several, how = _LEFT_OUT.get(reason, (reason, reason, ""))
        parts.append(f"{len(paths):,} {one if len(paths) == 1 else several}" + (f" ({how})" if how else ""))
    lines = ["left out: " + "; ".join(parts)]
    if verbose:
        lines.extend(f"  {path}: {_LEFT_OUT.get(reason, (reason,))[0]}" for reason, paths in by_reason.items()
                     for path in paths)
    return lines
