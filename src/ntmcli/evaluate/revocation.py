"""Would a recognised unit lose its recognition? The revocation rule of QĐ 18/2022/QĐ-TTg,
applied to a re-assessment (`UnitResult`) from the rule file that governs its criteria set.

The rule is data (`criteria/_rules/qd-18-2022.yaml`): cases by the share of criteria no longer
met, some only when a critical criterion is among them, and for a district the share of its
communes whose recognition was revoked. Criteria whose status is undetermined could fall either
way, so the verdict is computed for the fewest and the most failures they allow; a share sitting
on a boundary the sources do not settle (exactly 50%) is computed on both readings. Only an
outcome that holds in every case is a verdict; anything else is `khong_xac_dinh`, with reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal

from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.recognition import (
    LoadedRules,
    Revocation,
    RevocationCase,
    ShareBand,
    plain_name,
    rules_for,
)
from ntmcli.evaluate.results import (
    CHUA_DAT,
    KHONG_XAC_DINH,
    KHONG_XET,
    CriterionResult,
    Reason,
    UnitResult,
)

Verdict = Literal["thu_hoi", "khong_thu_hoi", "khong_xac_dinh"]
THU_HOI, KHONG_THU_HOI, UNDETERMINED = "thu_hoi", "khong_thu_hoi", "khong_xac_dinh"
_REVOKE, _KEEP, _OPEN = "revoke", "keep", "open"


@dataclass(frozen=True)
class RevocationVerdict:
    """The verdict, the reasons (catalog keys `revocation.reason.*` with arguments) and the
    tally it rests on."""

    status: Verdict
    reasons: tuple[Reason, ...]
    rules: str | None = None
    rule: str | None = None
    case: str | None = None
    total: int = 0
    failed: tuple[str, ...] = ()
    undetermined: tuple[str, ...] = ()
    critical_failed: tuple[str, ...] = ()
    confidence: str | None = None


@dataclass(frozen=True)
class _Tally:
    total: int
    failed: tuple[CriterionResult, ...]
    undetermined: tuple[CriterionResult, ...]
    critical: dict[str, bool | None]  # criterion id → critical? (None: its name is unknown)


@dataclass(frozen=True)
class _Scenario:
    failed: int
    critical: bool


def revocation_check(
    unit: UnitResult,
    *,
    criteria_dirs: Sequence[Path] = (),
    members_revoked: tuple[int, int] | None = None,
    rules: LoadedRules | None = None,
) -> RevocationVerdict:
    """The revocation verdict for `unit`. `members_revoked` is (communes revoked, communes) for
    a district; without it a district case that depends on it cannot be decided."""
    layer_refs = tuple(layer.ref for layer in reversed(unit.layers)) or (unit.set_ref,)
    rules = rules or rules_for(Catalog.with_dirs(list(criteria_dirs)), layer_refs)
    if rules is None:
        return RevocationVerdict(
            UNDETERMINED, (Reason("revocation.reason.no_rules", (("ref", unit.set_ref),)),)
        )
    entry = rules.revocation_for(unit.kind, unit.target_level)
    if entry is None:
        return RevocationVerdict(
            UNDETERMINED,
            (
                Reason(
                    "revocation.reason.no_entry",
                    (
                        ("rules", rules.model.document or rules.model.id),
                        ("kind", unit.kind),
                        ("level_msg", f"level.{unit.target_level}"),
                    ),
                ),
            ),
            rules.model.id,
        )
    return _judge(unit, rules, entry, members_revoked)


def _judge(
    unit: UnitResult, rules: LoadedRules, entry: Revocation, members_revoked: tuple[int, int] | None
) -> RevocationVerdict:
    tally = _tally(unit, entry)
    members = (
        Fraction(100 * members_revoked[0], members_revoked[1])
        if members_revoked and members_revoked[1]
        else None
    )
    low = _Scenario(len(tally.failed), any(tally.critical[c.id] is True for c in tally.failed))
    high = _Scenario(
        len(tally.failed) + len(tally.undetermined),
        any(tally.critical[c.id] is not False for c in tally.failed + tally.undetermined),
    )
    low_outcome, low_case = _outcome(entry, tally.total, low, members)
    high_outcome, _ = _outcome(entry, tally.total, high, members)
    if low_outcome == _REVOKE:
        status: Verdict = THU_HOI
    elif high_outcome == _KEEP:
        status = KHONG_THU_HOI
    else:
        status = UNDETERMINED
    reasons = _reasons(status, entry, tally, low, high, members, low_case, members_revoked)
    return RevocationVerdict(
        status,
        reasons,
        rules.model.id,
        entry.id,
        low_case.id if status == THU_HOI and low_case else None,
        tally.total,
        tuple(c.id for c in tally.failed),
        tuple(c.id for c in tally.undetermined),
        tuple(c.id for c in tally.failed if tally.critical[c.id]),
        entry.confidence,
    )


def _tally(unit: UnitResult, entry: Revocation) -> _Tally:
    applicable = [c for c in unit.criteria if c.status != KHONG_XET]
    critical_names = {plain_name(name) for name in entry.critical_criteria}
    critical = {
        c.id: (plain_name(c.name) in critical_names if c.name else (None if critical_names else False))
        for c in applicable
    }
    return _Tally(
        len(applicable),
        tuple(c for c in applicable if c.status == CHUA_DAT),
        tuple(c for c in applicable if c.status == KHONG_XAC_DINH),
        critical,
    )


def _outcome(
    entry: Revocation, total: int, scenario: _Scenario, members: Fraction | None
) -> tuple[str, RevocationCase | None]:
    """Revoke, keep, or open, on every reading of the unsettled boundaries."""
    if total == 0:
        return _OPEN, None
    share = Fraction(100 * scenario.failed, total)
    readings = [frozenset()] + [
        frozenset({b.share}) for b in entry.unsettled if share == Fraction(str(b.share))
    ]
    results = [_one_reading(entry, share, scenario.critical, members, flip) for flip in readings]
    outcomes = {outcome for outcome, _ in results}
    if outcomes == {_REVOKE}:
        return _REVOKE, results[0][1]
    if outcomes == {_KEEP}:
        return _KEEP, None
    return _OPEN, None


def _one_reading(
    entry: Revocation, share: Fraction, critical: bool, members: Fraction | None, flip: frozenset[float]
) -> tuple[str, RevocationCase | None]:
    undecided = False
    for case in entry.cases:
        applies = _case_applies(case, share, critical, members, flip)
        if applies:
            return _REVOKE, case
        undecided = undecided or applies is None
    return (_OPEN if undecided else _KEEP), None


def _case_applies(
    case: RevocationCase, share: Fraction, critical: bool, members: Fraction | None, flip: frozenset[float]
) -> bool | None:
    if case.members_share is not None:
        return None if members is None else _within(case.members_share, members, frozenset())
    if case.criteria_share is None:
        return False
    return _within(case.criteria_share, share, flip) and (critical or not case.requires_critical)


def _within(band: ShareBand, share: Fraction, flip: frozenset[float]) -> bool:
    """`at_least` inclusive and `below` exclusive, except at a flipped (unsettled) bound."""
    if band.at_least is not None:
        low = Fraction(str(band.at_least))
        if share < low or (band.at_least in flip and share == low):
            return False
    if band.below is not None:
        high = Fraction(str(band.below))
        if share > high or (band.below not in flip and share == high):
            return False
    return True


def _reasons(
    status: Verdict,
    entry: Revocation,
    tally: _Tally,
    low: _Scenario,
    high: _Scenario,
    members: Fraction | None,
    case: RevocationCase | None,
    members_revoked: tuple[int, int] | None,
) -> tuple[Reason, ...]:
    out = [_share_reason(low.failed, tally.total)]
    critical_failed = [c for c in tally.failed if tally.critical[c.id]]
    if critical_failed:
        out.append(Reason("revocation.reason.critical", (("names", _names(critical_failed)),)))
    if members_revoked is not None and members is not None:
        out.append(
            Reason(
                "revocation.reason.members",
                (
                    ("revoked", str(members_revoked[0])),
                    ("members", str(members_revoked[1])),
                    ("share", _percent(members)),
                ),
            )
        )
    if status == THU_HOI and case is not None:
        out.append(Reason("revocation.reason.case", (("case", case.wording),)))
    if status == UNDETERMINED:
        out += _open_reasons(entry, tally, low, high, members)
    if entry.confidence == "unverified":
        out.append(Reason("revocation.reason.inferred", (("note", entry.note or ""),)))
    return tuple(out)


def _open_reasons(
    entry: Revocation, tally: _Tally, low: _Scenario, high: _Scenario, members: Fraction | None
) -> list[Reason]:
    out = []
    if tally.total == 0:
        return [Reason("revocation.reason.no_criteria")]
    if tally.undetermined:
        out.append(
            Reason(
                "revocation.reason.undetermined",
                (
                    ("count", str(len(tally.undetermined))),
                    ("ids", ", ".join(c.id for c in tally.undetermined)),
                ),
            )
        )
    unknown = [c for c in tally.failed + tally.undetermined if tally.critical[c.id] is None]
    if unknown:
        out.append(
            Reason(
                "revocation.reason.critical_unknown",
                (("ids", ", ".join(c.id for c in unknown)), ("names", "; ".join(entry.critical_criteria))),
            )
        )
    for scenario in (low, high):
        share = Fraction(100 * scenario.failed, tally.total)
        for boundary in entry.unsettled:
            if share == Fraction(str(boundary.share)):
                out.append(
                    Reason(
                        "revocation.reason.boundary", (("share", _percent(share)), ("note", boundary.note))
                    )
                )
    if members is None and any(c.members_share is not None for c in entry.cases):
        out.append(Reason("revocation.reason.members_unknown"))
    return list(dict.fromkeys(out))


def _share_reason(failed: int, total: int) -> Reason:
    share = Fraction(100 * failed, total) if total else Fraction(0)
    return Reason(
        "revocation.reason.share",
        (("failed", str(failed)), ("total", str(total)), ("share", _percent(share))),
    )


def _names(criteria: list[CriterionResult]) -> str:
    return "; ".join(f"{c.id} {c.name}" for c in criteria)


def _percent(value: Fraction) -> str:
    """One decimal, point as in YAML (31.6); whole numbers without decimals (50)."""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
