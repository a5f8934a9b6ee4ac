"""Flat tables of pledges for DataFrames: Arrow (PyCapsule interface), pyarrow, pandas, polars, CSV.

The flattening is p2c-core's (``p2c_core::tables``); this module only names things and imports
the optional packages when asked.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import pathlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from . import _p2c
from ._call import call
from ._summary import _pledges

__all__ = ["TABLE_NAMES", "Table", "Tables", "load_tables", "tables"]

TABLE_NAMES: tuple[str, ...] = (
    "pledges",
    "pledge_countries",
    "pledge_pillars",
    "pledge_partners",
    "pledge_reports",
    "pledgers",
)
"""The names of the six tables, in order: one row per pledge, then one row per pledge and
implementation country, pillar, pledging entity and progress report, then one scorecard row per
pledging entity."""


def _require(package: str, what: str) -> Any:
    try:
        return importlib.import_module(package)
    except ImportError as e:
        raise ImportError(
            f"{what} needs the optional package `{package}`: pip install {package}",
            name=package,
        ) from e


class Table:
    """One flat table of pledge data (immutable).

    A ``Table`` implements the Arrow PyCapsule interface (``__arrow_c_stream__``,
    ``__arrow_c_schema__``), so ``pyarrow.table(t)``, ``polars.DataFrame(t)``, DuckDB and any
    other Arrow consumer read it directly, without pyarrow being installed for polars. Column
    types: text ``utf8``, amounts/rates/shares exact ``decimal128(38, scale)`` (the column's
    smallest exact scale), dates ``date32``, counts ``int64``, flags ``bool``; a missing value is
    a null. No table ever holds a pledge's private contact.
    """

    __slots__ = ("_native",)

    def __init__(self, native: _p2c._Table) -> None:
        self._native = native

    @property
    def name(self) -> str:
        """The table's name (one of :data:`TABLE_NAMES`)."""
        return self._native.name

    @property
    def column_names(self) -> list[str]:
        """The column names, in order."""
        return self._native.column_names

    @property
    def column_types(self) -> dict[str, str]:
        """Each column's type in p2c's terms: ``text``, ``decimal``, ``date``, ``integer``, ``bool``."""
        return dict(zip(self._native.column_names, self._native.column_types))

    def __len__(self) -> int:
        return len(self._native)

    def __repr__(self) -> str:
        return f"<p2c.Table {self.name}: {len(self)} rows × {len(self.column_names)} columns>"

    def __arrow_c_schema__(self) -> object:
        """The Arrow schema as a PyCapsule (Arrow PyCapsule interface)."""
        return self._native.__arrow_c_schema__()

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The rows as an Arrow C stream in a PyCapsule (Arrow PyCapsule interface).

        ``requested_schema`` is ignored, as the interface allows: the table has one schema."""
        return self._native.__arrow_c_stream__(requested_schema)

    def to_pyarrow(self) -> Any:
        """The table as a ``pyarrow.Table`` (no copy of the data).

        pyarrow is optional: raises ``ImportError`` naming it when it is not installed."""
        pa = _require("pyarrow", "Table.to_pyarrow()")
        return pa.table(self)

    def to_polars(self) -> Any:
        """The table as a ``polars.DataFrame`` (amounts as exact ``Decimal`` columns).

        Reads the Arrow stream directly: pyarrow is not needed. polars is optional: raises
        ``ImportError`` naming it when it is not installed."""
        pl = _require("polars", "Table.to_polars()")
        return pl.DataFrame(self)

    def to_pandas(self) -> Any:
        """The table as a ``pandas.DataFrame``, through pyarrow.

        Amounts stay exact (``decimal.Decimal`` objects), dates are ``datetime.date``, counts
        and flags use pandas' nullable ``Int64`` and ``boolean`` dtypes so nulls never turn them
        into floats. pandas and pyarrow are optional: raises ``ImportError`` naming the missing
        one."""
        pd = _require("pandas", "Table.to_pandas()")
        pa = _require("pyarrow", "Table.to_pandas()")
        mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
        return pa.table(self).to_pandas(types_mapper=mapping.get)

    def to_csv(
        self, path: str | os.PathLike[str] | None = None, *, neutralize_formulas: bool = True
    ) -> str | None:
        """The table as RFC 4180 CSV (CRLF line ends, exact decimals, ``YYYY-MM-DD`` dates,
        ``true``/``false``, empty fields for nulls): written to ``path`` and ``None`` returned
        when a path is given, else returned as text.

        Safe to open in a spreadsheet program: a text cell that would be read as a formula
        (starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or their full-width
        forms, and not a plain number) is written with a leading single quote and quoted, as
        OWASP recommends; number and date cells are never changed. Pass
        ``neutralize_formulas=False`` only for machine-to-machine exports.

        Raises :class:`p2c.P2cError` (code ``io_error``) when the file cannot be written."""
        return self._native.to_csv(
            None if path is None else os.fspath(path), neutralize_formulas
        )

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write the table to ``path`` as a Parquet file, with the Arrow schema above
        (amounts as exact ``decimal128``, dates as ``date32``; snappy-compressed): what DuckDB,
        Spark, Dask and polars read. Written by p2c itself: no optional package is needed.

        Raises :class:`p2c.P2cError` (code ``io_error``) when the file cannot be written."""
        _p2c._write_parquet([self._native], [os.fspath(path)], {})


