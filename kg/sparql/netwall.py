"""The second wall: a query worker that cannot reach the network at all.

The guard (:mod:`kg.sparql.guard`) refuses SERVICE; should a text ever slip past it, the worker
that runs it has no network to fetch with. On Linux a process can move itself into a new, empty
network namespace (only a loopback that is down): as root with ``unshare(CLONE_NEWNET)``, otherwise
inside a new user namespace too, where the kernel allows unprivileged ones. Pipes and sockets
already open (the worker's line to the server) keep working; new connections fail.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def isolate() -> str | None:
    """Cut this process off the network. None when done, else why it could not be (one line).

    Call it first thing in a fresh, single-threaded process (a user namespace needs that).
    """
    if not sys.platform.startswith("linux"):
        return f"network namespaces are Linux-only (this is {sys.platform})"
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own symbols: libc's unshare
        unshare = libc.unshare
    except (OSError, AttributeError) as exc:
        return f"unshare() is not available: {exc}"
    if unshare(_CLONE_NEWNET) == 0:
        return None
    first = ctypes.get_errno()
    uid, gid = os.getuid(), os.getgid()
    if unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0:
        _map_ids(uid, gid)
        return None
    second = ctypes.get_errno()
    return (
        f"unshare(CLONE_NEWNET) failed ({_name(first)}) and so did a user namespace "
        f"({_name(second)}: unprivileged user namespaces may be disabled)"
    )


def _map_ids(uid: int, gid: int) -> None:
    """Keep our own uid/gid inside the new user namespace (files stay ours; best effort)."""
    for path, text in (
        ("/proc/self/setgroups", "deny"),
        ("/proc/self/uid_map", f"{uid} {uid} 1"),
        ("/proc/self/gid_map", f"{gid} {gid} 1"),
    ):
        try:
            with open(path, "w") as handle:
                handle.write(text)
        except OSError:
            pass


def _name(code: int) -> str:
    return errno.errorcode.get(code, str(code))
