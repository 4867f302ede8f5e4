"""The shapes of a person's name in text: name words (with the articles and particles some languages
join to them, "al-Burhan", "von der Leyen"), initials, regnal numbers, and the runs of capitals
cut at the words no name holds ("President Vladimir Putin"). Split from kg.ingest.nlp.persons,
which finds the people and keeps the article's register of them; this is only the spelling."""

from __future__ import annotations

import re

from kg.ingest.nlp.lexicon import Lexicon

#: A name word, with the article or particle some languages join to it ("al-Burhan", "d'Estaing").
#: (an apostrophe inside it, "O'Brien", but not a possessive "'s": "Pashinyan's office")
_ARTICLES = r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ibn|abu|d|l)[-‑'’]"
ARTICLE = re.compile("^" + _ARTICLES)  # "al-Burhan" is "Burhan" alone too
#: The capitals a name may open with: A-Z and every Latin capital with a mark ("Šefčovič", "Łukasz",
#: "Ōta", "Đorđe", "Şahin"); a class built from Unicode, since news spells names in their own letters.
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_TOKEN = (
    rf"(?:{_ARTICLES})?"
    rf"[{_CAPITALS}][^\W\d_]*(?:(?:-|['’](?!s\b))[A-Z]?[^\W\d_]+)*"
)
#: Initials before a name ("S. Jaishankar", "M.K. Stalin"): part of it only where a name follows.
INITIAL_LETTERS = r"(?:(?:[A-Z]\.){1,3}|Ma\.)"  # "Ma.": Maria ("Ma. Theresa Lazaro")
_INITIALS = INITIAL_LETTERS + r"(?=\s+[A-Z])"
#: A regnal number after a name ("Mohammed VI", "Wilhelm II"); a lone "I" is the pronoun.
REGNAL = re.compile(r"(?=[IVX]{2}|V|X)X{0,3}(?:IX|IV|V?I{0,3})")
_NAME_WORD = re.compile(
    rf"{NAME_TOKEN}|{INITIAL_LETTERS}|de|da|di|del|do|dos|das|du|van|von|bin|al|el|la|le|der|den|los|las"
)
_WORD = re.compile(r"\S+")
NAME_RUN = re.compile(
    rf"(?:{_INITIALS}|{NAME_TOKEN})"
    rf"(?:\s+(?:(?:de|da|di|del|do|dos|das|du|van|von|bin|al|el|la|le|der|den|los|las)\s+){{0,2}}"
    rf"(?:{_INITIALS}|{NAME_TOKEN})){{0,9}}"  # "Juan Ramón de la Fuente", "Ursula von der Leyen"
)


def split_runs(run: str, start: int, lex: Lexicon) -> list[tuple[int, str]]:
    """Cut a capitalised run at words that cannot be part of a name ('President Vladimir Putin')."""
    parts: list[tuple[int, str]] = []
    cur: list[str] = []
    cur_start = start
    words = list(_WORD.finditer(run))
    for k, word in enumerate(words):
        w = word.group()
        if cur and REGNAL.fullmatch(w):  # "Mohammed VI": the number ends the name
            cur.append(w)
            parts.append((cur_start, " ".join(cur)))
            cur = []
            continue
        initials = _initials(w, run[word.end() :])
        titled = "-" in w and all(part in lex.non_name_words for part in w.split("-"))
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if cur and w in lex.inner_name_words and _NAME_WORD.fullmatch(nxt):
            if nxt not in lex.non_name_words:  # "Hassan Sheikh Mohamud": inside the name
                cur.append(w)
                continue
        if _surname_title(
            w, nxt, cur, words[k - len(cur) - 1].group() if k > len(cur) else "", lex
        ):
            cur.append(w)  # "Minister Madeleine King": her surname ends the name
            continue
        if (
            w in lex.non_name_words
            or titled  # "Secretary-General Antonio Guterres"
            or (w.isupper() and not initials)
            or not _NAME_WORD.fullmatch(w)
        ):
            if cur:
                parts.append((cur_start, " ".join(cur)))
            cur = []
            continue
        if not cur:
            cur_start = start + word.start()
        cur.append(w)
    if cur:
        parts.append((cur_start, " ".join(cur)))
    return parts


def _surname_title(w: str, nxt: str, cur: list[str], before: str, lex: Lexicon) -> bool:
    """Whether a title word is the surname of the name a title opens: last in the run after one
    given name ("Resources Minister Madeleine King"), not a title of its own ("King Salman"), nor
    after a bare word the run opens with ("the Saudi King")."""
    return (
        w in lex.surname_titles
        and len(cur) == 1
        and not nxt
        and before in lex.non_name_words
        and before not in lex.surname_titles
    )


def _initials(word: str, rest: str) -> bool:
    """Whether a word is a name's initials ("M.K."): a name word follows it."""
    return (
        re.fullmatch(INITIAL_LETTERS, word) is not None and re.match(r"\s+[A-Z]", rest) is not None
    )


def short_name(name: str) -> str | None:
    """The word a later mention may shorten a full name to: the surname ("Lavrov"), or for a
    ruler named with a regnal number the name itself ("Mohammed" for "Mohammed VI"); None for a
    single word."""
    parts = [w for w in name.split() if not re.fullmatch(INITIAL_LETTERS, w)]
    if len(parts) > 1 and REGNAL.fullmatch(parts[-1]):
        return parts[0] if len(parts) == 2 else parts[-2]
    return parts[-1] if len(name.split()) > 1 else None
