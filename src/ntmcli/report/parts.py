"""The document's own parts, from van-ban.yaml: header (issuing body, number and symbol, place and
date), subject, bases, team, signer, recipients, the meeting of a biên bản. Whatever van-ban.yaml
does not give is left blank ("…") for a person to fill: never a guessed number or date.
"""

from __future__ import annotations

from typing import Any

from ntmcli.dossier.models import Citation, DocumentMeta, DocumentsFile, Meeting, Participant, Signer, Vote
from ntmcli.evaluate.results import UnitResult
from ntmcli.i18n import t
from ntmcli.i18n.dates import BLANK, clock_time, full_date
from ntmcli.i18n.documents import DOCUMENT_TEXT, document_text
from ntmcli.i18n.numbers import RoundingMode, percent
from ntmcli.report.documents import DocumentKind

NUMBER_BLANK = "\u00a0" * 6   # the clerk writes the number in at issue
STAGES = ("tham_tra", "tham_dinh")
NumberRule = tuple[int, RoundingMode]


def _say(key: str, lang: str, **args: object) -> str:
    return document_text(key, lang, **args)


def document_parts(kind: DocumentKind, documents: DocumentsFile, unit: UnitResult, lang: str) -> dict[str, Any]:
    meta = documents.documents.get(kind.name)
    own = meta or DocumentMeta()
    issuer = own.issuer
    symbol = f"{kind.abbreviation}-{issuer.symbol}" if issuer and issuer.symbol else kind.abbreviation
    number = f"{own.number or NUMBER_BLANK}/{symbol}" if symbol else (own.number or NUMBER_BLANK)
    date = full_date(own.date, lang)
    place = own.place or documents.place or BLANK
    return {
        "name": kind.name, "abbreviation": kind.abbreviation,
        "type_name": _say(f"doc.type.{kind.abbreviation}", lang) if kind.abbreviation else "",
        "title": own.title or _default_title(kind, unit, lang),
        "stage": kind.stage or "", "stage_name": t(f"stage.{kind.stage}", lang) if kind.stage else "",
        "stages": list(STAGES[: STAGES.index(kind.stage) + 1]) if kind.stage else [],
        "number": _say("doc.number", lang, number=number), "number_plain": number,
        "date_text": date, "place_date": f"{place}, {date}",
        "issuer": {"parent": (issuer.parent or "") if issuer else "", "name": issuer.name if issuer else BLANK},
        "to": list(own.to), "to_text": ", ".join(own.to) or _say("doc.to_default", lang),
        "bases": [_say("doc.basis", lang, citation=_citation(c, lang)) for c in [*documents.bases, *own.bases]],
        "team": [_participant(p) for p in own.team], "period": _period(own, lang),
        "dossier_remarks": own.dossier_remarks or "", "remarks": list(own.remarks),
        "proposal": own.proposal or "", "signer": _signer(own.signer),
        "recipients": list(own.recipients), "has_metadata": meta is not None,
        "attached": _attached(kind, own, number, issuer.name if issuer else BLANK, lang),
    }


def _default_title(kind: DocumentKind, unit: UnitResult, lang: str) -> str:
    key = f"doc.title.{kind.name}"
    if key not in DOCUMENT_TEXT:
        return ""
    return _say(key, lang, unit=unit.name, level=t(f"level.{unit.target_level}", lang), year=unit.year)


def _citation(citation: Citation, lang: str) -> str:
    """Type, number, date, issuer and subject, as NĐ 30 wants a document cited the first time."""
    parts = [citation.type]
    if citation.number:
        parts.append(_say("doc.cite.number", lang, number=citation.number))
    if citation.date:
        parts.append(_say("doc.cite.date", lang, date=full_date(citation.date, lang)))
    if citation.issuer:
        parts.append(_say("doc.cite.issuer", lang, issuer=citation.issuer))
    if citation.title:
        parts.append(citation.title)
    return " ".join(parts)


def _participant(person: Participant) -> dict[str, str]:
    return {"name": person.name, "position": person.position or "", "role": person.role or "",
            "note": person.note or ""}


def _period(meta: DocumentMeta, lang: str) -> str:
    if meta.started and meta.finished and meta.started != meta.finished:
        return _say("doc.period", lang, start=full_date(meta.started, lang), end=full_date(meta.finished, lang))
    one = meta.started or meta.finished
    return _say("doc.period_one", lang, date=full_date(one, lang)) if one else ""


def _signer(signer: Signer | None) -> dict[str, Any]:
    """Authority lines (TM., KT., Q., TL., TUQ.) and the title in capitals, then the name."""
    if signer is None:
        return {"lines": [], "name": ""}
    lines = [f"{a.prefix}. {a.of.upper()}" for a in signer.authority]
    if signer.title:
        lines.append(signer.title.upper())
    return {"lines": lines, "name": signer.name or ""}


def _attached(kind: DocumentKind, meta: DocumentMeta, number: str, issuer: str, lang: str) -> str:
    """'(Kèm theo Báo cáo số 57/BC-UBND ngày … của …)', the line under an appendix's title."""
    if not kind.abbreviation:
        return ""
    return _say("doc.appendix.attached", lang, type=_say(f"doc.type_word.{kind.abbreviation}", lang),
                number=_say("doc.cite.number", lang, number=number),
                date=_say("doc.cite.date", lang, date=full_date(meta.date, lang)), issuer=issuer)


def meeting_parts(recorded: Meeting | None, rule: NumberRule, lang: str) -> dict[str, Any]:
    """The meeting of the biên bản; blanks to fill by hand where van-ban.yaml records nothing."""
    meeting = recorded or Meeting()
    return {
        "recorded": recorded is not None,
        "body": meeting.body or BLANK, "date_text": full_date(meeting.date, lang),
        "start_text": clock_time(meeting.start, lang), "end_text": clock_time(meeting.end, lang),
        "place": meeting.place or BLANK,
        "chair": _participant(meeting.chair) if meeting.chair else None,
        "secretary": _participant(meeting.secretary) if meeting.secretary else None,
        "composition": meeting.composition or "",
        "attendees": [_participant(p) for p in meeting.attendees],
        "absent": [_participant(p) for p in meeting.absent],
        "agenda": list(meeting.agenda), "presenter": meeting.presenter or "",
        "discussion": [{"speaker": s.speaker, "content": s.content} for s in meeting.discussion],
        "vote": _vote(meeting.vote, rule, lang), "approval": _vote(meeting.minutes_approval, rule, lang),
        "copies": meeting.copies or 0, "copies_note": meeting.copies_note or "",
    }


def _vote(vote: Vote | None, rule: NumberRule, lang: str) -> dict[str, Any] | None:
    """"x/y thành viên, đạt z%": z is x of y, rounded by the document's rule."""
    if vote is None:
        return None
    return {"agree": vote.agree, "total": vote.total,
            "against": vote.against if vote.against is not None else "",
            "abstain": vote.abstain if vote.abstain is not None else "",
            "method": vote.method or "", "percent": percent(vote.agree, vote.total, lang, *rule)}

