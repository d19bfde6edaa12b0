"""Which class's thresholds a unit is judged by.

Usually the class the dossier declares (its region or commune group). The special-area rule moves
some communes to another column whatever their region: QĐ 318/QĐ-TTg (2022) sends especially
difficult communes and the an toàn khu communes of poor or just-out-of-poverty districts to the
TDMNPB thresholds; QĐ 211/QĐ-TTg (2024) rewrote the list (khu vực II and III communes, especially
difficult coastal-sandbank and island communes, an toàn khu communes of poor districts). The set
declares its categories (`classification.special_areas`, with sources); the dossier names its
category (`special_area`); this module applies the one to the other and says so.
"""

from __future__ import annotations

from ntmcli.criteria.effective import EffectiveSet
from ntmcli.dossier.models import DossierFile
from ntmcli.dossier.reader import SourceFile
from ntmcli.findings import Finding, finding
from ntmcli.validation import suggest


def judged_class(
    meta: SourceFile[DossierFile], criteria_set: EffectiveSet
) -> tuple[str | None, list[Finding]]:
    """The class whose thresholds apply, and the finding that explains a move (or refuses an
    unknown category)."""
    declared, area_code = meta.model.classification, meta.model.special_area
    if area_code is None:
        return declared, []
    classification = criteria_set.classification
    area = classification.special_area(area_code) if classification else None
    if area is None:
        return declared, [_unknown(meta, criteria_set, area_code)]
    if area.moves_to == declared:
        return declared, []
    target = classification.value(area.moves_to) if classification else None
    source = criteria_set.source(area.source)
    basis = (source.document or source.title or source.id) if source else (area.source or "")
    return area.moves_to, [
        _at(
            meta,
            "dossier-special-area",
            area=area.name,
            to=area.moves_to,
            to_name=(target.name if target and target.name else area.moves_to),
            declared=declared or "—",
            source=basis,
        )
    ]


def _unknown(meta: SourceFile[DossierFile], criteria_set: EffectiveSet, code: str) -> Finding:
    areas = [a.code for a in criteria_set.classification.special_areas] if criteria_set.classification else []
    return _at(
        meta,
        "dossier-unknown-special-area",
        value=code,
        ref=criteria_set.ref,
        candidate=suggest(code, areas),
        allowed=", ".join(areas) or "—",
    )


def _at(meta: SourceFile[DossierFile], rule: str, **args: object) -> Finding:
    position = meta.document.locate(("special_area",))
    return finding(rule, meta.file, position.line, position.column, **args)
