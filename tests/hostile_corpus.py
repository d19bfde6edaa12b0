"""The hostile-input corpus (`tests/hostile/`): loading a case, building its dossier, hashing trees.

A case is a folder `tests/hostile/<category>/<case>/` holding `expected.yaml` and, optionally,
files laid over the base dossier at the same relative paths. The format is documented in
`tests/hostile/README.md`; `tests/test_hostile.py` runs every case.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import random
import shutil
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from conftest import BROKEN_CRITERIA_DIR, CRITERIA_DIR, met_files
from ntmcli.check import run_check
from ntmcli.findings import Finding

CORPUS = Path(__file__).parent / "hostile"
EXPECTED = "expected.yaml"
DOSSIER = "ho-so"          # the dossier folder inside a case's working folder
OUTSIDE = "ben-ngoai"      # a sibling folder: what a dossier must never reach


@dataclass(frozen=True)
class Case:
    folder: Path
    spec: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.folder.parent.name}/{self.folder.name}"

    @property
    def category(self) -> str:
        return self.folder.parent.name

    @property
    def is_check(self) -> bool:
        return self.spec.get("command", ["check"]) == ["check"]

    @property
    def argv(self) -> list[str]:
        return [*self.spec.get("command", ["check"]), DOSSIER, *self.spec.get("args", [])]

    @property
    def run_argv(self) -> list[str]:
        """The command line a test runs: `check` reports in JSON, to compare findings."""
        return [*self.argv, "--format", "json"] if self.is_check else self.argv


def cases() -> list[Case]:
    """Every case of the corpus, in a stable order."""
    found = sorted(p.parent for p in CORPUS.glob(f"*/*/{EXPECTED}"))
    return [Case(folder, yaml.safe_load((folder / EXPECTED).read_text(encoding="utf-8")))
            for folder in found]


# --- building a case ---------------------------------------------------------------------------

def build(case: Case, workdir: Path) -> Path:
    """Lay the case out in `workdir`: the dossier in `ho-so/`, an `ben-ngoai/` folder beside it.
    Returns the dossier folder."""
    root = workdir / DOSSIER
    (workdir / OUTSIDE).mkdir(parents=True, exist_ok=True)
    base = met_files() if case.spec.get("base", "met") == "met" else {}
    for relative, data in base.items():
        _write(root / relative, data)
    root.mkdir(parents=True, exist_ok=True)
    for path in sorted(case.folder.rglob("*")):
        if path.is_file() and path.name != EXPECTED:
            _write(root / path.relative_to(case.folder), path.read_bytes())
    for step in case.spec.get("setup", []):
        _apply(step, root, workdir)
    return root


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _expand(text: str, workdir: Path) -> str:
    """Placeholders an edit may use: folders that only exist at test time."""
    return (text.replace("{outside}", (workdir / OUTSIDE).as_posix())
            .replace("{criteria}", CRITERIA_DIR.resolve().as_posix())
            .replace("{broken_criteria}", BROKEN_CRITERIA_DIR.resolve().as_posix()))


def _op(step: dict[str, Any]) -> str:
    return next(key for key in _OPS if key in step)


def _apply(step: dict[str, Any], root: Path, workdir: Path) -> None:
    op = _op(step)
    name = step[op]
    if "name_encoding" in step:  # a file name in bytes that are not UTF-8 (a zip from Windows)
        name = os.fsdecode(_encoded(name, step["name_encoding"]))
    target = root / name if op != "outside" else workdir / OUTSIDE / name
    _OPS[op](target, step, workdir)


def _edit(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """Replace the one occurrence of `old` by `new`; `{repeat}` in `new` stands for
    `repeat.text` written `repeat.times` times (long values stay short in the case)."""
    text = path.read_bytes().decode("utf-8")
    old, new = step["old"], _expand(step["new"], workdir)
    if "repeat" in step:
        new = new.replace("{repeat}", step["repeat"]["text"] * step["repeat"]["times"])
    assert text.count(old) == 1, f"{path.name}: expected exactly one {old!r} in the base file"
    path.write_bytes(text.replace(old, new).encode("utf-8"))


def _content(step: dict[str, Any], workdir: Path) -> bytes:
    """`text` (UTF-8, placeholders expanded) or `hex` bytes, `times` times over."""
    data = bytes.fromhex(step["hex"]) if "hex" in step else \
        _expand(step.get("text", ""), workdir).encode("utf-8")
    return data * step.get("times", 1)


def _write_text(path: Path, step: dict[str, Any], workdir: Path) -> None:
    _write(path, _content(step, workdir))


def _append(path: Path, step: dict[str, Any], workdir: Path) -> None:
    with path.open("ab") as handle:
        handle.write(_content(step, workdir))


def _encode(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """Re-encode a UTF-8 file: `codec` as Python names it, `bom` to write the codec's mark."""
    text = path.read_bytes().decode("utf-8")
    codec = step["codec"]
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE,
            "utf-8": codecs.BOM_UTF8}
    mark = boms[codec] if step.get("bom") else b""
    path.write_bytes(mark + _encoded(text, codec))


