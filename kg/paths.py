"""Where the project's data files are: beside the package in a checkout (``pip install -e .``),
and how its YAML data is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's loader reads the same objects ~6x faster; fall back where libyaml is absent
    _LOADER: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _LOADER = yaml.SafeLoader

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "dispute.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ROOT / "queries"
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
GAZETTEER_DIR = DATA_DIR / "gazetteer"
BORDERLINES_DIR = DATA_DIR / "borderlines"


def read_yaml(path: Path | str) -> Any:
    """The YAML file's data, read by the safe loader. Every data file goes through here: a worker
    reads ~77 KB of lexicons at start (some files twice or three times), which the pure-Python
    loader took ~0.15 s of CPU for and libyaml's takes ~0.02 s (the same objects: checked on
    every file of ``data/``); the gazetteer's files were read by libyaml's already."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)
