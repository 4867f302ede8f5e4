"""Where the project's data files are: beside the package in a checkout (``pip install -e .``),
and how its YAML data is read."""

from __future__ import annotations

import pickle
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
    every file of ``data/``); the gazetteer's files were read by libyaml's already.

    The lexicons' readers ask for the same few files ~75 times a process (lexicon.yaml 14 times,
    lexicon/places.yaml 27): each file is parsed once while it is unchanged (its size and
    modification time) and each caller gets a fresh copy of its data (unpickled, ~30x cheaper
    than parsing again), so no caller sees another's changes."""
    path = Path(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    kept = _PARSED.get(key)
    if kept is None:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        kept = _PARSED[key] = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)
        return data
    return pickle.loads(kept)


#: Each YAML file's data as parsed, pickled, by (resolved path, mtime in ns, size).
_PARSED: dict[tuple[str, int, int], bytes] = {}
