"""Letters written without their accents, the one spelling that IRIs and preferred labels share.

NFKD splits "é" into "e" and a combining accent, but keeps "Đ", "ø", "ł", "ß" whole, so an ASCII
slug would drop them ("Đurić" -> "uric") while a label kept them ("Sørensen"): two sources that
write a name with and without them would then share neither an IRI nor a label. Such letters are
spelt as their languages romanise them, as the English-language press does ("Djuric", "Sorensen").
"""

from __future__ import annotations

import unicodedata

#: Letters NFKD does not decompose, spelt as their languages romanise them.
_LETTERS = str.maketrans(
    {
        "Đ": "Dj",
        "đ": "dj",
        "Ð": "D",
        "ð": "d",
        "Ø": "O",
        "ø": "o",
        "Ł": "L",
        "ł": "l",
        "ß": "ss",
        "Æ": "Ae",
        "æ": "ae",
        "Œ": "Oe",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
)


def decomposed(text: str) -> str:
    """``text`` in NFKD with the whole letters romanised: base letters, then combining marks."""
    return unicodedata.normalize("NFKD", text.translate(_LETTERS))


def unaccented(text: str) -> str:
    """``text`` without its accents ("Jaén" -> "Jaen", "Sørensen" -> "Sorensen")."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed(text) if not unicodedata.combining(c))
    )
