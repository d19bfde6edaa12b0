"""Writing a report file: never inside a dossier, never over an existing file without `--force`,
and atomically (a temporary file beside the target, then one rename), so a reader never sees
half a file and an interrupted run leaves the old one intact."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ntmcli.check import UsageError
from ntmcli.dossier.reader import is_dossier


def write_output(target: Path, data: bytes, *, force: bool) -> None:
    folder = target.absolute().parent
    owner = next((p for p in (folder, *folder.parents) if is_dossier(p)), None)
    if owner is not None:
        raise UsageError("error.output_in_dossier", path=target, dossier=owner)
    if target.is_dir():
        raise UsageError("error.output_is_folder", path=target)
    if target.exists() and not force:
        raise UsageError("error.output_exists", path=target)
    if not folder.is_dir():
        raise UsageError("error.write", path=target, reason=f"{folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as err:
        if "temporary" in locals() and os.path.exists(temporary):
            os.unlink(temporary)
        raise UsageError("error.write", path=target, reason=err.strerror or err) from err
