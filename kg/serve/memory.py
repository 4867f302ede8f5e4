"""The memory cap of a query worker: what one query may add to its process, as a database caps it.

pyoxigraph holds a whole ORDER BY or GROUP BY in memory (one over a cartesian product took
3.5 GB) and cannot be asked to stop. So each worker caps its own address space
(``RLIMIT_AS``) at what it uses when ready plus the cap: an allocation past it fails, Rust aborts
the worker (SIGABRT), the pool answers that query with a clean error and starts a new worker.
Address space, not resident memory: it is what the kernel can refuse at the allocation itself.
"""

from __future__ import annotations

import re
import signal
import sys

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*", re.IGNORECASE)
#: How a worker that met its cap ends: Rust aborts on a failed allocation.
CAP_SIGNALS = (-signal.SIGABRT,)


def parse_size(text: str) -> int | None:
    """Bytes from ``2G``, ``512M``, ``1.5GiB`` or a plain number; None for ``0``/``none`` (no cap).

    Raises ValueError naming what is allowed.
    """
    if text.strip().lower() in ("0", "none", "off", "unlimited"):
        return None
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a size: write e.g. 2G, 512M or 0 for no cap")
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    if size < 64 << 20:
        raise ValueError(f"{text!r} is under 64M: too little for a query to run at all")
    return size


def show(size: int | None) -> str:
    """``2G`` for 2 GiB: the way the option is written."""
    if size is None:
        return "no cap"
    for unit in ("T", "G", "M", "K"):
        if size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]}{unit}"
    return str(size)


def cap(extra: int | None) -> str | None:
    """Limit this process to its address space now plus ``extra`` bytes.

    None when done (or no cap asked), else why not (one line, said once at server start).
    """
    if extra is None:
        return None
    try:
        import resource
    except ImportError:
        return f"memory caps need the resource module (not on {sys.platform})"
    now = _address_space()
    if now is None:
        return "the process's address space is not readable here (/proc/self/status)"
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = now + extra if hard == resource.RLIM_INFINITY else min(now + extra, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError) as exc:
        return f"setrlimit(RLIMIT_AS) failed: {exc}"
    return None


def _address_space() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            found = re.search(r"^VmSize:\s+(\d+)\s+kB", handle.read(), re.MULTILINE)
    except OSError:
        return None
    return int(found.group(1)) * 1024 if found else None
