"""Consistency of van-ban.yaml beyond its schema: a vote cannot count more members than attended.

The schema already keeps every count non-negative and the attendance positive; what it cannot see
is the sum, which decides the "x/y thành viên, đạt z%" a biên bản prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntmcli.findings import Finding, finding

if TYPE_CHECKING:
    from ntmcli.dossier.models import DocumentsFile, Vote
    from ntmcli.dossier.reader import SourceFile


def check_documents(source: SourceFile[DocumentsFile]) -> list[Finding]:
    meeting = source.model.meeting
    if meeting is None:
        return []
    votes = (("vote", meeting.vote), ("minutes_approval", meeting.minutes_approval))
    return [_overcounted(source, name, vote) for name, vote in votes
            if vote is not None and _counted(vote) > vote.total]


def _counted(vote: Vote) -> int:
    return vote.agree + (vote.against or 0) + (vote.abstain or 0)


def _overcounted(source: SourceFile[DocumentsFile], name: str, vote: Vote) -> Finding:
    position = source.document.locate(("meeting", name, "agree"))
    return finding("meeting-vote", source.file, position.line, position.column,
                   counted=_counted(vote), total=vote.total, field=f"meeting.{name}")
