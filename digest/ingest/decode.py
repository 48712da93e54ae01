"""Bytes to text: refuse what is not an article file, detect the encoding per file.

Scraped Chinese pages come as UTF-8 (with or without BOM), GB18030/GBK/GB2312, Big5, now and
then UTF-16. UTF-8 is strict enough to be tried first; for the legacy encodings every candidate
that decodes is scored by how many of its Han characters are *common* ones (level 1 of GB2312 and
of Big5): the wrong decoding of the same bytes yields rare characters.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_MAX_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Declared charsets mapped onto the codec that reads all of them: GB2312 pages routinely hold GBK.
_CODEC_FOR = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
              "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "utf-8": "utf-8", "utf8": "utf-8"}
_LEGACY = ("gb18030", "big5hkscs")


def _few_stray_bytes(text: str) -> int:
    """How many replaced characters still leave a text in the encoding that replaced them."""
    return max(8, len(text) // 500)


class InputError(Exception):
    """The file is not something ingest can clean; the message is the one-line reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable bytes replaced by U+FFFD


def check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise InputError("empty file")
    if size > max_bytes:
        raise InputError(f"too large: {size:,} bytes (the limit is {max_bytes:,}; raise `ingest: max_bytes`)")


def decode_bytes(raw: bytes, looks_html: bool = False) -> Decoded:
    """Decode one input file, or raise InputError saying why it cannot be an article."""
    if not raw.strip():
        raise InputError("empty file")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return Decoded(_strip_bom(raw.decode(codec, errors="replace")), codec.replace("-sig", "") + " (BOM)")
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return Decoded(raw.decode(utf16, errors="replace"), utf16)
    _refuse_binary(raw)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = raw.decode("utf-8", errors="replace")
    replaced = mostly_utf8.count("\ufffd")
    if replaced <= max(4, len(mostly_utf8) // 1000) and len(mostly_utf8) > 100:  # stray bad bytes in a UTF-8 file
        return Decoded(mostly_utf8, "utf-8", replaced)
    declared = _declared_charset(raw) if looks_html else None
    if declared and declared != "utf-8":
        try:
            return Decoded(raw.decode(declared), declared)
        except UnicodeDecodeError:
            # A few stray bytes (a Big5 page with some UTF-8 pasted in) do not make the page another
            # encoding: GB18030 decodes nearly any bytes, into nonsense (`國光免費` as `礚布チ`).
            text = raw.decode(declared, errors="replace")
            replaced = text.count("\ufffd")
            if replaced <= _few_stray_bytes(text):
                return Decoded(text, _encoding_name(declared), replaced)
    return _best_legacy(raw)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM has a zero byte in every other position (for ASCII and much
    of the BMP); tell which half holds them."""
    sample = raw[:4000]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(raw: bytes) -> None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    sample = raw[:8192]
    controls = len(_CONTROL.findall(sample))
    if b"\x00" in sample or controls > max(4, len(sample) // 100):
        raise InputError("binary file (control bytes), not text")


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    return _CODEC_FOR.get(match.group(1).decode("ascii").lower())


def _best_legacy(raw: bytes) -> Decoded:
    candidates: list[tuple[float, int, str, str, int]] = []
    for order, codec in enumerate(_LEGACY):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            # a few stray bytes (some UTF-8 pasted into Big5) still leave the text in this
            # encoding: GB18030, which decodes nearly any bytes, must not win by default
            text = raw.decode(codec, errors="replace")
        replaced = text.count("\ufffd")
        if replaced <= _few_stray_bytes(text):
            candidates.append((_common_share(text), -order, codec, text, replaced))
    if candidates:
        _score, _order, codec, text, replaced = max(candidates)
        return Decoded(text, _encoding_name(codec), replaced)
    # Nothing decodes cleanly: take the decoding that needs the fewest replacements, if few.
    scored = []
    for codec in ("utf-8", *_LEGACY):
        text = raw.decode(codec, errors="replace")
        scored.append((text.count("\ufffd"), codec, text))
    replaced, codec, text = min(scored)
    if replaced > max(3, len(text) // 200):
        raise InputError("unknown text encoding (not UTF-8, GB18030/GBK or Big5)")
    return Decoded(text, _encoding_name(codec), replaced)


def _encoding_name(codec: str) -> str:
    return {"big5hkscs": "big5"}.get(codec, codec)


def _common_share(text: str) -> float:
    common = common_han()
    han = [char for char in text if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"]
    if not han:
        # No Han characters at all: prefer the decoding without exotic symbols.
        return 0.5 - sum(1 for char in text if ord(char) > 0x2FFF) / max(1, len(text))
    return sum(1 for char in han if char in common) / len(han)


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The ~3,755 most common simplified characters (GB2312 level 1) and ~5,401 common
    traditional ones (Big5 level 1), read out of the codecs themselves."""
    chars: set[str] = set()
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for high in range(0xA4, 0xC7):
        for low in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if high == 0xC6 and low > 0x7E:
                break
            try:
                chars.add(bytes((high, low)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)
