"""Stores: the embedded pyoxigraph store on disk, or a SPARQL server, behind one interface.

``open_store(spec)`` chooses by the spec: ``http(s)://…`` is a remote SPARQL endpoint
(:mod:`kg.stores.remote`), anything else a directory for the embedded store
(:mod:`kg.stores.embedded`). Both satisfy the protocol of :mod:`kg.stores.base`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kg.stores.base import GraphStore, describe
from kg.stores.embedded import Store, default_store_path

__all__ = ["GraphStore", "Store", "default_store_path", "describe", "is_remote", "open_store"]

_URL = re.compile(r"https?://", re.I)


def is_remote(spec: str | os.PathLike[str] | None) -> bool:
    return spec is not None and bool(_URL.match(str(spec)))


def open_store(
    spec: str | os.PathLike[str] | None,
    *,
    read_only: bool = False,
    update_endpoint: str | None = None,
    gsp_endpoint: str | None = None,
    wait: float = 0.0,
) -> GraphStore:
    """The store at ``spec``: a SPARQL endpoint URL, or a directory (default: KG_STORE or .kg)."""
    if is_remote(spec):
        # imported here only, so that a local command does not load requests
        from kg.stores.remote import RemoteStore

        return RemoteStore(
            str(spec),
            update_endpoint=update_endpoint or os.environ.get("KG_UPDATE_ENDPOINT") or None,
            gsp_endpoint=gsp_endpoint or os.environ.get("KG_GSP_ENDPOINT") or None,
            read_only=read_only,
        )
    path = Path(spec) if spec is not None else default_store_path()
    return Store(path, read_only=read_only, wait=wait)  # wait: seconds for a busy store
