"""The README tells the truth: every command it shows exists with the flags it uses, the
Commands table lists every command, and its quick start, run as written, makes a site."""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from conftest import REPO
from digest.cli import _make_parser

README = (REPO / "README.md").read_text(encoding="utf-8")
SCRAPED = sorted((REPO / "bench" / "real" / "pages").glob("a00*.txt"))  # real scraped pages, in the repository


def _shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def _digest_calls(block: str) -> list[list[str]]:
    """Each `digest …` (or `.venv/bin/digest …`) of a shell block, as its arguments."""
    calls = []
    for line in block.splitlines():
        for command in re.split(r"&&|;|\|", line.split(" #")[0]):
            words = shlex.split(command.replace("~", "HOME"))
            if words and Path(words[0]).name == "digest":
                calls.append(words[1:])
    return calls


def test_every_command_shown_runs_with_its_flags():
    parser = _make_parser()
    calls = [call for block in _shell_blocks(README) for call in _digest_calls(block)]
    assert len(calls) >= 8
    for call in calls:
        try:
            parser.parse_args(call)
        except SystemExit as exc:
            if exc.code:
                pytest.fail(f"README shows `digest {' '.join(call)}`, which digest does not accept")


def test_every_command_and_flag_named_in_the_text_exists():
    parser = _make_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    mentions = [shlex.split(call) for call in re.findall(r"`digest ([^`]+)`", README)]
    mentions += [[command, flag] for command, flag in re.findall(r"`digest (\w+)`[^`]*`(--?[a-z-]+)", README)]
    assert len(mentions) > 20
    for words in mentions:
        words = [word for word in words if word.startswith("-") or word.isalpha()]
        if words and words[0] == "-C":
            words = words[2:]
        assert words and words[0] in commands, f"README names `digest {' '.join(words)}`: no such command"
        options = commands[words[0]]._option_string_actions
        for flag in (word.split("=")[0] for word in words[1:] if word.startswith("-")):
            assert flag in options, f"README names `{flag}` for `digest {words[0]}`, which has no such option"


def test_the_commands_table_lists_every_command():
    parser = _make_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    table = README.split("## Commands", 1)[1].split("\n## ", 1)[0]
    for name in commands:
        assert f"| `digest {name}" in table, f"`digest {name}` is missing from the README's Commands table"


def test_the_quick_start_makes_a_site_as_written(tmp_path, digest_cli, monkeypatch):
    block = _shell_blocks(README.split("## Quick start", 1)[1])[0]
    scraped = tmp_path / "HOME" / "scraped"
    scraped.mkdir(parents=True)
    for path in SCRAPED:
        shutil.copy(path, scraped / path.name)
    monkeypatch.chdir(tmp_path)
    ran = []
    for line in block.splitlines():
        for command in line.split(" #")[0].split("&&"):
            words = shlex.split(command.replace("~", str(tmp_path / "HOME")))
            if words[:1] == ["cd"]:
                monkeypatch.chdir(words[1])
            elif words[:2] == ["digest", "serve"]:
                continue  # serves until stopped: tests/test_serve_* run it
            elif words[:1] == ["digest"]:
                result = digest_cli(*words[1:])
                assert result.code == 0, f"{command}: {result.err}"
                ran.append(words[1])
    assert ran == ["init", "ingest", "check", "build"]
    site = tmp_path / "HOME" / "mysite"
    assert (site / "site" / "index.html").is_file()
    assert list((site / "content").rglob("*.md")) and list((site / "raw").iterdir())
