"""Validation: :func:`validate`, :func:`validate_batch` and :func:`validate_update` are the
extension's own functions (their keyword options are read there, so a call runs no Python
code); the helpers built on them are here. Every rule runs in Rust.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from . import _p2c
from ._errors import ValidationError
from ._report import Assessment, Report

__all__ = ["assess", "validate", "validate_batch", "validate_or_raise", "validate_update"]

validate = _p2c.validate
validate_batch = _p2c.validate_batch
validate_update = _p2c.validate_update


def validate_or_raise(
    document: dict[str, Any] | list[Any] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    batch: bool = False,
    limits: Mapping[str, int] | None = None,
    lang: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> Report:
    """Like :func:`validate`, but raise :class:`p2c.ValidationError` when the report is not
    valid (some issue has severity ``"error"``). The exception's ``issues`` hold every issue;
    a valid report (possibly with warnings and infos) is returned. ``lang`` as for
    :func:`validate` (the exception's issues and message are in ``lang``); ``severity`` as for
    :func:`validate` (an issue turned into an error makes the report invalid).
    """
    report = validate(
        document,
        as_of=as_of,
        redact_values=redact_values,
        batch=batch,
        limits=limits,
        lang=_p2c._lang(lang, 2),
        severity=severity,
    )
    if not report.valid:
        errors = report.errors
        first = errors[0] if errors else None
        summary = f"{len(errors)} validation error(s)"
        if first is not None:
            summary += f"; first at `{first.path}`: {first.message} ({first.code})"
        raise ValidationError(summary, report.issues)
    return report


def assess(pledge: _p2c.Pledge) -> Assessment:
    """Assess a parsed pledge against the five strong-pledge criteria (focus areas,
    transformational change, resources, multiple entities, measurable); see the criteria's
    reason codes in the p2c-core documentation of ``validate::assess``."""
    if not isinstance(pledge, _p2c.Pledge):
        raise TypeError(f"assess() takes a p2c.Pledge, not {type(pledge).__name__}")
    return Assessment._from_dict(_p2c._assess(pledge))
