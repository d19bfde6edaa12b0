"""Writing a summary file: never inside a dossier, into a folder that exists, and atomically
through `ntmcli.atomic` (which also refuses to replace a file without `--force`)."""

from __future__ import annotations

from pathlib import Path

from ntmcli.atomic import write_atomically
from ntmcli.check import UsageError
from ntmcli.dossier.reader import is_dossier


def write_output(target: Path, data: bytes, *, force: bool) -> None:
    folder = target.absolute().parent
    owner = next((p for p in (folder, *folder.parents) if is_dossier(p)), None)
    if owner is not None:
        raise UsageError("error.output_in_dossier", path=target, dossier=owner)
    if target.is_dir():
        raise UsageError("error.output_is_folder", path=target)
    if not folder.is_dir():
        raise UsageError("error.output_folder", path=folder)
    write_atomically(target, data, force=force)
