"""A notice signed off at its end: who issued it on a line, the day under it (`張家界市公安局永定分局` /
`2021年8月5日`), several issuers stacked over the day when it was issued jointly. The lines are the
notice's text, and its first issuer its source."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.dates import parse_date_text
from digest.ingest.model import Found, Line
from digest.ingest.publishers import bare_publisher

MAX_ISSUER_CHARS = 32
_ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{3,28}(?:公司|指挥部|法院|检察院|学校|医院|协会|学会|商会|分局|委员会|人民政府|管委会|办事处|办公室|"
                     r"(?<![格结布开残赌饭僵大全时政])局|(?:大|支|中)队)")


def signed_off(name_line: str, day_line: str) -> tuple[str, str] | None:
    """(the issuer, the day) when `name_line` over `day_line` sign a notice off; else None."""
    issuer = _issuer(name_line)
    day = parse_date_text(day_line) if issuer else None  # (the name first: most lines are none)
    return (issuer, day) if issuer and day else None


def _issuer(line: str) -> str | None:
    name = line.strip()
    if len(name) > MAX_ISSUER_CHARS:
        return None
    return bare_publisher(name) or (name if _ISSUER.fullmatch(for_matching(name)) else None)


def co_signers(texts: list[str], index: int) -> int:
    """How many issuers are stacked right over the one on `texts[index]` (a notice issued jointly:
    `日照市东港区住房和城乡建设局` / `日照市公安局交通警察支队东港大队` / `铁建发展(日照)环境治理有限公司` / the day)."""
    count = 0
    while index - count - 1 >= 0 and _issuer(texts[index - count - 1]):
        count += 1
    return count


def sign_off_lines(texts: list[str]) -> set[int]:
    """The lines that sign a notice off among texts: its day, and every issuer stacked over it."""
    signed: set[int] = set()
    for index in range(len(texts) - 1):
        if signed_off(texts[index], texts[index + 1]):
            signed.update(range(index - co_signers(texts, index), index + 2))
    return signed


def sign_off_found(lines: tuple[Line, ...], tail: int) -> dict[int, Found]:
    """The notice's issuer and day at the end of its text (`signed_off`), by the index of their
    lines: the issuer as a source, the day as a date."""
    for index in range(max(1, tail - 1), len(lines) - 1):
        name, below = lines[index], lines[index + 1]
        signature = signed_off(name.text, below.text)
        if signature:
            issuer, day = signature
            first = index - co_signers([line.text for line in lines[:index + 1]], index)  # (issued jointly: the first named)
            name, issuer = lines[first], _issuer(lines[first].text) or issuer
            return {first: Found("source", issuer, name.number, f"line {name.number}: the notice's sign-off ({issuer})"),
                    index + 1: Found("date", day, below.number, f"line {below.number}: the notice's sign-off ({below.text.strip()})")}
    return {}
