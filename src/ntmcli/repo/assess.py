"""Assess a set of dossiers: inspect them and the members they list (in parallel), then roll each
district and province up from its members, members first."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ntmcli.check import DossierReport, Inspected, begin_assessment
from ntmcli.dossier.reader import is_dossier
from ntmcli.evaluate.results import UnitResult
from ntmcli.repo.runner import Progress, inspect_all
from ntmcli.rollup.apply import MemberOutcome, apply_rollup
from ntmcli.rollup.shares import MemberUnit


def assess(targets: list[tuple[Path, str]], criteria_dirs: list[Path], jobs: int,
           progress: Progress | None = None, on_report: OnReport | None = None) -> list[DossierReport]:
    """Reports for `targets`, in their order, with roll-ups applied. `on_report` hears each of
    them, in the same order, as soon as it is final: a report can be written while the rest of
    a repository is still being read."""
    begin_assessment()
    keys = [_key(root) for root, _ in targets]
    state = _State(criteria_dirs, jobs, progress, _InOrder(keys, on_report) if on_report else None)
    state.inspect([(key, root, display) for key, (root, display) in zip(keys, targets)])
    while wanted := state.members_not_inspected():
        state.inspect([(key, key, _display(key)) for key in wanted])
    reports = [state.rolled(key) for key in keys]
    if state.in_order:
        state.in_order.flush(state, everything=True)
    return reports


OnReport = Callable[[DossierReport], None]


def _key(folder: Path) -> Path:
    return Path(os.path.realpath(folder))


def _display(folder: Path) -> str:
    try:
        return Path(os.path.relpath(folder)).as_posix()
    except ValueError:  # another drive on Windows
        return folder.as_posix()


@dataclass
class _InOrder:
    """Hands the targets' reports on in their order, each once it is final: inspected, with every
    member it rolls up from (and theirs) inspected too."""

    keys: list[Path]
    on_report: OnReport
    next: int = 0
    ready: set[Path] = field(default_factory=set)

    def flush(self, state: _State, everything: bool = False) -> None:
        while self.next < len(self.keys) and (everything or self._ready(state, self.keys[self.next], ())):
            self.on_report(state.rolled(self.keys[self.next]))
            self.next += 1

    def _ready(self, state: _State, key: Path, stack: tuple[Path, ...]) -> bool:
        if key in self.ready or key in stack:  # a cycle is said by the roll-up, not waited on
            return True
        inspected = state.inspected.get(key)
        if inspected is None:
            return False
        members = inspected.links.members if inspected.links else ()
        if all(self._ready(state, link.folder, stack + (key,)) for link in members):
            self.ready.add(key)
            return True
        return False


@dataclass
class _State:
    criteria_dirs: list[Path]
    jobs: int
    progress: Progress | None
    in_order: _InOrder | None = None
    inspected: dict[Path, Inspected] = field(default_factory=dict)
    reports: dict[Path, DossierReport] = field(default_factory=dict)
    below: dict[Path, list[MemberUnit]] = field(default_factory=dict)

    def inspect(self, batch: list[tuple[Path, Path, str]]) -> None:
        fresh = [(key, root, display) for key, root, display in batch if key not in self.inspected]
        done = inspect_all([(root, display) for _, root, display in fresh], self.criteria_dirs,
                           self.jobs, self.progress)
        for (key, _, _), result in zip(fresh, done):
            self.inspected[key] = result
            if self.in_order:
                self.in_order.flush(self)

    def members_not_inspected(self) -> list[Path]:
        wanted = {link.folder for i in self.inspected.values() if i.links
                  for link in i.links.members}
        return sorted(f for f in wanted if f not in self.inspected and is_dossier(f))

    def rolled(self, key: Path, stack: tuple[Path, ...] = ()) -> DossierReport:
        """The report of a dossier after its roll-up (computed once, members first)."""
        if key in self.reports:
            return self.reports[key]
        inspected = self.inspected[key]
        report, links = inspected.report, inspected.links
        if links is None:
            self.reports[key], self.below[key] = report, []
            return report
        outcomes, units = self._members(key, links.members, stack + (key,))
        unit, findings = apply_rollup(report.unit, report.findings, links, outcomes, units)
        self.reports[key] = DossierReport(report.path, unit, findings)
        self.below[key] = units
        return self.reports[key]

    def _members(self, key: Path, links: tuple, stack: tuple[Path, ...]) -> tuple[list[MemberOutcome], list[MemberUnit]]:
        outcomes, units = [], []
        for link in links:
            if link.folder in stack:
                chain = " → ".join(self.inspected[k].report.path for k in stack[stack.index(link.folder):])
                outcomes.append(MemberOutcome(link, True, None, cycle=f"{chain} → {link.path}"))
                continue
            if link.folder not in self.inspected:
                outcomes.append(MemberOutcome(link, False, None))
                units.append(MemberUnit(None, None))
                continue
            member: UnitResult | None = self.rolled(link.folder, stack).unit
            outcomes.append(MemberOutcome(link, True, member))
            units.append(MemberUnit(member.kind if member else None, member))
            units += self.below[link.folder]
        return outcomes, units
