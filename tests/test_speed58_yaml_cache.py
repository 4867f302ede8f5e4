"""``kg.paths.read_yaml`` parses a file once while it is unchanged: each caller still gets its
own copy of the data, and a file written again (another size or modification time) is read again."""

from __future__ import annotations

import os
from pathlib import Path

from kg.paths import read_yaml


def test_each_read_is_a_fresh_copy(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("nouns: [border, island]\nkinds: {state: 1}\n", encoding="utf-8")
    first = read_yaml(f)
    first["nouns"].append("strait")
    first["kinds"]["state"] = 2
    again = read_yaml(f)
    assert again == {"nouns": ["border", "island"], "kinds": {"state": 1}}
    assert again is not read_yaml(f)


def test_a_rewritten_file_is_read_again(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("nouns: [border]\n", encoding="utf-8")
    assert read_yaml(f) == {"nouns": ["border"]}
    f.write_text("nouns: [island, strait]\n", encoding="utf-8")
    assert read_yaml(f) == {"nouns": ["island", "strait"]}
    # same size, later modification time
    f.write_text("nouns: [lagoon, strait]\n", encoding="utf-8")
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert read_yaml(f) == {"nouns": ["lagoon", "strait"]}


def test_a_string_path_and_a_path_read_the_same(tmp_path: Path) -> None:
    f = tmp_path / "dates.yaml"
    f.write_text("signed: 2020-05-05\n", encoding="utf-8")
    assert read_yaml(str(f)) == read_yaml(f)
