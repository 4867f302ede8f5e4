"""One colour per node type, the same in every picture."""

from __future__ import annotations

import hashlib

PALETTE = {
    "State": "#4e79a7",
    "Person": "#f28e2b",
    "Territory": "#59a14f",
    "Island": "#8cd17d",
    "IslandGroup": "#499894",
    "City": "#b6992d",
    "Organization": "#86bcb6",
    "Process": "#d4a6c8",
    "Document": "#e15759",
    "Treaty": "#e15759",
    "JointDeclaration": "#ff9d9a",
    "Memorandum": "#d37295",
    "Agreement": "#fabfd2",
    "Resolution": "#b07aa1",
    "Ruling": "#9d7660",
    "Condition": "#fff2a8",
    "Meeting": "#bab0ac",
    "HandoverProvision": "#ffbe7d",
}


def colour(type_name: str) -> str:
    """The type's colour; fact types without one get a light colour derived from their name."""
    if type_name in PALETTE:
        return PALETTE[type_name]
    h = int(hashlib.sha1(type_name.encode()).hexdigest()[:6], 16)
    r, g, b = (160 + (h >> s & 0x5F) for s in (16, 8, 0))
    return f"#{r:02x}{g:02x}{b:02x}"