def _encoded(text: str, codec: str) -> bytes:
    if codec == "cp1258":
        text = "".join(_windows_1258_form(c) for c in text)
    return text.encode(codec)


def _windows_1258_form(char: str) -> str:
    """Windows-1258 has the letters with circumflex, breve and horn but writes the five tone
    marks as combining characters: `ồ` is `ô` + U+0300."""
    decomposed = unicodedata.normalize("NFD", char)
    shape = "".join(m for m in decomposed[1:] if m in "\u0302\u0306\u031b")
    tones = "".join(m for m in decomposed[1:] if m not in shape)
    return unicodedata.normalize("NFC", decomposed[0] + shape) + tones


def _newlines(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """Windows (`crlf`) or old Mac (`cr`) line endings."""
    ending = {"crlf": b"\r\n", "cr": b"\r"}[step["style"]]
    path.write_bytes(path.read_bytes().replace(b"\n", ending))


def _normalize(path: Path, step: dict[str, Any], workdir: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    path.write_bytes(unicodedata.normalize(step["form"], text).encode("utf-8"))


def _nest(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """`depth` levels of block mappings, each indented two spaces more than the last."""
    depth = step["depth"]
    levels = "".join("  " * level + "a:\n" for level in range(1, depth)) + "  " * depth + "x\n"
    with path.open("ab") as handle:
        handle.write(levels.encode("utf-8"))


def _move(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """Move a file or folder; `to` is relative to the dossier (`../ben-ngoai/x` leaves it)."""
    target = workdir / DOSSIER / step["to"]
    target.parent.mkdir(parents=True, exist_ok=True)
    path.rename(target)


def _copy(path: Path, step: dict[str, Any], workdir: Path) -> None:
    shutil.copyfile(path, workdir / DOSSIER / step["to"])


def _garbage(path: Path, step: dict[str, Any], workdir: Path) -> None:
    """Reproducible random bytes."""
    _write(path, random.Random(step.get("seed", 7)).randbytes(step["size"]))


def _delete(path: Path, step: dict[str, Any], workdir: Path) -> None:
    path.unlink()


def _symlink(path: Path, step: dict[str, Any], workdir: Path) -> None:
    if path.is_file() or path.is_symlink():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(_expand(step["to"], workdir))


def _mkdir(path: Path, step: dict[str, Any], workdir: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)


def _fifo(path: Path, step: dict[str, Any], workdir: Path) -> None:
    if path.exists():
        path.unlink()
    os.mkfifo(path)


# The first of these keys a step holds names its operation; its value is the file it works on.
_OPS = {"edit": _edit, "write": _write_text, "append": _append, "encode": _encode,
        "garbage": _garbage, "delete": _delete, "symlink": _symlink, "mkdir": _mkdir,
        "fifo": _fifo, "outside": _write_text, "newlines": _newlines, "normalize": _normalize,
        "nest": _nest, "move": _move, "copy": _copy}


def corpus_findings(workdir: Path) -> list[Finding]:
    """The findings of every case that reaches a check (not those refused with exit 2)."""
    found: list[Finding] = []
    for n, case in enumerate(cases()):
        if case.spec["exit"] == 2 or not case.is_check:
            continue
        found += run_check([build(case, workdir / f"{n:03d}")], []).findings
    return found


# --- proving nothing was written ---------------------------------------------------------------

def tree_fingerprint(folder: Path) -> str:
    """A hash of everything under `folder`: names, kinds, modes, modification times, file bytes
    and link targets. Never opens anything but regular files (a FIFO would block)."""
    digest = hashlib.sha256()
    for current, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(current) / name
            info = path.lstat()
            digest.update(os.fsencode(path.relative_to(folder)))
            digest.update(f"|{info.st_mode}|{info.st_mtime_ns}|".encode())
            if stat.S_ISLNK(info.st_mode):
                digest.update(os.fsencode(os.readlink(path)))
            elif stat.S_ISREG(info.st_mode):
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
