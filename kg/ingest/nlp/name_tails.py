"""Names of three words or more shortened to their last two or more: "Luigi Di Maio" then "Di
Maio", "Gordan Grlic Radman" then "Grlic Radman", "Jean-Yves Le Drian" then "Le Drian". A
surname of two words is still one person's surname, not a second person; a tail two people of
the article share means neither."""

from __future__ import annotations


def tails(name: str) -> list[str]:
    """The shortenings of ``name`` to its last words (two or more, never the whole name), each
    opening with a capital as a surname does in running text ("Di Maio", not "bin Zayed")."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1) if words[i][:1].isupper()]


def remember(seen: dict[str, str], name: str, key: str) -> None:
    """Record ``name``'s tails as ``key``'s; a tail already another person's is no one's ("")."""
    for tail in tails(name):
        seen[tail] = key if seen.get(tail, key) == key else ""


def first_surname(name: str) -> str | None:
    """The middle word of a three-word name, which Spanish and Portuguese news shortens the name to
    ("Alexandra Hill Tinoco" then "Hill": the father's surname of a double one); None otherwise."""
    words = name.split()
    if len(words) != 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return words[1]
