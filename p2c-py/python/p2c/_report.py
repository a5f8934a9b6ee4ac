"""Validation results: :class:`Report` and :class:`Issue`.

Plain frozen dataclasses with the fields of ``p2c_core::validate::Report``, so they compare,
pickle and copy like any value. The extension makes the instances itself, as ``pickle`` does
(``p2c-py/src/validate.rs``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from . import _p2c

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
    """The result of a validation: every issue found, and whether none is an error.

    ``lang`` is the language of the messages (``"en"`` unless the validation was given
    another), ``batch`` whether the report is of a list of pledges (issue paths start with the
    pledge's index), ``as_of`` the ``as_of`` the validation was given (``None``: today's UTC
    date). They say how the report was made and take no part in comparisons.
    """

    valid: bool
    issues: list[Issue] = field(default_factory=list)
    lang: str = field(default="en", compare=False)
    batch: bool = field(default=False, compare=False)
    as_of: datetime.date | None = field(default=None, compare=False)

    @property
    def errors(self) -> list[Issue]:
        """The issues with severity ``"error"``."""
        return [i for i in self.issues if i.severity == "error"]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: ``{"valid": ..., "issues": [...]}``."""
        return {"valid": self.valid, "issues": [i.to_dict() for i in self.issues]}

    def to_html(
        self,
        document: Any = None,
        *,
        lang: str | None = None,
        as_of: datetime.date | None = None,
        source: str | None = None,
        fragment: bool = False,
    ) -> str:
        """The report as a self-contained HTML page, drawn by p2c-core's renderer (the page of
        ``p2c validate --format html`` and Node's ``renderReportHtml``): the verdict, every
        issue with its pointer, message and guidance, grouped by pledge for a batch. Every
        value from the data is escaped; the page loads nothing and runs only its own script.

        ``document`` is what was validated (a dict, a list of dicts, JSON text, a
        :class:`Pledge` or a list of them), used only to name each pledge by its id and title.
        ``lang`` is the page's language (default: the report's :attr:`lang`); messages are
        rendered in it from their codes and params. ``as_of`` (default: the report's) is shown
        as the validation's date, ``source`` (a file name) under the title. ``fragment=True``
        gives the page's body in one ``<div class="p2c-embed">`` with its style sheet scoped to
        it and no script, to embed in another page (a notebook shows this).

        Raises :class:`p2c.P2cError` (``unknown_code``) for an issue whose code p2c does not
        know (a report built by hand).
        """
        code = _p2c._lang(self.lang if lang is None else lang, 2)
        when = self.as_of if as_of is None else as_of
        if when is not None and (
            isinstance(when, datetime.datetime) or not isinstance(when, datetime.date)
        ):
            raise TypeError(f"as_of must be a datetime.date, not {type(when).__name__}")
        return _p2c._report_html(
            self.to_dict(),
            _document(document),
            self.batch,
            self.lang,
            code,
            None if when is None else when.isoformat(),
            source,
            fragment,
        )

    def _repr_html_(self) -> str:
        """The report for notebooks: :meth:`to_html` as a fragment."""
        return self.to_html(fragment=True)

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            valid=bool(data["valid"]),
            issues=[Issue._from_dict(i) for i in data["issues"]],
        )


def _document(document: Any) -> Any:
    """What :meth:`Report.to_html` reads pledge ids and titles from: documents as they are,
    :class:`Pledge` objects as their data."""
    if isinstance(document, _p2c.Pledge):
        return document.to_dict()
    if isinstance(document, (list, tuple)):
        return [d.to_dict() if isinstance(d, _p2c.Pledge) else d for d in document]
    return document


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
