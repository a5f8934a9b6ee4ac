"""Summaries straight from files and bytes, and summaries made of partitions.

The file route (:func:`summarize_file`, :func:`summarize_bytes`) reads pledges in Rust on every
core, without a ``Pledge`` object per record. A summary made of partitions (the scale-out
path: each partition summarized by another process or machine, for example a Dask worker) has
three steps, each a p2c-core call:

1. :func:`related_ids` of every partition, united: the ids that relations name anywhere;
2. :func:`partial_summary` of every partition, told that union: bytes to carry anywhere;
3. :func:`merge_partials` of all of them, in the partitions' order: the same summary as
   :func:`p2c.summarize` over the whole input (relations, duplicate ids and distinct entities
   included).

Partials made with other options, another rate table, another p2c version or other related
ids refuse to merge (:class:`p2c.P2cError`, code ``partial_mismatch``, naming the
difference); a truncated or altered partial is ``invalid_partial``, never a wrong total.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict, Unpack

from . import _p2c
from ._call import call
from ._summary import Summary

__all__ = [
    "SummaryOptions",
    "merge_partials",
    "partial_summary",
    "related_ids",
    "summarize_bytes",
    "summarize_file",
]


class SummaryOptions(TypedDict, total=False):
    """The keyword options of a summary: those of :func:`p2c.summarize`, which says what each
    means (``invalid_pledges`` takes a mapping of id to issue codes here: there is no list of
    pledges for a batch report to index)."""

    as_of: datetime.date | None
    currency: str | None
    attribution: str | None
    region_mode: str | None
    invalid: str | None
    validate: bool | None
    invalid_pledges: Mapping[str, Iterable[str]] | None
    policy: str | dict[str, Any] | None
    rounding: str | None
    report_interval_days: int | None
    report_grace_days: int | None
    inactive_after_years: int | None
    goal: Any
    focus_areas: Iterable[str] | None
    pillars: Iterable[str] | None
    pledge_types: Iterable[str] | None
    stakeholder_types: Iterable[str] | None
    regions: Iterable[str] | None
    countries: Iterable[str] | None
    country_groups: Iterable[str] | None
    period: tuple[datetime.date, datetime.date] | None
    new_between: tuple[datetime.date, datetime.date] | None
    lang: str | None


def _options(format: str | None, threads: int | None, options: Mapping[str, Any]) -> dict[str, Any]:
    # ``threads`` is checked by the core (a negative or non-integer count is an OptionError).
    return call(format=format, threads=threads, **options)


def _path(path: object, what: str) -> str:
    if isinstance(path, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{what} takes a path (str or os.PathLike); for the bytes of a file use "
            "p2c.summarize_bytes()"
        )
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"{what} takes a path (str or os.PathLike), not {type(path).__name__}")
    return os.fspath(path)  # type: ignore[return-value]


def _data(data: object, what: str) -> bytes | bytearray:
    if isinstance(data, memoryview):
        return data.tobytes()
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(
            f"{what} takes the bytes of a file (bytes or bytearray), not {type(data).__name__}"
            + ("; for a path use p2c.summarize_file()" if isinstance(data, (str, os.PathLike)) else "")
        )
    return data


def summarize_file(
    path: str | os.PathLike[str],
    *,
    table: _p2c.RateTable | None = None,
    format: str | None = None,
    threads: int | None = None,
    **options: Unpack[SummaryOptions],
) -> Summary:
    """Summarize a file of pledges (a JSON array, or JSON Lines) without a ``Pledge`` object
    per record: the same summary as ``p2c.summarize(p2c.load(path), ...)``, computed in Rust
    with the GIL released, on up to ``threads`` threads (default: every core; the summary is
    the same whatever the number). ``format`` is ``"auto"`` (default: an array when the file
    starts with ``[``), ``"json_array"`` or ``"json_lines"``; the other options are those of
    :func:`p2c.summarize`.

    Raises :class:`p2c.P2cError` (``io_error``), :class:`p2c.ParseError` for the first record
    that does not parse, and the errors of :func:`p2c.summarize`.
    """
    head, core, lang = _p2c._summarize_input(
        _path(path, "summarize_file"), _options(format, threads, options), table
    )
    return Summary(head, core, lang)


def summarize_bytes(
    data: bytes | bytearray | memoryview,
    *,
    table: _p2c.RateTable | None = None,
    format: str | None = None,
    threads: int | None = None,
    **options: Unpack[SummaryOptions],
) -> Summary:
    """:func:`summarize_file` on the bytes of a file (a JSON array, or JSON Lines) held in
    memory, such as a request body or a block a distributed engine read."""
    head, core, lang = _p2c._summarize_input(
        _data(data, "summarize_bytes"), _options(format, threads, options), table
    )
    return Summary(head, core, lang)


def related_ids(
    data: bytes | bytearray | memoryview,
    *,
    format: str | None = None,
    threads: int | None = None,
) -> list[str]:
    """The ids that relations (``supersedes``, ``part_of``, ``same_funds_as``) name in one
    partition (the bytes of a JSON array or of whole JSON Lines), sorted. Unite those of every
    partition and give the union to :func:`partial_summary`. Records that do not parse are
    skipped here (:func:`partial_summary` reports them)."""
    return _p2c._related_ids(_data(data, "related_ids"), _options(format, threads, {}))


def partial_summary(
    data: bytes | bytearray | memoryview,
    related: Iterable[str],
    *,
    table: _p2c.RateTable | None = None,
    format: str | None = None,
    threads: int | None = None,
    **options: Unpack[SummaryOptions],
) -> bytes:
    """The partial summary of one partition (the bytes of a JSON array or of whole JSON
    Lines), as bytes to carry to another process or machine and merge there with
    :func:`merge_partials`. ``related`` is the union of :func:`related_ids` over *every*
    partition. The options are those of :func:`p2c.summarize`, and must be the same for every
    partition and for the merge.

    Raises :class:`p2c.ParseError` for the first record that does not parse, and the errors of
    :func:`p2c.summarize`.
    """
    if isinstance(related, (str, bytes)):
        raise TypeError("related must be a list of pledge ids, not a single string")
    return _p2c._partial_summary(
        _data(data, "partial_summary"),
        list(related),
        _options(format, threads, options),
        table,
    )


def merge_partials(
    partials: Iterable[bytes | bytearray],
    *,
    table: _p2c.RateTable | None = None,
    **options: Unpack[SummaryOptions],
) -> Summary:
    """Merge the partial summaries of the partitions of one input (in the partitions' order)
    into its summary: the summary of the whole input in one pass. The options (and ``table``)
    must be those the partials were made with.

    Raises :class:`p2c.P2cError`: ``invalid_argument`` for no partial at all,
    ``invalid_partial`` for bytes that are not a partial summary (or are truncated or
    altered), ``partial_mismatch`` for a partial made by another p2c version or with other
    options, rates or related ids (the message names the first difference).
    """
    parts = [bytes(p) if isinstance(p, memoryview) else p for p in partials]
    for p in parts:
        if not isinstance(p, (bytes, bytearray)):
            raise TypeError(f"a partial summary is bytes, not {type(p).__name__}")
    head, core, lang = _p2c._merge_partials(parts, _options(None, None, options), table)
    return Summary(head, core, lang)