class Tables(Mapping[str, Table]):
    """The six flat tables of a set of pledges, by name (a read-only mapping).

    ``pledges`` has one row per pledge; ``pledge_countries``, ``pledge_pillars``,
    ``pledge_partners`` and ``pledge_reports`` have one row per pledge and item, each starting
    with a ``pledge_id`` column that joins it to ``pledges.id``; ``pledgers`` has one scorecard
    row per pledging entity (see :attr:`Tables.pledgers`).
    """

    __slots__ = ("_tables",)

    def __init__(self, tables: Iterable[Table]) -> None:
        self._tables = {t.name: t for t in tables}

    def __getitem__(self, name: str) -> Table:
        return self._tables[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{n}={len(t)}" for n, t in self._tables.items())
        return f"<p2c.Tables {sizes}>"

    @property
    def pledges(self) -> Table:
        """One row per pledge (table ``pledges``)."""
        return self._tables["pledges"]

    @property
    def countries(self) -> Table:
        """One row per pledge and implementation country, with its share (``pledge_countries``)."""
        return self._tables["pledge_countries"]

    @property
    def pillars(self) -> Table:
        """One row per pledge and pillar, with the pillar's focus area (``pledge_pillars``)."""
        return self._tables["pledge_pillars"]

    @property
    def partners(self) -> Table:
        """One row per pledge and pledging entity, the lead first (``pledge_partners``)."""
        return self._tables["pledge_partners"]

    @property
    def reports(self) -> Table:
        """One row per pledge and progress report (``pledge_reports``)."""
        return self._tables["pledge_reports"]

    @property
    def pledgers(self) -> Table:
        """One scorecard row per pledging entity, lead or partner, identified as the summary
        counts distinct entities, in the order of its ``entity_key`` (``pledgers``).

        Columns: ``entity_key``, ``entity_id``, ``name``, ``stakeholder_type`` (every type its
        pledges give, ``;``-joined), ``headquarters``, ``headquarters_region``,
        ``first_pledge_id`` (the smallest pledge id naming it, which gives its name and
        headquarters), ``pledges_as_lead``, ``pledges_as_partner``, ``pledges_total``,
        ``pledges_led_with_value``, ``value_led`` and ``value_currency`` (the stated amounts of
        the pledges it leads, converted as ``converted_amount`` when ``currency`` is given,
        else only when all in one currency; null when unknown), ``pledges_reported``,
        ``reporting_rate`` (reported / total, 4 decimal places), ``meets_<criterion>`` for each
        criterion of :func:`p2c.assess`, and ``validation_warnings`` (warnings of
        :func:`p2c.validate` on its pledges, as of ``as_of``, default today). Full rules:
        p2c-core's ``tables::pledgers``."""
        return self._tables["pledgers"]

    def to_csv(
        self, directory: str | os.PathLike[str], *, neutralize_formulas: bool = True
    ) -> list[pathlib.Path]:
        """Write every table as ``NAME.csv`` into ``directory`` (created if missing); returns
        the paths written, in table order. Formula-like text cells are neutralized as in
        :meth:`Table.to_csv` unless ``neutralize_formulas=False``."""
        out = pathlib.Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, t in self._tables.items():
            path = out / f"{name}.csv"
            t.to_csv(path, neutralize_formulas=neutralize_formulas)
            paths.append(path)
        return paths

    def to_parquet(
        self, directory: str | os.PathLike[str], *, threads: int | None = None
    ) -> list[pathlib.Path]:
        """Write every table as ``NAME.parquet`` into ``directory`` (created if missing), as
        :meth:`Table.to_parquet` does, on up to ``threads`` threads (default: every core; the
        files are the same whatever the number); returns the paths written, in table order."""
        out = pathlib.Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / f"{name}.parquet" for name in self._tables]
        _p2c._write_parquet(
            [t._native for t in self._tables.values()],
            [os.fspath(p) for p in paths],
            call(threads=threads),
        )
        return paths

    def to_excel(
        self, path: str | os.PathLike[str] | None = None, *, neutralize_formulas: bool = True
    ) -> bytes | None:
        """Every table as a sheet of one workbook (a frozen header row; decimals as text
        cells, so nothing is rounded; dates as date cells): the XLSX bytes, or written to
        ``path`` (then ``None``). Formula-like text gets Excel's quote prefix unless
        ``neutralize_formulas=False``."""
        call = json.dumps({"format": "xlsx", "escapeFormulas": bool(neutralize_formulas)})
        data: bytes = _p2c._tables_xlsx([t._native for t in self._tables.values()], call)
        if path is None:
            return data
        pathlib.Path(path).write_bytes(data)
        return None


