"""Reading a source file safely: a regular file, of bounded size, that is text, with one-line errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from kg.errors import SourceError


def read_bytes(
    path: Path,
    max_bytes: int,
    *,
    limit: str = "the limit",
    hint: str = "split it into one file per article",
) -> bytes:
    """The file's bytes: a regular file of at most ``max_bytes``; a one-line SourceError otherwise
    (``limit`` names the limit in it, ``hint`` says how to get past it).

    The size is checked before reading, so a huge file costs nothing, and only regular files are
    opened, so a FIFO or a device named like a source (or a link to one) cannot block the build.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise SourceError(
                str(path), f"too large: {size} bytes, over {limit} of {max_bytes}", hint=hint
            )
        try:
            raw = handle.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(str(path), f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:  # it grew while we looked
        raise SourceError(str(path), f"too large: over {limit} of {max_bytes} bytes", hint=hint)
    return raw


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, checked to be a regular file first: a FIFO would
    block the reader for ever and a device (``/dev/zero``, ``/dev/urandom``, also behind a
    link) would never end; either is a one-line SourceError, as are missing and unreadable files.
    Every reader of a user's path opens it here (one check, one set of messages)."""
    try:
        handle = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 - the caller closes it
    except IsADirectoryError:
        raise SourceError(str(path), "is a directory") from None
    except FileNotFoundError:
        raise SourceError(str(path), "no such file") from None
    except PermissionError:
        raise SourceError(str(path), "permission denied") from None
    except OSError as exc:
        raise SourceError(str(path), f"cannot read it: {exc.strerror or exc}") from None
    mode = os.fstat(handle.fileno()).st_mode
    if not stat.S_ISREG(mode):
        handle.close()
        raise SourceError(
            str(path),
            "is a directory" if stat.S_ISDIR(mode) else f"not a regular file ({_kind(mode)})",
        )
    return handle


def _nonblocking(path: str, flags: int) -> int:
    """Open without waiting: opening a FIFO would wait for a writer (no effect on a file)."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


#: (offset, magic bytes, what a file starting so is): the common files people give by mistake.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (8, b"WEBP", "a WebP image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive (Word, Excel and EPUB files are ZIP archives too)"),
    (0, b"PK\x05\x06", "a ZIP archive (empty)"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"BZh", "a bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (257, b"ustar", "a tar archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x7fELF", "a program (ELF executable)"),
    (4, b"ftyp", "a video or audio file (MP4)"),
)


def sniff(raw: bytes) -> str | None:
    """What a file that is not text is, from its first bytes ('a PNG image'); None otherwise."""
    for offset, magic, what in _MAGIC:
        if raw[offset : offset + len(magic)] == magic:
            return what
    return None


def require_text(raw: bytes, name: str, expected: str = "text") -> None:
    """A SourceError naming what the file is when its bytes are an image, a PDF, an archive...
    (rather than 'invalid UTF-8 at byte 0'), or binary of a kind not known here."""
    what = sniff(raw)
    if what is not None:
        from kg.ingest import registry  # late: the ingesters read files through this module

        raise SourceError(name, f"{what}, not {expected}", hint=f"give {registry.describe()}")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, f"binary file, not {expected}")
