"""Evidence references: the attached file exists inside the dossier and is the one hashed."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from ntmcli.dossier.models import Evidence
from ntmcli.dossier.reader import SourceFile, link_out_of
from ntmcli.fileread import NotRegular, sha256_of
from ntmcli.findings import Finding, finding
from ntmcli.paths import FolderListing, inside
from ntmcli.yamlsource import unreadable_reason


class EvidenceChecker:
    """Checks evidence of one dossier; hashes each attached file once."""

    def __init__(self, root: Path, listing: FolderListing | None = None) -> None:
        self.root = Path(listing.root) if listing else root.resolve()
        self._listing = listing or FolderListing(str(self.root))
        self._hashes: dict[str, str] = {}

    def check(self, source: SourceFile, path: tuple[str | int, ...], items: list[Evidence],
              criterion: str | None = None, indicator: str | None = None) -> list[Finding]:
        findings: list[Finding] = []
        for i, item in enumerate(items):
            if item.file is None:
                continue
            problem = self._problem(item)
            if problem is not None:
                rule, args = problem
                position = source.document.locate(path + (i, "file"))
                findings.append(finding(rule, source.file, position.line, position.column,
                                        criterion=criterion, indicator=indicator, **args))
        return findings

    def _problem(self, item: Evidence) -> tuple[str, dict[str, str]] | None:
        assert item.file is not None
        try:
            target = self._plain_file(item.file)
            if target is None:
                target = self._inside(item.file)
                if target is None:
                    return "evidence-outside-dossier", {"path": item.file, **self._via(item.file)}
                if not stat.S_ISREG(target.stat().st_mode):  # never open a folder, pipe or device
                    return "evidence-unreadable", {"path": item.file,
                                                   "reason_msg": "unreadable.not_regular"}
            actual = self._sha256(str(target)) if item.sha256 is not None else None
        except (FileNotFoundError, NotADirectoryError):
            return "evidence-missing-file", {"path": item.file}
        except (OSError, RuntimeError, ValueError) as err:
            return "evidence-unreadable", {"path": item.file, **_why(err)}
        if item.sha256 is None:
            return "evidence-no-sha256", {"path": item.file}
        if actual != item.sha256.lower():
            return "evidence-sha256-mismatch", {"path": item.file, "actual": actual,
                                                "expected": item.sha256.lower()}
        return None

    def _plain_file(self, written: str) -> str | None:
        """The file, when the folder listing shows a regular file at a plain relative path (no
        drive, no leading slash, no link on the way): most evidence, with no system call."""
        if written[:1] in ("/", "\\") or written[1:2] == ":" or "\\" in written:
            return None
        return os.path.join(self.root, written) if self._listing.plain_file(written) else None

    def _inside(self, written: str) -> Path | None:
        """The file a dossier-relative path names, or None when it leaves the dossier."""
        if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute():
            return None
        if PureWindowsPath(written).drive:
            return None
        return inside(self.root, written.replace("\\", "/"))

    def _via(self, written: str) -> dict[str, str]:
        """The link a path that reads as inside the dossier leaves it through, if any."""
        relative = os.path.normpath(written.replace("\\", "/"))
        if relative.startswith("..") or os.path.isabs(relative) or PureWindowsPath(written).drive:
            return {"via": ""}
        link = link_out_of(self.root, relative)
        return {"via_msg": "evidence.via_link", "link": link} if link else {"via": ""}

    def _sha256(self, target: str) -> str:
        if target not in self._hashes:
            self._hashes[target] = sha256_of(target)
        return self._hashes[target]


def _why(err: Exception) -> dict[str, str]:
    """A path resolve() or open() refused: a link loop (RuntimeError), a NUL in the name
    (ValueError) or what the system said."""
    if isinstance(err, RuntimeError):
        return {"reason_msg": "unreadable.loop"}
    if isinstance(err, NotRegular):  # listed as a file, found otherwise when opened
        return {"reason_msg": "unreadable.not_regular"}
    if isinstance(err, OSError):
        return unreadable_reason(err)
    return {"reason_msg": "unreadable.bad_name"}
