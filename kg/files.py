"""Reading a source file safely: a regular file, of bounded size, with one-line errors."""

from __future__ import annotations

import stat
from pathlib import Path

from kg.errors import SourceError


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes: a regular file of at most ``max_bytes``; a one-line SourceError otherwise.

    The size is checked before reading, so a huge file costs nothing, and only regular files are
    opened, so a FIFO or a device named like a source cannot block the build.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(str(path), "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(str(path), "not a regular file")
        if info.st_size > max_bytes:
            raise SourceError(str(path), f"too large: {info.st_size} bytes, the limit is "
                              f"{max_bytes}", hint="split it into one file per article")
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(str(path), "no such file") from None
    except PermissionError:
        raise SourceError(str(path), "permission denied") from None
    except OSError as exc:
        raise SourceError(str(path), f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:  # it grew while we looked
        raise SourceError(str(path), f"too large: over {max_bytes} bytes")
    return raw
