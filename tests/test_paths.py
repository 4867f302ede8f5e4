"""The project's YAML data is read by libyaml's loader where it is installed (kg.paths.read_yaml):
it must give the objects the pure-Python safe loader gives, for every data file."""

from __future__ import annotations

import pytest
import yaml

from kg.paths import DATA_DIR, read_yaml

_FILES = sorted(DATA_DIR.rglob("*.yaml"))


def test_there_are_data_files_to_compare() -> None:
    assert len(_FILES) > 5  # the gazetteer's and the lexicons' files


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_read_yaml_reads_what_the_safe_loader_reads(path) -> None:
    assert read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_read_yaml_refuses_what_the_safe_loader_refuses(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: !!python/object:os.system ls\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        read_yaml(bad)
    bad.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        read_yaml(bad)
