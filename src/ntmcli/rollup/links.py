"""What a roll-up needs from a district or province dossier, taken while it is read: its member
references and the condition values it states, each with its place in the files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ntmcli.dossier.reader import DossierInput
from ntmcli.evaluate.measure import exact_ratio
from ntmcli.yamlsource import Position


@dataclass(frozen=True)
class Place:
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class MemberLink:
    """One entry of `members:`: the folder it names (resolved) and the level it must hold."""

    path: str
    folder: Path
    level: str
    place: Place


@dataclass(frozen=True)
class StatedCondition:
    """A condition value the dossier states in dieu-kien.yaml (a rate from its parts if given)."""

    id: str
    value: float | None
    text: str | None
    place: Place


@dataclass(frozen=True)
class RollupLinks:
    members: tuple[MemberLink, ...]
    stated: tuple[StatedCondition, ...]
    members_place: Place
    target_place: Place


def links_of(dossier: DossierInput) -> RollupLinks | None:
    """The roll-up references of a dossier that lists members; None for any other dossier."""
    meta = dossier.meta
    if meta is None or not meta.model.members:
        return None
    members = tuple(_member(dossier, n, m.path, m.level) for n, m in enumerate(meta.model.members))
    return RollupLinks(members, _stated(dossier), _place(meta.file, meta.document.locate(("members",), key=True)),
                       _place(meta.file, meta.document.locate(("target_level",))))


def _member(dossier: DossierInput, n: int, path: str, level: str) -> MemberLink:
    assert dossier.meta is not None
    position = dossier.meta.document.locate(("members", n, "path"))
    folder = Path(os.path.normpath((dossier.root / path).resolve()))
    return MemberLink(path, folder, level, _place(dossier.meta.file, position))


def _stated(dossier: DossierInput) -> tuple[StatedCondition, ...]:
    source = dossier.conditions
    if source is None:
        return ()
    stated = []
    for n, entry in enumerate(source.model.conditions):
        plain = source.document.plain.get(("conditions", n, "value"))
        value: float | None = None
        if entry.numerator is not None and entry.denominator:
            value = float(exact_ratio(entry.numerator, entry.denominator, 100))
        elif isinstance(entry.value, float) and not isinstance(entry.value, bool):
            value = entry.value
        where = ("conditions", n, "value") if entry.value is not None else ("conditions", n)
        stated.append(StatedCondition(entry.id, value, plain.raw if plain else None,
                                      _place(source.file, source.document.locate(where))))
    return tuple(stated)


def _place(file: str, position: Position) -> Place:
    return Place(file, position.line, position.column)