def tables(
    pledges: Iterable[Any],
    *,
    currency: str | None = None,
    policy: str | dict[str, Any] | None = None,
    rounding: str | None = None,
    table: _p2c.RateTable | None = None,
    as_of: datetime.date | None = None,
    region_mode: str | None = None,
    focus_areas: Iterable[str] | None = None,
    pillars: Iterable[str] | None = None,
    pledge_types: Iterable[str] | None = None,
    stakeholder_types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    country_groups: Iterable[str] | None = None,
    period: tuple[datetime.date, datetime.date] | None = None,
    new_between: tuple[datetime.date, datetime.date] | None = None,
    report_interval_days: int | None = None,
    report_grace_days: int | None = None,
    inactive_after_years: int | None = None,
    threads: int | None = None,
    pledgers: bool = True,
) -> Tables:
    """Flatten ``pledges`` (``Pledge`` objects or pledge documents) into the six flat tables.

    The options are those of p2c-core's ``TablesCall`` (as for Node's ``tables`` and
    ``p2c export``). With ``currency`` (ISO 4217, any case, or its name), the ``pledges`` table
    gets each amount converted at the rate of its value date: columns ``converted_amount``,
    ``converted_currency``, ``rate``, ``rate_date``, ``rate_source`` and ``conversion_error``.
    An amount that cannot be converted (no rate) keeps its row, with a null
    ``converted_amount`` and the error's code (such as ``rate_not_found``) in
    ``conversion_error``. ``policy``, ``rounding`` and ``table`` choose the rates as in
    :func:`p2c.convert`. The filters (``focus_areas`` … ``new_between``) and ``region_mode``
    select pledges as :func:`p2c.summarize` does, evaluated on ``as_of`` (default: today's UTC
    date); the rows of every other pledge are left out. Given ``as_of``, the ``pledges`` table
    has a ``reporting_status`` column, by the rule ``report_interval_days``,
    ``report_grace_days`` and ``inactive_after_years`` set as for :func:`p2c.summarize`.
    ``threads``: how many threads build the tables (default: every core; the tables are the
    same whatever the number). ``pledgers=False`` leaves the ``pledgers`` table without rows
    (its columns kept) and skips its scorecards, which validate and assess every pledge: the
    fast route when only the other tables are wanted.

    >>> t = p2c.tables(p2c.load("pledges.json"), currency="USD")  # doctest: +SKIP
    >>> df = t.pledges.to_polars()                               # doctest: +SKIP

    Raises :class:`p2c.OptionError` for an unknown option value or code, :class:`p2c.P2cError`
    (``overflow`` when an amount cannot be held as a 38-digit decimal) and
    :class:`p2c.ParseError` for a document that cannot be read.
    """
    options = _tables_call(locals())
    natives = _p2c._tables(_pledges(pledges), options, table, bool(pledgers))
    return Tables(Table(t) for t in natives)


def load_tables(
    path: str | os.PathLike[str],
    *,
    currency: str | None = None,
    policy: str | dict[str, Any] | None = None,
    rounding: str | None = None,
    table: _p2c.RateTable | None = None,
    as_of: datetime.date | None = None,
    region_mode: str | None = None,
    focus_areas: Iterable[str] | None = None,
    pillars: Iterable[str] | None = None,
    pledge_types: Iterable[str] | None = None,
    stakeholder_types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    country_groups: Iterable[str] | None = None,
    period: tuple[datetime.date, datetime.date] | None = None,
    new_between: tuple[datetime.date, datetime.date] | None = None,
    report_interval_days: int | None = None,
    report_grace_days: int | None = None,
    inactive_after_years: int | None = None,
    format: str | None = None,
    threads: int | None = None,
    pledgers: bool = True,
) -> Tables:
    """Read a file of pledges (a JSON array, or JSON Lines) straight into the flat tables.

    The same tables as ``p2c.tables(p2c.load(path), ...)``, built entirely in Rust without a
    ``Pledge`` object per record (and without holding the GIL): the fast route from a large
    file to a DataFrame. Options as for :func:`tables`; ``format`` is ``"auto"`` (default: a
    JSON array when the file starts with ``[``), ``"json_array"`` or ``"json_lines"``. The file
    is read and flattened on up to ``threads`` threads (default: every core); ``pledgers`` as
    for :func:`tables`. Errors as for :func:`p2c.load`.

    >>> df = p2c.load_tables("pledges.jsonl", currency="USD").pledges.to_polars()  # doctest: +SKIP
    """
    options = _tables_call(locals())
    natives = _p2c._load_tables(os.fspath(path), options, table, bool(pledgers))
    return Tables(Table(t) for t in natives)


def _tables_call(arguments: dict[str, Any]) -> dict[str, Any]:
    """The ``TablesCall`` of :func:`tables` or :func:`load_tables` from their arguments
    (``locals()`` at their start): every keyword option but the rate ``table``, which is passed
    as an object."""
    options = {
        k: v for k, v in arguments.items() if k not in ("pledges", "path", "table", "pledgers")
    }
    return call(**options)
