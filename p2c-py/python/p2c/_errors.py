"""The p2c exception hierarchy.

Defined in Python (not in the extension) so that the classes pickle, type-check and can be
subclassed. The extension raises them through :func:`_from_native`, which picks the class from
the error's stable ``code``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._report import Issue

__all__ = [
    "OptionError",
    "P2cError",
    "P2cWarning",
    "ParseError",
    "RateNotFoundError",
    "UnknownLanguageWarning",
    "ValidationError",
]


class P2cError(Exception):
    """A p2c call could not produce a result. ``code`` is stable; the message may improve."""

    code: str

    def __init__(self, message: str, code: str = "internal_error") -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.code))


class ParseError(P2cError, ValueError):
    """The input is not well-formed JSON or does not have the shape of the document.

    ``pointer`` is the RFC 6901 JSON Pointer of the place where parsing failed (``""`` for the
    root); ``line`` and ``column`` are 1-based positions in the input text, when known.
    """

    pointer: str
    line: int | None
    column: int | None

    def __init__(
        self,
        message: str,
        code: str = "parse_error",
        pointer: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, code)
        self.pointer = pointer
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.code, self.pointer, self.line, self.column))


class OptionError(P2cError, ValueError):
    """An option of a call is wrong, so the call did not run: an unknown option or a value of
    the wrong form (code ``invalid_argument``), or an unknown code in an option, such as a
    currency, country, region, policy or rounding name (code ``unknown_code``).

    ``pointer`` is the RFC 6901 JSON Pointer of the option in the call's JSON form
    (``"/filters/countries/0"``, ``"/currency"``); ``suggestion`` the closest known name or
    code, or ``None``.
    """

    pointer: str
    suggestion: str | None

    def __init__(
        self,
        message: str,
        code: str = "invalid_argument",
        pointer: str = "",
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message, code)
        self.pointer = pointer
        self.suggestion = suggestion

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.code, self.pointer, self.suggestion))


class ValidationError(P2cError, ValueError):
    """A document failed validation (raised by :func:`p2c.validate_or_raise`).

    ``issues`` holds every issue of the report (errors, warnings and infos), so that one
    exception reports every problem at once. ``code`` is ``"validation_failed"``.
    """

    issues: list[Issue]

    def __init__(
        self,
        message: str,
        issues: list[Issue] | None = None,
        code: str = "validation_failed",
    ) -> None:
        super().__init__(message, code)
        self.issues = list(issues or [])

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.issues, self.code))


class RateNotFoundError(P2cError, LookupError):
    """No exchange rate converts ``currency`` into ``to`` for ``date`` under the policy.

    ``policies_tried`` lists the policies tried, in order (``"onOrBefore(maxDays=7)"``, …).
    ``code`` is ``"rate_not_found"``.
    """

    currency: str
    to: str
    date: str
    policies_tried: list[str]

    def __init__(
        self,
        message: str,
        code: str = "rate_not_found",
        currency: str = "",
        to: str = "",
        date: str = "",
        policies_tried: list[str] | None = None,
    ) -> None:
        super().__init__(message, code)
        self.currency = currency
        self.to = to
        self.date = date
        self.policies_tried = list(policies_tried or [])

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (str(self), self.code, self.currency, self.to, self.date, self.policies_tried),
        )


class P2cWarning(UserWarning):
    """Something a p2c call did that the caller should know about, though it ran."""


class UnknownLanguageWarning(P2cWarning):
    """A ``lang`` option named no supported language (ar, zh, en, fr, ru, es): English was
    used. Never an error, so that a validation always runs; filter it with
    ``warnings.filterwarnings("error", category=p2c.UnknownLanguageWarning)`` to make it one."""

    code = "unknown_language"


def _from_native(payload: dict[str, Any]) -> P2cError:
    """Build the exception for an error payload from the extension (``Error::to_json``)."""
    code = str(payload.get("code", "internal_error"))
    message = str(payload.get("message", code))
    if code == "parse_error":
        return ParseError(
            message,
            code,
            str(payload.get("pointer", "")),
            payload.get("line"),
            payload.get("column"),
        )
    if code == "rate_not_found":
        return RateNotFoundError(
            message,
            code,
            str(payload.get("currency", "")),
            str(payload.get("to", "")),
            str(payload.get("date", "")),
            [str(p) for p in payload.get("policiesTried") or []],
        )
    if code in ("invalid_argument", "unknown_code"):
        suggestion = payload.get("suggestion")
        return OptionError(
            message,
            code,
            str(payload.get("pointer") or ""),
            None if suggestion is None else str(suggestion),
        )
    return P2cError(message, code)


# Shown and pickled as `p2c.P2cError`, the name users import.
P2cError.__module__ = "p2c"
OptionError.__module__ = "p2c"
ParseError.__module__ = "p2c"
ValidationError.__module__ = "p2c"
RateNotFoundError.__module__ = "p2c"
P2cWarning.__module__ = "p2c"
UnknownLanguageWarning.__module__ = "p2c"
