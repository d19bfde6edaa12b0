"""The documents `ntm report` can write: a registry keyed by the name given to `--document`.

Each shipped document is a template `templates/report/<name>.html.j2`; a `--template-dir` may
override one or add new ones (any `<name>.html.j2` not starting with `_`). Document types and
their abbreviations in the number-and-symbol (BC, BB, TTr) are those of NĐ 30/2020/NĐ-CP, Phụ lục
III (shared/reference/dossier-practice.md §2.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TEMPLATE_SUFFIX = ".html.j2"


@dataclass(frozen=True)
class DocumentKind:
    name: str
    abbreviation: str   # BC báo cáo, BB biên bản, TTr tờ trình; "" for a user's own document
    stage: str | None   # the appraisal whose verdicts the document reports: tham_tra, tham_dinh

    @property
    def template(self) -> str:
        return f"{self.name}{TEMPLATE_SUFFIX}"


SHIPPED: dict[str, DocumentKind] = {kind.name: kind for kind in (
    DocumentKind("bao-cao-tu-danh-gia", "BC", None),
    DocumentKind("bao-cao-tham-tra", "BC", "tham_tra"),
    DocumentKind("bao-cao-tham-dinh", "BC", "tham_dinh"),
    DocumentKind("bien-ban-hop", "BB", None),
    DocumentKind("to-trinh-tham-tra", "TTr", None),
    DocumentKind("to-trinh-tham-dinh", "TTr", "tham_tra"),
)}

# The document a dossier's stage calls for when `--document` is not given.
BY_STAGE = {"tu_danh_gia": "bao-cao-tu-danh-gia", "tham_tra": "bao-cao-tham-tra",
            "tham_dinh": "bao-cao-tham-dinh", "cong_nhan": "bao-cao-tham-dinh"}


def available(template_dir: Path | None) -> dict[str, DocumentKind]:
    """Shipped documents plus those a user's template folder adds."""
    found = dict(SHIPPED)
    if template_dir is not None:
        for path in sorted(template_dir.glob(f"*{TEMPLATE_SUFFIX}")):
            name = path.name[: -len(TEMPLATE_SUFFIX)]
            if not name.startswith("_") and name not in found:
                found[name] = DocumentKind(name, "", None)
    return found
