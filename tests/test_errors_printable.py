"""A file name with a newline or a terminal escape in it cannot break a one-line error or colour
the user's terminal: every message that echoes a name shows control characters escaped."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import printable

NASTY = "a\nb\x1b[31mred\x07\r.txt"


def _clean_one_line(output: str) -> None:
    assert output.count("\n") == 1, output
    assert not any(c in output for c in "\x1b\x07\r"), output


def test_printable_escapes_control_characters_only():
    assert printable(NASTY) == "a\\nb\\x1b[31mred\\x07\\r.txt"
    assert printable("Kuril Islands – 北方領土.txt") == "Kuril Islands – 北方領土.txt"


@pytest.mark.parametrize("command", [["extract"], ["load"], ["build", "--strict"]])
def test_a_missing_file_with_control_characters_is_one_clean_line(tmp_path, command):
    args = [
        *command,
        str(tmp_path / NASTY.replace(".txt", ".ttl" if command == ["load"] else ".txt")),
    ]
    if command[0] != "extract":
        args += ["--store", str(tmp_path / "s")]
    done = CliRunner().invoke(main, args)
    assert done.exit_code != 0
    _clean_one_line(done.output)
    assert "a\\nb\\x1b[31mred" in done.output


def test_a_bad_source_with_control_characters_is_one_clean_line(tmp_path):
    (tmp_path / NASTY).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    done = CliRunner().invoke(
        main, ["build", "--store", str(tmp_path / "s"), str(tmp_path / NASTY)]
    )
    assert done.exit_code == 1
    skipped = [line for line in done.output.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 1 and "a PNG image" in skipped[0]
    _clean_one_line(skipped[0] + "\n")
