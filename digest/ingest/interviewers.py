"""The publication a text's people talk to: when no line, lead or credit names the publisher, a
paper or magazine in title marks that someone in the text speaks to (`对《X》记者说`, `向《X》透露`,
`接受《X》采访`), whose question they answer (`回应《X》提问时`), that interviewed them (`《X》分别…专访了…`)
or that says what it learnt (`《X》获悉，`) is the outlet whose reporting the text is: a report names its own outlet so, as the interviewer, when a page reposts it without a credit.
So is an outlet whose reporter is at work in the text, unmarked (`X新闻记者采访了…`, `X晚报记者走访发现`).
A title in marks with none of these around it (a book, a law, a programme) names no one, nor does
the outlet whose logo the page shows (`《X》标志`: its own site, whose interview names no publisher).
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.credits import PUBLISHER_END
from digest.ingest.model import Found, Line

_TITLE = r"《[ \u3000]*(?P<org>[^《》\s][^《》]{1,14}?)[ \u3000]*》"
_REPORTER = r"(?:的)?(?:特派|特约|实习|见习|首席|驻[\u4e00-\u9fff]{1,4})?记者(?:[\u4e00-\u9fff·]{2,4}(?=[说表透坦介描分回证确直指采专反]))?"
_SAYS = r"(?:说|表示|透露|坦言|介绍|描述|分享|回应|证实|确认|直言|指出|谈到|谈及|讲述|解释|强调|反映)"
# someone speaks to the publication, or to its reporter (`对《X》记者说`, `向《X》透露`, `告诉《X》记者`)
_SPOKEN_TO = re.compile(r"(?:(?:对|向|跟)" + _TITLE + rf"(?:{_REPORTER})?[ \u3000]*{_SAYS}|告诉" + _TITLE.replace("org", "told") + ")")
# someone is interviewed by it (`接受《X》记者专访`, `《X》记者日前专访了`, `《X》分别在不同场合专访了`)
# (`访问`: an interview, as Hong Kong's and Malaysia's papers write it: `接受《X》访问时称`)
_INTERVIEWED = re.compile(r"接受" + _TITLE + rf"(?:{_REPORTER})?(?:的)?(?:独家)?(?:专访|采访|访问)")
_INTERVIEWING = re.compile(r"(?:^|(?<=[，,。；;！？\s”]))" + _TITLE + rf"(?:{_REPORTER})?(?:分别|日前|近日|此前|独家)?"
                           r"(?:在[^，,。；;]{1,12})?(?:专访|采访)了")
# someone answers its question (`回应《X》提问时`, `在回答《X》记者的提问时`)
_QUESTIONED = re.compile(r"(?:回应|回答|答复|答)" + _TITLE + rf"(?:{_REPORTER})?(?:的)?(?:提问|询问|问询)"
                         # or it learnt what it reports, in its interviews or so (`《X》在采访中了解到`, `《X》获悉，`, `在《X》采访过的…`)
                         + r"|(?:^|(?<=[，,。；;！？\s”]))" + _TITLE.replace("org", "learnt") + rf"(?:{_REPORTER})?(?:在(?:采访|调查)中|获悉|了解到)"
                         + r"|在" + _TITLE.replace("org", "visited") + rf"(?:{_REPORTER})?(?:的)?采访")
# the same without title marks, the name ending as a publisher's does: told its reporter (`告诉新京报记者`),
# interviewed by it (`接受澎湃新闻记者采访`), or told a broadcaster or an agency (`告诉美国之音，`: told a
# paper or a site so, `告诉X报，`, it named a false source on a page nobody read); not the host's own
# (`本报`, `但本报`), nor hearsay (`告诉媒体`); spoken to by its reporter (`向X报记者反映称`, `对X网记者表示`).
# (a paper and its site joined by a dot, `中青报·中青网`: one publisher's name)
_BARE = rf"(?P<bare>(?!本|该|这|此|其|[但而却并也还又]本)[\u4e00-\u9fffA-Za-z]{{1,10}}?{PUBLISHER_END}(?:·[\u4e00-\u9fffA-Za-z]{{1,10}}?{PUBLISHER_END})?)"
_SPOKEN_TO_BARE = re.compile(rf"告诉{_BARE}(?={_REPORTER})|(?:对|向|跟)(?!当地|多家|各|某|一家|几家|外地|境外|国外|海外){_BARE.replace('bare', 'to_bare')}(?={_REPORTER}[ \u3000]*{_SAYS})|告诉(?P<told_bare>[\u4e00-\u9fff]{{2,8}}?(?:之音|之声|电台|电视台|通讯社))(?=[，,])"
                             rf"|接受{_BARE.replace('bare', 'took')}(?:{_REPORTER})?(?:的)?(?:独家)?(?:专访|采访|访问)")
# an outlet's reporter at work in the text, the outlet unmarked (`…？江城新闻记者采访了四位…`, `江城晚报记者走访发现`):
# the report's own, wherever it stands (the lead's first sentences are publishers' `_OWN_REPORTER`'s); not
# hearsay (`据X记者了解`), nor a local or foreign station's (`当地电视台记者`)
_AT_WORK = re.compile(rf"(?:^|(?<=[，,。；;！？?!\s”]))(?!据|当地|多家|各|某|一家|几家|外地|境外|国外|海外){_BARE.replace('bare', 'at_work')}"
                      r"(?:特派|实习|见习|首席)?记者(?:采访了|走访|实地|来到|前往|赶到|探访|暗访|调查发现|获悉|了解到|注意到)")
# a logo's alternative text printed as a line: the site's own name
_LOGO = re.compile(r"^《?(?P<org>[^《》\s]{2,14}?)》?[ \u3000]*(?:标志|商标|徽标|[Ll]ogo|LOGO)$")


def interviewer(lines: list[Line]) -> Found | None:
    """The one publication the text's people talk to or are interviewed by; none when the text
    names two or more (a digest of several outlets' interviews names no one of them)."""
    named: dict[str, Line] = {}
    for line in lines:
        titled = "《" in line.text
        if not titled and "告诉" not in line.text and "接受" not in line.text and "记者" not in line.text and "記者" not in line.text:
            continue  # (a cheap test first: few lines hold a title or a reporter)
        plain = for_matching(line.text)
        for match in (*_SPOKEN_TO.finditer(plain), *_INTERVIEWED.finditer(plain), *_INTERVIEWING.finditer(plain),
                      *_QUESTIONED.finditer(plain), *_SPOKEN_TO_BARE.finditer(plain), *_AT_WORK.finditer(plain)):
            group = next(name for name in ("told", "learnt", "visited", "org", "bare", "to_bare", "told_bare", "took", "at_work")
                         if name in match.re.groupindex and match[name])
            org = line.text[match.start(group):match.end(group)] if len(plain) == len(line.text) else match[group]
            named.setdefault(org.strip(), line)
    logos = {match["org"] for line in lines if (match := _LOGO.match(for_matching(line.text.strip())))}
    if len({for_matching(name).replace(" ", "") for name in named}) != 1 or for_matching(next(iter(named))) in logos:
        return None
    org, line = next(iter(named.items()))
    return Found("source", org, line.number, f"line {line.number}: the publication interviewing ({org})")
