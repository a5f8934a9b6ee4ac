"""Spreadsheets in and out: :func:`read_excel`, :func:`read_csv`, :func:`template_xlsx`,
:func:`write_excel`, and the issues workbook of an import (:meth:`SheetImport.issues_workbook`).

The layout, the reading rules and every issue code are p2c-core's (``p2c_core::sheets``); the
options are the core's ``SheetImportCall`` / ``SheetExportCall``, given here as keyword
arguments (``as_of`` → ``asOf``, ``sheet_limits={"max_rows": …}`` → ``sheetLimits.maxRows``).
"""

from __future__ import annotations

import datetime
import json
import os
import pathlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Union

from . import _p2c
from ._call import _camel

__all__ = [
    "Cell",
    "SheetImport",
    "SheetIssue",
    "read_csv",
    "read_excel",
    "template_xlsx",
    "write_excel",
]

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class Cell:
    """Where an issue is in the spreadsheet. ``row`` is 1-based; ``column`` holds letters
    (``"H"``); ``a1`` is the A1 reference (``"H3"``). A row, a column or a whole sheet leaves
    the other parts ``None``."""

    sheet: str
    """The sheet's name (for CSV, the file's name)."""
    row: int | None = None
    column: str | None = None
    a1: str | None = None


@dataclass(frozen=True)
class SheetIssue:
    """An issue of an import: the validator's issue with its cell."""

    code: str
    """The issue code (``sheet.inexact_number``, ``structure.missing_field``…)."""
    severity: Literal["error", "warning", "info"]
    path: str
    """The JSON Pointer into :attr:`SheetImport.documents` (``/0/title``), or ``""`` for an
    issue about the file, a sheet, a header or a row that became no document."""
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    cell: Cell | None = None
    """Where it is; ``None`` for an issue about the whole file."""


@dataclass(frozen=True)
class SheetImport:
    """The result of :func:`read_excel` or :func:`read_csv`."""

    documents: list[dict[str, Any]]
    """One pledge document per row of the pledges sheet, in order (amounts as exact decimal
    strings); :func:`p2c.parse_pledge` reads each one."""
    issues: list[SheetIssue]
    """Every issue, each with its cell: those about the file, sheets and headers first."""
    rows: list[int]
    """For each document, its 1-based row on the pledges sheet."""
    valid: bool
    """True when no issue has severity ``error``."""
    _native: Any = field(repr=False, compare=False, default=None)

    def errors(self) -> list[SheetIssue]:
        """The issues of severity ``error``."""
        return [i for i in self.issues if i.severity == "error"]

    def issues_workbook(
        self, path: PathLike | None = None, *, private: bool = False
    ) -> bytes | None:
        """The rows that have errors and an ``issues`` sheet (cell, code, severity, message,
        guidance), ready to send back to the pledger: XLSX bytes, or written to ``path``
        (then ``None``). The contact is written only with ``private=True``."""
        data: bytes = self._native.issues_xlsx(_export_call("xlsx", None, private))
        return _write(path, data)


def _keys(mapping: Mapping[str, Any] | None, what: str) -> dict[str, Any]:
    if mapping is None:
        return {}
    if not isinstance(mapping, Mapping):
        raise TypeError(f"{what} must be a mapping, not {type(mapping).__name__}")
    return {_camel(str(k)): v for k, v in mapping.items()}


def _import_call(
    fmt: str,
    lang: str | None,
    as_of: datetime.date | None,
    redact_values: bool,
    severity: Mapping[str, str] | None,
    limits: Mapping[str, int] | None,
    sheet_limits: Mapping[str, int] | None,
    extra: dict[str, Any],
) -> str:
    call: dict[str, Any] = {"format": fmt, **extra}
    if lang is not None:
        call["lang"] = _p2c._lang(lang, 4)
    if as_of is not None:
        if isinstance(as_of, datetime.datetime) or not isinstance(as_of, datetime.date):
            raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
        call["asOf"] = as_of.isoformat()
    if redact_values:
        call["redactValues"] = True
    if severity:
        call["severity"] = dict(severity)
    if limits is not None:
        call["limits"] = _keys(limits, "limits")
    if sheet_limits is not None:
        call["sheetLimits"] = _keys(sheet_limits, "sheet_limits")
    return json.dumps(call)


def _export_call(fmt: str, lang: str | None, private: bool) -> str:
    call: dict[str, Any] = {"format": fmt, "private": bool(private)}
    if lang is not None:
        call["lang"] = _p2c._lang(lang, 4)
    return json.dumps(call)


