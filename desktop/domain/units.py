"""Reading the responsible units named in one cell or phrase.

A ledger's 牵头单位 cell often names more than one unit: ``人事科、办公室``,
``人事科,办公室``, ``人事科 办公室``, ``牵头：人事科；配合：办公室``, ``人事科牵头，办公室配合``,
and as this app prints them, ``人事科（配合：办公室、财务科）`` (:func:`units_text`).
The first unit is the lead unit, the others cooperate. Brackets are kept whole
(``办公室（党建办）`` is one unit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Between unit names: the enumeration comma, commas, semicolons, slashes, white space.
_SEPARATORS = frozenset("、,，;；/／ \t\n\r\u3000\u00a0")
_OPEN = "（(【[《<"
_CLOSE = "）)】]》>"
_LABELLED = re.compile(
    r"^\s*(?:牵头(?:单位|部门)?|责任(?:单位|部门))\s*[:：]\s*(?P<lead>.+?)\s*[；;，,。]?\s*"
    r"(?:配合|协办|协助)(?:单位|部门)?\s*[:：]\s*(?P<others>.+?)\s*[。;；]?\s*$"
)
# The lead unit with the cooperating ones in brackets, as printed (units_text).
_BRACKETED = re.compile(
    r"^\s*(?P<lead>.+?)\s*[（(]\s*(?:配合|协办|协助)(?:单位|部门)?\s*[:：]\s*(?P<others>.+?)\s*[）)]\s*$"
)
_LEAD_ONLY = re.compile(r"^\s*(?:牵头(?:单位|部门)?|责任(?:单位|部门))\s*[:：]\s*(?P<lead>.+?)\s*$")
_SUFFIXED = re.compile(
    r"^\s*(?P<lead>.+?)\s*[（(]?牵头[）)]?\s*[；;，,、]\s*(?P<others>.+?)\s*[（(]?(?:配合|协办|协助)[）)]?\s*$"
)


@dataclass(frozen=True, slots=True)
class UnitReading:
    """The units a cell names: the lead unit and the cooperating ones, in order."""

    lead: str
    cooperating: tuple[str, ...] = ()

    @property
    def several(self) -> bool:
        return bool(self.cooperating)


def split_unit_list(text: str) -> tuple[str, ...]:
    """Unit names in a list (``人事科、办公室 财务科``), brackets kept whole, repeats and
    empty pieces dropped."""
    out: list[str] = []
    depth = 0
    piece: list[str] = []

    def flush() -> None:
        name = "".join(piece).strip()
        piece.clear()
        if name and name not in out:
            out.append(name)

    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0 and ch in _SEPARATORS:
            flush()
            continue
        piece.append(ch)
    flush()
    return tuple(out)


def units_text(lead: str, cooperating: tuple[str, ...] | list[str] = ()) -> str:
    """The units of a responsibility in one cell, as printed and as :func:`read_units`
    reads them back: ``人事科（配合：办公室、财务科）``."""
    if cooperating:
        return f"{lead}（配合：{'、'.join(cooperating)}）"
    return lead


def read_units(text: str) -> UnitReading:
    """The lead unit and the cooperating units a lead-unit cell names."""
    stripped = text.strip()
    for pattern in (_LABELLED, _BRACKETED, _SUFFIXED):
        if match := pattern.match(stripped):
            leads = split_unit_list(match["lead"])
            others = split_unit_list(match["others"])
            if leads:
                rest = tuple(u for u in (*leads[1:], *others) if u != leads[0])
                return UnitReading(leads[0], tuple(dict.fromkeys(rest)))
    if match := _LEAD_ONLY.match(stripped):
        stripped = match["lead"]
    units = split_unit_list(stripped)
    if not units:
        return UnitReading("")
    return UnitReading(units[0], units[1:])
