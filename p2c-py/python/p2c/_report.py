"""Validation results: :class:`Report` and :class:`Issue`.

Plain frozen dataclasses with the fields of ``p2c_core::validate::Report``, so they compare,
pickle and copy like any value. The extension makes the instances itself, as ``pickle`` does
(``p2c-py/src/validate.rs``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Assessment", "Criterion", "Issue", "Report"]

@dataclass(frozen=True)
class Issue:
    """One finding about a document.

    ``code`` is stable (see :func:`p2c.issue_codes`); ``severity`` is ``"error"``, ``"warning"``
    or ``"info"``; ``path`` is an RFC 6901 JSON Pointer (``""`` is the whole document);
    ``message`` is for humans and may improve between versions; ``params`` holds structured
    details, stable per code.
    """

    code: str
    severity: str
    path: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON-ready data (the core's wire format)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
            "params": dict(self.params),
        }

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Issue:
        return cls(
            code=str(data["code"]),
            severity=str(data["severity"]),
            path=str(data["path"]),
            message=str(data["message"]),
            params=dict(data.get("params") or {}),
        )


@dataclass(frozen=True)
class Report:
    """The result of a validation: every issue found, and whether none is an error."""

    valid: bool
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        """The issues with severity ``"error"``."""
        return [i for i in self.issues if i.severity == "error"]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: ``{"valid": ..., "issues": [...]}``."""
        return {"valid": self.valid, "issues": [i.to_dict() for i in self.issues]}

    def _repr_html_(self) -> str:
        """An HTML table of the issues, for notebooks."""
        state = "valid" if self.valid else "invalid"
        head = f"<p><b>{state}</b>: {len(self.issues)} issue(s)</p>"
        if not self.issues:
            return head
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{html.escape(v)}</td>" for v in (i.severity, i.code, i.path, i.message)
            )
            + "</tr>"
            for i in self.issues
        )
        return (
            head + "<table><thead><tr><th>severity</th><th>code</th><th>path</th>"
            "<th>message</th></tr></thead><tbody>" + rows + "</tbody></table>"
        )

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            valid=bool(data["valid"]),
            issues=[Issue._from_dict(i) for i in data["issues"]],
        )


@dataclass(frozen=True)
class Criterion:
    """One strong-pledge criterion's result: ``criterion`` and ``reason`` are stable codes,
    ``met`` says whether the data shows the criterion is met, ``params`` holds details."""

    criterion: str
    met: bool
    reason: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Assessment:
    """A pledge assessed against the five strong-pledge criteria (see :func:`p2c.assess`)."""

    met_count: int
    criteria: list[Criterion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The assessment as JSON-ready data (``metCount``, ``criteria``), as the core writes it."""
        return {
            "metCount": self.met_count,
            "criteria": [
                {"criterion": c.criterion, "met": c.met, "reason": c.reason, "params": c.params}
                for c in self.criteria
            ],
        }

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Assessment:
        return cls(
            met_count=int(data["metCount"]),
            criteria=[
                Criterion(
                    criterion=str(c["criterion"]),
                    met=bool(c["met"]),
                    reason=str(c["reason"]),
                    params=dict(c.get("params") or {}),
                )
                for c in data["criteria"]
            ],
        )


Issue.__module__ = "p2c"
Report.__module__ = "p2c"
Criterion.__module__ = "p2c"
Assessment.__module__ = "p2c"
