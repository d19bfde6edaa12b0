"""Assess a set of dossiers: inspect them and the members they list (in parallel), then roll each
district and province up from its members, members first."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ntmcli.check import DossierReport, Inspected, begin_assessment
from ntmcli.dossier.reader import is_dossier
from ntmcli.evaluate.results import UnitResult
from ntmcli.repo.runner import Progress, inspect_all
from ntmcli.rollup.apply import MemberOutcome, apply_rollup
from ntmcli.rollup.shares import MemberUnit


def assess(targets: list[tuple[Path, str]], criteria_dirs: list[Path], jobs: int,
           progress: Progress | None = None) -> list[DossierReport]:
    """Reports for `targets`, in their order, with roll-ups applied."""
    begin_assessment()
    state = _State(criteria_dirs, jobs, progress)
    state.inspect([(_key(root), root, display) for root, display in targets])
    while wanted := state.members_not_inspected():
        state.inspect([(key, key, _display(key)) for key in wanted])
    return [state.rolled(_key(root)) for root, _ in targets]


def _key(folder: Path) -> Path:
    return Path(os.path.realpath(folder))


def _display(folder: Path) -> str:
    try:
        return Path(os.path.relpath(folder)).as_posix()
    except ValueError:  # another drive on Windows
        return folder.as_posix()


@dataclass
class _State:
    criteria_dirs: list[Path]
    jobs: int
    progress: Progress | None
    inspected: dict[Path, Inspected] = field(default_factory=dict)
    reports: dict[Path, DossierReport] = field(default_factory=dict)
    below: dict[Path, list[MemberUnit]] = field(default_factory=dict)

    def inspect(self, batch: list[tuple[Path, Path, str]]) -> None:
        fresh = [(key, root, display) for key, root, display in batch if key not in self.inspected]
        done = inspect_all([(root, display) for _, root, display in fresh], self.criteria_dirs,
                           self.jobs, self.progress)
        self.inspected.update({key: result for (key, _, _), result in zip(fresh, done)})

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
