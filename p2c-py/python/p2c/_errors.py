"""The p2c exception hierarchy.

Defined in Python (not in the extension) so that the classes pickle, type-check and can be
subclassed. The extension raises them through :func:`_from_native`, which picks the class from
the error's stable ``code``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._report import Issue

__all__ = ["P2cError", "ParseError", "ValidationError"]


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
    return P2cError(message, code)


# Shown and pickled as `p2c.P2cError`, the name users import.
P2cError.__module__ = "p2c"
ParseError.__module__ = "p2c"
ValidationError.__module__ = "p2c"
