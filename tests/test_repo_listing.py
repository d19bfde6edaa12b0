"""The cheap readings behind a change-aware check of a large repository give exactly what the
slow ones give: member paths read from the text (never fewer than parsing finds), who lists whom
(the same as parsing every dossier.yaml), the dossier walk (the same as os.walk), real paths (the
same as os.path.realpath)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from ntmcli.dossier.reader import DOSSIER_FILE
from ntmcli.repo.discovery import SKIP_DIRS, walk_dossiers
from ntmcli.repo.listing import Listers, Metas, written_member_paths
from ntmcli.repo.realpaths import RealPaths, ancestors

HEAD = """schema_version: 1
unit:
  name: Huyện Minh Họa
  code: "99900"
  kind: huyen
  province: Tỉnh Minh Họa
target_level: ntm
criteria: huyen-ntm@2021-2025
"""
TAIL = "year: 2025\nstage: tham_tra\n"
PLAIN = "members:\n  - path: ../xa-a\n    level: ntm\n  - path: ../xa-b\n    level: ntm_nang_cao\n"
NFD_NAME = unicodedata.normalize("NFD", "../xã-c")

# (how the members are written, whether the text reading follows it)
WRITINGS = {
    "block": (PLAIN, True),
    "comments": ("members:   # xã thành viên\n  - path: ../xa-a   # ghi chú\n    level: ntm\n", True),
    "single quotes": ("members:\n  - path: '../xa ''a'''\n    level: ntm\n", True),
    "double quotes": ('members:\n  - path: "../xã b" # c\n    level: ntm\n', True),
    "hash inside": ("members:\n  - path: ../xa#1\n    level: ntm\n  - path: '../a #b'\n    level: ntm\n", True),
    "decomposed": (f"members:\n  - path: {NFD_NAME}\n    level: ntm\n", True),
    "brackets in prose": ("prepared_by: Ban [cũ]\n" + PLAIN, True),
    "two members keys": (PLAIN + "members:\n  - path: ../xa-z\n    level: ntm\n", True),
    "flow mapping": ("members:\n  - {path: ../xa-a, level: ntm}\n", False),
    "flow over lines": ("members: [\n  {path: ../xa-a, level: ntm}\n  ]\n", False),
    "flow pair over lines": ("members: [\n  path: ../xa-a\n  ]\n", False),
    "plain over lines": ("members:\n  - path: ../xa\n      -a\n    level: ntm\n", False),
    "comment line after": ("members:\n  - path: ../xa-a\n      # ghi chú\n    level: ntm\n", False),
    "escape": ('members:\n  - path: "..\\x2fxa-a"\n    level: ntm\n', False),
    "anchor and alias": ("members:\n  - path: &p ../xa-a\n    level: ntm\n  - path: *p\n    level: ntm\n", False),
    "folded block": ("members:\n  - path: >-\n      ../xa-a\n    level: ntm\n", False),
    "quoted key": ('members:\n  - "path": ../xa-a\n    level: ntm\n', False),
    "value below key": ("members:\n  - path:\n      ../xa-a\n    level: ntm\n", False),
    "explicit key": ("members:\n  - ? path\n    : ../xa-a\n    level: ntm\n", False),
    "path in prose": ("prepared_by: theo path cũ\n" + PLAIN, False),
    "quoted bracket": ('prepared_by: "Ban [cũ"\n' + PLAIN, False),
    "tab": ("members:\n\t- path: ../xa-a\n", False),
}


def _paths_parsed(folder: Path) -> list[str] | None:
    meta = Metas().meta(str(folder))
    return [m.path for m in meta.members] if meta is not None else None


@pytest.mark.parametrize("name", sorted(WRITINGS))
def test_member_paths_read_from_the_text_never_miss_one_parsing_finds(tmp_path: Path, name: str) -> None:
    members, followed = WRITINGS[name]
    (tmp_path / DOSSIER_FILE).write_text(HEAD + members + TAIL, encoding="utf-8")
    read = written_member_paths((tmp_path / DOSSIER_FILE).read_bytes())
    parsed = _paths_parsed(tmp_path)
    assert (read is not None) == followed
    if read is not None:
        assert parsed is not None, "every writing the text reading follows is a valid dossier here"
        assert set(parsed) <= set(read)


def test_windows_line_ends_are_followed_and_other_encodings_are_parsed(tmp_path: Path) -> None:
    text = HEAD + PLAIN + TAIL
    assert written_member_paths(text.replace("\n", "\r\n").encode("utf-8")) == ["../xa-a", "../xa-b"]
    assert written_member_paths(b"\xef\xbb\xbf" + text.encode("utf-8")) is None  # BOM
    assert written_member_paths(text.encode("utf-16")) is None
    assert written_member_paths(text.encode("utf-8").replace(b"Minh", b"M\xecnh")) is None  # not UTF-8
    assert written_member_paths(text.replace("\n", "\r").encode("utf-8")) is None


def _dossier(folder: Path, members: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DOSSIER_FILE).write_text(HEAD + members + TAIL, encoding="utf-8")
    return folder


def _member_lines(*paths: str) -> str:
    return "members:\n" + "".join(f"  - path: {p}\n    level: ntm\n" for p in paths)


@pytest.fixture
def listing_repo(tmp_path: Path) -> Path:
    """Districts and a province naming their members in every way the check must follow."""
    root = tmp_path / "kho"
    for name in ("huyen-a/xa-1", "huyen-a/xa-2", "huyen-b/xa-1", "le/xa"):
        _dossier(root / name)
    _dossier(root / "huyen-a/huyen", _member_lines("../xa-1", "../xa-2"))
    _dossier(root / "huyen-b/huyen", "members:\n  - {path: ../xa-1, level: ntm}\n")  # parsed
    _dossier(root / "huyen-c/huyen", _member_lines("../lien-ket", "../xa-da-xoa"))
    os.symlink("../huyen-a/xa-2", root / "huyen-c/lien-ket")
    _dossier(root / "huyen-d/huyen", _member_lines("..", str(root / "le")))  # itself's folder, absolute
    (root / "huyen-e").mkdir()  # lists a member but is no valid dossier: the schema rejects year
    (root / "huyen-e" / DOSSIER_FILE).write_text(HEAD + _member_lines("../huyen-a/xa-1") + "year: nam\n",
                                                 encoding="utf-8")
    _dossier(root / "tinh", _member_lines("../huyen-a/huyen", "../huyen-b/huyen", "../huyen-c/huyen"))
    return root


def test_who_lists_whom_is_what_parsing_every_dossier_gives(listing_repo: Path) -> None:
    real = RealPaths()
    roots = [real(r) for r in walk_dossiers(listing_repo)]
    metas = Metas()
    listers = Listers(roots, metas, real)
    targets = roots + [real(listing_repo / "huyen-a/xa-2/tieu-chi/01.yaml"),
                       real(listing_repo / "huyen-c/xa-da-xoa/dossier.yaml"),  # deleted member
                       real(listing_repo / "huyen-d/ghi-chu.txt")]

    def parsed_naming(target: str) -> set[str]:
        return {root for root in roots
                if any(m in ancestors(target) for m in Metas().members(root, RealPaths()))}

    for target in targets:
        assert listers.naming(target) == parsed_naming(target), target
    tinh, huyen_c = real(listing_repo / "tinh"), real(listing_repo / "huyen-c/huyen")
    assert listers.naming(real(listing_repo / "huyen-a/xa-2")) == {real(listing_repo / "huyen-a/huyen"), huyen_c}
    assert listers.naming(real(listing_repo / "huyen-b/xa-1")) == {real(listing_repo / "huyen-b/huyen")}
    assert listers.naming(real(listing_repo / "huyen-a/xa-1")) == {real(listing_repo / "huyen-a/huyen")}
    assert tinh in listers.naming(huyen_c)


def _walk_as_os_walk(folder: Path) -> list[Path]:
    """The dossier walk as it was written with os.walk: the reference."""
    roots = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        if DOSSIER_FILE in files:
            roots.append(Path(current))
            dirs[:] = []
    return sorted(roots)


def test_the_dossier_walk_finds_what_os_walk_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kho"
    for name in ("a/xa-1", "a/xa-1/ban-cu/xa-1", "a-b/xa", "a/b/c/xa", ".an/xa", "node_modules/xa",
                 "a/dossier.yaml-la-thu-muc"):
        _dossier(root / name)
    (root / "b" / DOSSIER_FILE).mkdir(parents=True)  # a folder of that name marks nothing
    (root / "hong").mkdir()
    os.symlink("khong-co", root / "hong" / DOSSIER_FILE)  # a broken link still marks a dossier
    os.symlink("a", root / "lien-ket")  # links to folders are not followed
    monkeypatch.chdir(tmp_path)
    for start in (root, Path("kho"), Path("kho/a"), Path("kho/a/xa-1"), Path("kho/../kho/")):
        assert walk_dossiers(start) == _walk_as_os_walk(start)
        assert [str(p) for p in walk_dossiers(start)] == [str(p) for p in _walk_as_os_walk(start)]
    assert Path("kho/hong") in walk_dossiers(Path("kho"))


def test_real_paths_are_those_of_os_path_realpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kho/huyen/xa").mkdir(parents=True)
    (tmp_path / "khac").mkdir()
    os.symlink("kho/huyen", tmp_path / "lien-ket")
    os.symlink("../khac", tmp_path / "kho/huyen/ra-ngoai")
    os.symlink("khong-co", tmp_path / "kho/gay")
    monkeypatch.chdir(tmp_path / "kho")
    names = ["huyen/xa", "huyen/xa/", "huyen/./xa", "huyen/..", ".", "../lien-ket/xa", "../lien-ket/..",
             "huyen/ra-ngoai", "huyen/ra-ngoai/../kho", "gay", "gay/x", "khong/co/..", str(tmp_path / "lien-ket"),
             f"{tmp_path}//kho//huyen"]
    real = RealPaths()
    for name in names * 2:  # the second time from what was kept
        assert real(name) == os.path.realpath(name), name
        assert real.below(str(tmp_path), name) == os.path.realpath(os.path.join(tmp_path, name)), name
