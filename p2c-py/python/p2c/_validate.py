"""Validation: Python-side argument handling around the extension's ``_validate*`` functions.

Only keyword options are turned into the core's option format here; every rule runs in Rust.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from . import _p2c
from ._errors import ValidationError
from ._report import Assessment, Report

__all__ = ["assess", "validate", "validate_batch", "validate_or_raise", "validate_update"]

# Looked up once: `validate` is called per record in loops over many records.
_native_validate = _p2c._validate
_from_native = Report._from_native

_LIMIT_KEYS = {
    "max_bytes": "maxBytes",
    "max_depth": "maxDepth",
    "max_array_len": "maxArrayLen",
    "max_string_len": "maxStringLen",
}


def _options(
    as_of: datetime.date | None,
    redact_values: bool,
    limits: Mapping[str, int] | None,
) -> dict[str, Any] | None:
    """The options in the core's format, or ``None`` for the defaults (the common call skips
    building and converting a dict)."""
    if as_of is None and not redact_values and not limits:
        return None
    if isinstance(as_of, datetime.datetime):
        raise TypeError("as_of must be a datetime.date, not a datetime")
    if as_of is not None and not isinstance(as_of, datetime.date):
        raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    opts: dict[str, Any] = {"redactValues": bool(redact_values)}
    if as_of is not None:
        opts["asOf"] = as_of.isoformat()
    if limits:
        unknown = sorted(set(limits) - set(_LIMIT_KEYS))
        if unknown:
            raise ValueError(f"unknown limits {unknown}; known: {sorted(_LIMIT_KEYS)}")
        opts["limits"] = {_LIMIT_KEYS[k]: v for k, v in limits.items()}
    return opts


def validate(
    document: dict[str, Any] | list[Any] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    batch: bool = False,
    limits: Mapping[str, int] | None = None,
) -> Report:
    """Validate one pledge and return a :class:`Report` with every issue found.

    ``document`` is a ``dict`` (read directly, no JSON round trip), JSON ``str`` or UTF-8 JSON
    ``bytes``. Problems with the document never raise: malformed JSON, wrong types and broken
    rules all become issues. ``as_of`` is "today" for date rules (default: today's UTC date);
    ``redact_values`` keeps input values out of messages and params; ``limits`` overrides size
    limits (``max_bytes``, ``max_depth``, ``max_array_len``, ``max_string_len``).

    With ``batch=True`` the input is a list of pledges (a ``list`` or a JSON array), validated
    as :func:`validate_batch` does.

    Raises ``TypeError`` for an input of another type and :class:`p2c.ParseError` for a dict
    holding Python values with no JSON equivalent.
    """
    if batch:
        return validate_batch(
            document,  # type: ignore[arg-type]
            as_of=as_of,
            redact_values=redact_values,
            limits=limits,
        )
    if isinstance(document, list):
        raise TypeError("validate() takes one pledge; pass batch=True to validate a list")
    if as_of is None and not redact_values and not limits:
        # The common call: default options, no `_options` call.
        return _from_native(_native_validate(document, None))
    return _from_native(_native_validate(document, _options(as_of, redact_values, limits)))


def validate_batch(
    documents: list[dict[str, Any]] | tuple[dict[str, Any], ...] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    limits: Mapping[str, int] | None = None,
) -> Report:
    """Validate a list of pledges: each pledge's issues (paths prefixed by its index, such as
    ``/3/title``), then the batch rules (duplicate ids, likely duplicate submissions).

    ``documents`` is a ``list`` (or ``tuple``) of dicts, or a JSON array as ``str`` or ``bytes``.
    Options are those of :func:`validate`.
    """
    data = _p2c._validate_batch(documents, _options(as_of, redact_values, limits))
    return Report._from_native(data)


def validate_update(
    old: _p2c.Pledge,
    new: _p2c.Pledge,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
) -> Report:
    """Validate a change from ``old`` to ``new`` (parsed with :func:`p2c.parse_pledge`): the new
    version's rules, the review-state transition and an unchanged id."""
    data = _p2c._validate_update(old, new, _options(as_of, redact_values, None))
    return Report._from_native(data)


def validate_or_raise(
    document: dict[str, Any] | list[Any] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    batch: bool = False,
    limits: Mapping[str, int] | None = None,
) -> Report:
    """Like :func:`validate`, but raise :class:`p2c.ValidationError` when the report is not
    valid (some issue has severity ``"error"``). The exception's ``issues`` hold every issue;
    a valid report (possibly with warnings and infos) is returned.
    """
    report = validate(
        document, as_of=as_of, redact_values=redact_values, batch=batch, limits=limits
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
