"""Templates users can change, safely: a user's template folder overrides and adds documents, yet a
template cannot reach Python internals, change data or exhaust memory; a broken template is a
finding at its own file and line; dossier text is always shown as text, never run."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from conftest import edit, make_dossier, met_files
from test_report_support import read_html, report

ATTACKS = {
    "mro": "{{ ''.__class__.__mro__ }}",
    "globals": "{{ cycler.__init__.__globals__ }}",
    "t-globals": "{{ t.__globals__['os'] }}",
    "format": "{{ '{0.__class__}'.format(unit) }}",
    "mutate": "{{ criteria.append(1) }}",
    "memory": "{{ 'x' * 1000000000 }}",
    "power": "{{ 10 ** 1000000 }}",
}


def template_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "mau"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_template_cannot_reach_python_internals(tmp_path: Path, met_dossier: Path, attack: str) -> None:
    folder = template_folder(tmp_path, {"bao-cao-tham-tra.html.j2": f"<p>ok</p>\n\n{ATTACKS[attack]}\n"})
    target = tmp_path / "ra.html"
    result = report(met_dossier, "--template-dir", folder, "--document", "bao-cao-tham-tra",
                    "--output", target, "--lang", "en")
    assert result.exit_code == 2
    assert "[template-unsafe]" in result.stderr
    assert f"{folder.as_posix()}/bao-cao-tham-tra.html.j2:3:1:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_a_template_error_names_the_template_file_and_line(tmp_path: Path, met_dossier: Path) -> None:
    folder = template_folder(tmp_path, {
        "thong-bao.html.j2": '{% extends "_base.html.j2" %}\n{% block body %}\n<p>{{ unit.ten }}</p>\n{% endblock %}\n'})
    result = report(met_dossier, "--template-dir", folder, "--document", "thong-bao")
    assert result.exit_code == 2
    assert f"{folder.as_posix()}/thong-bao.html.j2:3:1: lỗi [template-error]" in result.stderr
    assert "ten" in result.stderr


def test_a_template_syntax_error_names_its_line(tmp_path: Path, met_dossier: Path) -> None:
    folder = template_folder(tmp_path, {"bao-cao-tham-tra.html.j2": "<p>\n{% for x in %}\n"})
    result = report(met_dossier, "--template-dir", folder, "--document", "bao-cao-tham-tra")
    assert result.exit_code == 2
    assert f"{folder.as_posix()}/bao-cao-tham-tra.html.j2:2:1: lỗi [template-error]" in result.stderr


def test_a_user_template_overrides_a_shipped_one_and_reuses_the_frame(tmp_path: Path, met_dossier: Path) -> None:
    folder = template_folder(tmp_path, {"bao-cao-tham-tra.html.j2": (
        '{% extends "_base.html.j2" %}\n{% block body %}\n'
        "<h2>I. Ý KIẾN RIÊNG CỦA TỈNH</h2>\n<p>{{ totals.text }}</p>\n{% endblock %}\n")})
    page = read_html(report(met_dossier, "--template-dir", folder, "--document", "bao-cao-tham-tra",
                            "--format", "html").stdout)
    assert page.text_of("h2") == ["I. Ý KIẾN RIÊNG CỦA TỈNH"]
    assert page.text_of("p", "quoc-hieu") == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Số tiêu chí đạt: 4/4; số chỉ tiêu đạt: 8/8." in page.text_of("p")


def test_a_user_template_adds_a_document(tmp_path: Path, met_dossier: Path) -> None:
    folder = template_folder(tmp_path, {"thong-bao.html.j2": "<h1>THÔNG BÁO</h1><p>{{ unit.name }}</p>"})
    result = report(met_dossier, "--template-dir", folder, "--document", "thong-bao")
    assert result.exit_code == 0
    assert result.stdout == "# THÔNG BÁO\n\nXã Minh Hòa\n"


HOSTILE_NAME = "Xã <script>alert(1)</script> {{ 7*7 }} {% raw %}|x|"


@pytest.fixture
def hostile_dossier(tmp_path: Path) -> Path:
    meta = edit(met_files()["dossier.yaml"], "name: Xã Minh Hòa", f'name: "{HOSTILE_NAME}"')
    return make_dossier(tmp_path, {"dossier.yaml": meta})


def test_dossier_text_is_shown_as_text_in_html(hostile_dossier: Path) -> None:
    html = report(hostile_dossier, "--format", "html").stdout
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% raw %}|x|" in html
    assert "49" not in read_html(html).text_of("p", "trich-yeu")[0]
    assert HOSTILE_NAME in read_html(html).text_of("p", "trich-yeu")[0]


def test_dossier_text_is_shown_as_text_in_markdown(hostile_dossier: Path) -> None:
    text = report(hostile_dossier).stdout
    assert r"Xã \<script\>alert(1)\</script\> {{ 7\*7 }} {% raw %}\|x\|" in text
    assert "<script>" not in text


def test_dossier_text_is_shown_as_text_in_docx(hostile_dossier: Path, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    assert report(hostile_dossier, "--output", target).exit_code == 0
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert any(HOSTILE_NAME in text for text in paragraphs)
    with zipfile.ZipFile(target) as archive:
        assert b"<script>" not in archive.read("word/document.xml")
