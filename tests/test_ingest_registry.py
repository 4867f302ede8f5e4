"""The ingester table (kg.ingest.registry) is the one place kinds of source are declared: the
folder walk, the choice of reader, ``kg build``'s help and its messages all read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import registry
from kg.ingest import sources as ingest_sources
from kg.ingest.base import FileIngester, ReadOptions


def test_no_two_ingesters_claim_a_suffix_and_each_is_lower_case_with_a_dot():
    claimed = [s for i in registry.INGESTERS for s in i.suffixes]
    assert len(claimed) == len(set(claimed))
    assert all(s.startswith(".") and s == s.lower() for s in claimed)
    assert len({i.name for i in registry.INGESTERS}) == len(registry.INGESTERS)


@pytest.mark.parametrize("ingester", registry.INGESTERS, ids=lambda i: i.name)
def test_each_suffix_chooses_its_ingester_in_any_case(ingester):
    for suffix in ingester.suffixes:
        assert registry.for_path(Path(f"a{suffix}")) is ingester
        assert registry.for_path(Path(f"a{suffix.upper()}")) is ingester
    assert registry.by_name(ingester.name) is ingester


def test_a_file_named_with_another_suffix_is_read_as_an_article():
    assert registry.for_path(Path("notes.md")) is registry.FALLBACK
    assert registry.FALLBACK.name == "article"
    assert not registry.known(Path("notes.md"))


def test_a_new_ingester_in_the_table_is_walked_and_read(tmp_path, monkeypatch):
    """The walk and the reader follow the table: one entry is all a new kind of source needs."""
    seen: list[tuple[Path, ReadOptions]] = []

    def read(path: Path, options: ReadOptions) -> list:
        seen.append((path, options))
        return []

    fake = FileIngester("fake", (".fake",), "fakes", read)
    monkeypatch.setattr(registry, "INGESTERS", (*registry.INGESTERS, fake))
    (tmp_path / "a.fake").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("x", encoding="utf-8")
    found = list(ingest_sources.find_sources([tmp_path]))
    assert found == [tmp_path / "a.fake"]
    assert ingest_sources.extract_source(found[0], as_of="2020-01-01") == []
    assert seen[0][0] == tmp_path / "a.fake" and seen[0][1].as_of == "2020-01-01"
    assert ".fake" in registry.describe()


def test_build_help_and_the_empty_folder_message_name_every_suffix(tmp_path):
    runner = CliRunner()
    helped = runner.invoke(main, ["build", "--help"], terminal_width=200)
    assert helped.exit_code == 0
    text = " ".join(helped.output.split())
    assert registry.describe() in text and "'-'" in text
    (tmp_path / "empty").mkdir()
    done = runner.invoke(main, ["build", "--store", str(tmp_path / "s"), str(tmp_path / "empty")])
    assert done.exit_code == 1
    refused = next(line for line in done.output.splitlines() if line.startswith("skipped:"))
    assert all(s in refused for s in registry.suffixes())
