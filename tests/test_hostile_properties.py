"""Properties over generated dossier trees: whatever files a dossier has and whatever a careless
or hostile hand did to them — bytes, YAML structure, values — `ntm check` through the command line
exits 0, 1 or 2, shows no traceback, places every finding in a file at a line >= 1 and prints
nothing a terminal would obey; `report`, `summary` and `diff` exit 0, 1 or 2 without a traceback;
and the tree is byte-identical afterwards.

tests/test_properties.py mutates one criterion file and calls the checker; here whole trees are
generated (files dropped, added, copied) and every file can be mutated, through the CLI.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import met_files
from hostile_corpus import tree_fingerprint
from ntmcli.cli import app
from test_hostile import UNPRINTABLE

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BASE = met_files()
YAML_FILES = sorted(name for name in BASE if name.endswith(".yaml"))

# --- mutations ------------------------------------------------------------------------------------

# Values a hand or a tool may leave where a value stands.
HOSTILE_VALUES = [
    "", "~", "null", "[]", "{}", ".nan", "-.inf", "-1", "0", "101", "1e400", "1.0e+308", "010",
    "0x1F", "1:30", "00004", "no", "yes", "2205-03-10", "2025-02-30", "'", '"', "&a", "*a",
    "&a [*a]", "!!python/object/apply:os.system [id]", "!!binary aGk=", "[1, [2, [3]]]", "|",
    "- x", "? x", "%", "@", "`", "\t", '"\\e[2J"', '"\\u202e"', '"a\\0b"', "<script>", "{{ 7*7 }}",
    "../../etc/passwd", "/etc/passwd", "C:\\x", "Đạt", "chua_dat", "co_ban_dat", "62,5", "96%",
]


def _value(text: str, n: int, value: str) -> str:
    lines = text.splitlines()
    keyed = [i for i, line in enumerate(lines) if ": " in line or line.rstrip().endswith(":")]
    if not keyed:
        return text
    i = keyed[n % len(keyed)]
    head = lines[i].split(":", 1)[0]
    lines[i] = f"{head}: {value}"
    return "\n".join(lines) + "\n"


def _lines(text: str, n: int, kind: str) -> str:
    lines = text.splitlines() or [""]
    i = n % len(lines)
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "indent":
        lines[i] = "   " + lines[i]
    elif kind == "dedent":
        lines[i] = lines[i].lstrip()
    elif kind == "tab":
        lines[i] = "\t" + lines[i]
    elif kind == "swap":
        j = (i * 7 + 3) % len(lines)
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "document":
        lines.insert(i, "---")
    return "\n".join(lines) + "\n"


def _bytes(raw: bytes, n: int, kind: str, blob: bytes) -> bytes:
    i = n % (len(raw) + 1)
    if kind == "insert":
        return raw[:i] + blob + raw[i:]
    if kind == "truncate":
        return raw[:i]
    if kind == "flip" and raw:
        i = n % len(raw)
        return raw[:i] + bytes([raw[i] ^ 0x80]) + raw[i + 1:]
    if kind == "bom":
        return codecs.BOM_UTF8 + raw
    if kind == "utf16":
        return raw.decode("utf-8", "replace").encode("utf-16")
    if kind == "utf16-no-bom":
        return raw.decode("utf-8", "replace").encode("utf-16-le")
    if kind == "cp1258":
        return raw.decode("utf-8", "replace").encode("cp1258", "replace")
    if kind == "nfd":
        import unicodedata

        return unicodedata.normalize("NFD", raw.decode("utf-8", "replace")).encode("utf-8")
    return raw


VALUE = st.tuples(st.just("value"), st.integers(0, 60), st.sampled_from(HOSTILE_VALUES))
LINE = st.tuples(st.just("lines"), st.integers(0, 60),
                 st.sampled_from(["delete", "duplicate", "indent", "dedent", "tab", "swap", "document"]))
BYTES = st.tuples(st.just("bytes"), st.integers(0, 2000),
                  st.sampled_from(["insert", "truncate", "flip", "bom", "utf16", "utf16-no-bom",
                                   "cp1258", "nfd"]))
MUTATION = st.tuples(st.sampled_from(YAML_FILES), st.one_of(VALUE, LINE, BYTES),
                     st.binary(min_size=1, max_size=8))


def mutate(files: dict[str, bytes], mutation: tuple) -> None:
    name, (family, n, kind), blob = mutation
    if name not in files:
        return
    if family == "bytes":
        files[name] = _bytes(files[name], n, kind, blob)
        return
    text = files[name].decode("utf-8", "replace")
    text = _value(text, n, kind) if family == "value" else _lines(text, n, kind)
    files[name] = text.encode("utf-8")


# --- trees --------------------------------------------------------------------------------------

EXTRA_FILES = {
    "tieu-chi/05-ban-sao.yaml": BASE["tieu-chi/01-dien.yaml"],
    "ghi-chu.yaml": "ghi_chu: xem lại\n".encode(),
    "tieu-chi/06-rong.yaml": b"",
    "tieu-chi/07.YAML": BASE["tieu-chi/04-van-hoa.yaml"],
    "minh-chung/anh.png": bytes(range(256)),
}
TREE = st.fixed_dictionaries({
    "drop": st.sets(st.sampled_from(sorted(BASE)), max_size=2),
    "add": st.sets(st.sampled_from(sorted(EXTRA_FILES)), max_size=3),
    "mutations": st.lists(MUTATION, max_size=5),
    "link_out": st.one_of(st.none(), st.sampled_from([*YAML_FILES, "minh-chung/bien-ban-dien.txt"])),
})


def build_tree(workdir: Path, tree: dict) -> Path:
    files = {name: data for name, data in BASE.items() if name not in tree["drop"]}
    files.update({name: EXTRA_FILES[name] for name in tree["add"]})
    for mutation in tree["mutations"]:
        mutate(files, mutation)
    original = workdir / "ban-goc"  # the valid dossier, for `ntm diff`
    for name, data in BASE.items():
        (original / name).parent.mkdir(parents=True, exist_ok=True)
        (original / name).write_bytes(data)
    root = workdir / "ho-so"
    root.mkdir()
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    if tree["link_out"] is not None:
        _link_out(workdir, root / tree["link_out"])
    return root


def _link_out(workdir: Path, path: Path) -> None:
    """Replace a file of the dossier by a link to a file outside it (with the same bytes)."""
    secret = workdir / "ben-ngoai" / path.name
    secret.parent.mkdir(exist_ok=True)
    secret.write_bytes(path.read_bytes() if path.exists() else b"bi mat\n")
    path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(secret)


def _assert_guarantees(workdir: Path) -> None:
    runner = CliRunner()
    before = tree_fingerprint(workdir)
    as_json = runner.invoke(app, ["check", "ho-so", "--format", "json"], catch_exceptions=False)
    as_text = runner.invoke(app, ["check", "ho-so", "--lang", "en"], catch_exceptions=False)
    assert as_json.exit_code in (0, 1, 2) and as_text.exit_code == as_json.exit_code
    assert "Traceback" not in as_json.output + as_text.output
    assert not UNPRINTABLE.search(as_text.output)
    if as_json.exit_code != 2:
        for dossier in json.loads(as_json.stdout)["dossiers"]:
            for found in dossier["findings"]:
                assert found["file"] and found["line"] >= 1 and found["column"] >= 1, found
    for argv in (["report", "ho-so", "--format", "md"], ["summary", "ho-so", "--format", "json"],
                 ["diff", "ban-goc", "ho-so", "--format", "json"]):
        other = runner.invoke(app, argv, catch_exceptions=False)
        assert other.exit_code in (0, 1, 2) and "Traceback" not in other.output, argv
    assert tree_fingerprint(workdir) == before


@SETTINGS
@given(tree=TREE)
def test_commands_keep_their_guarantees_on_any_generated_tree(tree: dict) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        cwd = os.getcwd()
        try:
            build_tree(workdir, tree)
            os.chdir(workdir)
            _assert_guarantees(workdir)
        finally:
            os.chdir(cwd)


def test_the_unmutated_tree_is_the_valid_dossier(tmp_path: Path) -> None:
    # the property starts from a dossier that passes: what it finds comes from the mutations
    build_tree(tmp_path, {"drop": set(), "add": set(), "mutations": [], "link_out": None})
    result = CliRunner().invoke(app, ["check", str(tmp_path / "ho-so"), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    findings = json.loads(result.stdout)["dossiers"][0]["findings"]
    assert [f["rule"] for f in findings] == ["criteria-illustrative"]
