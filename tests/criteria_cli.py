"""Shared by the `ntm criteria show/diff` tests: run the CLI from tests/fixtures against the test
catalogue, so the file names printed in expected outputs are stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = FIXTURES / "criteria-expected"
CATALOGUE = ("--criteria-dir", "criteria-catalogue")
runner = CliRunner()


@pytest.fixture(autouse=True)
def _from_the_fixtures_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    monkeypatch.delenv("NTM_LANG", raising=False)


def ntm(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)
