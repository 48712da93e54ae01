"""Ingest on real pages (bench/real/, SOURCE.md there): the 1,875 text pages of 1,861 sites, as one
batch, scored against their hand-checked gold. The floors are where ingest stands today (the
issue's targets are higher, `bench/ingest_real.py` prints both): a change that makes ingest
worse on real pages fails here. They are set on every round, the latest (`k…`) included: a new
round lowers a floor once, when it lands, and the floor says so (headlines 0.84 on rounds a–h;
copies merged 0.85 → 0.79 when round `j` landed, 12/15, and → 0.75 when round `k` did, 12/16;
sources went to 0.72 with round j and back to 0.74 with the rules for its tune pages; body
characters lost 0.5% → 0.6% when round `k` landed with 2.1% of its text lost, 0.54% of the whole
set, 0.52% with the rules for its tune pages: the issue asks 0.5%). Issue 13's sixth session (branch
`pages13`: sources inside the text, one-line pages, site notices) raised them to where ingest then
stood: headlines 0.85, dates 0.93, sources 0.79, furniture 0.81, copies 0.81, loss 0.55%, spun 8. Its
seventh (branch `src13`: how pages state a publisher, by shape) raised sources to 0.85 and set a floor
for no source where the page names none (0.91): a rule that finds more must not invent more; branch
`head13` (headlines and furniture by evidence: the info line run in after a headline, a subtitle, a
headline printed twice or in pieces, a row of keywords above it) raised headlines to 0.88, furniture
to 0.82 and the loss ceiling to 0.52%. Round `l` (91 pages of 91 new hosts, mostly content farms,
collected blind) then landed as it came, 73% of its headlines, 56% of its sources and 79% of its
furniture right, 0.94% of its text lost: on the whole set headlines 0.86, sources 0.82, furniture
0.81, loss 0.57%. The eighth session (branch `head13c`: headlines and furniture by shape and by what the page states
elsewhere) raised headlines to 0.88 and furniture to 0.82, and set floors on the tune split alone;
branch `src13c` raised dates to 0.95 and sources to 0.84. Round `m` (90 pages of 90 new hosts,
collected blind) then landed as it came, 86% of its headlines, 36% of its sources, 86% of its dates
and 74% of its furniture right, 1.4% of its text lost: on the whole set sources 0.80, loss 0.68%,
copies 0.79 (19/24), and on the tune split headlines 0.93, loss 0.53%. Branch `loss13` (body text
kept and furniture dropped by shape, round by round) raised furniture to 0.83 (tune 0.85) and
brought the loss ceiling to 0.53% (tune 0.31%). Round `n` (90 pages of 90 new hosts, collected blind)
then landed as it came, 81% of its headlines, 56% of its sources, 84% of its dates and 72% of its
furniture right, 0.88% of its text lost: on the whole set headlines 0.87, dates 0.94, sources 0.81,
furniture 0.82, loss 0.56%, copies 0.76 (20/26); on the tune split headlines 0.92, sources 0.87, no
source where none is named 0.94, dates 0.97, furniture 0.84, loss 0.32%. Round `o` (90 pages of 90 new
hosts, 51 of them farms, collected blind) landed as it came after the tenth session's branches
(`src13f`, `farm13`, `head13e`), 82% of its headlines, 70% of its sources, 94% of its dates and 80% of
its furniture right, 1.9% of its text lost: on the whole set sources 0.83, loss 0.64%, copies 0.85
(24/28), and on the tune split headlines 0.92, sources 0.89, dates 0.97, furniture 0.84, loss 0.47%.
Round `p` (90 pages of 90 new hosts, 36 of them farms, 37 in Traditional script, collected blind)
landed as it came, 76% of its headlines, 72% of its sources, 78% of its dates and 74% of its furniture
right, 1.3% of its text lost: on the whole set (text pages) headlines 0.873, dates 0.936, sources
0.829, furniture 0.829, loss 0.69%, copies 0.83 (24/29); on the tune split headlines 0.917, dates
0.958, no source where none is named 0.945, furniture 0.840, loss 0.55%. Round `q` (90 pages of 90 new
hosts, 46 of them farms, 41 in Traditional script, collected blind) landed as it came, 86% of its
headlines, 77% of its sources, 97% of its dates and 80% of its furniture right, 0.38% of its text lost:
on the tune split headlines 0.924, loss 0.31%. Round `r` (90 pages of 90 new hosts, 45 of them farms,
41 in Traditional script, collected blind) landed as it came, 80% of its headlines, 76% of its sources,
100% of its dates and 83% of its furniture right, 0.77% of its text lost: on the whole set (text pages)
sources 0.853, loss 0.50%; on the tune split headlines 0.934, no source where none is named 0.955. Round `s` (90 pages of 90 new
hosts, 46 of them farms, 39 in Traditional script, collected blind) landed as it came at the end of the
thirteenth session, after its rules: 85% of its headlines, 53% of its sources, 91% of its dates and 82%
of its furniture right, 0.90% of its text lost: on the whole set (text pages) sources 0.842, loss
0.51%; on the tune split headlines 0.938, sources 0.909, no source where none is named 0.956, loss
0.33%. Round `t` (90 pages of 90 new hosts, 41 of them farms, 36 in Traditional script, collected blind)
landed as it came in the fourteenth session: 80% of its headlines, 61% of its sources, 73% of its
dates and 65% of its furniture right, 0.90% of its text lost: on the whole set (text pages) headlines
0.889, sources 0.830, furniture 0.852, loss 0.53%; on the tune split headlines 0.932, sources 0.893,
loss 0.37%. Round `u` (90 pages of 90 new hosts, 52 of them farms, 42 in Traditional script, collected
blind) landed as it came in the fifteenth session: 87% of its headlines, 59% of its sources, 96% of its
dates and 81% of its furniture right, 0.46% of its text lost: on the whole set (text pages) sources
0.846, no source where none is named 0.934; on the tune split sources 0.909, no source where none is
named 0.960 (0.9595), body characters lost 0.35%. Round `v` (60 pages of 60 new hosts, 25 of them farms,
27 in Traditional script, collected blind) landed at the end of the fifteenth session, after its rules:
69% of its headlines, 74% of its sources, 93% of its dates and 83% of its furniture right, 0.41% of
its text lost, one of its two copies merged: on the whole set (text pages) headlines 0.896, sources
0.854, furniture 0.864, copies 0.889; on the tune split headlines 0.942, sources 0.920. Round `w`
(75 pages of 75 new hosts, 38 of them farms, 39 in Traditional script, collected blind) was measured
at the start of the sixteenth session and again after its rules, the same both times: 93% of its
headlines, 61% of its sources, 92% of its dates and 72% of its furniture right, 0.44% of its text
lost, its one copy merged: on the whole set (text pages) sources 0.851, furniture 0.862; on the tune
split sources 0.914, dates 0.984, furniture 0.892. Round `x` (60 pages of 60 new hosts, 30 of them
farms, 23 in Traditional script, collected blind) landed at the end of the sixteenth session, after its
rules: 79% of its headlines, 70% of its sources, 90% of its dates and 67% of its furniture right, 1.8%
of its text lost: on the whole set (text pages) headlines 0.8999, sources 0.847, furniture 0.855,
loss 0.53%; on the tune split headlines 0.947, sources 0.906, no source where none is named 0.961,
dates 0.982, furniture 0.882, loss 0.36%. Round `za` (50 pages of 50 new hosts, 28 of them farms,
collected blind) was measured as it came at the start of the eighteenth session: 78% of its
headlines, 70% of its sources, 96% of its dates and 83% of its furniture right, 1.3% of its text lost:
on the whole set (text pages) sources 0.849, loss 0.58%; on the tune split headlines 0.940, sources
0.908, loss 0.455%. Round `zb` (40 pages of 40 new hosts, 12 of them farms, collected blind) was
measured as it came at the end of that session, after rule `line_model`: 79% of its headlines, 76%
of its sources, 100% of its dates and 80% of its furniture right, 1.2% of its text lost: on the
whole set (text pages) headlines 0.897, sources 0.847, furniture 0.880, loss 0.60%; on the tune split
headlines 0.940, sources 0.906, loss 0.47%."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import ingest_real  # noqa: E402

@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    cases = [case for case in ingest_real.load_cases() if case.kind == "text"]
    outputs = ingest_real.ingest(cases, tmp_path_factory.mktemp("real"))
    return cases, outputs, ingest_real.score(cases, outputs, datetime.now())


def share(scores, name):
    return scores[name].share()


def test_no_date_is_in_the_future_and_no_text_is_lost(scored):
    _, _, scores = scored
    assert scores["no future date"].misses == []
    lost, total = scores["body characters lost"]
    # (branch `head13e`, round n's tune pages: 0.55% -> 0.53%)
    # (round p landed: 0.69%; branch `src13g`, round o's tune pages: 0.67%)
    # (branch `head13f`, round o's tune pages: 0.49%, some 0.05% of the gain the headline printed again
    # no longer counted as text)
    # (round r landed: 0.5002%)
    # (the thirteenth session's rules and branches, round r in: 0.48%)
    # (round s landed: 0.51%; branch `head14`: 0.48%)
    # (round t landed: 0.531%; with the fourteenth session's branches: 0.503%)
    # (round u landed: 0.49996%; branch `furn16`, a sentence's start cut off at the page's end kept: 0.493%)
    # (round x landed: 0.53%, 1.8% of its own text lost)
    # (round z landed: 0.564%, 2.4% of its tune text lost)
    # (round za landed: 0.584%, 1.3% of its own text lost; rule line_model: 0.589%)
    # (round zb landed: 0.602%, 1.2% of its own text lost)
    # (rounds ze and zf landed: 0.617%; ze 2.3% of its own text lost, 4.4% of its holdout's; zg and zh: 0.629%;
    # zi and zj: 0.652%, 1.6% of their own text)
    # (rounds zm and zn landed: 0.669%, 1.5% of their text lost as they came)
    # (twenty-second session, rounds zo to zx in: 0.683%, rounds zw and zx 1.27% of their own as they came)
    # (twenty-fourth session, rounds zzk to zzn landed: 0.701%, 1.2% of their own as they came)
    # (twenty-fifth session, rounds zzu to zzz landed: 0.721%; zzw and zzx 1.8% of their own as they came;
    # zzza and zzzb: 0.734%, 1.6% of their own as they came; zzzc and zzzd: 0.745%, 1.5% of theirs;
    # twenty-sixth session, zzzm and zzzn landed: 0.756%, 2.9% of theirs, most of it a page whose numbered
    # captions carry the writer's remarks, text to the gold; zzzu and zzzv landed: 0.849%, 6.6% of theirs as they
    # came, a schedule after the text and a list the text announced taken as furniture: 0.780% with their rules;
    # twenty-seventh session, zzzzc and zzzzd landed: 0.792%, 1.2% of theirs as they came; zzzzm and zzzzn: 0.801%, 1.9% of theirs;
    # twenty-eighth session, zzzzy and zzzzz landed: 0.820%, 2.7% of theirs as they came, most of it a table flattened a cell to a line)
    assert lost <= 0.0083 * total, f"{lost} of {total} body characters lost"


def test_headlines_dates_sources_and_furniture_hold_their_ground(scored):
    _, _, scores = scored
    # (branch `head13e`, round n's tune pages: headlines 0.878 -> 0.885, furniture 0.827 -> 0.838)
    # (round p landed: 0.873)
    # (branch `head13f`, round o's tune pages, leave-one-round-out, merged with round p: headlines 0.882, furniture 0.840)
    # (branch `head13g`, evidence rules checked leave-one-round-out, and five tune headlines brought to FORMAT.md: 0.894)
    # (round t landed: 0.889)
    # (branch `head14`, round s's tune pages and the tune misses of other rounds, leave-one-round-out: 0.904; with round t: 0.899)
    # (branch `head16`, round u's tune pages and batteries, leave-one-round-out: 0.899 -> 0.904)
    # (round v landed: 0.896; branch `head17`, round v's tune pages, leave-one-round-out: 0.902)
    # (round x landed: 0.8999)
    # (round y landed: 0.8982)
    # (round zb landed: 0.8967; round zc: 0.8932; nineteenth session, rounds zc, hb and zd in: 0.8975)
    # (rounds ze and zf landed: 0.8954; zg and zh: 0.8879, 71% of their headlines as they came)
    # (twenty-first session, rounds zk and zl landed: 0.8841, 75% of their headlines as they came)
    assert share(scores, "headlines exact") >= 0.882, scores["headlines exact"].misses
    # (branch `src13c`, sources and dates by shape, measured round by round: dates 0.93 -> 0.95, sources 0.82 -> 0.84)
    # (branch `src13f`, round n's shapes, leave-one-round-out: dates 0.947 -> 0.952, sources 0.819 -> 0.850)
    # (round p landed: 0.936)
    # (branch `head14`: 0.959)
    # (round t landed, with branch `head14`: 0.949)
    # (branch `head16`: 0.955)
    # (seventeenth session, branch `datey`, dates and times in a page's head by their forms: 0.961 -> 0.973, round z in)
    # (twenty-fourth session, rounds zzk to zzn landed: 0.9699, 35 of their 37 dates as they came; zzo and zzp: 0.9688,
    # 20 of their 22, zzo002's date the copy's it was merged with; zzs and zzt: 0.9674, 18 of their 20;
    # twenty-fifth session, zzu to zzz landed: 0.9665, 47 of their 52 as they came; zzza and zzzb: 0.9654, 13 of 15;
    # zzze and zzzf: 0.9650, 19 of their 21; twenty-sixth session, zzzq and zzzr landed: 0.9637, 19 of their 21;
    # twenty-eighth session, zzzzw landed: 0.9629, 13 of its 14)
    assert share(scores, "stated dates right") >= 0.962, scores["stated dates right"].misses
    # (branch `src13d`, round m's shapes: sources 0.81 -> 0.839 on the text pages of both splits)
    # (round p landed: 0.829; branch `src13g`, round o's tune pages and batteries: 0.829 -> 0.843)
    # (branch `head13g`, the publication a text's people talk to: 0.857)
    # (round r landed: 0.853)
    # (branch `src13h` and round r's tune pages: 0.860)
    # (round s landed: 0.842; branch `src14`, round s's tune pages and mechanisms checked leave-one-round-out: 0.865)
    # (round t landed: 0.830; with branch `src14`: 0.853)
    # (round u landed: 0.846; branch `src16`, round u's tune pages, leave-one-round-out: 0.858)
    # (round v landed: 0.854; branch `src17`, round v's tune pages, leave-one-round-out: 0.861)
    # (round w landed: 0.851)
    # (round x landed: 0.8466; branch `srcy`, the tune pages of rounds w, x, y: 0.850 -> 0.856)
    # (round za landed: 0.8488; round zb: 0.8473; nineteenth session, rounds zc, hb and zd in: 0.8552)
    # (twentieth session, rounds ze to zh in: 0.8543; zi and zj landed: 0.8508)
    # (rounds zm and zn landed: 0.8479, 65% of their sources as they came)
    # (rounds zw and zx landed: 0.8423, 57% of their own as they came; zzc and zzd: 0.8389, 73% of theirs;
    # zze and zzf: 0.8338, 54% of theirs as they came; twenty-fourth session, zzq and zzr: 0.8310, 46% of theirs;
    # zzs and zzt: 0.8295, 74% of theirs; twenty-fifth session, zzu to zzz landed: 0.8261, 41 of their 62 as they came;
    # twenty-seventh session, zzzy and zzzz landed: 0.8249, 4 of their 13 as they came; zzzze and zzzzf: 0.8229, 14 of their 20)
    assert share(scores, "sources right") >= 0.822, scores["sources right"].misses
    # (branch `src13e`: a credit that names no one passes over, 0.920 -> 0.925; branch `src13g`: 0.933;
    # branch `src14`, the names a site gives itself: 0.938; with round t: 0.938; round u landed: 0.934;
    # branch `src16`, a site signing its page with its domain: 0.940; branch `srcy`: 0.939 -> 0.942)
    # (rounds zi and zj landed: 0.9381)
    # (rounds zm and zn landed: 0.9376; zs and zt: 0.9340, 83% of their own as they came)
    # (rounds zza and zzb landed: 0.9304, 82% of their own as they came; zzg and zzh: 0.9288, 82% of theirs)
    assert share(scores, "no source where none is named") >= 0.928, scores["no source where none is named"].misses
    # (branch `head13d`, furniture by what the page shows, checked leave-one-round-out: 0.833 -> 0.836)
    # (round p landed: 0.8286)
    # (branch `furn13`, kinds of lines across all rounds' tune pages, leave-one-round-out: 0.842 -> 0.862)
    # (round t landed: 0.852; branch `furn14`: 0.857; branch `furn15`, round t's tune pages, leave-one-round-out: 0.862)
    # (round u landed: 0.8605; branch `furn16`, round u's tune pages and the same kinds in other rounds: 0.8649)
    # (round v landed: 0.8640; branch `furn17`, round v's tune pages and copies of the text: 0.8662; branch `head17`: +0.0008)
    # (round w landed: 0.8622)
    # (round x landed: 0.8553)
    # (eighteenth session, rule line_model: 0.859 -> 0.881, round za in; round zb landed: 0.8798)
    # (nineteenth session, line_model refitted, rounds zc and zd in: 0.8835)
    # (rounds zi and zj landed: 0.8827; zk and zl: 0.8811, 81% of their furniture as they came)
    # (rounds zza and zzb landed: 0.8776, 76% of their furniture as they came; line_model refitted to
    # rounds a to zzd: 0.8868, holdout 2934 -> 2949 lines; zzi and zzj landed: 0.8848, 73% of their own;
    # twenty-fourth session, zzk to zzn landed: 0.8839, 85% of their own as they came;
    # twenty-eighth session, zzzzw landed: 0.8824, 102 of its 188 as it came; zzzzy and zzzzz: 0.8811, 106 of their 141;
    # line_model refitted to the tune pages of rounds a to zzzzzd: 0.8890, holdout 4790 -> 4811 lines)
    assert share(scores, "furniture removed") >= 0.888
    # (twenty-fifth session, zzze and zzzf landed: one clean page flagged as spun, zzzf018, a holdout page,
    # the first of the set's 3,563 clean pages; zzzi and zzzj: a second, also in the holdout, 2 of 3,702;
    # reported, not inspected; twenty-sixth session, zzzq and zzzr landed: a third, a holdout page, 3 of 3,846;
    # the shuffled-text check reading particles in Simplified: 2 again, of 4,027)
    assert len(scores["clean pages not flagged"].misses) <= 2, scores["clean pages not flagged"].misses


def test_the_tune_split_holds_what_its_rules_reached(scored):
    """Issue 13's ninth session (branch `head13c`) on the tune split's text pages alone, where the
    rules were read against (the holdout is measured by bench/ingest_real.py, never tuned on):
    headlines 93.6% -> 94.2%, furniture 83.2% -> 83.8%, 0.45% -> 0.46% of the text lost; branch
    `loss13`: furniture 83.8% -> 85.3%, 0.52% -> 0.30% of the text lost; branch `head13d`: furniture
    85.4% -> 85.6%; branch `src13e`: floors on sources, no source where none is named and stated dates;
    branch `head13e` (round n): headlines 92.8% -> 93.8%, furniture 84.2% -> 85.7%, 0.32% -> 0.28% lost;
    branch `head13f` (round o): headlines 93.1% -> 93.8%, furniture 85.0% -> 86.2%, 0.46% -> 0.24% lost
    (0.05% of it the headline printed again, no longer counted as text)."""
    cases, outputs, _ = scored
    tune = ingest_real.score([case for case in cases if case.split == "tune"], outputs, datetime.now())
    # (round p landed: headlines 0.917, furniture 0.840, no source where none is named 0.945, dates 0.958, loss 0.55%)
    # (branch `head13f`, merged with round p: headlines 0.928, furniture 0.855, loss 0.29%)
    # (round q landed: headlines 0.924, loss 0.31%)
    # (branch `head13g`: headlines 0.942, sources 0.922, no source where none is named 0.963)
    # (round r landed: headlines 0.934; branch `head13h`, round r's tune pages, leave-one-round-out: 0.944)
    # (round s landed: headlines 0.938, sources 0.909, no source where none is named 0.956, loss 0.33%)
    # (round t landed: headlines 0.932, sources 0.893, loss 0.37%)
    # (branch `head14`: headlines 0.951, dates 0.989, loss 0.29%; with round t: 0.944)
    # (branch `head16`: headlines 0.944 -> 0.949, dates 0.985 -> 0.987)
    # (round v landed: 0.942; branch `head17`: 0.950)
    # (round x landed: 0.9469)
    # (round y landed: 0.9433)
    # (round za landed: 0.9402; round zb: 0.9399; round zc: 0.9337; nineteenth session, zd in: 0.9377)
    # (rounds ze and zf landed: 0.9338; zg and zh: 0.9240; zk and zl: 0.9205)
    # (rounds zs to zx landed: 0.9164)
    # (twenty-sixth session, zzzw and zzzx landed: 0.9126, 18 of their 23 tune headlines as they came)
    assert share(tune, "headlines exact") >= 0.912, tune["headlines exact"].misses
    # (branch `furn13`: furniture 0.857 -> 0.884; with rounds s and t: 0.884; branch `furn15`: 0.891)
    # (round u landed: 0.888; branch `furn16`: 0.8945; branch `furn17`: 0.8985; branch `head17`: +0.001)
    # (round w landed: 0.8925)
    # (round x landed: 0.8823)
    # (round y landed: 0.8820)
    # (rule line_model, fitted to these pages' gold (in-sample here; its figures on pages it was not
    # fitted to are the holdout's and bench/README.md's): 0.883 -> 0.908, round za in)
    # (nineteenth session, refitted, rounds zc and zd in: 0.9097)
    # (twentieth session, rounds ze to zh in: 0.9071; zi and zj landed: 0.9053; zk and zl: 0.9045)
    # (twenty-third session, rounds zy and zz landed: 0.9008; zza and zzb: 0.8971, 74% of their own tune lines;
    # line_model refitted to rounds a to zzd (in-sample): 0.9093)
    # (twenty-fourth session, rounds zzk and zzl landed: 0.9055, 79% of their own tune lines; zzq and zzr: 0.9033, 76%)
    # (twenty-fifth session, zzu to zzz landed: 0.9028, 86% of their own tune lines as they came;
    # twenty-eighth session, zzzzw landed: 0.8994, 62 of its 141 tune lines as it came, most of them one forum page's;
    # zzzzy and zzzzz: 0.8972, 84 of their 117; line_model refitted to rounds a to zzzzzd (in-sample): 0.9068)
    assert share(tune, "furniture removed") >= 0.906
    # (branch `src13e`: sources 91.2%, no source where none is named 94.8% -> 95.6%, dates 97.9% -> 98.7%)
    # (branch `src13f`: sources 87.6% -> 91.1%, no source where none is named 94.9% -> 95.3%, dates 97.7% -> 98.4%)
    # (branch `src13g`, round o: sources 89.2% -> 91.0%, no source where none is named 94.5% -> 95.6%, dates 95.8% -> 96.1%, loss 0.55% -> 0.51%)
    # (thirteenth session, round r in: sources 93.0%, no source where none is named 96.2%, loss 0.28%)
    # (branch `src14`: sources 93.5%, no source where none is named 96.3%; with round t: 92.0%)
    # (round u landed: 90.9%; branch `src16`, round u's tune pages: 92.7%)
    # (round v landed: 0.920; branch `src17`, round v's tune pages: 0.929)
    # (round w landed: 0.914)
    # (round x landed: 0.9057; branch `srcy`, the tune pages of rounds w, x, y: 0.915 -> 0.924)
    # (round z landed: 0.9176)
    # (round za landed: 0.9082; round zb: 0.9065; nineteenth session, rounds zc and zd in: 0.9195)
    # (rounds zi and zj landed: 0.9140)
    # (rounds zm and zn landed: 0.9078)
    # (rounds zs to zx landed: 0.9013; zza and zzb: 0.8961, 62% of their own tune sources; zzc and zzd: 0.8942;
    # zze and zzf: 0.8876, 50% of their own tune sources; zzg and zzh: 0.8854, 56% of theirs;
    # twenty-fourth session, zzk and zzl: 0.8840, 64% of theirs; zzq and zzr: 0.8820, 44% of theirs; zzs and zzt: 0.8800)
    # (twenty-fifth session, zzu to zzz landed: 0.8778, 27 of their 39 tune sources as they came;
    # twenty-seventh session, zzzy and zzzz landed: 0.8752, 4 of their 9; zzzzc and zzzzd: 0.8745, 13 of their 16;
    # zzzze and zzzzf: 0.8715, 11 of their 17; twenty-eighth session, zzzzzg and zzzzzh: 0.8706, 11 of their 16)
    assert share(tune, "sources right") >= 0.870, tune["sources right"].misses
    # (round r landed: no source where none is named 0.955; round u landed: 0.9595; branch `src16`: 0.967)
    # (round x landed: 0.9613)
    # (round y landed: 0.9584; branch `srcy`: 0.958 -> 0.963)
    # (twentieth session, rounds ze to zh in: 0.9581; zi and zj landed: 0.9554; zo to zr: 0.9543)
    # (rounds zw and zx landed: 0.9505; zzg and zzh: 0.9478; twenty-seventh session, zzzzm and zzzzn: 0.9466, 15 of their 18;
    # zzzzo and zzzzp: 0.9460, 16 of their 18; twenty-eighth session, zzzzw and zzzzx: 0.9448, 16 of their 19;
    # zzzzzc and zzzzzd: 0.9439, 16 of their 19)
    assert share(tune, "no source where none is named") >= 0.943, tune["no source where none is named"].misses
    # (round w landed: 0.984)
    # (round x landed: 0.9822)
    # (round y landed: 0.9807)
    # (branch `datey`: 0.981 -> 0.994, round z in)
    # (twentieth session, rounds ze to zh in: 0.9881)
    # (rounds zm and zn landed: 0.9860, 91% of their dates as they came; zzk and zzl: 0.9841, 8 of their 9;
    # zzo and zzp: 0.9821, 11 of their 13; zzq and zzr: 0.9812, 11 of their 12; zzs and zzt: 0.9793, 14 of their 16)
    # (twenty-fifth session, zzzg and zzzh landed: 0.9781, 13 of their 15 tune dates as they came, one a US-order
    # 12/01/2009 read day first beside its own 2009年12月1日; twenty-sixth session, zzzq and zzzr landed: 0.9774,
    # 13 of their 15 tune dates as they came; zzzu and zzzv: 0.9769, 12 of their 13; twenty-seventh session,
    # zzzzg and zzzzh landed: 0.9751, 9 of their 11; zzzzm and zzzzn: 0.9742, 17 of their 19;
    # zzzzq and zzzzr: 0.9729, 10 of their 12; zzzzu and zzzzv: 0.9719, 17 of their 18)
    assert share(tune, "stated dates right") >= 0.971, tune["stated dates right"].misses
    lost, total = tune["body characters lost"]
    # (seventeenth session, rule markup_tags: 0.35%, x039's one-line post whose gold keeps its info line; round y landed: 0.382%)
    # (round z landed: 0.443%, 2.4% of its own tune text lost)
    # (round za landed: 0.455%, 0.81% of its own tune text lost; round zb: 0.473%, 1.4% of its own)
    # (rounds zi and zj landed: 0.491%, 1.4% of their own tune text lost; zs and zt: 0.508%, 0.78% of their own)
    # (rounds zw and zx landed: 0.522%; zy and zz: 0.531%; zzc and zzd: 0.550%, zzd001's points under a
    # header taken for a list whose text below the excerpt cut off; line_model refitted to rounds a to zzd: 0.551%;
    # zzi and zzj landed: 0.560%; twenty-fifth session, zzu to zzz landed: 0.580%, zzw and zzx 2.6% of their own tune text;
    # zzzc and zzzd: 0.599%, 2.1% of their own tune text as they came; zzzi and zzzj: 0.601%, 1.0% of theirs;
    # twenty-sixth session, zzzm and zzzn landed: 0.624%, 3.6% of their own tune text; zzzu and zzzv: 0.718%, 5.3%
    # of theirs as they came, 0.648% with their rules; zzzw and zzzx: 0.655%, 1.3% of their own tune text;
    # twenty-seventh session, zzzzc and zzzzd landed: 0.665%, 1.25% of their own tune text; zzzze and zzzzf: 0.674%, 1.26% of theirs;
    # zzzzm and zzzzn: 0.692%, 2.0% of their own tune text; twenty-eighth session, zzzzy and zzzzz: 0.729%, 3.5% of
    # their own tune text as they came, most of it one table flattened a cell to a line; zzzzza and zzzzzb: 0.733%,
    # 3.0% of their own tune text as they came)
    assert lost <= 0.0074 * total, f"{lost} of {total} body characters lost"  # (round x landed: 0.359%) (branch `head13f`: 0.29%; thirteenth session: 0.28%; round s: 0.33%; round t: 0.37%; head14: 0.29%; all: 0.33%; round u: 0.35%; furn16: 0.337%)


def test_spun_pages_are_flagged_and_clean_ones_are_not(scored):
    """Synonym-spun pages carry the spinner's odd phrases (checks.shuffled_text, spinning.py):
    18 of the 45 spun or stitched pages today (16 before branch `spin13`'s forms of two more spinner
    tables; 14 before branch `farm13`'s connectors stuffed in as
    paragraphs and keyword lines between clauses; 13 of 31 before rounds m and n; 8 of 25 before the seventh session's spinner lists and
    its check for a paragraph printed again with keywords pushed in; 4 of 13 when this was written): the synonym- and homophone-spun ones (the others are
    stitched from unrelated paragraphs or stuffed with keyword fragments, which the check does not
    claim to see); two clean pages of 3,702 are flagged (holdout pages: not inspected),
    Traditional, Cantonese and leaked-pinyin pages included (false positives hide real news)."""
    _, _, scores = scored
    # (thirteenth session: five forms of the old 伪原创 table, round r's r027: 20)
    # (twenty-first session: a betting site's name pushed into the sentences, stuffing.betting_sites: 38 of 124)
    assert scores["spun/shuffled flagged"].right >= 38, scores["spun/shuffled flagged"].misses
    # (twenty-fifth session: zzzf018 and a zzzi or zzzj page, both in the holdout, the first clean pages flagged;
    # reported, not inspected; twenty-sixth session: a zzzq or zzzr page, also in the holdout, then 2 again)
    assert len(scores["clean pages not flagged"].misses) <= 2, scores["clean pages not flagged"].misses


def test_copies_of_one_text_become_one_article(scored):
    _, _, scores = scored
    # (branch `src13f`: glued pinyin read as leaked, 20/26 -> 22/26)
    # (branch `farm13`: a keyword-stuffed copy under nearly the same headline, 20/26 -> 23/26)
    # (round p landed: 24/29)
    # (branch `head13f`: o021 and its copy o022 merge, 25/29 with round p)
    # (branch `furn13`: p088 and p089 merge once the other stories under them go, 29/32)
    # (round v landed: 32/36, one of its two copies not merged)
    # (round ze landed: 39/45, a copy stuffed with its headline's pieces not merged; merged in the
    # twentieth session; zi and zj landed: 42/49)
    # (round zx landed: 47/55, its copy zx012 a scrambled one of zx011; zza and zzb: 49/59, two of their three not merged;
    # zze and zzf: 50/61; twenty-fourth session, zzq and zzr: 55/68, zzr018 (a copy's one paragraph) not merged;
    # twenty-fifth session, zzu to zzz landed: 57/72, two of their five copies not merged, each with its twin in the holdout;
    # zzzi and zzzj: 60/76, zzzj024 not merged with its twin zzzj023 across the splits; twenty-sixth session,
    # zzzs and zzzt landed: 0.778, one of their two tune copies not merged as they came; zzzw and zzzx: 0.762,
    # neither of their two groups of copies merged whole as they came; twenty-eighth session, zzzzza and zzzzzb: 0.748,
    # neither of zzzzzb's two groups merged whole: an edited Simplified copy of a Traditional page, a back-translated one,
    # and excerpts of one feature that start at different paragraphs; zzzzzg and zzzzzh: 0.736, one of their two groups
    # merged whole as they came)
    assert share(scores, "copies merged") >= 0.73, scores["copies merged"].misses


@pytest.mark.skipif(not ingest_real.SEED.is_file(), reason="needs shared/seeds/")
def test_the_example_and_its_real_copies_are_one_article_with_its_date(scored):
    cases, outputs, _ = scored
    group = ["seed", "b001", "b002", "b003"]
    assert {outputs[key][2] for key in group} == {outputs["b001"][2]}
    primary = next(outputs[key][1] for key in group if outputs[key][0] != "duplicate")
    assert primary.date.value.startswith(ingest_real.SEED_DATE)
    assert "Scale" in primary.title and not primary.title.startswith(("子女测算", "八卦六爻", "首页"))