def _result(answer: tuple[dict[str, Any], Any]) -> SheetImport:
    data, native = answer
    issues = []
    for i in data["issues"]:
        cell = None
        if "sheet" in i:
            cell = Cell(i["sheet"], i.get("row"), i.get("column"), i.get("cell"))
        issues.append(
            SheetIssue(i["code"], i["severity"], i["path"], i["message"], i.get("params", {}), cell)
        )
    return SheetImport(data["documents"], issues, data["rows"], data["valid"], native)


def _write(path: PathLike | None, data: bytes) -> bytes | None:
    if path is None:
        return data
    pathlib.Path(path).write_bytes(data)
    return None


def read_excel(
    source: PathLike | bytes,
    *,
    lang: str | None = None,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    severity: Mapping[str, str] | None = None,
    limits: Mapping[str, int] | None = None,
    sheet_limits: Mapping[str, int] | None = None,
) -> SheetImport:
    """Read a workbook in the template's layout (a path or the file's bytes) into pledge
    documents and validate them; every issue carries its :class:`Cell`.

    A damaged, encrypted or oversized file is an issue (``sheet.unreadable``,
    ``sheet.encrypted``, ``sheet.limit_exceeded``), never an exception. ``lang`` sets the
    language of messages; ``severity`` maps issue codes to ``error``/``warning``/``info``/``off``;
    ``limits`` (``max_string_len``…) and ``sheet_limits`` (``max_bytes``, ``max_rows``,
    ``max_cells``…) bound the input.

    >>> import p2c
    >>> book = p2c.template_xlsx()
    >>> p2c.read_excel(book).documents
    []
    """
    call = _import_call("xlsx", lang, as_of, redact_values, severity, limits, sheet_limits, {})
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _result(_p2c._read_sheet_bytes([(None, bytes(source))], call))
    return _result(_p2c._read_sheet_paths([os.fspath(source)], call))


def read_csv(
    source: PathLike | bytes | Sequence[PathLike] | Mapping[str, bytes],
    *,
    lang: str | None = None,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    severity: Mapping[str, str] | None = None,
    limits: Mapping[str, int] | None = None,
    sheet_limits: Mapping[str, int] | None = None,
    delimiter: str | None = None,
    restore_formulas: bool = True,
) -> SheetImport:
    """Read CSV files in the template's layout: one file (a path, or bytes read as the
    pledges table), several paths, or ``{file name: bytes}`` (each file is the table its name
    says: ``countries.csv``). Options as for :func:`read_excel`; ``delimiter`` (default: the
    most frequent of ``,``, ``;`` and tab in the first line) and ``restore_formulas`` (remove
    the apostrophe an export put before formula-like text; default true)."""
    extra: dict[str, Any] = {"restoreFormulas": bool(restore_formulas)}
    if delimiter is not None:
        extra["delimiter"] = delimiter
    call = _import_call("csv", lang, as_of, redact_values, severity, limits, sheet_limits, extra)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _result(_p2c._read_sheet_bytes([(None, bytes(source))], call))
    if isinstance(source, Mapping):
        files: list[tuple[str | None, bytes]] = [
            (str(name), bytes(data)) for name, data in source.items()
        ]
        return _result(_p2c._read_sheet_bytes(files, call))
    if isinstance(source, (str, os.PathLike)):
        return _result(_p2c._read_sheet_paths([os.fspath(source)], call))
    return _result(_p2c._read_sheet_paths([os.fspath(p) for p in source], call))


def template_xlsx(
    path: PathLike | None = None, *, lang: str | None = None, private: bool = False
) -> bytes | None:
    """The empty template workbook: one sheet per table with two header rows (title and
    path), dropdowns of every codelist, a README sheet explaining each column, in ``lang``
    (codes, sheet names and paths never change). The XLSX bytes, or written to ``path`` (then
    ``None``). ``private=True`` adds the contact columns."""
    files = _p2c._template(_export_call("xlsx", lang, private))
    return _write(path, files[0][1])


def write_excel(
    documents: Sequence[Mapping[str, Any]],
    path: PathLike | None = None,
    *,
    private: bool = False,
) -> bytes | None:
    """Pledge documents (dicts) as a workbook in the template's layout, which
    :func:`read_excel` reads back exactly: the XLSX bytes, or written to ``path`` (then
    ``None``). The contact is written only with ``private=True``."""
    files = _p2c._write_sheets(list(documents), _export_call("xlsx", None, private))
    return _write(path, files[0][1])
