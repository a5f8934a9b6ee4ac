"""Migration of pledge documents to the current format version: :func:`migrate`. The rule (only
``formatVersion`` changes; a current document is left as it is) runs in Rust; this module gives
the document back in the kind the caller passed."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import _p2c

__all__ = ["Migration", "migrate"]

D = TypeVar("D", dict[str, Any], list[Any], str, bytes)


@dataclass(frozen=True)
class Migration(Generic[D]):
    """The result of :func:`migrate`."""

    document: D
    """The migrated document, in the kind it was given (``dict``, ``list``, ``str`` or ``bytes``)."""
    reports: list[dict[str, Any]]
    """One report per pledge, in document order: ``from``, ``to``, ``changes`` (each with
    ``path``, a JSON Pointer prefixed with the pledge's index in a list, ``what`` and
    ``detail``) and ``review`` (places where format 1.1 could say more; nothing was changed
    there)."""

    @property
    def changed(self) -> bool:
        """Whether any pledge was changed."""
        return any(r["changes"] for r in self.reports)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _apply(original: Any, migrated: Any, path: str) -> Any:
    """``original`` with the value at JSON Pointer ``path`` taken from ``migrated``, copying
    only the containers on the way (so the caller's object is never changed and every other
    value, a ``Decimal`` or a ``date``, keeps its type)."""
    tokens = [_unescape(t) for t in path.split("/")[1:]]
    root = copy.copy(original)
    here, there = root, migrated
    for i, token in enumerate(tokens):
        key: Any = int(token) if isinstance(here, list) else token
        if i == len(tokens) - 1:
            here[key] = there[key]
        else:
            here[key] = copy.copy(here[key])
            here, there = here[key], there[key]
    return root


def migrate(document: D) -> Migration[D]:
    """Migrate a pledge document, or a list of them, to the current format version (1.1).

    Format 1.1 only adds to 1.0, so migrating sets ``formatVersion`` to ``"1.1"`` and changes
    nothing else; migrating a 1.1 document changes nothing (the reports list no change). A
    ``str`` or ``bytes`` comes back as compact JSON of the same type; a ``dict`` or ``list`` as
    a copy with the changes applied (the argument is not modified).

    Raises :class:`p2c.ParseError` (``parse_error``) when the document is not JSON, not an
    object or a list of objects, and :class:`p2c.P2cError` with code ``unsupported_version``
    when it declares no version, or one this library does not read.
    """
    migrated, reports = _p2c._migrate(document)
    result: Any
    if isinstance(document, bytes):
        result = migrated.encode("utf-8")
    elif isinstance(document, str):
        result = migrated
    else:
        result = document
        for report in reports:
            for change in report["changes"]:
                result = _apply(result, migrated, change["path"])
    return Migration(document=result, reports=reports)
