"""Inputs in any common Chinese encoding, and inputs that are not articles at all."""
from __future__ import annotations

import codecs

import pytest

from digest.ingest.decode import InputError, check_size, decode_bytes
from test_ingest_helpers import PARAGRAPHS, TITLE, raw_article, run_ingest, write_inputs

TEXT = raw_article(head=["来源：新华网"])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "utf-16"])
def test_simplified_text_decodes_in_every_common_encoding(encoding):
    decoded = decode_bytes(TEXT.encode(encoding))
    assert decoded.text.lstrip("\ufeff") == TEXT


def test_big5_traditional_text_is_told_from_gbk():
    traditional = "數據獨角獸遭遇客戶流失潮\n報導指出，除谷歌外，微軟等其他主要客戶也在疏遠這家公司。\n"
    decoded = decode_bytes(traditional.encode("big5"))
    assert decoded.text == traditional and decoded.encoding == "big5"


@pytest.mark.parametrize("declared", [True, False])
def test_big5_with_a_few_utf8_bytes_pasted_in_stays_big5(declared):
    """GB18030 decodes nearly any bytes, so a Big5 page that a few UTF-8 characters make invalid
    Big5 must not become GB18030 nonsense (`國光免費` read as `礚布チ`), declared or not."""
    line = "國光客運新開北宜高國5三條新路線，今天開放免費試乘第二天，人潮較昨天銳減，但仍發生零星衝突。\n"
    traditional = line * 20
    head = b'<html><head><meta charset="big5"></head><body>' if declared else b""
    data = head + traditional.encode("big5") + "（記者·報導）".encode() + traditional.encode("big5")
    decoded = decode_bytes(data, looks_html=declared)
    assert decoded.encoding == "big5" and 1 <= decoded.replaced <= 8  # the pasted characters, not the page
    assert decoded.text.count(line) >= 39  # (the line the pasted bytes run into may lose a character)


def test_utf8_with_one_bad_byte_stays_utf8():
    data = TEXT.encode("utf-8")
    data = data[:50] + b"\xff" + data[50:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and 1 <= decoded.replaced <= 4  # the broken character, not the file


def test_declared_charset_of_an_html_page_is_used():
    page = f'<html><head><meta charset="gb2312"><title>{TITLE}</title></head><body><p>{PARAGRAPHS[0]}</p></body></html>'
    assert decode_bytes(page.encode("gb18030"), looks_html=True).text == page


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"%PDF-1.7 \x00\x01", "binary file (a PDF document), not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image), not text"),
    (bytes(range(0, 32)) * 20, "binary file (control bytes), not text"),
])
def test_what_is_not_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)


def test_enormous_files_are_refused_before_reading():
    with pytest.raises(InputError, match="too large: 6,000,000 bytes"):
        check_size(6_000_000, 5_000_000)


def test_a_batch_goes_on_past_bad_files_and_exits_non_zero(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {
        "a-good.txt": TEXT.encode("gb18030"),
        "b-empty.txt": b"",
        "c-binary.txt": b"\x00\x01\x02" * 100,
        "d-big5.txt": "數據獨角獸遭遇客戶流失潮\n來源：中央社\n報導指出，除谷歌外，微軟等其他主要客戶也在疏遠這家公司，另一家公司同樣尋求退出。\n".encode("big5"),
        "e-crlf.txt": TEXT.replace("\n", "\r\n").encode("utf-8-sig"),
    })
    result = run_ingest(digest_cli, project.root, folder, tmp_path / "missing.txt")
    assert result.code == 1
    assert "failed  " in result.err and "b-empty.txt: empty file" in result.err
    assert "c-binary.txt: binary file (control bytes), not text" in result.err
    assert "missing.txt: no such file or folder" in result.err
    report = result.report()
    assert report["summary"]["failed"] == 3 and report["summary"]["written"] == 2  # e-crlf is a copy of a-good
    assert result.entry("a-good.txt")["encoding"] == "gb18030"
    assert result.entry("d-big5.txt")["encoding"] == "big5"
    front, body = result.article("d-big5.txt")
    assert front["title"] == "數據獨角獸遭遇客戶流失潮" and front["source"] == "中央社"


def test_an_unreadable_file_is_reported(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {"locked.txt": TEXT})
    (folder / "locked.txt").chmod(0)
    try:
        result = run_ingest(digest_cli, project.root, folder / "locked.txt")
    finally:
        (folder / "locked.txt").chmod(0o644)
    if result.code == 0:
        pytest.skip("running as a user who can read anything (root)")
    assert "unreadable: permission denied" in result.err


def test_max_bytes_setting_limits_the_size(project, digest_cli, tmp_path):
    project.write("digest.yaml", "title: t\ningest:\n  max_bytes: 100\n")
    folder = write_inputs(tmp_path / "in", {"long.txt": TEXT})
    result = run_ingest(digest_cli, project.root, folder)
    assert result.code == 1 and "too large" in result.entry("long.txt")["reason"]


def test_bom_is_not_part_of_the_title(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {"bom.txt": codecs.BOM_UTF8 + TEXT.encode("utf-8")})
    front, _ = run_ingest(digest_cli, project.root, folder).article("bom.txt")
    assert front["title"] == TITLE
