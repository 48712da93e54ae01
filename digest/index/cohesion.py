"""Stories from the links between articles (digest.index.stories decides the links): connected
groups split by average linkage where they are only chains, and groups of reports every two of
which corroborate one another. Only the links and the articles' slugs decide, so an incremental
index groups as a fresh one does."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

# A story is not a chain: inside a connected group, groups merge only while at least this share
# of the pairs between them are linked (average linkage), so one article that shares words with
# two events does not make them one story.
STORY_COHESION = 0.3
# A weak link (some evidence of one event, not enough alone: `weak_link`) counts in the
# average linkage above, but weak links alone make no story, and an article joins a story by
# weak links only when they reach two of its reports that are not copies of one text: it is
# close to the story, not to one report of it.
# A link that corroborates (a specific and rare words in common, or many rare words:
# digest.index.stories.weak_link) proves no event alone, but three reports every two of which
# corroborate one another are a story (templated series, which fill the same words with other
# names, never did in THUCNews: bench/README.md), which other reports join as any story.
WEAK, CORROBORATED, STRONG, COPY = 1, 2, 3, 4  # kinds of link
MAX_COHESION_ROWS = 60  # past this a connected group is kept whole (the check is quadratic)


def cohesive_groups(rows: list[int], links: dict[int, dict[int, int]],
                    order: Callable[[int], Any] | None = None) -> list[tuple[int, ...]]:
    """A connected group of rows split into stories by average linkage (STORY_COHESION): the
    pair of groups with the densest links between them merges first, while that density is
    high enough (weak links count, under the conditions of `WEAK`); of equally dense pairs, the
    first by `order` (the slugs: row numbers depend on the order articles came in). Only the
    links and the slugs decide, so the result is the same however it was reached."""
    rows = sorted(rows, key=order)
    if len(rows) > MAX_COHESION_ROWS:
        strong = {a: {b: kind for b, kind in links.get(a, {}).items() if kind >= STRONG} for a in rows}
        parts = connected(rows, strong)
        if len(parts) == 1:
            return [tuple(sorted(rows))]
        return [group for part in parts for group in cohesive_groups(part, strong, order)]
    # Copies of one text are one report: weak links must reach two reports that are not copies.
    copies = {a: {b: kind for b, kind in links.get(a, {}).items() if kind == COPY} for a in rows}
    unit_of = {row: part[0] for part in connected(rows, copies) for row in part}
    groups = _merged([[row] for row in rows], links, unit_of)
    stories = [group for group in groups if len(group) > 1 and _has_strong(group, links)]
    placed = {row for story in stories for row in story}
    cliques = corroborating_groups([row for row in rows if row not in placed], links, order)
    if cliques:
        # ... and a story of reports that corroborate one another is joined as any other
        seeds = stories + [list(clique) for clique in cliques]
        seeded = {row for seed in seeds for row in seed}
        groups = _merged(seeds + [[row] for row in rows if row not in seeded], links, unit_of)
        stories = [group for group in groups if len(group) > 1 and any(set(seed) <= set(group) for seed in seeds)]
    return [tuple(sorted(group)) for group in stories]


def _merged(groups: list[list[int]], links: dict[int, dict[int, int]], unit_of: dict[int, int]) -> list[list[int]]:
    """Average linkage from `groups` (see `cohesive_groups`)."""
    while True:
        best = None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                kinds = [(links.get(a, {}).get(b, 0), a, b) for a in groups[i] for b in groups[j]]
                # weak links count only for one report (or copies of one text) joining a group
                joining = min(len({unit_of.get(a, a) for a in group}) for group in (groups[i], groups[j])) == 1
                least = WEAK if joining else STRONG
                density = sum(1 for kind, _a, _b in kinds if kind >= least) / (len(groups[i]) * len(groups[j]))
                if density < STORY_COHESION or (best is not None and density <= best[0]):
                    continue
                if max(kind for kind, _a, _b in kinds) < STRONG and \
                        len({(unit_of.get(a, a), unit_of.get(b, b)) for kind, a, b in kinds if kind}) < 2:
                    continue
                best = (density, i, j)
        if best is None:
            return groups
        _density, i, j = best
        groups[i] = groups[i] + groups[j]
        del groups[j]


def corroborating_groups(rows: list[int], links: dict[int, dict[int, int]],
                         order: Callable[[int], Any] | None = None) -> list[tuple[int, ...]]:
    """Among `rows` (in no story), groups of three or more every two of which corroborate one
    another (`CORROBORATED`): cliques, so that no group chains two events; the largest first
    (of equal ones, the first by `order`), each report in one."""
    free = set(rows)
    corroborating = {a: {b for b, kind in links.get(a, {}).items() if kind == CORROBORATED and b in free} for a in rows}
    found: list[list[int]] = []
    for part in connected(rows, {a: dict.fromkeys(others, CORROBORATED) for a, others in corroborating.items()}):
        if len(part) >= 3:
            found += [sorted(clique, key=order) for clique in _cliques(set(), set(part), set(), corroborating)
                      if len(clique) >= 3]
    found.sort(key=lambda clique: (-len(clique), [order(row) if order else row for row in clique]))
    taken: set[int] = set()
    groups = []
    for clique in found:
        if not taken & set(clique):
            taken |= set(clique)
            groups.append(tuple(sorted(clique)))
    return groups


def _cliques(clique: set[int], candidates: set[int], excluded: set[int], adjacent: dict[int, set[int]]) -> Iterable[set[int]]:
    """The maximal cliques that extend `clique` (Bron-Kerbosch)."""
    if not candidates and not excluded:
        yield clique
        return
    for row in sorted(candidates):
        yield from _cliques(clique | {row}, candidates & adjacent[row], excluded & adjacent[row], adjacent)
        candidates = candidates - {row}
        excluded = excluded | {row}


def connected(rows: Iterable[int], links: dict[int, dict[int, int]]) -> list[list[int]]:
    """The connected parts of `rows` (closed under `links`), each sorted, by their first row."""
    seen: set[int] = set()
    parts = []
    for start in sorted(rows):
        if start in seen or not links.get(start):
            continue
        part, stack = [], [start]
        seen.add(start)
        while stack:
            row = stack.pop()
            part.append(row)
            for other in links.get(row, ()):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        parts.append(sorted(part))
    return parts


def _has_strong(rows: list[int], links: dict[int, dict[int, int]]) -> bool:
    return any(kind >= STRONG for a in rows for b, kind in links.get(a, {}).items() if b in rows)
