"""A repository's `ntm.toml` governs its dossiers even when ntm is pointed above the repository."""

from __future__ import annotations

import shutil
from pathlib import Path

from ntmcli.check import run_check

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_checking_a_parent_folder_applies_each_repository_config(tmp_path: Path) -> None:
    # The district repository finds the illustrative profile only through its own ntm.toml.
    shutil.copytree(EXAMPLES / "kho-huyen-minh-hoa", tmp_path / "kho" / "kho-huyen-minh-hoa")
    shutil.copytree(EXAMPLES / "criteria", tmp_path / "kho" / "criteria")
    from_above = run_check([tmp_path / "kho"], [])
    from_inside = run_check([tmp_path / "kho" / "kho-huyen-minh-hoa"], [])
    assert not any(f.rule == "criteria-unknown-set" for f in from_above.findings)
    statuses = {r.path.rsplit("/", 1)[-1]: r.unit.status for r in from_above.dossiers}
    assert statuses == {r.path.rsplit("/", 1)[-1]: r.unit.status for r in from_inside.dossiers}
