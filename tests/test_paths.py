"""ntmcli.paths: whether a dossier-relative path stays inside the dossier, and the folder listing
that answers it for plain files without a system call per file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ntmcli.paths import FolderListing, inside

posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    root = tmp_path / "ho-so"
    (root / "minh-chung" / "tc05").mkdir(parents=True)
    (root / "minh-chung" / "tc05" / "qd.pdf").write_bytes(b"%PDF")
    (root / "dossier.yaml").write_text("unit: {}\n", encoding="utf-8")
    (tmp_path / "outside.pdf").write_bytes(b"%PDF")
    return root.resolve()


def test_a_plain_file_is_known_from_the_listing(dossier: Path) -> None:
    listing = FolderListing(str(dossier))
    assert listing.plain_file("dossier.yaml")
    assert listing.plain_file("minh-chung/tc05/qd.pdf")


@pytest.mark.parametrize("relative", ["minh-chung/tc05", "minh-chung/tc05/absent.pdf",
                                      "absent/qd.pdf", "minh-chung//tc05/qd.pdf",
                                      "minh-chung/./tc05/qd.pdf", "minh-chung/../dossier.yaml",
                                      "../outside.pdf", "dossier.yaml/x", ""])
def test_anything_else_is_left_to_the_file_system(dossier: Path, relative: str) -> None:
    assert not FolderListing(str(dossier)).plain_file(relative)


@posix_only
def test_a_link_is_never_a_plain_file_even_when_it_stays_inside(dossier: Path) -> None:
    (dossier / "ban-sao.pdf").symlink_to(dossier / "minh-chung" / "tc05" / "qd.pdf")
    (dossier / "ra-ngoai").symlink_to(dossier.parent)
    listing = FolderListing(str(dossier))
    assert not listing.plain_file("ban-sao.pdf")
    assert not listing.plain_file("ra-ngoai/outside.pdf")
    assert inside(dossier, "ban-sao.pdf") == dossier / "minh-chung" / "tc05" / "qd.pdf"
    assert inside(dossier, "ra-ngoai/outside.pdf") is None


def test_a_missing_dossier_folder_lists_nothing(tmp_path: Path) -> None:
    assert not FolderListing(str(tmp_path / "absent")).plain_file("dossier.yaml")
